"""Accuracy round 6: gaps found reading real letters (2018-2023, SZW, BZK, OCW) against the output.
Each row quotes the real passage and names its letter."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.find.metadata import find_metadata

PRINT_FORM = """{dossier}

Nr. {nr} {heading}

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 11 juli 2019

Afgelopen voorjaar hebben wij met uw Kamer gesproken over veiligheid op scholen.
"""

# (letter, heading as printed, the sender's role it gives)
HEADINGS: list[tuple[str, str, str | None]] = [
    # a reprint: HERDRUK and its footnote marker before BRIEF
    ("kst-29240-108", "HERDRUK1 BRIEF VAN DE MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN VOOR BASIS- EN "
     "VOORTGEZET ONDERWIJS EN MEDIA", "Minister van Onderwijs, Cultuur en Wetenschap"),
    ("kst-29240-108 (Markdown)", "HERDRUK<sup>1</sup> BRIEF VAN DE MINISTER VAN FINANCIËN", "Minister van Financiën"),
    ("reprint without marker", "HERDRUK BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN", "Staatssecretaris van Financiën"),
    # three ministries or more: "VAN X, VAN Y, … EN VOOR Z", wrapped in PDF text
    ("kst-30950-316", "BRIEF VAN DE MINISTERS VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES, VAN SOCIALE\n"
     "ZAKEN EN WERKGELEGENHEID, VAN JUSTITIE EN VEILIGHEID, VAN ONDERWIJS, CULTUUR EN WETENSCHAP\n"
     "EN VOOR LANGDURIGE ZORG EN SPORT EN VOLKSHUISVESTING EN RUIMTELIJKE ORDENING",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("three on one line", "BRIEF VAN DE MINISTERS VAN FINANCIËN, VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN",
     "Minister van Financiën"),
    # a comma inside one ministry's name is no list
    ("comma in a name", "BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
     "Minister van Volksgezondheid, Welzijn en Sport"),
    # negatives: HERDRUK of something that is not a minister's letter; HERDRUK inside a word
    ("reprinted report", "HERDRUK1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", None),
    ("not a heading", "HERDRUKKEN BRIEF VAN DE MINISTER VAN FINANCIËN", None),
]


@pytest.mark.parametrize(("letter", "heading", "role"), HEADINGS, ids=[h[0] for h in HEADINGS])
def test_sender_from_heading(letter: str, heading: str, role: str | None) -> None:
    raw = PRINT_FORM.format(dossier="29 240 Veiligheid op school", nr=108, heading=heading)
    meta = find_metadata(clean(raw))
    assert meta.sender.role == role
    assert meta.id == "kst-29240-108"


LETTER = """{dossier}

Nr. {nr} BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 21 november 2018

{sentence}
"""

# (letter, sentence, members of the motion the finding is about, action, rule)
ACTIONS: list[tuple[str, str, list[str], str, str]] = [
    ("kst-24515-455", "Ik informeer u in deze brief over de uitkomsten van deze tussenevaluatie. Daarmee beantwoord "
     "ik tevens de motie van het lid De Lange.", ["De Lange"], "progress", "progress:answered"),
    ("subject first", "Ik beantwoord hiermee de motie van het lid Omtzigt over de toeslagen.",
     ["Omtzigt"], "progress", "progress:answered"),
    ("plural verb", "Met deze brief beantwoorden wij de gewijzigde motie van de leden Bikker en Ceder.",
     ["Bikker", "Ceder"], "progress", "progress:answered"),
    # negatives: questions about the motion answered, a negation, the verb about something else
    ("questions about it", "Hiermee beantwoord ik de vragen van het lid Kwint over de motie van het lid De Lange.",
     ["De Lange"], "mentions", "mentions"),
    ("questions, no article", "Daarmee beantwoord ik vragen over de motie van het lid De Lange.",
     ["De Lange"], "mentions", "mentions"),
    ("negation", "Ik beantwoord niet de motie van het lid De Lange, die nog in behandeling is.",
     ["De Lange"], "mentions", "mentions"),
]


@pytest.mark.parametrize(("letter", "sentence", "members", "action", "rule"), ACTIONS, ids=[a[0] for a in ACTIONS])
def test_motion_answered_with_the_verb(letter: str, sentence: str, members: list[str], action: str, rule: str) -> None:
    doc = extract_text(LETTER.format(dossier="24 515 Armoede", nr=455, sentence=sentence), "x.txt")
    found = [m for m in doc.motions if list(m.members) == members]
    assert len(found) == 1
    assert (found[0].action, found[0].rule) == (action, rule)


# (letter, sentence, the motions named, each as its members and "c.s.")
LISTS: list[tuple[str, str, list[tuple[list[str], bool]]]] = [
    ("kst-26643-971", "Met deze brief informeer ik uw Kamer over de voortgang van de uitvoering van de moties "
     "Marijnissen c.s. en Klaver c.s. (hierna: Motie#21).", [(["Marijnissen"], True), (["Klaver"], True)]),
    ("three", "Ik ga in op de moties Omtzigt c.s., Van Weyenberg c.s. en Bikker c.s. over de toeslagen.",
     [(["Omtzigt"], True), (["Van Weyenberg"], True), (["Bikker"], True)]),
    # negatives: a singular motion; a further name without "c.s."; no "c.s." on the first
    ("singular", "Ik ga in op de motie Marijnissen c.s. en Klaver heeft vragen gesteld.", [(["Marijnissen"], True)]),
    ("no c.s. after en", "Ik ga in op de moties Omtzigt c.s. en Kamervragen over de toeslagen.",
     [(["Omtzigt"], True)]),
    ("one motion, two names", "Ik ga in op de moties Omtzigt en Leijten.", [(["Omtzigt", "Leijten"], False)]),
]


@pytest.mark.parametrize(("letter", "sentence", "motions"), LISTS, ids=[x[0] for x in LISTS])
def test_plural_list_of_cosigned_motions(letter: str, sentence: str, motions: list[tuple[list[str], bool]]) -> None:
    doc = extract_text(LETTER.format(dossier="26 643 ICT", nr=971, sentence=sentence), "x.txt")
    assert [(list(m.members), m.cosigners) for m in doc.motions] == motions
