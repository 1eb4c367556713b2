"""Speed-only shortcuts of graph/find/citations.py must find exactly what their plain definitions find."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graph import patterns as P
from graph.clean import clean
from graph.find.citations import (
    LOOKAHEAD,
    LOOKBACK,
    MAX_RANGE,
    _aanhangsel,
    _dossiers,
    _kamerstuk_matches,
    _may_cite_by_letter,
    _numbers,
    find_citations,
    find_handelingen,
    kst_id,
    normalise_dossier,
    vergaderjaar,
)
from graph.model import Handeling

_LETTER_CITED = [
    "Kamerstukken I 2020/21, 35 570, A",
    "(Kamerstukken I 2020/21, 35 570, nr. A)",
    "Eerste Kamer, vergaderjaar 2020–2021, 35 570 XV, C en D",
    "EK 35 570 ,\n\tB",
    "Kamerstuk 35 570, letter AB",
    "Kamerstukken I 2020/21, 35 570-12 XV,\u00a0nrs.  F",
    "Kamerstukken I 2020/21, ٣٥ ٥٧٠, A",  # Arabic-Indic digits are \d too
    "Kamerstuk 35 300, A",  # matched, then not taken: the gate must still let it through
]
_NOT_LETTER_CITED = [
    "Met vriendelijke groet,\n\nW. Koolmees",  # initials after a comma, no dossier before it
    "in 2020, zo bleek",
    "Kamerstuk 35 570, nr. 12",
    "2020, nr. 5",
    "",
    ",",
    " , A",
]


@pytest.mark.parametrize("raw", [*_LETTER_CITED, *_NOT_LETTER_CITED, "de EU, VS en China", "nr. 35 570, A"])
def test_letter_citation_gate_lets_every_match_through(raw: str) -> None:
    """_letter_citations is skipped when _may_cite_by_letter is False: then no match may exist."""
    assert _may_cite_by_letter(raw) or P.KAMERSTUK_LETTER.search(raw) is None


@pytest.mark.parametrize("raw", _LETTER_CITED)
def test_letter_citation_gate_open(raw: str) -> None:
    assert P.KAMERSTUK_LETTER.search(raw) is not None
    assert _may_cite_by_letter(raw)


@pytest.mark.parametrize("raw", _NOT_LETTER_CITED)
def test_letter_citation_gate_closed(raw: str) -> None:
    assert not _may_cite_by_letter(raw)


def test_letter_citation_gate_on_the_seeds() -> None:
    """Real letters without a letter-numbered document keep the gate closed (the point of it)."""
    for path in sorted(Path(__file__).resolve().parent.parent.glob("seeds/0*.txt")):
        raw = path.read_text(encoding="utf-8")
        assert P.KAMERSTUK_LETTER.search(raw) is None
        assert not _may_cite_by_letter(raw), path.name


def test_letter_citation_gate_keeps_letter_citations() -> None:
    raw = "Zie de memorie van antwoord (Kamerstukken I 2019/20, 35 300 VII, C) en nr. 12."
    assert [c.id for c in find_citations(clean(raw))] == ["kst-35300-VII-C"]


def _plain_numbers(nrs: str) -> list[int]:
    out: list[int] = []
    for m in P.NR_ITEM.finditer(nrs):
        a = int(m.group("a"))
        b = int(m.group("b")) if m.group("b") else a
        out.extend(range(a, (a if b < a or b - a > MAX_RANGE else b) + 1))
    return [n for n in out if n > 0]


@pytest.mark.parametrize(
    "nrs",
    ["nr. 54", "nr 54", "nrs. 7", "nummer 12", "nummers 3", "nr.\u00a0912", "nr.\t0", "nr. 0012", "nr. \u0663",
     "nr. 5 en 6", "nrs. 5 t/m 8", "nr. 12 en nr. 14", "nrs. 1-40", "3 en 6", "12", "", "nr. 5, 7 en 9"],
)
def test_numbers_as_plain_item_scan(nrs: str) -> None:
    """_numbers takes a lone "nr. N" without scanning it."""
    assert _numbers(nrs) == _plain_numbers(nrs)


@pytest.mark.parametrize("group", ["35 570 XV", "21 501-20", "25 295 en 25 883", "35570-XV, 35 300", "12 345/34 567"])
def test_dossiers_as_plain_scan(group: str) -> None:
    parts = [p for d in P.DOSSIER.finditer(group) if (p := normalise_dossier(d.group(0)))]
    assert _dossiers(group) == (parts[0], tuple(kst_id(*p, 0)[4:-2] for p in parts))


@pytest.mark.parametrize(
    ("raw", "date"),
    [
        ("Zie de kamerbrief «Werk» van 16 november 2020 (Kamerstuk 35 570, nr. 12).", "2020-11-16"),
        (
            "Zie de kamerbrief «Werk» van 16 november 2020<sup>1</sup>.\n\n<sup>1</sup> Kamerstuk 35 570, nr. 12",
            "2020-11-16",
        ),
        ("Zie de kamerbrief «Werk» van 31 februari 2020 (Kamerstuk 35 570, nr. 12).", None),
        ("Zie de kamerbrief «Werk» van 16 november 2020. Kamerstuk 35 570, nr. 12.", None),
    ],
)
def test_cited_letter_date_read_only_when_it_points_at_one_citation(raw: str, date: str | None) -> None:
    (cite,) = find_citations(clean(raw))
    assert cite.letter_date == date


def _window_kamerstuk_matches(raw: str) -> list[tuple[int, int]]:
    """The plain definition: KAMERSTUK searched in the whole window around each anchor."""
    out = []
    pos = 0
    while (anchor := P.CITATION_ANCHOR.search(raw, pos)) is not None:
        end = min(len(raw), anchor.end() + LOOKAHEAD)
        m = P.KAMERSTUK.search(raw, max(pos, anchor.start() - LOOKBACK), end)
        if m is None or m.start() > anchor.start():
            pos = anchor.end()
            continue
        if m.end() >= end - 1 and end < len(raw):
            m = P.KAMERSTUK.match(raw, m.start()) or m
        out.append(m.span())
        pos = max(m.end(), anchor.end())
    return out


# pieces of citations and the text around them: prefixes, dossiers, separators, numbers, white
# space and digits outside ASCII (which the walk back over dossier characters does not list)
CITATION_TEXT = st.lists(
    st.sampled_from(
        ["Kamerstuk ", "Kamerstukken II ", "kamerstukken ", "TK ", "EK", "TKamerstuk ", "Kamerstukamerstuk ",
         "Tweede Kamer, ", "Eerste Kamer ", "Bijlage bij ", "vergaderjaar 2020\u20132021, ", "2020/21, ", "35 570",
         "35570", " XV", "-20", " A", ", ", " en ", " & ", "/", "nr. ", "nrs. ", "nummer ", "5", "12", " t/m ",
         "\u2009", "\u0663\u0665 \u0665\u0667\u0660", "\n", "de motie ", "zie ", "(", ")", "\u20ac ", "x" * 150]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(CITATION_TEXT)
def test_kamerstuk_matches_equal_the_window_search(raw: str) -> None:
    """Matching KAMERSTUK only at prefix words and the dossiers right before an anchor finds what
    a search of the whole window finds."""
    assert [m.span() for m in _kamerstuk_matches(raw)] == _window_kamerstuk_matches(raw)


@pytest.mark.parametrize(
    "raw",
    ["Kamerstukken II 2020/21, 25 295 en 25 883, nr. 912", "zie 35 570 XV, nr. 54", "(TK 35 570, nr. 5)",
     "Tweede Kamer, vergaderjaar 2020\u20132021, 25 295, nr. 734", "de motie nr. 12",
     "Bijlage bij Kamerstuk 35 788, nr. 77", "Kamerstuk \u0663\u0665 \u0665\u0667\u0660, nr. 5",
     "Kamerstuk 35 570,\u2009nr. 5", "x" * 170 + "Kamerstuk 35 570, nr. 5"],
)
def test_kamerstuk_matches_on_citations(raw: str) -> None:
    assert [m.span() for m in _kamerstuk_matches(raw)] == _window_kamerstuk_matches(raw)


@pytest.mark.parametrize(
    "raw",
    ["Handelingen II 2020/21, nr. 27, items 3 en 6", "Aanhangsel Handelingen II 2020/21, nr. 1234",
     "Aanh. Handelingen II 2019/20, nrs. 2345 en 2346",
     "Aanhangsel der Handelingen II, vergaderjaar 2020\u20132021, nr. 12",
     "zie ah-tk-20202021-1234 en Handelingen I 2020/21, nr. 5",
     "[x](https://zoek.officielebekendmakingen.nl/ah-ek-20192020-7)", "Aanhangsel 2020/21, nr. 5", "Handelingen", "",
     "Aanh ah-"],
)
def test_handelingen_gate_changes_nothing(raw: str) -> None:
    """find_handelingen reads the patterns only when "Handelingen" or "ah-" stands in the text."""
    plain = [
        Handeling(vj, int(m.group("nr")), tuple(_numbers(m.group("items") or "")), m.group(0), m.span(),
                        m.group("kamer"))
        for m in P.HANDELINGEN.finditer(raw) if (vj := vergaderjaar(m.group("vj")))
    ]
    plain = sorted([*plain, *_aanhangsel(raw)], key=lambda h: h.span)
    assert find_handelingen(clean(raw)) == plain
    for pattern, word in ((P.HANDELINGEN, "Handelingen"), (P.AANHANGSEL, "Handelingen"), (P.AANHANGSEL_ID, "ah-")):
        assert all(word in m.group(0) for m in pattern.finditer(raw))
