"""Find a letter's own identity: number, dossiers, date, sender, addressee, subject.

Only what the letter states is taken: a letter without a date line gets ``date = None`` and a
warning, never a date guessed from elsewhere in the text. A dated letter that states no
vergaderjaar gets the one its date falls in (a fixed calendar, not a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from graph import patterns as P
from graph.clean import Text
from graph.deadlines import vergaderjaar_of
from graph.find.citations import kst_id, normalise_dossier, vergaderjaar
from graph.model import AnnexMention, Sender, Span

HEADER_CHARS = 2500  # the header block sits at the top of the letter
DATE_CHARS = 6000  # the date line stands in the header; further on a "Datum" is something else
SIGNATURE_GAP = 400  # co-signers' blocks follow each other closely


@dataclass
class Metadata:
    id: str | None = None
    dossiers: dict[str, str] = field(default_factory=dict)
    date: str | None = None
    vergaderjaar: str | None = None
    sender: Sender = field(default_factory=Sender)
    addressee: str | None = None
    reference: str | None = None
    subject: str | None = None
    warnings: list[str] = field(default_factory=list)
    own_spans: list[Span] = field(default_factory=list)  # where the letter names itself


def parse_date(day: str, month: str, year: str) -> str | None:
    try:
        m = P.MONTHS.index(month.lower()) + 1
    except ValueError:
        return None
    d = int(day)
    import datetime as _dt

    try:
        return _dt.date(int(year), m, d).isoformat()
    except ValueError:
        return None


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("*", "")).strip()


def find_metadata(text: Text) -> Metadata:
    raw = text.raw
    meta = Metadata()
    head = raw[:HEADER_CHARS]
    # own number: header block ("25 295 / Infectieziektenbestrijding / Nr. 1172") ...
    nr = P.HEADER_NR.search(head)
    if nr is None and "BRIEF" in head:
        nr = P.HEADER_LETTER.search(head)  # an Eerste Kamer Kamerstuk: "L BRIEF VAN DE MINISTER …"
    if nr is None and ("VERSLAG" in head or "MEMORIE" in head):
        nr = P.HEADER_LETTER_DOCUMENT.search(head)  # "AB VERSLAG VAN EEN NADER SCHRIFTELIJK OVERLEG"
    if nr and not nr.group("nr").isdecimal() and not P.HEADER_DOSSIER.search(head, 0, nr.start()):
        _roman_dossier(head, nr, meta)  # "CXXIV Verslag van de Tijdelijke Commissie …" / "G BRIEF VAN DE …"
    if nr:
        for d in P.HEADER_DOSSIER.finditer(head, 0, nr.start() + 1):
            parts = normalise_dossier(d.group("dossier"))
            if not parts:
                continue
            name = kst_id(*parts, 0)[4:-2]
            title = _squash(d.group("title") or "")
            # "34775 A 63 BRIEF VAN …": the number and the heading stand where the title would
            number_led = P.HEADER_TITLE_IS_HEADING.match(title) is not None
            if number_led:
                title = ""
            title_end = d.end()
            if not title and not number_led:
                # the title stands on the next non-empty line
                rest = head[d.end() : nr.start()]
                after = rest.strip().split("\n")
                title = _squash(after[0]) if after and not P.HEADER_DOSSIER.match(after[0]) else ""
                title_end = d.end() + len(rest) - len(rest.lstrip()) + len(after[0])
                wrapped = P.HEADER_TOEVOEGING_WRAPPED.fullmatch(title)
                if wrapped and not parts[2]:
                    parts = normalise_dossier(f"{d.group('dossier')} {wrapped.group('toev')}") or parts
                    name, title = kst_id(*parts, 0)[4:-2], wrapped.group("title")
            if title:
                title = _title_wrapped(head, title, title_end, nr.start())
            meta.dossiers[name] = title.rstrip(" /")
        if meta.dossiers:
            first = next(iter(meta.dossiers))
            _, _, rest = first.partition("-")
            parts = normalise_dossier(first.replace("-", " ") if rest and not rest.isdigit() else first)
            if parts:
                number = nr.group("nr")
                meta.id = kst_id(*parts, int(number) if number.isdecimal() else number)
                meta.own_spans.append(nr.span())
    # ... or a page footer ("Tweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 425 9")
    for line in _footer_lines(raw):
        if _in_footnote(text, line.start(1)):
            continue
        m = P.PAGE_FOOTER.fullmatch(line.group(1))
        if not m:
            continue
        parts = normalise_dossier(m.group("dossier") + (" " + m.group("toev") if m.group("toev") else ""))
        if parts and meta.id is None:
            meta.id = kst_id(*parts, int(m.group("nr")))
        if parts:
            meta.own_spans.append(line.span(1))
            meta.dossiers.setdefault(kst_id(*parts, 0)[4:-2], "")
        if meta.vergaderjaar is None:
            meta.vergaderjaar = f"{m.group('vj1')}-{m.group('vj2')}"
    if meta.id is None and nr and nr.group("nr").isdecimal() and ("kst-" in head or P.KAMERSTUK_COMPACT_WORD in head):
        _own_publication_id(head, nr, meta)
    if meta.id is None and "kamerstukdossier" in head:
        # tkconv: "Onderdeel van kamerstukdossier 21501 32-1691 Landbouw- en Visserijraad."
        place = P.TKCONV_OWN_PLACE.search(head)
        if place and int(place.group("nr")) > 0:
            main, sub, toev = place.group("main", "sub", "toev")
            meta.id = kst_id(main, sub, toev, int(place.group("nr")))
            meta.dossiers.setdefault(kst_id(main, sub, toev, 0)[4:-2], _squash(place.group("title") or ""))
            meta.own_spans.append(place.span())
    vj = P.VERGADERJAAR_LINE.search(head)
    if vj and meta.vergaderjaar is None:
        meta.vergaderjaar = vergaderjaar(vj.group(0))
    # date
    dl = P.DATE_LINE.search(raw, 0, DATE_CHARS)
    if raw.find("Vastgesteld", 0, DATE_CHARS) >= 0 or raw.find("Ontvangen", 0, DATE_CHARS) >= 0:
        # a verslag's "Vastgesteld 12 maart 2021": the first of the two dates the document, a "Den Haag, …"
        # after it a letter the verslag reprints
        fixed = P.DOCUMENT_DATE_LINE.search(raw, 0, dl.start() if dl else DATE_CHARS)
        dl = fixed or dl
    if dl:
        dm = P.DATE.search(dl.group("date"))
        if dm:
            meta.date = parse_date(dm.group("day"), dm.group("month"), dm.group("year"))
    if meta.date is None:
        meta.warnings.append("no date line in the letter; date left empty")
    elif meta.vergaderjaar is None:
        # a letter stating no vergaderjaar falls in the one its date does (Prinsjesdag to Prinsjesdag)
        meta.vergaderjaar = vergaderjaar_of(meta.date)
    # sender: the signature block at the end; a letter signed by several keeps the first signer
    sigs = _closing_signatures(raw)
    if sigs:
        s = sigs[0]
        role = _squash(s.group("role"))
        if s.groupdict().get("role2"):
            role = f"{role}, {_squash(s.group('role2'))}"
        if role.isupper():  # "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"
            role = _title_case(role)
        name = _squash(s.group("name")).replace("\u2019", "'").replace("\u2018", "'")
        meta.sender = Sender(role=role[0].upper() + role[1:], name=name)
        if len(sigs) > 1:
            others = ", ".join(_squash(x.group("name")) for x in sigs[1:])
            meta.warnings.append(f"signed by {len(sigs)}; sender is the first, also signed by {others}")
    else:
        heading = _header_sender(head)
        signer = _page_signer(head, heading)
        if signer:
            meta.sender = signer
            meta.warnings.append("no signature found; sender taken from the page's 'Eerste ondertekenaar'")
        elif heading:
            meta.sender = Sender(role=heading)
            meta.warnings.append("no signature found; sender's role taken from the heading 'BRIEF VAN DE …'")
        else:
            meta.warnings.append("no signature found; sender left empty")
    ad = P.ADDRESSEE.search(head)
    if ad:
        who = _squash(ad.group("who"))
        meta.addressee = who[0].upper() + who[1:]
    sub = P.SUBJECT.search(head) if any(map(head.__contains__, P.SUBJECT_LABELS)) else None
    if sub:
        subject = sub.group("subject")
        wrap = P.SUBJECT_WRAP.match(head, sub.end())
        if wrap and not subject.rstrip(" *").endswith((".", ":", ";", "?", "!")):
            subject = f"{subject} {wrap.group('more')}"
        meta.subject = _squash(subject)
    ref = P.OWN_REFERENCE.search(head) if P.OWN_REFERENCE_WORD in head.lower() else None
    if ref:
        meta.reference = _squash(ref.group("ref"))
    return meta


def _roman_dossier(head: str, nr: re.Match[str], meta: Metadata) -> None:
    """An Eerste Kamer Kamerstuk in one of the Kamer's own dossiers, numbered in Roman figures: "CXXIV
    Verslag van de Tijdelijke Commissie Werkwijze Eerste Kamer" above "G BRIEF VAN DE VOORZITTER …" is
    kst-CXXIV-G (its id on zoek.officielebekendmakingen.nl)."""
    found = list(P.HEADER_ROMAN_DOSSIER.finditer(head, 0, nr.start()))
    if not found:
        return
    d = found[-1]  # the last one before the heading
    name = d.group("dossier")
    meta.id = kst_id(name, None, None, nr.group("nr"))
    meta.dossiers[name] = _squash(d.group("title"))
    meta.own_spans.append(nr.span())


def _page_signer(head: str, heading: str | None) -> Sender | None:
    """The first signer tkconv's page header names ("Eerste ondertekenaar: C.A. Jansen, staatssecretaris
    van Infrastructuur en Waterstaat"), when the heading names no other sender."""
    m = P.TKCONV_SIGNER.search(head) if "ondertekenaar" in head else None
    if m is None:
        return None
    role = _squash(m.group("role"))
    role = role[0].upper() + role[1:]
    if heading is not None and heading.lower() != role.lower():
        return None
    return Sender(role=heading or role, name=_squash(m.group("name")))


def _own_publication_id(head: str, nr: re.Match[str], meta: Metadata) -> None:
    """The letter's id from the publication id a copying site puts above the heading.

    openkamer.org ("Kamerstuk 34300-VII-60", "Bron: https://zoek.officielebekendmakingen.nl/kst-34300-VII-60.html") and
    tkconv ("officiële HTML versie (kst-26643-971)") give the Kamerstuk's id in their page header
    and the heading only "Nr. 60 BRIEF VAN DE MINISTER …", without the dossier line. The id is the
    letter's own only when its number is the heading's: another Kamerstuk named there is not.
    """
    own_nr = int(nr.group("nr"))
    named = [*P.KST_ID.finditer(head, 0, nr.start()), *P.KAMERSTUK_COMPACT.finditer(head, 0, nr.start())]
    for k in sorted(named, key=lambda k: k.start()):
        if int(k.group("nr")) != own_nr:
            continue
        main, sub, toev = k.group("main"), k.group("sub"), k.group("toev")
        meta.id = kst_id(main, sub, toev, own_nr)
        title = P.OPENKAMER_DOSSIER_TITLE.search(head, 0, nr.start()) if "Dossier:" in head else None
        meta.dossiers.setdefault(kst_id(main, sub, toev, 0)[4:-2], _squash(title.group("title")) if title else "")
        meta.own_spans.extend((k.span(), nr.span()))
        return


TITLE_WRAP_LINES = 3  # a dossier title wraps over at most four lines
TITLE_WRAP_CHARS = 45  # a title line this long may be a full print line that wraps


def _title_wrapped(head: str, title: str, end: int, limit: int) -> str:
    """A dossier title with the lines it wraps onto: each next line (no blank line between, before
    the letter's number) that starts nothing else of the letterhead, when it starts in lower case or
    with a bracket, or the title so far runs on ("… het Ministerie van") or fills a print line."""
    for _ in range(TITLE_WRAP_LINES):
        m = P.HEADER_TITLE_WRAP.match(head, end, limit)
        if m is None:
            break
        more = _squash(m.group("more"))
        if not more or P.HEADER_DOSSIER.match(head, m.start("line")) or P.HEADER_TITLE_NOT_WRAP.match(more):
            break
        if not (more[0].islower() or more[0] == "(" or P.HEADER_TITLE_RUNS_ON.search(title)
                or len(title) >= TITLE_WRAP_CHARS):
            break
        title = f"{title} {more}"
        end = m.end()
    return title


def _footer_lines(raw: str) -> Iterator[re.Match[str]]:
    """``re.finditer(r"(?m)^" + P.PAGE_FOOTER_LINE.pattern, raw)``, tried only at the start of a
    line where the footer's first words stand after nothing but indent."""
    end = 0  # of the last match: finditer goes on from there
    start = seen = 0  # the line start before the last occurrence, and that occurrence
    tried = -1  # the line start last tried: only a line's first occurrence can follow its indent
    p = raw.find(P.PAGE_FOOTER_START)
    while p >= 0:
        nl = raw.rfind("\n", seen, p)  # from the last occurrence on: linear on one long line
        if nl >= 0:
            start = nl + 1
        seen = p
        if start != tried:
            tried = start
            if start >= end and not raw[start:p].strip(" \t"):
                m = P.PAGE_FOOTER_LINE.match(raw, start)
                if m:
                    end = m.end()
                    yield m
        p = raw.find(P.PAGE_FOOTER_START, p + 1)


def _header_sender(head: str) -> str | None:
    """The sender's role from the print form's heading: "BRIEF VAN DE MINISTER VAN FINANCIËN"
    → "Minister van Financiën" (the first sender when the heading names several)."""
    m = P.HEADER_SENDER.search(head)
    if m is None:
        return _header_sender_other(head) if "BRIEF" in head else None
    heading = m.group("role")
    w = P.HEADER_SENDER_WRAP.match(head, m.end() + 1)
    if w and (heading.endswith((" EN", " VAN", " VOOR", ",")) or w.group("more").startswith(("EN ", "– "))):
        heading = f"{heading} {w.group('more')}"  # wrapped onto the next line
    heading = _squash(heading)
    first = P.HEADER_SENDER_FIRST.match(heading)
    if first is None:
        bare = P.HEADER_SENDER_NO_PREP.match(heading)
        if bare is None:
            return None
        # the preposition left out: "van" a ministry (a state secretary is always of one), else "voor"
        role, of = bare.group("role", "of")
        prep = "VAN" if role == "STAATSSECRETARIS" or P.HEADER_MINISTRY.match(of) else "VOOR"
        heading = f"{role} {prep} {of}"
        first = P.HEADER_SENDER_FIRST.match(heading)
        if first is None:
            return None
    of = first.group("of") or ""
    if not of:  # "MINISTER EN STAATSSECRETARIS VAN X": the ministry is named once, for both
        shared = P.HEADER_SENDER_OF.search(heading, first.end())
        of = " " + shared.group("of") if shared else ""
    role = first.group("role").replace("MINISTERS", "MINISTER").replace("SECRETARISSEN", "SECRETARIS")
    return _title_case(f"{role}{of}")


def _title_case(role: str) -> str:
    """A role written in capitals as the Kamer writes it: "MINISTER VAN ONDERWIJS, CULTUUR EN
    WETENSCHAP" → "Minister van Onderwijs, Cultuur en Wetenschap"."""
    return " ".join(
        w.lower() if i and w.lower() in P.LOWER_CASE_NAME_WORDS else "-".join(p.capitalize() for p in w.split("-"))
        for i, w in enumerate(role.split(" "))
    )


def _header_sender_other(head: str) -> str | None:
    """A sender outside the cabinet from the heading: "BRIEF VAN DE INFORMATEUR" → "Informateur", "BRIEF VAN
    DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN" → "Voorzitter van de vaste commissie voor Financiën"."""
    m = P.HEADER_SENDER_OTHER.search(head)
    if m is None:
        return None
    words = _squash(m.group("role")).split(" ")
    return " ".join(
        w.lower() if i and w.lower() in P.HEADER_SENDER_OTHER_LOWER else "-".join(p.capitalize() for p in w.split("-"))
        for i, w in enumerate(words)
    )


def _closing_signatures(raw: str) -> list[re.Match[str]]:
    """The last signature and those right before it (a letter signed by two ministers)."""
    sigs = sorted([*P.SIGNATURE.finditer(raw), *_name_first_signatures(raw)], key=lambda m: m.start())
    if not sigs:
        return []
    block = [sigs[-1]]
    for s in reversed(sigs[:-1]):
        if block[0].start() - s.end() > SIGNATURE_GAP:
            break
        block.insert(0, s)
    return block


def _name_first_signatures(raw: str) -> list[re.Match[str]]:
    """Signatures with the name above the role (:data:`P.SIGNATURE_NAME_FIRST`), tried only
    where a line starts with a role: the pattern run over the whole letter doubled the time of
    reading signatures."""
    found: dict[int, re.Match[str]] = {}
    for word in P.SIGNATURE_ROLE_WORDS:
        i = raw.find(word)
        while i != -1:
            line = raw.rfind("\n", 0, i)
            if line > 0 and not raw[line + 1:i].strip(" \t>*"):
                m = P.SIGNATURE_NAME_FIRST.match(raw, max(raw.rfind("\n", 0, line), 0))
                if m:
                    found[m.start()] = m
            i = raw.find(word, i + 1)
    return list(found.values())


def _in_footnote(text: Text, pos: int) -> bool:
    return any(f.span[0] <= pos < f.span[1] for f in text.footnotes)


OPENING_CHARS = 400  # enough of the body to recognise a letter another letter describes
LETTERHEAD_CHARS = 1500  # the salutation or date line that ends the letterhead stands this early in the body


def find_annexes(text: Text, letter_date: str | None) -> list[AnnexMention]:
    """Sentences that date a document enclosed with the letter ("Op 30 maart jl. … (zie bijlage …)")."""
    from graph.dates import find_date

    out: list[AnnexMention] = []
    body = text.body
    starts: set[int] = set()
    for anchor in P.ANNEX_ANCHORS:
        i = body.find(anchor)
        while i != -1:
            m = P.ANNEX_CUE.search(body, max(0, i - 8), i + 40)
            if m:
                starts.add(m.start())
            i = body.find(anchor, i + 1)
    for start in sorted(starts):
        m = P.ANNEX_CUE.match(body, start)
        if m is None:
            continue
        s, e = text.sentence_at(m.start())
        sentence = body[s:e]
        date, _ = find_date(sentence, letter_date)
        if date and (letter_date is None or date <= letter_date):
            out.append(AnnexMention(date, sentence, text.raw_span(s, e)))
    return out


def opening(text: Text) -> str:
    """The first sentences of the body after the letterhead, cut at a word boundary."""
    start = 0
    for m in P.OPENING_START.finditer(text.body, 0, LETTERHEAD_CHARS):
        start = m.end()
    body = text.body[start:].lstrip()
    head = body[:OPENING_CHARS]
    return head.rsplit(" ", 1)[0] if len(body) > OPENING_CHARS else head
