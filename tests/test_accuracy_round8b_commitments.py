"""Accuracy round 8b: commitments on real letters of Defensie, BZ, BZK, JenV, VWS, LNV, IenW and EZK.

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


POSTPONED = ("Het is daarom niet mogelijk, zoals eerder toegezegd, uw Kamer eind februari te informeren over de "
             "eindafweging en de uitvoeringsmodaliteiten.")


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (POSTPONED, False),  # kst-27925-966
        ("Anders dan eerder toegezegd heeft het onderzoek meer tijd nodig.", False),
        ("De brief komt later dan in het commissiedebat toegezegd.", False),
        ("Het is helaas niet gelukt de evaluatie, zoals toegezegd, voor de zomer af te ronden.", False),
        # kept: the promise named and kept in one sentence
        ("Zoals eerder toegezegd, informeer ik uw Kamer hierbij over de eindafweging.", True),
        ("Met deze brief kom ik mijn toezegging na om u over de eindafweging te informeren.", True),
    ],
)
def test_a_promise_the_letter_says_it_cannot_keep_is_not_kept(sentence: str, kept: bool) -> None:
    found = [c for c in _commitments(sentence, "5 maart 2024") if c.kind == "fulfilled"]
    assert bool(found) is kept


def test_a_postponement_still_makes_the_new_promise_after_it() -> None:
    """kst-27925-966: the old promise is not kept; the cabinet's new one (as soon as possible) is made."""
    found = _commitments(POSTPONED + " Het kabinet streeft er naar uw Kamer zo spoedig mogelijk te informeren.",
                         "5 maart 2024")
    assert [(c.kind, c.made_by, c.due_text) for c in found] == [("made", "kabinet", "zo spoedig mogelijk")]


def test_a_denied_keeping_can_still_promise_anew() -> None:
    found = _commitments("Anders dan eerder toegezegd zal ik uw Kamer na de zomer informeren.", "5 maart 2024")
    assert [(c.kind, c.type, c.due_text) for c in found] == [("made", "inform", "na de zomer")]


RECALLED = ("In mijn brief van 5 februari jongstleden heb ik toegezegd voor de zomer van 2024 de eerste "
            "voortgangscijfers van het Sportakkoord II met uw Kamer te delen. ")


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        ("In de bijlage bij deze brief vindt u de rapportage over de voortgang.", True),  # kst-30234-394
        ("Bijgaand treft u de rapportage over de voortgang aan.", True),
        ("Hierbij treft u de rapportage aan.", True),
        ("Bij deze brief vindt u de rapportage.", True),
        ("In de bijlage vindt u een overzicht van de sportbonden.", False),  # not this letter's annex
        ("De rapportage vindt u op de website van het Mulier Instituut.", False),
        ("U vindt hierover meer in de Sportagenda.", False),
    ],
)
def test_a_promise_recalled_and_answered_by_the_annex_is_kept(after: str, kept: bool) -> None:
    found = [c for c in _commitments(RECALLED + after, "28 juni 2024") if c.kind == "fulfilled"]
    assert bool(found) is kept
    if kept:
        (c,) = found
        assert c.text == RECALLED.strip()
        assert (c.type, c.made_on) == ("inform", "2024-02-05")


def test_an_annex_without_a_promise_recalled_keeps_nothing() -> None:
    text = "Het Mulier Instituut monitort de voortgang. In de bijlage bij deze brief vindt u de rapportage."
    assert _commitments(text, "28 juni 2024") == []


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # kst-33763-103: a promised letter still to come is restated, not kept
        ("Tevens zal ik u dan de eerder toegezegde brief sturen over het internationale medegebruik van het JSS.",
         "made"),
        ("Wij zullen uw Kamer de toegezegde evaluatie voor de zomer sturen.", "made"),
        ("Ik zal de toegezegde brief in het najaar aan uw Kamer zenden.", "made"),
        # the promised thing sent now: kept
        ("Hierbij stuur ik u de toegezegde brief over het medegebruik van het JSS.", "fulfilled"),
    ],
)
def test_a_promised_thing_announced_for_later_is_a_promise_made(sentence: str, kind: str) -> None:
    found = _commitments(sentence, "2 mei 2016")
    assert [c.kind for c in found] == [kind]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # kst-33279-1 (Defensie): the meireces of 2012 ends on a Monday; no published row: typical dates
        ("U kunt de brief spoedig, uiterlijk voor het einde van het meireces, tegemoet zien.", "2012-05-09"),
        ("Uw Kamer kan de evaluatie in het najaar tegemoetzien.", "2012-12-20"),
        ("De kabinetsreactie kunt u voor de zomer tegemoet zien.", "2012-07-03"),
        ("U kunt de rapportage binnenkort tegemoet zien.", None),
    ],
)
def test_the_kamer_told_to_expect_something_is_promised_it(sentence: str, due: str | None) -> None:
    (c,) = _commitments(sentence, "20 april 2012")
    assert (c.kind, c.type, c.made_by, c.due) == ("made", "inform", "ik", due)


@pytest.mark.parametrize(
    "sentence",
    [
        "U kunt de brief niet eerder tegemoet zien dan na de zomer.",  # negated
        "Als het advies er is, kunt u de reactie voor de zomer tegemoet zien.",  # a condition
        "Kunt u de brief voor de zomer tegemoet zien?",  # a question
        "De gemeenten kunnen de uitkering in het najaar tegemoet zien.",  # a third party
        "De Kamer kon de brief voor het meireces tegemoet zien.",  # past
    ],
)
def test_expecting_without_a_promise(sentence: str) -> None:
    assert _commitments(sentence, "20 april 2012") == []


@pytest.mark.parametrize(
    ("phrase", "same_as"),
    [
        ("Ik zal u zo spoedig mogelijk in het nieuwe jaar informeren", "in volgend jaar"),  # kst-35300-XIV-62
        ("begin het nieuwe jaar", "begin volgend jaar"),
        ("voor het einde van het nieuwe jaar", "voor het einde van volgend jaar"),
    ],
)
def test_the_new_year_is_the_next_one(phrase: str, same_as: str) -> None:
    d, e = find_deadline(phrase, "2019-11-21"), find_deadline(same_as, "2019-11-21")
    assert d is not None and e is not None
    assert (d.earliest, d.due) == (e.earliest, e.due) and d.due is not None and d.due.startswith("2020")


@pytest.mark.parametrize("phrase", ["het nieuwe jaarverslag", "de nieuwe jaarplanning", "een nieuwe jaartelling"])
def test_a_new_year_word_is_no_deadline(phrase: str) -> None:
    assert find_deadline(phrase, "2019-11-21") is None


def test_lnv_promise_in_the_new_year_gets_its_deadline() -> None:
    """kst-35300-XIV-62: "zo spoedig mogelijk in het nieuwe jaar" is dated by the year, not left vague;
    the ambassador's own plan ("Hij zal … benutten") is no promise of the minister."""
    body = ("Hij zal de tijd tot begin januari benutten voor deze verkenning, eind december zal hij zijn eerste "
            "resultaten delen met ambtenaren van mijn ministerie. Ik zal u zo spoedig mogelijk in het nieuwe jaar "
            "informeren over de uitkomsten van de verkenning.")
    (c,) = _commitments(body, "21 november 2019")
    assert (c.kind, c.type, c.due_earliest, c.due) == ("made", "inform", "2020-01-01", "2020-12-31")


@pytest.mark.parametrize(
    ("sentence", "made_on"),
    [
        # kst-27858-461 (LNV, 21 juni 2019): the date is the report's publication, not the AO's
        ("Hierbij zend ik u, zoals toegezegd in het AO gewasbescherming, het rapport van de tussenevaluatie dat op "
         "21 juni 2019 door het Planbureau voor de Leefomgeving (PBL) is gepubliceerd.", None),
        ("Hierbij zend ik u, zoals toegezegd in het AO van 4 april jl., het rapport dat op 21 juni 2019 is "
         "gepubliceerd.", "2019-04-04"),
        ("Hierbij zend ik u, zoals toegezegd in het AO van 4 april jl., het rapport.", "2019-04-04"),
        ("Hierbij zend ik u, zoals toegezegd op 25 juni, het rapport.", "2018-06-25"),  # no year: the last 25 June
        ("Hierbij zend ik u, zoals toegezegd, het rapport dat op 21 juni 2019 verscheen.", None),
    ],
)
def test_a_kept_promise_is_made_before_the_letter(sentence: str, made_on: str | None) -> None:
    (c,) = _commitments(sentence, "21 juni 2019")
    assert (c.kind, c.made_in, c.made_on) == ("fulfilled", "algemeen overleg" if "AO" in sentence else None, made_on)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # kst-27858-461: "doen toekomen" sends something to the Kamer
        ("Ik zal uw Kamer voor het zomerreces een reactie op het rapport, mede namens de Minister en Staatssecretaris "
         "van Infrastructuur en Waterstaat, doen toekomen.", "inform"),
        ("Ik zal u de evaluatie voor de zomer te doen toekomen.", "inform"),
        ("Ik zal de subsidie voor de zomer laten toekomen aan de gemeenten.", "act"),
    ],
)
def test_sending_to_the_kamer_is_informing_it(sentence: str, type_: str) -> None:
    (c,) = _commitments(sentence, "21 juni 2019")
    assert (c.kind, c.type) == ("made", type_)


RECALLED_PAST = ("Bij brief van 27 november 2019 heb ik u bericht over hoe de motie van het lid Middendorp c.s. "
                 "(Kamerstuk 35 300 VII, nr. 14) over tussentijdse raadsontbinding zal worden uitgevoerd en dat ik Uw "
                 "Kamer daartoe voor 1 april 2020 een notitie zal doen toekomen over de verschillende varianten.")


def test_a_promise_reported_from_before_with_its_deadline_past_is_not_made_again() -> None:
    """kst-35300-VII-113 (BZK, 6 april 2020): the old promise (voor 1 april) is reported and missed; only the
    new one, "uiterlijk 30 april", is made."""
    body = (RECALLED_PAST + " Het is helaas niet mogelijk gebleken om dit binnen de gestelde termijn te doen. De "
            "benodigde afstemming vereist nog enige tijd. Ik verwacht u de brief uiterlijk 30 april te doen toekomen.")
    found = _commitments(body, "6 april 2020")
    assert [(c.kind, c.type, c.due, c.text[:20]) for c in found] == [
        ("made", "inform", "2020-04-30", "Ik verwacht u de bri")]


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # reported, its deadline still ahead: the promise stands (restated)
        ("Bij brief van 27 november 2019 heb ik u bericht dat ik Uw Kamer voor 1 mei 2020 een notitie zal doen "
         "toekomen.", "2020-04-30"),
        ("Ik heb u eerder laten weten dat ik uw Kamer voor de zomer zal informeren.", "2020-07-03"),
        ("In het debat heb ik aangegeven dat ik u zal informeren zodra de afstemming is afgerond.", None),
        # not reported: a past date in the sentence keeps the new promise
        ("Ik zal uw Kamer de in 2019 gestarte pilot voor de zomer toezenden.", "2020-07-03"),
    ],
)
def test_a_promise_reported_with_a_deadline_ahead_is_still_made(sentence: str, due: str | None) -> None:
    (c,) = _commitments(sentence, "6 april 2020")
    assert (c.kind, c.due) == ("made", due)


def test_a_sentence_pointing_back_to_a_promise_is_not_a_promise_named() -> None:
    """kst-19637-2993: "Met deze brief voer ik deze toezegging uit" keeps the promise of the debate named just
    before it; a later "Daarnaast doe ik … enkele andere toezeggingen gestand" does not make it a promise of its own."""
    body = ("In het debat met uw Kamer van 8 september jl. heb ik ten aanzien van een aantal van deze afspraken "
            "toegezegd dat ik uw Kamer periodiek over de voortgang zou rapporteren. Met deze brief voer ik deze "
            "toezegging uit en informeer ik uw Kamer tevens over de voortgang van een aantal andere afspraken. In het "
            "verlengde daarvan zal ik uw Kamer de komende tijd periodiek over de voortgang van de aanpak van de "
            "opvangcrisis informeren. Daarnaast doe ik met deze brief enkele andere toezeggingen gestand.")
    found = _commitments(body, "14 oktober 2022")
    kept = [c for c in found if c.kind == "fulfilled"]
    assert not any(c.text.startswith("Met deze brief voer ik") for c in kept)
    assert kept[0].text.startswith("In het debat met uw Kamer van 8 september jl. heb ik")
    assert (kept[0].made_on, kept[0].made_in) == ("2022-09-08", "debat")
    assert [c.due_text for c in found if c.kind == "made"] == ["de komende tijd"]


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("Over de uitkomsten hiervan bericht ik Uw Kamer.", True),  # kst-34775-A-63
        ("Over de resultaten van de pilot informeer ik u nader.", True),
        ("Over de afloop daarvan informeer ik uw Kamer te zijner tijd.", True),
        # this letter: words after the Kamer point into it, or "hierbij"/"graag"
        ("Over de uitkomsten van de consultatie informeer ik u in paragraaf 3.", False),
        ("Over de resultaten informeer ik uw Kamer als volgt.", False),
        ("Over de uitkomsten hiervan informeer ik u hierbij.", False),
        ("Over de uitkomsten informeer ik u graag.", False),
        ("Over de voortgang van het programma informeer ik uw Kamer.", False),  # progress: may be this letter's
        ("Over de uitkomsten heb ik u bericht.", False),  # past
    ],
)
def test_a_present_promise_about_outcomes_to_come(sentence: str, made: bool) -> None:
    body = "De verwachting is dat wij het programmaplan in juni 2018 kunnen vaststellen. " + sentence
    found = _commitments(body, "24 april 2018")
    assert [c.kind for c in found] == (["made"] if made else [])


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        # kst-21501-33-918 (Klimaat en Energie, 21 februari 2022): "de Kamer" is the Kamer too
        ("Ik verwacht dat ik de Kamer in het tweede kwartaal van dit jaar kan informeren over de Nederlandse "
         "positie ten aanzien van de definitieve uitwerking.", "2022-06-30"),
        ("Naar verwachting kan ik de Tweede Kamer voor de zomer informeren.", "2022-07-07"),
        ("Ik verwacht dat ik uw Kamer in het tweede kwartaal kan informeren.", "2022-06-30"),
    ],
)
def test_a_hedged_promise_to_de_kamer(sentence: str, due: str) -> None:
    (c,) = _commitments(sentence, "21 februari 2022")
    assert (c.kind, c.type, c.due) == ("made", "inform", due)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik verwacht dat de Kamer in het tweede kwartaal kan beslissen.",  # the Kamer acts, nobody is informed
        "Ik kan de Kamer niet voor de zomer informeren.",  # negated
        # kst-21501-33-918: the annex sent now, its date the Commission's ("op 19 januari 2022")
        "In aanvulling op mijn Kamerbrief stuur ik u de bijgevoegde Nederlandse reactie toe, zoals verstuurd aan de "
        "Europese Commissie op 19 januari.",
        "Ik stuur u bijgevoegd het verslag van 1 maart.",
    ],
)
def test_no_hedged_or_present_promise(sentence: str) -> None:
    assert _commitments(sentence, "21 februari 2022") == []


ANSWER_BY = ("Zoals verzocht door de vaste commissie voor Defensie ten aanzien van haar feitelijke vragen zal ik dit "
             "uiterlijk 13 mei aanstaande doen. ")


@pytest.mark.parametrize(
    ("then", "due"),
    [
        # kst-33763-103 (Defensie, 2 mei 2016): "dan" is the 13th of May of the sentence before
        ("Tevens zal ik u dan de eerder toegezegde brief sturen over het internationale medegebruik van het JSS.",
         "2016-05-13"),
        ("Dan zal ik uw Kamer ook de planning sturen.", "2016-05-13"),
        ("Ik zal u dan ook de planning sturen.", None),  # "dan ook": therefore
        ("Tevens zal ik u de planning sturen.", None),  # no "dan"
    ],
)
def test_a_promise_timed_by_the_one_before(then: str, due: str | None) -> None:
    found = _commitments(ANSWER_BY + then, "2 mei 2016")
    assert [c.due for c in found] == ["2016-05-13", due]


def test_then_needs_a_dated_promise_just_before() -> None:
    body = ("Het onderzoek loopt nog. Zoals verzocht zal ik de vragen zo spoedig mogelijk beantwoorden. "
            "Tevens zal ik u dan de planning sturen.")
    assert [c.due for c in _commitments(body, "2 mei 2016")] == [None, None]
    body = ANSWER_BY + "Het onderzoek loopt nog. Tevens zal ik u dan de planning sturen."
    assert [c.due for c in _commitments(body, "2 mei 2016")] == ["2016-05-13", None]
