"""Accuracy round 9b: promises in subordinate clauses, promises restated, kept by the letter itself, and
one promise over two sentences (real passages of BZK, Financiën, OCW, VWS and Defensie letters).

Each row quotes the real passage and names its Kamerstuk; negatives beside them.
"""

from __future__ import annotations

import pytest

from graph.deadlines import find_deadline
from graph.extract import extract_text
from graph.model import Commitment


def _commitments(body: str, date: str) -> list[Commitment]:
    doc = extract_text(f"Den Haag, {date}\n\nGeachte voorzitter,\n\n{body}\n\nDe Minister,\n\nX\n", "x.txt")
    return list(doc.commitments)


@pytest.mark.parametrize(
    ("body", "date", "due"),
    [
        # kst-25295-993: a relative clause, the date before the Kamer
        ("In de stand van zakenbrief, die ik op 23 februari aan uw Kamer zal doen toekomen, volgt een inhoudelijke "
         "reactie van het kabinet op het OMT advies.", "17 februari 2021", "2021-02-23"),
        # kst-31293-458: present tense in a dat-clause, with a dated deadline ahead; "21 november jl." is past
        ("In de beleidsreactie op het advies van de Onderwijsraad op 21 november jl. heb ik aangegeven dat ik uw "
         "Kamer in het najaar van 2019 opnieuw bericht over de acties rondom schoolleiders.", "23 april 2019",
         "2019-12-20"),
        ("Het actieplan, dat wij in het najaar aan uw Kamer zullen sturen, bevat de maatregelen.", "10 januari 2022",
         "2022-12-20"),
        # negatives: the deadline has passed, no deadline for a present tense, an indirect question, a negation
        ("In de beleidsreactie heb ik aangegeven dat ik uw Kamer in het najaar van 2018 opnieuw bericht over de "
         "acties.", "23 april 2019", None),
        ("Het is belangrijk dat ik uw Kamer in het najaar van 2019 goed informeer over de acties.", "23 april 2019",
         None),
        ("Ik kan me voorstellen dat wij uw Kamer voor de zomer informeren.", "23 april 2019", None),
        ("De vraag is of ik uw Kamer voor de zomer zal kunnen informeren.", "23 april 2019", None),
        ("Het rapport, dat ik uw Kamer niet voor de zomer zal sturen, is vertraagd.", "23 april 2019", None),
        ("Dit is het rapport dat ik u hierbij in het voorjaar van 2019 stuur.", "23 april 2019", None),
        ("In het najaar van 2019 heb ik aangegeven dat ik uw Kamer opnieuw bericht over de acties.", "23 april 2019",
         None),
    ],
)
def test_a_promise_in_a_subordinate_clause(body: str, date: str, due: str | None) -> None:
    made = [c for c in _commitments(body, date) if c.kind == "made"]
    if due is None:
        assert made == []
    else:
        assert [(c.rule.split("+")[0], c.due, c.type) for c in made] == [("subordinate", due, "inform")]


def test_a_past_date_marked_jl_is_no_deadline() -> None:
    said = "op 21 november jl. heb ik aangegeven dat ik uw Kamer in het najaar van 2019 opnieuw bericht"
    deadline = find_deadline(said, "2019-04-23")
    assert deadline is not None and (deadline.due, deadline.text) == ("2019-12-20", "in het najaar van 2019")
    assert find_deadline("op 21 november jl. is het advies verschenen", "2019-04-23") is None
    # "a.s." still looks ahead
    deadline = find_deadline("zal ik dit uiterlijk 13 mei a.s. doen", "2016-05-02")
    assert deadline is not None and deadline.due == "2016-05-13"


KEPT_BY_LETTER = ("In mijn brief van 16 maart 2022 heb ik uw Kamer toegezegd voor het eerstvolgende commissiedebat "
                  "Belastingdienst een stand-van-zakenbrief te sturen.")


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # kst-31066-1100: the letter is the promised letter
        (KEPT_BY_LETTER + " Dit naar aanleiding van overleggen met de Vaste Kamercommissie voor Financiën.", True),
        # kst-29911-329
        ("Voor de zomer heb ik naar aanleiding van de aangenomen motie van het lid Eerdmans uw Kamer toegezegd een "
         "brief te sturen over wat er aanvullend nodig is in de strijd tegen ondermijnende criminaliteit.", True),
        # negatives: the letter says it is late; not at the opening; not a promise to inform
        (KEPT_BY_LETTER + " Helaas is het niet gelukt deze brief op tijd af te ronden.", False),
        (KEPT_BY_LETTER + " Die brief vergt meer tijd.", False),
        ("Het commissiedebat is verplaatst. " + KEPT_BY_LETTER, False),
        ("In het debat van 3 maart 2022 heb ik toegezegd de regeling aan te passen.", False),
        # a promise to inform, not to send a letter: a later letter may keep it (tests/test_commitments.py)
        ("De Staatssecretaris heeft in zijn brief van 24 september 2021 toegezegd uw Kamer te informeren.", False),
        ("In het debat heb ik toegezegd de brief van de SER te bespreken met de sociale partners.", False),
    ],
)
def test_a_promise_recalled_at_the_opening_is_kept_by_the_letter(body: str, kept: bool) -> None:
    found = [c for c in _commitments(body, "2 september 2022") if c.kind == "fulfilled"]
    assert [c.rule for c in found] == (["kept-by-letter"] if kept else [])


@pytest.mark.parametrize(
    ("body", "due", "made_by"),
    [
        # kst-35510-59 (22 juni 2021), both after an opening sentence
        ("In de aanbiedingsbrief van de Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties is toegezegd "
         "een overzicht van de onderliggende departementale actieplannen met uw Kamer te delen voor Prinsjesdag.",
         "2021-09-20", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"),
        ("Met betrekking tot de uitvoering van de motie Marijnissen heeft de Staatssecretaris van Binnenlandse Zaken "
         "en Koninkrijksrelaties uw Kamer laten weten u eind van het jaar te informeren over de plannen van aanpak.",
         "2021-12-31", "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"),
        # negatives: the deadline has passed, or there is none
        ("In het debat van 3 maart heb ik toegezegd uw Kamer voor 1 juni te informeren over de plannen.", None, None),
        # (round 10b: "voor het begrotingsdebat" is a deadline without a date, restated: see
        # tests/test_accuracy_round10b_commitments.py; "tijdens" says where it was promised)
        ("In antwoord op vragen is uw Kamer tijdens het begrotingsdebat een eerste rapportage toegezegd.", None, None),
        # a time phrase before the reporting verb says when the promise was made (kst-29911-329)
        ("Voor de zomer heb ik uw Kamer toegezegd een brief te sturen over de aanpak.", None, None),
    ],
)
def test_a_promise_reported_as_made_before_is_restated_while_its_deadline_is_ahead(
    body: str, due: str | None, made_by: str | None
) -> None:
    found = _commitments("Uw Kamer heeft mij om een brief verzocht. " + body, "22 juni 2021")
    if due is None:
        assert found == []
    else:
        assert [(c.kind, c.rule.split("+")[0], c.due, c.made_by) for c in found] == [("made", "restated", due, made_by)]


def test_a_promise_to_inform_recalled_at_the_opening_is_neither_made_nor_kept() -> None:
    # it may be what this letter does, or still open: undecided (tests/test_commitments.py, MADE)
    opening = "Ik heb uw Kamer toegezegd voor de zomer te informeren over de plannen van aanpak."
    assert _commitments(opening, "22 juni 2021") == []
    # after the opening, with its deadline ahead, it is restated
    found = _commitments("Uw Kamer heeft mij om een brief verzocht. " + opening, "2 februari 2021")
    assert [(c.kind, c.rule, c.due) for c in found] == [("made", "restated+season", "2021-07-08")]


JSS = ("Zoals toegezegd in de brief van 6 april zal ik de Kamer bovendien informeren over de oorzaak van de schade. "
       "Daarvoor moet eerst het onderzoek naar de oorzaak van de schade zijn voltooid. ")


@pytest.mark.parametrize(
    ("body", "dues"),
    [
        # kst-33763-103: one promise over two sentences
        (JSS + "Ik streef ernaar de Kamer nog voor het zomerreces te informeren.", ["2016-07-07"]),
        # two promises: the second names its own subject, or is too far away, or the first has a deadline
        (JSS + "Ik streef ernaar de Kamer nog voor het zomerreces te informeren over de reparatie.",
         [None, "2016-07-07"]),
        (JSS + "Dat duurt lang. Dat duurt heel lang. Ik streef ernaar de Kamer nog voor het zomerreces te informeren.",
         [None, "2016-07-07"]),
        ("Ik zal de Kamer in juni informeren over de oorzaak van de schade. Ik streef ernaar de Kamer nog voor het "
         "zomerreces te informeren.", ["2016-06-30", "2016-07-07"]),
    ],
)
def test_a_promise_naming_only_its_when_times_the_promise_before(body: str, dues: list[str | None]) -> None:
    made = [c for c in _commitments(body, "2 mei 2016") if c.kind == "made"]
    assert [c.due for c in made] == dues


@pytest.mark.parametrize(
    ("body", "rules"),
    [
        # kst-29538-331: a list of topics, not of promises: the sentence keeps at least one
        ("Met deze brief informeer ik uw Kamer over de uitvoering van de volgende moties en toezeggingen op de "
         "volgende onderwerpen:\n\n• Het Wmo-toezicht.\n\n• Mantelzorg.", ["keeps-forward"]),
        # a list naming each promise: one kept commitment per item, not one for the sentence
        ("Met deze brief voldoe ik aan de volgende toezeggingen:\n\n• De toezegging aan het lid Tielen om de "
         "monitor te sturen.\n\n• De toezegging aan het lid Smals om de evaluatie te sturen.",
         ["keeps-listed", "keeps-listed"]),
        # negative: promises still open are listed, not kept
        ("Hierbij treft u een overzicht van de volgende openstaande toezeggingen:\n\n• Het Wmo-toezicht.", []),
    ],
)
def test_a_sentence_keeping_the_promises_listed_after_it(body: str, rules: list[str]) -> None:
    kept = [c for c in _commitments(body, "10 december 2021") if c.kind == "fulfilled"]
    assert [c.rule for c in kept] == rules


@pytest.mark.parametrize(
    ("sentence", "due", "text"),
    [
        # kst-19637-2651 (10 november 2020): the letter's own day, and "doen komen" for "doen toekomen"
        ("Ik verwacht uw Kamer rond 16:00 een brief te doen komen met de reactie op uw verzoek.", "2020-11-10",
         "rond 16:00"),
        ("Ik zal uw Kamer morgen een brief sturen over de situatie op Lesbos.", "2020-11-11", "morgen"),
        ("Ik zal uw Kamer later vandaag informeren over de situatie op Lesbos.", "2020-11-10", "later vandaag"),
        # a day named wins over a clock time after it; "van morgen" is the future, not tomorrow
        ("Ik zal uw Kamer uiterlijk 1 december om 12.00 uur informeren.", "2020-12-01", "uiterlijk 1 december"),
        ("Ik zal uw Kamer informeren over de zorg van morgen.", None, None),
    ],
)
def test_a_promise_due_today_or_tomorrow(sentence: str, due: str | None, text: str | None) -> None:
    made = [c for c in _commitments(sentence, "10 november 2020") if c.kind == "made"]
    assert [(c.type, c.due, c.due_text) for c in made] == [("inform", due, text)]
