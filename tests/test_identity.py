"""A letter without its own number gets the number other letters cite it by."""

from __future__ import annotations

from pathlib import Path

from graph.extract import extract_text
from graph.resolve.identity import resolve

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CITING = (
    "Den Haag, 30 april 2021\n\nIk geef invulling aan de toezegging in de kamerbrief «Gezond en veilig "
    "thuiswerken» van 16 november 2020<sup>1</sup>.\n\n<sup>1</sup> Kamerstuk 25 883, nr. 394.\n"
)


def letter(date: str, subject: str = "Iets anders") -> str:
    return f"Datum {date}\nBetreft {subject}\n\nTekst van de brief.\n"


def test_seed_003_gets_its_number_from_seed_000() -> None:
    docs = [
        extract_text((SEEDS / n).read_text(encoding="utf-8"), n) for n in sorted(p.name for p in SEEDS.glob("0*.txt"))
    ]
    out = {d.source[:3]: d for d in resolve(docs)}
    assert out["003"].id_from_corpus == "kst-25883-394"
    assert [out[k].id_from_corpus for k in ("000", "001", "002", "004")] == [None] * 4


def test_one_letter_of_that_date() -> None:
    out = resolve([extract_text(CITING, "a"), extract_text(letter("16 november 2020"), "b")])
    assert out[1].id_from_corpus == "kst-25883-394"
    assert out[0].id_from_corpus is None


def test_several_letters_of_that_date_need_the_title() -> None:
    docs = [
        extract_text(CITING, "a"),
        extract_text(letter("16 november 2020", "Gezond en veilig thuiswerken"), "b"),
        extract_text(letter("16 november 2020", "Stand van zaken pensioenen"), "c"),
    ]
    assert [d.id_from_corpus for d in resolve(docs)] == [None, "kst-25883-394", None]


def test_nothing_when_it_is_not_clear() -> None:
    same_day = [extract_text(letter("16 november 2020"), "b"), extract_text(letter("16 november 2020"), "c")]
    assert [d.id_from_corpus for d in resolve([extract_text(CITING, "a"), *same_day])] == [None, None, None]
    other_day = extract_text(letter("17 november 2020"), "b")
    assert resolve([extract_text(CITING, "a"), other_day])[1].id_from_corpus is None
    # the id already belongs to a letter of the corpus
    numbered = extract_text("Tekst.\n\nTweede Kamer, vergaderjaar 2020–2021, 25 883, nr. 394 1\n", "n")
    out = resolve([extract_text(CITING, "a"), extract_text(letter("16 november 2020"), "b"), numbered])
    assert out[1].id_from_corpus is None


def test_a_citation_without_a_description_says_nothing() -> None:
    citing = "Den Haag, 30 april 2021\n\nZie Kamerstuk 25 883, nr. 394 en de brief van 16 november 2020.\n"
    out = resolve([extract_text(citing, "a"), extract_text(letter("16 november 2020"), "b")])
    assert out[1].id_from_corpus is None
