"""Find motion mentions and what the letter does with each (settles, progress, mentions)."""

from __future__ import annotations

from graph.clean import Text
from graph.model import Citation, MotionMention


def find_motions(text: Text, cites: list[Citation], letter_date: str | None) -> list[MotionMention]:
    """Motion mentions in ``text``; ``cites`` are the letter's citations (footnotes included)."""
    return []
