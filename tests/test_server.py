"""Push to and query a real SPARQL server on 127.0.0.1: the Oxigraph server from PyPI."""

from __future__ import annotations

import io
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.errors import InputError, UsageError
from graph.model import Document
from graph.push import graph_url, parts, push
from graph.query import load_query, run
from graph.triples import write_graph


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server on 127.0.0.1 (base URL); stopped after the module's tests."""
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path_factory.mktemp("oxdb")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph did not start: {proc.stderr.read().decode() if proc.stderr else ''}")
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def toy_files(toy_docs: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("toys")
    write_graph(toy_docs, out)
    return out


def test_push_then_query_remotely_like_locally(oxigraph: str, toy_files: Path) -> None:
    assert push(toy_files / "graph.nt", f"{oxigraph}/store") in (200, 201, 204)
    assert push(toy_files / "graph.ttl", f"{oxigraph}/store") in (200, 204)  # PUT replaces: no duplicates
    for name, values in [("open-commitments", {"as_of": "2022-12-31"}), ("open-commitments", {"as_of": "2021-01-15"}),
                         ("motion-timeline", {"motion": "kst-35669-36"}), ("dossier-timeline", {"dossier": "25 883"}),
                         ("settled-motions", {}), ("members", {})]:
        q = load_query(name)
        remote = run(q, values, endpoint=f"{oxigraph}/query")
        assert remote == run(q, values, graph=toy_files / "graph.nt"), name
        assert remote.rows
        # a page is asked of the server (LIMIT), and is the first rows of the whole answer
        assert run(q, values, endpoint=f"{oxigraph}/query", limit=1).rows == remote.rows[:1], name


def test_named_graph_push(oxigraph: str, toy_files: Path) -> None:
    push(toy_files / "graph.nt", f"{oxigraph}/store", named_graph="https://example.org/kamergraph")
    body = urllib.request.urlopen(f"{oxigraph}/store?graph=https%3A%2F%2Fexample.org%2Fkamergraph", timeout=10).read()
    assert len(body.decode().splitlines()) == len((toy_files / "graph.nt").read_text().splitlines())


def test_errors_are_one_line(oxigraph: str, toy_files: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        graph_url("ftp://127.0.0.1/store", None)
    with pytest.raises(UsageError):
        push(toy_files / "graph.nt", f"{oxigraph}/store", named_graph='http://x/"> DROP ALL')
    with pytest.raises(InputError):
        push(toy_files / "graph.nt", f"http://127.0.0.1:{_free_port()}/store")  # nobody listening
    with pytest.raises(UsageError):
        push(tmp_path / "missing.nt", f"{oxigraph}/store")


def _server_graph(base: str, named_graph: str) -> set[str]:
    url = f"{base}/store?graph={urllib.parse.quote(named_graph, safe='')}"
    req = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return set(resp.read().decode().splitlines())


@pytest.mark.parametrize("size", [1, 7, 64, 10_000])
def test_parts_end_at_line_ends_and_add_up(toy_files: Path, size: int) -> None:
    data = (toy_files / "graph.nt").read_bytes()
    got = list(parts(io.BytesIO(data), size))
    assert b"".join(got) == data
    assert all(p.endswith(b"\n") for p in got)
    assert (len(got) == 1) == (size >= len(data))
    # a part is one line longer than size at most
    longest = max(map(len, data.splitlines(keepends=True)))
    assert all(len(p) < size + longest for p in got)


def test_parts_keep_a_last_line_without_line_end() -> None:
    assert list(parts(io.BytesIO(b"<a> <b> <c> .\n<d> <e> <f> ."), 4)) == [b"<a> <b> <c> .\n", b"<d> <e> <f> ."]


def test_push_in_parts_replaces_the_graph_like_one_put(oxigraph: str, toy_files: Path) -> None:
    """A large N-Triples file goes as PUT, then POSTs: the server ends with the file's triples,
    once, also when pushed twice (the first part's PUT replaces what was there)."""
    nt = toy_files / "graph.nt"
    lines = set(nt.read_text(encoding="utf-8").splitlines())
    whole, split = "https://example.org/whole", "https://example.org/split"
    push(nt, f"{oxigraph}/store", named_graph=whole)
    for _ in range(2):
        assert push(nt, f"{oxigraph}/store", named_graph=split, part_bytes=nt.stat().st_size // 9) in (200, 201, 204)
        assert _server_graph(oxigraph, split) == _server_graph(oxigraph, whole) == lines


def test_push_sends_a_file_with_blank_nodes_whole(oxigraph: str, tmp_path: Path) -> None:
    """Blank nodes are scoped to one request: split across two, one node would become two."""
    nt = tmp_path / "b.nt"
    nt.write_text("".join(f'_:n <https://example.org/p> "{i}" .\n' for i in range(40)), encoding="utf-8")
    push(nt, f"{oxigraph}/store", named_graph="https://example.org/bnodes", part_bytes=64)
    subjects = {line.split(" ", 1)[0] for line in _server_graph(oxigraph, "https://example.org/bnodes")}
    assert len(subjects) == 1
