"""Accuracy round 11b: promises kept in other words than "toezeggen", "vandaag" in a present tense, a possessive
after "deze brief", the cabinet as a genitive, and deadlines named by a school holiday, a feast day, half a year,
a few weeks or the first months of a year (real passages of Financiën, OCW and VWS letters; negatives beside them)."""

from __future__ import annotations

import pytest

from graph.deadlines import find_deadline
from graph.extract import extract_text
from graph.model import Commitment

LEAD = "Het kabinet werkt aan een voortgangsbrief. "  # the opening sentence is read as the letter's subject


def _commitments(body: str, date: str = "3 maart 2022") -> list[Commitment]:
    doc = extract_text(f"Den Haag, {date}\n\nGeachte voorzitter,\n\n{LEAD}{body}\n\nDe Minister,\n\nX\n", "x.txt")
    return list(doc.commitments)


@pytest.mark.parametrize(
    ("body", "rule", "type_"),
    [
        ("Zoals beloofd stuur ik u vandaag de evaluatie.", "keeps-said", "inform"),
        ("Zoals afgesproken stuur ik u hierbij de evaluatie.", "keeps-said", "inform"),
        ("Zoals eerder aangekondigd bied ik u hierbij het rapport aan.", "keeps-said", "inform"),
        ("Zoals eerder beloofd wordt u hierbij de evaluatie aangeboden.", "keeps-said", "inform"),
        ("Zoals ik in het debat van 10 februari jl. heb beloofd, ontvangt u hierbij de evaluatie.", "keeps-said",
         "inform"),
        # irregular participles of sending make a kept promise one to inform
        ("Zoals toegezegd heb ik u vandaag de evaluatie toegezonden.", "keeps-named", "inform"),
        ("Zoals toegezegd wordt de evaluatie hierbij aan uw Kamer gezonden.", "keeps-named", "inform"),
        # kst-28165-334: "deze" belongs to "brief", "mijn toezegging" is named here
        ("Tevens kom ik met deze brief mijn toezegging na om uw Kamer te informeren over de oorsprong van de "
         "voorhangprocedure.", "keeps-named", "inform"),
    ],
)
def test_a_promise_kept_in_other_words(body: str, rule: str, type_: str) -> None:
    found = _commitments(body)
    assert [(c.kind, c.rule, c.type) for c in found] == [("fulfilled", rule, type_)]


@pytest.mark.parametrize(
    "body",
    [
        "Zoals eerder gemeld stuur ik u vandaag de evaluatie.",  # something said, no promise; done today
        "Zoals eerder vermeld ontvangt u hierbij de evaluatie.",
        "Zoals door uw Kamer verzocht stuur ik u hierbij de evaluatie.",  # the Kamer's request
        "Zoals in de Miljoenennota aangekondigd investeert het kabinet 10 miljoen in de regio.",  # no act of the letter
        "Zoals beloofd stuur ik u het rapport niet.",
        "Vandaag ontvangt uw Kamer ook de evaluatie.",
        "Het rapport wordt vandaag aan uw Kamer gestuurd.",
    ],
)
def test_no_promise_kept_or_made(body: str) -> None:
    assert _commitments(body) == []


@pytest.mark.parametrize(
    ("body", "rule", "due_text"),
    [
        # restated for later: a promise made, not kept
        ("Zoals aangekondigd zal ik u voor de zomer informeren.", "promise+season", "voor de zomer"),
        ("Zoals aangekondigd stuur ik u in het najaar het rapport.", "present+season", "in het najaar"),
        # "later vandaag", "morgen": still to come on the letter's day or the next
        ("Ik stuur u later vandaag de evaluatie.", "present+today", "later vandaag"),
        ("Morgen stuur ik u de evaluatie.", "present+today", "Morgen"),
    ],
)
def test_a_promise_restated_or_still_to_come(body: str, rule: str, due_text: str) -> None:
    found = _commitments(body)
    assert [(c.kind, c.rule, c.due_text) for c in found] == [("made", rule, due_text)]


@pytest.mark.parametrize(
    ("body", "made_on"),
    [
        ("Zoals toegezegd stuur ik u vandaag de evaluatie.", None),  # "vandaag" says when it is kept
        ("Zoals toegezegd heb ik u vandaag de evaluatie toegezonden.", None),
        ("Zoals ik u vandaag in het debat heb toegezegd, stuur ik u hierbij de evaluatie.", "2022-03-03"),
    ],
)
def test_made_today_only_before_the_saying(body: str, made_on: str | None) -> None:
    found = _commitments(body)
    assert [(c.kind, c.made_on) for c in found] == [("fulfilled", made_on)]


@pytest.mark.parametrize(
    ("body", "made_by"),
    [
        # kst-33400-VIII-5: "van het kabinet" is a genitive, the writer promises
        ("Vanwege de demissionaire status van het kabinet zal ik de nieuwe bewindspersoon van OCW verzoeken om de "
         "gevraagde reactie aan uw Kamer te zenden.", "ik"),
        ("Het kabinet zal u voor de zomer informeren.", "kabinet"),
    ],
)
def test_who_promises(body: str, made_by: str) -> None:
    assert [c.made_by for c in _commitments(body)] == [made_by]


@pytest.mark.parametrize(
    ("said", "earliest", "due", "rule"),
    [
        # a school holiday is the Kamer's recess of that name (recesses.csv for 2022)
        ("voor de zomervakantie", "2022-03-03", "2022-07-07", "holiday"),
        ("na de zomervakantie", "2022-09-06", None, "holiday"),
        ("voor de kerstvakantie", "2022-03-03", "2022-12-22", "holiday"),
        ("voor de herfstvakantie", "2022-03-03", "2022-10-12", "holiday~"),
        ("voor de krokus", "2022-03-03", "2023-02-14", "holiday~"),
        ("voor de kerst", "2022-03-03", "2022-12-24", "feast"),
        ("voor de kerstdagen", "2022-03-03", "2022-12-24", "feast"),
        ("voor de jaarwisseling", "2022-03-03", "2022-12-31", "feast"),
        ("na de jaarwisseling", "2023-01-02", None, "feast"),
        # half a year from the letter, not the middle of this year
        ("over een half jaar", "2022-03-03", "2022-09-01", "within-half"),
        ("binnen een halfjaar", "2022-03-03", "2022-09-01", "within-half"),
        ("binnen anderhalf jaar", "2022-03-03", "2023-09-02", "within-half"),
        ("over enkele weken", None, None, "few"),
        ("binnen een paar maanden", None, None, "few"),
        ("in de eerste maanden van volgend jaar", "2023-01-01", "2023-05-01", "months-of"),
        ("in de laatste maanden van dit jaar", "2022-09-01", "2022-12-31", "months-of"),
        # the published recesses and the rest as before
        ("voor het zomerreces", "2022-03-03", "2022-07-07", "recess"),
        ("in de loop van 2022", "2022-01-01", "2022-12-31", "year"),
        ("begin volgend jaar", "2023-01-01", "2023-05-01", "year"),
        ("binnen twee maanden", "2022-03-03", "2022-05-03", "within"),
        ("in Q3", "2022-07-01", "2022-09-30", "quarter"),
        ("rond Prinsjesdag", "2022-09-20", "2022-09-20", "prinsjesdag"),
        ("uiterlijk 1 juli", "2022-03-03", "2022-07-01", "day"),
    ],
)
def test_deadlines_against_the_letter(said: str, earliest: str | None, due: str | None, rule: str) -> None:
    deadline = find_deadline(f"Ik zal u {said} informeren.", "2022-03-03")
    assert deadline is not None and (deadline.earliest, deadline.due, deadline.text, deadline.rule) == (
        earliest, due, said, rule)


def test_christmas_past_is_next_year() -> None:
    deadline = find_deadline("Ik zal u voor de kerst informeren.", "2022-12-27")
    assert deadline is not None and deadline.due == "2023-12-24"


@pytest.mark.parametrize("said", ["de halve wereld", "de kerstboom", "een halve maatregel", "de vakantie",
                                  "de krokussen"])
def test_no_holiday_deadline(said: str) -> None:
    assert find_deadline(f"Ik zal u over {said} informeren.", "2022-03-03") is None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # kst-31288-250 (OCW, 2011): announced in the present tense with "te zullen"
        ("In mijn hierboven genoemde brief over de kosten en baten van buitenlandse studenten kondig ik aan met een "
         "aanvullende beleidsnotitie ter zake te zullen komen in mei 2012.",
         [("announced+month", "inform", "2012-05-31", "ik")]),
        ("Wij kondigen hierbij aan uw Kamer in het najaar te zullen informeren.",
         [("announced+season", "inform", "2012-12-20", "kabinet")]),
        # kst-31288-250: a deadline naming the Voorjaarsnota (sent by 1 June)
        ("Ik ben voornemens uitgebreid te reageren op de motie-Lucas en wel vóór de Voorjaarsnota 2012.",
         [("promise+budget-note", "act", "2012-05-31", "ik")]),
        # recalled, negated: no promise made now
        ("In de brief van mei heb ik aangekondigd met een notitie te zullen komen.", []),
        ("Ik kondig aan dit niet te zullen doen.", []),
    ],
)
def test_a_promise_announced(body: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    found = _commitments(body, "23 december 2011")
    assert [(c.rule, c.type, c.due, c.made_by) for c in found] == expected


@pytest.mark.parametrize(
    ("said", "date", "earliest", "due"),
    [
        ("voor de Voorjaarsnota", "2022-03-03", "2022-03-03", "2022-05-31"),
        ("bij de Voorjaarsnota", "2022-07-03", "2022-07-03", "2023-06-01"),  # this year's has passed
        ("met de Najaarsnota", "2022-03-03", "2022-03-03", "2022-12-01"),
        ("na de Voorjaarsnota", "2022-03-03", "2022-06-02", None),
    ],
)
def test_a_deadline_naming_a_budget_update(said: str, date: str, earliest: str, due: str | None) -> None:
    deadline = find_deadline(f"Ik zal u {said} informeren.", date)
    assert deadline is not None and (deadline.earliest, deadline.due, deadline.rule) == (earliest, due, "budget-note")


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # kst-27625-693: promises kept but left unnamed, the letter's sections name them
        ("Daarnaast wordt met deze brief invulling gegeven aan een aantal moties en toezeggingen.", 0),
        ("Met deze brief geef ik invulling aan enkele toezeggingen aan uw Kamer.", 0),
        # named, or named by where and when: kept
        ("Met deze brief geef ik invulling aan de toezegging om u te informeren over de pilots.", 1),
        ("Met deze brief geef ik invulling aan een aantal toezeggingen uit het commissiedebat van 10 februari jl. over "
         "de pilots.", 1),
    ],
)
def test_promises_kept_but_unnamed(body: str, kept: int) -> None:
    assert sum(c.kind == "fulfilled" for c in _commitments(body)) == kept


@pytest.mark.parametrize(
    ("body", "rule", "made_on"),
    [
        # "twee" without an article names the promises ("aan twee toezeggingen uit …"); with one it points back
        ("Met deze brief geef ik invulling aan twee toezeggingen uit het commissiedebat van 10 februari jl.",
         "keeps-named", "2022-02-10"),
        ("In het debat van 10 februari jl. heb ik twee toezeggingen gedaan. Met deze brief kom ik de twee "
         "toezeggingen na.", "keeps-named-before", "2022-02-10"),
    ],
)
def test_two_promises_named_or_pointed_back(body: str, rule: str, made_on: str) -> None:
    assert [(c.rule, c.made_on) for c in _commitments(body)] == [(rule, made_on)]


def test_what_runs_past_a_decimal_point() -> None:
    # kst-28165-334: "artikel 4.7" is no sentence end
    found = _commitments("Tevens kom ik met deze brief mijn toezegging na om uw Kamer te informeren over de oorsprong "
                         "van de voorhangprocedure, bedoeld in artikel 4.7 van de Comptabiliteitswet 2016.")
    assert [c.what for c in found] == ["uw Kamer te informeren over de oorsprong van de voorhangprocedure, bedoeld in "
                                       "artikel 4.7 van de Comptabiliteitswet 2016"]
