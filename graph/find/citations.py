"""Find Kamerstuk citations, zaken, Handelingen and ministry references.

These finders run on the raw text, so spans need no mapping; the cleaned :class:`Text` tells
which footnote a citation stands in.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from graph import patterns as P
from graph.clean import Text
from graph.dates import find_date
from graph.model import Citation, Footnote, Handeling, Reference, Zaak

#: What :data:`P.KAMERSTUK`'s ``nrs`` group starts with ("nr.", "nummers"), its dot left off.
_NR_LABELS = frozenset({"nr", "nrs", "nummer", "nummers"})
MAX_RANGE = 25  # "nrs. 5 t/m 8" expands; a longer range is a typo or not a list of documents


def normalise_dossier(text: str) -> tuple[str, str | None, str | None] | None:
    """``"35 570 XV"`` → ``("35570", None, "XV")``; ``"21 501-20"`` → ``("21501", "20", None)``."""
    m = P.DOSSIER_PARTS.fullmatch(text.strip().replace("\u00a0", " "))
    if not m:
        return None
    return m.group("main").replace(" ", ""), m.group("sub"), m.group("toev")


def kst_id(main: str, sub: str | None, toev: str | None, nr: int | str) -> str:
    """``kst-35570-XV-54``; an Eerste Kamer document's letter for ``nr`` gives ``kst-35570-A``."""
    parts = [main]
    if sub:
        parts.append(sub)
    if toev:
        parts.append(toev)
    return "kst-" + "-".join(parts) + f"-{nr}"


def vergaderjaar(text: str) -> str | None:
    """``"2020/21"`` or ``"2020–2021"`` → ``"2020-2021"``."""
    m = P.VERGADERJAAR.search(text)
    if not m:
        return None
    y1 = int(m.group("y1"))
    y2s = m.group("y2")
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if y2 != y1 + 1:
        return None
    return f"{y1}-{y2}"


@lru_cache(maxsize=4096)
def _dossiers(group: str) -> tuple[tuple[str, str | None, str | None], tuple[str, ...]] | None:
    """The first dossier's parts and every dossier's name in a citation's ``dossiers`` group.

    Cached: letters across a corpus cite the same dossiers again and again.
    """
    dossiers = []
    for d in P.DOSSIER.finditer(group):
        parts = normalise_dossier(d.group(0))
        if parts:
            dossiers.append(parts)
    if not dossiers:
        return None
    return dossiers[0], tuple(kst_id(*d, 0)[4:-2] for d in dossiers)


def _numbers(nrs: str) -> list[int]:
    head = nrs.rstrip("0123456789")
    if head.rstrip(" \t\u00a0").rstrip(".") in _NR_LABELS:  # one number, no list: "nr. 54"
        n = int(nrs[len(head) :])
        return [n] if n > 0 else []
    out: list[int] = []
    for m in P.NR_ITEM.finditer(nrs):
        a = int(m.group("a"))
        b = int(m.group("b")) if m.group("b") else a
        if b < a or b - a > MAX_RANGE:
            b = a
        out.extend(range(a, b + 1))
    return [n for n in out if n > 0]


class FootnoteIndex:
    """Which footnote a raw offset falls in."""

    def __init__(self, footnotes: tuple[Footnote, ...]) -> None:
        ordered = sorted(footnotes, key=lambda f: f.span)
        self.starts = [f.span[0] for f in ordered]
        self.notes = ordered

    def at(self, pos: int) -> Footnote | None:
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and self.notes[i].span[0] <= pos < self.notes[i].span[1]:
            return self.notes[i]
        return None


LOOKBACK = 160  # how far before a number a citation's prefix and dossiers may start
LOOKAHEAD = 200  # how far after it a list of numbers may run


def _kamerstuk_matches(raw: str) -> Iterator[re.Match[str]]:
    """:data:`P.KAMERSTUK` matches in order, tried only around a "nr." followed by a figure."""
    pos = 0
    done = 0  # where the last match ended: an anchor that gave none ("met nummer 35 570 VIII, nr. 9") may
    # stand inside the next citation's dossiers, so the window's start is bounded by matches only
    n = len(raw)
    while True:
        anchor = P.CITATION_ANCHOR.search(raw, pos)
        if anchor is None:
            return
        at = anchor.start()
        end = min(n, anchor.end() + LOOKAHEAD)
        m = _kamerstuk_before(raw, max(done, at - LOOKBACK), at, end)
        if m is None:
            pos = anchor.end()
            continue
        if m.end() >= end - 1 and end < n:  # the window may have cut a list short
            m = P.KAMERSTUK.match(raw, m.start()) or m
        yield m
        pos = done = max(m.end(), anchor.end())


_LONGEST_PREFIX_WORD = len("kamerstuk")


def _kamerstuk_before(raw: str, lo: int, at: int, end: int) -> re.Match[str] | None:
    """``P.KAMERSTUK.search(raw, lo, end)`` if that match starts at or before ``at``, else None.

    Tried only where a match can start: at a prefix word, or (a citation without prefix holds
    only dossiers and their separators before its number) at a dossier after the last character
    before ``at`` that no dossier holds. Most positions of the window are never tried.
    """
    q = lo + len(raw[lo:at].rstrip(P.KAMERSTUK_DOSSIER_CHARS))
    if q > lo and (raw[q - 1].isspace() or raw[q - 1].isdecimal()):  # white space or a digit outside ASCII
        m = P.KAMERSTUK.search(raw, lo, end)
        return m if m is not None and m.start() <= at else None
    # (a prefix word may run past q: "Tweede" ends in a letter dossiers hold)
    for w in P.KAMERSTUK_PREFIX_WORD.finditer(raw, lo, q + _LONGEST_PREFIX_WORD):
        if w.start() >= q:
            break
        m = P.KAMERSTUK.match(raw, w.start(), end)
        if m is not None:
            return m
    start = P.KAMERSTUK_START.search
    c = start(raw, q, at + 1)
    while c is not None:
        m = P.KAMERSTUK.match(raw, c.start(), end)
        if m is not None:
            return m
        c = start(raw, c.start() + 1, at + 1)
    return None


def find_citations(text: Text, letter_date: str | None = None) -> list[Citation]:
    """Every Kamerstuk cited by number, one :class:`Citation` per document number, in text order.

    ``letter_date`` (ISO) resolves a cited letter's date without its year ("brief van 18 april jl.").
    """
    raw = text.raw
    index = FootnoteIndex(text.footnotes)
    out: list[Citation] = []
    append = out.append
    years: dict[str, str | None] = {"": None}  # a letter repeats its prefixes: read each once
    for m in _kamerstuk_matches(raw):
        named = _dossiers(m.group("dossiers"))
        if named is None:
            continue
        (main, sub, toev), names = named
        note = index.at(m.start())
        prefix = m.group("prefix") or ""
        vj = years.get(prefix, "")
        if vj == "":
            vj = years[prefix] = vergaderjaar(prefix)
        start = m.start("prefix") if prefix else m.start("dossiers")
        end = m.end()
        cited = raw[start:end]
        marker = note.marker if note else None
        for nr in _numbers(m.group("nrs")):
            append(Citation(kst_id(main, sub, toev, nr), cited, (start, end), names[0], nr, toev, names, marker, vj))
    out.extend(_letter_citations(text, index))
    out.extend(_roman_citations(raw, index))
    out.sort(key=lambda c: c.span)
    if P.KAMERSTUK_COMPACT_WORD in raw:
        out.extend(_compact_citations(raw, index, out))
        out.sort(key=lambda c: c.span)
    ends = [c.span[1] for c in out]
    # (both patterns start with "kst-": one search for it spares two scans in most letters)
    ids = [*P.KST_ID.finditer(raw), *P.KST_LETTER_ID.finditer(raw)] if "kst-" in raw else []
    for k in sorted(ids, key=lambda k: k.start()):
        # "[Kamerstuk 35 669, nr. 36](https://…/kst-35669-36.html)": the link repeats the citation
        i = bisect_right(ends, k.start()) - 1
        if i >= 0 and P.LINK_TARGET_GAP.fullmatch(raw, ends[i], k.start()):
            continue
        main, sub, toev = k.group("main"), k.group("sub"), k.group("toev")
        letter = k.groupdict().get("letter")
        nr = 0 if letter else int(k.group("nr"))
        if nr <= 0 and not letter:
            continue
        note = index.at(k.start())
        name = kst_id(main, sub, toev, 0)[4:-2]
        out.append(Citation(kst_id(main, sub, toev, letter or nr), k.group(0), k.span(), name, nr, toev, (name,),
                            note.marker if note else None, letter=letter))
    out.sort(key=lambda c: c.span)  # stable: a list's numbers keep their order
    return _describe_cited_letters(text, out, letter_date)


def _compact_citations(raw: str, index: FootnoteIndex, found: list[Citation]) -> list[Citation]:
    """Kamerstukken in the Tweede Kamer's compact form: "(Kamerstuk 21501-32-1730)" (tweedekamer.nl
    and tkconv titles). ``found`` (sorted by span): a match inside a citation read already is part
    of it ("Kamerstuk 21 501-20, nr. 1234" holds "Kamerstuk 21 501-20" only in the long form)."""
    starts = [c.span[0] for c in found]
    out: list[Citation] = []
    # matched only one character before each "amerstuk" (str.find) followed by a space, five digits and a
    # hyphen: the pattern has no literal to skip ahead to, and most citations split the dossier ("25 295")
    at = [p for p in _found(raw, (P.KAMERSTUK_COMPACT_WORD,), 1) if _compact_number_at(raw, p + 9)]
    for m in _matches_at(P.KAMERSTUK_COMPACT, raw, at):
        i = bisect_right(starts, m.start()) - 1
        if i >= 0 and found[i].span[0] <= m.start() < found[i].span[1]:
            continue
        main, sub, toev, nr = m.group("main"), m.group("sub"), m.group("toev"), int(m.group("nr"))
        if nr <= 0 or (sub is None and toev is None and main in P.SPLIT_DOSSIERS):
            continue  # "Kamerstuk 21501-20": a sub-dossier, no document
        name = kst_id(main, sub, toev, 0)[4:-2]
        note = index.at(m.start())
        out.append(Citation(kst_id(main, sub, toev, nr), m.group(0), m.span(), name, nr, toev, (name,),
                            note.marker if note else None))
    return out


def _compact_number_at(raw: str, q: int) -> bool:
    """Whether a compact Kamerstuk number can follow "Kamerstuk" or "Kamerstukken" ending before ``q``."""
    if raw.startswith("en", q):
        q += 2
    return raw[q : q + 1] in (" ", "\t", "\u00a0") and raw[q + 1 : q + 6].isdecimal() and raw[q + 6 : q + 7] == "-"


def _letter_citations(text: Text, index: FootnoteIndex) -> list[Citation]:
    """Eerste Kamer documents cited by letter: "Kamerstukken I 2020/21, 35 570, A" (``nr`` 0).

    Only in a clear form: the prefix names the Eerste Kamer, or "nr." stands before the letter,
    or the citation is all a bracket holds: "(Kamerstuk 35 526, L)", where the capital can be
    no initial or word of the sentence (kst-35526-60 cites the Eerste Kamer's letter so).
    """
    raw = text.raw
    if not _may_cite_by_letter(raw):
        return []
    starts = _found(raw, P.KAMERSTUK_LETTER_TAILS, 1) + _found(raw, (P.KAMERSTUK_LETTER_EK,), 0)
    out: list[Citation] = []
    for m in _matches_at(P.KAMERSTUK_LETTER, raw, starts):
        if not (m.group("ek") or m.group("kamer") == "I" or m.group("nr") or _bracketed(raw, m)):
            continue
        parts = normalise_dossier(m.group("dossier"))
        if parts is None:
            continue
        name = kst_id(*parts, 0)[4:-2]
        note = index.at(m.start())
        vj = vergaderjaar(m.group("prefix"))
        for letter in P.DOCUMENT_LETTER.findall(m.group("letters")):
            out.append(Citation(kst_id(*parts, letter), m.group(0), m.span(), name, 0, parts[2], (name,),
                                note.marker if note else None, vj, letter=letter))
    return out


def _roman_citations(raw: str, index: FootnoteIndex) -> list[Citation]:
    """Eerste Kamer documents in the Kamer's own dossiers, numbered in Roman figures: "Kamerstukken I
    2017/18, CXXIV, G" → kst-CXXIV-G (``nr`` 0, as every document cited by letter)."""
    out: list[Citation] = []
    end = 0
    for at in P.KAMERSTUK_ROMAN_AT.finditer(raw):
        dossier_at = at.start()
        if dossier_at < end:
            continue
        lo = max(end, dossier_at - P.KAMERSTUK_ROMAN_PREFIX_CHARS)
        m = next((m for m in P.KAMERSTUK_ROMAN.finditer(raw, lo, dossier_at + 40) if m.start("dossier") == dossier_at),
                 None)
        if m is None:
            continue
        end = m.end()
        name = m.group("dossier")
        note = index.at(m.start())
        vj = vergaderjaar(m.group("prefix"))
        for letter in P.DOCUMENT_LETTER.findall(m.group("letters")):
            out.append(Citation(kst_id(name, None, None, letter), m.group(0), m.span(), name, 0, None, (name,),
                                note.marker if note else None, vj, letter=letter))
    return out


def _bracketed(raw: str, m: re.Match[str]) -> bool:
    """The match is all its bracket holds: "(" right before it, ")" right after its letters."""
    return 0 < m.start() and m.end() < len(raw) and raw[m.start() - 1] == "(" and raw[m.end()] == ")"


def _may_cite_by_letter(raw: str) -> bool:
    """False when no :data:`P.KAMERSTUK_LETTER` match can stand in ``raw`` (most letters).

    Every match has a :data:`P.KAMERSTUK_LETTER_HINT` right after its dossier, whose last
    character (before the comma's white space) is a digit or a capital. (Linear: the white space
    walked back over before one comma is never walked again for another.)
    """
    for hint in P.KAMERSTUK_LETTER_HINT.finditer(raw):
        p = hint.start()
        while p and raw[p - 1].isspace():
            p -= 1
        if p and (raw[p - 1].isdecimal() or "A" <= raw[p - 1] <= "Z"):
            return True
    return False


def _describe_cited_letters(text: Text, cites: list[Citation], letter_date: str | None = None) -> list[Citation]:
    """Add the date and title the text gives a cited letter ("de kamerbrief «…» van 16 november 2020").

    The description must point straight at one citation: a footnote marker right after the date
    whose note cites one document, or a citation in brackets right after it.
    """
    if "brief" not in text.body:
        return cites
    starts = [c.span[0] for c in cites]
    in_note: dict[str, list[int]] = {}
    for i, c in enumerate(cites):
        if c.footnote is not None:
            in_note.setdefault(c.footnote, []).append(i)
    markers = text.markers
    marker_pos = [mk.body_pos for mk in markers]
    raw, seg_body, seg_raw = text.raw, text.seg_body, text.seg_raw
    right_after = P.CITATION_RIGHT_AFTER.fullmatch
    for m in P.CITED_LETTER.finditer(text.body):
        # what the description points at first, its date only then: most point at nothing
        targets: list[int] | range = []
        end = m.end()
        k = bisect_left(marker_pos, end)
        if k < len(marker_pos) and marker_pos[k] <= end + 2:  # a marker right after the date
            targets = in_note.get(markers[k].marker, [])
        else:
            s = max(bisect_right(seg_body, end - 1) - 1, 0)  # text.to_raw(end - 1) + 1, inlined
            raw_end = seg_raw[s] + end - seg_body[s]
            i = bisect_right(starts, raw_end)
            if i < len(cites) and right_after(raw, raw_end, cites[i].span[0]):
                # every citation with that span: they follow each other (cites are in span order)
                j = i + 1
                while j < len(cites) and cites[j].span == cites[i].span:
                    j += 1
                targets = range(i, j)
        subject = None
        if not targets and text.body.startswith(P.CITED_LETTER_SUBJECT_STARTS, end):
            # "de brief van 13 april 2022 inzake het proces … (Kamerstuk 31 865, nr. 207)": tried only
            # where a bracket that can open a citation follows within reach (str.find)
            b = text.body.find("(", end, end + SUBJECT_REACH)
            if b >= 0 and text.body[b + 1 : b + 2] in _CITATION_BRACKET_FIRST:
                subject = P.CITED_LETTER_SUBJECT.match(text.body, end)
            if subject:
                targets = _cited_right_after(text, cites, starts, subject.end())
        if not targets or len({cites[i].id for i in targets}) != 1:
            continue
        if "brief" not in m.group("about") and P.CITED_LETTER_SELF.search(
            text.body, max(m.start() - P.CITED_LETTER_SELF_CHARS, 0), m.start()
        ):
            continue  # "in deze hoofdlijnenbrief over …": the letter itself, no other letter named
        about = m.group("about")
        tail = max(len(about) - P.CITED_LETTER_EVENT_CHARS, 0)
        if m.group("of") == "van" and P.CITED_LETTER_EVENT.search(about, tail):
            continue  # the date of what the letter is about
        date, _ = find_date(m.group("date"), letter_date)
        if date is None:
            continue
        t = P.CITED_LETTER_TITLE.search(about)
        title = next((g for g in t.groups() if g), None) if t else None
        if title is None and subject:
            title = subject.group("subject")
        for i in targets:
            cites[i] = replace(cites[i], letter_date=date, letter_title=title.strip() if title else None)
    return cites


#: How far after a cited letter's date the bracket of its citation may open (CITED_LETTER_SUBJECT).
SUBJECT_REACH = 300
#: The first character inside a bracket CITED_LETTER_SUBJECT looks ahead to ("Kamerstuk", "TK", "zie …").
_CITATION_BRACKET_FIRST = frozenset("KkTEz")


def _cited_right_after(text: Text, cites: list[Citation], starts: list[int], end: int) -> range:
    """The citations (one span) standing right after body position ``end``: "… (Kamerstuk …"."""
    raw = text.raw
    raw_end = text.to_raw(end - 1) + 1
    i = bisect_right(starts, raw_end)
    if i == len(cites) or not P.CITATION_RIGHT_AFTER.fullmatch(raw, raw_end, cites[i].span[0]):
        return range(0)
    j = i + 1
    while j < len(cites) and cites[j].span == cites[i].span:
        j += 1
    return range(i, j)


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when ``starts`` holds every position where a match can start.

    Positions come from a fast anchor (str.find, a pattern with a literal first character); a
    start inside the previous match is skipped, as finditer would. Patterns must not match empty.
    """
    end = 0
    for p in sorted(starts):
        if p >= end:
            m = pattern.match(text, p)
            if m:
                end = m.end()
                yield m


def _found(text: str, words: tuple[str, ...], back: int) -> list[int]:
    """``back`` characters before every occurrence of each word (overlapping ones too)."""
    out = []
    for w in words:
        p = text.find(w)
        while p >= 0:
            if p >= back:
                out.append(p - back)
            p = text.find(w, p + 1)
    return out


def find_zaken(text: Text) -> list[Zaak]:
    out = []
    raw = text.raw
    starts = [a.start() - 4 for a in P.ZAAK_AT_Z.finditer(raw)] + [a.start() - 4 for a in P.ZAAK_AT_D.finditer(raw)]
    for m in _matches_at(P.ZAAK, raw, starts):
        kind = "zaak" if m.group("kind") == "Z" else "document"
        out.append(Zaak(m.group(0), m.group(0), m.span(), kind))  # type: ignore[arg-type]
    return out


def find_handelingen(text: Text) -> list[Handeling]:
    """Handelingen cited by sitting, and answers to written questions in the Aanhangsel."""
    out: list[Handeling] = []
    raw = text.raw
    # every HANDELINGEN and AANHANGSEL match holds the word, every AANHANGSEL_ID "ah-": most
    # letters have neither, and a search for them is cheaper than the patterns' scans
    handelingen = "Handelingen" in raw
    if handelingen:
        for m in P.HANDELINGEN.finditer(raw):
            vj = vergaderjaar(m.group("vj"))
            if vj is None:
                continue
            items = tuple(_numbers(m.group("items") or ""))
            out.append(Handeling(vj, int(m.group("nr")), items, m.group(0), m.span(), m.group("kamer")))
    if (handelingen and "Aanh" in raw) or "ah-" in raw:
        out.extend(_aanhangsel(raw))
        out.sort(key=lambda h: h.span)
    return out


def _aanhangsel(raw: str) -> list[Handeling]:
    out: list[Handeling] = []
    for m in P.AANHANGSEL.finditer(raw):
        vj = vergaderjaar(m.group("vj"))
        if vj is None:
            continue
        nrs = [int(m.group("nr"))] if m.group("nr") else _numbers(m.group("nrs"))
        kamer = m.group("kamer") or "II"  # tweedekamer.nl leaves out its own chamber
        out.extend(Handeling(vj, nr, (), m.group(0), m.span(), kamer, aanhangsel=True) for nr in nrs if nr > 0)
    ends = [h.span[1] for h in out]
    for k in P.AANHANGSEL_ID.finditer(raw):
        y1, y2, nr = int(k.group("y1")), int(k.group("y2")), int(k.group("nr"))
        i = bisect_right(ends, k.start()) - 1
        if y2 != y1 + 1 or nr <= 0 or (i >= 0 and P.LINK_TARGET_GAP.fullmatch(raw, ends[i], k.start())):
            continue  # not a vergaderjaar, or a link repeating the citation before it
        kamer = "II" if k.group("kamer") == "tk" else "I"
        out.append(Handeling(f"{y1}-{y2}", nr, (), k.group(0), k.span(), kamer, aanhangsel=True))
    return out


def find_references(text: Text) -> list[Reference]:
    """Ministry references ("Kenmerk …", "Onze referentie …"); a zaak number is a :class:`Zaak`."""
    out = []
    for m in _matches_at(P.MINISTRY_REFERENCE, text.raw, _found(text.raw, P.REFERENCE_LABEL_TAILS, 1)):
        ref = m.group("ref")
        if P.ZAAK.fullmatch(ref):
            continue
        q = P.REFERENCE_QUALIFIER.search(text.raw, max(0, m.start() - 8), m.start())
        kind = "addressee" if q and q.group("q").lower() == "uw" else "ministry"
        start = q.start() if q else m.start()
        out.append(Reference(ref, text.raw[start : m.end()], m.span("ref"), kind))
    return out
