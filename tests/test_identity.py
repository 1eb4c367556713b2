"""A letter without its own number gets the number other letters cite it by."""

from __future__ import annotations

from pathlib import Path

from graph.extract import extract_text
from graph.model import Document
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


# --- enclosures dated by the covering letter -------------------------------------------------

COVER = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 mei 2023

Op 3 mei jl. heeft het kabinet de Gezondheidsraad om advies gevraagd over luchtkwaliteit in scholen
(zie bijlage bij deze brief).

De Minister van Volksgezondheid, Welzijn en Sport,
E.J. Kuipers
"""
ANNEX = """Met deze brief vraag ik de Gezondheidsraad om advies over de luchtkwaliteit in scholen en
de ventilatie van klaslokalen.

De Minister van Volksgezondheid, Welzijn en Sport,

E.J. Kuipers
"""
OTHER = """Met deze brief vraag ik de Onderwijsraad om een verkenning van lerarentekorten.

De Minister van Onderwijs, Cultuur en Wetenschap,

R.H. Dijkgraaf
"""


def _corpus(*texts: str) -> list[Document]:
    from graph.extract import extract_text
    from graph.resolve import resolve_corpus

    return resolve_corpus([extract_text(t, f"l{i}.txt") for i, t in enumerate(texts)])


def test_enclosure_gets_the_date_the_covering_letter_gives() -> None:
    cover, annex, other = _corpus(COVER, ANNEX, OTHER)
    assert cover.annexes and cover.annexes[0].date == "2023-05-03"
    assert annex.date is None and annex.date_from_corpus == "2023-05-03"
    assert annex.annex_of == "l0.txt"
    assert other.date_from_corpus is None


def test_enclosure_needs_a_dated_sentence() -> None:
    cover = COVER.replace("Op 3 mei jl. heeft", "Recent heeft")
    _, annex, _ = _corpus(cover, ANNEX, OTHER)
    assert annex.date_from_corpus is None


def test_two_equally_fitting_letters_get_nothing() -> None:
    _, a, b = _corpus(COVER, ANNEX, ANNEX.replace("klaslokalen", "lokalen"))
    assert a.date_from_corpus is None and b.date_from_corpus is None


def test_seed_annex_is_dated_by_the_letter_it_came_with(seed_docs: list[Document]) -> None:
    by_name = {d.source.rsplit("/", 1)[-1]: d for d in seed_docs}
    annex = by_name["001_8bf5640112f1901c.txt"]
    assert annex.date is None  # never guessed into the letter's own date
    assert annex.date_from_corpus == "2021-03-30"
    assert annex.annex_of == "kst-25295-1172"
