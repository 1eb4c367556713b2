"""``kamergraph stats``: counted in the query engine, the same numbers as the page's graph."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.render import ACTIONS, place_letters_in_time, read_graph
from graph.stats import Stats, compute, compute_from_store
from graph.triples import write_graph

OB = "https://zoek.officielebekendmakingen.nl/"
ID = "https://w3id.org/kamergraph/id/"


def _page_numbers(graph_file: Path, top: int) -> tuple[object, ...]:
    """The stats read off the page's networkx graph (graph.render), the way a researcher sees it."""
    g = read_graph(graph_file)
    place_letters_in_time(g)
    kinds = Counter(d["kind"] for _, d in g.nodes(data=True))
    as_of = max((d["date"] for _, d in g.nodes(data=True) if d["kind"] == "letter" and d.get("date")), default=None)

    def name(n: str) -> str:
        return g.nodes[n].get("ident") or Path(g.nodes[n].get("source") or n).name

    citing: dict[str, set[str]] = {}
    for u, v, k in g.edges(data="kind"):
        if k in ("cites", *ACTIONS) and not v.startswith(ID + "motion/"):
            citing.setdefault(v, set()).add(u)
    cited = sorted(((name(v), len(us)) for v, us in citing.items()), key=lambda t: (-t[1], t[0]))[:top]
    open_ = []
    for n, d in g.nodes(data=True):
        ins = {k for _, _, k in g.in_edges(n, data="kind")}
        if d["kind"] != "commitment" or d.get("commitmentKind") == "fulfilled" or ins & {"keeps", "same"}:
            continue
        makers = sorted(u for u, _, k in g.in_edges(n, data="kind") if k == "makes")
        made = date.fromisoformat(d["madeOn"]) if d.get("madeOn") else min(
            (g.nodes[m]["date"] for m in makers if g.nodes[m].get("date")), default=None)
        if made is not None and as_of is not None:
            open_.append(((as_of - made).days, n, name(makers[0]) if makers else "?", made))
    open_.sort(key=lambda t: (-t[0], t[1]))
    per_year: Counter[str] = Counter()
    for u, _, k in g.edges(data="kind"):
        if k == "settles":
            per_year[str(g.nodes[u]["date"].year) if g.nodes[u].get("date") else "zonder datum"] += 1
    return kinds["letter"], kinds["motion"], kinds["commitment"], as_of, cited, open_[:top], sorted(per_year.items())


def _numbers(s: Stats) -> tuple[object, ...]:
    opened = [(c.days_open, c.iri, c.letter, c.made_on) for c in s.longest_open]
    return s.letters, s.motions, s.commitments, s.as_of, s.most_cited, opened, s.settled_per_year


@pytest.fixture(scope="module")
def toy_graph_file(toy_docs: list, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("toy")
    write_graph(toy_docs, out)
    return out / "graph.nt"


@pytest.mark.parametrize("top", [1, 2, 10])
@pytest.mark.parametrize("which", ["view", "toy", "seeds"])
def test_stats_are_the_numbers_of_the_page(which: str, top: int, view_graph_file: Path, toy_graph_file: Path,
                                          seed_graph_dir: Path) -> None:
    graph_file = {"view": view_graph_file, "toy": toy_graph_file, "seeds": seed_graph_dir / "graph.nt"}[which]
    assert _numbers(compute(graph_file, top=top)) == _page_numbers(graph_file, top)


def test_a_letter_known_by_number_is_counted_once_under_it(toy_graph_file: Path) -> None:
    # letter B has no number; letter A cites it as Kamerstuk 25 883, nr. 394 (toy corpus)
    s = compute(toy_graph_file)
    assert ("kst-25883-394", 1) in s.most_cited
    assert not [n for n, _ in s.most_cited if n.startswith("8bf") or n.endswith(".txt")]


def test_motions_without_a_number_are_not_ranked_as_documents(seed_graph_dir: Path) -> None:
    # the seeds report on "de motie van het lid Smeulders" without its number: minted, not ranked
    s = compute(seed_graph_dir / "graph.nt", top=1000)
    names = [n for n, _ in s.most_cited]
    assert names and all(n.startswith("kst-") for n in names)
    assert "kst-35669-36" in names


def test_an_undated_letter_is_placed_as_on_the_page(view_graph_file: Path) -> None:
    # kst-25883-425 states no date: the page dates it 2022-03-16, the day after what it refers to
    assert compute(view_graph_file).as_of == date(2022, 3, 16)


def test_the_store_gives_the_same_stats_as_the_file(seed_graph_dir: Path, toy_graph_file: Path, tmp_path: Path) -> None:
    for i, graph_file in enumerate((seed_graph_dir / "graph.nt", toy_graph_file)):
        directory = tmp_path / f"store{i}"
        store = ox.Store(str(directory))
        store.bulk_load(path=str(graph_file), format=ox.RdfFormat.N_TRIPLES)
        store.flush()
        del store
        assert compute_from_store(directory, top=3) == compute(graph_file, top=3)


def test_cli_stats_from_a_store(seed_graph_dir: Path, tmp_path: Path) -> None:
    from graph.build import build

    out = tmp_path / "out"
    build([str(Path(__file__).resolve().parents[1] / "seeds")], out, jobs=1, html=False, store=out / "store")
    runner = CliRunner()
    from_store = runner.invoke(main, ["stats", "--store", str(out / "store"), "--top", "3"])
    from_file = runner.invoke(main, ["stats", "--graph", str(seed_graph_dir / "graph.ttl"), "--top", "3"])
    assert from_store.exit_code == 0, from_store.output
    assert from_store.output == from_file.output and "kst-35669-36" in from_store.output
    r = runner.invoke(main, ["stats", "--store", str(tmp_path / "nowhere")])
    assert r.exit_code == 2 and "no such store" in r.output
