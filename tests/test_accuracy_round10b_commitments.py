"""Accuracy round 10b: deadlines that name a debate, the letter describing itself, a passive plan of the
Kamer's, promises recalled in the passive (real passages of BZK letters; negatives beside them)."""

from __future__ import annotations

import pytest

from graph.dates import find_date
from graph.deadlines import find_deadline
from graph.extract import extract_text
from graph.model import Commitment

LEAD = "Het kabinet werkt aan een voortgangsbrief. "  # the opening sentence is read as the letter's subject


def _commitments(body: str, date: str) -> list[Commitment]:
    doc = extract_text(f"Den Haag, {date}\n\nGeachte voorzitter,\n\n{LEAD}{body}\n\nDe Minister,\n\nX\n", "x.txt")
    return list(doc.commitments)


@pytest.mark.parametrize(
    ("said", "due", "text"),
    [
        ("Ik zal u voor het begrotingsdebat informeren.", None, "voor het begrotingsdebat"),
        ("Ik zal u voor de begrotingsbehandeling informeren.", None, "voor de begrotingsbehandeling"),
        ("Ik zal u voorafgaand aan het notaoverleg informeren.", None, "voorafgaand aan het notaoverleg"),
        ("Ik zal u voor het commissiedebat van 10 maart informeren.", "2022-03-09",
         "voor het commissiedebat van 10 maart"),
        ("Ik stuur u de brief voor het commissiedebat Digitale Zaken op 10 oktober 2022.", "2022-10-09",
         "voor het commissiedebat Digitale Zaken op 10 oktober 2022"),
        ("Ik zal u voor de plenaire behandeling van het wetsvoorstel informeren.", None,
         "voor de plenaire behandeling van het wetsvoorstel"),
        # a dated phrase wins over an undated debate
        ("Ik zal u voor het debat, in het najaar, informeren.", "2022-12-20", "in het najaar"),
        # "over … van 3 maart" is the date of something else
        ("Ik zal u voor het debat over de brief van 10 maart informeren.", None, "voor het debat"),
    ],
)
def test_a_deadline_naming_a_debate(said: str, due: str | None, text: str) -> None:
    deadline = find_deadline(said, "2022-03-03")
    assert deadline is not None and (deadline.due, deadline.text) == (due, text)


@pytest.mark.parametrize(
    "said",
    ["voor het AO van 2 maart jl. heb ik u een brief gestuurd", "tijdens het begrotingsdebat is dit besproken",
     "in het commissiedebat van 10 maart"],
)
def test_no_debate_deadline(said: str) -> None:
    assert find_deadline(said, "2022-03-03") is None


@pytest.mark.parametrize(
    ("body", "date", "expected"),
    [
        # kst-35510-59: recalled in the passive, the deadline before the participle, no one named
        ("In aanvulling daarop is, in antwoord op vragen van de leden Ceder (CU)/Leijten (SP), uw Kamer voor het "
         "begrotingsdebat een eerste rapportage over de voortgang toegezegd.", "22 juni 2021",
         [("restated+debate", None, "voor het begrotingsdebat", "kabinet", "inform")]),
        ("In het debat heb ik toegezegd u voor het notaoverleg te informeren over de kosten.", "22 juni 2021",
         [("restated+debate", None, "voor het notaoverleg", "ik", "inform")]),
        ("In het AO heb ik uw Kamer voor de zomer een brief toegezegd.", "22 juni 2021",
         [("restated+season", "2021-07-08", "voor de zomer", "ik", "inform")]),
        # a time phrase before the finite verb says when the promise was made, not when it is due
        ("Voor de zomer heb ik uw Kamer een brief toegezegd.", "22 juni 2021", []),
        ("Ik informeer u voor het begrotingsdebat over de voortgang.", "22 juni 2021",
         [("present+debate", None, "voor het begrotingsdebat", "ik", "inform")]),
    ],
)
def test_promises_timed_by_a_debate(body: str, date: str, expected: list[tuple[object, ...]]) -> None:
    made = [c for c in _commitments(body, date) if c.kind == "made"]
    assert [(c.rule, c.due, c.due_text, c.made_by, c.type) for c in made] == expected


@pytest.mark.parametrize(
    ("body", "promise"),
    [
        # kst-32802-73: the letter describing itself
        ("In deze Kamerbrief zal ik een toelichting geven op de voortgang en uitvoering van de openstaande "
         "toezeggingen.", False),
        ("In deze voortgangsbrief zal ik u informeren over de stand van zaken.", False),
        ("In de onderhavige rapportage zal ik ingaan op de knelpunten.", False),
        ("Allereerst zal ik ingaan op de voortgang van het programma.", False),
        ("Daarna zal ik de uitkomsten van de consultatie schetsen.", False),
        # with a deadline ahead the same verb promises
        ("Ik zal in de volgende voortgangsrapportage ingaan op de knelpunten.", True),
        ("Ik zal voor de zomer ingaan op de uitkomsten van het onderzoek.", True),
        ("Ik zal u in de volgende voortgangsbrief informeren over de stand van zaken.", True),
        # round 9: a passive plan of the Kamer's about a thing already sent
        ("Het rapport dat ik u vorige week stuurde, zal in het commissiedebat van 10 maart worden besproken.", False),
        ("Het advies dat ik uw Kamer heb gestuurd, zal in het notaoverleg worden behandeld.", False),
        ("Het rapport dat ik u in april zal sturen, bevat de cijfers.", True),
        ("Ik verwacht dat ik u het rapport in april zal sturen.", True),
    ],
)
def test_the_letter_itself_and_the_kamers_plans_are_no_promise(body: str, promise: bool) -> None:
    made = [c for c in _commitments(body, "3 maart 2022") if c.kind == "made"]
    assert bool(made) is promise, made


def test_a_footnote_marker_glued_to_a_department_is_no_part_of_who_promised() -> None:
    body = ("In de aanbiedingsbrief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties3 is "
            "toegezegd een overzicht van de onderliggende departementale actieplannen met uw Kamer te delen voor "
            "Prinsjesdag.")
    made = [c for c in _commitments(body, "22 juni 2021") if c.kind == "made"]
    assert [(c.made_by, c.due) for c in made] == [
        ("Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties", "2021-09-20")
    ]


# --- new letters (step 2) ---------------------------------------------------------------------


def test_a_promise_made_in_the_document_named_before_and_kept_by_a_sent_attachment() -> None:
    # kst-31066-857: "Hierin" is the progress report of the sentence before; the commissiedebat is when it was due
    body = ("Op 22 juni heb ik uw Kamer de 7de Voortgangsrapportage Kinderopvangtoeslag toegestuurd (Kamerstuk 31 066, "
            "nr. 854). Hierin heb ik uw Kamer toegezegd om voor het commissiedebat van 1 juli aanstaande twee "
            "documenten met uw Kamer te delen. Ten eerste de derde periodieke doorlichting, en ten tweede het "
            "ongevraagd advies. Bijgevoegd bied ik het rapport en het advies aan uw Kamer aan.")
    found = _commitments(body, "29 juni 2021")
    assert [(c.kind, c.made_on, c.made_in, c.refers_to) for c in found] == [
        ("fulfilled", "2021-06-22", "kst-31066-854", "kst-31066-854")
    ]


@pytest.mark.parametrize(
    ("body", "kinds"),
    [
        # kst-29279-331: a standing promise restated, this letter its first report
        ("Zoals ik heb toegezegd in mijn brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) zal ik u over de voortgang "
         "van het wetgevingsprogramma twee keer per jaar apart rapporteren. Deze brief behelst de eerste zelfstandige "
         "rapportage.", [("made", None, None), ("fulfilled", "2016-03-07", "kst-29279-302")]),
        # without the sentence about this letter the promise is only restated
        ("Zoals ik heb toegezegd in mijn brief van 7 maart 2016 (Kamerstuk 29 279, nr. 302) zal ik u over de voortgang "
         "van het wetgevingsprogramma twee keer per jaar apart rapporteren. De modernisering is een grote operatie.",
         [("made", None, None)]),
    ],
)
def test_this_letter_as_the_report_a_restated_promise_promised(body: str, kinds: list[tuple[object, ...]]) -> None:
    assert [(c.kind, c.made_on, c.made_in) for c in _commitments(body, "29 juni 2016")] == kinds


def test_a_debate_dated_after_its_subject() -> None:
    # kst-34775-A-66: "op 20 juni" is the debate's day; the promise is due the day before
    body = ("Ik zal u zo spoedig mogelijk de gevraagde aanvullende informatie doen toekomen, in ieder geval "
            "ruimschoots voorafgaand aan het Wetgevingsoverleg over de Jaarverslagen van Infrastructuur en Waterstaat "
            "op 20 juni.")
    [made] = _commitments(body, "15 mei 2018")
    assert (made.due, made.rule) == ("2018-06-19", "promise+debate")


@pytest.mark.parametrize(
    ("said", "made_on"),
    [
        # kst-34775-XVI-121: a footnote marker glued to the year (its note lost) is no part of it
        ("Tijdens het AO Verzwijgen medische missers van 15 december 20161 heeft de voormalig Minister van VWS "
         "toegezegd uw Kamer te zullen informeren over de mogelijkheid. Hiermee voldoet de Minister van VWS aan deze "
         "toezegging.", "2016-12-15"),
        ("Tijdens het AO van 15 december 2016 heeft de Minister toegezegd uw Kamer te zullen informeren over de "
         "mogelijkheid. Hiermee voldoet de Minister aan deze toezegging.", "2016-12-15"),
    ],
)
def test_a_year_with_a_glued_marker(said: str, made_on: str) -> None:
    assert [(c.kind, c.made_on) for c in _commitments(said, "22 december 2017")] == [("fulfilled", made_on)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("van 15 december 20161 heeft", "2016-12-15"),  # marker 1
        ("op 24 november 202312 heb ik", "2023-11-24"),  # marker 12
        ("op 15 december 2016 heeft", "2016-12-15"),
        ("op 15 december 2016, 3 weken later", "2016-12-15"),
    ],
)
def test_find_date_reads_a_year_before_a_glued_marker(text: str, iso: str) -> None:
    assert find_date(text, "2024-01-10")[0] == iso


def _letter(body: str, date: str) -> list[Commitment]:
    """A letter whose first sentence is ``body``'s first (no lead sentence before it)."""
    doc = extract_text(f"Den Haag, {date}\n\nGeachte voorzitter,\n\n{body}\n\nDe Minister,\n\nX\n", "x.txt")
    return list(doc.commitments)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # kst-35925-III-30: a written answer announced in today's debate, recalled at the opening: this letter
        ("Vandaag heb ik u aangekondigd heden schriftelijk nader te antwoorden op vragen die de leden Van der Plas en "
         "Omtzigt stelden in het debat over sms-berichten (Handelingen II 2021/22, nr. 82). Het lid Van der Plas vroeg "
         "naar mijn persconferentie.",
         [("fulfilled", "kept-by-letter", "2022-05-19", "Handelingen II 2021/22, nr. 82")]),
        ("In het debat van 3 mei heb ik toegezegd per brief te reageren op het advies. Het advies is helder.",
         [("fulfilled", "kept-by-letter", "2022-05-03", "debat")]),
        # not at the opening: a promise recalled, not what this letter does
        ("Het advies is helder. In het debat van 3 mei heb ik toegezegd per brief te reageren op het advies.", []),
        # not in writing: undecided
        ("In het debat van 3 mei heb ik toegezegd te reageren op het advies. Het advies is helder.", []),
        # held up
        ("In het debat van 3 mei heb ik toegezegd per brief te reageren op het advies. Helaas vergt dit meer tijd.",
         []),
    ],
)
def test_a_written_answer_recalled_at_the_opening_is_this_letter(body: str, expected: list[tuple[object, ...]]) -> None:
    found = _letter(body, "19 mei 2022")
    assert [(c.kind, c.rule, c.made_on, c.made_in) for c in found] == expected


@pytest.mark.parametrize(
    ("body", "promise"),
    [
        # kst-35925-III-30: questions left for a later document ("vandaag aangekondigde" is no deadline)
        ("Zijn overige vragen worden betrokken bij het vandaag aangekondigde voortgangsbericht over de vragen van het "
         "lid Klaver.", True),
        ("De overige vragen zullen in de voortgangsbrief worden beantwoord.", True),
        ("De vragen van de commissie worden beantwoord in de nota naar aanleiding van het verslag.", True),
        # this letter, done, denied, a relative clause
        ("De vragen worden in deze brief beantwoord.", False),
        ("De vragen zijn beantwoord in de brief van 3 maart.", False),
        ("Deze vragen worden niet beantwoord in de brief.", False),
        ("De vragen worden hieronder beantwoord in de volgorde van de brief.", False),
        ("Het verslag bevat de vragen die worden beantwoord in de nota naar aanleiding van het verslag.", False),
    ],
)
def test_questions_answered_in_a_later_document(body: str, promise: bool) -> None:
    made = [c for c in _commitments(body, "19 mei 2022") if c.kind == "made"]
    assert [(c.rule, c.due, c.type) for c in made] == ([("answered-later", None, "inform")] if promise else [])


@pytest.mark.parametrize(
    ("said", "due"),
    [("Ik zal u vandaag nog een brief sturen.", "2022-05-19"), ("het vandaag aangekondigde voortgangsbericht", None),
     ("de vandaag gepubliceerde rapportage", None)],
)
def test_today_before_a_participle_is_no_deadline(said: str, due: str | None) -> None:
    deadline = find_deadline(said, "2022-05-19")
    assert (deadline.due if deadline else None) == due


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Het rapport zal voor de zomer aan uw Kamer worden gestuurd.", [("2022-07-07", "ik")]),
        ("De evaluatie wordt in het najaar aan uw Kamer aangeboden.", [("2022-12-20", "ik")]),
        ("De Kamer wordt voor de zomer geïnformeerd over de uitkomsten.", [("2022-07-07", "ik")]),
        ("Het plan dat in mei aan de Kamer zal worden voorgelegd, bevat maatregelen.", [("2022-05-31", "ik")]),
        ("De wet zal door het kabinet voor 1 juli aan de Kamer worden voorgelegd.", [("2022-06-30", "kabinet")]),
        # the letter, a third party, done, denied, a present tense without a when
        ("De evaluatie wordt hierbij aan uw Kamer aangeboden.", []),
        ("Het advies zal door de Raad aan uw Kamer worden aangeboden.", []),
        ("Het rapport is op 1 maart aan uw Kamer gestuurd.", []),
        ("Het rapport wordt niet aan uw Kamer gestuurd.", []),
        ("De Kamer wordt regelmatig geïnformeerd over de voortgang.", []),
        ("In 2021 werd de Kamer geïnformeerd.", []),
    ],
)
def test_a_thing_sent_to_the_kamer_in_the_passive(body: str, expected: list[tuple[object, ...]]) -> None:
    made = [c for c in _commitments(body, "3 maart 2022") if c.kind == "made"]
    assert [(c.due, c.made_by) for c in made] == expected
    assert all(c.rule.startswith("sent-passive") and c.type == "inform" for c in made)


@pytest.mark.parametrize(
    ("said", "due", "text"),
    [
        # "van volgend jaar" after a quarter, a half or a season is the year, not this one
        ("in het eerste kwartaal van volgend jaar", "2023-03-31", "in het eerste kwartaal van volgend jaar"),
        ("in de tweede helft van volgend jaar", "2023-12-31", "in de tweede helft van volgend jaar"),
        ("in het voorjaar van volgend jaar", "2023-06-20", "in het voorjaar van volgend jaar"),
        ("in het najaar van dit jaar", "2022-12-20", "in het najaar van dit jaar"),
        ("in het tweede kwartaal van dit jaar", "2022-06-30", "in het tweede kwartaal van dit jaar"),
        # a year's budget is submitted on Prinsjesdag the year before (Grondwet art. 105 lid 2, art. 65)
        ("bij de begroting voor 2024", "2023-09-19", "bij de begroting voor 2024"),
        ("met de ontwerpbegroting 2023", "2022-09-20", "met de ontwerpbegroting 2023"),
        ("bij de eerstvolgende begroting", "2022-09-20", "bij de eerstvolgende begroting"),
        ("bij de Miljoenennota", "2022-09-20", "bij de Miljoenennota"),
        ("voor de begroting van 2023", "2022-09-19", "voor de begroting van 2023"),
    ],
)
def test_years_named_after_a_period_and_budgets(said: str, due: str, text: str) -> None:
    deadline = find_deadline(f"Ik zal u {said} informeren", "2022-03-03")
    assert deadline is not None and (deadline.due, deadline.text) == (due, text)


@pytest.mark.parametrize("said", ["bij de begroting", "in de begroting voor 2022"])
def test_no_budget_deadline(said: str) -> None:
    assert find_deadline(f"Ik zal u {said} informeren", "2022-03-03") is None
