"""Speed-only shortcuts of graph/find/metadata.py must find exactly what the plain patterns find."""

from __future__ import annotations

import re

import pytest

from graph import patterns as P
from graph.find.metadata import _footer_lines

FOOTER = "Tweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 425 9"


@pytest.mark.parametrize(
    "raw",
    [
        FOOTER,
        f"tekst\n{FOOTER}\nmeer",
        f"tekst\n  \t{FOOTER}  \nmeer\n{FOOTER}",
        f"tekst {FOOTER}\n",  # after text: no footer line
        f"{FOOTER} {FOOTER}\n\n {FOOTER}",
        "Tweede Kamer, vergaderjaar 2021–2022,\n25 883, nr. 425\nTweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 4",
        f"x\n{FOOTER}x\n{FOOTER[:-2]}",
        "\n" * 5 + f"\t{FOOTER}\r\n{FOOTER}",
        "",
    ],
)
def test_footer_lines_as_finditer_from_every_line_start(raw: str) -> None:
    plain = re.compile(r"(?m)^" + P.PAGE_FOOTER_LINE.pattern)
    assert [m.span(1) for m in _footer_lines(raw)] == [m.span(1) for m in plain.finditer(raw)]


def test_own_reference_word_survives_lowering() -> None:
    """Every character re.I lets stand for a letter of OWN_REFERENCE_WORD lowers to that letter."""
    for letter in set(P.OWN_REFERENCE_WORD):
        folds = re.compile(letter, re.I)
        assert all(chr(c).lower() == letter for c in range(0x110000) if folds.fullmatch(chr(c)))
    assert P.OWN_REFERENCE.search("Datum 1 mei 2021\nONZE REFERENTIE 2021-0000028336")
    assert P.OWN_REFERENCE_WORD in "Onze referentie".lower()


@pytest.mark.parametrize(
    ("head", "found"),
    [("Betreft Thuiswerken\n", True), ("BETREFT: thuiswerken", True), ("betreft thuiswerken", False), ("Geen", False)],
)
def test_subject_needs_its_label(head: str, found: bool) -> None:
    assert bool(P.SUBJECT.search(head)) is found
    assert any(label in head for label in P.SUBJECT_LABELS) is found


@pytest.mark.parametrize(
    "body",
    [
        "Den Haag, 30 april 2021 Geachte voorzitter, Hierbij.",
        "Betreft TNO cijfers\nIn deze brief. Datum 12 maart 2021 ’s-Gravenhage, 1 mei 2020 s-Gravenhage 2 mei 2020",
        "geachte voorzitter, betreft iets\n",
    ],
)
def test_opening_start_lookahead_changes_no_match(body: str) -> None:
    plain = re.compile(P.OPENING_START.pattern.removeprefix("(?=[GBD'’‘s])"))
    assert plain.pattern != P.OPENING_START.pattern
    assert [m.span() for m in P.OPENING_START.finditer(body)] == [m.span() for m in plain.finditer(body)]
    assert any(True for _ in plain.finditer(body)) is body[0].isupper()
