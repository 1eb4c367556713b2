"""Motions: mentions, members, identity, adoption dates and what each letter does with them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from graph.clean import clean
from graph.find.citations import find_citations
from graph.find.motions import find_motions, parse_member
from graph.model import Document, MotionMention

GOLD = Path(__file__).resolve().parent / "data" / "seeds.gold.json"  # copy of ../shared/gold/seeds.json
LETTER_DATE = "2021-02-03"
N35669_36 = "Kamerstuk 35 669, nr. 36."
N734 = "Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 734"


def run(body: str, *notes: str, date: str | None = LETTER_DATE) -> list[MotionMention]:
    """Motions of a letter body whose footnotes 1, 2, … are ``notes``."""
    raw = body + "\n\n" + "\n\n".join(f"<sup>{i}</sup> {n}" for i, n in enumerate(notes, 1))
    text = clean(raw)
    return find_motions(text, find_citations(text), date)


# (body, footnotes, [(id, members, cosigners, adopted), …])
MENTIONS: list[tuple[str, tuple[str, ...], list[tuple[str | None, tuple[str, ...], bool, str | None]]]] = [
    (
        "Dit gebeurt in het kader van de motie van de leden Van Weyenberg (D66) en Smeulders (GroenLinks)<sup>1</sup>.",
        (N35669_36,),
        [("kst-35669-36", ("Van Weyenberg", "Smeulders"), False, None)],
    ),
    (
        "De motie van het lid Smeulders<sup>1</sup> wijst op stress.",
        (N734,),
        [("kst-25295-734", ("Smeulders",), False, None)],
    ),
    (
        "In opvolging van de motie Marijnissen cs. d.d. 26 januari jl.<sup>1</sup> werkt het kabinet aan criteria.",
        ("Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 926",),
        [("kst-25295-926", ("Marijnissen",), True, "2021-01-26")],
    ),
    (
        "In reactie op de motie van uw leden Van der Staaij c.s. is het volgende bekend.",
        (),
        [(None, ("Van der Staaij",), True, None)],
    ),
    (
        "De motie van uw leden van der Staaij cs vraagt voorts om nader onderzoek.",
        (),
        [(None, ("Van der Staaij",), True, None)],
    ),
    (
        "Met de motie-Van Aalst/Remco Dijkstra (Kamerstuk 35 570 XII, nr. 40) is gevraagd om een onderzoek.",
        (),
        [("kst-35570-XII-40", ("Van Aalst", "Remco Dijkstra"), False, None)],
    ),
    (
        "Vervolgens heeft de Kamer op 2 februari 2021 een motie aanvaard van de leden Smeulders en Van "
        "Weyenberg waarin "
        "de regering wordt verzocht opties te verkennen.<sup>1</sup>",
        ("Kamerstukken II, 2020/21, 35669, nr. 9",),
        [("kst-35669-9", ("Smeulders", "Van Weyenberg"), False, "2021-02-02")],
    ),
    (
        "Ik ga in op de moties Kamerstuk 32 793, nr. 176 (Dik-Faber) en Kamerstuk 32 793, nr. 181 (Van Esch).",
        (),
        [("kst-32793-176", ("Dik-Faber",), False, None), ("kst-32793-181", ("Van Esch",), False, None)],
    ),
    (
        "Het kabinet heeft de motie-Omtzigt c.s. (Kamerstuk 35 510, nr. 12) besproken.",
        (),
        [("kst-35510-12", ("Omtzigt",), True, None)],
    ),
    ("De motie 35 669, nr. 36 vraagt om een campagne.", (), [("kst-35669-36", (), False, None)]),
    ("Uw Kamer heeft de motie met Kamerstuk 35 669, nr. 9 aangenomen.", (), [("kst-35669-9", (), False, None)]),
    (
        "De gewijzigde motie van het lid Jasper van Dijk<sup>1</sup> vraagt om een verbod.",
        ("Kamerstuk 35 300, nr. 7.",),
        [("kst-35300-7", ("Jasper van Dijk",), False, None)],
    ),
    (
        "Ook de motie van de leden Van Nijkerken – De Haan en Tielen<sup>1</sup> vraagt dit.",
        ("Kamerstuk 35 570 XV, nr. 35.",),
        [("kst-35570-XV-35", ("Van Nijkerken-De Haan", "Tielen"), False, None)],
    ),
    (
        "Daarnaast werkt het kabinet ter opvolging van de motie van de leden Klaver en Ouwehand (aangenomen "
        "op 21 januari "
        "jl.)<sup>1</sup> aan een wettelijke grondslag.",
        ("Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 924",),
        [("kst-25295-924", ("Klaver", "Ouwehand"), False, "2021-01-21")],
    ),
    (
        "Met deze brief voldoe ik aan de motie van de leden Van der Staaij c.s. die is aangenomen op 24 "
        "november jl<sup>1</sup>.",
        (N734,),
        [("kst-25295-734", ("Van der Staaij",), True, "2020-11-24")],
    ),
    (
        "De motie van het lid Bisschop (SGP) over de zondagsrust is op 2 februari 2021 aanvaard.",
        (),
        [(None, ("Bisschop",), False, "2021-02-02")],
    ),
    (
        "Dit volgt uit de Kamermotie van het lid Van Kent (SP)<sup>1</sup>.",
        ("Kamerstuk 35 570 XV, nr. 60.",),
        [("kst-35570-XV-60", ("Van Kent",), False, None)],
    ),
    ("De motie van het lid El Yassini (VVD) vraagt om meer handhaving.", (), [(None, ("El Yassini",), False, None)]),
    (
        "De motie van de leden Bikker (ChristenUnie), Van der Graaf (CU) en Omtzigt (NSC) vraagt om een plan.",
        (),
        [(None, ("Bikker", "Van der Graaf", "Omtzigt"), False, None)],
    ),
    ("De motie van het lid Özütok (GL) is helder.", (), [(None, ("Özütok",), False, None)]),
    ("De motie van het lid van 't Wout vraagt om een brief.", (), [(None, ("Van 't Wout",), False, None)]),
    ("De motie, ingediend door het lid Tielen, vraagt om een brief.", (), [(None, ("Tielen",), False, None)]),
    (
        "Met de motie-Segers c.s. van 3 december 2020 vroeg uw Kamer om een plan.",
        (),
        [(None, ("Segers",), True, "2020-12-03")],
    ),
    (
        "Ik ga in op de moties van het lid Omtzigt en van de leden Klaver en Asscher.",
        (),
        [(None, ("Omtzigt",), False, None), (None, ("Klaver", "Asscher"), False, None)],
    ),
    (
        "De motie<sup>1</sup> over de norm vraagt om een onderzoek.",
        ("Motie van het lid Van Haga, Kamerstuk 35 300, nr. 23.",),
        [("kst-35300-23", ("Van Haga",), False, None)],
    ),
    (
        "De op 24 november jl. aangenomen motie van het lid Smeulders vraagt om een onderzoek.",
        (),
        [(None, ("Smeulders",), False, "2020-11-24")],
    ),
    (
        "De motie van de leden Pia Dijkstra en Remco Dijkstra vraagt om een plan.",
        (),
        [(None, ("Pia Dijkstra", "Remco Dijkstra"), False, None)],
    ),
    ("De motie van het lid P.H. Omtzigt vraagt om een plan.", (), [(None, ("Omtzigt",), False, None)]),
    (
        "De motie van de leden Weyenberg en Smeulders vraagt om geld. Later noemt uw Kamer de motie van de leden "
        "Van Weyenberg en Smeulders nog eens.",
        (),
        [(None, ("Van Weyenberg", "Smeulders"), False, None)],
    ),
    (
        "De motie van de leden Van Weyenberg en Smeulders<sup>1</sup> vraagt om geld. De motie van de leden "
        "Van Weyenberg en "
        "Smeulders<sup>2</sup> vraagt om aandacht.",
        (N35669_36, "Kamerstuk 35 570 XV, nr. 54."),
        [
            ("kst-35669-36", ("Van Weyenberg", "Smeulders"), False, None),
            ("kst-35570-XV-54", ("Van Weyenberg", "Smeulders"), False, None),
        ],
    ),
    (
        "De motie van het lid Smeulders<sup>1</sup> wijst op stress. Verder zullen we conform de motie "
        "Smeulders aandacht "
        "geven aan mentale aspecten.",
        (N734,),
        [("kst-25295-734", ("Smeulders",), False, None)],
    ),
    (
        "Het kabinet geeft invulling aan de motie van de leden Van Weyenberg en Smeulders<sup>1</sup>. Dit "
        "kwam voort uit de "
        "motie van de leden Smeulders en Weyenberg.",
        (N35669_36,),
        [("kst-35669-36", ("Van Weyenberg", "Smeulders"), False, None)],
    ),
    ("De motie van het lid Smeulders werd op 2 februari 2021 verworpen.", (), [(None, ("Smeulders",), False, None)]),
    (
        "De motie van het lid Smeulders over thuiswerken<sup>1</sup> wordt uitgevoerd.",
        ("Kamerstuk 25 295, nr. 12.",),
        [("kst-25295-12", ("Smeulders",), False, None)],
    ),
    # a marker late in the sentence that belongs to a letter, not to the motion
    (
        "Conform de motie van het lid Tielen stuur ik u de brief van 3 maart<sup>1</sup>.",
        ("Kamerstuk 25 295, nr. 99.",),
        [(None, ("Tielen",), False, None)],
    ),
    # names with letters of Latin Extended-A are kept whole (real members, 2021-2024)
    (
        "Hierbij informeer ik u over de motie van het lid Yeşilgöz-Zegerius (VVD) over veiligheid.",
        (),
        [(None, ("Yeşilgöz-Zegerius",), False, None)],
    ),
    ("De motie-Gündoğan c.s. vraagt om een onderzoek.", (), [(None, ("Gündoğan",), True, None)]),
    # the number in brackets after the motion's subject (Handelingen II 2019/20, nr. 31, item 8)
    (
        "Met deze brief geef ik uitvoering aan de motie-Kröger over een brede afweging voor de "
        "MIRT-projecten (35300-A, nr. 29).",
        (),
        [("kst-35300-A-29", ("Kröger",), False, None)],
    ),
    (
        "De motie van het lid Van Aalst over het niet verlagen van de maximumsnelheid (Kamerstuk 35 300 A, nr. 16) "
        "vraagt dit.",
        (),
        [("kst-35300-A-16", ("Van Aalst",), False, None)],
    ),
    # ... but not the number of a document the subject names, nor one in a later sentence
    (
        "De motie van het lid Kröger over de brief van 3 maart (Kamerstuk 35 300 A, nr. 29) is besproken.",
        (),
        [(None, ("Kröger",), False, None)],
    ),
    (
        "De motie van het lid Kröger over thuiswerken. Zie (Kamerstuk 35 300 A, nr. 29).",
        (),
        [(None, ("Kröger",), False, None)],
    ),
    # the motion named in brackets right after its number
    (
        "Zie Kamerstuk 35 300-XVI, nr. 140 (motie van het lid Ellemeet).",
        (),
        [("kst-35300-XVI-140", ("Ellemeet",), False, None)],
    ),
    ("Zie Kamerstuk 35 300-XVI, nr. 140 en de motie van het lid Ellemeet.", (), [(None, ("Ellemeet",), False, None)]),
    # the Kamer as subject between the date and the motion
    (
        "Op 4 april 2023 heeft uw Kamer de motie van het lid Bikker (Kamerstuk 36 200 VI, nr. 47) aangenomen.",
        (),
        [("kst-36200-VI-47", ("Bikker",), False, "2023-04-04")],
    ),
    (
        "Bij de stemmingen van 21 februari 2017 (Handelingen II 2016/17, nr. 55) heeft uw Kamer de gewijzigde "
        "motie van het lid Voordewind (Kamerstuk 19 637, nr. 2301) aangenomen.",
        (),
        [("kst-19637-2301", ("Voordewind",), False, "2017-02-21")],
    ),
    ("Op 4 april 2023 heeft uw Kamer de motie van het lid Bikker besproken.", (), [(None, ("Bikker",), False, None)]),
    (
        "Op 4 april 2023 heb ik de motie van het lid Bikker ontraden, maar uw Kamer heeft haar aangenomen.",
        (),
        [(None, ("Bikker",), False, None)],
    ),
    # a debate title after "moties" is no filer: "Vreemdelingen- en" is half a compound (kst-19637-2302)
    (
        "Bij de stemmingen (Handelingen II 2016/17, nr. 55, Stemmingen moties Vreemdelingen- en asielbeleid) "
        "heeft uw Kamer de motie Voordewind aangenomen.",
        (),
        [(None, ("Voordewind",), False, None)],
    ),
    # negatives: no particular motion named
    ("Het lid Smeulders wil een motie indienen over thuiswerken.", (), []),
    ("Een motie van wantrouwen is niet ingediend.", (), []),
    ("De Kamer kan moties aannemen over dit onderwerp.", (), []),
    ("De motie werd verworpen.", (), []),
    ("In de motie wordt gevraagd om meer geld.", (), []),
    ("Dit staat in de motiebrief van de Kamer.", (), []),
    ("De motie Kamerstuk werd niet genoemd.", (), []),
]


@pytest.mark.parametrize(("body", "notes", "want"), MENTIONS, ids=[m[0][:50] for m in MENTIONS])
def test_mentions(
    body: str, notes: tuple[str, ...], want: list[tuple[str | None, tuple[str, ...], bool, str | None]]
) -> None:
    got = [(m.id, m.members, m.cosigners, m.adopted) for m in run(body, *notes)]
    assert got == want


def test_parties_normalised_in_member_order() -> None:
    (m,) = run("De motie van de leden Van Weyenberg (D66) en Smeulders (GL) en Bikker (CU) vraagt dit.")
    assert m.parties == ("D66", "GroenLinks", "ChristenUnie")


SHARED_PARTIES = [
    (
        "Met deze brief geef ik invulling aan de motie van de leden Bikker en Ceder (beiden ChristenUnie) "
        "(Kamerstuk 36 200 VI, nr. 47).",
        "kst-36200-VI-47",
        ("Bikker", "Ceder"),
        ("ChristenUnie",),
    ),
    (
        "De motie van de leden Kuik, Boswijk en Amhaouch (allen CDA) c.s. vraagt dit.",
        None,
        ("Kuik", "Boswijk", "Amhaouch"),
        ("CDA",),
    ),
    # the party in the bracket is no member
    ("De motie van de leden Van Dijk en Omtzigt (beide SP) vraagt dit.", None, ("Van Dijk", "Omtzigt"), ("SP",)),
]


@pytest.mark.parametrize(("body", "mid", "members", "parties"), SHARED_PARTIES)
def test_one_party_for_all_filers(
    body: str, mid: str | None, members: tuple[str, ...], parties: tuple[str, ...]
) -> None:
    (m,) = run(body)
    assert (m.id, m.members, m.parties) == (mid, members, parties)


def test_spans_point_into_the_raw_text() -> None:
    body = "Met deze brief voldoe ik aan de motie van het lid **Smeulders**<sup>1</sup>. Verder niets."
    raw = body + "\n\n<sup>1</sup> " + N734
    text = clean(raw)
    (m,) = find_motions(text, find_citations(text), LETTER_DATE)
    assert raw[m.span[0] : m.span[1]].startswith("motie van het lid")
    # the span quotes the sentence as written; the evidence is that sentence without markup
    quoted = raw[m.evidence_span[0] : m.evidence_span[1]]
    assert "<sup>" in quoted and "<sup>" not in m.evidence
    assert clean(quoted).body == m.evidence
    assert m.evidence.startswith("Met deze brief") and m.evidence.endswith(".")


# (body, footnotes, {member or id: action})
ACTIONS: list[tuple[str, tuple[str, ...], dict[str, str]]] = [
    # settles
    ("Met deze brief voldoe ik aan de motie van het lid Smeulders<sup>1</sup>.", (N734,), {"Smeulders": "settles"}),
    ("Ik beschouw de motie van het lid Smeulders hiermee als afgedaan.", (), {"Smeulders": "settles"}),
    (
        "De motie van het lid Smeulders vraagt om een onderzoek. Dat onderzoek is af. Ik beschouw deze motie "
        "daarmee als "
        "afgedaan.",
        (),
        {"Smeulders": "settles"},
    ),
    ("Hiermee is uitvoering gegeven aan de motie van het lid Smeulders.", (), {"Smeulders": "settles"}),
    ("Met deze brief geef ik uitvoering aan de motie-Omtzigt c.s.", (), {"Omtzigt": "settles"}),
    # separable verbs with the particle closing the clause, and the passive with "wordt"
    ("Hiermee doe ik de motie van het lid Kops af.", (), {"Kops": "settles"}),
    ("Met deze brief kom ik de motie van het lid Kops na.", (), {"Kops": "settles"}),
    ("Met deze brief wordt de motie van het lid Kops afgedaan.", (), {"Kops": "settles"}),
    ("Hiermee doe ik de motie van het lid Kops niet af.", (), {"Kops": "mentions"}),
    ("Hiermee kom ik terug op de motie van het lid Kops na het debat.", (), {"Kops": "mentions"}),
    ("Hiermee kom ik de motie van het lid Kops deels na.", (), {"Kops": "progress"}),
    # "c.s." before a bracket ends no sentence: the cue after the number still reads the motion
    (
        "De motie van het lid Voordewind c.s. (Kamerstuk 19 637, nr. 2301) beschouw ik hiermee als afgedaan.",
        (),
        {"Voordewind": "settles"},
    ),
    ("De motie van het lid Smeulders beschouw ik met deze brief als uitgevoerd.", (), {"Smeulders": "settles"}),
    (
        "Met deze brief voldoe ik tevens aan het gevraagde in de motie van de leden Van der Staaij c.s.",
        (),
        {"Van der Staaij": "settles"},
    ),
    ("Daarmee is de motie van het lid Tielen uitgevoerd.", (), {"Tielen": "settles"}),
    (
        "Ik geef invulling aan de motie van het lid Agema en de motie van het lid Tielen. Ik beschouw de "
        "benoemde moties "
        "hiermee als afgedaan.",
        (),
        {"Agema": "settles", "Tielen": "settles"},
    ),
    ("Hiermee beschouw ik de motie Smeulders als afgedaan.", (), {"Smeulders": "settles"}),
    ("Met dit rapport kom ik tegemoet aan de motie van het lid Tielen.", (), {"Tielen": "settles"}),
    # progress
    ("Ter opvolging van de motie van het lid Smeulders start het kabinet een campagne.", (), {"Smeulders": "progress"}),
    (
        "In het kader van de motie van de leden Van Weyenberg en Smeulders is € 5 miljoen vrijgemaakt.",
        (),
        {"Van Weyenberg": "progress"},
    ),
    (
        "Het kabinet zal in opvolging van de motie van de leden Weyenberg en Smeulders 5 miljoen euro vrijmaken.",
        (),
        {"Weyenberg": "progress"},
    ),
    (
        "Daarbij zullen we conform de motie Smeulders aandacht geven aan mentale aspecten.",
        (),
        {"Smeulders": "progress"},
    ),
    ("Dit kwam voort uit de motie van de leden Van Weyenberg en Smeulders.", (), {"Van Weyenberg": "progress"}),
    ("Naar aanleiding van de motie van het lid Tielen heb ik TNO om onderzoek gevraagd.", (), {"Tielen": "progress"}),
    ("De motie van het lid Tielen wordt momenteel uitgevoerd.", (), {"Tielen": "progress"}),
    (
        "Uw Kamer heeft een motie aanvaard van de leden Smeulders en Van Weyenberg waarin de regering wordt verzocht "
        "opties te verkennen. Het gesprek vindt binnenkort plaats en aansluitend zal ik uw Kamer informeren.",
        (),
        {"Smeulders": "progress"},
    ),
    ("Ik beschouw de motie van het lid Tielen nog niet als afgedaan.", (), {"Tielen": "progress"}),
    (
        "De motie van het lid Tielen vraagt om een campagne. Bij de verdere invulling van de motie zal er "
        "aandacht zijn "
        "voor sociale partners.",
        (),
        {"Tielen": "progress"},
    ),
    (
        "Daarnaast werkt het kabinet ter opvolging van de motie van de leden Klaver en Ouwehand aan een wet.",
        (),
        {"Klaver": "progress"},
    ),
    # mentions
    ("De motie van het lid Smeulders wijst erop dat thuiswerken tot stress leidt.", (), {"Smeulders": "mentions"}),
    (
        "De motie van het lid Smeulders werd verworpen. Ik beschouw deze motie daarmee als afgedaan.",
        (),
        {"Smeulders": "mentions"},
    ),
    ("De motie van het lid Smeulders is aangehouden. Ik beschouw dit als afgedaan.", (), {"Smeulders": "mentions"}),
    (
        "De motie van het lid Tielen vraagt om een brief. Ik beschouw de toezegging hiermee als afgedaan.",
        (),
        {"Tielen": "mentions"},
    ),
    ("Tijdens het debat heb ik de motie van het lid Tielen oordeel Kamer gegeven.", (), {"Tielen": "mentions"}),
    ("Ik beschouw de motie van het lid Tielen niet als afgedaan.", (), {"Tielen": "mentions"}),
    (
        "In reactie op de motie van uw leden Van der Staaij cs is het volgende bekend.",
        (),
        {"Van der Staaij": "progress"},  # the letter answers the motion (MOTION_ANSWERED)
    ),
    ("Uw Kamer vroeg in de motie van het lid Tielen om een brief. Die brief komt er.", (), {"Tielen": "mentions"}),
    # a pointing-back plural settles only the motions of its own passage
    (
        "De motie van het lid Agema vraagt om een plan.\n\nIk geef invulling aan de motie van het lid "
        "Tielen. Ik beschouw "
        "de benoemde moties hiermee als afgedaan.",
        (),
        {"Agema": "mentions", "Tielen": "settles"},
    ),
]


@pytest.mark.parametrize(("body", "notes", "want"), ACTIONS, ids=[a[0][:50] for a in ACTIONS])
def test_actions(body: str, notes: tuple[str, ...], want: dict[str, str]) -> None:
    got = run(body, *notes)
    by_member = {m.members[0]: m.action for m in got if m.members}
    for who, action in want.items():
        name = parse_member(who)
        assert name is not None
        assert by_member.get(name.name, by_member.get("Van " + who)) == action, (who, got)


@pytest.mark.parametrize(
    ("sentence", "appreciation"),
    [
        ("Tijdens het debat heb ik de motie van het lid Tielen oordeel Kamer gegeven.", "oordeel Kamer"),
        ("De motie van het lid Tielen heb ik ontraden.", "ontraden"),
        ("De motie van het lid Tielen is door het kabinet overgenomen.", "overgenomen"),
        ("De motie van het lid Tielen vraagt om een plan.", None),
    ],
)
def test_appreciation(sentence: str, appreciation: str | None) -> None:
    (m,) = run(sentence)
    assert m.appreciation == appreciation


def test_conflict_keeps_both_and_the_first_cited_owns_the_number() -> None:
    got = run(
        "Met deze brief voldoe ik aan de motie van de leden Van der Staaij c.s.<sup>1</sup>. Dat is fijn.\n\n"
        "De motie van het lid Smeulders<sup>2</sup> wijst op stress.",
        N734,
        N734,
    )
    assert [(m.id, m.members, m.conflict, m.conflict_owner) for m in got] == [
        ("kst-25295-734", ("Van der Staaij",), True, True),
        ("kst-25295-734", ("Smeulders",), True, False),
    ]
    assert got[0].action == "settles" and got[1].action == "mentions"


def test_one_entry_per_motion_with_the_strongest_action() -> None:
    (m,) = run(
        "De motie van het lid Tielen<sup>1</sup> vraagt om een plan. Ter opvolging van de motie van het lid Tielen "
        "start ik een campagne. Ik beschouw de motie van het lid Tielen daarmee als afgedaan.",
        "Kamerstuk 25 295, nr. 12.",
    )
    assert (m.id, m.action, len(m.mentions)) == ("kst-25295-12", "settles", 3)
    assert m.evidence.startswith("Ik beschouw")


def test_no_letter_date_leaves_relative_dates_open() -> None:
    (m,) = run("De motie van het lid Tielen die is aangenomen op 24 november jl. vraagt dit.", date=None)
    assert m.adopted is None


@pytest.mark.parametrize(
    ("written", "name", "key"),
    [
        ("van der Staaij", "Van der Staaij", "staaij"),
        ("Van Nijkerken – De Haan", "Van Nijkerken-De Haan", "nijkerken-de haan"),
        ("Jasper van Dijk", "Jasper van Dijk", "jasper dijk"),
        ("Weyenberg", "Weyenberg", "weyenberg"),
        ("Dik-Faber", "Dik-Faber", "dik-faber"),
        ("P.H. Omtzigt", "Omtzigt", "omtzigt"),
    ],
)
def test_parse_member(written: str, name: str, key: str) -> None:
    m = parse_member(written)
    assert m is not None and (m.name, m.key) == (name, key)


def _fold(name: str) -> str:
    return re.sub(r"\s+", "", name).lower().replace("–", "-")


@pytest.mark.skipif(not GOLD.exists(), reason="gold file not present")
def test_seeds_against_gold(seed_docs: list[Document]) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = {Path(d.source).name: d for d in seed_docs}
    for g in gold["letters"]:
        doc = docs[g["source"]]
        pred: dict[str, MotionMention] = {}
        for m in doc.motions:
            if m.id and (m.id not in pred or m.action == "settles"):
                pred[m.id] = m
        want = {m["id"]: m for m in g["motions"]}
        assert set(pred) == set(want), g["source"]
        for kid, gm in want.items():
            pm = pred[kid]
            assert {_fold(x) for x in pm.members} == {_fold(x) for x in gm["members"]}, kid
            assert (pm.action == "settles") == (gm["action"] == "settles"), kid
            if gm.get("adopted"):
                assert pm.adopted == gm["adopted"], kid
        for c in g.get("conflicts", []):
            assert any(m.id == c["id"] and m.conflict for m in doc.motions)
