"""Find motion mentions and what the letter does with each (settles, progress, mentions).

A letter names a motion by its filers ("de motie van de leden Van Weyenberg (D66) en
Smeulders"), by a hyphenated name ("de motie-Omtzigt c.s."), or by its number ("de motie
Kamerstuk 32 793, nr. 176"). Its identity is the Kamerstuk the mention points to: a number next
to it, or the footnote its marker leads to. A mention without either takes the number of a
motion of the same members identified elsewhere in the letter.

One :class:`MotionMention` is returned per motion per letter (a timeline wants one action per
letter and motion): its ``action`` is the strongest the letter takes (settles > progress >
mentions), ``evidence`` the sentence that decides it, ``span`` the mention that sentence concerns
and ``mentions`` every place the letter names the motion. When one number is given to motions of
different members, each keeps its own entry with ``conflict=True``; the first cited is taken to
own the number (``conflict_owner``), because a footnote copied by mistake repeats an earlier one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from operator import itemgetter

from graph import patterns as P
from graph.clean import Text
from graph.dates import find_date
from graph.model import Action, Citation, MotionMention, Span

RANK: dict[str, int] = {"mentions": 0, "progress": 1, "settles": 2}
MAX_MARKER_DISTANCE = 400  # body characters from a motion to a marker late in its sentence
ADJACENT = 3  # a marker this close to the names is the motion's own
ADOPTED_BEFORE_WINDOW = 260  # body characters before a mention searched for "op <datum> heeft uw Kamer …"
BACKREF_PARAGRAPHS = 3  # how far back "deze motie" / "de benoemde moties" may point


@dataclass(frozen=True, slots=True)
class Member:
    """A member as a motion names them: ``name`` for display, ``key`` for matching."""

    name: str  # "Van der Staaij", "Jasper van Dijk", "Van Nijkerken-De Haan"
    key: str  # "staaij", "jasper dijk", "nijkerken-de haan": first name and surname core
    core: str  # "staaij": the surname without first name and tussenvoegsel
    has_tv: bool
    has_first: bool
    party: str | None = None


def parse_member(text: str) -> Member | None:
    """``"van der Staaij"`` → Member("Van der Staaij", "staaij", …); None if not a name."""
    m = P.MEMBER.fullmatch(text.strip())
    return _member(m) if m else None


def _member(m: re.Match[str]) -> Member:
    return _member_of(*m.group("first", "tv", "core", "party"))


@lru_cache(maxsize=4096)
def _member_of(first_name: str | None, tv_name: str | None, core_name: str, party: str | None) -> Member:
    """A MEMBER match's parts as a Member (cached: letters name the same members again and again)."""
    first = P.MEMBER_SPACE.sub(" ", (first_name or "").strip())
    tv = P.MEMBER_SPACE.sub(" ", tv_name or "").strip()
    core = P.MEMBER_DASH.sub("-", P.MEMBER_SPACE.sub(" ", core_name))
    if first:
        name = " ".join(x for x in (first, tv.lower(), core) if x)
    else:
        name = " ".join(x for x in (tv[:1].upper() + tv[1:].lower(), core) if x)
    core_key = core.lower()
    return Member(
        name=name,
        key=(first.lower() + " " + core_key) if first else core_key,
        core=core_key,
        has_tv=bool(tv),
        has_first=bool(first),
        party=P.PARTY_ALIASES.get(P.MEMBER_SPACE.sub(" ", party.lower())) if party else None,
    )


@lru_cache(maxsize=4096)
def members_in(names: str) -> tuple[tuple[Member, ...], bool]:
    """The members in a list of names ("Van Weyenberg (D66) en Smeulders c.s.") and cosigners.

    Cached: letters name the same members again and again, and the answer is immutable."""
    shared = P.SHARED_PARTY.search(names)
    if shared is not None:
        # "(beiden ChristenUnie)" gives its party to every name without one
        party = P.PARTY_ALIASES.get(P.MEMBER_SPACE.sub(" ", shared.group("party").lower()))
        names = names[: shared.start()] + names[shared.end() :]
        found = tuple(replace(m, party=m.party or party) for m in map(_member, P.MEMBER.finditer(names)))
    else:
        found = tuple(_member(m) for m in P.MEMBER.finditer(names))
    return found, bool(P.COSIGNERS.search(names))


@dataclass
class _Found:
    """One place the letter names a motion (body offsets), before grouping."""

    start: int
    end: int
    members: tuple[Member, ...]
    cosigners: bool
    plural: bool
    verb: str | None = None
    ids: list[str] = field(default_factory=list)
    id_from: str = ""  # "number", "number-after-subject", "footnote", "footnote-late", "members", ""
    marker: str | None = None
    adopted: str | None = None
    conflict: bool = False
    owner: bool | None = None
    # decided action
    action: str = "mentions"
    rule: str = "mentions"
    evidence: Span = (0, 0)
    action_conf: float = 0.6
    appreciation: str | None = None
    withdrawn: Span | None = None  # the sentence saying the motion was withdrawn (or rejected, before its name)

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(m.key for m in self.members)

    @property
    def id(self) -> str | None:
        return self.ids[0] if self.ids else None


class _Letter:
    """Index of one letter's body: sentences, paragraphs, markers, footnote citations."""

    def __init__(self, text: Text, cites: list[Citation]) -> None:
        self.text = text
        self.body = text.body
        self.plain = not any(map(self.body.__contains__, P.ODD_FOLDS))
        # clean's sentences end at paragraph breaks already; a list bullet is not part of one (LIST_BULLET
        # tried only on a sentence starting with one of its characters; one pass, a sentence kept as is
        # kept as the same tuple)
        body = self.body
        bullets = P.LIST_BULLET_CHARS
        bullet = P.LIST_BULLET.match
        self.sentences: list[Span] = []
        append = self.sentences.append
        for span in text.sentences:
            s, e = span
            if s < e:
                if body[s] in bullets and (b := bullet(body, s, e)) is not None:
                    if b.end() < e:
                        append((b.end(), e))
                else:
                    append(span)
        self.sent_starts = list(map(itemgetter(0), self.sentences))
        self.markers = sorted(text.markers, key=lambda m: m.body_pos)
        self.marker_pos = [m.body_pos for m in self.markers]
        self.by_note: dict[str, list[Citation]] = {}
        self.inline: list[Citation] = []
        for c in cites:
            if c.footnote is not None:
                self.by_note.setdefault(c.footnote, []).append(c)
            else:
                self.inline.append(c)
        self.inline.sort(key=lambda c: c.span)
        self.inline_starts = [c.span[0] for c in self.inline]

    @cached_property
    def para_starts(self) -> list[int]:
        """Where each paragraph starts (read by few letters: built on first use)."""
        return [0] + [m.end() for m in P.MOTION_PARAGRAPH_BREAK.finditer(self.body)]

    def sentence_index(self, pos: int) -> int:
        return max(bisect_right(self.sent_starts, pos) - 1, 0)

    def sentence(self, pos: int) -> Span:
        if not self.sentences:
            return (0, len(self.body))
        return self.sentences[self.sentence_index(pos)]

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.para_starts, pos) - 1

    def markers_in(self, start: int, end: int) -> list[str]:
        i, j = bisect_left(self.marker_pos, start), bisect_right(self.marker_pos, end)
        return [m.marker for m in self.markers[i:j]]

    def cites_at(self, body_start: int, body_end: int) -> list[str]:
        """Ids of the inline citations whose text lies at body ``[start, end)``."""
        a, b = self.text.raw_span(body_start, body_end)
        i, j = bisect_left(self.inline_starts, a), bisect_left(self.inline_starts, b)
        # citations starting before ``a`` that run into it: one match gives one citation per number,
        # all with the same span, so only the few just before ``i`` can
        k = i - 1
        covering: list[Citation] = []
        while k >= 0 and i - k <= MAX_SAME_SPAN:
            if self.inline[k].span[1] > a:
                covering.append(self.inline[k])
            k -= 1
        return [c.id for c in reversed(covering)] + [c.id for c in self.inline[i:j]]


    def cites_starting(self, body_pos: int) -> list[str]:
        """Ids of the inline citations whose text starts right at body ``body_pos``."""
        a = self.text.to_raw(body_pos)
        return [c.id for c in self.inline[bisect_left(self.inline_starts, a) : bisect_right(self.inline_starts, a)]]


MAX_SAME_SPAN = 32  # citations one Kamerstuk match can yield ("nrs. 1 t/m 25")
SETTLES_TAIL = 120  # characters at the end of a settling cue that SETTLES_IN_CLAUSE / _MOTION_AS_MODIFIER can span
CITE_OPENERS = frozenset("KkTt0123456789")  # a citation's text opens with "Kamerstuk", "TK"/"Tweede Kamer" or a number


def find_motions(text: Text, cites: list[Citation], letter_date: str | None) -> list[MotionMention]:
    """Motion mentions in ``text``; ``cites`` are the letter's citations (footnotes included)."""
    if "otie" not in text.body:
        return []
    letter = _Letter(text, cites)
    matches = _motion_words(letter.body)
    heads = [m.start() for m in matches]
    found = _find(letter, matches, heads, letter_date)
    if not found:
        return []
    _canonical_names(found)
    _identify_by_members(found)
    _mark_conflicts(found)
    if "ingetrokken" in letter.body or "verworpen" in letter.body:
        _mark_withdrawn(letter, found, heads)
    _decide_actions(letter, found, heads)
    if "|" in letter.body or any(map(letter.body.__contains__, P.MOTION_STATUS_LINE_WORDS)):
        _read_status_lines(letter, found, heads)
    return _group(letter, found)


# --- finding ---------------------------------------------------------------------------------


def _motion_words(body: str) -> list[re.Match[str]]:
    """Every "motie", "moties", "Kamermotie" in the body, with what names it."""
    out = []
    for h in P.MOTION_HINT.finditer(body):
        s = h.start() - 1
        if s < 0 or body[s] not in "Mm":
            continue
        if body[max(s - 5, 0) : s] in ("Kamer", "kamer"):
            s -= 5
        m = P.MOTION.match(body, s)
        if m is not None:
            out.append(m)
    return out


def _find(letter: _Letter, matches: list[re.Match[str]], heads: list[int], letter_date: str | None) -> list[_Found]:
    body = letter.body
    out: list[_Found] = []
    done = 0  # the end of what the last motion consumed: a head inside it is part of it
    for m in matches:
        if m.start() < done:
            continue
        done = m.end()
        plural = bool(m.group("plural"))
        names = m.group("hyph") or m.group("members") or m.group("direct")
        if names:
            members, cs = members_in(names)
            f = _Found(m.start("head"), m.end(), members, cs, plural, m.group("verb"))
            more = [f]
            pos = m.end()
            while (x := _more_filers(body, pos, plural, more[-1].cosigners)) is not None:
                ms, cs2 = members_in(x.group("members"))
                more.append(_Found(x.start("members"), x.end(), ms, cs2, plural))
                pos = x.end()
            done = pos
            for i, g in enumerate(more):
                nxt = more[i + 1].start if i + 1 < len(more) else _next_head(heads, g.end, len(body))
                _identify(letter, g, nxt)
            out.extend(more)
            continue
        filed = _filed_around(letter, m.start("head"), m.end("head"), plural)
        if filed is not None:
            _identify(letter, filed, _next_head(heads, filed.end, len(body)))
            out.append(filed)
            done = filed.end
            continue
        numbered = _numbered(letter, m.end("head"), plural, m.start("head"))
        if numbered:
            out.extend(numbered)
            done = numbered[-1].end
            continue
        # "de motie³": a marker right on the word, whose footnote cites a Kamerstuk
        marks = letter.markers_in(m.end("head"), m.end("head") + 1)
        if marks and letter.by_note.get(marks[0]):
            f = _Found(m.start("head"), m.end("head"), (), False, plural)
            f.marker = marks[0]
            notes = letter.by_note[marks[0]]
            f.ids = [c.id for c in (notes if plural else notes[:1])]
            f.id_from = "footnote"
            _members_from_note(letter, f)
            out.append(f)
    out.sort(key=lambda f: f.start)
    for f in out:
        f.adopted = _adopted(letter, f, heads, letter_date)
    return out


def _more_filers(body: str, pos: int, plural: bool, cosigned: bool) -> re.Match[str] | None:
    """The next group of filers in an enumeration of motions, right after ``pos`` or after the previous
    motion's number: "de moties van de leden X (Kamerstuk …) en van het lid Y (Kamerstuk …)"."""
    x = P.MOTION_MORE_FILERS.match(body, pos)
    if x is None and plural and cosigned:
        # "de moties Marijnissen c.s. en Klaver c.s.": "c.s." closed the first motion's names
        x = P.MOTION_MORE_COSIGNED.match(body, pos)
    if x is None and (b := P.MOTION_NUMBER_BRACKET.match(body, pos)) is not None:
        x = P.MOTION_MORE_FILERS.match(body, b.end())
        if x is None and plural:
            # "de moties van de leden Westerveld (Kamerstuk …) en Kwint (Kamerstuk …)": names, then a number
            x = P.MOTION_MORE_NUMBERED.match(body, b.end())
    return x


def _filed_around(letter: _Letter, start: int, end: int, plural: bool) -> _Found | None:
    """A bare "motie" whose filers stand around it: "de door het lid X ingediende motie", "de motie die het
    lid X indiende" (the literals tested first keep the patterns off most bare mentions)."""
    body = letter.body
    if body.find("die ", end, end + 7) >= 0 and (after := P.MOTION_FILED_AFTER.match(body, end)) is not None:
        members, cs = members_in(after.group("names"))
        return _Found(start, after.end(), members, cs, plural)
    lo = max(0, start - P.MOTION_FILED_BEFORE_CHARS)
    near = max(0, start - P.MOTION_FILED_BEFORE_WORD_CHARS)
    if body.rfind(P.MOTION_FILED_BEFORE_WORD, near, start) >= 0 and (
        before := P.MOTION_FILED_BEFORE.search(body, lo, start)
    ) is not None:
        members, cs = members_in(before.group("names"))
        return _Found(before.start(), end, members, cs, plural)
    aux = max(0, start - P.MOTION_FILED_SUBJECT_AUX_CHARS)
    if any(body.find(w, aux, start) >= 0 for w in P.MOTION_FILED_SUBJECT_WORDS) and (
        subject := P.MOTION_FILED_SUBJECT.search(body, lo, start)
    ) is not None:
        # "Het lid X heeft bij motie … verzocht", "De leden X en Y hebben een motie ingediend (Kamerstuk …)"
        verb = P.MOTION_FILED_VERB_AFTER.search(body, end, letter.sentence(start)[1])
        if verb is None and subject.group("how") not in ("bij", "via"):
            return None
        members, cs = members_in(subject.group("names"))
        if (
            verb is not None
            and verb.start() - end <= P.MOTION_FILED_VERB_CHARS
            and P.MOTION_NUMBER_BRACKET.match(body, end) is None
        ):
            end = verb.end()  # the number stands after the verb: "een motie ingediend (Kamerstuk …)"
        return _Found(subject.start(), end, members, cs, plural)
    return None


def _next_head(heads: list[int], pos: int, default: int) -> int:
    i = bisect_right(heads, pos)
    return heads[i] if i < len(heads) else default


def _numbered(letter: _Letter, pos: int, plural: bool, start: int) -> list[_Found]:
    """"de motie (Kamerstuk 35 669, nr. 36)", "de moties Kamerstuk 32 793, nr. 176 (Dik-Faber) en …"."""
    body = letter.body
    out: list[_Found] = []
    gap = P.MOTION_NUMBER_GAP.match(body, pos)
    at = gap.end() if gap else pos
    while (k := P.KAMERSTUK.match(body, at)) is not None:
        ids = letter.cites_at(k.start(), k.end())
        if not ids:
            break
        names = P.MOTION_NAMES_AFTER_NUMBER.match(body, k.end()) or P.MOTION_FILERS_AFTER_NUMBER.match(body, k.end())
        members, cs = members_in(names.group("names")) if names else ((), False)
        end = names.end() if names else k.end()
        # "Kamerstuk 32 793, nrs. 176 en 181" names several motions only in a plural
        for i in ids if plural else ids[:1]:
            f = _Found(start if not out else k.start(), end, members, cs, plural, ids=[i], id_from="number")
            out.append(f)
        if not plural:
            break
        sep = P.MOTION_NUMBER_SEP.match(body, end)
        if sep is None:
            break
        at = sep.end()
    return out


def _identify(letter: _Letter, f: _Found, limit: int) -> None:
    """The motion's number: right after its names, or in the footnote its marker points to."""
    body = letter.body
    # "de motie van het lid X d.d. 11 december 2017 (Kamerstuk …)": the date stands before the number
    dated = P.MOTION_DATE_BEFORE_NUMBER.match(body, f.end)
    after = dated.end() if dated else f.end
    gap = P.MOTION_NUMBER_GAP.match(body, after)
    k = P.KAMERSTUK.match(body, gap.end() if gap else after)
    # "het lid Markuszower (Groep Markuszower) (Kamerstuk …)": a bracket no party alias reads
    if k is None and body.find("(", after, after + 3) >= 0 and (b := P.MOTION_NAME_BRACKET.match(body, after)):
        gap = P.MOTION_NUMBER_GAP.match(body, b.end())
        k = P.KAMERSTUK.match(body, gap.end() if gap else b.end())
    if k is not None:
        ids = letter.cites_at(k.start(), k.end())
        if ids:
            f.ids = ids if f.plural else ids[:1]
            f.id_from = "number"
            return
    elif gap is not None and body[gap.end() : gap.end() + 1] in CITE_OPENERS and (
        ids := letter.cites_starting(gap.end())
    ):
        # a citation KAMERSTUK does not read, right where the number stands ("(Kamerstuk 35570-VIII-9)")
        f.ids = ids if f.plural else ids[:1]
        f.id_from = "number"
        return
    s_end = letter.sentence(f.start)[1]
    if s_end < f.end:
        # a sentence end inside the names is a wrong one ("de motie-M.B. Vos over …"): read on to the next
        s_end = letter.sentence(f.end)[1]
    # "de motie-X over Y (35300-A, nr. 29)": the bracket after the subject, unless the subject
    # names another document ("over de brief van 3 maart (Kamerstuk …)") or another motion
    over = P.MOTION_SUBJECT_NUMBER.match(body, f.end)
    if over is not None and over.end() < min(limit, s_end):
        subject = over.group("subject")
        k = P.KAMERSTUK.match(body, over.end())
        if k is not None and not P.MOTION_OTHER_SOURCE.search(subject) and not P.MOTION_HINT.search(subject):
            ids = letter.cites_at(k.start(), k.end())
            if ids:
                f.ids = ids if f.plural else ids[:1]
                f.id_from = "number-after-subject"
                return
    # "Kamerstuk 35 300-XVI, nr. 140 (motie van het lid Ellemeet)": the number just before the bracket
    opened = P.MOTION_BRACKET_AFTER_NUMBER.search(body, max(0, f.start - 12), f.start)
    if opened is not None:
        a = letter.text.raw_span(opened.start(), opened.start())[0]
        i = bisect_left(letter.inline_starts, a)
        before = [c for c in letter.inline[max(0, i - MAX_SAME_SPAN) : i] if 0 <= a - c.span[1] <= 1]
        if before:
            f.ids = [c.id for c in before] if f.plural else [before[0].id]
            f.id_from = "number"
            return
    stop = min(limit, s_end + 2, f.end + MAX_MARKER_DISTANCE)
    # a marker inside the names is the motion's too: "de motie van het lid Özütok¹ (GroenLinks)" (kst-35000-VII-96)
    i, j = bisect_left(letter.marker_pos, f.start), bisect_right(letter.marker_pos, stop)
    for mk in letter.markers[i:j]:
        adjacent = mk.body_pos - f.end <= ADJACENT
        if not adjacent and P.MOTION_OTHER_SOURCE.search(body, f.end, mk.body_pos):
            return
        f.marker = mk.marker
        notes = letter.by_note.get(mk.marker, [])
        if notes:
            f.ids = [c.id for c in (notes if f.plural else notes[:1])]
            f.id_from = "footnote" if adjacent else "footnote-late"
        return


def _members_from_note(letter: _Letter, f: _Found) -> None:
    """A footnote that names the motion ("Motie van het lid Omtzigt c.s., Kamerstuk …")."""
    note = letter.text.footnote_by_marker.get(f.marker or "")
    if note is None:
        return
    m = P.MOTION.search(note.text)
    names = m and (m.group("hyph") or m.group("members") or m.group("direct"))
    if names:
        f.members, f.cosigners = members_in(names)


def _adopted(letter: _Letter, f: _Found, heads: list[int], letter_date: str | None) -> str | None:
    """The adoption date the letter gives: after the mention, right after it, or just before it."""
    body = letter.body
    s_start, s_end = letter.sentence(f.start)
    end = min(_next_head(heads, f.end, s_end), s_end)
    clause = body[f.end : max(end, f.end)]
    if P.MOTION_REJECTED.search(clause) or P.MOTION_REJECTED.search(body, max(s_start, f.start - 40), f.start):
        return None
    d = P.DATED_MENTION.match(body, f.end)
    if d is None and body.find("(", f.end, f.end + 3) >= 0 and (b := P.MOTION_NUMBER_BRACKET.match(body, f.end)):
        # "de motie van het lid X (Kamerstuk …) van 3 december jl."
        d = P.DATED_MENTION.match(body, b.end())
    if d is not None:
        return find_date(d.group("date"), letter_date)[0]
    a = P.ADOPTED_AFTER.search(clause)
    if a is not None and " door " in clause[a.end() : a.end() + 7] and P.ADOPTED_BY_OTHER.match(clause, a.end()):
        a = None  # "een plan dat op 3 december is aangenomen door de gemeenteraad": another body's vote
    if a is not None:
        return find_date(a.group("date") or a.group("date2"), letter_date)[0]
    if "stemmen" in clause or "meerderheid" in clause:
        v = P.ADOPTED_AFTER_VOTE_FIRST.search(clause)
        if v is not None and not P.ADOPTED_BY_OTHER.match(clause, v.end()):
            return find_date(v.group("date"), letter_date)[0]
    b = P.ADOPTED_BEFORE.search(body, max(s_start, f.start - ADOPTED_BEFORE_WINDOW), f.start)
    if b is not None and (
        b.group("verb") or b.group("took") or f.verb in ("aanvaard", "aangenomen") or P.ADOPTION_VERB.match(clause)
    ):
        return find_date(b.group("date"), letter_date)[0]
    return None


# --- resolving within the letter -----------------------------------------------------------


def _canonical_names(found: list[_Found]) -> None:
    """"Weyenberg" becomes "Van Weyenberg" when the letter itself writes it so elsewhere."""
    forms: dict[str, set[str]] = {}
    for f in found:
        for m in f.members:
            if m.has_tv and not m.has_first:
                forms.setdefault(m.core, set()).add(m.name)
    for f in found:
        if any(not m.has_tv and not m.has_first and len(forms.get(m.core, ())) == 1 for m in f.members):
            f.members = tuple(
                _with_name(m, next(iter(forms[m.core])))
                if not m.has_tv and not m.has_first and len(forms.get(m.core, ())) == 1
                else m
                for m in f.members
            )


def _with_name(m: Member, name: str) -> Member:
    return Member(name, m.key, m.core, True, False, m.party)


def _identify_by_members(found: list[_Found]) -> None:
    """A mention without a number takes the number of the same members' motion in this letter.

    Same members means the same set of names, in any order. Several motions of those members:
    the nearest one named before. The first filer alone with "c.s." matches a motion whose
    first filer that is, if only one motion does.
    """
    by_keys: dict[frozenset[str], list[_Found]] = {}
    by_first: dict[str, list[_Found]] = {}
    for g in found:
        if g.ids and g.members:
            by_keys.setdefault(g.keys, []).append(g)
            by_first.setdefault(g.members[0].key, []).append(g)
    distinct: dict[int, set[str | None]] = {}  # the numbers of one list of same-member motions
    for f in found:
        if f.ids or not f.members:
            continue
        same = by_keys.get(f.keys, [])
        rule = "members"
        if not same and f.cosigners and len(f.members) == 1:
            same = by_first.get(f.members[0].key, [])
            rule = "first-filer"
        ids = distinct.setdefault(id(same), {g.id for g in same})
        if not ids:
            continue
        if len(ids) == 1:
            f.ids = [same[0].ids[0]]
        else:
            before = [g for g in same if g.start < f.start]
            if not before or rule == "first-filer":
                continue
            f.ids = [before[-1].ids[0]]
        f.id_from = rule


def _mark_conflicts(found: list[_Found]) -> None:
    """One number given to motions of members that cannot be the same filers."""
    by_id: dict[str, list[_Found]] = {}
    for f in found:
        if f.id and f.members and f.id_from in ("number", "number-after-subject", "footnote", "footnote-late"):
            by_id.setdefault(f.id, []).append(f)
    for fs in by_id.values():
        owner = fs[0]
        others = [g for g in fs if not (g.keys <= owner.keys or owner.keys <= g.keys)]
        if not others:
            continue
        for g in found:
            if g.id == owner.id and g.members:
                g.conflict = True
                g.owner = g.keys <= owner.keys or owner.keys <= g.keys


# --- actions ---------------------------------------------------------------------------------
#
# What a letter does with a motion, in three steps: settles (the writer declares it done), progress (the
# writer reports work on it, under way, planned or still open), mentions (anything else).
#
# A negated settlement never settles. "Not yet done" ("is nog niet afgedaan", "kan (nog) niet als afgedaan
# worden beschouwd", "beschouw ik op dit moment niet als afgedaan") reports the motion open and its
# execution going on, whatever the verb: progress (SETTLES_PARTLY in a settling cue, MOTION_NOT_YET_DONE
# otherwise). A bare "niet" ("Ik beschouw de motie niet als afgedaan", "De motie is niet uitgevoerd")
# reports no work: mentions.
#
# A withdrawn motion no longer exists to be carried out: it is only mentioned, in every sentence of the
# letter, once the letter says it was withdrawn ("de inmiddels ingetrokken motie …", "Deze motie is
# ingetrokken"). A motion rejected or held in its own sentence is never settled nor progressed there
# (MOTION_REJECTED, _rejected).


def _mark_withdrawn(letter: _Letter, found: list[_Found], heads: list[int]) -> None:
    """Motions the letter calls withdrawn: by the word before the motion, after it in its own sentence, or
    in a next sentence pointing back to it ("Deze motie is ingetrokken")."""
    body = letter.body
    for f in found:
        s, e = letter.sentence(f.start)
        before = body[max(s, f.start - P.MOTION_STATE_BEFORE_CHARS) : f.start]
        end = max(min(_next_head(heads, f.end, e), e), f.end)
        if P.MOTION_STATE_BEFORE.search(before) is not None or (
            "ingetrokken" in body[f.end : end] and P.MOTION_WITHDRAWN.search(body, f.end, end) is not None
        ):
            f.withdrawn = (s, e)
    starts = [f.start for f in found]
    for s, e in letter.sentences:
        i = bisect_left(starts, s)
        if "ingetrokken" not in body[s:e] or (i < len(starts) and starts[i] < e):
            continue  # a sentence naming a motion itself was read above
        ref = P.MOTION_BACKREF.search(body, s, e)
        if ref is None or ref.group("plural"):
            continue
        w = P.MOTION_WITHDRAWN.search(body, ref.end(), e)
        if w is not None:
            for f in _pointed_back(letter, found, starts, s, False):
                f.withdrawn = (s, e)


def _decide_actions(letter: _Letter, found: list[_Found], heads: list[int]) -> None:
    body = letter.body
    by_sentence: dict[int, list[_Found]] = {}
    for f in found:
        si = letter.sentence_index(f.start)
        by_sentence.setdefault(si, []).append(f)
        f.evidence = letter.sentence(f.start)
        f.action_conf = 0.6
    seen: set[int] = set()
    starts = [f.start for f in found]
    for h in heads:
        si = letter.sentence_index(h)
        if si in seen or not letter.sentences:
            continue
        seen.add(si)
        s, e = letter.sentences[si]
        own = by_sentence.get(si, [])
        plural_ref = False
        if own:
            targets = own
        else:
            # some match of MOTION_BACKREF has its plural "s" exactly where MOTION_BACKREF_PLURAL matches
            plural_ref = P.MOTION_BACKREF_PLURAL.search(body, s, e) is not None
            targets = _pointed_back(letter, found, starts, s, plural_ref)
            if not targets:
                continue
        low = body[s:e].lower()
        action, rule, conf = _cue(body, s, e, low, letter.plain)
        if own:
            # APPRECIATION's words hold no letter str.lower folds otherwise than re (no ODD_FOLDS letter)
            appr = P.APPRECIATION.search(body, s, e) if any(map(low.__contains__, P.APPRECIATION_WORDS)) else None
            left = (
                appr is None and "oordeel over" in low and P.APPRECIATION_LEFT_TO_KAMER.search(body, s, e) is not None
            )
            for f in own:
                if appr is not None:
                    f.appreciation = {"kamer": "oordeel Kamer"}.get(appr.lastgroup or "", appr.lastgroup)
                elif left:
                    f.appreciation = "oordeel Kamer"
            if action == "mentions":
                action, rule, conf, e = _request_then_follow_up(letter, si, own)
        if action == "mentions":
            continue
        if not own:
            rule += "-backref-plural" if plural_ref else "-backref"
            conf *= 0.9
        for f in targets:
            if _rejected(letter, f, heads):
                continue
            if RANK[action] > RANK[f.action]:
                f.action, f.rule, f.action_conf, f.evidence = action, rule, conf, (s, e)


# A "stand van zaken moties" letter or annex gives each motion a status line under its heading ("Motie van het
# lid X over Y (Kamerstuk …)\nStand van zaken: afgedaan.") or a status cell in its table row. The line belongs
# to the motion only when the motion opens its own line or cell, the status follows on that line or opens the
# next sentence, and no other motion is named between them.
STATUS_ACTION = {"settles": "settles", "open": "progress", "held": "mentions"}
STATUS_AFTER_REQUEST_SENTENCES = 3  # sentences of the motion's own words a status line may follow
HEADING_PREFIX_CHARS = " \t-–•*0123456789.)|:"  # numbering and bullets before a motion opening its line


def _read_status_lines(letter: _Letter, found: list[_Found], heads: list[int]) -> None:
    starts = sorted(f.start for f in found)
    for f in found:
        status = _status_of(letter, f, starts)
        if status is None:
            continue
        m, evidence = status
        state = m.lastgroup or ""
        if state == "held":
            if m.group("held").lower() in ("ingetrokken", "verworpen"):
                f.withdrawn = evidence
            continue
        action = STATUS_ACTION[state]
        if RANK[action] > RANK[f.action] and not _rejected(letter, f, heads):
            f.action, f.rule, f.evidence = action, f"{action}:status-line", evidence
            f.action_conf = 0.9 if action == "settles" else 0.85


def _status_of(letter: _Letter, f: _Found, starts: list[int]) -> tuple[re.Match[str], Span] | None:
    """The status line or cell that belongs to motion ``f`` (never past the next motion the letter names:
    ``starts``), and the sentence holding it."""
    body, raw, text = letter.body, letter.text.raw, letter.text
    si = letter.sentence_index(f.start)
    s, e = letter.sentence(f.start)
    nxt = _next_head(starts, f.end, len(body))
    before = body[s : f.start]
    if before.rstrip().endswith("|"):  # the motion opens a table cell: a state cell of its own row
        cell = P.MOTION_STATUS_CELL.search(body, f.end, min(nxt, e)) if "|" in body[f.end : min(nxt, e)] else None
        if cell is None or "\n" in raw[text.to_raw(f.end) : text.to_raw(cell.start())]:
            return None
        return cell, (s, e)
    if before.strip(HEADING_PREFIX_CHARS).lower() not in ("", "de"):
        return None  # a motion named inside running text: a status after it may be another item's
    m = P.MOTION_STATUS_LINE.search(body, f.end, min(nxt, e))
    if m is not None:
        gap = raw[text.to_raw(f.end) : text.to_raw(m.start())].rstrip()
        if _one_item(gap) and (
            "\n" in raw[text.to_raw(f.end) : text.to_raw(m.start())]
            or body[f.end : m.start()].rstrip().endswith((".", ";", "(", "|", "–", "-"))
        ):
            return m, (s, e)
        return None
    if not _one_item(raw[text.to_raw(f.end) : text.to_raw(e)]):
        return None
    # the status opens the next sentence, or the one after the motion's own words ("Verzoekt de regering …")
    for ns, ne in letter.sentences[si + 1 : si + 2 + STATUS_AFTER_REQUEST_SENTENCES]:
        if ns >= nxt:
            return None
        if (m := P.MOTION_STATUS_LINE.match(body, ns, ne)) is not None:
            return m, (ns, ne)
        if P.MOTION_REQUEST_LINE.match(body, ns, ne) is None or not _one_item(raw[slice(*text.raw_span(ns, ne))]):
            return None
    return None


def _one_item(raw: str) -> bool:
    """Raw text after a motion's name that stays with it: each line it runs on to continues the heading (opens
    in lower case, a bracket or a digit) or gives the motion's own words ("De motie verzoekt …", "Verzoekt de
    regering …"), so "Motie X\nToezegging over Y\nStatus: afgedaan" gives the status to the promise."""
    for line in raw.split("\n")[1:]:
        line = line.lstrip(" \t>*-–•")
        if line[:1].isupper() and P.MOTION_REQUEST_LINE.match(line) is None:
            return False
    return True


def _cue(body: str, s: int, e: int, low: str, plain: bool) -> tuple[str, str, float]:
    """The action a sentence's own words take: a settling cue, a follow-up cue, or none.

    ``low``: the sentence lowercased; ``plain``: the letter holds no ODD_FOLDS, so str.lower finds
    every word (?i) would."""
    may = _may_settle(low) if plain else any(map(low.__contains__, P.SETTLES_WORDS))
    m = P.SETTLES.search(body, s, e) if may else None
    if m is not None and _no_declaration(body, s, m):
        m = None
    if m is None and (not plain or any(map(low.__contains__, P.SETTLES_MORE_WORDS))):
        m = P.SETTLES_MORE.search(body, s, e)
        if m is not None and _no_declaration(body, s, m):
            m = None
    if m is not None:
        said = m.group(0)
        if P.SETTLES_PARTLY.search(said) or P.SETTLES_SHARE.search(said):
            return "progress", "progress:partly-done", 0.8
        if not P.SETTLES_DENIED.search(said):
            return "settles", "settles:declared", 0.95
    if (
        (not plain or (P.MOTION_NOT_YET_DONE_WORD in low and any(map(low.__contains__, P.SETTLES_DONE_WORDS))))
        and (open_ := P.MOTION_NOT_YET_DONE.search(body, s, e)) is not None
        and not _in_request(open_.group(0))
    ):
        return "progress", "progress:not-yet-done", 0.75
    if (not plain or P.MOTION_CARRIED_OUT_WORD in low) and (
        done := P.MOTION_CARRIED_OUT.search(body, s, e)
    ) is not None:
        said = done.group(0)
        if P.SETTLES_PARTLY.search(said):
            return "progress", "progress:partly-done", 0.8
        if not P.SETTLES_DENIED.search(said):
            return "settles", "settles:carried-out", 0.9
    if (not plain or P.MOTION_EFFECT_GIVEN_WORD in low) and (
        (given := P.MOTION_EFFECT_GIVEN.search(body, s, e)) is not None
        and P.SETTLES_AFTER_CONDITION.search(body, max(s, given.start() - P.SETTLES_BEFORE_CHARS), given.start())
        is None
    ):
        said = given.group(0)
        if P.SETTLES_PARTLY.search(said):
            return "progress", "progress:partly-done", 0.8
        if not P.SETTLES_DENIED.search(said):
            if given.group("aux").lower() in ("is", "zijn"):
                return "settles", "settles:effect-given", 0.85
            return "progress", "progress:effect-given", 0.85
    if (
        any(map(low.__contains__, P.PROGRESS_WORDS))
        and (progress := P.PROGRESS.search(body, s, e)) is not None
        and not _in_request(progress.group(0))
    ):
        return "progress", "progress:follow-up", 0.9
    if (not plain or any(map(low.__contains__, P.MOTION_IN_LINE_WORDS))) and (
        (line := P.MOTION_IN_LINE.search(body, s, e)) is not None
        and (line.start() == s or line.group("comma"))
        and not P.SETTLES_DENIED.search(body, s, line.end())
    ):
        return "progress", "progress:in-line-with", 0.8
    if (not plain or any(map(low.__contains__, P.MOTION_STATUS_WORDS))) and P.MOTION_STATUS.search(
        body, s, e
    ) is not None:
        return "progress", "progress:status", 0.8
    if (not plain or P.MOTION_WILL_EXECUTE_WORD in low) and (
        (will := P.MOTION_WILL_EXECUTE.search(body, s, e)) is not None and not P.SETTLES_DENIED.search(will.group(0))
    ):
        return "progress", "progress:will-execute", 0.85
    if (
        not plain
        or any(map(low.__contains__, P.MOTION_TAKEN_UP_WORDS))
        or all(map(low.__contains__, P.MOTION_WORKED_OUT_WORDS))
    ) and (
        (up := P.MOTION_TAKEN_UP.search(body, s, e)) is not None
        and not P.SETTLES_DENIED.search(up.group(0))
        and not _in_request(up.group(0))
    ):
        return "progress", "progress:taken-up", 0.8
    if (not plain or any(map(low.__contains__, P.MOTION_PLANNED_WORDS))) and (
        (plan := P.MOTION_PLANNED.search(body, s, e)) is not None and not P.SETTLES_DENIED.search(plan.group(0))
    ):
        return "progress", "progress:planned", 0.8
    if (
        (not plain or any(map(low.__contains__, P.MOTION_ANSWERED_WORDS)))
        and (
            P.MOTION_ANSWERED.search(body, s, e) is not None
            or (
                (not plain or any(map(low.__contains__, P.MOTION_ANSWERED_SUBJECT_FIRST_WORDS)))
                and P.MOTION_ANSWERED_SUBJECT_FIRST.search(body, s, e) is not None
            )
        )
        and P.APPRECIATION.search(body, s, e) is None  # answered in the debate: "… heb ik oordeel Kamer gegeven"
    ):
        return "progress", "progress:answered", 0.8
    return "mentions", "mentions", 0.6


def _no_declaration(body: str, s: int, m: re.Match[str]) -> bool:
    """A settling cue that declares nothing: its verb is a clause's inside the motion's words ("… om
    projecten die zijn uitgevoerd"), its object is something else ("… aan de toezegging naar aanleiding van
    de motie"), a condition follows it ("… als afgedaan zodra het rapport verschijnt"),
    or the motion is the subject of a condition ("Zodra de motie … is uitgevoerd, …"; a cue opening with a
    verb or an adverb, "Als gevolg hiervan beschouw ik de motie als afgedaan", is the writer's own)."""
    said = m.group(0)
    tail = said[-SETTLES_TAIL:]  # both end-anchored patterns read only the end of the cue
    low = tail.lower()
    return (
        (low.endswith(P.SETTLES_IN_CLAUSE_ENDS) and P.SETTLES_IN_CLAUSE.search(tail) is not None)
        or (low.endswith(("motie", "moties")) and P.SETTLES_MOTION_AS_MODIFIER.search(tail) is not None)
        or P.SETTLES_THEN_CONDITION.match(body, m.end()) is not None
        or (
            P.MOTION_BACKREF.match(said) is not None
            and P.SETTLES_AFTER_CONDITION.search(body, max(s, m.start() - P.SETTLES_BEFORE_CHARS), m.start())
            is not None
        )
    )


def _in_request(said: str) -> bool:
    """A cue opening on the motion word whose verb stands in a clause of the motion's request ("De motie
    vraagt ervoor te zorgen dat het plan wordt uitgevoerd")."""
    return P.MOTION_BACKREF.match(said) is not None and P.MOTION_REQUEST_CLAUSE.search(said) is not None


def _may_settle(low: str) -> bool:
    """A necessary condition for SETTLES in a lowercased sentence without ODD_FOLDS."""
    return any(map(low.__contains__, P.SETTLES_DONE_WORDS)) or (
        any(map(low.__contains__, P.SETTLES_BY_VERBS)) and any(map(low.__contains__, P.SETTLES_BY_WORDS))
    )


def _request_then_follow_up(letter: _Letter, si: int, own: list[_Found]) -> tuple[str, str, float, int]:
    """A motion's request, and in the next sentence the writer or cabinet taking it up."""
    s, e = letter.sentences[si]
    body = letter.body
    if si + 1 >= len(letter.sentences) or not P.MOTION_REQUEST.search(body, s, e):
        return "mentions", "mentions", 0.6, e
    ns, ne = letter.sentences[si + 1]
    if letter.paragraph(ns) != letter.paragraph(s) or P.MOTION_BACKREF.search(body, ns, ne):
        return "mentions", "mentions", 0.6, e
    if P.FOLLOW_UP.search(body, ns, ne):
        return "progress", "progress:request-then-follow-up", 0.7, ne
    effect = P.FOLLOW_UP_EFFECT.search(body, ns, ne)
    if effect is not None and P.MOTION_EFFECT_HEDGED.search(effect.group(0)) is None:
        return "progress", "progress:request-then-effect", 0.7, ne
    return "mentions", "mentions", 0.6, e


def _pointed_back(letter: _Letter, found: list[_Found], starts: list[int], s: int, plural: bool) -> list[_Found]:
    """The motions "deze motie" (the last one named) or "de benoemde moties" (those named in the
    passage: this paragraph, else the nearest paragraph before it that names any) point to."""
    i = bisect_left(starts, s)  # found is in body order
    if i == 0 or letter.paragraph(s) - letter.paragraph(found[i - 1].start) > BACKREF_PARAGRAPHS:
        return []
    if not plural:
        return [found[i - 1]]
    nearest = letter.paragraph(found[i - 1].start)
    out = []
    while i > 0 and letter.paragraph(found[i - 1].start) == nearest:
        out.append(found[i - 1])
        i -= 1
    return out[::-1]


def _rejected(letter: _Letter, f: _Found, heads: list[int]) -> bool:
    e = letter.sentence(f.start)[1]
    end = min(_next_head(heads, f.end, e), e)
    r = P.MOTION_REJECTED.search(letter.body, f.end, max(end, f.end))
    if r is not None and r.group(0).lower() == "ingetrokken":
        # "ingetrokken" of something else ("heb ik het besluit ingetrokken") withdraws no motion
        return P.MOTION_WITHDRAWN.search(letter.body, f.end, max(end, f.end)) is not None
    return r is not None


# --- one entry per motion --------------------------------------------------------------------


def _group(letter: _Letter, found: list[_Found]) -> list[MotionMention]:
    groups: dict[object, list[_Found]] = {}
    for f in found:
        key: object = (f.id, f.keys if f.conflict else None) if f.id else ("members", f.keys)
        groups.setdefault(key, []).append(f)
    out: list[MotionMention] = []
    for fs in groups.values():
        out.append(_entry(letter, fs))
    out.sort(key=lambda m: m.mentions[0] if m.mentions else m.span)
    return out


def _entry(letter: _Letter, fs: list[_Found]) -> MotionMention:
    text = letter.text
    best = max(fs, key=lambda f: RANK[f.action])  # max keeps the first of equals
    gone = next((f for f in fs if f.withdrawn), None)
    if gone is not None and gone.withdrawn is not None:
        # a withdrawn motion is only mentioned, its evidence the sentence saying so
        gone.action, gone.rule, gone.action_conf, gone.evidence = "mentions", "mentions:withdrawn", 0.8, gone.withdrawn
        best = gone
    named = max(fs, key=lambda f: (len(f.members), sum(m.has_tv for m in f.members), -f.start))
    parties = tuple(_unique(m.party for f in fs for m in f.members if m.party))
    id_from = next((f.id_from for f in fs if f.id_from in ("number", "footnote")), None) or next(
        (f.id_from for f in fs if f.id_from), ""
    )
    id_conf = {
        "number": 1.0, "number-after-subject": 0.95, "footnote": 1.0, "footnote-late": 0.9, "members": 0.85,
        "first-filer": 0.75,
    }.get(
        id_from, 0.7
    )
    span = text.raw_span(best.start, best.end)
    ev_span = text.raw_span(*best.evidence)
    conflict = any(f.conflict for f in fs)
    action: Action = "settles" if best.action == "settles" else "progress" if best.action == "progress" else "mentions"
    return MotionMention(
        id=best.id or next((f.id for f in fs if f.id), None),
        members=tuple(m.name for m in named.members),
        parties=parties,
        cosigners=any(f.cosigners for f in fs),
        adopted=next((f.adopted for f in fs if f.adopted), None),
        action=action,
        evidence=text.body[best.evidence[0] : best.evidence[1]],  # clean: no markup, no markers
        span=span,
        evidence_span=ev_span,
        text=text.raw[span[0] : span[1]],
        appreciation=next((f.appreciation for f in fs if f.appreciation), None),
        rule=best.rule + ("" if not id_from else f"; id:{id_from}"),
        confidence=round(best.action_conf * id_conf * (0.8 if conflict and not fs[0].owner else 1.0), 3),
        conflict=conflict,
        footnote=next((f.marker for f in fs if f.marker), None),
        mentions=tuple(text.raw_span(f.start, f.end) for f in fs),
        conflict_owner=fs[0].owner if conflict else None,
    )


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
