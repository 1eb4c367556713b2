"""Accuracy round 9a: gaps found reading real letters against the output. Each row quotes the real
passage and names its letter; negatives show what each rule leaves alone."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.find.metadata import find_metadata

HEAD = """35 300 VIII Vaststelling van de begrotingsstaten van het Ministerie van Onderwijs, Cultuur en Wetenschap

Nr. 212 BRIEF VAN DE MINISTER VAN ONDERWIJS, CULTUUR EN WETENSCHAP

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 10 juli 2020

"""

# --- a heading naming a motion ----------------------------------------------------------------

# (case, body, the members of each motion found)
HEADED_MOTIONS: list[tuple[str, str, list[tuple[str, ...]]]] = [
    # kst-35300-VIII-212: the heading "Moties" over the heading "Motie Bisschop over …" over the text
    ("kst-35300-VIII-212", "Moties\n\nMotie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor "
     "bekostigde als niet-bekostigde scholen\n\nDe motie van het lid Bisschop verzoekt de regering onderzoek te "
     "laten verrichten naar de reikwijdte van het toezicht.\n", [("Bisschop",)]),
    # a heading naming two filers, one motion with the text below
    ("two filers", "Motie Kwint en Westerveld over het lerarentekort\n\nDe motie van de leden Kwint en Westerveld "
     "verzoekt de regering een plan te maken.\n", [("Kwint", "Westerveld")]),
    # unchanged: a name right after the word on its line, and a name after "motie" in a sentence
    ("same line", "De motie Bisschop vraagt om onderzoek.\n", [("Bisschop",)]),
    # negatives: a name never holds the word "Motie", nor is it read across a line break
    ("list of motion headings", "Moties\n\nMotie Bisschop\n", [("Bisschop",)]),
    ("heading, then a sentence", "Overzicht moties\n\nSmeulders heeft gevraagd om een brief.\n", []),
    # a capitalised word opening the paragraph after a heading is no filer (generated letters: "Zoals", "Om")
    ("Uitvoering van moties", "Uitvoering van moties\n\nZoals toegezegd stuur ik u hierbij het rapport.\n", []),
]


@pytest.mark.parametrize(("case", "body", "want"), HEADED_MOTIONS, ids=[r[0] for r in HEADED_MOTIONS])
def test_heading_names_the_motion_below(case: str, body: str, want: list[tuple[str, ...]]) -> None:
    doc = extract_text(HEAD + body, "x")
    assert [m.members for m in doc.motions] == want
    assert not any("Motie" in name for m in doc.motions for name in m.members)


# --- a print-form heading without its preposition -----------------------------------------------

# (heading, the sender's role)
HEADINGS: list[tuple[str, str | None]] = [
    # kst-35300-VIII-212: a minister without a ministry, "voor" it; a list word ending in a hyphen
    ("BRIEF VAN DE MINISTER BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA",
     "Minister voor Basis- en Voortgezet Onderwijs en Media"),
    ("BRIEF VAN DE MINISTER MEDISCHE ZORG EN SPORT", "Minister voor Medische Zorg en Sport"),
    # a ministry's minister, and a state secretary, are "van" it
    ("BRIEF VAN DE MINISTER FINANCIËN", "Minister van Financiën"),
    ("BRIEF VAN DE MINISTER ONDERWIJS, CULTUUR EN WETENSCHAP", "Minister van Onderwijs, Cultuur en Wetenschap"),
    ("BRIEF VAN DE STAATSSECRETARIS SOCIALE ZAKEN EN WERKGELEGENHEID",
     "Staatssecretaris van Sociale Zaken en Werkgelegenheid"),
    ("BRIEF VAN DE MINISTER BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING",
     "Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"),
    # the first of two senders
    ("BRIEF VAN DE MINISTER BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA EN DE MINISTER VAN FINANCIËN",
     "Minister voor Basis- en Voortgezet Onderwijs en Media"),
    # unchanged: with the preposition, and the bare role
    ("BRIEF VAN DE MINISTER VOOR BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA",
     "Minister voor Basis- en Voortgezet Onderwijs en Media"),
    ("BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN FINANCIËN", "Minister van Financiën"),
    # negatives: no minister's heading
    ("BRIEF VAN DE VOORZITTER VASTE COMMISSIE ONDERWIJS", None),
    ("BRIEF VAN DE MINISTER BASIS- EN VOORTGEZET ONDERWIJS over de toetsen", None),
]

PRINT_FORM = """35 300 VIII Vaststelling van de begrotingsstaten

Nr. 212 {heading}

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 10 juli 2020

Met deze brief informeer ik u over de uitvoering van diverse moties.
"""


@pytest.mark.parametrize(("heading", "role"), HEADINGS, ids=[h[:60] for h, _ in HEADINGS])
def test_heading_without_preposition(heading: str, role: str | None) -> None:
    meta = find_metadata(clean(PRINT_FORM.format(heading=heading)))
    assert meta.sender.role == role


# --- notes whose head is split over two lines ----------------------------------------------------

KST_21501_33_918 = """21 501-33 Raad voor Vervoer, Telecommunicatie en Energie

Nr. 918 BRIEF VAN DE MINISTER VOOR KLIMAAT EN ENERGIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 21 februari 2022

Ik stuur u de Nederlandse reactie toe, zoals verstuurd aan de Europese Commissie op 19 januari 20221. \
Volledigheidshalve heb ik de open brief toegevoegd2.

De Minister voor Klimaat en Energie, R.A.A. Jetten

{head}
1

Raadpleegbaar via www.tweedekamer.nl

{head}
2

Kamerstuk 35 600, nr. 43
"""


@pytest.mark.parametrize("head", ["X Noot", "XNoot", "Noot"])
def test_split_note_head_gives_notes_and_markers(head: str) -> None:
    t = clean(KST_21501_33_918.format(head=head))
    assert [(f.marker, f.text) for f in t.footnotes] == [
        ("1", "Raadpleegbaar via www.tweedekamer.nl"), ("2", "Kamerstuk 35 600, nr. 43")]
    # the marker glued to the year: 19 januari 2022 plus marker 1
    assert "op 19 januari 2022. Volledigheidshalve" in t.body
    assert [m.marker for m in t.markers] == ["1", "2"]
    assert "Noot" not in t.body and "Raadpleegbaar" not in t.body


def test_split_note_head_cites_from_the_note() -> None:
    raw = KST_21501_33_918.format(head="X Noot").replace("de open brief toegevoegd2", "de motie van het lid "
                                                          "Bisschop c.s.2")
    doc = extract_text(raw, "x")
    [motion] = doc.motions
    assert motion.id == "kst-35600-43"


# negatives: a "Noot" line whose next line is no number alone, and a number with no note after it
@pytest.mark.parametrize("tail", [
    "X Noot\n1 januari\n\nRaadpleegbaar via www.tweedekamer.nl\n",
    "Noot\n\nRaadpleegbaar via www.tweedekamer.nl\n",
    "X Noot\n1\n",
])
def test_split_note_head_needs_its_number_and_text(tail: str) -> None:
    raw = HEAD + "Het rapport verscheen op 19 januari 20221.\n\n" + tail
    t = clean(raw)
    assert t.footnotes == ()
    assert "20221" in t.body


# --- "invulling geven aan" a motion -------------------------------------------------------------

# (letter, sentence, action). "Invulling geven aan" a motion is taking it up, not declaring it done:
# seed 000 gives "invulling aan" kst-35669-36 and the gold reads progress; kst-34775-A-63 goes on
# "Over de uitkomsten hiervan bericht ik Uw Kamer". "Uitvoering geven aan" with "hiermee" complies.
INVULLING: list[tuple[str, str, str]] = [
    ("kst-34775-A-63", "De motie van het lid Gijs van Dijk (Kamerstuk 34 775 A, nr. 42) vraagt om een plan. In dit "
     "verband wordt een aantal maatregelen uitgewerkt. Hiermee geef ik invulling aan bovengenoemde motie.",
     "progress"),
    ("uitvoering", "De motie van het lid Gijs van Dijk (Kamerstuk 34 775 A, nr. 42) vraagt om een plan. Hiermee geef "
     "ik uitvoering aan bovengenoemde motie.", "settles"),
    ("declared done", "De motie van het lid Gijs van Dijk (Kamerstuk 34 775 A, nr. 42) vraagt om een plan. Hiermee "
     "geef ik invulling aan de motie en beschouw ik deze motie als afgedaan.", "settles"),
]


@pytest.mark.parametrize(("letter", "body", "action"), INVULLING, ids=[r[0] for r in INVULLING])
def test_invulling_is_progress(letter: str, body: str, action: str) -> None:
    doc = extract_text(HEAD + body + "\n", "x")
    [motion] = doc.motions
    assert (motion.id, motion.action) == ("kst-34775-A-42", action)


# --- headings in PDF text without blank lines ------------------------------------------------------

# A letter as tweedekamer.nl prints it: one line break everywhere, headings on lines of their own.
TK_PRINT = """35 300 VIII Vaststelling van de begrotingsstaten van het Ministerie van Onderwijs, Cultuur en Wetenschap
Nr. 212
BRIEF VAN DE MINISTER BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA
Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Den Haag, 10 juli 2020
Met deze brief informeer ik u achtereenvolgens over de uitvoering van diverse moties
en toezeggingen op het gebied van het funderend onderwijs en het lerarenbeleid en
over een aantal overige beleidsontwikkelingen.
Moties
Motie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor bekostigde
als niet-bekostigde scholen
De motie van het lid Bisschop verzoekt de regering onderzoek te laten verrichten naar
de reikwijdte en een wettelijke uitwerking van het toezicht op de openbare orde in
het onderwijs. Om deze motie goed te kunnen duiden en tegemoet te komen aan de wensen van het lid
Bisschop is een korte literatuurstudie verricht. Daaruit komt naar voren dat de term
«openbare orde» in het onderwijs in zijn algemeenheid ziet op de situatie dat het
onderwijs zodanig is ingericht dat geen sprake is van strijdigheid met de wet.
"""


def _sentences(raw: str) -> list[str]:
    t = clean(raw)
    return [t.body[s:e] for s, e in t.sentences]


def test_heading_lines_end_sentences_in_single_break_text() -> None:
    got = _sentences(TK_PRINT)
    assert "Moties" in got
    assert ("Motie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor bekostigde als "
            "niet-bekostigde scholen") in got
    # running text wrapped across lines stays one sentence, also where a line ends before a capital
    assert ("Om deze motie goed te kunnen duiden en tegemoet te komen aan de wensen van het lid Bisschop is een "
            "korte literatuurstudie verricht.") in got
    doc = extract_text(TK_PRINT, "x")
    [motion] = doc.motions
    assert motion.members == ("Bisschop",)
    assert motion.evidence.startswith("Motie Bisschop over toezicht")


RUNNING = ("Het kabinet zet zich in voor de bestrijding van armoede, in het bijzonder onder kinderen en\n"
           "jongeren. Met ingang van 1 januari 2017 is extra geld structureel ter beschikking gesteld om\n"
           "armoede onder kinderen te bestrijden, in de vorm van voorzieningen in natura. Gemeenten\n"
           "ontvangen deze middelen via een decentralisatie-uitkering. Het kabinet heeft daarnaast met\n"
           "de partners afspraken gemaakt over de inzet van de middelen in de komende jaren.\n")

# (case, lines around the running text, the sentence expected or not)
HEADING_CASES: list[tuple[str, str, str, bool]] = [
    # kst-24515-455: a numbered heading right before the text
    ("numbered heading", RUNNING + "1. Inleiding\nHet kabinet zet zich in voor de bestrijding van armoede.\n",
     "Inleiding", True),
    # a heading of two lines after a blank line
    ("two-line heading", RUNNING + "\nMotie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor "
     "bekostigde\nals niet-bekostigde scholen\nDe motie verzoekt de regering om onderzoek.\n",
     "Motie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor bekostigde als niet-bekostigde "
     "scholen", True),
    # negatives: a short line after a line that runs on, a short line before lower case, a line ending in ":"
    ("third line of a sentence", RUNNING + "Het kabinet heeft met de gemeenten en de partners in het veld afgesproken "
     "dat de\nmiddelen voor de komende jaren naar de gemeenten en hun partners in het veld gaan en\nvoorts naar\n"
     "Gemeenten in het Caribisch deel van het Koninkrijk.\n", "voorts naar", False),
    ("lower case after it", RUNNING + "Moties\nvan het lid Bisschop zijn aangenomen.\n", "Moties", False),
    ("colon", RUNNING + "Ik ga in op de volgende moties:\nDe motie van het lid Bisschop.\n",
     "Ik ga in op de volgende moties:", False),
    # a run of short lines after a sentence's end, each alone (a table's caption and cells)
    ("table", RUNNING + "Tabel 1\nAantal scholen\nRegio Noord\nDe cijfers volgen hieronder.\n", "Regio Noord", True),
    ("after a comma", RUNNING + "In de komende jaren, zo is afgesproken met de gemeenten en de partners in het veld,\n"
     "Noord en Zuid\nDe cijfers volgen hieronder.\n", "Noord en Zuid", False),
]


@pytest.mark.parametrize(("case", "raw", "sentence", "alone"), HEADING_CASES, ids=[r[0] for r in HEADING_CASES])
def test_heading_line_ends_a_sentence(case: str, raw: str, sentence: str, alone: bool) -> None:
    # the line's text ends a sentence (alone, or as the end of a longer one) or it does not
    assert any(x.endswith(sentence) for x in _sentences(HEAD + raw)) is alone


def test_few_full_lines_read_no_headings() -> None:
    # a text too short to know a full line's width: line breaks run on as before
    raw = "Moties\nDe motie van het lid Bisschop is aangenomen.\n"
    assert "Moties" not in _sentences(raw)


# --- the adoption clause before the motion ---------------------------------------------------------

KST_34166_23 = """34 166 Staat van de Europese Unie 2015

Nr. 23 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 3 december 2015

{}
"""

# (case, sentence, action, adoption date)
ADOPTION_CLAUSES: list[tuple[str, str, str, str | None]] = [
    # kst-34166-23: the vote and "door uw Kamer" between the date and the participle
    ("kst-34166-23", "Hierbij doe ik u, mede namens de Minister van Buitenlandse Zaken, het kabinetsstandpunt inzake "
     "de in het ontwerp opgenomen voorstellen toekomen, mede ter uitvoering van de op 17 november jl. door uw Kamer "
     "met algemene stemmen aanvaarde motie-Taverne (Kamerstuk 21 501-02, nr. 1538).", "progress", "2015-11-17"),
    ("door de Kamer", "De op 17 november jl. door de Kamer aangenomen motie van het lid Taverne (Kamerstuk 21 501-02, "
     "nr. 1538) vraagt om een standpunt.", "mentions", "2015-11-17"),
    ("met ruime meerderheid", "In het kader van de op 17 november jl. met ruime meerderheid aangenomen motie-Taverne "
     "(Kamerstuk 21 501-02, nr. 1538) stuur ik u dit standpunt.", "progress", "2015-11-17"),
    # unchanged: the plain participle
    ("plain", "Ter uitvoering van de op 17 november jl. aanvaarde motie-Taverne (Kamerstuk 21 501-02, nr. 1538) "
     "stuur ik u dit standpunt.", "progress", "2015-11-17"),
    # negatives: a motion not adopted, and a clause naming something else before the motion
    ("verworpen", "De op 17 november jl. door de Kamer verworpen motie van het lid Taverne (Kamerstuk 21 501-02, "
     "nr. 1538) vroeg om een standpunt.", "mentions", None),
    ("another participle", "Ter uitvoering van de op 17 november jl. door uw Kamer besproken notitie stuur ik u, "
     "naast de motie-Taverne (Kamerstuk 21 501-02, nr. 1538), dit standpunt.", "mentions", None),
]


@pytest.mark.parametrize(("case", "sentence", "action", "adopted"), ADOPTION_CLAUSES,
                         ids=[r[0] for r in ADOPTION_CLAUSES])
def test_adoption_clause_before_the_motion(case: str, sentence: str, action: str, adopted: str | None) -> None:
    doc = extract_text(KST_34166_23.format(sentence), "x")
    [motion] = doc.motions
    assert (motion.id, motion.action, motion.adopted) == ("kst-21501-02-1538", action, adopted)


# --- the writer will carry out the motion ----------------------------------------------------------

# (sentence, action): announcing to carry out a motion is follow-up (progress), as "wordt uitgevoerd" is;
# refusing it, or a verb that belongs to someone else in the sentence, is not.
WILL_EXECUTE: list[tuple[str, str]] = [
    ("Ik zal de motie van het lid Ceder uitvoeren door een plan op te stellen.", "progress"),
    ("Het kabinet gaat de motie van het lid Ceder als volgt uitvoeren.", "progress"),
    ("De motie van het lid Ceder zal ik uitvoeren via het programma.", "progress"),
    ("Daarom voer ik de motie van het lid Ceder uit.", "progress"),
    ("Ik voer de motie van het lid Ceder uit door een plan op te stellen.", "progress"),
    ("Het kabinet is van plan de motie van het lid Ceder (Kamerstuk 35 300 VIII, nr. 12) uit te voeren.", "progress"),
    ("Ik zal de motie van de leden Ceder en Bikker (Kamerstuk 35 300 VIII, nr. 12) onverkort uitvoeren.", "progress"),
    # unchanged: the passive
    ("De motie van het lid Ceder wordt uitgevoerd.", "progress"),
    # negatives
    ("Ik zal de motie van het lid Ceder niet uitvoeren.", "mentions"),
    ("Ik kan de motie van het lid Ceder niet uitvoeren.", "mentions"),
    ("Ik zal de motie van het lid Ceder bespreken met de partijen die het programma uitvoeren.", "mentions"),
    ("Ik zal de motie van het lid Ceder voorleggen aan de gemeenten, die het plan uitvoeren.", "mentions"),
    ("De motie van het lid Ceder vraagt of de gemeenten het plan uitvoeren.", "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), WILL_EXECUTE, ids=[r[0][:50] for r in WILL_EXECUTE])
def test_will_carry_out_the_motion(sentence: str, action: str) -> None:
    doc = extract_text(HEAD + sentence + "\n", "x")
    [motion] = doc.motions
    assert motion.action == action


# (sentence, action): the writer reporting a motion carried out declares it done, as "De motie is
# uitgevoerd" does; partly done is progress; refusing it, or another's act, is not.
CARRIED_OUT: list[tuple[str, str]] = [
    ("Ik heb de motie van het lid Ceder uitgevoerd.", "settles"),
    ("Hiermee heeft het kabinet de motie van het lid Ceder (Kamerstuk 35 300 VIII, nr. 12) volledig uitgevoerd.",
     "settles"),
    ("Met de oprichting van het fonds heb ik de motie van het lid Ceder uitgevoerd.", "settles"),
    ("Ik heb de motie van het lid Ceder gedeeltelijk uitgevoerd.", "progress"),
    # negatives
    ("Ik heb de motie van het lid Ceder niet uitgevoerd.", "mentions"),
    ("Ik heb de motie van het lid Ceder besproken met de gemeenten, die de plannen hebben uitgevoerd.", "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), CARRIED_OUT, ids=[r[0][:50] for r in CARRIED_OUT])
def test_motion_carried_out(sentence: str, action: str) -> None:
    doc = extract_text(HEAD + sentence + "\n", "x")
    [motion] = doc.motions
    assert motion.action == action


# (sentence, action): further ways of declaring a motion done, and a hypothetical "kan worden uitgevoerd"
MORE_SETTLES: list[tuple[str, str]] = [
    ("Aan het verzoek in de motie van het lid Ceder is hiermee voldaan.", "settles"),
    ("Met deze brief is de motie van het lid Ceder afgedaan.", "settles"),
    ("De motie van het lid Ceder kan hiermee als afgedaan worden beschouwd.", "settles"),
    ("Ik stel voor de motie van het lid Ceder hiermee als afgedaan te beschouwen.", "settles"),
    ("Aan het verzoek in de motie van het lid Ceder is hiermee deels voldaan.", "progress"),
    # negatives: conditions met, a motion not yet done, a motion asking whether something can be done
    ("De motie van het lid Ceder vraagt of aan de voorwaarden is voldaan.", "mentions"),
    # not yet done: the motion reported open, its execution going on (round 11a: one rule for every verb form)
    ("De motie van het lid Ceder kan nog niet als afgedaan worden beschouwd.", "progress"),
    ("De motie van het lid Ceder vraagt of de maatregel kan worden uitgevoerd.", "mentions"),
    ("Met deze brief is de evaluatie afgerond; de motie van het lid Ceder wordt later afgedaan.", "mentions"),
    # unchanged: under way
    ("De motie van het lid Ceder wordt momenteel uitgevoerd.", "progress"),
]


@pytest.mark.parametrize(("sentence", "action"), MORE_SETTLES, ids=[r[0][:50] for r in MORE_SETTLES])
def test_more_settling_declarations(sentence: str, action: str) -> None:
    doc = extract_text(HEAD + sentence + "\n", "x")
    [motion] = doc.motions
    assert motion.action == action
