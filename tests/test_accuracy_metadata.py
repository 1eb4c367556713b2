"""Letter metadata gaps found on real letters: the sender named only in the print form's heading,
and letterheads copied with single line breaks."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.find.metadata import find_metadata, opening

PRINT_FORM = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2021–2022

35 165 Verkiezingen

Nr. 46 {heading}

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 21 februari 2022

In deze brief informeer ik u over een aantal kiesrechtzaken.
{closing}"""

# (heading as printed, the sender's role it gives)
HEADINGS: list[tuple[str, str | None]] = [
    ("BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
     "Minister van Binnenlandse Zaken en Koninkrijksrelaties"),
    ("**BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN**", "Staatssecretaris van Financiën"),
    ("BRIEF VAN DE MINISTER-PRESIDENT, MINISTER VAN ALGEMENE ZAKEN",
     "Minister-President, Minister van Algemene Zaken"),
    ("BRIEF VAN DE MINISTER VOOR MEDISCHE ZORG EN SPORT", "Minister voor Medische Zorg en Sport"),
    ("BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN – FISCALITEIT EN BELASTINGDIENST",
     "Staatssecretaris van Financiën – Fiscaliteit en Belastingdienst"),
    # PDF text wraps the heading
    ("BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN\nWETENSCHAP", "Minister van Onderwijs, Cultuur en Wetenschap"),
    ("BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN\nEN WERKGELEGENHEID", "Minister van Sociale Zaken en Werkgelegenheid"),
    # several senders: the first, as with signatures
    ("BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE", "Minister van Buitenlandse Zaken"),
    ("BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN EN KLIMAAT EN DE MINISTER VOOR KLIMAAT EN ENERGIE",
     "Minister van Economische Zaken en Klimaat"),
    ("BRIEF VAN DE MINISTER EN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
     "Minister van Volksgezondheid, Welzijn en Sport"),
    # a sender outside the cabinet (round 11c: the heading's role, not None)
    ("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN",
     "Voorzitter van de vaste commissie voor Binnenlandse Zaken"),
    # not a heading at all
    ("Brief van de minister van Financiën over de Voorjaarsnota", None),
    ("BRIEF VAN DE MINISTER VAN FINANCIËN over de Voorjaarsnota", None),
]


@pytest.mark.parametrize(("heading", "role"), HEADINGS, ids=[h[:50] for h, _ in HEADINGS])
def test_sender_from_heading_without_signature(heading: str, role: str | None) -> None:
    meta = find_metadata(clean(PRINT_FORM.format(heading=heading, closing="")))
    assert meta.sender.role == role
    assert meta.sender.name is None
    assert any("no signature" in w for w in meta.warnings)


def test_signature_wins_over_heading() -> None:
    raw = PRINT_FORM.format(
        heading="BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
        closing="\nDe Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties,\nR.W. Knops\n",
    )
    sender = find_metadata(clean(raw)).sender
    assert sender.role == "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"
    assert sender.name == "R.W. Knops"


def test_heading_far_into_the_text_is_no_sender() -> None:
    raw = "Den Haag, 3 maart 2021\n\n" + "Dit is een zin over het werk. " * 120 + (
        "\n\nBRIEF VAN DE MINISTER VAN FINANCIËN\n\nTekst.\n")
    assert find_metadata(clean(raw)).sender.role is None


# letterheads with single line breaks (text copied from a web page)
SINGLE_BREAKS = """Ministerie van Sociale Zaken en Werkgelegenheid
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG
Datum 12 maart 2021
Betreft {subject}
Geachte voorzitter,
Hierbij stuur ik u de brief over thuiswerken. Ik informeer u voor de zomer.

Met vriendelijke groet,
De Minister van Sociale Zaken en Werkgelegenheid,
W. Koolmees
"""

SUBJECTS: list[tuple[str, str | None]] = [
    ("Werken vanuit huis", "Werken vanuit huis"),
    ("Kabinetsreactie op het SER-advies over\nhybride werken", "Kabinetsreactie op het SER-advies over hybride werken"),
    # the next line is the body or the letterhead's column, not a wrapped subject
    ("Werken vanuit huis\nwww.rijksoverheid.nl/szw", "Werken vanuit huis"),
    ("Werken vanuit huis:\nde stand van zaken", "Werken vanuit huis:"),
    ("Werken vanuit huis\nOnze referentie 2021-0000028336", "Werken vanuit huis"),
    ("", None),  # an empty label does not take the salutation as subject
]


@pytest.mark.parametrize(("subject", "expected"), SUBJECTS, ids=[s[:40] or "empty" for s, _ in SUBJECTS])
def test_subject_with_single_line_breaks(subject: str, expected: str | None) -> None:
    text = clean(SINGLE_BREAKS.format(subject=subject))
    meta = find_metadata(text)
    assert meta.subject == expected
    assert meta.date == "2021-03-12"
    assert opening(text).startswith("Hierbij stuur ik u de brief over thuiswerken.")


def test_subject_label_is_capitalised() -> None:
    raw = "Den Haag, 3 maart 2021\n\nDe wijziging\nbetreft het thuiswerken van ambtenaren.\n"
    assert find_metadata(clean(raw)).subject is None


OPENINGS: list[tuple[str, str]] = [
    # the print form: after the date line
    (PRINT_FORM.format(heading="BRIEF VAN DE MINISTER VAN FINANCIËN", closing=""), "In deze brief informeer ik u"),
    # a subject ending its paragraph
    ("Datum 3 februari 2021  \nBetreft TNO cijfers thuiswerken\n\nIn deze brief ga ik in op de cijfers.",
     "In deze brief ga ik in"),
    # no letterhead: the body's start
    ("Met deze brief vraag ik de SER om advies. Den Haag is de stad.", "Met deze brief vraag ik"),
    # a subject line before a line starting a sentence ends the letterhead (clean keeps the break)
    ("Betreft Werken vanuit huis\nHierbij stuur ik u de brief.\n\nVolgende alinea.", "Hierbij stuur ik u de brief"),
    # a subject line running on into the body is no end of the letterhead
    ("Betreft Werken vanuit huis en\nhet vervolg. Hierbij stuur ik u de brief.", "Betreft Werken vanuit huis"),
]


@pytest.mark.parametrize(("raw", "start"), OPENINGS, ids=[r[:40] for r, _ in OPENINGS])
def test_opening_skips_the_letterhead(raw: str, start: str) -> None:
    assert opening(clean(raw)).startswith(start)
