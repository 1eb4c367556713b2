"""Accuracy round 5: gaps seen on real letters, each a general rule with its negatives.

Real passages (quoted as published; the document id of each in its comment):

- kst-19637-2302 (Staatssecretaris van Veiligheid en Justitie, 22 februari 2017): "… heeft de indiener
  gevraagd om een brief heden rond 12 uur in reactie op deze motie": the letter answers the motion;
- kst-34300-VII-60 (Minister van BZK, 9 maart 2016): "In reactie op mijn adviesaanvraag van 9 april
  2014 presenteerde de Raad …": "in reactie op" about something else than a motion; its dossier title
  "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en
  Koninkrijksrelaties (VII) voor het jaar 2016" is long enough to wrap in the PDF print form;
- kst-35165-46 (Minister van BZK, 21 februari 2022): "35 165 Verkiezingen / Nr. 46 BRIEF VAN …", no
  vergaderjaar stated in the letter's text;
- kst-29279-874 (Minister en Staatssecretaris van JenV, 23 september 2024): "Vergaderjaar 2024-2025 /
  29 279 Rechtsstaat en Rechtsorde / Nr. 874 BRIEF VAN …": a stated vergaderjaar, a title of one line;
- kst-29538-331 (Minister van VWS, 10 december 2021): "In mijn brief van 25 oktober jl. heb ik uw Kamer
  geïnformeerd over de uitkomsten van de derde monitor abonnementstarief.": past, no promise.

Hoped promises ("Ik hoop uw Kamer … te informeren") are read as the least sure promises (0.5), like
"Ik verwacht uw Kamer … te kunnen informeren" (0.6): both tell the Kamer when to expect word. The
sentences for them below are written for the rule, not quoted (no real passage was found in the
searchable corpora this round).
"""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.deadlines import find_deadline, prinsjesdag, vergaderjaar_of
from graph.extract import extract_text
from graph.find.commitments import find_commitments
from graph.find.metadata import find_metadata
from graph.model import Commitment

LETTER = "2021-02-03"


def made(sentence: str, letter: str = LETTER) -> list[Commitment]:
    text = clean(f"De regeling geldt sinds 2020. {sentence} De uitvoering loopt.")
    return [c for c in find_commitments(text, [], [], letter) if c.kind == "made"]


def actions(body: str) -> dict[str, str]:
    doc = extract_text(f"Den Haag, 3 februari 2021\n\n{body}\n")
    return {m.members[0] if m.members else (m.id or "?"): m.action for m in doc.motions}


# --- 1. the letter answering a motion --------------------------------------------------------

KST_19637_2302 = (
    "Bij de stemmingen van 21 februari 2017 heeft uw Kamer de gewijzigde motie Voordewind c.s. (Kamerstuk 19 637, "
    "nr. 2301) aangenomen. Na het aannemen van deze motie door uw Kamer heeft de indiener gevraagd om een brief "
    "heden rond 12 uur in reactie op deze motie. Hierbij ontvangt uw Kamer de gevraagde brief."
)


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # kst-19637-2302: "in reactie op deze motie" points back to the motion named before
        (KST_19637_2302, {"Voordewind": "progress"}),
        ("In reactie op de motie van het lid Omtzigt (Kamerstuk 35 570, nr. 20) is een plan opgesteld.",
         {"Omtzigt": "progress"}),
        ("Als antwoord op het verzoek uit de motie van het lid Omtzigt is een plan opgesteld.",
         {"Omtzigt": "progress"}),
        ("Hierbij reageer ik op de motie van het lid Omtzigt.", {"Omtzigt": "progress"}),
        ("In deze brief ga ik in op de gewijzigde motie van het lid Omtzigt c.s.", {"Omtzigt": "progress"}),
        # the existing rules, unchanged: "ter uitvoering" follows up, "met deze brief … uitvoering aan" complies
        ("Ter uitvoering van de motie van het lid Omtzigt is een plan opgesteld.", {"Omtzigt": "progress"}),
        ("Met deze brief geef ik uitvoering aan de motie van het lid Omtzigt.", {"Omtzigt": "settles"}),
        ("Met deze brief geef ik gedeeltelijk uitvoering aan de motie van het lid Omtzigt.", {"Omtzigt": "progress"}),
        ("Met deze brief geef ik mede uitvoering aan de motie van het lid Omtzigt.", {"Omtzigt": "progress"}),
        ("Met deze brief geef ik een eerste invulling aan de motie van het lid Omtzigt.", {"Omtzigt": "progress"}),
        ("Met deze brief, mede namens de minister van VWS, geef ik uitvoering aan de motie van het lid Omtzigt.",
         {"Omtzigt": "settles"}),
        # negatives: not answered, answered in a debate, something else answered, a motion voted down
        ("In deze brief ga ik niet in op de motie van het lid Omtzigt.", {"Omtzigt": "mentions"}),
        ("In reactie op de motie van het lid Omtzigt heb ik in het debat oordeel Kamer gegeven.",
         {"Omtzigt": "mentions"}),
        ("De motie van het lid Omtzigt is ingediend in reactie op mijn brief van 3 maart.", {"Omtzigt": "mentions"}),
        ("In reactie op de brief over de motie van het lid Omtzigt zijn vragen gesteld.", {"Omtzigt": "mentions"}),
        ("De motie van het lid Omtzigt is verworpen. In reactie op deze motie is een plan opgesteld.",
         {"Omtzigt": "mentions"}),
        # kst-34300-VII-60: "in reactie op" an advice request, the motion named later is background
        ("In reactie op mijn adviesaanvraag van 9 april 2014 presenteerde de Raad voor het openbaar bestuur zijn "
         "advies. De motie van het lid Omtzigt vraagt om een reactie.", {"Omtzigt": "mentions"}),
    ],
)
def test_motion_answered_is_progress(body: str, want: dict[str, str]) -> None:
    assert actions(body) == want


# --- 2. hoped promises, and present promises with a vague deadline ahead -----------------------


@pytest.mark.parametrize(
    ("sentence", "rule", "due"),
    [
        ("Ik hoop uw Kamer hierover voor de zomer te informeren.", "hoped+season", "2021-07-08"),
        ("Ik hoop uw Kamer hierover spoedig te kunnen informeren.", "hoped+vague", None),
        ("Wij hopen u in het najaar de evaluatie te sturen.", "hoped+season", "2021-12-20"),
        ("Daarom hopen wij u in het najaar de evaluatie te sturen.", "hoped+season", "2021-12-20"),
        ("Het kabinet hoopt uw Kamer begin 2022 te kunnen berichten over de resultaten.", "hoped+year", "2022-05-01"),
        ("Ik hoop u hierover nader te informeren.", "hoped", None),
        ("Ik informeer uw Kamer hierover in de volgende voortgangsrapportage.", "present+next-report", None),
        ("Ik informeer uw Kamer hierover binnenkort.", "present+vague", None),
    ],
)
def test_hoped_and_vague_present_promises(sentence: str, rule: str, due: str | None) -> None:
    [c] = made(sentence)
    assert (c.rule, c.due, c.type) == (rule, due, "inform")
    assert c.confidence == (0.5 if rule.startswith("hoped") else 0.7)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik hoop u hiermee voldoende te hebben geïnformeerd.",  # done: the closing courtesy
        "Ik hoop u hiermee voldoende te informeren.",  # the letter itself
        "Ik hoop dat uw Kamer hiermee voldoende is geïnformeerd.",
        "Ik hoopte uw Kamer voor de zomer te informeren.",  # past
        "Ik had gehoopt uw Kamer voor de zomer te informeren.",
        "Als de resultaten bekend zijn, hoop ik uw Kamer te informeren.",  # a condition
        "Ik hoop uw Kamer niet voor de zomer te kunnen informeren.",
        "Ik hoop dat de partijen snel tot een akkoord komen.",
        "Zoals ik u heb geïnformeerd, hoop ik dat de regeling werkt.",
        # kst-29538-331: informed before
        "In mijn brief van 25 oktober jl. heb ik uw Kamer geïnformeerd over de uitkomsten van de derde monitor.",
        "Ik informeer u hierover in de komende periode.",  # a letter describing itself says this too
        "Ik informeer u over de plannen voor de komende maanden.",
    ],
)
def test_not_hoped_promises(sentence: str) -> None:
    assert made(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "rule"),
    [
        ("Ik informeer u in de volgende voortgangsrapportage.", "in de volgende voortgangsrapportage", "next-report"),
        ("Wij sturen u dit bij de eerstvolgende voortgangsbrief.", "bij de eerstvolgende voortgangsbrief",
         "next-report"),
        # a dated phrase in the same sentence wins over the next report
        ("Ik informeer u in de volgende voortgangsbrief, voor de zomer.", "voor de zomer", "season"),
    ],
)
def test_next_report_deadline(sentence: str, text: str, rule: str) -> None:
    d = find_deadline(sentence, LETTER)
    assert d is not None and (d.text, d.rule) == (text, rule)


@pytest.mark.parametrize("sentence", ["In de volgende paragraaf ga ik hierop in.", "De volgende stap is een toets."])
def test_no_next_report_deadline(sentence: str) -> None:
    assert find_deadline(sentence, LETTER) is None


# --- 3. the vergaderjaar of a dated letter that states none -----------------------------------


@pytest.mark.parametrize(
    ("year", "day"),
    [(2018, "2018-09-18"), (2019, "2019-09-17"), (2020, "2020-09-15"), (2021, "2021-09-21"), (2022, "2022-09-20"),
     (2023, "2023-09-19"), (2024, "2024-09-17")],
)
def test_prinsjesdag_is_the_third_tuesday_of_september(year: int, day: str) -> None:
    assert prinsjesdag(year).isoformat() == day


@pytest.mark.parametrize(
    ("date", "vj"),
    [("2022-09-19", "2021-2022"), ("2022-09-20", "2022-2023"), ("2022-02-21", "2021-2022"),
     ("2024-09-23", "2024-2025"), ("2016-03-09", "2015-2016"), ("2021-12-31", "2021-2022"), ("2022-01-01", "2021-2022"),
     ("2021-02-30", None)],
)
def test_vergaderjaar_of(date: str, vj: str | None) -> None:
    assert vergaderjaar_of(date) == vj


# kst-35165-46, its head as published (no vergaderjaar in the letter's text)
KST_35165_46 = (
    "35 165 Verkiezingen\n"
    "Nr. 46 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 21 februari 2022\n"
    "In deze brief informeer ik u over een aantal kiesrechtzaken.\n"
)
# kst-29279-874, its head as published (the vergaderjaar stated)
KST_29279_874 = (
    "Tweede Kamer der Staten-Generaal | 2 |\n"
    "Vergaderjaar 2024-2025 |\n"
    "29 279 Rechtsstaat en Rechtsorde\n"
    "Nr. 874 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 23 september 2024\n"
)
# kst-34300-VII-60, its head with the dossier title wrapped as the PDF print form wraps long titles
KST_34300_VII_60 = (
    "34 300 VII Vaststelling van de begrotingsstaten van het Ministerie van\n"
    "Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2016\n"
    "Nr. 60 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
    "Den Haag, 9 maart 2016\n"
)
TITLE_34300_VII = (
    "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) "
    "voor het jaar 2016"
)


@pytest.mark.parametrize(
    ("raw", "own", "dossiers", "vj"),
    [
        (KST_35165_46, "kst-35165-46", {"35165": "Verkiezingen"}, "2021-2022"),  # derived from the date
        (KST_29279_874, "kst-29279-874", {"29279": "Rechtsstaat en Rechtsorde"}, "2024-2025"),  # stated
        (KST_34300_VII_60, "kst-34300-VII-60", {"34300-VII": TITLE_34300_VII}, "2015-2016"),
        # the wrap ends after a full print line broken at a comma, or at "en"
        ("36 200 XVI Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid,\n"
         "Welzijn en Sport (XVI) voor het jaar 2023\nNr. 12 BRIEF VAN DE MINISTER\n",
         "kst-36200-XVI-12",
         {"36200-XVI": "Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en "
                       "Sport (XVI) voor het jaar 2023"},
         None),
        # negatives: a short title followed by the next dossier, and a title ended by a blank line
        ("25 295 Infectieziektenbestrijding\n25 883 Arbeidsomstandigheden\nNr. 1172 BRIEF VAN DE MINISTER\n",
         "kst-25295-1172", {"25295": "Infectieziektenbestrijding", "25883": "Arbeidsomstandigheden"}, None),
        ("31 293 Primair Onderwijs\n\nToelichting bij de brief\nNr. 396 BRIEF VAN DE MINISTER\n",
         "kst-31293-396", {"31293": "Primair Onderwijs"}, None),
        # a short complete title is not joined with a capitalised line that follows it
        ("31 293 Primair Onderwijs\nBrief van de minister van OCW\nNr. 396\n",
         "kst-31293-396", {"31293": "Primair Onderwijs"}, None),
    ],
)
def test_letterhead_title_and_vergaderjaar(raw: str, own: str, dossiers: dict[str, str], vj: str | None) -> None:
    meta = find_metadata(clean(raw))
    assert (meta.id, meta.dossiers, meta.vergaderjaar) == (own, dossiers, vj)
