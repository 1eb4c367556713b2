"""graph.triples.write_graph at archive size: chunked runs, forked workers and the streaming
serialisations must give the very bytes of the one-chunk, one-process path."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

import graph.triples as t
from graph.errors import ValidationFailed
from graph.model import Document

FILES = ("graph.nt", "graph.ttl", "graph.jsonld")


def _write(docs: list[Document], out: Path, jobs: int) -> dict[str, bytes]:
    out.mkdir()
    count = t.write_graph(docs, out, jobs=jobs)
    assert count == len((out / "graph.nt").read_bytes().splitlines())
    assert not [p.name for p in out.iterdir() if p.name not in FILES]  # no run file left behind
    return {name: (out / name).read_bytes() for name in FILES}


@pytest.mark.parametrize("chunk,jobs", [(1, 1), (1, 2), (3, 2)])
def test_chunked_and_parallel_give_the_same_bytes(toy_docs: list[Document], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, chunk: int, jobs: int) -> None:
    whole = _write(toy_docs, tmp_path / "whole", jobs=1)
    monkeypatch.setattr(t, "CHUNK_LETTERS", chunk)
    monkeypatch.setattr(t, "PARALLEL_SERIALISE", 0)
    assert _write(toy_docs, tmp_path / "parts", jobs=jobs) == whole
    # shared nodes (dossiers, members, cited documents) are written by several chunks, once in the file
    assert (tmp_path / "whole" / "graph.nt").read_text().count("\n") == len(t.triples(toy_docs))


def test_cross_letter_links_survive_chunking(toy_docs: list[Document]) -> None:
    # a kept promise points at a made one in another letter: the context is global, the work per letter
    ctx = t.Context.of(toy_docs)
    per_letter = sorted({line for d in toy_docs for line in t._lines([d], ctx.part([d]))})
    assert per_letter == t.triples(toy_docs)
    assert any("sameCommitmentAs" in line for line in per_letter)


def test_parallel_validation_failure_leaves_nothing(toy_docs: list[Document], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(t, "CHUNK_LETTERS", 1)
    monkeypatch.setattr(t, "PARALLEL_SERIALISE", 0)
    bad = replace(toy_docs[0], motions=(replace(toy_docs[0].motions[0], confidence=7.0),))
    with pytest.raises(ValidationFailed):
        t.write_graph([bad, *toy_docs[1:]], tmp_path, jobs=2)
    assert not list(tmp_path.iterdir())
