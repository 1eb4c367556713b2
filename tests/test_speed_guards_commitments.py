"""Speed-only shortcuts of graph/find/commitments.py must find exactly what the plain patterns find.

Each shortcut is a necessary condition tried before a slow pattern (literals with ``in``, a literal
start found with str.find): wherever the pattern matches, the shortcut must let it through. Checked on
the seed sentences, on sentences built from every branch of the patterns, and on random sentences
made of the patterns' own words, in any case and spacing.
"""

from __future__ import annotations

import random

import pytest

from graph import patterns as P
from graph.find.commitments import _Finder, _may_not_promise
from tests.test_prechecks import _NOT_PROMISES, SENTENCES

#: The words of NOT_PROMISE and MADE_CUE_WE_AFTER's branches and their neighbours, for random sentences.
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


def test_not_promise_precheck_spares_sentences() -> None:
    """The point of the pre-check: most promise sentences of the seeds skip NOT_PROMISE."""
    seeds = [s for s in SENTENCES[-600:] if " zal " in s or " ga " in s]
    assert len(seeds) > 20
    assert sum(_may_not_promise(s.lower()) for s in seeds) < len(seeds) / 2


@pytest.mark.parametrize("k", range(0, 30000, 3000))
def test_cues_we_after_as_finditer(k: int) -> None:
    """MADE_CUE_WE_AFTER tried only where its verbs stand gives finditer's matches."""
    low = " ".join(RANDOM[k : k + 3000] + SENTENCES[k // 10 : k // 10 + 300]).lower()
    want = [m.span() for m in P.MADE_CUE_WE_AFTER.finditer(low)]
    assert len(want) > 20
    assert sorted(m.span() for m in _Finder._cues_we_after(low)) == want
