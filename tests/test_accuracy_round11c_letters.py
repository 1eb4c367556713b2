"""Round 11c: citations after "nummer", verslagen's dates, Eerste Kamer headings and Roman dossiers,
senders outside the cabinet, notes set above their markers, markers in copies without notes.

Passages are real (kst-33506-AB, kst-34550-VI-U, kst-CXXIV-G, kst-34700-19, kst-34225-15, kst-31066-444,
kst-31066-857) or built on the shape of the generated PDF letters (bench/generate.py)."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.find.citations import find_citations
from graph.find.metadata import find_metadata


def _cites(raw: str) -> list[str]:
    return [c.id for c in find_citations(clean(raw))]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # an anchor "nummer 35" that gives no citation must not cut the dossier of the one after it
        ("De motie met nummer 35 570 VIII, nr. 9 is aangenomen.", ["kst-35570-VIII-9"]),
        ("Zie ook (nummer 35 570 VIII, nr. 10).", ["kst-35570-VIII-10"]),
        ("Bij motie nummer 12 en Kamerstuk 25 295, nr. 3.", ["kst-25295-3"]),
        ("de motie met nummer 35570-VIII, nr. 9", ["kst-35570-VIII-9"]),
        # negatives: a number after "nummer" alone is no Kamerstuk
        ("Het nummer 35 570 is een dossier.", []),
        ("Motie nummer 9 van het lid Jansen.", []),
    ],
)
def test_citation_after_nummer(raw: str, expected: list[str]) -> None:
    assert _cites(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("het verslag (Kamerstukken I 2017/18, CXXIV, G) over", ["kst-CXXIV-G"]),
        ("bij brief (EK CXXIV, E en F) heeft", ["kst-CXXIV-E", "kst-CXXIV-F"]),
        ("Eerste Kamer, vergaderjaar 2016–2017, CXXIV, A.", ["kst-CXXIV-A"]),
        ("Kamerstukken I 2017/18, CXXIV, G en EK 35 570, A", ["kst-CXXIV-G", "kst-35570-A"]),
        # negatives: an enclosure's letter, a Tweede Kamer dossier with a comma, no prefix at all
        ("Zie bijlage C, D en E.", []),
        ("Kamerstuk 35 570, C is een fonds.", []),
        ("de projecten CXXIV, G en H", []),
    ],
)
def test_eerste_kamer_roman_dossier_cited(raw: str, expected: list[str]) -> None:
    assert sorted(_cites(raw)) == sorted(expected)


VERSLAG_EK = """34 550 VI Vaststelling van de begrotingsstaten van het Ministerie van Veiligheid en Justitie (VI)

U VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

Vastgesteld 30 augustus 2017

De leden van de vaste commissie voor Veiligheid en Justitie1 hebben kennisgenomen van de brief.

De voorzitter van de vaste commissie voor Veiligheid en Justitie, Duthler

BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE

Aan de Minister van Veiligheid en Justitie

Den Haag,19 mei 2017

De leden van de vaste commissie hebben met belangstelling kennisgenomen van uw brief van 29 maart 2017.
"""

ROMAN_EK = """CXXIV Verslag van de Tijdelijke Commissie Werkwijze Eerste Kamer

G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL

Aan de leden

Den Haag, 5 december 2017

Met inachtneming van het bepaalde in de artikelen 157 en 158 zend ik u hiermee een voorstel toe.
"""

LIJST = """31 066 Belastingdienst

Nr. 444 LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 4 december 2018

De vaste commissie voor Financiën heeft een aantal vragen voorgelegd over de brief van 31 oktober 2018
inzake de 22e halfjaarsrapportage Belastingdienst (Kamerstuk 31 066, nr. 438).
"""

LETTER = """31 066 Belastingdienst

Nr. 857 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 29 juni 2021

Het verslag, vastgesteld op 3 mei, is
Vastgesteld 12 juli 2021
maar dat is de datum van iets anders.
"""


@pytest.mark.parametrize(
    ("raw", "id_", "date", "dossiers"),
    [
        (VERSLAG_EK, "kst-34550-VI-U", "2017-08-30", ["34550-VI"]),  # not the reprinted letter's 19 mei
        (ROMAN_EK, "kst-CXXIV-G", "2017-12-05", ["CXXIV"]),
        (LIJST, "kst-31066-444", "2018-12-04", ["31066"]),
        # a "Vastgesteld" line after the letter's own date line dates something else
        (LETTER, "kst-31066-857", "2021-06-29", ["31066"]),
        ("36 600 Iets\n\nNr. 3 MEMORIE VAN ANTWOORD\n\nOntvangen 30 juni 2020\n\nDe regering …\n",
         "kst-36600-3", "2020-06-30", ["36600"]),
    ],
)
def test_document_id_and_date(raw: str, id_: str, date: str, dossiers: list[str]) -> None:
    meta = find_metadata(clean(raw))
    assert (meta.id, meta.date, list(meta.dossiers)) == (id_, date, dossiers)


@pytest.mark.parametrize(
    "heading",
    [
        "I ALGEMEEN",  # a section numbered in Roman figures is no Eerste Kamer heading
        "A INLEIDING",
        "II VRAGEN EN OPMERKINGEN",
    ],
)
def test_section_heading_is_no_document_letter(heading: str) -> None:
    raw = f"34 550 VI Vaststelling\n\n{heading}\n\nVastgesteld 30 augustus 2017\n\nTekst.\n"
    assert find_metadata(clean(raw)).id is None


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Nr. 19 BRIEF VAN DE INFORMATEUR", "Informateur"),
        ("Nr. 15 BRIEF VAN DE ALGEMENE REKENKAMER", "Algemene Rekenkamer"),
        ("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT",
         "Voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport"),
        ("G BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL",
         "Voorzitter van de Eerste Kamer der Staten-Generaal"),
        ("Nr. 4 BRIEF VAN DE VASTE COMMISSIE VOOR FINANCIËN", "Vaste commissie voor Financiën"),
        ("Nr. 46 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
         "Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
        # a sentence naming such a letter is no heading
        ("Zie de brief van de informateur van 3 mei.", None),
        ("BRIEF VAN DE VOORZITTER van de commissie", None),
    ],
)
def test_sender_from_heading(heading: str, role: str | None) -> None:
    raw = f"34 700 Kabinetsformatie 2017\n\n{heading}\n\nDen Haag, 29 mei 2017\n\nIk rond vandaag af.\n"
    assert find_metadata(clean(raw)).sender.role == role


GENERATED = """Den Haag, 12 maart 2017

In deze brief informeer ik u. Het kabinet hecht er grote waarde aan de motie1 en de brief2. Het kabinet hecht er

1 Kamerstuk 32 847, nr. 132.
2 Kamerstukken II 2015/16, 33 529, nr. 106
3 Tweede Kamer, vergaderjaar 2016–2017, 31 066, nr. 404
 grote waarde aan dat het mkb-beleid aandacht krijgt. Zoals gemeld in de brief over de gaswinning3 is hier
verder gewerkt aan een oplossing.

Over de motie van de leden Kröger en Van Dijk4 informeer ik uw Kamer begin 2018.

4 Kamerstuk 31 066, nr. 399.
"""


def test_note_above_its_marker_after_a_page_break() -> None:
    text = clean(GENERATED)
    assert [f.marker for f in text.footnotes] == ["1", "2", "3", "4"]
    assert "vergaderjaar" not in text.body
    assert "gaswinning is hier" in text.body
    cited = {c.id: c.footnote for c in find_citations(text)}
    assert cited["kst-31066-404"] == "3"


def test_numbered_line_in_text_is_no_note() -> None:
    raw = (
        "Den Haag, 12 maart 2017\n\nDe motie1 is aangenomen. Het aantal steeg naar\n"
        "2 Kamerstuk-achtige zaken\nen meer.\n"
    )
    assert clean(raw).footnotes == ()


@pytest.mark.parametrize(
    ("raw", "body", "markers"),
    [
        # kst-31066-857 as copied without its notes
        ("Door Andersson Elffers Felix (AEF)1, en het advies. Ik bied het aan2.\n\n"
         "In juni 2020 heb ik aan uw Kamer toegezegd3 om de hersteloperatie door te lichten.\n",
         "Door Andersson Elffers Felix (AEF), en het advies. Ik bied het aan.\n\n"
         "In juni 2020 heb ik aan uw Kamer toegezegd om de hersteloperatie door te lichten.",
         ["1", "2", "3"]),
        # one glued figure is not certain; figures, units, capitals and years stay text
        ("Alleen de motie1 hier.\n", "Alleen de motie1 hier.", []),
        ("Het CO2-gehalte en 50 m2 en km2 werd1 gemeten. In 2021 is dat2 verbeterd. Versie 2.1 en COVID-19.\n",
         "Het CO2-gehalte en 50 m2 en km2 werd gemeten. In 2021 is dat verbeterd. Versie 2.1 en COVID-19.",
         ["1", "2"]),
        ("De A1 en A2 en artikel 3 en 2021Z01485 en de brief van 16 februari 20181 en 20192.\n",
         "De A1 en A2 en artikel 3 en 2021Z01485 en de brief van 16 februari 20181 en 20192.", []),
    ],
)
def test_markers_in_a_copy_without_notes(raw: str, body: str, markers: list[str]) -> None:
    text = clean(raw)
    assert (text.body, [m.marker for m in text.markers]) == (body, markers)


@pytest.mark.parametrize(
    ("raw", "sentences"),
    [
        ("Ik sprak met mw. Westerveld over de motie. Zij was blij.",
         ["Ik sprak met mw. Westerveld over de motie.", "Zij was blij."]),
        ("Gesprek met prof. Jansen, drs. Pietersen, ir. De Vries, dr. Bakker en mr. Klaas. Einde.",
         ["Gesprek met prof. Jansen, drs. Pietersen, ir. De Vries, dr. Bakker en mr. Klaas.", "Einde."]),
        ("Dat meldde dhr. Snel. Als bijlage stuur ik het.", ["Dat meldde dhr. Snel.", "Als bijlage stuur ik het."]),
    ],
)
def test_titles_end_no_sentence(raw: str, sentences: list[str]) -> None:
    text = clean(raw + "\n")
    assert [text.body[s:e] for s, e in text.sentences] == sentences


def test_verslag_document_end_to_end() -> None:
    doc = extract_text(VERSLAG_EK, "kst-34550-VI-U.txt")
    assert (doc.id, doc.date, doc.sender.role) == (
        "kst-34550-VI-U", "2017-08-30", "Voorzitter van de vaste commissie voor Veiligheid en Justitie"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the EU councils' dossier is held only in sub-dossiers: "Kamerstuk 21501-20" names one, no document
        ("Zie kamerstuk 21501-20 over de Europese Raad.", []),
        ("de geannoteerde agenda (Kamerstuk 21501-32-1730)", ["kst-21501-32-1730"]),
        ("Kamerstuk 21 501-20, nr. 1234", ["kst-21501-20-1234"]),
        # another dossier in the compact form keeps its document number
        ("de motie Marijnissen c.s. (Kamerstuk 35510-21)", ["kst-35510-21"]),
        # a dossier named without a document gives no citation (no document is invented)
        ("De Defensienota is naar uw Kamer gezonden (Kamerstuk 34 919).", []),
        ("Zie dossier 25 883 en Kamerstukken 35 570 en 35 925.", []),
    ],
)
def test_dossier_without_document(raw: str, expected: list[str]) -> None:
    assert _cites(raw) == expected


@pytest.mark.parametrize(
    ("raw", "markers"),
    [
        # kst-31288-1072 without its notes: markers after a sentence's end
        ("Ik heb een verkenning aangekondigd.1 Met deze brief bied ik haar aan. "
         "Zij hebben alles verzameld.2 Klaar.", ["1", "2"]),
        # numbers after an abbreviation's stop stay text
        ("Zie nr.1 en blz.2 en art.3 hier.", []),
    ],
)
def test_markers_after_a_stop_in_a_copy_without_notes(raw: str, markers: list[str]) -> None:
    assert [m.marker for m in clean(raw + "\n").markers] == markers


def test_tkconv_chair_signs_a_verslag() -> None:
    raw = (
        "Gerelateerde personen:- Eerste ondertekenaar: L. Bromet, voorzitter van de vaste commissie voor "
        "Onderwijs, Cultuur en Wetenschap (GroenLinks-PvdA)\n- Mede ondertekenaar: M.H.M. Huls, adjunct-griffier\n"
        "Onderdeel van kamerstukdossier 21501 34-428 Raad voor Onderwijs, Jeugd, Cultuur en Sport .\n"
        "21 501-34 Raad voor Onderwijs, Jeugd, Cultuur en Sport\nNr. 428 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n"
        "Vastgesteld 21 november 2024\nDe vaste commissie heeft vragen voorgelegd.\n"
    )
    meta = find_metadata(clean(raw))
    assert (meta.id, meta.date, meta.sender.role, meta.sender.name) == (
        "kst-21501-34-428", "2024-11-21", "Voorzitter van de vaste commissie voor Onderwijs, Cultuur en Wetenschap",
        "L. Bromet",
    )


def test_openkamer_dossier_title() -> None:
    raw = (
        "Kamerstuk 34785-80\n\nKabinetsreactie Evaluatie Werkkostenregeling\n\nDossier: Wijziging van enkele "
        "belastingwetten en enige andere wetten (Belastingplan 2018)\n\nID: 34785-80\n\n"
        "Nr. 80 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN\n\nDen Haag, 23 maart 2018\n\n"
        "Hierbij zend ik u het rapport.\n"
    )
    meta = find_metadata(clean(raw))
    assert (meta.id, meta.dossiers) == (
        "kst-34785-80", {"34785": "Wijziging van enkele belastingwetten en enige andere wetten (Belastingplan 2018)"}
    )


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        # kst-19637-2478 without its notes: the marker after the full stop ends the sentence with it
        ("Ik doe toezeggingen gestand inzake asielzoekers.1 Zoals ik vaker heb benadrukt is dat zo.",
         ["Ik doe toezeggingen gestand inzake asielzoekers.1", "Zoals ik vaker heb benadrukt is dat zo."]),
        # figures after a figure, an abbreviation or a capital stay in the sentence
        ("Op grond van artikel 5.1 Wabo is dat zo.", ["Op grond van artikel 5.1 Wabo is dat zo."]),
        ("Zie nr. 12.1 Zoals gezegd.", ["Zie nr. 12.1 Zoals gezegd."]),
        ("Het gaat om de A.1 De weg is lang.", ["Het gaat om de A.1 De weg is lang."]),
        ("Het kost 3.5 miljoen.", ["Het kost 3.5 miljoen."]),
    ],
)
def test_sentence_ends_before_a_glued_marker(body: str, sentences: list[str]) -> None:
    from graph.clean import split_sentences

    assert [body[s:e] for s, e in split_sentences(body)] == sentences
