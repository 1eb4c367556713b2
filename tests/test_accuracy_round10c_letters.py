"""Accuracy round 10c: citations, letter metadata and cleaning on real letters of other shapes.

Each row quotes the real passage and names its letter; negatives show what each rule leaves alone.
"""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.extract import extract_text

# --- a footnote marker at the start of the next line ------------------------------------------

# kst-24515-455 (SZW, 2018) as officielebekendmakingen's PDF gives it: "«Alle kinderen kansrijk»1,"
# ends a line and the second marker of "1, 2" starts the next one
PDF_HEAD = """24 515 Preventie en bestrijding van stille armoede en sociale uitsluiting
Nr. 455
BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, 21 november 2018
1. Inleiding
Het kabinet zet zich in voor de bestrijding van armoede, in het bijzonder onder kinderen.
Met ingang van 1 januari 2017 is € 100 mln. extra per jaar structureel ter beschikking
gesteld ten behoeve van kinderen die opgroeien in armoede.
Zoals ik u bij verschillende gelegenheden heb toegezegd, o.a. in de Kabinetsreactie
op het SER-advies «Opgroeien zonder armoede» en het rapport van de Kinderombudsman
"""
PDF_NOTES = """
1 Kamerstuk 24 515, nr. 431
2 Kamerstuk 34 775 XV, nr. 24
3 Kamerstuk 24 515, nr. 436
"""

# (case, the lines after PDF_HEAD up to the notes, (marker, the body's text before it) per marker)
LINE_START_MARKERS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("kst-24515-455: 1, then 2 on the next line",
     "«Alle kinderen kansrijk»1,\n2 heb ik een tussentijdse evaluatie laten uitvoeren van deze extra\n"
     "middelen. Daarmee beantwoord ik tevens de motie van het lid De Lange3.\n",
     [("1", "kansrijk»"), ("2", "kansrijk»,"), ("3", "De Lange")]),
    ("after a name, the sentence going on",
     "«Alle kinderen kansrijk»1. Ik beantwoord de motie van het lid Van der Lee\n2 over de evaluatie en\n"
     "de motie van het lid De Lange3.\n",
     [("1", "kansrijk»"), ("2", "Van der Lee"), ("3", "De Lange")]),
    ("after a closing bracket, alone on its line",
     "«Alle kinderen kansrijk»1. Ik heb de evaluatie (zie de bijlage)\n2\nlaten uitvoeren, zoals gevraagd in de\n"
     "motie van het lid De Lange3.\n",
     [("1", "kansrijk»"), ("2", "(zie de bijlage)"), ("3", "De Lange")]),
    # negatives: a number after a word in lower case or after a sentence's end is text, and so is a
    # number before a capital; the footnotes after it are then not read as markers either
    ("after a word in lower case",
     "«Alle kinderen kansrijk»1. Dit volgt uit artikel\n2 van de wet en uit de motie van het lid De Lange3.\n",
     [("1", "kansrijk»")]),
    ("after a sentence's end",
     "«Alle kinderen kansrijk»1. Dat is gedaan.\n2 gemeenten doen niet mee, zegt de motie van het lid De Lange3.\n",
     [("1", "kansrijk»")]),
    ("before a capital",
     "«Alle kinderen kansrijk»1. Het rapport van Van der Lee\n2 Verkenningen is er, zegt De Lange3.\n",
     [("1", "kansrijk»")]),
    # a glued marker 2 in order wins over a number at a line start
    ("a glued marker in order",
     "«Alle kinderen kansrijk»1. Het lid Van der Lee\n2 over de evaluatie, en de motie2 van het lid\n"
     "De Lange3.\n",
     [("1", "kansrijk»"), ("2", "de motie"), ("3", "De Lange")]),
]


@pytest.mark.parametrize(("case", "lines", "expected"), LINE_START_MARKERS, ids=[r[0] for r in LINE_START_MARKERS])
def test_marker_at_the_start_of_the_next_line(case: str, lines: str, expected: list[tuple[str, str]]) -> None:
    t = clean(PDF_HEAD + lines + PDF_NOTES)
    assert t.shape == "pdf"
    got = [(m.marker, t.body[: m.body_pos]) for m in t.markers]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for (_, before), (_, want) in zip(got, expected, strict=True):
        assert before.endswith(want)
    # the marker's digits leave the body, and each footnote points at its marker in the raw text
    for m in t.markers:
        assert t.raw[m.span[0] : m.span[1]] == m.marker
    assert [f.marker for f in t.footnotes if f.marker_spans] == [e[0] for e in expected]


def test_line_start_marker_leaves_the_sentence_whole() -> None:
    t = clean(PDF_HEAD + LINE_START_MARKERS[0][1] + PDF_NOTES)
    assert "«Alle kinderen kansrijk», heb ik een tussentijdse evaluatie" in t.body
    assert "De Lange." in t.body


# --- the letter's own id from a copying site's page header ------------------------------------

OPENKAMER = """Kamerstuk {short}

Kabinetsreactie op het advies van de Raad voor het openbaar bestuur "Hoe hoort het eigenlijk? Passend contact …"

Dossier: Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en … (VII) voor het jaar 2016

Gepubliceerd: 9 maart 2016
Indiener(s): Ronald Plasterk (minister binnenlandse zaken en koninkrijksrelaties) (PvdA)
Bron: https://zoek.officielebekendmakingen.nl/{kst}.html
ID: {short}

Nr. 60 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 9 maart 2016

In reactie op mijn adviesaanvraag van 9 april 2014 presenteerde de Raad voor het openbaar bestuur (Rob)
op 17 juni 2014 zijn advies.
"""


@pytest.mark.parametrize(
    ("kst", "own", "cited"),
    [
        # kst-34300-VII-60 from openkamer.org: the heading has no dossier line; the source link names it
        ("kst-34300-VII-60", "kst-34300-VII-60", []),
        # negative: a Kamerstuk of another number in the page header is not the letter itself
        ("kst-34300-VII-59", None, ["kst-34300-VII-59", "kst-34300-VII-59"]),
    ],
)
def test_own_id_from_the_page_header(kst: str, own: str | None, cited: list[str]) -> None:
    doc = extract_text(OPENKAMER.format(kst=kst, short=kst[4:]), "x.txt")
    assert doc.id == own
    assert [c.id for c in doc.cites] == cited
    if own:
        # round 11c: the title from openkamer's "Dossier:" line
        assert doc.dossiers == {"34300-VII": "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse"
                                " Zaken en … (VII) voor het jaar 2016"}


# --- an Eerste Kamer document cited by letter in brackets ----------------------------------------

# kst-35526-60: "… over de aangenomen motie van het lid Janssen c.s. over bepalende zeggenschap van
# de Staten-Generaal over verlenging van de Tijdelijke maatregelen covid-19 (Kamerstuk 35 526, L)."
LETTER_CITES = [
    ("kst-35526-60", "de Tijdelijke maatregelen covid-19 (Kamerstuk 35 526, L).", ["kst-35526-L"]),
    ("two letters", "de antwoorden aan de Eerste Kamer (Kamerstukken 35 526, L en M).", ["kst-35526-L", "kst-35526-M"]),
    ("Eerste Kamer named", "zie Kamerstukken I 2020/21, 35 526, L.", ["kst-35526-L"]),
    # negatives: outside a bracket a capital after the comma may be a word or an initial
    ("not bracketed", "In Kamerstuk 35 300, A staat het anders.", []),
    ("more in the bracket", "(Kamerstuk 35 300, A. Jansen)", []),
]


@pytest.mark.parametrize(("case", "sentence", "ids"), LETTER_CITES, ids=[r[0] for r in LETTER_CITES])
def test_eerste_kamer_letter_in_brackets(case: str, sentence: str, ids: list[str]) -> None:
    doc = extract_text("Den Haag, 21 april 2021\n\nIk verwijs naar " + sentence + "\n", "x.txt")
    assert [c.id for c in doc.cites] == ids


# --- the Tweede Kamer's compact Kamerstuk numbers (tweedekamer.nl and tkconv titles) -----------

COMPACT_CITES = [
    # tkconv's title of kst-26643-971
    ("dossier and number", "Derde voortgangsrapportage over de uitvoering motie van het lid Marijnissen c.s. "
     "(Kamerstuk 35510-21) en motie van het lid Klaver c.s. (Kamerstuk 35510-16)", ["kst-35510-21", "kst-35510-16"]),
    # tweedekamer.nl's title of kst-21501-32-1731
    ("sub-dossier", "Verslag van een schriftelijk overleg over de Geannoteerde agenda Landbouw- en Visserijraad "
     "27-28 oktober 2025 (Kamerstuk 21501-32-1730)", ["kst-21501-32-1730"]),
    ("toevoeging", "de beantwoording (Kamerstuk 35570-XV-54)", ["kst-35570-XV-54"]),
    # negatives: the long form reads its own number; a longer number or a glued word is no Kamerstuk
    ("long form", "zie Kamerstuk 21501-20, nr. 1234.", ["kst-21501-20-1234"]),
    ("a reference number", "het Kamerstuk 35510-2021-0001 en kamerstuk-35510-21", []),
]


@pytest.mark.parametrize(("case", "sentence", "ids"), COMPACT_CITES, ids=[r[0] for r in COMPACT_CITES])
def test_compact_kamerstuk_numbers(case: str, sentence: str, ids: list[str]) -> None:
    doc = extract_text("Den Haag, 1 maart 2022\n\n" + sentence + "\n", "x.txt")
    assert [c.id for c in doc.cites] == ids


# --- a cited letter's subject between its date and the citation ---------------------------------

SUBJECT_DATES = [
    # kst-31865-214
    ("inzake", "over de brief van 13 april 2022 inzake het proces van de begrotingsbehandeling\n(Kamerstuk 31 865, "
     "nr. 207).", "2022-04-13", "het proces van de begrotingsbehandeling"),
    # kst-35526-60: "c.s." inside the subject, an Eerste Kamer document cited
    ("over, c.s.", "over de brief van 28 januari 2021 over het afschrift van het antwoord aan de Eerste Kamer over de "
     "aangenomen motie van het lid Janssen c.s. over bepalende zeggenschap van de Staten-Generaal over verlenging "
     "van de Tijdelijke maatregelen covid-19 (Kamerstuk 35 526, L).", "2021-01-28", None),
    # unchanged: the citation right after the date
    ("right after", "Ik heb daarop gereageerd bij brief van 18 april 2019 (Kamerstuk 35 165, nr. 2).",
     "2019-04-18", None),
    # negatives: a sentence ends before the citation, or another bracket stands between
    ("sentence end", "Ik stuurde u een brief van 13 april 2022 over het proces. Zie ook (Kamerstuk 31 865, nr. 207).",
     None, None),
    ("other bracket",
     "de brief van 10 februari 2023 over het rapport van de commissie (POK) (Kamerstuk 35 510, nr. 115).",
     None, None),
]


@pytest.mark.parametrize(("case", "sentence", "date", "title"), SUBJECT_DATES, ids=[r[0] for r in SUBJECT_DATES])
def test_cited_letter_dated_before_its_subject(case: str, sentence: str, date: str | None, title: str | None) -> None:
    doc = extract_text("Den Haag, 1 maart 2023\n\n" + sentence + "\n", "x.txt")
    assert len(doc.cites) == 1
    assert doc.cites[0].letter_date == date
    if title:
        assert doc.cites[0].letter_title == title


# --- an Eerste Kamer Kamerstuk: its letter where a Tweede Kamer one has "Nr." ----------------------

EK_HEAD = """35 526 Tijdelijke bepalingen in verband met maatregelen ter bestrijding van de epidemie van covid-19 voor
de langere termijn (Tijdelijke wet maatregelen covid-19)

{heading}

Aan de Voorzitter van de Eerste Kamer der Staten-Generaal

Den Haag, 28 januari 2021

Uw Kamer heeft de motie van het lid Janssen c.s. aangenomen (Kamerstuk 35 526, L).
"""


@pytest.mark.parametrize(
    ("heading", "own", "role", "cited"),
    [
        # kst-35526-L, the letter kst-35526-60 cites: its own citation is no citation
        ("L BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT", "kst-35526-L",
         "Minister van Volksgezondheid, Welzijn en Sport", []),
        ("AB BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT", "kst-35526-AB",
         "Minister van Volksgezondheid, Welzijn en Sport", ["kst-35526-L"]),
        # negatives: a heading without its letter, and a sentence starting with a capital and "brief"
        ("BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT", None,
         "Minister van Volksgezondheid, Welzijn en Sport", ["kst-35526-L"]),
        ("U brief van de minister van VWS staat hier niet.", None, None, ["kst-35526-L"]),
    ],
)
def test_eerste_kamer_letter_heading(heading: str, own: str | None, role: str | None, cited: list[str]) -> None:
    doc = extract_text(EK_HEAD.format(heading=heading), "x.txt")
    assert doc.id == own
    assert doc.sender.role == role
    assert [c.id for c in doc.cites] == cited


# --- tkconv's page header names a .docx-only letter's place -------------------------------------

TKCONV = """Brief regering

Nummer: 2024D51302, datum: 2024-12-19, bijgewerkt: 2024-12-19 20:11, versie: 1

Directe link naar document (.docx), link naar pagina op de Tweede Kamer site.

{place}

Onderdeel van zaak 2024Z21750:

Preview document (🔗 origineel)


Geachte Voorzitter,

Het kabinet zet stevig in op perspectief, eerlijke concurrentie en verdienvermogen voor boeren, tuinders en vissers.
"""


@pytest.mark.parametrize(
    ("place", "own", "dossiers"),
    [
        # tkconv 2024D51302 (LVVN, 2024): sub-dossier 32, nr. 1691
        ("Onderdeel van kamerstukdossier 21501 32-1691 Landbouw- en Visserijraad.", "kst-21501-32-1691",
         {"21501-32": "Landbouw- en Visserijraad"}),
        # tkconv 2020D37437: a toevoeging; 2019D08797: none (" -494")
        ("Onderdeel van kamerstukdossier 35570 IX-30 Vaststelling van de begrotingsstaat.", "kst-35570-IX-30",
         {"35570-IX": "Vaststelling van de begrotingsstaat"}),
        ("Onderdeel van kamerstukdossier 29279 -494 Rechtsstaat en Rechtsorde.", "kst-29279-494",
         {"29279": "Rechtsstaat en Rechtsorde"}),
        # negatives: a zaak alone, or a dossier without the document's number
        ("Onderdeel van zaak 2024Z21751:", None, {}),
        ("Onderdeel van kamerstukdossier 21501 Landbouw- en Visserijraad.", None, {}),
    ],
)
def test_own_id_from_tkconv_header(place: str, own: str | None, dossiers: dict[str, str]) -> None:
    doc = extract_text(TKCONV.format(place=place), "x.txt")
    assert doc.id == own
    assert doc.dossiers == dossiers


# --- tkconv's page header names the first signer ------------------------------------------------

SIGNER_PAGE = """Uitvoering acties beleid gevaarlijke chemische stoffen
Brief regering
Nummer: 2024D36192, datum: 2024-10-02, bijgewerkt: 2024-10-16 10:18, versie: 3
{signer}
Onderdeel van kamerstukdossier 22343 -400 Handhaving milieuwetgeving.
Preview document (🔗 origineel)
Tweede Kamer der Staten-Generaal | 2 |
22 343 Handhaving milieuwetgeving
Nr. 400 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, 2 oktober 2024
Met deze brief informeer ik uw Kamer over de uitvoering van acties.
"""


@pytest.mark.parametrize(
    ("signer", "name"),
    [
        # kst-22343-400 as tkconv gives it (acc9a)
        ("Gerelateerde personen:- Eerste ondertekenaar: C.A. Jansen, staatssecretaris van Infrastructuur en "
         "Waterstaat (Ooit PVV kamerlid)", "C.A. Jansen"),
        # negatives: a signer of another office than the heading's, and a co-signer
        ("Gerelateerde personen:- Eerste ondertekenaar: M. Keijzer, minister van Volkshuisvesting", None),
        ("- Mede ondertekenaar: C.A. Jansen, staatssecretaris van Infrastructuur en Waterstaat", None),
    ],
)
def test_sender_from_tkconv_signer(signer: str, name: str | None) -> None:
    doc = extract_text(SIGNER_PAGE.format(signer=signer), "x.txt")
    assert doc.sender.role == "Staatssecretaris van Infrastructuur en Waterstaat"
    assert doc.sender.name == name
