"""A cited letter's date without its year ("bij brief van 18 april jl. (Kamerstuk 35 165, nr. 2)"),
resolved against the citing letter's date, as real letters write it (kst-29279-874)."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.find.citations import find_citations


@pytest.mark.parametrize(
    ("raw", "letter_date", "expected"),
    [
        ("Bij brief van 18 april jl. (Kamerstuk 35 165, nr. 2) heb ik uw Kamer geïnformeerd over de voortgang.",
         "2024-09-12", "2024-04-18"),
        # jl. across the turn of the year
        ("Bij brief van 20 december jongstleden (Kamerstuk 35 165, nr. 2) heb ik uw Kamer geïnformeerd.",
         "2024-01-15", "2023-12-20"),
        ("In de brief van 18 april a.s. (Kamerstuk 35 165, nr. 2) ga ik hierop in.", "2024-01-15", "2024-04-18"),
        # a bare day and month points back, as every such date does
        ("In mijn brief van 2 mei (Kamerstuk 35 165, nr. 2) schreef ik dat al.", "2024-09-12", "2024-05-02"),
        ("De voortgangsbrief van 18 april jl. (Kamerstukken II 2023/24, 35 165, nr. 2) beschrijft dat.",
         "2024-09-12", "2024-04-18"),
        # a full date needs no letter date
        ("In de brief van 18 april 2023 (Kamerstuk 35 165, nr. 2) heb ik dat beschreven.", None, "2023-04-18"),
        # "d.d." dates the letter, whatever it is about
        ("De brief over het commissiedebat (d.d. 18 april jl.) (Kamerstuk 35 165, nr. 2) volgt.", "2024-09-12",
         "2024-04-18"),
        # PDF text: a footnote marker right after the date
        ("Bij brief van 18 april jl.1 heb ik uw Kamer geïnformeerd over de voortgang van het programma.\n\n"
         "1 Kamerstuk 35 165, nr. 2.\n", "2024-09-12", "2024-04-18"),
    ],
    ids=["jl", "jongstleden-new-year", "as", "bare", "kamerstukken-prefix", "full-date", "dd", "footnote-marker"],
)
def test_cited_letter_date_without_year(raw: str, letter_date: str | None, expected: str) -> None:
    [cite] = find_citations(clean(raw), letter_date)
    assert cite.id == "kst-35165-2"
    assert cite.letter_date == expected


@pytest.mark.parametrize(
    ("raw", "letter_date"),
    [
        # no letter date to resolve "jl." against
        ("Bij brief van 18 april jl. (Kamerstuk 35 165, nr. 2) heb ik uw Kamer geïnformeerd.", None),
        # the citation does not stand right after the date: it need not be that letter
        ("Bij brief van 18 april jl. heb ik uw Kamer geïnformeerd (Kamerstuk 35 165, nr. 2).", "2024-09-12"),
        # the date is not the letter's: a debate's date in between
        ("De brief over het debat van 18 april jl. (Kamerstuk 35 165, nr. 2) volgt.", "2024-09-12"),
        ("In de brief over het commissiedebat van 14 maart 2024 (Kamerstuk 35 165, nr. 2) staat dat.", None),
        ("De brief over het SER-advies van 3 mei jl. (Kamerstuk 35 165, nr. 2) volgt.", "2024-09-12"),
        # a day, month and number are no date of a letter
        ("De brief van 18 april 35 165 (Kamerstuk 35 165, nr. 2) volgt.", "2024-09-12"),
        # no "brief" before the date
        ("Tijdens het debat van 18 april jl. (Kamerstuk 35 165, nr. 2) is dat besproken.", "2024-09-12"),
    ],
    ids=["no-letter-date", "not-right-after", "debate-date", "debate-full-date", "advice-date", "number-after",
         "no-brief"],
)
def test_cited_letter_date_negatives(raw: str, letter_date: str | None) -> None:
    [cite] = find_citations(clean(raw), letter_date)
    assert cite.letter_date is None


def test_extract_resolves_against_the_letters_own_date() -> None:
    raw = (
        "Den Haag, 12 september 2024\n\n"
        "Bij brief van 18 april jl. (Kamerstuk 35 165, nr. 2) heb ik uw Kamer geïnformeerd over de voortgang.\n"
    )
    doc = extract_text(raw, "kst-29279-874.txt").to_json()
    assert [(c["id"], c["letter_date"]) for c in doc["cites"]] == [("kst-35165-2", "2024-04-18")]
