"""Accuracy round 8a: gaps found reading real letters (2018-2024, Defensie, BuZa, IenW, OCW, SZW,
JenV, VWS, Financiën) against the output. Each row quotes the real passage and names its letter."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.find.metadata import find_metadata

HEAD = """34 775 A Vaststelling van de begrotingsstaat van het Infrastructuurfonds voor het jaar 2018

Nr. 63 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 24 april 2018

"""

# (letter, sentence naming the motion, the motion's id)
DATED_MOTIONS: list[tuple[str, str, str | None]] = [
    # the adoption date between the filer and the number
    ("kst-34775-A-63", "In uw brief van 28 maart jongstleden vroeg u mij naar de stand van zaken van de uitvoering "
     "van de motie van het lid Gijs van Dijk d.d. 11 december 2017 (Kamerstuk 34 775 A, nr. 42) over de voortgang "
     "van het project Beter Benutten in de regio Utrecht.", "kst-34775-A-42"),
    ("'van' and a comma", "Ik ga in op de motie Kröger, van 2 februari 2021 (Kamerstuk 35 570 XII, nr. 23), over "
     "de MIRT-projecten.", "kst-35570-XII-23"),
    ("no date (unchanged)", "Ik ga in op de motie van het lid Gijs van Dijk (Kamerstuk 34 775 A, nr. 42) over de "
     "voortgang.", "kst-34775-A-42"),
    # negatives: a number after the date that is no Kamerstuk; a date that runs into a sentence
    ("Handelingen after the date", "De motie van het lid Gijs van Dijk d.d. 11 december 2017 (Handelingen II "
     "2017/18, nr. 33, item 5) vraagt om een plan.", None),
    ("date then words", "De motie van het lid Gijs van Dijk van 11 december 2017 vroeg een plan; zie ook Kamerstuk "
     "34 775 A, nr. 42 over het MIRT.", None),
]


@pytest.mark.parametrize(("letter", "sentence", "motion_id"), DATED_MOTIONS, ids=[r[0] for r in DATED_MOTIONS])
def test_dated_motion_keeps_its_number(letter: str, sentence: str, motion_id: str | None) -> None:
    doc = extract_text(HEAD + sentence + "\n", "x")
    [motion] = doc.motions
    assert motion.id == motion_id


# (letter, header as the site prints it, the dossier titles)
NUMBER_LED_HEADERS: list[tuple[str, str, dict[str, str]]] = [
    # rijksbegroting.nl reprints "<dossier> <toevoeging> <nr> <heading>" above "Nr. 63"
    ("kst-34775-A-63", "Vaststelling begroting Infrastructuurfonds 2018\n\n"
     "34775 A 63 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n\nVergaderjaar 2017-2018\n\nNr. 63",
     {"34775-A": ""}),
    # negatives: a real title, and a title opening with a number and lower-case words
    ("kst-35925-A-76", "35 925 A Vaststelling van de begrotingsstaat van het Mobiliteitsfonds voor het jaar 2022\n\n"
     "Nr. 63 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT",
     {"35925-A": "Vaststelling van de begrotingsstaat van het Mobiliteitsfonds voor het jaar 2022"}),
    ("title opening with a number", "34 775 A 2 miljard voor wegen\n\nNr. 63 BRIEF VAN DE MINISTER VAN FINANCIËN",
     {"34775-A": "2 miljard voor wegen"}),
]


@pytest.mark.parametrize(
    ("letter", "header", "dossiers"), NUMBER_LED_HEADERS, ids=[r[0] for r in NUMBER_LED_HEADERS]
)
def test_number_led_heading_is_no_title(letter: str, header: str, dossiers: dict[str, str]) -> None:
    raw = f"{header}\n\nAan de Voorzitter van de Tweede Kamer\n\nDen Haag, 24 april 2018\n\nTekst.\n"
    meta = find_metadata(clean(raw))
    assert meta.dossiers == dossiers
    assert meta.id is not None and meta.id.endswith("-63")


SELF_HEAD = """22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie

Nr. 3432 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 juni 2022

"""

# (letter, sentence, the cited letter's date and title)
SELF_DESCRIBED: list[tuple[str, str, str | None, str | None]] = [
    # the letter describes itself; the date and number are the debate's
    ("kst-22112-3432", "Graag informeer ik uw Kamer in deze hoofdlijnenbrief over de Europawet en het bijbehorende "
     "tijdspad, zoals toegezegd tijdens het Commissiedebat EU-informatievoorziening van 10 februari jl. (Kamerstuk "
     "22 112, nr. 3301)", None, None),
    ("onderhavige brief", "In onderhavige brief over de Europawet, zoals toegezegd in het Commissiedebat Europa van "
     "10 februari jl. (Kamerstuk 22 112, nr. 3301), ga ik in op het tijdspad.", None, None),
    # negatives: another letter named after "deze brief"; a cited letter described as usual
    ("another letter after it", "Met deze brief geef ik invulling aan de toezegging in mijn brief van 5 januari "
     "2022 (Kamerstuk 22 112, nr. 3301) om uw Kamer te informeren.", "2022-01-05", None),
    ("cited letter", "In de brief over de Europawet van 10 februari jl. (Kamerstuk 22 112, nr. 3301) schetste ik het "
     "tijdspad.", "2022-02-10", "Europawet"),
]


@pytest.mark.parametrize(("letter", "sentence", "date", "title"), SELF_DESCRIBED, ids=[r[0] for r in SELF_DESCRIBED])
def test_letter_describing_itself_dates_no_citation(letter: str, sentence: str, date: str | None,
                                                    title: str | None) -> None:
    doc = extract_text(SELF_HEAD + sentence + "\n", "x")
    [cite] = [c for c in doc.cites if c.id == "kst-22112-3301"]
    assert (cite.letter_date, cite.letter_title) == (date, title)


# (source, sentence naming the motion by its number, the motion's id and filers)
FILERS_AFTER_NUMBER: list[tuple[str, str, str, tuple[str, ...]]] = [
    ("LNV 2016 (rijksoverheid.nl)", "Naar aanleiding van het plenair debat over de situatie in de melkveehouderij is "
     "op 19 april motie 33979 nr. 127 van de leden Koşer Kaya en Thieme aangenomen.", "kst-33979-127",
     ("Koşer Kaya", "Thieme")),
    ("bracketed number", "Met deze brief geef ik uitvoering aan de motie (Kamerstuk 35 925, nr. 12) van het lid "
     "Omtzigt over de koopkracht.", "kst-35925-12", ("Omtzigt",)),
    # negatives: the Kamer is no filer; no filers at all
    ("van uw Kamer", "Met deze brief geef ik uitvoering aan de motie (Kamerstuk 35 925, nr. 12) van uw Kamer over de "
     "koopkracht.", "kst-35925-12", ()),
    ("number alone", "Met deze brief geef ik uitvoering aan de motie (Kamerstuk 35 925, nr. 12) over de koopkracht.",
     "kst-35925-12", ()),
]


@pytest.mark.parametrize(
    ("source", "sentence", "motion_id", "members"), FILERS_AFTER_NUMBER, ids=[r[0] for r in FILERS_AFTER_NUMBER]
)
def test_filers_after_the_number(source: str, sentence: str, motion_id: str, members: tuple[str, ...]) -> None:
    doc = extract_text(HEAD + sentence + "\n", "x")
    [motion] = doc.motions
    assert (motion.id, motion.members) == (motion_id, members)
