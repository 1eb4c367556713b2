"""Turn extracted documents into RDF triples (see graph/ontology.ttl for the model)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graph.model import Document


def write_graph(docs: Sequence[Document], out_dir: Path) -> int:
    """Write graph.ttl, graph.nt and graph.jsonld into ``out_dir``; return the triple count."""
    raise NotImplementedError
