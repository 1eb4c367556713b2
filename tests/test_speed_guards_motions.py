"""Speed-only shortcuts of graph/find/motions.py must find exactly what the plain patterns find."""

from __future__ import annotations

from graph import patterns as P
from graph.clean import clean
from graph.find.motions import _Letter


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
