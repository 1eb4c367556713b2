"""Promises kept with the promise named first ("Deze toezegging doe ik hierbij gestand")."""

from __future__ import annotations

import pytest

from graph.extract import extract_text

HEAD = "Den Haag, 12 november 2020\n\nGeachte voorzitter,\n\n"
NAMED = ("Tijdens deze behandeling heb ik u een brief toegezegd over het fraudebegrip in de sociale "
         "zekerheid, de verwijtbaarheid van fouten en de consequenties van fouten. ")


@pytest.mark.parametrize(
    ("keeping", "kept"),
    [
        ("Deze toezegging doe ik hierbij gestand.", True),  # kst-17050-596
        ("Die toezegging kom ik hiermee na.", True),
        ("Deze toezeggingen komen wij met deze brief na.", True),
        ("Deze toezegging doe ik in het voorjaar gestand.", False),  # later, not now
        ("Deze toezegging kom ik na de zomer na.", False),
        ("De toezegging doet niets af aan de afspraken.", False),
    ],
)
def test_a_promise_named_first_and_kept_now(keeping: str, kept: bool) -> None:
    doc = extract_text(HEAD + NAMED + keeping + "\n\nDe Staatssecretaris,\n\nX\n", "x.txt")
    fulfilled = [c for c in doc.commitments if c.kind == "fulfilled"]
    assert bool(fulfilled) is kept
    if kept:
        assert fulfilled[0].text.startswith("Tijdens deze behandeling heb ik u een brief toegezegd")


RECALLED = ("Afgelopen voorjaar hebben wij met uw Kamer gesproken over veiligheid op scholen. Wij hebben "
            "toegezegd een aantal zaken op dit terrein uit te werken en u over de voortgang te informeren. ")
OVERVIEW = ("In deze brief geven we een overzicht van de stand van zaken aangaande de moties en "
            "toezeggingen die in ons debat van 27 maart naar voren kwamen.")
BETWEEN = "Afgelopen periode zijn gesprekken gevoerd met de raden en de bonden. "


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (RECALLED + BETWEEN + OVERVIEW, True),  # kst-29240-108
        (RECALLED + OVERVIEW, True),
        (BETWEEN + OVERVIEW, False),  # no promise recalled before it
        (RECALLED + BETWEEN + BETWEEN + BETWEEN + OVERVIEW, False),  # recalled too far back
        (RECALLED + BETWEEN + "In deze brief staat niets over de planning.", False),  # no verb of keeping
    ],
)
def test_a_letter_reporting_on_a_promise_just_recalled_keeps_it(text: str, kept: bool) -> None:
    doc = extract_text(HEAD + text + "\n\nDe Minister,\n\nX\n", "x.txt")
    fulfilled = [c for c in doc.commitments if c.kind == "fulfilled"]
    assert bool(fulfilled) is kept
    if kept:
        assert "Wij hebben toegezegd een aantal zaken" in fulfilled[0].text
