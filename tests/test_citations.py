"""Kamerstuk citations, zaken, Handelingen and ministry references, in every shape we know."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.find.citations import find_citations, find_handelingen, find_references, find_zaken


def cite_ids(s: str) -> list[str]:
    return [c.id for c in find_citations(clean(s))]


# (text, expected ids in order)
CITATIONS: list[tuple[str, list[str]]] = [
    # the plain shapes
    ("Kamerstuk 35 669, nr. 36", ["kst-35669-36"]),
    ("Kamerstuk 25 295, nr.988", ["kst-25295-988"]),
    ("Kamerstuk 35 669, nr.36.", ["kst-35669-36"]),
    ("Kamerstuk 35669, nr. 36", ["kst-35669-36"]),
    ("kamerstuk 31 839, nr. 750", ["kst-31839-750"]),
    ("(Kamerstuk 30 196, nr. 731)", ["kst-30196-731"]),
    ("Kamerstuk 35\u00a0669, nr.\u00a036", ["kst-35669-36"]),
    ("Kamerstuk 27 625 nr. 546", ["kst-27625-546"]),
    ("Kamerstuk 32 793, nr 176", ["kst-32793-176"]),
    ("Kamerstuk 29 544 nr.12", ["kst-29544-12"]),
    ("Kamerstuk 33 576, nr. 180, blz. 4", ["kst-33576-180"]),
    ("zie Kamerstuk 29 282, nr. 424, p. 2", ["kst-29282-424"]),
    ("Kamerstuk 35 669, nummer 36", ["kst-35669-36"]),
    ("25883, nr. 405", ["kst-25883-405"]),
    ("(25 295, nr. 734)", ["kst-25295-734"]),
    # with a chamber and a vergaderjaar
    ("Kamerstukken II 2020/21, 25 295, nr. 912", ["kst-25295-912"]),
    ("Kamerstukken II, 2020/21, 25 295, nr. 912", ["kst-25295-912"]),
    ("Kamerstukken II 2020/2021, 25 295, nr. 912", ["kst-25295-912"]),
    ("Kamerstukken II 2020-2021, 35 570, nr. 8", ["kst-35570-8"]),
    ("Kamerstukken II 2019/20, 35 300 XV, nr. 9", ["kst-35300-XV-9"]),
    ("Kamerstukken I 2020/21, 35 570, nr. 5", ["kst-35570-5"]),
    ("Kamerstukken, vergaderjaar 2020–2021, 25295, nr. 950", ["kst-25295-950"]),
    ("Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 734", ["kst-25295-734"]),
    ("Tweede Kamer, vergaderjaar 2020–2021, 25 883 nr. 394.", ["kst-25883-394"]),
    ("Tweede Kamer, vergaderjaar 2020-2021, 35669, nr. 36", ["kst-35669-36"]),
    ("Kamerstukken II 2014/15, 34 000, nr. 2", ["kst-34000-2"]),
    ("(Kamerstukken II 2021/22, 35 925 XV, nr. 86)", ["kst-35925-XV-86"]),
    ("Kamerstukken II 2009/10, 32 123 XV, nr. 2", ["kst-32123-XV-2"]),
    ("TK 2020/21, 25 295, nr. 734", ["kst-25295-734"]),
    # bijlagen
    ("Bijlage bij Kamerstuk 35 788, nr. 77", ["kst-35788-77"]),
    ("Bijlage bij Kamerstukken 29 861 en 25 295, nr. 54", ["kst-29861-54"]),
    # several dossiers, one number: the first dossier gives the id
    ("Kamerstukken 25 295 en 25 883, nr. 983", ["kst-25295-983"]),
    ("Kamerstukken 26 834 en 25 883, nr. 54.", ["kst-26834-54"]),
    ("Kamerstukken 31 524 en 33 001, nr. 12", ["kst-31524-12"]),
    ("Kamerstukken 29 544 / 31 066, nr. 1021", ["kst-29544-1021"]),
    ("Kamerstukken 21 501-20 en 21 501-02, nr. 1234", ["kst-21501-20-1234"]),
    # toevoegingen, with or without a space or hyphen
    ("Kamerstuk 35 570 XV, nr. 54", ["kst-35570-XV-54"]),
    ("Kamerstuk 35570-XV, nr. 54", ["kst-35570-XV-54"]),
    ("Kamerstuk 35570 XV, nr. 54", ["kst-35570-XV-54"]),
    ("Kamerstuk 36 200 VII, nr. 5", ["kst-36200-VII-5"]),
    ("Kamerstuk 36 200-VII, nr. 5", ["kst-36200-VII-5"]),
    ("Kamerstuk 34 300 J, nr. 3", ["kst-34300-J-3"]),
    ("Kamerstukken II 2019/20, 35000 XVII, nr. 12", ["kst-35000-XVII-12"]),
    ("Kamerstuk 35 925 VII, nr. 51.", ["kst-35925-VII-51"]),
    ("Kamerstuk 36 410 XVII, nr. 3", ["kst-36410-XVII-3"]),
    ("Kamerstuk 34 775-XVI, nr. 7", ["kst-34775-XVI-7"]),
    ("Kamerstuk 35 300 A, nr. 10", ["kst-35300-A-10"]),
    ("Kamerstuk 36 200 IXB, nr. 4", ["kst-36200-IXB-4"]),
    # sub-dossiers
    ("Kamerstuk 21 501-20, nr. 1234", ["kst-21501-20-1234"]),
    ("Kamerstuk 21 501-07, nr. 1700", ["kst-21501-07-1700"]),
    ("Kamerstukken II 2020/21, 21 501-32, nr. 1300", ["kst-21501-32-1300"]),
    # lists and ranges
    ("Kamerstuk 32 793, nrs. 176 en 181", ["kst-32793-176", "kst-32793-181"]),
    ("Kamerstuk 29 544, nr. 12 en nr. 14", ["kst-29544-12", "kst-29544-14"]),
    ("Kamerstuk 29 544, nrs. 12 t/m 14", ["kst-29544-12", "kst-29544-13", "kst-29544-14"]),
    ("Kamerstuk 34 104, nrs. 236 tot en met 238", ["kst-34104-236", "kst-34104-237", "kst-34104-238"]),
    ("Kamerstuk 25 295, nrs. 983, 1025 en 988", ["kst-25295-983", "kst-25295-1025", "kst-25295-988"]),
    ("Kamerstukken II 2020–2021, 35 570 XV, nrs. 35 en 54", ["kst-35570-XV-35", "kst-35570-XV-54"]),
    ("Kamerstuk 31 322, nr. 440 en nr. 441", ["kst-31322-440", "kst-31322-441"]),
    ("Kamerstuk 29 544, nrs. 12 & 14", ["kst-29544-12", "kst-29544-14"]),
    # a list item that is the start of the next citation's dossier is not a number
    ("Kamerstuk 35 570 XV, nr. 54 en 25 295, nr. 912", ["kst-35570-XV-54", "kst-25295-912"]),
    ("Kamerstukken II 2020/21, 35 420, nr. 236; 25 295, nr. 1001", ["kst-35420-236", "kst-25295-1001"]),
    ("Kamerstuk 35 570 XV, nr. 54; Kamerstuk 35 570 XV, nr. 35", ["kst-35570-XV-54", "kst-35570-XV-35"]),
    ("Kamerstukken 21 501-31, nr. 600 en 21 501-32, nr. 1300", ["kst-21501-31-600", "kst-21501-32-1300"]),
    # in running text and footnotes, both shapes
    ("de motie van het lid Tielen (Kamerstuk 35 570 XV, nr. 35) is aangenomen.", ["kst-35570-XV-35"]),
    ("<sup>16</sup> Kamerstuk 25 883, nr. 394.", ["kst-25883-394"]),
    ("Noot 3 Kamerstuk 35 669, nr. 36", ["kst-35669-36"]),
    ("de brief van 2 februari (Kamerstuk 25 295, nr. 926) meldt", ["kst-25295-926"]),
    # the identifier as the publication site writes it
    ("zie https://zoek.officielebekendmakingen.nl/kst-35669-36.html", ["kst-35669-36"]),
    ("zie kst-35570-XV-54", ["kst-35570-XV-54"]),
    ("zie kst-21501-20-1234", ["kst-21501-20-1234"]),
]


@pytest.mark.parametrize(("text", "expected"), CITATIONS, ids=[t for t, _ in CITATIONS])
def test_citation_shapes(text: str, expected: list[str]) -> None:
    assert cite_ids(text) == expected


NEGATIVES = [
    "Den Haag, 30 april 2021",
    "op 24 november 2020 is de motie aangenomen",
    "Het kabinet maakt € 5 miljoen vrij.",
    "een bedrag van € 35 000, nr. 4 op de lijst",
    "Het gaat om 25 295 werknemers, nr. 3 in de ranglijst",
    "68% werkt volledig thuis, 25 295% is onzin",
    "T 070 333 44 44",
    "Postbus 90801 2509 LV Den Haag",
    "artikel 3, nr. 2 van de regeling",
    "Stcrt. 2021, nr. 12345",
    "Handelingen II 2020/21, nr. 27, items 3 en 6",
    "Kamerstuk 2021Z01131",
    "met kenmerk 2021Z01485",
    "Kamerstuk 34 919",
    "Kamerstuk 34 919, nr. 0",
    "Kamerstuk 123456789012, nr. 3",
    "XXIV, nr. 5",
    "Kenmerk 2020-0000154934",
    "Onze referentie 2021-0000028336, nr. 5",
    "in de jaren 2019/20, 2020/21 en 2021/22",
    "Kamerstuk 35 669-36",
    "zaak 2021D12345",
    "Stb. 2020, 123",
    "1,7% (2022) van het totale fiscale loon tot en met € 400.000",
    "Kamerstuk 25 295, nr. 1234567",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_citation(text: str) -> None:
    assert cite_ids(text) == []


def test_several_dossiers_are_all_recorded() -> None:
    (c,) = find_citations(clean("Kamerstukken 25 295 en 25 883, nr. 983"))
    assert (c.id, c.dossier, c.dossiers, c.nr) == ("kst-25295-983", "25295", ("25295", "25883"), 983)


def test_citation_fields() -> None:
    raw = "zie Kamerstukken II 2020/21, 35 570 XV, nr. 54 hierover"
    (c,) = find_citations(clean(raw))
    assert raw[c.span[0] : c.span[1]] == c.text == "Kamerstukken II 2020/21, 35 570 XV, nr. 54"
    assert (c.dossier, c.toevoeging, c.nr, c.vergaderjaar) == ("35570-XV", "XV", 54, "2020-2021")


ZAKEN = [
    ("met kenmerk 2021Z01485", [("2021Z01485", "zaak")]),
    ("(Kamerstuk 2021Z01131)", [("2021Z01131", "zaak")]),
    ("document 2021D12345 en zaak 2020Z23456", [("2021D12345", "document"), ("2020Z23456", "zaak")]),
    ("Uw kenmerk 2021Z01485", [("2021Z01485", "zaak")]),
    ("bestand_2021Z01485x", []),
    ("1999Z1234", []),
]


@pytest.mark.parametrize(("text", "expected"), ZAKEN)
def test_zaken(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(z.id, z.kind) for z in find_zaken(clean(text))] == expected
    assert cite_ids(text) == []


HANDELINGEN = [
    ("Handelingen II 2020/21, nr. 27, items 3 en 6", [("h-tk-20202021-27", (3, 6))]),
    ("Handelingen II 2019/20, nr. 5, item 12", [("h-tk-20192020-5", (12,))]),
    ("Handelingen II 2020–2021, nr. 27", [("h-tk-20202021-27", ())]),
    ("Handelingen II, 2020/21, nr. 27, items 3, 4 en 6", [("h-tk-20202021-27", (3, 4, 6))]),
    ("Handelingen I 2020/21, nr. 10, item 5", [("h-ek-20202021-10", (5,))]),
    ("Handelingen II 2021/22, nr. 45, items 3 t/m 5", [("h-tk-20212022-45", (3, 4, 5))]),
    # the Aanhangsel is a publication of its own (more in tests/test_accuracy_citations.py)
    ("Aanhangsel Handelingen II 2020/21, nr. 1234", [("ah-tk-20202021-1234", ())]),
    ("Handelingen II 2020/21, nr. 1234", []),
    ("Handelingen II 2020/22, nr. 27", []),
]


@pytest.mark.parametrize(("text", "expected"), HANDELINGEN)
def test_handelingen(text: str, expected: list[tuple[str, tuple[int, ...]]]) -> None:
    assert [(h.id, h.items) for h in find_handelingen(clean(text))] == expected
    assert cite_ids(text) == []


REFERENCES = [
    ("Kenmerk 2020-0000154934", [("2020-0000154934", "ministry")]),
    ("Onze referentie 2021-0000028336", [("2021-0000028336", "ministry")]),
    ("**Onze referentie**  \n2021-0000028336\n", [("2021-0000028336", "ministry")]),
    ("Ons kenmerk 2021-0000012345", [("2021-0000012345", "ministry")]),
    ("Kenmerk 3145678-1008655-PG", [("3145678-1008655-PG", "ministry")]),
    ("Ons kenmerk IENW/BSK-2021/12345", [("IENW/BSK-2021/12345", "ministry")]),
    ("Onze referentie\n27939474\n", [("27939474", "ministry")]),
    ("Uw kenmerk 2021Z01485", []),  # a zaak number, found as a zaak
    ("het kenmerk van deze aanpak is dat", []),
    ("Kenmerk: 2020-0000154934", [("2020-0000154934", "ministry")]),
]


@pytest.mark.parametrize(("text", "expected"), REFERENCES)
def test_references(text: str, expected: list[tuple[str, str]]) -> None:
    refs = find_references(clean(text))
    assert [(r.id, r.kind) for r in refs] == expected
    for r in refs:
        assert text[r.span[0] : r.span[1]] == r.id
    assert cite_ids(text) == []
