"""The researcher's view: an interactive, offline HTML graph of letters, motions, commitments."""

from __future__ import annotations

from pathlib import Path


def render_html(graph_file: Path, out: Path) -> Path:
    """Render the graph in ``graph_file`` (Turtle or N-Triples) to a self-contained HTML page."""
    raise NotImplementedError
