"""Shared fixtures: the five seed letters, extracted and built once per test session.

Sources are read relative to the repository root, so ``Document.source`` and ``kg:sourceFile``
read ``seeds/…`` whatever folder pytest was started from.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = "seeds"


@contextmanager
def _at_root() -> Iterator[None]:
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(here)


@pytest.fixture(scope="session")
def seed_docs() -> list[Document]:
    """The seed letters as resolved Documents (extract + corpus resolution, no graph)."""
    from graph.build import extract_corpus

    with _at_root():
        docs, skipped = extract_corpus([SEEDS], jobs=1)
    assert not skipped, skipped
    return docs


@pytest.fixture(scope="session")
def seed_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with graph.ttl, graph.nt and graph.jsonld built from the seeds (no HTML)."""
    from graph.build import build

    out = tmp_path_factory.mktemp("seed-graph")
    with _at_root():
        build([SEEDS], out, jobs=1, html=False)
    return out
