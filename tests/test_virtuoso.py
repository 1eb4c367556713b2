"""Push to and query a real Virtuoso Open Source server (Debian ``virtuoso-opensource``) on 127.0.0.1.

The server runs from its own minimal ``virtuoso.ini`` in a temporary folder (database, logs and
both ports there and on the loopback interface only) and is set up the way an institution would
run it: writes go through the digest-authenticated ``/sparql-graph-crud-auth`` as a user granted
``SPARQL_UPDATE`` (the anonymous ``/sparql-graph-crud`` stays read-only), into a named graph, and
queries go to the public ``/sparql`` with that graph as their default graph (``--named-graph``,
sent as ``default-graph-uri``): Virtuoso keeps no default graph of its own and, without one, a
query reads every graph on the server, its system graphs included.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from bench.virtuoso import USER, ServerError, Virtuoso, installed, serve
from graph.cli import main
from graph.errors import InputError, UsageError
from graph.model import Document
from graph.push import push
from graph.query import Results, load_query, parse_query, run, solutions
from graph.triples import write_graph
from graph.vocab import OB

GRAPH = "https://w3id.org/kamergraph/graph/seeds"
OTHER = "https://w3id.org/kamergraph/graph/toys"
MAX_ROWS = 500  # Virtuoso's answer cap (ResultSetMaxRows), low so a test sees it: the seed graph has ~900 triples


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    """A Virtuoso server on 127.0.0.1 with a writer account; stopped at the end of the session."""
    if not installed():
        pytest.skip("Virtuoso is not installed (virtuoso-t and isql-vt: apt-get install virtuoso-opensource)")
    try:
        with serve(tmp_path_factory.mktemp("virtuoso"), max_rows=MAX_ROWS) as server:
            yield server
    except ServerError as e:
        pytest.fail(str(e))


@pytest.fixture(scope="module")
def pushed(virtuoso: Virtuoso, seed_graph_dir: Path, toy_docs: list[Document],
           tmp_path_factory: pytest.TempPathFactory) -> Virtuoso:
    """The seed graph in GRAPH and, beside it, the toy graph in OTHER (it must never leak in)."""
    toys = tmp_path_factory.mktemp("virtuoso-toys")
    write_graph(toy_docs, toys)
    assert push(toys / "graph.nt", virtuoso.crud, OTHER, USER, virtuoso.password) in (200, 201, 204)
    assert push(seed_graph_dir / "graph.nt", virtuoso.crud, GRAPH, USER, virtuoso.password) in (200, 201, 204)
    return virtuoso


def _same_rows(remote: Results, local: Results) -> bool:
    """The same columns and the same rows (as a multiset: engines may order ORDER BY ties differently)."""
    return remote.variables == local.variables and Counter(remote.rows) == Counter(local.rows)


STORED = [
    ("settled-motions", {}), ("motion-timeline", {"motion": "kst-35669-36"}),
    ("motion-timeline", {"motion": OB + "kst-35570-XV-54"}), ("dossier-timeline", {"dossier": "25 883"}),
    ("open-commitments", {"as_of": "2022-12-31"}), ("open-commitments", {"as_of": "2021-01-15"}),
    ("kept-commitments", {}), ("letters", {}), ("members", {}), ("unresolved-citations", {}), ("conflicts", {}),
]


@pytest.mark.parametrize(("name", "values"), STORED, ids=[f"{n}{sorted(v.values())}" for n, v in STORED])
def test_stored_query_on_virtuoso_answers_like_locally(pushed: Virtuoso, seed_graph_dir: Path, name: str,
                                                        values: dict[str, str]) -> None:
    q = load_query(name)
    remote = run(q, values, endpoint=pushed.sparql, named_graph=GRAPH)
    local = run(q, values, graph=seed_graph_dir / "graph.nt")
    assert remote.rows, name
    assert _same_rows(remote, local), name


def test_seed_settlements_and_timeline_in_order(pushed: Virtuoso, seed_graph_dir: Path) -> None:
    settled = run(load_query("settled-motions"), {}, endpoint=pushed.sparql, named_graph=GRAPH)
    assert {(Path(r["source"]).name, r["motion"].removeprefix(OB)) for r in solutions(settled)} == {
        ("002_b95bf918908941a6.txt", "kst-25295-734"), ("000_66ea02ed325e333a.txt", "kst-35570-XV-54"),
        ("000_66ea02ed325e333a.txt", "kst-35570-XV-35")}  # gold: corpus.settles
    q = load_query("motion-timeline")
    timeline = run(q, {"motion": "kst-35669-36"}, endpoint=pushed.sparql, named_graph=GRAPH)
    assert timeline == run(q, {"motion": "kst-35669-36"}, graph=seed_graph_dir / "graph.nt")  # order too
    assert [Path(r["source"]).name for r in solutions(timeline)] == [
        "002_b95bf918908941a6.txt", "000_66ea02ed325e333a.txt", "004_ffa0b9494478ea14.txt"]


def test_without_named_graph_virtuoso_reads_every_graph(pushed: Virtuoso) -> None:
    """Why --named-graph matters: the toy graph beside the seeds leaks into an unscoped query."""
    q = load_query("settled-motions")
    scoped = run(q, {}, endpoint=pushed.sparql, named_graph=GRAPH)
    unscoped = run(q, {}, endpoint=pushed.sparql)
    assert len(unscoped.rows) > len(scoped.rows) == 3
    assert any(r["source"].startswith("toy/") for r in solutions(unscoped))


# Values that pass the parameter check and reach the server inside a VALUES block: each must be one
# IRI term there, matching nothing (not the motion, not every node).
NEAR_MISSES = [
    OB + "kst-35669-36);DROP(ALL",
    OB + "kst-35669-36'),(?motion",
    OB + "kst-35669-36#')).?s?p?o.(",
    OB + "kst-35669-36%3E%20%7D%20UNION%20%7B%20?s%20?p%20?o",
    OB + "KST-35669-36",
    "http://zoek.officielebekendmakingen.nl/kst-35669-36",
]


@pytest.mark.parametrize("value", NEAR_MISSES, ids=repr)
def test_hostile_motion_value_matches_nothing_on_virtuoso(pushed: Virtuoso, value: str) -> None:
    rows = run(load_query("motion-timeline"), {"motion": value}, endpoint=pushed.sparql, named_graph=GRAPH).rows
    assert rows == ()


@pytest.mark.parametrize("value", ['kst-35669-36" } UNION { ?s ?p ?o } #', OB + "kst-35669-36> } UNION { ?s ?p ?o"])
def test_hostile_motion_value_is_refused_before_the_server(pushed: Virtuoso, value: str) -> None:
    with pytest.raises(UsageError, match=r"^--motion: "):
        run(load_query("motion-timeline"), {"motion": value}, endpoint=pushed.sparql, named_graph=GRAPH)


def _count(server: Virtuoso, graph: str) -> int:
    q = parse_query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "count", stored=False)
    return int(solutions(run(q, {}, endpoint=server.sparql, named_graph=graph))[0]["n"])


def test_push_replaces_the_named_graph(pushed: Virtuoso, seed_graph_dir: Path) -> None:
    triples = len((seed_graph_dir / "graph.nt").read_text(encoding="utf-8").splitlines())
    assert _count(pushed, GRAPH) == triples
    assert push(seed_graph_dir / "graph.ttl", pushed.crud, GRAPH, USER, pushed.password) in (200, 201, 204)
    assert _count(pushed, GRAPH) == triples  # PUT replaced it: no duplicates
    assert _count(pushed, OTHER) > 0  # and left the graph beside it alone


def test_push_in_parts_through_digest_auth(pushed: Virtuoso, seed_graph_dir: Path) -> None:
    """A file larger than a part goes as PUT then POSTs, each answering its own digest challenge;
    Virtuoso ends with the file's triples once, also when pushed twice, and answers as locally."""
    nt = seed_graph_dir / "graph.nt"
    triples = len(nt.read_text(encoding="utf-8").splitlines())
    split = "https://w3id.org/kamergraph/graph/seeds-in-parts"
    for _ in range(2):
        assert push(nt, pushed.crud, split, USER, pushed.password, part_bytes=nt.stat().st_size // 5) in (200, 201)
        assert _count(pushed, split) == triples
    q = load_query("settled-motions")
    assert _same_rows(run(q, {}, endpoint=pushed.sparql, named_graph=split), run(q, {}, graph=nt))


def test_an_answer_cut_at_the_row_cap_is_an_error(pushed: Virtuoso) -> None:
    everything = parse_query("SELECT * WHERE { ?s ?p ?o }", "all", stored=False)
    with pytest.raises(InputError, match=f"cut the answer at {MAX_ROWS} rows"):
        run(everything, {}, endpoint=pushed.sparql, named_graph=GRAPH)
    below = parse_query(f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS - 1}", "fewer", stored=False)
    assert len(run(below, {}, endpoint=pushed.sparql, named_graph=GRAPH).rows) == MAX_ROWS - 1


def test_refusals_are_one_line(virtuoso: Virtuoso, seed_graph_dir: Path) -> None:
    nt = seed_graph_dir / "graph.nt"
    with pytest.raises(UsageError, match="asks for a user"):
        push(nt, virtuoso.crud, GRAPH)
    with pytest.raises(UsageError, match="refuses user 'kamergraph'"):
        push(nt, virtuoso.crud, GRAPH, USER, virtuoso.password + "x")
    with pytest.raises(InputError, match="default graph"):  # Virtuoso has none to replace
        push(nt, virtuoso.crud, None, USER, virtuoso.password)
    with pytest.raises(InputError, match=r"HTTP 403: .*Permission denied") as refused:  # anonymous store: read-only
        push(nt, f"{virtuoso.base}/sparql-graph-crud", GRAPH)
    assert "<" not in str(refused.value) and "\n" not in str(refused.value)


def test_cli_push_and_query(virtuoso: Virtuoso, seed_graph_dir: Path) -> None:
    runner = CliRunner()
    graph = "https://w3id.org/kamergraph/graph/cli"
    args = ["push", "--endpoint", virtuoso.crud, "--graph", str(seed_graph_dir / "graph.nt"),
            "--named-graph", graph, "--user", USER]
    missing = runner.invoke(main, args, env={"KAMERGRAPH_PASSWORD": None})
    assert missing.exit_code == 2 and "KAMERGRAPH_PASSWORD" in missing.output
    done = runner.invoke(main, args, env={"KAMERGRAPH_PASSWORD": virtuoso.password})
    assert done.exit_code == 0, done.output
    query = ["query", "settled-motions", "--format", "json"]
    remote = runner.invoke(main, [*query, "--endpoint", virtuoso.sparql, "--named-graph", graph])
    local = runner.invoke(main, [*query, "--graph", str(seed_graph_dir / "graph.nt")])
    assert remote.exit_code == 0 and local.exit_code == 0, remote.output + local.output
    assert json.loads(remote.output) == json.loads(local.output)
    assert len(json.loads(remote.output)["results"]["bindings"]) == 3
