"""Accuracy gaps in promises and dates found on real letters, each a general rule with its negatives.

- "streven ernaar" in every word order ("Voor de zomer streven wij ernaar …", "streef er naar");
- promises hedged with "kunnen" ("Naar verwachting kan ik uw Kamer voor de zomer informeren"), at a
  lower confidence, never "Ik kan me voorstellen", "kan ik niet ingaan op", questions or conditions;
- a sentence saying only that a promise is kept is no kept promise on its own;
- a promise made in an answer to written questions names the Aanhangsel;
- "op 4 en 5 november jl.": a meeting over two days was on its first day.
"""

from __future__ import annotations

import itertools

import pytest

from graph import patterns as P
from graph.clean import clean
from graph.dates import find_date
from graph.extract import extract_text
from graph.find.commitments import _Finder, _may_hedged, _may_promise, find_commitments
from graph.model import Commitment

LETTER = "2021-02-03"


def found(sentence: str, letter: str = LETTER) -> list[Commitment]:
    return find_commitments(clean(f"De regeling geldt sinds 2020. {sentence} De uitvoering loopt."), [], [], letter)


# (sentence, type, made_by, due, rule, confidence)
STRIVE = [
    ("Wij streven ernaar uw Kamer voor de zomer te informeren.", "inform", "kabinet", "2021-07-08"),
    ("Ik streef ernaar uw Kamer voor de zomer te informeren.", "inform", "ik", "2021-07-08"),
    ("Voor de zomer streven wij ernaar uw Kamer te informeren over de evaluatie.", "inform", "kabinet", "2021-07-08"),
    ("Daarom streef ik ernaar uw Kamer voor 1 juli te berichten.", "inform", "ik", "2021-06-30"),
    ("Ik streef er naar de kabinetsreactie voor de zomer aan uw Kamer te sturen.", "inform", "ik", "2021-07-08"),
    ("Het kabinet streeft er naar de regeling in maart aan te passen.", "act", "kabinet", "2021-03-31"),
    ("In het najaar streeft het kabinet ernaar de regeling aan te passen.", "act", "kabinet", "2021-12-20"),
]


@pytest.mark.parametrize(("sentence", "type_", "made_by", "due"), STRIVE)
def test_striving_is_a_promise_made(sentence: str, type_: str, made_by: str, due: str) -> None:
    assert [(c.kind, c.type, c.made_by, c.due) for c in found(sentence)] == [("made", type_, made_by, due)]


HEDGED = [
    ("Naar verwachting kan ik uw Kamer voor de zomer informeren over de uitkomsten.", "ik", "2021-07-08"),
    ("Naar verwachting kunnen wij u in het najaar de evaluatie sturen.", "kabinet", "2021-12-20"),
    ("Ik verwacht u in het najaar te kunnen informeren over de voortgang.", "ik", "2021-12-20"),
    ("Ik verwacht uw Kamer in het najaar te kunnen informeren.", "ik", "2021-12-20"),
    ("Ik verwacht dat ik uw Kamer voor de zomer kan informeren over de uitkomsten.", "ik", "2021-07-08"),
    ("Wij verwachten dat we uw Kamer in het voorjaar van 2022 nader kunnen informeren.", "kabinet", "2022-06-20"),
    ("Het kabinet kan uw Kamer naar verwachting voor 1 juli informeren over de aanpak.", "kabinet", "2021-06-30"),
    ("Het kabinet verwacht u in het najaar te kunnen berichten over de uitkomsten.", "kabinet", "2021-12-20"),
    ("Naar verwachting kan ik uw Kamer binnenkort informeren over de uitkomsten.", "ik", None),
    ("De eerste resultaten kunnen wij u in het eerste kwartaal van 2022 toesturen.", "kabinet", "2022-03-31"),
]


@pytest.mark.parametrize(("sentence", "made_by", "due"), HEDGED)
def test_hedged_promise_to_inform(sentence: str, made_by: str, due: str | None) -> None:
    got = found(sentence)
    assert [(c.kind, c.type, c.made_by, c.due) for c in got] == [("made", "inform", made_by, due)]
    assert got[0].confidence < 0.7  # less sure than "ik zal" (0.9) and a plain promise (0.7)


NOT_PROMISES = [
    "De sector streeft ernaar voor de zomer klaar te zijn.",  # a third party
    "Het streven is om de regeling voor de zomer aan te passen.",
    "Streeft het kabinet ernaar uw Kamer voor de zomer te informeren?",
    "Ik kan me voorstellen dat wij uw Kamer voor de zomer informeren.",
    "Ik kan mij voorstellen dat uw Kamer voor de zomer wordt bericht.",
    "Zoals u kunt lezen, is de regeling voor de zomer aangepast.",
    "Op de details van de subsidie kan ik voor de zomer niet ingaan.",
    "Helaas kan ik uw Kamer voor de zomer nog niet informeren.",
    "Kan ik uw Kamer voor de zomer informeren?",
    "Als het onderzoek af is, kan ik uw Kamer voor de zomer informeren.",
    "Ik kan u berichten dat de regeling per 1 juli is ingegaan.",  # a report, not a promise
    "Ik kan uw Kamer informeren over de stand van zaken per 1 januari 2021.",  # a past date: this letter
    "Hierbij kan ik uw Kamer voor de zomer informeren over de stand van zaken.",
    "Naar verwachting kan ik uw Kamer informeren over de uitkomsten.",  # no when
    "Ik verwacht dat de SER u voor de zomer kan informeren.",  # a third party
    "Ik verwacht dat u voor de zomer het advies ontvangt.",
    "Het kabinet verwacht dat u voor de zomer het advies kunt ontvangen.",
    "Ik verwacht dat het RIVM u voor de zomer zal informeren.",
    "De gemeenten kunnen uw Kamer voor de zomer informeren.",
    "Wij kunnen niet uitsluiten dat de regeling voor de zomer wordt aangepast.",
    "Ik kan uw Kamer in deze brief voor de zomer informeren.",
    "Ik verwacht uw Kamer niet voor de zomer te kunnen informeren.",
    "Het kabinet verwacht u voor de zomer nog geen wetsvoorstel te kunnen sturen.",
]


@pytest.mark.parametrize("sentence", NOT_PROMISES)
def test_not_a_promise(sentence: str) -> None:
    assert found(sentence) == []


def test_hedged_after_zal_keeps_the_surer_rule() -> None:
    got = found("Naar verwachting zal ik uw Kamer voor de zomer kunnen informeren.")
    assert [(c.rule, c.confidence) for c in got] == [("promise+season", 0.9)]


# --- kept promises that say nothing but that they are kept -------------------------------------

CONTENTLESS = [
    "Hiermee kom ik mijn toezegging na.",
    "Met deze brief geef ik invulling aan een toezegging.",
    "Met deze brief geef ik invulling aan de toezegging aan uw Kamer.",
    "Met deze brief doe ik mijn toezegging gestand.",
    "Hiermee voldoe ik aan de toezeggingen die ik heb gedaan.",
    "Zoals toegezegd informeer ik u hierbij.",
    "Tevens geef ik hiermee invulling aan mijn toezegging.",
]


@pytest.mark.parametrize("sentence", CONTENTLESS)
def test_contentless_keeping_alone_is_not_recorded(sentence: str) -> None:
    assert found(sentence, "2021-04-01") == []


@pytest.mark.parametrize("sentence", CONTENTLESS)
def test_contentless_keeping_keeps_the_promise_named_before(sentence: str) -> None:
    before = "In het commissiedebat van 3 maart jl. heb ik toegezegd uw Kamer te informeren over de pilots."
    got = find_commitments(clean(f"{before} {sentence}"), [], [], "2021-04-01")
    assert [(c.kind, c.text, c.made_on, c.made_in) for c in got] == [
        ("fulfilled", before, "2021-03-03", "commissiedebat")
    ]


@pytest.mark.parametrize(
    ("before", "made_on"),
    [
        ("In het commissiedebat van 3 maart jl. heb ik uw Kamer een brief over de pilots beloofd.", "2021-03-03"),
        ("In mijn brief van 3 maart jl. heb ik een overzicht van de pilots aangekondigd.", "2021-03-03"),
    ],
)
def test_contentless_keeping_keeps_what_was_announced_just_before(before: str, made_on: str) -> None:
    got = find_commitments(clean(f"{before} Hiermee kom ik mijn toezegging na."), [], [], "2021-04-01")
    assert [(c.kind, c.text, c.made_on) for c in got] == [("fulfilled", before, made_on)]


def test_contentless_keeping_reaches_back_one_sentence_for_announcements() -> None:
    far = "In het debat heb ik een brief beloofd. De regeling geldt sinds 2020. Hiermee kom ik mijn toezegging na."
    assert find_commitments(clean(far), [], [], "2021-04-01") == []


@pytest.mark.parametrize(
    ("sentence", "made_on", "made_in"),
    [
        ("Zoals toegezegd stuur ik u hierbij het rapport van de commissie.", None, None),  # names what
        ("Met deze brief kom ik de toezegging aan het lid Van Dijk na.", None, None),  # names to whom
        ("Met deze brief geef ik invulling aan de toezegging uit het commissiedebat.", None, "commissiedebat"),
        ("Met deze brief geef ik invulling aan de toezegging van 3 maart jl.", "2021-03-03", None),
    ],
)
def test_keeping_that_names_something_is_recorded(sentence: str, made_on: str | None, made_in: str | None) -> None:
    got = found(sentence, "2021-04-01")
    assert [(c.kind, c.made_on, c.made_in) for c in got] == [("fulfilled", made_on, made_in)]


LETTER_TEXT = "Geachte voorzitter,\n\nHiermee kom ik de toezegging na.<sup>1</sup> Verder.\n\n<sup>1</sup> {note}\n"


@pytest.mark.parametrize(
    ("note", "made_in"),
    [
        ("Aanhangsel Handelingen II 2020/21, nr. 1234", "Aanhangsel Handelingen II 2020/21, nr. 1234"),
        ("Handelingen II 2020/21, nr. 27, item 3", "Handelingen II 2020/21, nr. 27"),
        ("Kamerstuk 35 570, nr. 12", "kst-35570-12"),
    ],
)
def test_footnote_names_where_a_bare_keeping_was_made(note: str, made_in: str) -> None:
    """A footnote is content: where the promise was made (and the Aanhangsel named as such)."""
    doc = extract_text(LETTER_TEXT.format(note=note), "brief.md")
    assert [(c.kind, c.made_in) for c in doc.commitments] == [("fulfilled", made_in)]


def test_aanhangsel_in_the_keeping_sentence() -> None:
    raw = ("Geachte voorzitter,\n\nMet deze brief geef ik invulling aan de toezegging in de antwoorden op "
           "Kamervragen (Aanhangsel Handelingen II 2020/21, nr. 2345) om de cijfers te sturen.\n")
    doc = extract_text(raw, "brief.md")
    assert [(c.kind, c.made_in) for c in doc.commitments] == [
        ("fulfilled", "Aanhangsel Handelingen II 2020/21, nr. 2345")
    ]


# --- dates: days sharing a month ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("tijdens het commissiedebat op 4 en 5 november", "2020-11-04"),
        ("tijdens het commissiedebat op 4 en 5 november jl.", "2020-11-04"),
        ("de begrotingsbehandeling van 4 en 5 november 2020", "2020-11-04"),
        ("op 10, 11 en 12 november jongstleden", "2020-11-10"),
        ("tussen 2 en 4 november", "2020-11-02"),
        # negatives: not a list of days of that month
        ("nr. 4 en 5 november", "2020-11-05"),
        ("Kamerstuk 35 570, nr. 4 en 5 november", "2020-11-05"),
        ("in 2019 en 5 november", "2020-11-05"),
        ("op 5 en 4 november", "2020-11-04"),  # not rising
        ("een aandeel van 1,5 en 6 november", "2020-11-06"),  # a decimal
        ("bijlage 12/4 en 5 november", "2020-11-05"),
        ("de vergadering van 30 oktober en 1 november", "2020-10-30"),  # the first date written out
    ],
)
def test_first_day_of_days_sharing_a_month(text: str, want: str) -> None:
    assert find_date(text, "2020-12-01")[0] == want


@pytest.mark.parametrize("text", ["op 4 en 5", "op 4 en 5 van de maand", "agendapunten 4 en 5"])
def test_days_without_a_month_are_no_date(text: str) -> None:
    assert find_date(text, "2020-12-01") == (None, None)


def test_span_covers_the_listed_days() -> None:
    text = "het debat op 4 en 5 november jl. over"
    date, span = find_date(text, "2020-12-01")
    assert date == "2020-11-04" and span is not None and text[span[0] : span[1]] == "4 en 5 november jl."


def test_kept_promise_made_over_two_days() -> None:
    got = found("Hiermee geef ik invulling aan de toezegging in het commissiedebat op 4 en 5 november jl. om uw Kamer "
                "te informeren over de pilots.", "2020-12-01")
    assert [(c.kind, c.made_on, c.made_in) for c in got] == [("fulfilled", "2020-11-04", "commissiedebat")]


# --- the pre-checks in front of the widened patterns -------------------------------------------

_SUBJECTS = ["ik", "wij", "we", "het kabinet", "de regering"]
_SHAPES = ["{s} streef ernaar", "streef {s} ernaar", "{s} streven er naar", "streven {s} er  naar",
           "{s} streeft er naar", "streeft {s} ernaar", "{s} kan", "kan {s}", "{s} kunnen", "kunnen {s}",
           "{s} verwacht", "{s} verwachten dat {s}", "naar verwachting kan {s}"]
_TAILS = ["uw Kamer voor de zomer te informeren.", "u in het najaar nader informeren.",
          "uw Kamer voor 1 juli de evaluatie sturen.", "u voor de zomer kan informeren.",
          "uw Kamer in maart kunnen informeren.", "u in het najaar te kunnen berichten."]
_SPACING = [" ", "  ", "\u00a0", "\n", "\u2003"]


def _built() -> list[str]:
    out = []
    for subject, shape, tail in itertools.product(_SUBJECTS, _SHAPES, _TAILS):
        s = shape.format(s=subject) + " " + tail
        out += [s, s.upper(), s.capitalize(), s.replace(" ", "  "), s.replace(" ", "\u00a0")]
    return out


BUILT = _built()


def test_cues_hold_wherever_the_widened_patterns_match() -> None:
    promise = [s for s in BUILT if P.PROMISE.search(s)]
    hedged = [s for s in BUILT if P.PROMISE_HEDGED.search(s)]
    assert len(promise) > 100 and len(hedged) > 100
    assert [s for s in promise if not _may_promise(s.lower(), "ik" in s.lower())] == []
    assert [s for s in hedged if not _may_hedged(s.lower())] == []


def test_sentences_worth_reading_reach_the_widened_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The letter-wide cues pick every sentence the new shapes stand in, whatever the spacing."""
    letters = ["De regeling geldt." + "".join(f"{sp}Zin {k}.{sp}{s}" for k, s in enumerate(BUILT[i :: 7]))
               for i, sp in itertools.product(range(7), _SPACING)]
    texts = [clean(t) for t in letters]
    fast = [find_commitments(t, [], [], LETTER) for t in texts]
    monkeypatch.setattr(_Finder, "_worth_reading", lambda self: list(range(len(self.text.sentences))))
    every = [find_commitments(t, [], [], LETTER) for t in texts]
    assert sum(map(len, every)) > 200
    assert fast == every
