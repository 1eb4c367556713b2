"""Resolve across letters: what one letter says about another.

Per-letter resolution (footnote → motion id, relative dates) happens in the finders' own
resolve step; this package holds corpus-level resolution, each concern in its own module:

- :mod:`graph.resolve.identity`: a letter without its own number gets the number other letters
  cite it by (``id_from_corpus``), and a date the corpus gives it (``date_from_corpus``);
- :mod:`graph.resolve.members`: member names normalised to the form the corpus knows
  ("Weyenberg" → "Van Weyenberg"), motions merged only when their numbers agree;
- :mod:`graph.resolve.commitments`: a kept promise linked to the promise made in an earlier
  letter of the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.model import Document


def resolve_corpus(docs: Sequence[Document]) -> list[Document]:
    """Return the documents with corpus-level facts filled in. Order is preserved."""
    from graph.resolve import commitments, identity, members

    out = list(docs)
    out = identity.resolve(out)
    out = members.resolve(out)
    out = commitments.resolve(out)
    return out
