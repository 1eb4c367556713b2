"""Speed-only shortcuts of graph/find/motions.py must find exactly what the plain patterns find."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from graph import patterns as P
from graph.clean import clean
from graph.find.motions import Member, _cue, _Letter, _may_settle, _member_of, members_in

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_list_bullet_needs_its_first_character() -> None:
    """_Letter tries LIST_BULLET only on sentences starting with LIST_BULLET_CHARS."""
    starts = [chr(c) for c in range(0x3000)]
    matched = [c for c in starts if P.LIST_BULLET.match(c + "\u00a0 punt")]
    assert len(matched) >= 5
    assert all(c in P.LIST_BULLET_CHARS for c in matched)


def test_letter_sentences_as_plain_bullet_strip() -> None:
    raw = "Intro.\n\n- De motie-Omtzigt.\n\n• De motie van het lid Bikker.\n\n–\u00a0Punt\n\n* x\n\n·  y. -z. Slot"
    text = clean(raw)
    plain = [(b.end() if (b := P.LIST_BULLET.match(text.body, s, e)) else s, e) for s, e in text.sentences]
    assert _Letter(text, []).sentences == [(s, e) for s, e in plain if e > s]
    assert any(s != t for (s, _), (t, _) in zip(plain, text.sentences, strict=True))


#: A sentence for every branch of SETTLES (and for every word of its pre-check).
_SETTLING = [
    "Ik beschouw de motie als afgedaan.", "Ik acht de motie-Omtzigt hiermee afgehandeld.",
    "Ik zie de motie als uitgevoerd.",
    "Het kabinet beschouwt de moties als afgerond.", "Ik acht aan de motie voldaan.",
    "De motie van het lid Bikker beschouw ik als afgedaan.", "De Kamermotie acht het kabinet afgehandeld.",
    "De motie zien wij als uitgevoerd.", "Met deze brief geef ik uitvoering aan de motie.",
    "Hiermee geef ik gevolg aan de motie van de leden X en Y.", "Daarmee voldoen wij aan de motie.",
    "Hierbij geef ik uitvoering aan de moties.", "Hiervan geef ik gevolg aan de motie.",
    "Hiermee ga ik tegemoet aan de motie.", "Met de toezending van deze brief voldoe ik aan de motie.",
    "Met dit rapport geef ik gevolg aan de kamermotie.", "De motie is hiermee afgedaan.",
    "De moties zijn inmiddels uitgevoerd.", "De motie is uitgevoerd.", "Hiermee is de motie afgedaan.",
    "Daarmee zijn ook de moties uitgevoerd.", "Inmiddels is de motie afgehandeld.",
    "Een brief waarmee de motie is afgedaan.", "Hiermee doe ik de motie af.", "Met deze brief kom ik de motie na.",
    "Daarmee komen wij de motie van het lid X na", "Hierbij doen we de motie af, zoals gevraagd.",
    "Met deze brief wordt de motie afgedaan.", "Hiermee worden de moties afgehandeld.",
]
_SETTLES_WORDS = ["ik", "wij", "we", "het", "kabinet", "beschouw", "beschouwt", "acht", "zie", "als", "motie", "moties",
                  "Kamermotie", "de", "hiermee", "daarmee", "hierbij", "hiervan", "met", "deze", "dit", "brief",
                  "rapport", "toezending", "van", "voldoe", "voldoen", "voldaan", "tegemoet", "aan", "uitvoering",
                  "gevolg", "geef", "is", "zijn", "inmiddels", "nu", "afgedaan", "afgehandeld", "uitgevoerd",
                  "afgerond", "waarmee", "doe", "doen", "kom", "komen", "af", "na", "wordt", "worden", "MOTIE",
                  "HIERMEE", "Met", ".", ";", ",", "-"]
_SPACES = [" ", "  ", "\u00a0", "\t", " - ", ""]


def _settling_texts() -> list[str]:
    rnd = random.Random(20240612)
    built = ["".join(w + rnd.choice(_SPACES) for w in rnd.choices(_SETTLES_WORDS, k=rnd.randint(2, 14)))
             for _ in range(30000)]
    seeds = [clean(p.read_text(encoding="utf-8")).body for p in sorted(SEEDS.glob("0*.txt"))]
    return _SETTLING + [t.upper() for t in _SETTLING] + seeds + [t.upper() for t in seeds] + built


SETTLING_TEXTS = _settling_texts()


def test_settles_lookahead_changes_no_match() -> None:
    """SETTLES_LOOKAHEAD names the first three letters of every branch: same matches without it,
    and each of its classes folds under (?i) as the branches' letters do ("İ", "ı", "ſ", Kelvin)."""
    pattern = P.SETTLES.pattern
    assert pattern.startswith("(?i)" + P.SETTLES_LOOKAHEAD + "(?:") and pattern.endswith(")")
    plain = re.compile("(?i)" + pattern.removeprefix("(?i)" + P.SETTLES_LOOKAHEAD))
    chars = [chr(c) for c in [*range(0x250), *range(0x2000, 0x2200)]]
    classes = re.findall(r"\[(\w+)\]", P.SETTLES_LOOKAHEAD)
    assert len(classes) == 3
    for members in classes:
        cls = re.compile("(?i)[" + members + "]")
        singles = [re.compile("(?i)" + c) for c in members]
        assert [c for c in chars if bool(cls.match(c)) != any(s.match(c) for s in singles)] == []
    found = [[m.span() for m in plain.finditer(t)] for t in SETTLING_TEXTS]
    assert sum(map(bool, found)) > 500
    assert [t for t in _SETTLING if not plain.search(t)] == []
    assert [[m.span() for m in P.SETTLES.finditer(t)] for t in SETTLING_TEXTS] == found


def test_settles_precheck_is_necessary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wherever SETTLES matches a sentence without ODD_FOLDS, _may_settle lets it through; each of
    its words is needed by some sentence."""
    matched = [t for t in SETTLING_TEXTS if P.SETTLES.search(t)]
    assert len(matched) > 500
    assert [t for t in matched if not _may_settle(t.lower())] == []
    for name in ("SETTLES_DONE_WORDS", "SETTLES_BY_VERBS", "SETTLES_BY_WORDS"):
        words = getattr(P, name)
        for word in words:
            monkeypatch.setattr(P, name, tuple(w for w in words if w != word))
            assert any(not _may_settle(t.lower()) for t in matched), (name, word)
        monkeypatch.setattr(P, name, words)
    assert not all(map(_may_settle, ["de motie wordt besproken.", "met de motie-x", "ik doe het; de motie"]))


@pytest.mark.parametrize("sentence", ["Ik beschouw de motıe als afgedaan.", "Hıermee geef ik uitvoering aan de motie.",
                                      "De motie acht ik hiermee afgehandeld.", "De motie wordt besproken."])
def test_cue_with_and_without_odd_folds(sentence: str) -> None:
    """A letter with ODD_FOLDS keeps the broad pre-check: same cue as the pattern alone gives."""
    plain = not any(map(sentence.__contains__, P.ODD_FOLDS))
    action = _cue(sentence, 0, len(sentence), sentence.lower(), plain)[0]
    settles = P.SETTLES.search(sentence)
    assert (action == "settles") == (settles is not None and not P.SETTLES_DENIED.search(settles.group(0)))


@pytest.mark.parametrize(
    "names",
    ["Van Weyenberg (D66) en Smeulders c.s.", "Bikker en Ceder (beiden ChristenUnie)", "Jasper van Dijk",
     "van der  Staaij", "Nijkerken – De Haan (VVD)", "Van Aalst/Remco Dijkstra", "Omtzigt cs."],
)
def test_member_caches_give_what_the_parse_gives(names: str) -> None:
    """members_in and _member_of are cached: safe because Member is frozen and the parse pure."""
    assert Member.__dataclass_params__.frozen  # type: ignore[attr-defined]
    plain = tuple(_member_of.__wrapped__(*m.group("first", "tv", "core", "party")) for m in P.MEMBER.finditer(names))
    found, cosigners = members_in(names)
    assert found and members_in(names) == (found, cosigners)
    if "beiden" not in names:  # the shared party is given afterwards
        assert found == plain
    assert cosigners == ("c" in names.split()[-1])


def test_appreciation_and_plural_backref_shortcuts() -> None:
    """APPRECIATION is searched only where APPRECIATION_WORDS stand in the lowercased sentence (their
    letters fold under (?i) only to what str.lower gives, in all of Unicode); MOTION_BACKREF_PLURAL
    finds a sentence exactly when some MOTION_BACKREF match there has its plural."""
    letters = set("".join(P.APPRECIATION_WORDS))
    everything = "".join(map(chr, range(0x110000)))
    assert [(x, c) for x in letters for c in re.findall("(?i)" + x, everything) if c.lower() != x] == []
    texts = [*SETTLING_TEXTS, "Oordeel Kamer; de motie is ONTRADEN.", "Overgenomen: de Kamermoties",
             "oordeel aan de kamer", "motiesx moties- kamermoties_ Moties. de motie, de MOTIES", "ontraad de motie",
             "De motie werd ontraden; OORDEEL\u00a0KAMER", "ontradde", "ONTRAADT"]
    matched = [t for t in texts if P.APPRECIATION.search(t)]
    assert len(matched) >= 4
    assert all(any(map(t.lower().__contains__, P.APPRECIATION_WORDS)) for t in matched)
    plural = [any(m.group("plural") for m in P.MOTION_BACKREF.finditer(t)) for t in texts]
    assert sum(plural) > 100
    assert [P.MOTION_BACKREF_PLURAL.search(t) is not None for t in texts] == plural
