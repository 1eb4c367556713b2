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


@pytest.mark.parametrize("merge", ["sort", "heapq"])
@pytest.mark.parametrize("chunk,jobs", [(1, 1), (1, 2), (3, 2)])
def test_chunked_and_parallel_give_the_same_bytes(toy_docs: list[Document], tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch, chunk: int, jobs: int,
                                                  merge: str) -> None:
    whole = _write(toy_docs, tmp_path / "whole", jobs=1)
    if merge == "heapq":  # no sort program: the runs are merged in Python
        monkeypatch.setattr(t.shutil, "which", lambda name: None)
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


@pytest.mark.parametrize("which", [None, "sort"])
def test_merged_runs_are_in_sorted_order_whatever_the_characters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 which: str | None) -> None:
    if which is None:
        monkeypatch.setattr(t.shutil, "which", lambda name: None)
    words = ["a", "Z", "z", "é", "e\u0301", "Ω", "ß", "\u00a0", "😀", "ｚ", "\ufb01", "~", "a b", "a\tb", "İ", "ı"]
    lines = [f'<s> <p> "{w}{i % 3}" .\n' for i, w in enumerate(words * 3)]
    runs = []
    for k in range(3):
        run = tmp_path / f"run{k}"
        run.write_text("".join(sorted(set(lines[k::3]) | {lines[0]})), encoding="utf-8", newline="\n")
        runs.append(run)
    out = tmp_path / "graph.nt"
    assert t._merge_runs(runs, out) == len(set(lines))
    assert out.read_bytes().decode("utf-8") == "".join(sorted(set(lines)))


def test_without_hard_links_the_serialiser_reads_graph_nt(toy_docs: list[Document], tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _write(toy_docs, tmp_path / "whole", jobs=1)

    def no_link(src: object, dst: object) -> None:
        raise OSError("hard links not supported")

    monkeypatch.setattr(t, "CHUNK_LETTERS", 1)
    monkeypatch.setattr(t.os, "link", no_link)
    assert _write(toy_docs, tmp_path / "parts", jobs=2) == whole
