"""The README's Turtle example is what kamergraph really writes for the seed letters."""

from __future__ import annotations

import re
from pathlib import Path

import rdflib

from graph.vocab import PREFIXES

ROOT = Path(__file__).resolve().parents[1]


def _example(path: Path) -> rdflib.Graph:
    text = path.read_text(encoding="utf-8")
    block = re.search(r"```turtle\n(.*?)```", text, re.S)
    assert block, f"no Turtle example in {path.name}"
    prefixes = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in PREFIXES.items())
    return rdflib.Graph().parse(data=prefixes + block.group(1), format="turtle")


def test_readme_example_is_in_the_seed_graph(seed_graph_dir: Path) -> None:
    built = rdflib.Graph().parse(seed_graph_dir / "graph.nt", format="nt")
    for doc in (ROOT / "README.md", ROOT / "docs" / "model.md"):
        example = _example(doc)
        assert len(example) >= 8
        missing = [t for t in example if t not in built]
        assert not missing, f"{doc.name}: not in the built graph: {missing}"
