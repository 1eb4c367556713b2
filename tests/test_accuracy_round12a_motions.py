"""Accuracy round 12a: status lines under motions in "stand van zaken moties" letters and annexes, initials
in a motion's hyphenated name ending no sentence, an adoption by another body dating no motion, and "in lijn
met de motie" as follow-up."""

from __future__ import annotations

import pytest

from graph.clean import clean
from graph.extract import extract_text
from graph.model import MotionMention

HEAD = """36 200 XVI Vaststelling van de begrotingsstaten van het Ministerie van Volksgezondheid, Welzijn en Sport

Nr. 180 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 14 maart 2023

"""


def _motions(body: str) -> dict[str | None, MotionMention]:
    return {m.id: m for m in extract_text(HEAD + body + "\n", "letter.txt").motions}


def _actions(body: str) -> dict[str | None, str]:
    return {k: m.action for k, m in _motions(body).items()}


A = "Motie van het lid Agema over de ouderenzorg (Kamerstuk 36 200 XVI, nr. 54)"
B = "Motie van de leden Hijink en Van den Berg over de mondzorg (Kamerstuk 36 200 XVI, nr. 60)"
IDA, IDB = "kst-36200-XVI-54", "kst-36200-XVI-60"

# (body, expected action per motion id)
STATUS_CASES: list[tuple[str, str, dict[str | None, str]]] = [
    ("line-settles", f"{A}\nStand van zaken: afgedaan. De brief is op 1 maart verzonden.", {IDA: "settles"}),
    ("status-settles", f"{A}\nStatus: Afgehandeld met de brief van 1 maart 2023.", {IDA: "settles"}),
    ("blank-line-between", f"{A}\n\nStand van zaken: afgerond.", {IDA: "settles"}),
    ("in-uitvoering", f"{A}\nStatus: in uitvoering. Het onderzoek loopt tot de zomer.", {IDA: "progress"}),
    ("loopt", f"{A}\nStand van zaken: loopt.", {IDA: "progress"}),
    ("nog-niet-afgedaan", f"{A}\nStand van zaken: nog niet afgedaan.", {IDA: "progress"}),
    ("aangehouden", f"{A}\nStatus: aangehouden.", {IDA: "mentions"}),
    ("ingetrokken", f"{A}\nStatus: ingetrokken.", {IDA: "mentions"}),
    ("numbered-heading", f"1. {A}\nStand van zaken: afgedaan.", {IDA: "settles"}),
    # each motion its own status, never the next one's
    ("two-motions", f"{A}\nStatus: in uitvoering.\n\n{B}\nStatus: afgedaan.", {IDA: "progress", IDB: "settles"}),
    ("first-without-status", f"{A}\n\n{B}\nStatus: afgedaan.", {IDA: "mentions", IDB: "settles"}),
    # a table row: the state cell of the motion's own row
    (
        "table",
        f"| Motie | Stand van zaken |\n|---|---|\n| {A} | Afgedaan |\n| {B} | Loopt |",
        {IDA: "settles", IDB: "progress"},
    ),
    ("table-row-without-state", f"| Motie | Stand van zaken |\n|---|---|\n| {A} | |\n| Toezegging X | Afgedaan |",
     {IDA: "mentions"}),
    # the motion's own words between its heading and its status
    ("request-then-status", f"{A}\nDe motie verzoekt de regering een plan op te stellen.\nStand van zaken: afgedaan.",
     {IDA: "settles"}),
    ("request-paragraph-then-status",
     f"{A}\nVerzoekt de regering een plan op te stellen.\n\nStatus: in uitvoering.", {IDA: "progress"}),
    # the writer's own sentence between them: the status may be of something that sentence names
    ("sentence-then-status", f"{A}\nDe motie verzoekt de regering een plan op te stellen.\nHet plan is klaar.\n"
     "Status: afgedaan.", {IDA: "mentions"}),
    # a motion named inside a promise: the status line is the promise's
    (
        "promise-naming-motion",
        "Toezegging: de minister stuurt de Kamer een overzicht van de wachtlijsten, zoals besproken bij de motie van "
        "het lid Agema (Kamerstuk 36 200 XVI, nr. 54).\nStatus: afgedaan.",
        {IDA: "mentions"},
    ),
    # a status line after a sentence in between belongs to that sentence's item
    ("status-after-other-line", f"{A}\nToezegging over de wachtlijsten.\nStatus: afgedaan.", {IDA: "mentions"}),
    ("status-after-other-line-same-sentence", f"{A}\nToezegging over de wachtlijsten\nStatus: afgedaan.",
     {IDA: "mentions"}),
    # a heading wrapped onto a second line keeps its status line
    (
        "wrapped-heading",
        "Motie van het lid Agema over de toegankelijkheid van de\nouderenzorg (Kamerstuk 36 200 XVI, nr. 54)\n"
        "Stand van zaken: afgedaan.",
        {IDA: "settles"},
    ),
    # "status" in running text is no status line
    ("running-text", f"{A} vraagt naar de status van de aanbesteding.", {IDA: "mentions"}),
]


@pytest.mark.parametrize(("body", "expected"), [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES])
def test_status_lines(body: str, expected: dict[str | None, str]) -> None:
    got = _actions(body)
    assert {k: got.get(k) for k in expected} == expected


def test_status_line_is_the_evidence() -> None:
    m = _motions(f"{A}\n\nStand van zaken: afgedaan met de brief van 1 maart 2023.")[IDA]
    assert m.evidence == "Stand van zaken: afgedaan met de brief van 1 maart 2023."
    assert m.rule.startswith("settles:status-line")


@pytest.mark.parametrize(
    ("body", "sentences"),
    [
        ("De motie-M.B. Vos over de arbeidsmarkt is aangenomen. Ik voer haar uit.", 2),
        ("Zie de Kamermotie-A. Vos over de arbeidsmarkt. Ik voer haar uit.", 2),
        ("De motie-Vos c.s. is aangenomen. Ik voer haar uit.", 2),
        # initials elsewhere and real sentence ends still behave as before
        ("Dat meldde de heer M.B. Vos. Ik voer haar uit.", 2),
        ("Het gaat om plan-B. Daarna volgt de rest.", 2),
        ("Het was de motie. Daarna volgt de rest.", 2),
    ],
)
def test_initials_in_a_hyphenated_motion_name(body: str, sentences: int) -> None:
    assert len(clean(body).sentences) == sentences


def test_hyphenated_initials_keep_the_motion_whole() -> None:
    m = _motions("De motie-M.B. Vos over de arbeidsmarkt (Kamerstuk 36 200 XV, nr. 12) voer ik uit. Dit is zo.")
    assert m["kst-36200-XV-12"].members == ("Vos",)
    assert m["kst-36200-XV-12"].evidence.startswith("De motie-M.B. Vos over")


ADOPTED_CASES: list[tuple[str, str | None]] = [
    # another body's vote dates no motion of the Kamer
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54) vraagt om een plan dat op 3 december 2022 is "
     "aangenomen door de gemeenteraad van Utrecht.", None),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54) vraagt de regering het plan te steunen, dat op 3 "
     "december 2022 met algemene stemmen werd aangenomen door Provinciale Staten.", None),
    # the Kamer's own vote, with or without "door"
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54) is op 3 december 2022 aangenomen door uw Kamer.",
     "2022-12-03"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54), die op 3 december 2022 is aangenomen, vraagt "
     "om een plan.", "2022-12-03"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54) is aangenomen op 3 december 2022 door de Tweede "
     "Kamer.", "2022-12-03"),
]


@pytest.mark.parametrize(("body", "adopted"), ADOPTED_CASES)
def test_adoption_by_another_body(body: str, adopted: str | None) -> None:
    assert _motions(body)[IDA].adopted == adopted


IN_LINE_CASES: list[tuple[str, str]] = [
    ("In lijn met de motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54) heb ik de regeling aangepast.",
     "progress"),
    ("In het verlengde van de motie-Agema (Kamerstuk 36 200 XVI, nr. 54) is het budget verhoogd.", "progress"),
    ("Het kabinet heeft, in lijn met de motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54), besloten de "
     "regeling te verlengen.", "progress"),
    # someone else's plan judged, a denial, or the motion asking for it: no follow-up of the writer's
    ("Het voorstel van de VNG is in lijn met de motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54).",
     "mentions"),
    ("Niet in lijn met de motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54) is het besluit van de NZa.",
     "mentions"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 54) vraagt te handelen in lijn met het advies.",
     "mentions"),
]


@pytest.mark.parametrize(("body", "action"), IN_LINE_CASES)
def test_in_line_with_a_motion(body: str, action: str) -> None:
    assert _actions(body)[IDA] == action
