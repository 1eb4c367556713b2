"""Accuracy round 11a: withdrawn motions and motions not yet done, one rule for every verb form.

Rows follow real passages (kst-CXXIV-G: "conform de inmiddels ingetrokken motie-De Graaf c.s.", "De
motie-Nagel c.s. is aan het slot van het debat ingetrokken"; round 9a/10a letters for "nog niet als
afgedaan"); negatives show what each rule leaves alone."""

from __future__ import annotations

import pytest

from graph.extract import extract_text
from graph.model import MotionMention

HEAD = """35 000 VII Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken

Nr. 96 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 25 april 2019

"""
NUM = "(Kamerstuk 35 570 XIV, nr. 12)"


def _motions(body: str) -> list[MotionMention]:
    return list(extract_text(HEAD + body + "\n", "x").motions)


# --- a withdrawn motion is only mentioned, in every sentence of the letter ------------------------

# (sentence(s), action, rule's head, the evidence opens with)
WITHDRAWN: list[tuple[str, str, str, str]] = [
    # kst-CXXIV-G: the state before the hyphenated name, a follow-up cue in the same sentence
    ("De Huishoudelijke Commissie zal voorstellen doen, conform de inmiddels ingetrokken motie-De Graaf c.s.",
     "mentions", "mentions:withdrawn", "De Huishoudelijke"),
    (f"De inmiddels ingetrokken motie van het lid Bromet {NUM} vroeg om een plan. Ik werk aan de uitvoering "
     "hiervan.", "mentions", "mentions:withdrawn", "De inmiddels"),
    (f"Ter uitvoering van de motie van het lid Bromet {NUM}, die inmiddels is ingetrokken, heb ik een onderzoek "
     "laten doen.", "mentions", "mentions:withdrawn", "Ter uitvoering"),
    # withdrawn, then declared done or taken up: the withdrawal wins, wherever it stands
    (f"De motie van het lid Bromet {NUM} is ingetrokken. Hiermee beschouw ik deze motie als afgedaan.",
     "mentions", "mentions:withdrawn", "De motie van het lid Bromet"),
    (f"De motie van het lid Bromet {NUM} vraagt om een plan. Deze motie is op 3 maart door de indiener "
     f"ingetrokken. In het kader van de motie van het lid Bromet {NUM} heb ik gesproken met gemeenten.",
     "mentions", "mentions:withdrawn", "Deze motie is op 3 maart"),
    # rejected, named by its state
    ("De verworpen motie van het lid Bromet vroeg om een plan. Ik werk aan de uitvoering hiervan.",
     "mentions", "mentions:withdrawn", "De verworpen"),
    # negatives: "ingetrokken" of something else, a held motion named by its state
    (f"Ter uitvoering van de motie van het lid Bromet {NUM} heb ik het besluit ingetrokken.",
     "progress", "progress:follow-up", "Ter uitvoering"),
    (f"Ter uitvoering van de motie van het lid Bromet {NUM} is de vergunning, die eerder was verleend, "
     "ingetrokken.", "progress", "progress:follow-up", "Ter uitvoering"),
    (f"Ter uitvoering van de aangehouden motie van het lid Bromet {NUM} heb ik gemeenten gesproken.",
     "progress", "progress:follow-up", "Ter uitvoering"),
    (f"Met deze brief geef ik uitvoering aan de motie van het lid Bromet {NUM}. Het lid Klaver heeft zijn "
     "amendement ingetrokken.", "settles", "settles:declared", "Met deze brief"),
]


@pytest.mark.parametrize(("body", "action", "rule", "evidence"), WITHDRAWN, ids=[r[0][:60] for r in WITHDRAWN])
def test_withdrawn_motion_is_mentioned(body: str, action: str, rule: str, evidence: str) -> None:
    [motion] = _motions(body)
    assert (motion.action, motion.rule.split(";")[0]) == (action, rule)
    assert motion.evidence.startswith(evidence)


def test_withdrawal_of_one_motion_leaves_the_other() -> None:
    got = {m.members: m.action for m in _motions(
        "De verworpen motie van het lid Bromet vroeg om een plan. Ter uitvoering van de motie van het lid Klaver "
        "heb ik een plan gemaakt.")}
    assert got == {("Bromet",): "mentions", ("Klaver",): "progress"}


# --- negated settlement: "not yet done" is progress whatever the verb; a bare "niet" is mentions --

NOT_YET: list[tuple[str, str]] = [
    (f"De motie van het lid Bromet {NUM} is nog niet afgedaan.", "progress"),
    (f"De motie van het lid Bromet {NUM} kan nog niet als afgedaan worden beschouwd.", "progress"),
    (f"De motie van het lid Bromet {NUM} kan (nog) niet als afgedaan worden beschouwd.", "progress"),
    (f"Ik beschouw de motie van het lid Bromet {NUM} nog niet als afgedaan.", "progress"),
    (f"De motie van het lid Bromet {NUM} beschouw ik op dit moment niet als afgedaan.", "progress"),
    (f"De motie van het lid Bromet {NUM} is vooralsnog niet volledig uitgevoerd.", "progress"),
    # a bare "niet", and "nog niet" inside the motion's own request
    (f"Ik beschouw de motie van het lid Bromet {NUM} niet als afgedaan.", "mentions"),
    (f"De motie van het lid Bromet {NUM} is niet uitgevoerd.", "mentions"),
    (f"De motie van het lid Bromet {NUM} vraagt om een lijst van maatregelen die nog niet zijn uitgevoerd.",
     "mentions"),
    (f"De motie van het lid Bromet {NUM} vraagt om te bezien of het plan nog niet is afgerond.", "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), NOT_YET, ids=[r[0][60:120] for r in NOT_YET])
def test_not_yet_done_is_progress(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


# --- initials in a hyphenated name ---------------------------------------------------------------


@pytest.mark.parametrize(("body", "want"), [
    # h-tk-20192020 style lists, as letters cite them: a sentence end wrongly read after the initials
    ("Ik reageer op de motie-M.B. Vos over ontmoediging van vliegen (22026, nr. 33).", "kst-22026-33"),
    ("Ik reageer op de motie-Van Aalst/Remco Dijkstra over de N35 (35300-A, nr. 15).", "kst-35300-A-15"),
    # negative: a number after the next sentence's subject is not this motion's
    ("Ik reageer op de motie-M.B. Vos. Het rapport over vliegen (22026, nr. 33) is verschenen.", None),
])
def test_number_after_subject_past_initials(body: str, want: str | None) -> None:
    [motion] = _motions(body)
    assert motion.id == want


# --- the judgement left to the Kamer, the motion between the words -------------------------------


@pytest.mark.parametrize(("sentence", "appreciation"), [
    (f"Het kabinet laat het oordeel over de motie van het lid Tielen {NUM} aan de Kamer.", "oordeel Kamer"),
    (f"Tijdens het debat heb ik het oordeel over de motie van het lid Tielen {NUM} aan uw Kamer gelaten.",
     "oordeel Kamer"),
    (f"Tijdens het debat heb ik de motie van het lid Tielen {NUM} oordeel Kamer gegeven.", "oordeel Kamer"),
    # negatives: no verb of leaving; the execution, not the judgement, left to the Kamer
    (f"Het oordeel over de motie van het lid Tielen {NUM} is aan de Kamer voorgelegd.", None),
    (f"Ik laat de uitvoering van de motie van het lid Tielen {NUM} aan de Kamer over.", None),
])
def test_judgement_left_to_the_kamer(sentence: str, appreciation: str | None) -> None:
    [motion] = _motions(sentence)
    assert motion.appreciation == appreciation


# --- the letter reporting where a motion stands -----------------------------------------------------


@pytest.mark.parametrize(("sentence", "action"), [
    (f"Hierbij informeer ik u over de stand van zaken van de motie van het lid Tielen {NUM}.", "progress"),
    (f"Met deze brief bericht ik u over de voortgang rond de motie van het lid Tielen {NUM}.", "progress"),
    # negatives: the motion asks for a report on something else; a heading without the preposition
    (f"De motie van het lid Tielen {NUM} vraagt de regering de Kamer te informeren over de voortgang van het "
     "programma.", "mentions"),
    (f"Stand van zaken motie Tielen {NUM}", "mentions"),
])
def test_status_report_is_progress(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


# --- filers as the subject of the sentence -------------------------------------------------------

# (sentence, (id, members, cosigners) of each motion found)
SUBJECT_FILERS: list[tuple[str, list[tuple[str | None, tuple[str, ...], bool]]]] = [
    ("De leden Bromet en Van der Lee hebben een motie ingediend (Kamerstuk 35 570 XII, nr. 16) die de regering "
     "verzoekt een plan te maken.", [("kst-35570-XII-16", ("Bromet", "Van der Lee"), False)]),
    ("Het lid Omtzigt c.s. heeft bij motie (Kamerstuk 35 570 XII, nr. 16) verzocht om een plan.",
     [("kst-35570-XII-16", ("Omtzigt",), True)]),
    ("Het lid Omtzigt heeft in de motie (Kamerstuk 35 570 XII, nr. 16) gevraagd om een plan.",
     [("kst-35570-XII-16", ("Omtzigt",), False)]),
    ("Het lid Omtzigt heeft een motie over de zorg ingediend (Kamerstuk 35 570 XII, nr. 16).",
     [("kst-35570-XII-16", ("Omtzigt",), False)]),
    # negatives: the member supports, agrees with or asks about the motion; no member named
    ("Het lid Omtzigt heeft de motie (Kamerstuk 35 570 XII, nr. 16) gesteund.", [("kst-35570-XII-16", (), False)]),
    ("Het lid Omtzigt heeft met de motie (Kamerstuk 35 570 XII, nr. 16) ingestemd.",
     [("kst-35570-XII-16", (), False)]),
    ("Het lid Omtzigt heeft de regering gevraagd de motie (Kamerstuk 35 570 XII, nr. 16) uit te voeren.",
     [("kst-35570-XII-16", (), False)]),
    ("De leden van de VVD-fractie hebben een motie ingediend over de zorg.", []),
]


@pytest.mark.parametrize(("sentence", "want"), SUBJECT_FILERS, ids=[r[0][:60] for r in SUBJECT_FILERS])
def test_filers_as_subject(sentence: str, want: list[tuple[str | None, tuple[str, ...], bool]]) -> None:
    assert [(m.id, m.members, m.cosigners) for m in _motions(sentence)] == want


# --- adoption with the vote before the auxiliary ----------------------------------------------------


@pytest.mark.parametrize(("clause", "adopted"), [
    ("die op 3 december 2018 met algemene stemmen is aangenomen", "2018-12-03"),
    ("die op 3 december jl. met een ruime meerderheid werd aangenomen", "2018-12-03"),
    ("die op 3 december 2018 is aangenomen", "2018-12-03"),
    # negative: not adopted
    ("die op 3 december 2018 met algemene stemmen is verworpen", None),
])
def test_adopted_with_the_vote_first(clause: str, adopted: str | None) -> None:
    [motion] = _motions(f"De motie van het lid Tielen {NUM}, {clause}, vraagt om een plan.")
    assert motion.adopted == adopted


# --- a motion's request, then effect given to it in the next sentence -----------------------------

REQUEST = f"De motie van het lid Tielen {NUM} verzoekt de regering een campagne te starten. "


@pytest.mark.parametrize(("after", "action"), [
    ("Hieraan wordt invulling gegeven door een campagne in het najaar.", "progress"),
    ("Aan dit verzoek is voldaan met de campagne van maart.", "progress"),  # pointed to only: never settles
    ("Het kabinet heeft hier uitvoering aan gegeven door in maart een campagne te starten.", "progress"),
    ("Daar geef ik graag gehoor aan.", "progress"),
    # negatives: denied or hedged effect; a next paragraph
    ("Hieraan kan geen uitvoering worden gegeven.", "mentions"),
    ("Daaraan zou invulling kunnen worden gegeven door een campagne.", "mentions"),
    ("\n\nAan dit verzoek is voldaan.", "mentions"),
])
def test_request_then_effect(after: str, action: str) -> None:
    [motion] = _motions(REQUEST + after)
    assert motion.action == action
