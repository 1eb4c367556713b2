"""Accuracy round 12b: promises in full ministry letters (PDF text), each a general rule with negatives.

Passages from four IenW and EZK letters: "Emissies door de luchtvaart" (IenW, 22 December 2022), "Nationaal
Programma Circulaire Economie" (IenW, 3 February 2023), "herijkte missies" (EZK, 30 May 2023) and "Water en
Bodem sturend" (IenW, 25 November 2022):

- the ministry or the State as promiser, read like "het kabinet": "Het ministerie zal …", "zal het ministerie
  van IenW …", "Het Rijk zal …", "IenW zal …" (made_by "kabinet"); not a ministry named as someone's ("de
  begroting van VWS zal"), nor a passive;
- "gaan we" after a fronted clause or adverb ("Daarnaast gaan we …") as "wij gaan";
- no promise in "gaan" as a separable verb ("We gaan bodemverstoring … tegen", "We gaan daarom door met deze
  aanpak", "we gaan ervan uit", "gaan we, zo is de verwachting, naar …"), nor in a modal predicting what the
  writer will undergo ("zullen we vaker oude verontreinigingen tegenkomen").
"""

from __future__ import annotations

import random

import pytest

from graph import patterns as P
from graph.clean import clean
from graph.find.commitments import _Finder, _may_promise, find_commitments
from graph.model import Commitment

LETTER = "2022-11-25"


def made(sentence: str) -> list[Commitment]:
    body = f"De regeling geldt sinds 2020. {sentence} De uitvoering loopt."
    return [c for c in find_commitments(clean(body), [], [], LETTER) if c.kind == "made"]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # IenW, Water en Bodem sturend (its only concrete promise to the Kamer)
        ("Om samenhang, overzicht en doorwerking te borgen zal het ministerie van IenW elk jaar een rapportage naar "
         "de Kamer sturen over water en bodem sturend.", "inform"),
        ("Het ministerie van Infrastructuur en Waterstaat zal elk jaar een rapportage naar de Kamer sturen.", "inform"),
        ("IenW zal in de aanloop naar het afsluiten van de ruimtelijke arrangementen het advies vragen van de "
         "betrokken waterschappen.", "act"),
        ("Het Rijk zal komende jaren in overleg met de regio het beleid rond buitendijkse ontwikkelingen in het "
         "IJsselmeergebied actualiseren en daar de huidige regelgeving op aanscherpen.", "act"),
        # IenW, Emissies door de luchtvaart
        ("Het ministerie zal de kerosinekwaliteit daarom actief in ICAO-verband agenderen.", "act"),
        ("Daarnaast zal de Rijksoverheid in 2023 de regeling herzien.", "act"),
    ],
)
def test_the_ministry_or_the_state_promises_as_the_cabinet(sentence: str, type_: str) -> None:
    found = made(sentence)
    assert [(c.made_by, c.type) for c in found] == [("kabinet", type_)]
    assert _may_promise(sentence.lower(), "ik" in sentence.lower()) or P.STATE_CUE.search(sentence.lower())


@pytest.mark.parametrize(
    "sentence",
    [
        "De begroting van VWS zal in 2023 stijgen.",  # a ministry named as someone's
        "Het budget voor Defensie zal verder groeien.",
        "Het Rijk zal worden gevraagd een bijdrage te leveren.",  # a passive: asked by others
        "Het ministerie zal hiervoor geen middelen vrijmaken.",  # a negation
        "Het koninkrijk zal bestaan uit vier landen.",  # no "Rijk"
        "Als het Rijk zal investeren, volgen de provincies.",  # a condition
        # an acronym with "gaat", told in passing (seed letter of 2021)
        "In een vervolgonderzoek dat SZW gaat uitvoeren wordt nader gekeken naar afspraken over thuiswerken.",
    ],
)
def test_not_the_ministry_promising(sentence: str) -> None:
    assert made(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # IenW, Water en Bodem sturend
        "Om de doorwerking van water en bodem sturend verder te borgen gaan we samen met de waterschappen werken aan "
        "een verbeterde en dwingender watertoets.",
        "Om de doorwerking verder te borgen, gaan we samen met de waterschappen werken aan een dwingender watertoets.",
        "Daarnaast gaan we samen met provincies en gemeenten de ondergrond in beeld brengen.",
        "Daar gaan we samen met waterschappen, provincies en gemeenten voor zorgen door te werken aan "
        "toekomstbestendige profielen van vrije ruimte.",
    ],
)
def test_gaan_we_after_a_fronted_clause_promises(sentence: str) -> None:
    assert [(c.made_by, c.type) for c in made(sentence)] == [("kabinet", "act")]


@pytest.mark.parametrize(
    "sentence",
    [
        # separable verbs with "gaan": tegengaan, doorgaan met, uitgaan van, omgaan met, ingaan, nagaan
        "We gaan bodemverstoring door ontgraving tegen en hergebruiken grond hoogwaardig.",  # Water en Bodem sturend
        "We gaan daarom door met deze aanpak, en we zien ook mogelijkheden om deze verder te verbeteren.",  # EZK
        "We gaan met dit NPCE een volgende fase van deze urgente transitie in.",  # IenW, NPCE
        "Daarbij gaan we ervan uit dat de provincies bijdragen.",
        "We gaan zorgvuldig om met de gegevens van burgers.",
        "Het Rijk gaat hierbij uit van de ramingen van het CPB.",
        # "gaan" of movement
        "Na de zomer gaan we, zo is de verwachting, naar een hybride werkvorm.",
        # "in gesprek gaan" and "aandacht vragen" are too vague to keep or break
        "Om de versnelling mogelijk te maken gaan we met het NPCE in de hand in gesprek met betrokken partijen.",
        "In april gaan we hier weer aandacht voor vragen via de Nationale Beweegweek.",
        # a prediction: a verb of undergoing (Water en Bodem sturend)
        "Omdat we de ondergrondse ruimte intensiever gaan benutten, zullen we vaker oude verontreinigingen "
        "tegenkomen.",
        "Het kabinet zal de gevolgen van de krapte op de arbeidsmarkt merken.",
    ],
)
def test_gaan_without_a_future_and_predictions_promise_nothing(sentence: str) -> None:
    assert made(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # the verb of undergoing in a subordinate clause, or as an act: still promises (Water en Bodem sturend)
        "Omdat het hier gaat om een nieuw kader zullen we samen met medeoverheden bepalen hoe de borging eruit moet "
        "komen te zien.",
        "Ik zal uw Kamer in het voorjaar laten zien hoe de middelen worden besteed.",
        "We gaan de regels voor de bodem herzien.",
        "We gaan samen met de partners werken aan een nationaal plan van aanpak.",
    ],
)
def test_future_promises_that_look_like_them_still_count(sentence: str) -> None:
    assert len(made(sentence)) == 1


@pytest.mark.parametrize("seed", range(3))
def test_sentences_worth_reading_miss_no_ministry_promise(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The letter-wide cues of _worth_reading find the ministry's promises and "gaan we" wherever white space falls."""
    words = ["Het", "het", "ministerie", "van", "IenW", "Rijk", "rijksoverheid", "de", "zal", "gaat", "gaan", "we",
             "wij", "Daarnaast", "is", "voornemens", "streeft", "ernaar", "uw", "Kamer", "informeren", "regels",
             "herzien", "door", "met", "tegen", "tegenkomen", "in", "maart", "."]
    breaks = [" ", " ", "  ", "\u00a0", ". ", "\n", " \u202f", ", "]
    rnd = random.Random(seed)
    texts = [clean("".join(w + rnd.choice(breaks) for w in rnd.choices(words, k=3000))) for _ in range(3)]
    fast = [find_commitments(t, [], [], LETTER) for t in texts]
    monkeypatch.setattr(_Finder, "_worth_reading", lambda self: list(range(len(self.text.sentences))))
    every = [find_commitments(t, [], [], LETTER) for t in texts]
    assert sum(c.made_by == "kabinet" for doc in every for c in doc) > 10
    assert fast == every
