"""Speed-only shortcuts of graph/find/citations.py must find exactly what their plain definitions find."""

from __future__ import annotations

import pytest

from graph import patterns as P
from graph.clean import clean
from graph.find.citations import MAX_RANGE, _dossiers, _numbers, find_citations, kst_id, normalise_dossier


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
