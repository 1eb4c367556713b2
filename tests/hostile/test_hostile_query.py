"""Query parameters can never change a query; a malformed query gives the parser's message.

Parameters are bound by the engine (pyoxigraph substitutions), so a value with quotes, braces,
``UNION`` or a newline is either refused (exit 2, one line) or bound as one term that matches
nothing. Both outcomes are accepted; a value that *changed* the query would return rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from graph.cli import main

INJECTIONS = [
    'kst-35669-36" } UNION { ?s ?p ?o } #',
    "kst-35669-36> } UNION { ?s ?p ?o . <x",
    "https://x/a> } UNION { ?node ?p ?o . <https://x/b",
    "https://zoek.officielebekendmakingen.nl/kst-35669-36> . ?x ?y ?z . <a:b",
    "kst-35669-36\nUNION { ?s ?p ?o }",
    "}",
    "{ }",
    "' OR 1=1 --",
    "kst-35669-36\u0000",
    "https://zoek.officielebekendmakingen.nl/kst-35669-36#\"x\"",
    "https://zoek.officielebekendmakingen.nl/kst-35669-36?x={}",
    "",
]


def _query(*args: str) -> Result:
    return CliRunner().invoke(main, ["query", *args, "--format", "csv"])


def _rows(result: Result) -> list[str]:
    return [line for line in result.stdout.splitlines()[1:] if line.strip()]


def test_the_honest_value_matches(seed_graph_dir: Path) -> None:
    """Without this the injection tests below could pass on a query that never matches."""
    result = _query("motion-timeline", "--motion", "kst-35669-36", "--graph", str(seed_graph_dir / "graph.nt"))
    assert result.exit_code == 0, result.output
    assert len(_rows(result)) >= 2


@pytest.mark.parametrize("value", INJECTIONS, ids=repr)
def test_motion_value_is_bound_not_pasted(seed_graph_dir: Path, value: str) -> None:
    result = _query("motion-timeline", "--motion", value, "--graph", str(seed_graph_dir / "graph.nt"))
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("kamergraph: --motion: ") and result.stderr.count("\n") == 1
    else:
        assert _rows(result) == []
    assert isinstance(result.exception, SystemExit) or result.exception is None


@pytest.mark.parametrize("value", [*INJECTIONS, "25883 } UNION { ?s ?p ?o }", "25 883\n}"], ids=repr)
def test_dossier_value_is_bound_not_pasted(seed_graph_dir: Path, value: str) -> None:
    result = _query("dossier-timeline", "--dossier", value, "--graph", str(seed_graph_dir / "graph.nt"))
    assert result.exit_code in (0, 2), result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("kamergraph: --dossier: ") and result.stderr.count("\n") == 1
    else:
        assert _rows(result) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("SELECT * WHERE { ?s ?p }", "error at 1:"),
        ("SELECT * WHERE { ?s ?p ?o ", "error at 1:"),
        ('SELECT * WHERE { ?s ?p "unterminated }', "error at 1:"),
        ("", "error at"),
        ("DELETE WHERE { ?s ?p ?o }", "error at 1:"),  # updates are not queries: refused
    ],
)
def test_malformed_sparql_gives_the_parser_message(seed_graph_dir: Path, tmp_path: Path, text: str,
                                                   message: str) -> None:
    rq = tmp_path / "mine.rq"
    rq.write_text(text)
    graph_file = seed_graph_dir / "graph.nt"
    before = graph_file.read_bytes()
    result = _query("--sparql", str(rq), "--graph", str(graph_file))
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    assert result.stderr.startswith("kamergraph: ") and message in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert graph_file.read_bytes() == before


def test_sparql_file_that_is_not_text(seed_graph_dir: Path, tmp_path: Path) -> None:
    rq = tmp_path / "mine.rq"
    rq.write_bytes(b"\xff\xfe\x00SELECT")
    result = _query("--sparql", str(rq), "--graph", str(seed_graph_dir / "graph.nt"))
    assert result.exit_code == 2 and result.stderr.count("\n") == 1, result.stderr
