"""Commitments (toezeggingen): promises made and kept, per sentence, on the seeds and across letters."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph.clean import clean
from graph.find.commitments import find_commitments
from graph.model import Commitment, Document

GOLD = Path(__file__).resolve().parent / "data" / "seeds.gold.json"  # copy of ../shared/gold/seeds.json


def commitments(text: str, letter: str | None = "2021-02-03") -> list[Commitment]:
    return find_commitments(clean(text), [], [], letter)


# (sentence, kind, type, made_by); kind None: not a commitment at all
MADE = [
    ("Ik zal uw Kamer in het voorjaar van 2021 verder informeren over de stand van zaken.", "made", "inform", "ik"),
    ("Ik zal uw Kamer medio februari berichten over de concrete uitwerking.", "made", "inform", "ik"),
    ("Over de verdere ontwikkelingen wordt uw Kamer voor het zomerreces nader geïnformeerd.", "made", "inform", "ik"),
    ("Het kabinet verwacht begin maart het wetsvoorstel aan uw Kamer aan te bieden.", "made", "inform", "kabinet"),
    ("Het kabinet streeft ernaar om voor de zomer met de Agenda voor de toekomst te komen.", "made", "inform",
     "kabinet"),
    ("Mijn collega van VWS zal u binnenkort berichten over de quarantaineplicht.", "made", "inform",
     "Minister van VWS"),
    ("De Minister voor Medische Zorg zal uw Kamer voor de zomer informeren.", "made", "inform",
     "Minister voor Medische Zorg"),
    ("Het gesprek zal op korte termijn plaatsvinden en aansluitend zal ik uw Kamer informeren over de opties.", "made",
     "inform", "ik"),
    ("Ik kom hier voor het zomerreces bij uw Kamer op terug.", "made", "inform", "ik"),
    ("Uw Kamer ontvangt de evaluatie in het najaar.", "made", "inform", "ik"),
    ("Ik stuur uw Kamer voor 1 juli de voortgangsrapportage, zo zal ik u ook daarna blijven informeren.", "made",
     "inform", "ik"),
    ("Op basis van dit gesprek zal ik in het eerste kwartaal van 2021 een adviesaanvraag richting de SER doen.",
     "made", "act", "ik"),
    ("Het kabinet zal in opvolging van de motie 5 miljoen euro vrijmaken.", "made", "act", "kabinet"),
    ("Ik zal bespreken met sociale partners hoe er meer aandacht hiervoor kan zijn.", "made", "act", "ik"),
    ("Ik ben voornemens de ondersteuning van Vitaal Bedrijf uit te breiden.", "made", "act", "ik"),
    ("Daarbij zullen we de sociale partners intensief ondersteunen.", "made", "act", "kabinet"),
    ("Ik informeer uw Kamer voor de zomer over de uitkomsten van de evaluatie.", "made", "inform", "ik"),
    ("Voor 1 juli stuur ik uw Kamer de voortgangsrapportage.", "made", "inform", "ik"),
    ("Ik houd uw Kamer op de hoogte van de voortgang.", "made", "inform", "ik"),
    ("Ik verwacht uw Kamer voor de zomer de kabinetsreactie te kunnen sturen.", "made", "inform", "ik"),
    ("Ik kom bij de volgende voortgangsrapportage terug op deze motie.", "made", "inform", "ik"),
    ("De Staatssecretaris van Financiën zal het besluit in het najaar aanpassen.", "made", "act",
     "Staatssecretaris van Financiën"),
    # real shapes from letters of other ministries (SZW 2020, BZK 2021)
    ("Wij zijn voornemens u in het najaar nader te berichten.", "made", "inform", "kabinet"),
    ("We zijn van plan de regeling in 2023 te herzien.", "made", "act", "kabinet"),
    ("U ontvangt de voortgangsbrief voor het zomerreces.", "made", "inform", "ik"),
    ("Voor 1 juli ontvangt u de evaluatie.", "made", "inform", "ik"),
    # a department name with a comma; "ik zeg u toe"; the present tense of "wij" and the cabinet
    ("De Staatssecretaris van Volksgezondheid, Welzijn en Sport zal uw Kamer voor de zomer informeren.", "made",
     "inform", "Staatssecretaris van Volksgezondheid, Welzijn en Sport"),
    ("Ik zeg u toe dat ik de Kamer voor 1 juli informeer.", "made", "inform", "ik"),
    ("Wij informeren uw Kamer voor de zomer over de voortgang.", "made", "inform", "kabinet"),
    ("Voor de zomer informeren wij uw Kamer over de voortgang.", "made", "inform", "kabinet"),
    ("Het kabinet informeert uw Kamer in het najaar over de uitkomsten.", "made", "inform", "kabinet"),
    ("De resultaten van het onderzoek stuur ik u voor de zomer toe.", "made", "inform", "ik"),
    # restated, not kept: the promise is still open, now with a deadline
    ("Zoals toegezegd zal ik uw Kamer voor de zomer informeren.", "made", "inform", "ik"),
    # not commitments: facts, third parties, expectations, the letter itself, questions, conditions
    ("De verwachting is dat de SER op korte termijn met zijn advies komt.", None, None, None),
    ("Dit onderzoek is nog in uitvoering, de eerste resultaten worden in het voorjaar van 2022 verwacht.", None, None,
     None),
    ("Inschatting is dat de subsidieregeling voor de zomer van 2022 open wordt gesteld.", None, None, None),
    ("Zodra er criteria zijn, zal de Inspectie SZW opvolging geven aan meldingen.", None, None, None),
    ("Om dit te realiseren zal Vitaal Bedrijf in overleg treden met brancheorganisaties.", None, None, None),
    ("De informatie zal via verschillende communicatiekanalen worden aangeboden.", None, None, None),
    ("Een tweede meting wordt verricht, ik verwacht de uitkomsten in de tweede helft van december.", None, None, None),
    ("In deze brief ga ik achtereenvolgens in op de noodzaak en zal ik de adviesvragen uiteenzetten.", None, None,
     None),
    ("Aan het eind van deze brief ga ik daar nader op in.", None, None, None),
    ("We zullen ook alles op alles moeten zetten om thuiswerken te stimuleren.", None, None, None),
    ("Zal ik uw Kamer hierover informeren?", None, None, None),
    ("Indien nodig zal ik uw Kamer informeren.", None, None, None),
    ("Ook wil ik uw Kamer informeren over mijn voornemen.", None, None, None),
    ("Ik kom tot de conclusie dat thuiswerken werkt.", None, None, None),
    ("Hierbij informeer ik uw Kamer over de stand van zaken.", None, None, None),
    ("Ik informeer uw Kamer over de resultaten van het onderzoek.", None, None, None),  # the letter itself
    ("De Kamer zal zich over het voorstel buigen.", None, None, None),
    ("Ik zal niet ingaan op individuele gevallen.", None, None, None),
    ("Hierbij ontvangt u de rapportage over het tweede kwartaal.", None, None, None),  # the letter itself
    ("U ontvangt de rapportage van het bureau.", None, None, None),  # no deadline: an announcement
    ("In verband met de kabinetswisseling ontvangt u deze brief nu.", None, None, None),
    ("Wij zijn van mening dat dit voldoende is.", None, None, None),
    ("Hierbij informeren wij uw Kamer over de stand van zaken.", None, None, None),
    ("Wij informeren uw Kamer over de resultaten van het onderzoek.", None, None, None),  # the letter itself
    ("Ik heb uw Kamer toegezegd voor de zomer te informeren.", None, None, None),  # named, neither made nor kept
    # intentions too vague to keep or break
    ("Daarbij zullen we uitdrukkelijk aandacht geven aan de mentale aspecten.", None, None, None),
    ("Ik zal de lessen uit dit rapport uiteraard meenemen in de Agenda.", None, None, None),
    ("Ook zal ik hier de sociale partners bij betrekken.", None, None, None),
    ("Ik zal bezien of een aanpassing van de regeling nodig is.", None, None, None),
    ("De komende periode zal ik in samenwerking met de SER het gesprek aangaan met de samenleving.", None, None,
     None),
    ("Naar verwachting zal de Raad van State in juni adviseren.", None, None, None),
    ("De regeling zal per 1 januari 2023 ingaan.", None, None, None),
    ("De Staatssecretaris heeft in zijn brief van 24 september 2021 toegezegd uw Kamer te informeren.", None, None,
     None),
    ("Het aantal werknemers dat thuiswerkt zal naar verwachting dalen.", None, None, None),
]


@pytest.mark.parametrize(("sentence", "kind", "type_", "made_by"), MADE)
def test_promises_made(sentence: str, kind: str | None, type_: str | None, made_by: str | None) -> None:
    found = commitments(sentence)
    if kind is None:
        assert found == [], found
        return
    assert len(found) == 1, found
    c = found[0]
    assert (c.kind, c.type, c.made_by) == (kind, type_, made_by)
    assert c.text == sentence


# (passage, letter date, [(made_on, made_in)] of each promise kept, in order)
KEPT = [
    ("Via deze brief geef ik tevens invulling aan mijn toezegging in het algemeen overleg van 11 november "
     "jongstleden om voor het kerstreces de Kamer te informeren over mijn initiatieven.", "2020-11-16",
     [("2020-11-11", "algemeen overleg")]),
    ("Tevens geef ik invulling aan de toezegging die is gedaan tijdens het debat van 18 november 2020 om de "
     "resultaten aan uw Kamer te sturen.", "2021-02-03", [("2020-11-18", "debat")]),
    ("De Staatssecretaris heeft in het commissiedebat van 24 september 2021 toegezegd uw Kamer te informeren over "
     "resultaten. Tevens is in de stand van zakenbrief Covid-19, dd 15 maart jl., toegezegd een separate brief te "
     "sturen. Met deze brief voldoe ik aan deze toezeggingen.", "2022-04-20",
     [("2021-09-24", "commissiedebat"), ("2022-03-15", "stand van zakenbrief Covid-19")]),
    ("In het commissiedebat van 3 maart jl. heb ik u toegezegd de evaluatie te sturen. Met deze brief breng ik u "
     "op de hoogte van de uitkomsten.", "2021-04-20", [("2021-03-03", "commissiedebat")]),
    ("Met deze brief wordt een aantal toezeggingen uit het AO Arbeidsmarktbeleid van 12 mei 2021 afgedaan.",
     "2021-06-01", [("2021-05-12", "algemeen overleg")]),
    ("Zoals toegezegd tijdens het mondelinge vragenuur van 9 maart jl. informeer ik u hierbij over de stand van "
     "zaken.", "2021-04-01", [("2021-03-09", "mondelinge vragenuur")]),
    ("Hiermee kom ik de toezegging na die ik tijdens de begrotingsbehandeling van 19 november 2020 heb gedaan.",
     "2021-02-01", [("2020-11-19", "begrotingsbehandeling")]),
    ("Tijdens het debat van 4 februari jl. heb ik toegezegd de cijfers te sturen. Ik beschouw de benoemde moties "
     "en toezeggingen hiermee als afgedaan.", "2021-04-01", [("2021-02-04", "debat")]),
    ("In het commissiedebat van 3 maart jl. heb ik toegezegd uw Kamer te informeren over de evaluatie, wat ik met "
     "deze brief doe.", "2021-04-20", [("2021-03-03", "commissiedebat")]),
    ("Hiermee heb ik invulling gegeven aan de toezegging uit het notaoverleg van 8 maart 2021.", "2021-04-20",
     [("2021-03-08", "notaoverleg")]),
    ("In deze brief ga ik in op de toezegging die ik deed in het wetgevingsoverleg van 1 februari jl.", "2021-04-20",
     [("2021-02-01", "wetgevingsoverleg")]),
    ("Met deze brief kom ik de toezeggingen na die ik deed in het commissiedebat van 10 maart 2021 en in het "
     "plenaire debat van 17 maart 2021.", "2021-04-20", [("2021-03-10", "commissiedebat")]),
    # regression: the singular "toezegging" in a sentence that keeps it
    ("Tijdens het debat van 4 februari jl. heb ik toegezegd de cijfers te sturen. Ik beschouw deze toezegging "
     "hiermee als afgedaan.", "2021-04-01", [("2021-02-04", "debat")]),
    ("In het commissiedebat van 3 maart jl. heb ik toegezegd de evaluatie te sturen. Deze toezegging is hiermee "
     "nagekomen.", "2021-04-20", [("2021-03-03", "commissiedebat")]),
    # "De toezegging is hiermee nagekomen": a definite article pointing back, not a promise named there
    ("Tijdens het commissiedebat van 10 februari 2022 heb ik toegezegd uw Kamer te informeren over de "
     "aanbesteding. De toezegging is hiermee nagekomen.", "2022-03-03", [("2022-02-10", "commissiedebat")]),
    ("Tijdens het debat van 4 februari jl. heb ik toegezegd de cijfers te sturen. De toezeggingen worden met deze "
     "brief afgedaan.", "2021-04-01", [("2021-02-04", "debat")]),
    # a singular pointer keeps the nearest promise only (SZW/VWS 2009, Kamerstuk 29 461, nr. 52)
    ("In het algemeen overleg van 3 maart jl. is toegezegd dat de Kamer over de resultaten zal worden "
     "geïnformeerd. In het plenaire debat van 10 maart jl. is toegezegd dat dit voor de zomer zal gebeuren. "
     "Met deze brief doen wij die toezegging gestand.", "2021-06-01", [("2021-03-10", "plenaire debat")]),
    # after a promise named: "ontvangt u deze brief" keeps it (JenV 2024, Kamerstuk 29 279, nr. 874)
    ("In de brief van 29 januari jl. is toegezegd dat uw Kamer jaarlijks vóór het zomerreces zal worden "
     "geïnformeerd over de voortgang. In verband met de kabinetswisseling ontvangt u deze brief nu.",
     "2024-09-23", [("2024-01-29", "brief")]),
    # the bare definite "de toezegging" with only keeping words after it points back as "deze toezegging" does
    ("Tijdens het debat van 4 februari jl. heb ik toegezegd de cijfers te sturen. Hiermee kom ik de toezegging na.",
     "2021-04-01", [("2021-02-04", "debat")]),
    ("Tijdens het debat van 4 februari jl. heb ik toegezegd de cijfers te sturen. Ik beschouw de toezegging hiermee "
     "als afgedaan.", "2021-04-01", [("2021-02-04", "debat")]),
    ("Tijdens het debat van 4 februari jl. heb ik toegezegd de cijfers te sturen. Daarmee is de toezegging "
     "afgedaan.", "2021-04-01", [("2021-02-04", "debat")]),
    # "jl." inside the sentence no longer cuts the keeping cue
    ("De toezegging die ik tijdens het commissiedebat van 3 maart jl. deed is hiermee nagekomen.", "2021-04-01",
     [("2021-03-03", "commissiedebat")]),
    # "zoals … toegezegd" with words between (BZK 2018, Kamerstuk 33 118, nr. 111)
    ("Zoals in het commissiedebat van 3 maart jl. toegezegd, informeer ik u via deze brief over de hoofdlijnen.",
     "2021-04-01", [("2021-03-03", "commissiedebat")]),
]


@pytest.mark.parametrize(("passage", "letter", "want"), KEPT)
def test_promises_kept(passage: str, letter: str, want: list[tuple[str, str]]) -> None:
    kept = [c for c in commitments(passage, letter) if c.kind == "fulfilled"]
    assert [(c.made_on, c.made_in) for c in kept] == want
    assert all(c.text in passage for c in kept)
    assert not [c for c in commitments(passage, letter) if c.kind == "made"]


@pytest.mark.parametrize(
    "passage",
    [
        "De Staatssecretaris heeft in zijn brief van 24 september 2021 toegezegd uw Kamer te informeren.",
        "Hierbij informeer ik uw Kamer over de stand van zaken.",  # no promise named before
        "Er zijn veel toezeggingen gedaan in dit debat.",
        "Met deze brief voldoe ik aan het verzoek van de commissie.",
        # a pointer ("de benoemde …") with nothing named before it keeps nothing by itself
        "Ik beschouw de benoemde moties en toezeggingen hiermee als afgedaan.",
        # only that a promise is kept, nothing named before: not a promise a clerk can track
        "Hiermee kom ik de toezegging na.",
    ],
)
def test_not_kept(passage: str) -> None:
    assert [c for c in commitments(passage) if c.kind == "fulfilled"] == []


def test_kept_promise_points_to_footnoted_letter() -> None:
    raw = (
        "Tevens geef ik invulling aan de toezegging over het indienen van een adviesaanvraag aan de SER in de "
        "kamerbrief «Gezond en veilig thuiswerken» van 16 november 2020<sup>3</sup>.\n\n"
        "<sup>3</sup> Kamerstuk 25 883, nr. 394\n"
    )
    from graph.extract import extract_text

    doc = extract_text(raw)
    (c,) = [c for c in doc.commitments if c.kind == "fulfilled"]
    assert (c.made_on, c.made_in, c.refers_to) == ("2020-11-16", "kst-25883-394", "kst-25883-394")


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip().lower()


def test_seeds_against_gold(seed_docs: list[Document]) -> None:
    """Every gold commitment found, every gold deadline inside its interval, no extra inform."""
    gold = json.loads(GOLD.read_text(encoding="utf-8")) if GOLD.exists() else pytest.skip("no gold file")
    docs = {Path(d.source).name: d for d in seed_docs}
    for g in gold["letters"]:
        doc = docs[g["source"]]
        for kind, key in (("fulfilled", "commitments_fulfilled"), ("made", "commitments_made")):
            preds = [c for c in doc.commitments if c.kind == kind]
            for item in g[key]:
                hits = [c for c in preds if _fold(item["phrase"]) in _fold(c.text)]
                assert hits, (g["source"], item["phrase"])
                if kind == "made" and item.get("due"):
                    lo, hi = item["due"]
                    assert any(c.due and lo <= c.due <= hi for c in hits), (item, hits)
                if kind == "fulfilled":
                    assert any(c.made_on == item["made_on"] for c in hits), (item, hits)
        gold_inform = [i for i in g["commitments_made"] if i["kind"] == "inform"]
        assert len([c for c in doc.commitments if c.kind == "made" and c.type == "inform"]) == len(gold_inform)


def test_seed_promise_kept_across_letters(seed_docs: list[Document]) -> None:
    """The SER request promised on 16 November 2020 is kept by kst-25295-1172 (seed 000)."""
    docs = {Path(d.source).name[:3]: d for d in seed_docs}
    (ser,) = [c for c in docs["003"].commitments if c.kind == "made" and "adviesaanvraag" in c.text]
    assert ser.kept_by == ("kst-25295-1172",)
    kept = [c for c in docs["000"].commitments if c.keeps]
    assert len(kept) == 1 and kept[0].keeps == ser.text and kept[0].link_confidence > 0.5
    assert kept[0].refers_to == "kst-25883-394"
    assert kept[0].fulfils == f"{docs['003'].source}#{ser.span[0]}-{ser.span[1]}"
    open_ones = [c for c in docs["004"].commitments if c.kind == "made" and c.type == "inform"]
    assert len(open_ones) == 2 and all(not c.kept_by for c in open_ones)
