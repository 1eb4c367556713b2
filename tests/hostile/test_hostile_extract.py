"""Every extractor on any string: never raises, spans inside the text and quoting it, deterministic.

Run alone with ``pytest tests/hostile``. The long campaign is ``python tests/fuzz_extract.py``;
inputs it found are kept below as regression cases.
"""

from __future__ import annotations

import pytest
from hostile_strategies import any_text, check_extract, check_spans, fold, fragment_soup, letter_text, seed_texts
from hypothesis import HealthCheck, given, settings

from graph.extract import extract_text
from graph.model import Citation, Document

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(any_text)
def test_random_unicode_text(raw: str) -> None:
    assert check_extract(raw) == []


@FAST
@given(fragment_soup)
def test_pattern_fragments_glued_together(raw: str) -> None:
    assert check_extract(raw) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letter_text())
def test_mutated_letters(raw: str) -> None:
    assert check_extract(raw) == []


@pytest.mark.parametrize("i", range(5))
def test_seed_letters_themselves(i: int) -> None:
    raw = seed_texts()[i]
    assert check_extract(raw) == []
    assert check_extract(raw.replace("\n", "\r\n")) == []


# Inputs the fuzz campaign and hand probing produced; each once broke a finder or the oracle.
REGRESSIONS = [
    "b<sup>x</sup>rief ga ik",  # non-numeric <sup> text stays in the body (oracle fold fixed)
    "",
    "\n",
    "\r\r\r",
    "<sup>",
    "<sup>1</sup>",
    "1 Kamerstuk 25 295, nr. 1\n",
    "motie1\n1 Kamerstuk",
    "De Minister van ,\nW.",
    "\u2028\u2029\x85\x0b\x0c",
    "Kamerstuk 35 669, nr. 36\u0000",
    "de motie-\nVan Weyenberg",
    "Den Haag, 31 februari 2021",
    # fuzz run 3: a stray <sup> makes PDF text Markdown, so "pandemiebe-\nstrijding" stays cut
    "De motie-Van Weyenberg<sup> is in het kader van de pandemiebe-\nstrijding uitgevoerd. Tekst.",
]


@pytest.mark.parametrize("raw", REGRESSIONS, ids=repr)
def test_regressions(raw: str) -> None:
    assert check_extract(raw) == []


def test_the_oracle_catches_a_wrong_span() -> None:
    """The invariant checker itself fails on a citation whose span does not quote its text."""
    raw = "zie Kamerstuk 25 295, nr. 1."
    bad = Document(source="x", sha256="0", length=len(raw),
                   cites=(Citation("kst-25295-1", "Kamerstuk 25 295, nr. 1", (0, 10), "25295", 1),))
    assert check_spans(raw, bad)
    good = extract_text(raw)
    assert [c.id for c in good.cites] == ["kst-25295-1"] and check_spans(raw, good) == []


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("thuis-\nwerken", "thuiswerken"),
        ("motie<sup>3</sup> is", "motie is"),
        ("b<sup>x</sup>rief", "bxrief"),
        ("**Betreft**  thuiswerken\n\n", "Betreft thuiswerken"),
        ("pandemiebe- strijding", "pandemiebestrijding"),
        ("Noord-\nHolland", "Noord- Holland"),  # a capital after the break: the hyphen is real
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


# Malformed citations give no identifier rather than a wrong one.
MALFORMED = [
    "Kamerstuk 35 669, nr.",
    "Kamerstuk 35 669, nr. 0",
    "Kamerstukken II 2020/21, 35 669, nr. 0.",
    "Kamerstuk 123456789012, nr. 5",
    "Kamerstuk 356 690 123, nr. 5",
    "Kamerstuk XXIV, nr. 5",
    "Kamerstukken II 2020/21, XXIV, nr. 12",
    "Kamerstuk 35 669 nr",
    "Kamerstuk , nr. 7",
]


@pytest.mark.parametrize("raw", MALFORMED)
def test_malformed_citation_gives_no_identifier(raw: str) -> None:
    doc = extract_text(f"Zie {raw} voor de stand van zaken.")
    assert [c.id for c in doc.cites] == []


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("Kamerstuk 35 669, nr. 36", ["kst-35669-36"]),  # the well-formed neighbour is still found
        ("Kamerstuk 35 669, nrs. 0 en 36", ["kst-35669-36"]),  # nr. 0 dropped, 36 kept
        ("Kamerstuk 35 570 XV, nr. 54", ["kst-35570-XV-54"]),
    ],
)
def test_wellformed_neighbours_still_found(raw: str, ids: list[str]) -> None:
    assert [c.id for c in extract_text(f"Zie {raw}.").cites] == ids
