"""Speed-only shortcuts of graph/find/commitments.py must find exactly what the plain patterns find.

Each shortcut is a necessary condition tried before a slow pattern (literals with ``in``, a literal
start found with str.find): wherever the pattern matches, the shortcut must let it through. Checked on
the seed sentences, on sentences built from every branch of the patterns, and on random sentences
made of the patterns' own words, in any case and spacing.
"""

from __future__ import annotations

import random
import re
import re._constants as sre_constants
import re._parser as sre_parse

import pytest

from graph import patterns as P
from graph.clean import clean
from graph.deadlines import RULES
from graph.find.commitments import _cabinet_after_verb, _Finder, _may_not_promise, find_commitments
from tests.test_prechecks import _BEFORE, _KEEPS, _NOT_PROMISES, _PERIODS, SEEDS, SENTENCES

#: The words of NOT_PROMISE's branches and their neighbours, for random sentences.
_WORDS = ["als", "indien", "mocht", "mochten", "wanneer", "zodra", "tenzij", "mits", "deze", "onderhavige",
          "voorliggende", "brief", "hieronder", "hierna", "zullen", "zal", "moeten", "ga", "gaat", "gaan", "in",
          "op", "nader", "zou", "zouden", "niet", "geen", "ik", "wij", "we", "u", "uw", "Kamer", "daar", "graag",
          "informeren", "sturen", "zenden", "berichten", "houden", "brengen", "versturen", "Als", "ALS", "GAAT",
          "-", "•", "–", "*", "(", ",", "."]
_SPACES = [" ", "  ", "\u00a0", "\t", "\n", " - ", "-", ""]


def _random_sentences(n: int) -> list[str]:
    rnd = random.Random(20240611)
    out = []
    for _ in range(n):
        words = rnd.choices(_WORDS, k=rnd.randint(1, 9))
        out.append("".join(w + rnd.choice(_SPACES) for w in words))
    return out


RANDOM = _random_sentences(30000)


def test_not_promise_precheck_is_necessary() -> None:
    texts = SENTENCES + _NOT_PROMISES + [t.upper() for t in _NOT_PROMISES] + RANDOM
    texts += [f"{lead}{t}" for lead in ("- ", " • ", "\u00a0–\u00a0", "*-\t", "\u2003") for t in _NOT_PROMISES]
    matched = [t for t in texts if P.NOT_PROMISE.search(t)]
    assert len(matched) > 1000
    missed = [t for t in matched if not _may_not_promise(t.lower())]
    assert not missed, f"NOT_PROMISE matches but its pre-check says no: {missed[:3]}"


#: The words of KEEPS_NAMED_BEFORE's branches, for random sentences.
_KEEP_WORDS = ["met", "deze", "brief", "hiermee", "hierbij", "daarmee", "hiermede", "bij", "voldoe", "kom", "geef",
               "doe", "breng", "informeer", "bericht", "stuur", "zend", "beschouw", "beschouwt", "ontvangt", "u", "nu",
               "daarom", "dit", "rapport", "bijgaand", "is", "zijn", "de", "toezegging", "toezeggingen", "afgedaan",
               "ingelost", "nagekomen", "als", "ik", "Met", "HIERMEE", "-", ",", "in", "bijlage", "treft", "vindt",
               "bijgevoegd"]


def test_keeps_named_before_precheck_is_necessary() -> None:
    rnd = random.Random(7)
    texts = SENTENCES + _KEEPS + [t.upper() for t in _KEEPS]
    texts += ["Daarom ontvangt u bijgaand het verslag.", "Nu ontvangt u daarom dit rapport.", "ONTVANGT U NU BIJGAAND"]
    texts += ["".join(w + rnd.choice(_SPACES) for w in rnd.choices(_KEEP_WORDS, k=rnd.randint(2, 9)))
              for _ in range(30000)]
    matched = [t for t in texts if P.KEEPS_NAMED_BEFORE.search(t)]
    assert len(matched) > 1000
    missed = [t for t in matched if not any(map(t.lower().__contains__, P.KEEPS_NAMED_BEFORE_NEEDS))]
    assert not missed, f"KEEPS_NAMED_BEFORE matches but its pre-check says no: {missed[:3]}"


def test_not_promise_precheck_spares_sentences() -> None:
    """The point of the pre-check: most promise sentences of the seeds skip NOT_PROMISE."""
    seeds = [s for s in SENTENCES[-600:] if " zal " in s or " ga " in s]
    assert len(seeds) > 20
    assert sum(_may_not_promise(s.lower()) for s in seeds) < len(seeds) / 2


#: Words of the promise patterns and their cues, for random letters.
_PROMISE_WORDS = ["ik", "Ik", "wij", "We", "het", "kabinet", "de", "regering", "zal", "zullen", "ga", "gaat", "gaan",
                  "kom", "ben", "voornemens", "van", "plan", "streef", "streven", "ernaar", "zeg", "zeggen", "toe",
                  "verwacht", "informeer", "informeren", "informeert", "stuur", "sturen", "stuurt", "zend", "zenden",
                  "bericht", "berichten", "houd", "houden", "breng", "brengen", "ontvangt", "u", "uw", "Kamer",
                  "wordt", "geïnformeerd", "op", "hoogte", "gehouden", "voor", "zomer", "in", "maart", "2022",
                  "toezegging", "toegezegd", "heb", "hiermee", "voldoe", "aan", "deze", "mijn", "collega", "minister",
                  "VWS", "hierop", "terug", "niet", "als", "brief", ".", "Één", "Het", "De", "KABINET", "Regering",
                  "kan", "kunnen", "hoopt", "hoop", "streeft", "zegt", "is", "zendt", "houdt", "brengt", "te",
                  "kabinetsbeleid"]
_BREAKS = [" ", " ", " ", "  ", "\u00a0", ". ", ".\n\n", "\n\n", "\n- ", "\n", "\u2003", " \u202f", "–", "? "]


#: One promise per cue of _worth_reading, each its sentence's only cue.
_ONE_CUE = ["Uw Kamer wordt voor de zomer over de uitkomst geïnformeerd.",
            "Voor de zomer wordt uw Kamer over de uitkomst geïnformeerd.",
            "In maart zenden we u de evaluatie.", "In maart informeren wij uw Kamer over de evaluatie.",
            "De evaluatie ontvangt uw Kamer in maart.", "Mijn collega van VWS zal de regeling in maart aanpassen.",
            "Wij gaan de regeling in maart aanpassen.", "We zijn voornemens de regeling in maart aan te passen.",
            "Het kabinet streeft ernaar de regeling in maart aan te passen.", "In maart kom ik hierop terug.",
            "In maart stuur ik u de evaluatie.", "Daarom kom \u00a0ik in maart hierop terug.",
            "Daarom zeg ik toe de regeling in maart aan te passen.",
            # the cabinet's verbs after it (MADE_CUE_CABINET) and before it (CABINET_AFTER_VERBS)
            "Het kabinet stuurt uw Kamer in maart de evaluatie.", "In maart stuurt het kabinet u de evaluatie.",
            "Naar verwachting kan het kabinet uw Kamer voor de zomer informeren.",
            "Het kabinet hoopt uw Kamer voor de zomer te informeren.",
            "Voor de zomer hoopt de regering u te informeren.",
            "De regering gaat de regeling in maart aanpassen.",
            "In maart gaat  de\u00a0regering de regeling aanpassen.",
            "Daarom streeft het kabinet ernaar de regeling in maart aan te passen.",
            "De regering kan uw Kamer voor de zomer informeren.",
            "Het kabinet is voornemens de regeling in maart aan te passen.",
            "Het kabinet zegt toe de regeling in maart aan te passen.",
            "Het kabinet informeert uw Kamer in maart over de evaluatie."]


@pytest.mark.parametrize("sentence", _ONE_CUE)
def test_each_cue_alone_reaches_its_promise(sentence: str) -> None:
    text = clean("De regeling geldt sinds 2020. " + sentence + " De uitvoering loopt.")
    assert [c.kind for c in find_commitments(text, [], [], "2021-02-03")] == ["made"]


@pytest.mark.parametrize("seed", range(8))
def test_sentences_worth_reading_miss_nothing_in_random_letters(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The letter-wide cues of _worth_reading pick every sentence a rule can fire on, wherever
    sentence breaks and odd white space fall (random letters of the rules' own words)."""
    rnd = random.Random(seed)
    words = _PROMISE_WORDS + (["\u212aabinet", "i\u212a"] if seed >= 6 else [])  # the Kelvin sign lowers to "k"
    letters = ["".join(w + rnd.choice(_BREAKS) for w in rnd.choices(words, k=3000)) for _ in range(4)]
    texts = [clean(t) for t in letters]
    fast = [find_commitments(t, [], [], "2021-02-03") for t in texts]
    monkeypatch.setattr(_Finder, "_worth_reading", lambda self: list(range(len(self.text.sentences))))
    every = [find_commitments(t, [], [], "2021-02-03") for t in texts]
    assert sum(map(len, every)) > 20
    assert fast == every


_CABINET_BEFORE = re.compile(r"(?:" + "|".join(P.CABINET_AFTER_VERBS) + r")\s+(?:het|de)\s+\Z")


@pytest.mark.parametrize("seed", range(3))
def test_cabinet_after_verb_equals_the_pattern(seed: int) -> None:
    """_cabinet_after_verb reads backwards what a pattern anchored at the cabinet's word says."""
    rnd = random.Random(seed)
    pieces = [*P.CABINET_AFTER_VERBS, "het", "de", "ht", "e", " ", "  ", "\u00a0", "\n", "x", "kabinet", "gaat-",
              "gaat het ", "kan de ", "hoopt  het\u00a0", "zal de\n"]
    texts = ["".join(rnd.choices(pieces, k=rnd.randint(0, 8))) for _ in range(4000)]
    hits = 0
    for low in texts:
        start = rnd.randint(0, min(3, len(low)))
        for p in range(start, len(low) + 1):
            want = _CABINET_BEFORE.search(low[start:p]) is not None
            hits += want
            assert _cabinet_after_verb(low, start, p) == want, (low, start, p)
    assert hits > 500


_LOWERED = [(name, getattr(P, name), getattr(P, name + "_LOW")) for name in
            ("DUE_VAGUE", "DUE_DAY", "DUE_MONTH", "DUE_QUARTER", "DUE_HALF", "DUE_SEASON", "DUE_RECESS", "DUE_YEAR",
             "DUE_YEAR_END", "DUE_WITHIN", "DUE_PRINSJESDAG", "DUE_NEXT")]


def _literals(tree: object) -> set[int]:
    """The characters a parsed pattern names: literals, class members, both ends of class ranges."""
    out: set[int] = set()
    for op, av in tree:  # type: ignore[attr-defined]
        if op is sre_constants.LITERAL:
            out.add(av)
        elif op is sre_constants.IN:
            for kind, val in av:
                out |= {val} if kind is sre_constants.LITERAL else set(val) if kind is sre_constants.RANGE else set()
        elif isinstance(av, (tuple, list)):
            for item in av:
                if isinstance(item, sre_parse.SubPattern):
                    out |= _literals(item)
                elif isinstance(item, (tuple, list)):
                    out |= set().union(*(_literals(x) for x in item if isinstance(x, sre_parse.SubPattern)))
    return out


def test_lowercasing_keeps_what_re_sees() -> None:
    """Outside ODD_FOLDS, str.lower keeps each character one character of the same classes (\\w, \\s,
    \\d) and folds it as re's IGNORECASE does for every letter of the *_LOW patterns."""
    every = "".join(map(chr, range(0x110000)))
    assert [c for c in every if len(c.lower()) != 1] == ["İ"]
    plain = every.replace("İ", "")
    lowered = plain.lower()
    for cls in (r"\w", r"\s", r"\d"):
        assert [m.start() for m in re.finditer(cls, plain)] == [m.start() for m in re.finditer(cls, lowered)], cls
    letters = {chr(c) for _, _, low in _LOWERED for c in _literals(sre_parse.parse(low.pattern))}
    assert len(letters) > 20 and all(c == c.lower() for c in letters)  # the *_LOW patterns name no capital
    named = "[" + "".join(map(re.escape, sorted(letters))) + "]"
    folded = {c for c in re.findall("(?i)" + named, plain) if c not in P.ODD_FOLDS}  # what (?i) matches
    assert folded == {plain[m.start()] for m in re.finditer(named, lowered)}  # what lowers to a letter named
    for c in folded:  # ... and to the one letter it matches
        assert {x for x in letters if re.fullmatch("(?i)" + re.escape(x), c)} == {c.lower()}, c


@pytest.mark.parametrize(("name", "pattern", "low"), _LOWERED, ids=[n for n, _, _ in _LOWERED])
def test_lowered_deadline_patterns_match_alike(name: str, pattern: re.Pattern[str], low: re.Pattern[str]) -> None:
    """A DUE_* pattern on a sentence and its *_LOW twin on the lowercased sentence: same spans and groups."""
    texts = [clean(p.read_text(encoding="utf-8")).body for p in sorted(SEEDS.glob("0*.txt"))]
    periods = [*_PERIODS, "het zomerreces", "de start van het kerstreces 2021", "het meireces", "Prinsjesdag",
               "de prinsjesdag 2024", "op Prinsjesdag", "volgende week", "komende maand", "deze maand", "1 juli",
               "15 maart 2022", "de week van 3 mei", "maart", "eind juni 2022"]
    texts += [r.example for r in RULES] + [" ; ".join(f"{b} {p}" for b in _BEFORE) for p in periods]
    texts += [t.upper() for t in texts] + [t.title() for t in texts] + RANDOM[:3000]
    texts += ["VÓÓR 1 JULI; Uiterlijk In Het Tweede \u212aWARTAAL 2022; q3 2021; Q4 '22; BEGIN MAART; ZOMERRECES"]
    want = [[(m.span(), {k: v and v.lower() for k, v in m.groupdict().items()}) for m in pattern.finditer(t)]
            for t in texts]
    assert sum(map(len, want)) > 20
    assert [[(m.span(), m.groupdict()) for m in low.finditer(t.lower())] for t in texts] == want
