"""Find commitments (toezeggingen): promises made in the letter and promises it keeps."""

from __future__ import annotations

from graph.clean import Text
from graph.model import Citation, Commitment, Handeling


def find_commitments(
    text: Text, cites: list[Citation], handelingen: list[Handeling], letter_date: str | None
) -> list[Commitment]:
    return []
