"""A smoke run of the benchmark: the generator's letters and ``python -m bench`` at N=10.

No timing is asserted here; speed is measured by ``python -m bench`` itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.generate import generate
from bench.run import SERVER_QUERIES, _server_queries, main
from bench.virtuoso import installed
from graph.build import build, extract_corpus
from graph.query import load_query, run


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    a = generate(12, tmp_path / "a", seed=3)
    b = generate(12, tmp_path / "b", seed=3)
    c = generate(12, tmp_path / "c", seed=4)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    assert [p.read_bytes() for p in a] != [p.read_bytes() for p in c]


def test_generated_letters_are_read_as_letters(tmp_path: Path) -> None:
    generate(40, tmp_path)
    docs, skipped = extract_corpus([str(tmp_path)], jobs=1)
    assert not skipped and len(docs) == 40
    shapes = {d.shape for d in docs}
    assert len(shapes) >= 2, shapes  # both Markdown and PDF text
    assert all(d.date and d.date[:4] in {str(y) for y in range(2015, 2027)} for d in docs)
    # the corpus has structure: later letters cite earlier generated ones
    own = {d.id for d in docs if d.id}
    assert len(own) > 20
    cited = {c.id for d in docs for c in d.cites}
    assert len(own & cited) >= 10


def test_bench_runs_at_n10(tmp_path: Path) -> None:
    out = tmp_path / "RESULTS.md"
    assert main(["--n", "10", "--out", str(out), "--dir", str(tmp_path / "corpus")]) == 0
    text = out.read_text(encoding="utf-8")
    assert "N=10 " in text and "extract, 1 core" in text and "python" in text
    assert re.search(r"\| stats --store \| \d+\.\d\d s \|", text)  # counted, not "not yet"
    assert not (tmp_path / "corpus" / "10").exists()  # the generated corpus is cleaned up


def test_server_stage_times_the_target_queries_on_virtuoso(tmp_path: Path) -> None:
    """``--virtuoso``: graph.nt pushed to a local Virtuoso and the target queries timed there,
    with as many rows as the local store gives (skipped where Virtuoso is not installed)."""
    if not installed():
        pytest.skip("Virtuoso is not installed (apt-get install virtuoso-opensource)")
    generate(30, tmp_path / "corpus")
    build([str(tmp_path / "corpus")], tmp_path / "out", jobs=1, html=False)
    times = _server_queries(tmp_path / "out")
    assert "Virtuoso" not in times, times  # no failure
    assert times["Virtuoso: push graph.nt"].endswith(" s")
    for name in SERVER_QUERIES:
        local = run(load_query(name), {}, graph=tmp_path / "out" / "graph.nt")
        assert f", {len(local.rows)} rows; first 50: " in times[f"Virtuoso: query {name}"]
