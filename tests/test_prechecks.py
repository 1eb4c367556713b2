"""Pre-checks that spare sentences the slow promise patterns must never drop a sentence a pattern matches.

graph/find/commitments.py runs PROMISE, PROMISE_PASSIVE and PROMISE_PRESENT only where their cues
(graph/patterns.py: PROMISE_CUE_*, PASSIVE_NEEDS, PRESENT_NEEDS) stand in the lowercased sentence.
A cue is a necessary condition: wherever the pattern matches, the cue holds. These tests check that
on the seed sentences and on sentences built from every branch of the patterns, in any case and
spacing, so that a pattern widened without its cue fails here.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

import pytest

from graph import patterns as P
from graph.clean import clean
from graph.dates import DAY_MONTH
from graph.deadlines import RULES
from graph.find.commitments import _may_passive, _may_present, _may_promise, find_commitments

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SUBJECTS = ["ik", "wij", "we", "het kabinet", "de regering", "mijn collega", "mijn ambtgenote van VWS",
            "de minister voor Medische Zorg en Sport", "de staatssecretaris van Financiën", "uw Kamer", "u"]
VERBS = ["zal", "zullen", "ga", "gaat", "gaan", "kom", "ben voornemens", "ben van plan", "is voornemens",
         "is van plan", "zijn voornemens", "zijn van plan", "streef ernaar", "streeft ernaar", "streven ernaar",
         "zeg toe", "zegt toe", "zeggen toe", "verwacht", "wordt", "ontvangt",
         "informeer", "stuur", "zend", "bericht", "houd", "breng", "informeren", "informeert", "sturen", "stuurt",
         "houden", "brengt", "zeg u toe"]
TAILS = ["uw Kamer voor de zomer te informeren.", "u binnenkort.", "ik uw Kamer op de hoogte.", "ik u over de stand.",
         "uw Kamer geïnformeerd.", "uw Kamer de evaluatie.", "hierop terug.", "het kabinet hiermee aan de slag."]


def _variants(s: str) -> list[str]:
    return [s, s.upper(), s.capitalize(), s.replace(" ", "\u00a0"), s.replace(" ", "  "), "– " + s, "(" + s]


def _sentences() -> list[str]:
    built = [f"{a} {v} {t}" for a, v, t in itertools.product(SUBJECTS, VERBS, TAILS)]
    built += [f"{v} {a} {t}" for a, v, t in itertools.product(SUBJECTS, VERBS, TAILS)]
    seeds = []
    for path in sorted(SEEDS.glob("0*.txt")):
        text = clean(path.read_text(encoding="utf-8"))
        seeds += [text.body[s:e] for s, e in text.sentences]
    return [v for s in built for v in _variants(s)] + seeds


SENTENCES = _sentences()


@pytest.mark.parametrize(
    ("name", "pattern", "cue"),
    [
        ("PROMISE", P.PROMISE, lambda low: _may_promise(low, "ik" in low)),
        ("PROMISE_PASSIVE", P.PROMISE_PASSIVE, _may_passive),
        ("PROMISE_PRESENT", P.PROMISE_PRESENT, _may_present),
    ],
    ids=["PROMISE", "PROMISE_PASSIVE", "PROMISE_PRESENT"],
)
def test_cue_holds_wherever_the_pattern_matches(name: str, pattern: re.Pattern[str], cue: object) -> None:
    matched = [s for s in SENTENCES if pattern.search(s)]
    assert len(matched) > 50, f"{name}: too few matching sentences to test the cue on"
    missed = [s for s in matched if not cue(s.lower())]  # type: ignore[operator]
    assert not missed, f"{name} matches but its cue does not hold: {missed[:3]}"


def test_cues_spare_most_sentences() -> None:
    """The point of the cues: most sentences of a letter never reach the patterns."""
    seeds = SENTENCES[-600:]
    passed = [s for s in seeds if _may_promise(s.lower(), "ik" in s.lower())]
    assert len(passed) < len(seeds) / 4


@pytest.mark.parametrize(
    "odd",
    ["İk zal uw Kamer voor de zomer informeren.", "Ik zal uw Kamer voor de zomer ınformeren.",
     "Het kabınet zal uw Kamer voor de zomer informeren."],
)
def test_odd_case_folds_still_reach_the_patterns(odd: str) -> None:
    """re's IGNORECASE matches "İ"/"ı" to "i" where str.lower does not: such text skips the cues."""
    assert P.PROMISE.search(odd)
    made = find_commitments(clean(odd), [], [], "2021-02-03")
    assert [c.kind for c in made] == ["made"]


OLD_DAY_MONTH = re.compile(r"(?P<day>[0-3]?\d)" + DAY_MONTH.pattern[DAY_MONTH.pattern.index(r"\s+"):], re.I)


@pytest.mark.parametrize(
    "text",
    ["op 24 november jl. en 1 augustus a.s.", "123 januari 2020", "4 3 mei", "39 mei", "40 mei 2020", "09 juni",
     "9 Juni 20201 jl.", "0 mei", "31 DECEMBER 2021", "२ मई", "1\u00a0april aanstaande", "12  maart"],
)
def test_day_month_matches_as_the_plain_shape(text: str) -> None:
    """DAY_MONTH's day is shaped for speed; it must match exactly as ``[0-3]?\\d`` would."""
    want = [(m.span(), m.groupdict()) for m in OLD_DAY_MONTH.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in DAY_MONTH.finditer(text)] == want


@pytest.mark.parametrize(
    "raw",
    ["Kenmerk 2021-0000028336\nOns kenmerk: 2020Z12345 en 2021D01234 (2021Z012345, x2021Z01234, 12021Z01234)",
     "Onze referentie 2021-0000028336/kenmerk 99999 referentieKenmerk 12345 Referentie\n  AB/12345.",
     "zaak 2019Z2019Z12345, 2020D123452021Z54321 en ZD 1999Z00001."],
)
def test_anchored_finders_equal_plain_finditer(raw: str) -> None:
    """find_zaken and find_references start from literal anchors: same matches as a plain scan."""
    from graph.find.citations import find_references, find_zaken

    text = clean(raw)
    assert [z.span for z in find_zaken(text)] == [m.span() for m in P.ZAAK.finditer(raw)]
    want = [m.span("ref") for m in P.MINISTRY_REFERENCE.finditer(raw) if not P.ZAAK.fullmatch(m.group("ref"))]
    assert [r.span for r in find_references(text)] == want


def test_sentences_worth_reading_miss_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_commitments reads only the sentences its literals point to: same result as reading all."""
    from graph.find import commitments as C

    letters = [" ".join(SENTENCES[k : k + 400]) for k in range(0, len(SENTENCES), 400)]
    letters += [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    fast = [find_commitments(clean(t), [], [], "2021-02-03") for t in letters]
    monkeypatch.setattr(C._Finder, "_worth_reading", lambda self: list(range(len(self.text.sentences))))
    every = [find_commitments(clean(t), [], [], "2021-02-03") for t in letters]
    assert sum(map(len, every)) > 100
    assert fast == every


@pytest.mark.parametrize(
    "s",
    ["• punt", "▪ punt", "● punt", "◦ punt", "* punt", "- punt", "– punt", "-punt", "–\u00a0punt", "—  punt",
     "•", "-", "‐ punt", "• ", "a • punt", "(• punt"],
)
def test_leading_bullet_needs_its_first_character(s: str) -> None:
    """split_sentences tries LEADING_BULLET only on a sentence starting with LEADING_BULLET_CHARS."""
    if P.LEADING_BULLET.match(s):
        assert s[0] in P.LEADING_BULLET_CHARS


def test_split_sentences_as_before() -> None:
    """The inlined strip and the abbreviation shortcut give the spans of the plain definition."""
    from graph.clean import split_sentences
    from tests.test_clean_shortcuts import _plain_split as plain

    bodies = [clean(p.read_text(encoding="utf-8")).body for p in sorted(SEEDS.glob("0*.txt"))]
    bodies += ["Zie nr. 5 en art. 3. Dhr. A.B. Jansen kwam. • Punt één\n\n– Punt twee.  ", "A. B. C.", " . X", "",
               "Zie incl. B en excl. C, t.o.v. D, i.v.m. E. Zeswoord. F (A.B.C. G) prof. H", "x.Y. Z", "bijv. A"]
    bodies += [" ".join(SENTENCES[k : k + 300]) for k in range(0, 3000, 300)]
    for body in bodies:
        assert split_sentences(body) == plain(body)


def test_kamerstuk_lookahead_changes_no_match() -> None:
    """KAMERSTUK starts with a look-ahead of its possible first characters, for speed only."""
    plain = re.compile(P.KAMERSTUK.pattern.removeprefix(r"(?=[BKkTE\d])"))
    assert plain.pattern != P.KAMERSTUK.pattern
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    texts += ["Bijlage bij Kamerstuk 35 788, nr. 77; TK 2020/21, 25 295, nr. 912 en EK 35 570 XV, nr. 3",
              "Tweede Kamer, vergaderjaar 2020–2021, 25 295, nr. 734; kamerstukken 25883, nr. 405",
              "Eerste Kamer I 2019/20, 35 300-XV, nrs. 12 en 14; ٣٥ ٥٧٠, nr. 5; xTK 25 295, nr. 1"]
    found = [[m.group(0) for m in plain.finditer(t)] for t in texts]
    assert sum(map(len, found)) > 20
    assert [[m.group(0) for m in P.KAMERSTUK.finditer(t)] for t in texts] == found


def _without_lookahead(pattern: re.Pattern[str], lookahead: str) -> re.Pattern[str]:
    """The pattern as it was before a speed-only look-ahead of its first characters was added."""
    assert pattern.pattern.startswith("(?i)" + lookahead), "look-ahead not where the test expects it"
    return re.compile(pattern.pattern.replace(lookahead, "", 1))


#: Every word a deadline phrase may start with, before every kind of period (DUE_* look-aheads).
_BEFORE = ["", "voor", "vóór", "uiterlijk", "tegen", "na", "rond", "omstreeks", "voorafgaand aan", "aan het begin van",
           "het eind van", "in het midden van", "begin", "medio", "halverwege", "einde", "in", "in de loop van",
           "gedurende"]
_PERIODS = ["binnen vier weken", "over twee maanden", "uiterlijk binnen 10 dagen", "in de komende drie jaar",
            "de komende vijf werkdagen", "binnenkort", "zo snel mogelijk", "z.s.m.", "op korte termijn", "spoedig",
            "op termijn", "in de komende tijd", "de komende periode", "te zijner tijd", "t.z.t.", "na afronding",
            "bij afronding", "zodra", "het einde van het jaar", "het lopende jaar", "de loop van het jaar",
            "einde jaar", "2023", "1999", "van het jaar 2023", "het jaar 2024", "dit jaar", "deze jaar", "komend jaar",
            "aankomend jaar", "volgend jaar", "lente", "zomer", "najaar", "herfst", "winter", "het voorjaar",
            "de winter", "dit najaar", "deze zomer", "komende herfst", "aankomende lente", "volgend voorjaar",
            "eerste kwartaal", "het tweede kwartaal", "derde kwartaal", "vierde kwartaal", "laatste kwartaal",
            "1e kwartaal", "2e kwartaal", "3e kwartaal", "4e kwartaal", "Q3 2022", "eerste helft", "de tweede helft",
            "1e helft", "2e halfjaar", "het 2e halfjaar", "komend halfjaar", "komende half jaar", "aankomend halfjaar"]
#: A sentence for every branch of KEEPS_PROMISE, KEEPS_NAMED_BEFORE and WEAK_ACT.
_KEEPS = ["Zo geef ik invulling aan de toezegging", "invulling te geven aan de toezegging", "Ik ga in op de toezegging",
          "Zo kom ik de toezegging na", "Ik voldoe aan de toezegging", "Ik doe de toezegging gestand",
          "ter uitvoering van de toezegging", "in uitvoering van mijn toezegging", "ter invulling van een toezegging",
          "ter nakoming van die toezegging", "in vervolg op de toezegging", "conform de toezegging",
          "overeenkomstig de toezegging", "de toezegging is afgedaan", "zoals toegezegd", "conform toegezegd",
          "Met deze brief voldoe ik", "Hiermee kom ik", "Hierbij geef ik", "Daarmee doe ik", "Hiermede breng ik",
          "Bij deze informeer ik", "Ik beschouw de toezegging als afgedaan", "De toezeggingen zijn hiermee afgedaan",
          "Met deze brief doen wij die toezegging gestand", "Daarom ontvangt u deze brief nu",
          "Zoals eerder dit jaar schriftelijk toegezegd", "De toezegging wordt met deze brief afgedaan",
          "In de bijlage bij deze brief vindt u", "Bij deze brief treft u", "Bijgaand treft u", "Bijgevoegd vindt u",
          "meenemen", "mee te nemen", "betrekken", "aandacht geven", "rekening mee houden", "vorm geven",
          "inzetten op", "bezien of", "mij blijven inzetten", "ons inzetten", "zich inzetten", "nauwlettend volgen",
          "blijven volgen", "volgen", "monitoren", "het gesprek aangaan", "in gesprek gaan"]
#: A sentence for every branch of NOT_PROMISE.
_NOT_PROMISES = ["- Als dat lukt, zal ik u informeren.", "• Indien nodig kom ik hierop terug.", "* Mocht het",
                 "– Als het", "Indien nodig",
                 "Mochten zij", "Wanneer dat kan", "Zodra het kan", "Tenzij het", "Mits het", "In onderhavige brief",
                 "De voorliggende brief", "Deze brief gaat in op x.", "zie hieronder", "zie hierna",
                 "Ik zal daar niet op ingaan.", "ALS het kan zou ik u berichten.", "Wij zullen dat moeten doen.",
                 "Ik ga daar graag nader op in", "Zij gaat in op", "Het zal nog moeten", "Ik ga geen",
                 "Zij zouden"]


@pytest.mark.parametrize(
    ("name", "lookahead"),
    [("PROGRESS", "(?=[ticonugvkzm])"), ("INFORM_VERB", "(?=[abgikmorstvwz])"),
     ("NOT_PROMISE", "(?=[-•–*\\sadghimotvwz])"), ("DUE_YEAR", "(?=[12abdeghikmnortuv])"),
     ("DUE_SEASON", "(?=[abdehiklmnortuvwz])"), ("DUE_QUARTER", "(?=[1-4abdehilmnoqrtuv])"),
     ("DUE_HALF", "(?=[12adehiknortuv])"), ("DUE_WITHIN", "(?=[bdiou])"), ("DUE_VAGUE", "(?=[bdinostz])"),
     ("DUE_YEAR_END", "(?=[abehimnortuv])"), ("KEEPS_NAMED_BEFORE", "(?=[bdhimto])"),
     ("KEEPS_PROMISE", "(?=[cdgikotvz])"), ("WEAK_ACT", "(?=[abgimnorvz])")],
)
def test_first_letter_lookahead_changes_no_match(name: str, lookahead: str) -> None:
    """The look-ahead names every first letter of the pattern's branches: same matches without it."""
    pattern = getattr(P, name)
    plain = _without_lookahead(pattern, lookahead)
    members = lookahead.removeprefix("(?=[").removesuffix("])").replace("\\s", "").replace("1-4", "1234")
    # the class folds as the branches' letters do ("İ", "ı", "ſ", the Kelvin sign)
    cls = re.compile("(?i)" + lookahead.removeprefix("(?=").removesuffix(")"))
    singles = [re.compile("(?i)" + re.escape(c)) for c in members]
    if "\\s" in lookahead:
        singles.append(re.compile(r"\s"))
    chars = map(chr, [*range(0x250), *range(0x2000, 0x2200)])
    odd = [c for c in chars if bool(cls.match(c)) != any(s.match(c) for s in singles)]
    assert not odd
    texts = [clean(p.read_text(encoding="utf-8")).body for p in sorted(SEEDS.glob("0*.txt"))]
    texts += [t.upper() for t in texts] + [" ".join(SENTENCES)]
    texts += ["In uitvoering van de motie-Smeulders; ter opvolging van de moties van het lid X; "
              "conform het verzoek in de motie; naar aanleiding van de motie; gevolg gegeven aan de motie; "
              "implementatie van de motie; voortgekomen uit de motie; zoals gevraagd in de motie; "
              "de motie wordt momenteel uitgevoerd; de kamermotie is in uitvoering; de motie werkt ik aan; "
              "İN UİTVOERİNG VAN DE MOTİE, \u212aAMERMOTIE wordt uitgevoerd"]
    deadlines = [r.example for r in RULES] + ["uiterlijk in het tweede \u212awartaal 2022; vóór 2023", "ZOMER 2021"]
    deadlines += [" ; ".join(f"{before} {period}" for before in _BEFORE) for period in _PERIODS]
    texts += deadlines + [t.upper() for t in deadlines]
    texts += _NOT_PROMISES + [t.upper() for t in _NOT_PROMISES]
    texts += ["Ik zal rapporteren.", "De voortgangsrapportage wordt aan uw Kamer gezonden."]
    texts += _KEEPS + [t.upper() for t in _KEEPS]
    found = [[m.span() for m in plain.finditer(t)] for t in texts]
    assert sum(map(len, found)) > 5
    assert [[m.span() for m in pattern.finditer(t)] for t in texts] == found


def test_blank_line_precheck_is_necessary() -> None:
    """clean tries BLANK_LINE only on short lines and on lines starting like a rule."""
    import re._parser as sre_parse  # the pattern's widths, as re itself computes them

    rules = r"-{3,}|\*{3,}|_{3,}|"
    assert rules in P.BLANK_LINE.pattern and all(r.lstrip("\\")[0] in P.BLANK_RULE_CHARS for r in rules.split("|")[:3])
    bounded = P.BLANK_LINE.pattern.replace(rules, "")
    assert sre_parse.parse(bounded).getwidth()[1] <= P.BLANK_LINE_MAX_CHROME
    lines = ["", "---", "-" * 40, "*" * 30, "_" * 20, "**", "__", "naar boven", "TERUG NAAR BOVEN", "[top]", "Top",
             "[TOP", "Terug naar boven", "tekst", "- punt", "* " * 20, "terug naar boven " * 2]
    for s in lines:
        if P.BLANK_LINE.fullmatch(s):
            assert len(s) <= P.BLANK_LINE_MAX_CHROME or s[0] in P.BLANK_RULE_CHARS
