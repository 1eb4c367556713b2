"""A letter's own identity: number, dossiers, date, sender, addressee, subject, reference."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.find.metadata import find_metadata
from graph.model import Sender

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

HEADERS = [
    # Markdown from the publication site: one part per line
    (
        "Vergaderjaar 2020–2021\n\n**25 295**\n\n**Infectieziektenbestrijding**\n\n**25 883**\n\n"
        "**Arbeidsomstandigheden**\n\n**Nr. 1172**\n\n**BRIEF VAN DE MINISTER**\n\nDen Haag, 30 april 2021\n",
        "kst-25295-1172",
        {"25295": "Infectieziektenbestrijding", "25883": "Arbeidsomstandigheden"},
        "2020-2021",
    ),
    # PDF text with the header on one line
    (
        "31 293 Primair Onderwijs / Nr. 396 BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP\n\n"
        "Den Haag, 12 juni 2018\n",
        "kst-31293-396",
        {"31293": "Primair Onderwijs"},
        "2017-2018",  # stated nowhere: the vergaderjaar its date falls in
    ),
    (
        "36 200 VII\nVaststelling van de begrotingsstaten (VII) voor het jaar 2023\n\nNr. 12\n\n"
        "BRIEF VAN DE STAATSSECRETARIS\n",
        "kst-36200-VII-12",
        {"36200-VII": "Vaststelling van de begrotingsstaten (VII) voor het jaar 2023"},
        None,
    ),
    (
        "21 501-20\nEuropese Raad\nNr. 1234\n\nDen Haag, 3 maart 2022\n",
        "kst-21501-20-1234",
        {"21501-20": "Europese Raad"},
        "2021-2022",
    ),
    # PDF text wraps the toevoeging of the second dossier onto its title line (kst-36600-B-9, 2024)
    (
        "36 600 B Vaststelling van de begrotingsstaat van het gemeentefonds voor het jaar 2025\n36 600\n"
        "C Vaststelling van de begrotingsstaat van het provinciefonds voor het jaar 2025\nNr. 9\n"
        "BRIEF VAN DE MINISTER\n",
        "kst-36600-B-9",
        {
            "36600-B": "Vaststelling van de begrotingsstaat van het gemeentefonds voor het jaar 2025",
            "36600-C": "Vaststelling van de begrotingsstaat van het provinciefonds voor het jaar 2025",
        },
        None,
    ),
    # only the page footer names the letter (its last figure is the page number)
    (
        "Tekst van de brief.\n\nTweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 425 9\n",
        "kst-25883-425",
        {"25883": ""},
        "2021-2022",
    ),
    # a letter that does not name itself
    (
        "Datum 3 februari 2021\nBetreft TNO cijfers thuiswerken\n\nZie Kamerstuk 25 295, nr. 912.\n",
        None,
        {},
        "2020-2021",
    ),
]


@pytest.mark.parametrize(("raw", "own", "dossiers", "vj"), HEADERS)
def test_own_identity(raw: str, own: str | None, dossiers: dict[str, str], vj: str | None) -> None:
    meta = find_metadata(clean(raw))
    assert (meta.id, meta.dossiers, meta.vergaderjaar) == (own, dossiers, vj)


def test_own_number_is_never_a_citation() -> None:
    raw = (
        "Tekst met een verwijzing naar Kamerstuk 25 295, nr. 912.\n\n"
        "Tweede Kamer, vergaderjaar 2021–2022, 25 883, nr. 425 2\n"
    )
    doc = extract_text(raw)
    assert doc.id == "kst-25883-425"
    assert [c.id for c in doc.cites] == ["kst-25295-912"]


DATES = [
    ("Den Haag, 30 april 2021", "2021-04-30"),
    ("Datum 3 februari 2021", "2021-02-03"),
    ("**Datum**  \n3 februari 2021", "2021-02-03"),
    ("Datum: 3 februari 2021", "2021-02-03"),
    ("'s-Gravenhage, 1 november 2022", "2022-11-01"),
    ("’s-Gravenhage, 1 november 2022", "2022-11-01"),
    ("Den Haag, 30\u00a0april 2021", "2021-04-30"),
    ("Den Haag, 31 april 2021", None),  # no such day: nothing guessed
    ("De motie is op 24 november 2020 aangenomen.", None),  # a date in the text is not the letter's
]


@pytest.mark.parametrize(("line", "date"), DATES)
def test_date(line: str, date: str | None) -> None:
    meta = find_metadata(clean(f"Aan de Voorzitter van de Tweede Kamer\n\n{line}\n\nTekst van de brief.\n"))
    assert meta.date == date
    assert ("no date line in the letter; date left empty" in meta.warnings) == (date is None)


SIGNATURES = [
    (
        "De Minister van Sociale Zaken en Werkgelegenheid,\nW. Koolmees",
        "Minister van Sociale Zaken en Werkgelegenheid",
        "W. Koolmees",
    ),
    (
        "De Minister van Sociale Zaken  \nen Werkgelegenheid,\n\nW. Koolmees",
        "Minister van Sociale Zaken en Werkgelegenheid",
        "W. Koolmees",
    ),
    (
        "Met vriendelijke groet,\nDe Minister van Sociale Zaken \nen Werkgelegenheid,\n\nW. Koolmees \n",
        "Minister van Sociale Zaken en Werkgelegenheid",
        "W. Koolmees",
    ),
    (
        "De Staatssecretaris van Sociale Zaken en Werkgelegenheid, \nB. van ’t Wout",
        "Staatssecretaris van Sociale Zaken en Werkgelegenheid",
        "B. van 't Wout",
    ),
    (
        "De Minister van Sociale Zaken en Werkgelegenheid, \nC.E.G. van Gennip",
        "Minister van Sociale Zaken en Werkgelegenheid",
        "C.E.G. van Gennip",
    ),
    (
        "De Minister voor Basis- en Voortgezet Onderwijs en Media,\nA. Slob",
        "Minister voor Basis- en Voortgezet Onderwijs en Media",
        "A. Slob",
    ),
    (
        "De Minister-President,\nMinister van Algemene Zaken,\n\nM. Rutte",
        "Minister-President, Minister van Algemene Zaken",
        "M. Rutte",
    ),
    (
        "Hoogachtend,\n\nde minister van Volksgezondheid, Welzijn en Sport,\n\n\n\nH.M. de Jonge",
        "Minister van Volksgezondheid, Welzijn en Sport",
        "H.M. de Jonge",
    ),
    ("De Minister voor Medische Zorg en Sport,\ndrs. T. van Ark", "Minister voor Medische Zorg en Sport", "T. van Ark"),
    (
        "De Minister van Justitie en Veiligheid,\nmr. drs. F. Grapperhaus",
        "Minister van Justitie en Veiligheid",
        "F. Grapperhaus",
    ),
    (
        "De minister van Landbouw, Natuur en Voedselkwaliteit,\n\n\nCarola Schouten",
        "Minister van Landbouw, Natuur en Voedselkwaliteit",
        "Carola Schouten",
    ),
    (
        "De Minister voor Armoedebeleid, Participatie en \nPensioenen, \n\nC.J. Schouten \n",
        "Minister voor Armoedebeleid, Participatie en Pensioenen",
        "C.J. Schouten",
    ),
    (
        "De Minister van Binnenlandse Zaken en\nKoninkrijksrelaties,\n\nmr. drs. H.G.J. Bruins Slot",
        "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
        "H.G.J. Bruins Slot",
    ),
    # officielebekendmakingen.nl HTML: role and name on one line (kst-19637-2302)
    (
        "De Staatssecretaris van Veiligheid en Justitie, K.H.D.M. Dijkhoff",
        "Staatssecretaris van Veiligheid en Justitie",
        "K.H.D.M. Dijkhoff",
    ),
    (
        "De Minister van Onderwijs, Cultuur en Wetenschap, I.K. van Engelshoven",
        "Minister van Onderwijs, Cultuur en Wetenschap",
        "I.K. van Engelshoven",
    ),
]


@pytest.mark.parametrize(("block", "role", "name"), SIGNATURES)
def test_signature(block: str, role: str, name: str) -> None:
    meta = find_metadata(clean(f"Den Haag, 1 juni 2021\n\nTekst van de brief.\n\n{block}\n"))
    assert meta.sender == Sender(role, name)


def test_two_signers_keep_the_first_with_a_warning() -> None:
    raw = (
        "Tekst.\n\nDe Minister van Sociale Zaken en Werkgelegenheid,\n\nW. Koolmees\n\n"
        "De Staatssecretaris van Sociale Zaken en Werkgelegenheid,\n\nB. van 't Wout\n"
    )
    meta = find_metadata(clean(raw))
    assert meta.sender == Sender("Minister van Sociale Zaken en Werkgelegenheid", "W. Koolmees")
    assert any("B. van 't Wout" in w for w in meta.warnings)


NO_SIGNATURE = [
    "In overleg met de Minister van Financiën,\nde heer Hoekstra, is besloten dat het zo gaat.",
    "Zoals de minister van Financiën,\nin haar brief van 3 maart 2021 schreef, gaat het goed.",
    "Tekst zonder ondertekening.",
    "Tekst.\nDe Minister van Financiën, die de brief schreef, is het eens.",
    "Tekst.\nDe Minister van Financiën, W. Hoekstra, heeft dit toegezegd.",
]


@pytest.mark.parametrize("raw", NO_SIGNATURE)
def test_no_signature(raw: str) -> None:
    meta = find_metadata(clean(raw))
    assert meta.sender == Sender()
    assert "no signature found; sender left empty" in meta.warnings


def test_header_fields_of_a_ministry_letter() -> None:
    raw = (
        "> Retouradres Postbus 90801 2509 LV Den Haag\n\nDe voorzitter van de Tweede Kamer  \nder Staten-Generaal  \n"
        "Binnenhof 1A  \n2513 AA Den Haag\n\nT 070 333 44 44\n\n**Onze referentie**  \n2021-0000028336\n\n"
        "Datum 3 februari 2021  \nBetreft TNO cijfers thuiswerken\n\nTekst.\n"
    )
    meta = find_metadata(clean(raw))
    assert (meta.date, meta.subject, meta.reference, meta.id) == (
        "2021-02-03",
        "TNO cijfers thuiswerken",
        "2021-0000028336",
        None,
    )


SEED_META = [
    ("000_66ea02ed325e333a.txt", "kst-25295-1172", "2021-04-30", "W. Koolmees"),
    ("001_8bf5640112f1901c.txt", None, None, "W. Koolmees"),
    ("002_b95bf918908941a6.txt", None, "2021-02-03", "W. Koolmees"),
    ("003_94d44916ac137ffd.txt", None, "2020-11-16", "B. van 't Wout"),
    ("004_ffa0b9494478ea14.txt", "kst-25883-425", None, "C.E.G. van Gennip"),
]


@pytest.mark.parametrize(("name", "own", "date", "sender"), SEED_META)
def test_seeds(name: str, own: str | None, date: str | None, sender: str) -> None:
    meta = find_metadata(clean((SEEDS / name).read_text(encoding="utf-8")))
    assert (meta.id, meta.date, meta.sender.name) == (own, date, sender)
