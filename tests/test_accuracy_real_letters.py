"""Accuracy gaps found on real letters of other ministries and years (2017-2024), each a general rule
with its negatives:

- a promise in a subordinate clause, the verb last ("…, waarna ik uw Kamer spoedig zal informeren"),
  Staatssecretaris van Veiligheid en Justitie, 22 februari 2017,
  https://zoek.officielebekendmakingen.nl/kst-19637-2302.html;
- "Hierbij ontvangt uw Kamer de gevraagde brief" is the letter itself, not a promise (same letter);
- "uiterlijk voor het einde van het zomerreces" is a deadline (the recess's last day), and so are
  "voor aanvang van", "na afloop van", "tijdens" a recess; Minister van BZK, 14 juni 2019,
  https://zoek.officielebekendmakingen.nl/kst-35165-9.html, and Minister voor Medische Zorg,
  5 juni 2018, https://zoek.officielebekendmakingen.nl/kst-26991-524.html;
- "Zodra bekend is …, wordt uw Kamer hierover geïnformeerd" promises ("zodra" is "as soon as", not
  a condition), same letter of 5 juni 2018;
- "Tot slot geef ik met deze brief invulling aan onderstaande moties en toezeggingen" keeps the
  promises of the list that follows, each item its own kept promise; Minister van VWS, 4 juli 2022,
  https://zoek.officielebekendmakingen.nl/kst-25295-1927.html;
- a promise made "in de brief" takes the date of the letter the sentence before names ("Bij brief van
  29 januari 2024 …. In de brief is toegezegd dat …"); Ministers van JenV, 23 september 2024,
  https://zoek.officielebekendmakingen.nl/kst-29279-874.html.
"""

from __future__ import annotations

import pytest

from graph import patterns as P
from graph.clean import clean
from graph.deadlines import find_deadline
from graph.extract import extract_text
from graph.find.commitments import _may_promise, find_commitments
from graph.model import Commitment

LETTER = "2021-02-03"


def found(sentence: str, letter: str = LETTER) -> list[Commitment]:
    return find_commitments(clean(f"De regeling geldt sinds 2020. {sentence} De uitvoering loopt."), [], [], letter)


# the short letter of 22 februari 2017 (kst-19637-2302), its body as published
KST_19637_2302 = """19 637 Vreemdelingenbeleid

Nr. 2302 BRIEF VAN DE STAATSSECRETARIS VAN VEILIGHEID EN JUSTITIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 22 februari 2017

Bij de stemmingen van 21 februari 2017 (Handelingen II 2016/17, nr. 55, Stemmingen moties Vreemdelingen- en \
asielbeleid) heeft uw Kamer de gewijzigde motie Voordewind c.s. (Kamerstuk 19 637, nr. 2301) aangenomen. Na het \
aannemen van deze motie door uw Kamer heeft de indiener gevraagd om een brief heden rond 12 uur in reactie op deze \
motie. Hierbij ontvangt uw Kamer de gevraagde brief.

Deze bespreking zal in de eerstvolgende ministerraad plaatsvinden, waarna ik uw Kamer spoedig zal informeren.

De Staatssecretaris van Veiligheid en Justitie, K.H.D.M. Dijkhoff
"""


def test_real_letter_promise_after_waarna_and_the_letter_itself_not_a_promise() -> None:
    doc = extract_text(KST_19637_2302)
    assert [(c.kind, c.type, c.made_by, c.due_text) for c in doc.commitments] == [("made", "inform", "ik", "spoedig")]
    assert doc.commitments[0].text.endswith("waarna ik uw Kamer spoedig zal informeren.")
    assert [(m.id, m.members, m.adopted) for m in doc.motions] == [("kst-19637-2301", ("Voordewind",), "2017-02-21")]


# (sentence, made_by) promises in a subordinate clause, the verb last
SUBORDINATE = [
    ("Het besluit volgt in maart, waarna ik uw Kamer spoedig zal informeren.", "ik"),
    ("Ik wacht het advies af, zodat ik u voor de zomer zal kunnen berichten over de keuze.", "ik"),
    ("De ministerraad besluit in april, waarna wij uw Kamer zullen informeren.", "kabinet"),
    ("Het onderzoek loopt tot mei, waarna het kabinet u zal berichten over de uitkomst.", "kabinet"),
]


@pytest.mark.parametrize(("sentence", "made_by"), SUBORDINATE)
def test_verb_last_promise_is_made(sentence: str, made_by: str) -> None:
    assert [(c.kind, c.type, c.made_by) for c in found(sentence)] == [("made", "inform", made_by)]
    assert _may_promise(sentence.lower(), "ik" in sentence.lower())  # the pre-check lets it through


NOT_SUBORDINATE = [
    "Ik weet nog niet of ik u voor de zomer zal informeren.",  # an indirect question
    "Het besluit volgt in maart, waarna ik uw Kamer niet zal informeren.",
    "Het besluit volgt in maart, waarna ik uw Kamer nog zal moeten informeren.",  # a duty
    "Als het besluit volgt, waarna ik uw Kamer zal informeren, is de regeling klaar.",  # a condition
    "Hij vroeg of wij u voor de zomer zullen berichten.",
    "De SER zal uw Kamer in maart informeren.",  # a third party
]


@pytest.mark.parametrize("sentence", NOT_SUBORDINATE)
def test_verb_last_non_promises(sentence: str) -> None:
    assert found(sentence) == []


# "ontvangt uw Kamer" in the present tense promises only with a deadline and not as "hierbij"
RECEIVES = [
    ("Hierbij ontvangt uw Kamer de gevraagde brief.", False),
    ("In de bijlage ontvangt uw Kamer het rapport.", False),
    ("Bijgaand ontvangt uw Kamer de evaluatie.", False),
    ("Voor de zomer ontvangt uw Kamer de evaluatie.", True),
    ("Uw Kamer ontvangt in maart de voortgangsrapportage.", True),
]


@pytest.mark.parametrize(("sentence", "promise"), RECEIVES)
def test_kamer_receives_is_a_promise_only_when_dated(sentence: str, promise: bool) -> None:
    assert [c.kind for c in found(sentence)] == (["made"] if promise else [])


# (sentence, letter date, due, earliest, phrase): a recess's start, end or the recess itself
RECESS_PARTS = [
    ("Deze zal ik uiterlijk voor het einde van het zomerreces aan uw Kamer zenden.", "2019-06-14",
     "2019-09-02", "2019-06-14", "voor het einde van het zomerreces"),
    ("Ik zal u voor aanvang van het zomerreces informeren.", "2018-06-05", "2018-07-05", "2018-06-05",
     "voor aanvang van het zomerreces"),
    ("Ik zal u voor de start van het zomerreces informeren.", "2018-06-05", "2018-07-05", "2018-06-05",
     "voor de start van het zomerreces"),
    ("Ik zal u tijdens het zomerreces informeren.", "2019-06-14", "2019-09-02", "2019-07-05",
     "tijdens het zomerreces"),
    ("Ik zal u na afloop van het zomerreces informeren.", "2019-06-14", None, "2019-09-03",
     "na afloop van het zomerreces"),
    ("Ik zal u na het zomerreces informeren.", "2019-06-14", None, "2019-09-03", "na het zomerreces"),
    ("Ik zal u na de start van het zomerreces informeren.", "2019-06-14", None, "2019-07-06",
     "na de start van het zomerreces"),
]


@pytest.mark.parametrize(("sentence", "letter", "due", "earliest", "phrase"), RECESS_PARTS)
def test_recess_start_end_and_during(sentence: str, letter: str, due: str | None, earliest: str, phrase: str) -> None:
    d = find_deadline(sentence, letter)
    assert d is not None and (d.due, d.earliest, d.text, d.rule) == (due, earliest, phrase, "recess")


def test_recess_parts_on_the_lowercased_sentence() -> None:
    for sentence, *_ in RECESS_PARTS:
        want = [(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()})
                for m in P.DUE_RECESS.finditer(sentence)]
        assert want and [(m.span(), m.groupdict()) for m in P.DUE_RECESS_LOW.finditer(sentence.lower())] == want


def test_the_recess_alone_is_no_deadline_without_a_preposition() -> None:
    assert find_deadline("Het einde van het zomerreces nadert.", "2019-06-14") is None
    assert find_deadline("Het zomerreces duurt lang.", "2019-06-14") is None


# "zodra": as soon as, a promise with a vague deadline; "als", "indien" stay conditions
AS_SOON_AS = [
    ("Zodra bekend is wanneer de Commissie haar rapport oplevert, wordt uw Kamer hierover geïnformeerd.", True),
    ("Zodra de resultaten bekend zijn, zal ik uw Kamer informeren.", True),
    ("Als de resultaten bekend zijn, zal ik uw Kamer informeren.", False),
    ("Indien de resultaten bekend zijn, wordt uw Kamer hierover geïnformeerd.", False),
    ("Zodra er criteria zijn, zal de Inspectie opvolging geven aan meldingen.", False),  # a third party
]


@pytest.mark.parametrize(("sentence", "promise"), AS_SOON_AS)
def test_as_soon_as_promises(sentence: str, promise: bool) -> None:
    got = found(sentence)
    assert [c.kind for c in got] == (["made"] if promise else [])
    if promise:
        assert got[0].due is None and (got[0].due_text or "").lower() == "zodra"


# the opening of kst-25295-1927 (4 juli 2022): a keeping sentence pointing forward to a list
KST_25295_1927 = """25 295 Infectieziektenbestrijding

Nr. 1927 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 4 juli 2022

In deze brief informeer ik uw Kamer over de stand van zaken op een aantal COVID-19 gerelateerde onderwerpen. Tot \
slot geef ik met deze brief invulling aan onderstaande moties en toezeggingen, die in de verschillende paragrafen \
worden toegelicht. Overige moties en toezeggingen komen in paragraaf 15 aan de orde.

  • De toezegging aan het lid Pouw-Verweij om verdere uitleg te geven over de uitwerking en uitvoering van serologie;

  • De toezegging aan het lid Tielen om te onderzoeken of het mogelijk is CoronaMelder op een later moment te \
herintroduceren in combinatie met zelftesten;

  • De toezegging aan het lid Van Wijngaarden om een overzicht te geven van de communicatie-activiteiten die gepland \
zijn om het belang van de herhaalprik te benadrukken;

Epidemiologisch beeld

Het aantal besmettingen stijgt. De toezegging aan het lid Agema komt later aan de orde.
"""


def test_real_letter_list_of_kept_promises() -> None:
    doc = extract_text(KST_25295_1927)
    assert [(c.kind, c.rule, (c.what or "")[:30]) for c in doc.commitments] == [
        ("fulfilled", "keeps-listed", "verdere uitleg te geven over d"),
        ("fulfilled", "keeps-listed", "te onderzoeken of het mogelijk"),
        ("fulfilled", "keeps-listed", "een overzicht te geven van de "),
    ]


LISTS = [
    # (letter body, what the kept promises are about)
    ("Met deze brief voldoe ik aan de volgende toezeggingen:\n\n- De toezegging aan het lid Bikker om de evaluatie te "
     "sturen.\n- De motie van het lid Kat over de Wmo.\n- Toezegging aan het lid Dik om de pilots te evalueren.\n\n"
     "De regeling loopt. De toezegging aan het lid Kat om te bellen is open.",
     ["de evaluatie te sturen", "de pilots te evalueren"]),
    # a list further on than LIST_GAP sentences is not the one pointed to
    ("Met deze brief voldoe ik aan de hieronder genoemde toezeggingen. De regeling loopt. Het budget is op. "
     "Het kabinet is tevreden. De toezegging aan het lid Bikker om de evaluatie te sturen staat in paragraaf 3.",
     []),
]


@pytest.mark.parametrize(("body", "whats"), LISTS)
def test_list_of_kept_promises(body: str, whats: list[str | None]) -> None:
    got = find_commitments(clean(body), [], [], LETTER)
    assert [c.what for c in got] == whats and {c.kind for c in got} <= {"fulfilled"}


def test_a_list_without_a_pointer_keeps_nothing() -> None:
    body = ("Ik informeer u over de regeling.\n\n- De toezegging aan het lid Bikker om de evaluatie te sturen.\n\n"
            "De regeling loopt.")
    assert find_commitments(clean(body), [], [], LETTER) == []


# (text, made_on of the kept promise): "in de brief" is the letter dated just before, never "deze brief"
ANAPHOR = [
    ("Bij brief van 29 januari 2024 hebben onze ambtsvoorgangers uw Kamer geïnformeerd over de wijze waarop de motie "
     "Ellian c.s. wordt uitgevoerd. In de brief is toegezegd dat uw Kamer jaarlijks vóór het zomerreces zal worden "
     "geïnformeerd over de voortgang. In verband met de kabinetswisseling ontvangt u deze brief nu.", "2024-01-29"),
    ("In mijn brief d.d. 3 maart jl. heb ik de aanpak geschetst. In die brief heb ik toegezegd u te informeren over "
     "de pilots. Hiermee kom ik die toezegging na.", "2024-03-03"),
    ("Op 3 maart jl. sprak ik met de sector. In de brief heb ik toegezegd u te informeren over de pilots. Hiermee "
     "kom ik die toezegging na.", None),  # the sentence before dates no letter
    ("Bij brief van 3 maart jl. informeerde ik u. In deze brief geef ik invulling aan de toezegging om u te "
     "informeren over de pilots.", None),  # this letter
]


@pytest.mark.parametrize(("body", "made_on"), ANAPHOR)
def test_promise_made_in_the_letter_named_before(body: str, made_on: str | None) -> None:
    got = find_commitments(clean(body), [], [], "2024-09-23")
    assert [(c.kind, c.made_on) for c in got] == [("fulfilled", made_on)]
