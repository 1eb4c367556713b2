"""kamergraph: a policy-timeline knowledge graph of the Dutch parliament's letters.

Library use::

    from graph import extract_text, build
    doc = extract_text(open("seeds/000_66ea02ed325e333a.txt").read())
    doc.cites[0].id            # 'kst-35669-36'

Importing the package does no work: every stage loads on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["build", "extract_text"]

if TYPE_CHECKING:
    from graph.build import build
    from graph.extract import extract_text


def __getattr__(name: str) -> Any:
    if name == "extract_text":
        from graph.extract import extract_text

        return extract_text
    if name == "build":
        from graph.build import build

        return build
    raise AttributeError(name)
