"""Stored queries: the parameter machinery on a hand-built corpus, golden answers on the seeds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.errors import UsageError
from graph.model import Document
from graph.query import list_queries, load_query, remote_text, run, solutions, term_for
from graph.triples import write_graph

QUERIES = Path(__file__).resolve().parent.parent / "queries"
EXPECTED = {"settled-motions", "motion-timeline", "open-commitments", "kept-commitments", "dossier-timeline",
            "letters", "members", "unresolved-citations", "conflicts"}
OB = "https://zoek.officielebekendmakingen.nl/"


@pytest.fixture(scope="module")
def toy_nt(toy_docs: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("toyq")
    write_graph(toy_docs, out)
    return out / "graph.nt"


def ask(name: str, graph: Path, **values: str) -> list[dict[str, str]]:
    return solutions(run(load_query(name), values, graph=graph))


def test_library_is_complete_and_described() -> None:
    queries = {q.name: q for q in list_queries()}
    assert EXPECTED <= set(queries)
    for q in queries.values():
        assert q.description and not q.description.startswith("#")
        for p in q.params:  # substitution binds projected variables only
            assert re.search(rf"SELECT[^{{]*\?{p.name}\b", q.text), (q.name, p.name)


def test_settled_motions_columns(toy_nt: Path) -> None:
    r = run(load_query("settled-motions"), {}, graph=toy_nt)
    assert r.variables == ("source", "letter", "motion", "date", "evidence")
    assert [(row["source"], row["motion"]) for row in solutions(r)] == [
        ("toy/c.txt", OB + "kst-25295-734"), ("toy/a.txt", OB + "kst-35570-XV-54")]


def test_open_commitments_as_of(toy_nt: Path) -> None:
    cols = ("source", "made_on", "made_by", "text", "due", "due_text", "status", "days_overdue")
    late = run(load_query("open-commitments"), {"as_of": "2022-12-31"}, graph=toy_nt)
    assert late.variables == cols
    rows = solutions(late)
    assert [r["source"] for r in rows] == ["toy/b.txt", "toy/d.txt", "toy/a.txt"]  # by due, undated last
    assert not any("SER" in r["text"] for r in rows)  # kept by toy/a.txt (2021-04-30)
    assert rows[0]["status"] == "overdue" and rows[0]["days_overdue"] == "558"
    assert rows[2]["status"] == "open" and "days_overdue" not in rows[2]
    early = ask("open-commitments", toy_nt, as_of="2021-01-15")
    assert [(r["source"], r["status"]) for r in early] == [("toy/b.txt", "open"), ("toy/b.txt", "open")]
    assert any("SER" in r["text"] for r in early)  # not yet kept on that day; d.txt not yet written


def test_motion_timeline_in_date_order(toy_nt: Path) -> None:
    rows = ask("motion-timeline", toy_nt, motion="kst-35669-36")
    assert [(r["source"], r["action"]) for r in rows] == [("toy/c.txt", "progress"), ("toy/a.txt", "cites")]
    assert ask("motion-timeline", toy_nt, motion=OB + "kst-35669-36") == rows


@pytest.mark.parametrize("dossier", ["25883", "25 883", "https://w3id.org/kamergraph/id/dossier/25883"])
def test_dossier_timeline_accepts_clerk_spellings(toy_nt: Path, dossier: str) -> None:
    rows = ask("dossier-timeline", toy_nt, dossier=dossier)
    assert [r["source"] for r in rows] == ["toy/b.txt", "toy/a.txt", "toy/d.txt"]  # b through owl:sameAs


def test_other_queries(toy_nt: Path) -> None:
    assert [r["source"] for r in ask("letters", toy_nt)] == ["toy/a.txt", "toy/b.txt", "toy/c.txt", "toy/d.txt"]
    members = {r["member_name"]: (r.get("party"), r["motions"]) for r in ask("members", toy_nt)}
    assert members["Smeulders"] == ("GroenLinks", "3") and members["Van der Staaij"] == (None, "1")
    unresolved = [r["identifier"] for r in ask("unresolved-citations", toy_nt)]
    assert unresolved == ["kst-35669-36", "kst-35570-XV-54"]  # 25883-394 and 25295-1172 are in the corpus
    [conflict] = ask("conflicts", toy_nt)
    assert conflict["number"] == "kst-25295-734"
    assert set(conflict["members"].split(", ")) == {"Van der Staaij", "Smeulders"}
    [kept] = ask("kept-commitments", toy_nt)
    assert kept["made_in_source"] == "toy/b.txt" and kept["made_on"] == "2020-11-16"


HOSTILE = ['2021-01-15" } UNION { ?s ?p ?o', "2021-01-15\n", "2021-13-01", "today}", "kst-1 UNION",
           "<http://x> } ", 'http://x/"a', "2021-1-5", ""]


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("param", ["as_of", "motion", "dossier"])
def test_hostile_values_are_refused(param: str, value: str) -> None:
    p = next(p for q in list_queries() for p in q.params if p.name == param)
    with pytest.raises(UsageError):
        term_for(p, value)


def test_remote_text_binds_escaped_terms_in_values() -> None:
    q = load_query("open-commitments")
    text = remote_text(q, {"as_of": term_for(q.params[0], "2022-12-31")})
    assert 'VALUES (?as_of) { ("2022-12-31"^^<http://www.w3.org/2001/XMLSchema#date>) }' in text
    assert text.index("VALUES") > text.index("WHERE {")


# --- the command line ---------------------------------------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout, r.stderr


def test_cli_list_and_formats(toy_nt: Path) -> None:
    code, out, _ = cli("query", "--list")
    assert code == 0 and "open-commitments:" in out and "--as-of DATE" in out
    code, out, _ = cli("query", "open-commitments", "--graph", str(toy_nt), "--as-of", "2021-01-15", "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["head"]["vars"][0] == "source" and len(data["results"]["bindings"]) == 2
    assert data["results"]["bindings"][0]["due"] == {
        "type": "literal", "value": "2021-03-31", "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    code, out, _ = cli("query", "settled-motions", "--graph", str(toy_nt), "--format", "csv")
    assert code == 0 and out.splitlines()[0] == "source,letter,motion,date,evidence"


@pytest.mark.parametrize("args,message", [
    (["query", "open-commitments", "--as-of", "2021-01-15\" } UNION {"], "not a date"),
    (["query", "open-commitments", "--motion", "kst-35669-36"], "takes no --motion"),
    (["query", "motion-timeline"], "needs --motion"),
    (["query", "no-such-query"], "no stored query"),
    (["query"], "give a query NAME"),
])
def test_cli_usage_errors_exit_2(toy_nt: Path, args: list[str], message: str) -> None:
    code, _, err = cli(*args, "--graph", str(toy_nt))
    assert code == 2 and message in err and "Traceback" not in err


def test_cli_malformed_own_query(toy_nt: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT * WHERE { ?s ?p }\n")
    code, _, err = cli("query", "--sparql", str(bad), "--graph", str(toy_nt))
    assert code == 2 and "bad" in err and "Traceback" not in err
    good = tmp_path / "count.rq"
    good.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n")
    code, out, _ = cli("query", "--sparql", str(good), "--graph", str(toy_nt), "--format", "csv")
    assert code == 0 and out.splitlines()[1] == str(len(toy_nt.read_text().splitlines()))


def test_store_answers_like_the_file(toy_nt: Path, tmp_path: Path) -> None:
    from graph.store import build_store

    build_store(toy_nt, tmp_path / "store")
    build_store(toy_nt, tmp_path / "store")  # rebuilding replaces it
    q = load_query("open-commitments")
    assert run(q, {"as_of": "2022-12-31"}, store=tmp_path / "store") == run(q, {"as_of": "2022-12-31"}, graph=toy_nt)


def test_store_loaded_in_small_calls_holds_the_whole_graph(toy_nt: Path, tmp_path: Path) -> None:
    import pyoxigraph as ox

    from graph.store import load_nt

    whole, chunked = ox.Store(), ox.Store(str(tmp_path / "chunked"))
    whole.bulk_load(path=str(toy_nt), format=ox.RdfFormat.N_TRIPLES)
    load_nt(chunked, toy_nt, lines=7)  # many calls, one ending mid-file
    assert len(toy_nt.read_text().splitlines()) > 7 * 3
    assert set(chunked) == set(whole)
    lenient = ox.Store(str(tmp_path / "lenient"))  # as a build loads its own lines
    load_nt(lenient, toy_nt, lines=7, lenient=True)
    assert set(lenient) == set(whole)


def test_a_build_store_holds_graph_nt(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from graph.build import build

    out = tmp_path / "out"
    build([str(Path(__file__).parents[1] / "seeds")], out, jobs=1, html=False, store=tmp_path / "store")
    built = ox.Store.read_only(str(tmp_path / "store"))
    assert set(built) == set(ox.parse(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES))


def test_cancelled_store_load_stops_between_calls(toy_nt: Path, tmp_path: Path) -> None:
    import threading

    import pyoxigraph as ox

    from graph.store import StagedStore, load_nt

    cancel = threading.Event()
    cancel.set()
    store = ox.Store(str(tmp_path / "s"))
    load_nt(store, toy_nt, lines=1, cancel=cancel)
    assert len(store) == 0
    staged = StagedStore(tmp_path / "store")  # Ctrl-C in a build: abort() leaves no store behind
    staged.start(toy_nt)
    staged.abort()
    assert not (tmp_path / "store").exists() and not staged.fresh.exists()


def test_failed_store_load_keeps_the_previous_store(toy_nt: Path, tmp_path: Path) -> None:
    from graph.store import StagedStore, build_store

    build_store(toy_nt, tmp_path / "store")
    bad = tmp_path / "bad.nt"
    bad.write_text("<a> <b> .\n")
    staged = StagedStore(tmp_path / "store")
    staged.start(bad)
    with pytest.raises(SyntaxError):
        staged.commit()
    staged.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.nt", "store"]  # no half-built folder left
    q = load_query("letters")
    assert run(q, {}, store=tmp_path / "store") == run(q, {}, graph=toy_nt)


# --- golden answers on the seed letters (from ../shared/gold/seeds.json and issue 5) -------------


def test_seed_settled_motions(seed_graph_dir: Path) -> None:
    rows = ask("settled-motions", seed_graph_dir / "graph.nt")
    got = {(Path(r["source"]).name, r["motion"].removeprefix(OB)) for r in rows}
    assert got == {("002_b95bf918908941a6.txt", "kst-25295-734"), ("000_66ea02ed325e333a.txt", "kst-35570-XV-54"),
                   ("000_66ea02ed325e333a.txt", "kst-35570-XV-35")}


def test_seed_motion_timeline(seed_graph_dir: Path) -> None:
    rows = ask("motion-timeline", seed_graph_dir / "graph.nt", motion="kst-35669-36")
    assert [Path(r["source"]).name for r in rows] == [
        "002_b95bf918908941a6.txt", "000_66ea02ed325e333a.txt", "004_ffa0b9494478ea14.txt"]


def test_seed_open_commitments(seed_graph_dir: Path) -> None:
    late = ask("open-commitments", seed_graph_dir / "graph.nt", as_of="2022-12-31")
    from_425 = [r for r in late if r["source"].endswith("004_ffa0b9494478ea14.txt")]
    assert len(from_425) == 2
    assert not any("SER" in r["text"] and r["source"].endswith("003_94d44916ac137ffd.txt") for r in late)
    early = ask("open-commitments", seed_graph_dir / "graph.nt", as_of="2021-01-15")
    ser = [r for r in early if "SER" in r["text"] and r["source"].endswith("003_94d44916ac137ffd.txt")]
    assert len(ser) == 1 and ser[0]["status"] == "open" and ser[0]["due"] >= "2021-01-15"
    assert not any(r["source"].endswith("004_ffa0b9494478ea14.txt") for r in early)


def test_seed_dossier_timeline_and_unresolved(seed_graph_dir: Path) -> None:
    rows = ask("dossier-timeline", seed_graph_dir / "graph.nt", dossier="25 883")
    names = [Path(r["source"]).name for r in rows]
    assert names[:2] == ["003_94d44916ac137ffd.txt", "000_66ea02ed325e333a.txt"]  # 003 via its corpus number
    unresolved = {r["identifier"] for r in ask("unresolved-citations", seed_graph_dir / "graph.nt")}
    assert "kst-35669-36" in unresolved
    assert not unresolved & {"kst-25295-1172", "kst-25883-425", "kst-25883-394"}  # in the corpus


def test_seed_conflicts_and_kept(seed_graph_dir: Path) -> None:
    rows = ask("conflicts", seed_graph_dir / "graph.nt")
    # one number, two motions: the mention that owns it keeps the kst IRI, the other its own node
    assert {r["number"] for r in rows} == {"kst-25295-734"}
    assert all(r["source"].endswith("002_b95bf918908941a6.txt") for r in rows)
    by_members = {r["members"]: r["motion"] for r in rows}
    assert by_members["Van der Staaij"] == OB + "kst-25295-734"
    assert by_members["Smeulders"] != OB + "kst-25295-734"
    kept = ask("kept-commitments", seed_graph_dir / "graph.nt")
    assert {Path(r["source"]).name for r in kept} >= {"000_66ea02ed325e333a.txt", "003_94d44916ac137ffd.txt"}


def test_seed_letters(seed_graph_dir: Path) -> None:
    rows = ask("letters", seed_graph_dir / "graph.nt")
    assert len(rows) == 5
    by_name = {Path(r["source"]).name: r for r in rows}
    assert by_name["003_94d44916ac137ffd.txt"].get("same_as") == OB + "kst-25883-394"
    assert by_name["001_8bf5640112f1901c.txt"].get("date_from_corpus") == "2021-03-30"


@pytest.mark.parametrize("name, values", [
    ("letters", {}),
    ("open-commitments", {"as_of": "2022-12-31"}),
    ("motion-timeline", {"motion": "kst-35669-36"}),
])
def test_limit_is_the_first_page_of_the_answer(seed_graph_dir: Path, name: str, values: dict[str, str]) -> None:
    graph = seed_graph_dir / "graph.nt"
    full = run(load_query(name), values, graph=graph)
    page = run(load_query(name), values, graph=graph, limit=2)
    assert len(full.rows) > 2
    assert page.variables == full.variables and page.rows == full.rows[:2]


def test_page_asks_the_engine_for_the_first_rows_only() -> None:
    from graph.query import paged_text

    q = load_query("settled-motions").text
    assert paged_text(q, None) == q
    assert paged_text(q, 50).endswith("\nLIMIT 50\n") and paged_text(q, 50).startswith(q.rstrip())
    own = "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s LIMIT 10"
    assert paged_text(own, 50) == own  # a query that pages itself is left alone
    commented = "# shows at most LIMIT 5 rows\nSELECT ?s WHERE { ?s ?p ?o }"
    assert paged_text(commented, 3).endswith("LIMIT 3\n")


def test_limit_must_be_positive(seed_graph_dir: Path) -> None:
    r = CliRunner().invoke(main, ["query", "letters", "--graph", str(seed_graph_dir / "graph.nt"), "--limit", "0"])
    assert r.exit_code == 2
    r = CliRunner().invoke(main, ["query", "letters", "--graph", str(seed_graph_dir / "graph.nt"), "--limit", "3",
                                  "--format", "csv"])
    assert r.exit_code == 0 and len(r.stdout.strip().splitlines()) == 1 + 3


@pytest.mark.parametrize("value, iri", [
    ("kst-35570-XV-54", "https://zoek.officielebekendmakingen.nl/kst-35570-XV-54"),
    ("kst-CXXIV-G", "https://zoek.officielebekendmakingen.nl/kst-CXXIV-G"),  # an Eerste Kamer dossier in Roman
])
def test_kst_parameters(value: str, iri: str) -> None:
    p = next(p for q in list_queries() for p in q.params if p.name == "motion")
    assert term_for(p, value) == ox.NamedNode(iri)
