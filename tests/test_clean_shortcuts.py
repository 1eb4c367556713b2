"""clean's speed shortcuts give what their plain definitions give.

Each shortcut in graph/clean.py replaces a slower but obvious computation; these tests state the
obvious one and compare on random text built from the characters that matter (line breaks of
every kind, white space, digits, hyphens, footnote words).
"""

from __future__ import annotations

import random
import re
from itertools import accumulate, repeat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import patterns as P
from graph.clean import _Lines, _marker_at_line_start, _MarkersBefore, detect_shape, split_sentences

# pieces of letter text, and every line break str.splitlines knows
PIECES = st.lists(
    st.sampled_from(
        ["\n", "\n\n", "\r\n", "\r", "\x0c", "\x0b", "\u2028", "\x85", " ", "\t", "\xa0", "a", "Z", "-", ".",
         "motie", "1", "2", "12", "2020", "(", ")", "”", "Noot ", "thuis-\nwerken", "nr. ", "• ", "! ", "? ",
         " heb", "Lee", "»", ","]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_lines_fast_path_equals_splitlines_with_ends(raw: str) -> None:
    keep = raw.splitlines(keepends=True)
    lines = _Lines(raw)
    assert lines.text == [k.rstrip("\r\n") for k in keep]
    assert lines.start == list(accumulate(map(len, keep), initial=0))
    assert lines.stripped == [t.strip() for t in lines.text]
    assert lines.end == [len(t.rstrip()) for t in lines.text]


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_pdf_contents_by_strip_equal_the_cut_slice(raw: str) -> None:
    lines = _Lines(raw)
    lines.set_shape("pdf")
    slices = [t[c:e] for t, c, e in zip(lines.text, lines.cut, lines.end, strict=True)]
    assert list(map(str.lstrip, lines.rstripped, repeat(" \t\f"))) == slices
    # a PDF line has content exactly when its stripped text is not empty
    assert [c < e for c, e in zip(lines.cut, lines.end, strict=True)] == list(map(bool, lines.stripped))


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_detect_shape_with_lines_equals_detect_shape(raw: str) -> None:
    assert detect_shape(raw, _Lines(raw).text) == detect_shape(raw)


def _first_marker(raw: str, marker: str) -> int:
    """The plain definition: the first place a marker with this number stands (len(raw): none)."""
    for p in range(len(raw)):
        if raw.startswith(marker, p):
            for a in (p - 1, p - 4):
                m = P.MARKER_AT.match(raw, a) if a >= 0 else None
                if m and m.start("marker") == p and m.group("marker") == marker:
                    return p
            if _marker_at_line_start(raw, p, len(marker)):  # "kansrijk»1,\n2 heb ik"
                return p
    return len(raw)


@settings(max_examples=300, deadline=None)
@given(PIECES, st.lists(st.sampled_from(["1", "2", "12", "20"]), min_size=1, max_size=6), st.randoms())
def test_markers_before_equals_first_marker(raw: str, markers: list[str], rnd: random.Random) -> None:
    starts = list(accumulate(map(len, raw.splitlines(keepends=True)), initial=0))
    before = _MarkersBefore(raw)
    for marker in markers:
        # line starts, as _pdf_footnotes asks (in order), then in any order (the memory must hold)
        limits = sorted(rnd.sample(starts, min(3, len(starts)))) + rnd.sample(starts, min(3, len(starts)))
        for limit in limits:
            assert before.seen(marker, limit) == (_first_marker(raw, marker) < limit)


@pytest.mark.parametrize(
    ("raw", "marker", "limit", "seen"),
    [
        ("De motie1 is uitgevoerd.\n1 Kamerstuk\n", "1", 25, True),
        ("De motie 1 is uitgevoerd.\n1 Kamerstuk\n", "1", 26, False),
        ("Sinds juni 20201) werkt\n1 RIVM\n", "1", 24, True),
        ("Er zijn 12361 meldingen.\n1 Kamerstuk\n", "1", 25, False),
        ("De brief12 kwam.\n12 Kamerstuk\n", "12", 17, True),
        ("De brief12 kwam.\n12 Kamerstuk\n", "12", 0, False),
        # kst-24515-455: the second of two markers at the start of the next line
        ("«Alle kinderen kansrijk»1,\n2 heb ik een evaluatie laten uitvoeren.\n2 Kamerstuk\n", "2", 68, True),
        ("het lid Van der Lee\n2 over de evaluatie.\n2 Kamerstuk\n", "2", 42, True),
        ("volgens artikel\n2 van de wet.\n2 Kamerstuk\n", "2", 30, False),
        ("Lee\n2 Kamerstuk\n", "2", 16, False),
    ],
)
def test_markers_before(raw: str, marker: str, limit: int, seen: bool) -> None:
    assert _MarkersBefore(raw).seen(marker, limit) is seen


NOTE_TEXT = st.lists(
    st.sampled_from(["a", "Z", "é", "_", "1", "-", "\n", " ", "\t", "\xa0", "\u2028", "-\n"]), max_size=20
)


@settings(max_examples=500, deadline=None)
@given(NOTE_TEXT.map("".join))
def test_footnote_join_equals_the_plain_substitutions(s: str) -> None:
    from graph.clean import _join_lines

    plain = re.sub(r"\s+", " ", re.sub(r"(\w)-\n\s*(?=[a-z])", r"\1", s)).strip()
    assert _join_lines(s) == plain


@settings(max_examples=300, deadline=None)
@given(PIECES)
def test_sentence_end_per_mark_equals_sentence_end(body: str) -> None:
    plain = [(*m.span(1), m.end()) for m in P.SENTENCE_END.finditer(body)]
    per_mark = sorted((*m.span(1), m.end()) for rx in P.SENTENCE_END_AT.values() for m in rx.finditer(body))
    assert per_mark == plain
    split_sentences(body)  # and the splitter takes any text


def _plain_split(body: str) -> list[tuple[int, int]]:
    """split_sentences as first written: the word before every full stop read and tested."""
    cuts = []
    for m in P.SENTENCE_END.finditer(body):
        word = body[max(0, m.end(1) - 12) : m.end(1)].split()
        after = body[m.end():].split(")", 1)
        date_suffix = (bool(word) and word[-1] in ("jl.", "a.s.") and body[m.end()] == "(" and len(after) == 2
                       and "(" not in after[0][1:] and after[1].lstrip()[:1] in tuple("abcdefghijklmnopqrstuvwxyz,;:"))
        if not ((word and P.NO_SENTENCE_END.fullmatch(word[-1]) and (len(word[-1]) <= 6 or word[-1][-3] in ".-"))
                or date_suffix):
            cuts.append((m.end(1), m.end()))
    cuts += [(m.end(1), m.end()) for m in P.SENTENCE_END_AFTER_MARKER.finditer(body)]  # round 11c
    cuts += [m.span() for m in P.PARAGRAPH_BREAK.finditer(body)]
    cuts += [(m.start(), m.start()) for m in P.BULLET.finditer(body)]
    spans, start = [], 0
    for end, nxt in [*sorted(cuts), (len(body), len(body))]:
        if end >= start:
            a, b = start, end
            while a < b and body[a].isspace():
                a += 1
            if (bullet := P.LEADING_BULLET.match(body, a, b)) is not None:
                a = bullet.end()
            while b > a and body[b - 1].isspace():
                b -= 1
            if b > a:
                spans.append((a, b))
            start = max(start, nxt)
    return spans


# words around full stops: abbreviations in any case, initials, the letters (?i) matches beyond
# ASCII (ſ, K, İ, ı), short and long words, digits, brackets and quotes
ABBREVIATION_TEXT = st.lists(
    st.sampled_from(
        [" ", "\n", "\n\n", "\xa0", ".", ". ", "(", ")", "”", "A", "B.", "Z", "a", "x", "Nr", "nr", "NRS", "c.s",
         "t.o.v", "T.O.V", "bijv", "Bijv", "ſ", "K", "İ", "ı", "p", "P", "Ab", "zijn", "gezondheid", "2020",
         "A.B.C.D.E.F.G", "xA.B.C.D.E.F", "motie-", "-", "e.a", "incl", "mevr", "dr", "De", "1", "jl", "a.s", "xjl",
         ",", "(x)"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(ABBREVIATION_TEXT)
def test_sentence_end_abbreviation_split_equals_the_plain_split(body: str) -> None:
    """SENTENCE_END_MAYBE_ABBREVIATION's matches are matches of SENTENCE_END_AT["."], and only
    they (and the first words) need the word read: the spans are those of the plain definition."""
    plain = {(*m.span(1), m.end()) for m in P.SENTENCE_END_AT["."].finditer(body)}
    assert {(*m.span(1), m.end()) for m in P.SENTENCE_END_MAYBE_ABBREVIATION.finditer(body)} <= plain
    assert split_sentences(body) == _plain_split(body)


@pytest.mark.parametrize(
    "body",
    ["Nr. 5 is er.", "nr. 5", "A. Jansen kwam.", "(A. Jansen) kwam. Ja.", "Zie A.B.C.D.E.F.G. Jansen.",
     "Kwam ſ. Ja en K. Nee en İ. Of.", "Zie bijv. De brief.", "Zie t.o.v. De brief.", "Het SCP. Daarna.",
     "Ze kwamen. Daarna ging het.", "x" * 20 + " nr. 5. Dat is het.",
     "Op 8 september jl. (Handelingen II, nr. 6) heb ik het gezegd.", "Op 8 septemberjl. (nr. 6) heb ik.",
     "jl. (nr. 6) ik.", "Op 3 mei a.s. (zie nr. 6), ik.", "Op 3 mei a.s. (nr. 6) Ik.", "Op 3 mei jl. (a (b)) c.",
     "Op 3 mei jl.\n(nr. 6)\nc.", "Op 3 mei Jl. (nr. 6) c.", "De motie-M.B. Vos over X.", "Kamermotie-A. Vos is er.",
     "Het plan-B. Daarna."],
)
def test_sentence_split_at_abbreviations(body: str) -> None:
    assert split_sentences(body) == _plain_split(body)


MARKDOWN_TEXT = st.lists(
    st.sampled_from(
        ["<sup>1</sup>", "<sup>", "</sup>", "[^2]", "[^2]:", "[tekst](https://x.nl/a)", "[", "]", "(", ")", "**", "*",
         "__", "_", "\\", "\\*", "<https://x.nl>", "<", ">", "a", "Z", " ", "\n", "1", "#"]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(MARKDOWN_TEXT, st.integers(0, 5))
def test_markdown_markup_starts_with_a_first_char(text: str, pos: int) -> None:
    """_assemble_markdown searches for MD_INLINE only from the first MD_INLINE_FIRST_CHARS character
    of a line: every match starts with one, so the same matches are found."""
    matches = [m.span() for m in P.MD_INLINE.finditer(text, pos)]
    assert all(text[s] in P.MD_INLINE_FIRST_CHARS for s, _ in matches)
    first = min((p for c in P.MD_INLINE_FIRST_CHARS if (p := text.find(c, pos)) >= 0), default=len(text))
    assert [m.span() for m in P.MD_INLINE.finditer(text, first)] == matches


def _plain_glued_marker(body: str, n: str, pos: int) -> int:
    """_glued_marker without the look at the character after the digits."""
    p = body.find(n, pos)
    while p >= 0:
        a = p
        while a > max(pos, p - 5) and body[a - 1].isdecimal():
            a -= 1
        m = P.GLUED_MARKER.match(body, a) if p - a in (0, 4) else None
        if m and m.end("digits") == p + len(n) and (a == p or body[a : a + 2] in ("19", "20")):
            return p
        p = body.find(n, p + 1)
    return -1


@settings(max_examples=300, deadline=None)
@given(PIECES, st.sampled_from(["1", "2", "12", "20"]), st.integers(0, 8))
def test_glued_marker_equals_the_plain_search(body: str, n: str, pos: int) -> None:
    from graph.clean import _glued_marker

    assert _glued_marker(body, n, pos) == _plain_glued_marker(body, n, pos)


@pytest.mark.parametrize(
    "body",
    ["De motie1. Zie", "de motie1, de brief2; en3: of4) (5( »6» ”7” 8", "juni 20201. Dat", "Er zijn 12361 meldingen1 .",
     "brief12\u2009en", "CO2-uitstoot1\n", "motie1"],
)
def test_glued_marker_followers(body: str) -> None:
    from graph.clean import _glued_marker

    for n in ("1", "2", "3", "4", "5", "6", "7", "8", "12"):
        assert _glued_marker(body, n, 0) == _plain_glued_marker(body, n, 0)
        assert _MarkersBefore(body).seen(n, len(body)) == (_first_marker(body, n) < len(body))


@settings(max_examples=300, deadline=None)
@given(MARKDOWN_TEXT)
def test_markdown_note_markup_holds_a_strip_char(text: str) -> None:
    """_markdown_footnotes skips MD_INLINE_STRIP for a note without MD_INLINE_STRIP_CHARS: every match holds one."""
    for m in P.MD_INLINE_STRIP.finditer(text):
        assert any(c in m.group(0) for c in P.MD_INLINE_STRIP_CHARS) or m.group(0) == ""
    if not any(c in text for c in P.MD_INLINE_STRIP_CHARS):
        assert P.MD_INLINE_STRIP.sub(lambda x: x.group("keep") or "", text) == text
