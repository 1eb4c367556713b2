"""Accuracy round 10a: motions, members and parties read against new real letters (kst-35000-VII-96,
kst-19637-2302, kst-35927-91 and rijksoverheid.nl summaries of 2018-2022). Each row quotes or follows the
real passage; negatives show what each rule leaves alone."""

from __future__ import annotations

import pytest

from graph.extract import extract_text
from graph.model import MotionMention

HEAD = """35 000 VII Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken

Nr. 96 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 25 april 2019

"""


def _motions(body: str) -> list[MotionMention]:
    return list(extract_text(HEAD + body + "\n", "x").motions)


# --- who filed the motion ----------------------------------------------------------------------

# (case, sentence, (id, members, parties) of each motion found)
FILERS: list[tuple[str, str, list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]]] = [
    # kst-21501-02-2377: a doubled "van", a typo of the real letter
    ("van van het lid", "Naast het verslag treft u ook nadere informatie aan over de motie van van het lid Jasper van "
     "Dijk (Kamerstuk 35 663, nr.19) over het aandringen op meer balans.",
     [("kst-35663-19", ("Jasper van Dijk",), ())]),
    ("van de de leden", "De motie van de de leden Bromet en Tielen (Kamerstuk 35 570 XIV, nr. 12) vraagt om een plan.",
     [("kst-35570-XIV-12", ("Bromet", "Tielen"), ())]),
    # rijksoverheid.nl, OCW 2022: "Tweede" before "Kamerleden"
    ("Tweede Kamerleden", "Minister Dijkgraaf reageert op de motie van de Tweede Kamerleden Paul (VVD) en Peters "
     "(CDA).",
     [(None, ("Paul", "Peters"), ("VVD", "CDA"))]),
    ("Tweede Kamerlid", "Ik reageer op de motie van het Tweede Kamerlid Ceder (ChristenUnie).",
     [(None, ("Ceder",), ("ChristenUnie",))]),
    # rijksoverheid.nl, BZ 2022: the filer in a relative clause, the same member named again by a hyphen
    ("die het lid … indiende", "Minister Hoekstra stuurt een brief over de motie die het Tweede Kamerlid Ceder (CU) "
     "indiende tijdens een overleg over de Mensenrechtennota. De minister meldt hoe hij de motie-Ceder uitvoert.",
     [(None, ("Ceder",), ("ChristenUnie",))]),
    ("die de leden … hebben ingediend", "De motie die de leden Bikker en Ceder hebben ingediend (Kamerstuk 35 570 XIV, "
     "nr. 12), vraagt om een plan.", [("kst-35570-XIV-12", ("Bikker", "Ceder"), ())]),
    ("door het lid … ingediende motie", "Met deze brief geef ik uitvoering aan de door het lid Omtzigt c.s. ingediende "
     "motie (Kamerstuk 35 570, nr. 12).", [("kst-35570-12", ("Omtzigt",), ())]),
    ("ingediende en aangenomen motie", "De door de leden Paul en Peters ingediende en door uw Kamer aangenomen motie "
     "vraagt om meetbare doelen.", [(None, ("Paul", "Peters"), ())]),
    # a member named by title
    ("de heer", "De motie van de heer Van der Staaij (Kamerstuk 35 570, nr. 12) is hiermee afgedaan.",
     [("kst-35570-12", ("Van der Staaij",), ())]),
    ("mevrouw", "De motie van mevrouw Bikker (ChristenUnie) (Kamerstuk 35 570, nr. 12) vraagt om een plan.",
     [("kst-35570-12", ("Bikker",), ("ChristenUnie",))]),
    # negatives: no filing verb, no "lid"/"leden", a doubled "van" before a plain surname
    ("die het lid … steunde", "De motie die het lid Bikker steunde is verworpen.", [(None, (), ())]),
    ("door het lid gevraagd", "Het rapport dat door het lid Bikker is gevraagd ligt er. De motie is aangenomen.",
     [(None, (), ())]),
    ("van van Dijk", "Zie de motie van van Dijk.", []),
    ("de heer en mevrouw", "De motie van de heer en mevrouw Jansen vraagt om een plan.", []),
]


@pytest.mark.parametrize(("case", "sentence", "want"), FILERS, ids=[r[0] for r in FILERS])
def test_filers(case: str, sentence: str, want: list[tuple[str | None, tuple[str, ...], tuple[str, ...]]]) -> None:
    got = [(m.id, m.members, m.parties) for m in _motions(sentence)]
    if want and want[0][1] == ():
        # a bare motion word names no filer; whether it is kept as a mention is not this rule's business
        assert all(members == () for _, members, _ in got)
    else:
        assert got == want


# --- the motion's footnote marker --------------------------------------------------------------

# (case, raw body with a footnote, the id)
MARKERS: list[tuple[str, str, str | None]] = [
    # kst-35000-VII-96: the marker between the name and the party
    ("after the name, before the party", "Op 18 oktober 2018 heeft uw Kamer de motie van het lid Özütok1 (GroenLinks) "
     "aangenomen, waarin de regering wordt verzocht om in overleg te treden.\n\nNoot 1: Kamerstuk 35 000 VII, nr. 18.",
     "kst-35000-VII-18"),
    # the marker on the motion word itself, the names after it
    ("on the word", "Hierbij geef ik uitvoering aan de motie1 van het lid Tielen.\n\nNoot 1 Kamerstuk 35 570 XV, "
     "nr. 35.",
     "kst-35570-XV-35"),
    # unchanged: the marker after the names and the party
    ("after the party", "Uw Kamer heeft de motie van het lid Özütok (GroenLinks)1 aangenomen.\n\nNoot 1: Kamerstuk "
     "35 000 VII, nr. 18.", "kst-35000-VII-18"),
    # negative: a marker late in the sentence on a letter, after "brief"
    ("another source", "De motie van het lid Özütok (GroenLinks) vraagt om overleg, zoals ook in mijn brief van 3 "
     "maart staat.1\n\nNoot 1: Kamerstuk 35 000 VII, nr. 18.", None),
]


@pytest.mark.parametrize(("case", "body", "want"), MARKERS, ids=[r[0] for r in MARKERS])
def test_marker_inside_the_names(case: str, body: str, want: str | None) -> None:
    [motion] = _motions(body)
    assert motion.id == want


def test_marker_inside_the_names_keeps_member_and_party() -> None:
    [motion] = _motions("Op 18 oktober 2018 heeft uw Kamer de motie van het lid Özütok1 (GroenLinks) aangenomen."
                        "\n\nNoot 1: Kamerstuk 35 000 VII, nr. 18.")
    assert (motion.members, motion.parties, motion.adopted) == (("Özütok",), ("GroenLinks",), "2018-10-18")


# --- a negated settlement is never "settles" ---------------------------------------------------

NOT_SETTLED: list[tuple[str, str]] = [
    # "not yet done" reports the motion open and its execution going on, whatever the verb: "progress"
    # (round 11a made the verb forms agree; "(nog)" reads as "nog", "op dit moment" as "nog")
    ("Ik beschouw de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) (nog) niet als afgedaan.", "progress"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) beschouw ik (nog) niet als afgedaan.", "progress"),
    ("Hiermee is de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) nog niet afgedaan.", "progress"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) kan (nog) niet als afgedaan worden beschouwd.",
     "progress"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) is nog niet afgedaan.", "progress"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) beschouw ik op dit moment niet als afgedaan.",
     "progress"),
    # a bare "niet": no settlement and no work reported
    ("Ik beschouw de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) niet als afgedaan.", "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) is niet uitgevoerd.", "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), NOT_SETTLED, ids=[r[0][70:120] for r in NOT_SETTLED])
def test_negated_settlement_never_settles(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


@pytest.mark.parametrize("sentence", [
    # the same passages without the negation settle, so the rows above test the negation
    "Ik beschouw de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) als afgedaan.",
    "De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) kan als afgedaan worden beschouwd.",
    "Hiermee is de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) afgedaan.",
    # kst-35927-91: "De motie is daarmee afgedaan." points back to the motion named before it
    "Uw Kamer heeft het kabinet verzocht om een reactie op de motie van lid Omtzigt inzake de uithuisplaatsingen. "
    "De motie is daarmee afgedaan.",
])
def test_the_same_declarations_settle(sentence: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == "settles"


# --- a plan to carry the motion out ------------------------------------------------------------

PLANNED: list[tuple[str, str]] = [
    # rijksoverheid.nl, BZ 2022
    ("De minister meldt in zijn brief hoe hij de motie-Ceder van plan is uit te voeren.", "progress"),
    ("De motie van het lid Bikker (Kamerstuk 35 570, nr. 12) ben ik voornemens als volgt uit te voeren.", "progress"),
    # negatives: a negated plan, the motion asking about someone else's plan
    ("De motie van het lid Bikker (Kamerstuk 35 570, nr. 12) ben ik niet voornemens uit te voeren.", "mentions"),
    ("De motie van het lid Bikker vraagt of de regering van plan is de maatregel uit te voeren.", "mentions"),
    ("De motie van het lid Bikker, die de regering van plan is uit te voeren, ligt voor.", "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), PLANNED, ids=[r[0][:60] for r in PLANNED])
def test_planned_execution(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


# --- a participle in a clause inside the motion's words, or the motion in a condition ----------------

CLAUSES: list[tuple[str, str]] = [
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) vraagt om een overzicht van projecten die zijn "
     "uitgevoerd.", "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) vraagt om projecten die nog niet zijn uitgevoerd.",
     "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) vraagt naar maatregelen die inmiddels zijn afgerond.",
     "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) vraagt om een evaluatie nadat de pilot is "
     "uitgevoerd.", "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) vraagt of het onderzoek is uitgevoerd.", "mentions"),
    # the motion the subject of a condition or a time still to come
    ("Zodra de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) is uitgevoerd, zal ik u informeren.",
     "mentions"),
    ("Ik informeer u zodra de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) is afgehandeld.", "mentions"),
    ("Wanneer de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) volledig is uitgevoerd, stuur ik u een "
     "brief.", "mentions"),
    # a condition or a time to come after the cue
    ("Ik beschouw de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) als afgedaan zodra het rapport is "
     "verschenen.", "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) kan als afgedaan worden beschouwd wanneer de wet in "
     "werking treedt.", "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) beschouw ik als afgedaan na publicatie van het "
     "rapport in juni.", "mentions"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) beschouw ik als afgedaan als het rapport in juni "
     "verschijnt.", "mentions"),
    # a reason or "als onderdeel" after the cue keeps the declaration
    ("Ik beschouw de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) als afgedaan, omdat het rapport is "
     "verschenen.", "settles"),
    ("Ik beschouw de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) als afgedaan als onderdeel van het "
     "programma.", "settles"),
    # a fact, not a condition: "nu", "omdat"; a fixed "als" phrase before the writer's own verb
    ("Nu de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) is uitgevoerd, sluit ik het programma af.",
     "settles"),
    ("Als gevolg hiervan beschouw ik de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) als afgedaan.",
     "settles"),
    # the motion's own relative clause before the main verb keeps the declaration
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12), die om een plan vroeg, is hiermee afgedaan.",
     "settles"),
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12), die vraagt om een overzicht, is hiermee uitgevoerd.",
     "settles"),
]


@pytest.mark.parametrize(("sentence", "action"), CLAUSES, ids=[r[0][:110] for r in CLAUSES])
def test_clause_or_condition_is_no_declaration(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


def test_number_after_met_kenmerk_joins_the_named_motion() -> None:
    # kst-35000-VII-96: the motion named with its footnote, then "deze motie, met kenmerk Kamerstuk …"
    [motion] = _motions("Op 18 oktober 2018 heeft uw Kamer de motie van het lid Özütok1 (GroenLinks) aangenomen.\n\n"
                        "Hierbij deel ik u mede dat aan deze motie, met kenmerk Kamerstuk 35 000 VII, nr. 18, niet "
                        "voor de gestelde termijn uitvoering gegeven kan worden.\n\n"
                        "Noot 1: Kamerstuk 35 000 VII, nr. 18.")
    assert (motion.id, len(motion.mentions), motion.action) == ("kst-35000-VII-18", 2, "mentions")


@pytest.mark.parametrize(("sentence", "want"), [
    ("De motie met kenmerk Kamerstuk 35 000 VII, nr. 18 vraagt om overleg.", "kst-35000-VII-18"),
    # negative: "kenmerk" of something else before the number
    ("De motie van het lid Bikker vraagt om overleg met het kenmerk van de brief, Kamerstuk 35 000 VII, nr. 18.",
     None),
])
def test_met_kenmerk(sentence: str, want: str | None) -> None:
    assert [m.id for m in _motions(sentence)] == [want]


# --- an enumeration of motions, each with its number ---------------------------------------------

ENUMERATIONS: list[tuple[str, list[tuple[str, tuple[str, ...]]]]] = [
    ("Hierbij ga ik in op de moties van de leden Bromet en Van der Lee (Kamerstuk 35 570 XIV, nr. 12) en van het lid "
     "Geurts (Kamerstuk 35 570 XIV, nr. 30).",
     [("kst-35570-XIV-12", ("Bromet", "Van der Lee")), ("kst-35570-XIV-30", ("Geurts",))]),
    ("Met deze brief voldoe ik aan de motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) en van de leden Geurts "
     "en Boswijk (Kamerstuk 35 570 XIV, nr. 30).",
     [("kst-35570-XIV-12", ("Bromet",)), ("kst-35570-XIV-30", ("Geurts", "Boswijk"))]),
    # unchanged: no number between the groups
    ("Ik ga in op de motie van het lid Bromet en van het lid Geurts.", [("", ("Bromet",)), ("", ("Geurts",))]),
    # negatives: filers of something else after the number, a bracket without a number
    ("De motie van het lid Bromet (Kamerstuk 35 570 XIV, nr. 12) en het verzoek van de leden Geurts en Boswijk zijn "
     "besproken.", [("kst-35570-XIV-12", ("Bromet",))]),
    ("De motie van het lid Bromet (zie hieronder) en van het lid Geurts vragen om een plan.", [("", ("Bromet",))]),
]


@pytest.mark.parametrize(("sentence", "want"), ENUMERATIONS, ids=[r[0][:60] for r in ENUMERATIONS])
def test_enumerated_motions_with_numbers(sentence: str, want: list[tuple[str, tuple[str, ...]]]) -> None:
    assert [(m.id or "", m.members) for m in _motions(sentence)] == want


# --- parties and cosigners as letters write them -------------------------------------------------

PARTIES: list[tuple[str, tuple[str, ...], bool]] = [
    ("De motie van het lid Kathmann (GroenLinks–PvdA) (Kamerstuk 36 410, nr. 17) vraagt om een plan.",
     ("GroenLinks-PvdA",), False),
    ("De motie van het lid Kathmann (GL/PvdA) (Kamerstuk 36 410, nr. 17) vraagt om een plan.", ("GroenLinks-PvdA",),
     False),
    ("De motie van het lid Wilders (Partij voor de Vrijheid) (Kamerstuk 36 410, nr. 17) vraagt om een plan.", ("PVV",),
     False),
    ("De motie van het lid Omtzigt (Lid Omtzigt) (Kamerstuk 36 410, nr. 17) vraagt om een plan.", ("Lid Omtzigt",),
     False),
    ("De motie van het lid Omtzigt cum suis (Kamerstuk 36 410, nr. 17) vraagt om een plan.", (), True),
    # a group no alias names: no party, and the number after it still read
    ("De motie van het lid Markuszower (Groep Markuszower) (Kamerstuk 36 410, nr. 17) vraagt om een plan.", (), False),
]


@pytest.mark.parametrize(("sentence", "parties", "cosigners"), PARTIES, ids=[r[0][25:75] for r in PARTIES])
def test_parties_and_cosigners(sentence: str, parties: tuple[str, ...], cosigners: bool) -> None:
    [motion] = _motions(sentence)
    assert (motion.id, motion.parties, motion.cosigners) == ("kst-36410-17", parties, cosigners)


def test_a_bracket_with_a_number_is_not_skipped_as_a_name() -> None:
    # the number after the subject, not a bracket right after the names: read by the subject rule
    [motion] = _motions("De motie van het lid Markuszower (Groep Markuszower) vraagt om een plan (Kamerstuk 36 410, "
                        "nr. 17).")
    assert motion.id is None


# --- effect given to a motion, a motion under way ------------------------------------------------

EFFECT: list[tuple[str, str]] = [
    ("Aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) wordt uitvoering gegeven door een pilot.",
     "progress"),
    ("Aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) is hiermee uitvoering gegeven.", "settles"),
    ("Aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) is inmiddels volledig uitvoering gegeven.",
     "settles"),
    ("Met het bovenstaande is uitvoering gegeven aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).",
     "settles"),
    ("Met het voorgaande voldoe ik aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).", "settles"),
    ("De motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) is nog in uitvoering.", "progress"),
    # a share done, a refusal, a condition, an inability (kst-35000-VII-96)
    ("Aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) is deels uitvoering gegeven.", "progress"),
    ("Aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) is geen uitvoering gegeven.", "mentions"),
    ("Zodra aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) is uitvoering gegeven, informeer ik u.",
     "mentions"),
    ("Hierbij deel ik u mede dat aan de motie van het lid Özütok (Kamerstuk 35 000 VII, nr. 18) niet voor de gestelde "
     "termijn van 1 mei uitvoering gegeven kan worden.", "mentions"),
    # something else given
    ("De minister heeft aan de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) aandacht gegeven.",
     "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), EFFECT, ids=[r[0][:80] for r in EFFECT])
def test_effect_given(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


def test_plural_enumeration_of_bare_names_with_numbers() -> None:
    motions = _motions("De moties van de leden Westerveld (Kamerstuk 35 570 VIII, nr. 9) en Kwint (SP) (Kamerstuk "
                       "35 570 VIII, nr. 10) vragen om een plan. Hiermee beschouw ik beide moties als afgedaan.")
    assert [(m.id, m.members, m.parties, m.action) for m in motions] == [
        ("kst-35570-VIII-9", ("Westerveld",), (), "settles"),
        ("kst-35570-VIII-10", ("Kwint",), ("SP",), "settles"),
    ]


@pytest.mark.parametrize("sentence", [
    # no number after the capitalised word, or a word of the Kamer: no further motion
    "De moties van de leden Westerveld (Kamerstuk 35 570 VIII, nr. 9) en Nederland vragen om een plan.",
    "De moties van de leden Westerveld (Kamerstuk 35 570 VIII, nr. 9) en Kamervragen (Kamerstuk 35 570 VIII, nr. 10) "
    "liggen voor.",
])
def test_plural_enumeration_needs_a_name_and_a_number(sentence: str) -> None:
    assert [m.members for m in _motions(sentence)] == [("Westerveld",)]


# --- the letter answering a motion, the subject first ----------------------------------------------

ANSWERED: list[tuple[str, str]] = [
    ("Ik reageer hiermee op de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).", "progress"),
    ("Het kabinet reageert met deze brief op de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).",
     "progress"),
    ("Ik ga in deze brief in op de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).", "progress"),
    ("Wij gaan hieronder in op de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).", "progress"),
    # rijksoverheid.nl, OCW 2022: the ministers named as the subject
    ("Minister Dijkgraaf (OCW) en minister Wiersma (Primair en Voortgezet Onderwijs) reageren op de motie van de "
     "Tweede Kamerleden Paul (VVD) en Peters (CDA).", "progress"),
    # negatives: "niet", questions about the motion, someone else coming back to it, a debate's answer
    ("Ik reageer niet op de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).", "mentions"),
    ("Ik reageer ook op vragen over de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).", "mentions"),
    ("Ik ga ervan uit dat de Kamer op de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) terugkomt.",
     "mentions"),
    ("Tijdens het debat ben ik op de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) ingegaan met "
     "oordeel Kamer.", "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), ANSWERED, ids=[r[0][:70] for r in ANSWERED])
def test_answered_subject_first(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


# --- the adoption date ---------------------------------------------------------------------------------

ADOPTED: list[tuple[str, str | None]] = [
    ("Bij de stemmingen op 3 december 2018 is de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) "
     "aangenomen.", "2018-12-03"),
    ("Op 3 december jl. is de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) aangenomen.", "2018-12-03"),
    ("Op 3 december jl. nam uw Kamer de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) aan.",
     "2018-12-03"),
    ("De motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) is op 3 december jl. met algemene stemmen "
     "aangenomen.", "2018-12-03"),
    ("De motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) van 3 december jl. vraagt om een plan.",
     "2018-12-03"),
    # negatives: rejected, discussed, filed, "van" not before a date
    ("De motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) van 3 december jl. is verworpen.", None),
    ("De motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) van de commissie vraagt om een plan.", None),
    ("Op 3 december jl. is de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) verworpen.", None),
    ("Op 3 december jl. is de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) besproken in het debat.",
     None),
    ("Op 3 december jl. is de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9) ingediend.", None),
]


@pytest.mark.parametrize(("sentence", "adopted"), ADOPTED, ids=[r[0][:70] for r in ADOPTED])
def test_adoption_date(sentence: str, adopted: str | None) -> None:
    # HEAD dates the letter 25 april 2019: "3 december jl." is the December before it
    [motion] = _motions(sentence)
    assert motion.adopted == adopted


@pytest.mark.parametrize(("sentence", "want"), [
    # a number the citations finder reads but KAMERSTUK does not: the compact form
    ("De motie van het lid Westerveld (Kamerstuk 35570-VIII-9) vraagt om een plan.", "kst-35570-VIII-9"),
    ("De motie-Westerveld, Kamerstuk 35570-VIII-9, vraagt om een plan.", "kst-35570-VIII-9"),
    ("De motie van het lid Westerveld (kenmerk 35 570 VIII, nr. 9) vraagt om een plan.", "kst-35570-VIII-9"),
    # negative: the number further on, after the subject's own words
    ("De motie van het lid Westerveld vraagt om een plan (Kamerstuk 35570-VIII-9).", None),
])
def test_number_read_by_its_citation(sentence: str, want: str | None) -> None:
    assert [m.id for m in _motions(sentence)] == [want]


# --- a motion taken up or worked out; a request's own clause is no follow-up --------------------------

TAKEN_UP: list[tuple[str, str]] = [
    ("Ik werk de motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) uit in de Voorjaarsnota.", "progress"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) werk ik uit in de Voorjaarsnota.", "progress"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) wordt opgepakt in het programma.", "progress"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) wordt meegenomen in de uitwerking van het plan.",
     "progress"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) wordt momenteel uitgevoerd.", "progress"),
    # negatives: a modal, "niet", another verb with "uit", the request's own clause
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) vraagt of de maatregel kan worden uitgewerkt.",
     "mentions"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) wordt niet meegenomen.", "mentions"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) gaat uit van een verkeerde aanname.", "mentions"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) vraagt ervoor te zorgen dat het advies wordt "
     "meegenomen in de besluitvorming.", "mentions"),
    ("De motie van het lid Agema (Kamerstuk 36 200 XVI, nr. 47) vraagt ervoor te zorgen dat het plan wordt "
     "uitgevoerd.", "mentions"),
]


@pytest.mark.parametrize(("sentence", "action"), TAKEN_UP, ids=[r[0][58:120] for r in TAKEN_UP])
def test_taken_up(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action


# --- a settling cue whose object is something else ----------------------------------------------------

OBJECT: list[tuple[str, str]] = [
    ("Met deze brief voldoe ik aan de toezegging die ik deed naar aanleiding van de motie van het lid Westerveld "
     "(Kamerstuk 35 570 VIII, nr. 9).", "progress"),
    ("Met deze brief geef ik uitvoering aan het verzoek van de commissie over de motie van het lid Westerveld "
     "(Kamerstuk 35 570 VIII, nr. 9).", "mentions"),
    ("Hiermee geef ik gevolg aan de toezegging in het debat over de motie van het lid Westerveld (Kamerstuk 35 570 "
     "VIII, nr. 9).", "mentions"),
    # the motion's own request, or the motion coordinated with the other object, still settles
    ("Met deze brief voldoe ik aan het verzoek uit de motie van het lid Westerveld (Kamerstuk 35 570 VIII, nr. 9).",
     "settles"),
    ("Met deze brief geef ik uitvoering aan de toezegging en de motie van het lid Westerveld (Kamerstuk 35 570 VIII, "
     "nr. 9).", "settles"),
]


@pytest.mark.parametrize(("sentence", "action"), OBJECT, ids=[r[0][:90] for r in OBJECT])
def test_settling_cue_about_something_else(sentence: str, action: str) -> None:
    [motion] = _motions(sentence)
    assert motion.action == action
