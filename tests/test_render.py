"""The HTML view's data, escaping, subgraphs and stats (the browser test is test_browser.py)."""

from __future__ import annotations

import itertools
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.errors import KamergraphError, UsageError
from graph.render import json_for_script, page_data, place_letters_in_time, read_graph, render_html, story
from graph.stats import compute, format_text, ministry

OB = "https://zoek.officielebekendmakingen.nl/"
L000 = OB + "kst-25295-1172"
L001 = "https://w3id.org/kamergraph/id/letter/8bf5640112f1901c"
L002 = "https://w3id.org/kamergraph/id/letter/b95bf918908941a6"
L003 = "https://w3id.org/kamergraph/id/letter/94d44916ac137ffd"
L004 = OB + "kst-25883-425"


def _data(graph_file: Path) -> dict:
    g = read_graph(graph_file)
    place_letters_in_time(g)
    return page_data(g, "t")


def _embedded(html: str) -> dict:
    tag = '<script type="application/json" id="kg-data">'
    start = html.index(tag) + len(tag)
    return json.loads(html[start:html.index("</script>", start)])


def test_nodes_edges_and_evidence(view_graph_file: Path) -> None:
    data = _data(view_graph_file)
    assert data["counts"] == {"letter": 5, "motion": 4, "commitment": 4, "dossier": 2, "member": 5, "document": 1}
    settles = sorted((e["source"], e["to"].removeprefix(OB)) for e in data["edges"] if e["kind"] == "settles")
    assert settles == [
        ("seeds/000_66ea02ed325e333a.txt", "kst-35570-XV-35"),
        ("seeds/000_66ea02ed325e333a.txt", "kst-35570-XV-54"),
        ("seeds/002_b95bf918908941a6.txt", "kst-25295-734"),
    ]
    first = next(e for e in data["edges"] if e["kind"] == "settles" and e["to"].endswith("734"))
    assert first["evidence"] == "Ik beschouw deze motie daarmee als afgedaan."
    assert (first["date"], first["confidence"], first["span"]) == ("2021-02-03", 0.9, ["10", "55"])
    assert first["conflict"].startswith("footnotes 1 and 7")
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes[OB + "kst-25295-734"]["conflict"] and not nodes[OB + "kst-35669-36"]["conflict"]
    # cited three times: the biggest motion
    assert nodes[OB + "kst-35669-36"]["size"] == max(n["size"] for n in data["nodes"] if n["kind"] == "motion")
    # a letter that acts on a motion does not also "cite" it
    assert not [e for e in data["edges"] if e["kind"] == "cites" and e["to"] == OB + "kst-35669-36"]


def test_letters_on_a_timeline(view_graph_file: Path) -> None:
    nodes = {n["id"]: n for n in _data(view_graph_file)["nodes"]}
    order = sorted((nodes[x]["x"], x) for x in (L000, L001, L002, L003, L004))
    assert [x for _, x in order] == [L003, L002, L001, L000, L004]
    assert len({nodes[x]["y"] for x in (L000, L002, L003, L004)}) == 1
    # no own date: 001 from another letter, 004 after the latest date it refers to
    assert (nodes[L001]["date"], nodes[L001]["inferred"]) == ("2021-03-30", True)
    assert (nodes[L004]["date"], nodes[L004]["inferred"]) == ("2022-03-16", True)
    assert ["dated by", "after 2022-03-15, the latest date it refers to"] in nodes[L004]["rows"]
    assert not nodes[L000]["inferred"]
    # the letter the corpus knows as kst-25883-394 is one node with the document cited by that number
    assert OB + "kst-25883-394" not in nodes
    assert any(e["from"] == L000 and e["to"] == L003 and e["kind"] == "cites" for e in _data(view_graph_file)["edges"])


def test_bands_keep_kinds_apart(view_graph_file: Path) -> None:
    data = _data(view_graph_file)
    ys: dict[str, set[float]] = {}
    for n in data["nodes"]:
        ys.setdefault(n["kind"], set()).add(n["y"])
    order = ["member", "motion", "letter", "commitment", "document", "dossier"]
    for upper, lower in itertools.pairwise(order):
        assert max(ys[upper]) < min(ys[lower]), (upper, lower)
    spots = [(n["x"], n["y"]) for n in data["nodes"]]
    assert len(spots) == len(set(spots)), "two nodes on one spot"


@pytest.mark.parametrize("text", [
    "</script><script>alert(1)</script>",
    "<!-- <script>",
    "a & b &amp; c",
    "line\u2028separator\u2029paragraph",
    '"quotes" and \\backslashes\\',
    "<img src=x onerror=alert(1)>",
])
def test_json_for_script_is_inert_and_lossless(text: str) -> None:
    out = json_for_script({"t": text})
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in out
    assert json.loads(out) == {"t": text}


def test_hostile_letter_text_stays_data(hostile_graph_file: Path, tmp_path: Path) -> None:
    from tests.conftest import HOSTILE

    html = render_html(hostile_graph_file, tmp_path / "g.html").read_text("utf-8")
    assert "__pwned" not in html.replace("\\u003c", "").split('id="kg-data">')[0]
    assert html.count("</script>") == 3  # the data, vis-network and the view: nothing else closes
    assert "onerror=" not in html.split('id="kg-data">')[0]
    data = _embedded(html)
    assert any(e["evidence"] == HOSTILE for e in data["edges"])
    assert any(["subject", HOSTILE] in n["rows"] for n in data["nodes"])


def test_page_is_offline_and_deterministic(view_graph_file: Path, tmp_path: Path) -> None:
    from rdflib import Graph

    a = render_html(view_graph_file, tmp_path / "a.html").read_bytes()
    b = render_html(view_graph_file, tmp_path / "b.html").read_bytes()
    assert a == b
    nt = tmp_path / "graph.nt"
    Graph().parse(view_graph_file).serialize(nt, format="nt", encoding="utf-8")
    assert render_html(nt, tmp_path / "c.html").read_bytes() == a
    html = a.decode("utf-8")
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    for remote in ("<link", " src=", "cdn.", "@import", "url(http"):
        assert remote not in html, remote


def test_focus_keeps_one_story(view_graph_file: Path) -> None:
    g = read_graph(view_graph_file)
    sub = story(g, "kst-25295-734")
    letters = {n for n, d in sub.nodes(data=True) if d["kind"] == "letter"}
    assert letters == {L002, L000, L004}  # who settled it, and who acted on the motions beside it
    assert OB + "kst-35669-36" in sub and "https://w3id.org/kamergraph/id/member/van-der-staaij" in sub
    assert story(g, "25295-734").nodes == sub.nodes
    with pytest.raises(UsageError):
        story(g, "kst-99999-1")


def test_since_until(view_graph_file: Path, tmp_path: Path) -> None:
    out = render_html(view_graph_file, tmp_path / "p.html", since=date(2021, 1, 1), until=date(2021, 12, 31))
    data = _embedded(out.read_text("utf-8"))
    assert {n["id"] for n in data["nodes"] if n["kind"] == "letter"} == {L000, L001, L002}
    assert data["counts"]["motion"] == 4  # the motions those letters acted on


@pytest.mark.parametrize("content, suffix, message", [
    (None, ".ttl", "no such graph file"),
    ("this is <not turtle", ".ttl", "not valid"),
    ("x", ".csv", "unknown RDF format"),
])
def test_bad_graph_file(tmp_path: Path, content: str | None, suffix: str, message: str) -> None:
    path = tmp_path / f"g{suffix}"
    if content is not None:
        path.write_text(content)
    with pytest.raises(KamergraphError, match=message):  # exit code 2, one line
        render_html(path, tmp_path / "g.html")


@pytest.mark.parametrize("role, expected", [
    ("Minister van Sociale Zaken en Werkgelegenheid", "Sociale Zaken en Werkgelegenheid"),
    ("Staatssecretaris van Financiën", "Financiën"),
    ("Minister voor Klimaat en Energie", "Klimaat en Energie"),
    ("Minister-President", "Minister-President"),
    (None, "onbekend"),
])
def test_ministry(role: str | None, expected: str) -> None:
    assert ministry(role) == expected


def test_stats(view_graph_file: Path) -> None:
    s = compute(view_graph_file)
    assert s.most_cited[0] == ("kst-35669-36", 3)
    assert [c.iri.rsplit("/", 1)[-1] for c in s.longest_open] == ["open-agenda"]  # the SER request was kept
    assert s.longest_open[0].days_open == 0 and s.as_of == date(2022, 3, 16)
    assert s.settled_per_year == [("2021", 3)]
    assert s.settled_per_ministry == [("Sociale Zaken en Werkgelegenheid", 3)]
    assert "motions settled per ministry" in format_text(s)


def test_cli(view_graph_file: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "story.html"
    r = runner.invoke(main, ["render", "--graph", str(view_graph_file), "--out", str(out), "--focus", "kst-35669-36"])
    assert r.exit_code == 0, r.output
    assert out.is_file() and r.output.startswith("open file://")
    r = runner.invoke(main, ["stats", "--graph", str(view_graph_file)])
    assert r.exit_code == 0 and "kst-35669-36" in r.output
    r = runner.invoke(main, ["render", "--graph", str(tmp_path / "missing.ttl"), "--out", str(out)])
    assert r.exit_code == 2
    r = runner.invoke(main, ["render", "--graph", str(view_graph_file), "--out", str(out), "--focus", "kst-1-1"])
    assert r.exit_code == 2


def test_build_view_of_a_large_corpus_shows_the_latest_letters(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import graph.build
    from graph.cli import main

    monkeypatch.setattr(graph.build, "VIEW_LETTERS", 3)
    seeds = Path(__file__).resolve().parents[1] / "seeds"
    result = CliRunner().invoke(main, ["build", str(seeds), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "graph.html shows the latest 3 of 5 letters, from 2021-03-30" in result.output
    data = _embedded((tmp_path / "out" / "graph.html").read_text(encoding="utf-8"))
    assert data["counts"]["letter"] == 3 and "the latest 3 of 5 letters" in data["title"]
    # the two oldest letters are not drawn as letters (the undated 004 counts from its vergaderjaar,
    # 2021-09-21), and the files still hold the whole graph
    letters = {Path(n["source"]).name[:3] for n in data["nodes"] if n["kind"] == "letter"}
    assert letters == {"000", "001", "004"}
    assert "003_94d44916ac137ffd.txt" in (tmp_path / "out" / "graph.nt").read_text(encoding="utf-8")
    assert not list((tmp_path / "out").glob(".view*"))


def _on_disk_store(graph_file: Path, directory: Path) -> Path:
    import pyoxigraph as ox

    store = ox.Store(str(directory))
    store.bulk_load(path=str(graph_file), format=ox.RdfFormat.from_extension(graph_file.suffix[1:]))
    store.flush()
    del store
    return directory


PERIODS = [(date(2021, 1, 1), date(2021, 12, 31)), (date(2021, 4, 1), None), (None, date(2021, 2, 3)),
           (date(2022, 3, 16), date(2022, 3, 16)), (date(2030, 1, 1), None)]


@pytest.mark.parametrize("since, until", PERIODS)
@pytest.mark.parametrize("which", ["view", "seeds"])
def test_a_period_read_from_a_store_is_drawn_as_from_the_whole_file(
        which: str, since: date | None, until: date | None, view_graph_file: Path, seed_graph_dir: Path,
        tmp_path: Path) -> None:
    graph_file = view_graph_file if which == "view" else seed_graph_dir / "graph.nt"
    store = _on_disk_store(graph_file, tmp_path / "store")
    whole = render_html(graph_file, tmp_path / "whole.html", since=since, until=until)
    part = render_html(tmp_path / "absent.ttl", tmp_path / "part.html", since=since, until=until, store=store)
    assert part.read_bytes() == whole.read_bytes()


def test_a_period_reads_only_what_is_around_its_letters(view_graph_file: Path, tmp_path: Path) -> None:
    import pyoxigraph as ox

    from graph.render import Period, letters_in_period, letters_store

    store = ox.Store.read_only(str(_on_disk_store(view_graph_file, tmp_path / "store")))
    # L004 states no date: it is dated the day after the latest date it refers to (a promise it
    # keeps, made on 15 March 2022), which only the nodes around it tell
    assert letters_in_period(store, Period(date(2022, 3, 16), date(2022, 3, 16))) == {L004}
    assert letters_in_period(store, Period(date(2021, 1, 1), date(2021, 3, 31))) == {L001, L002}
    part = letters_store(store, [L002])
    subjects = {q.subject.value for q in part}
    assert L002 in subjects and OB + "kst-25295-734" in subjects  # the letter and the motion it settles
    assert "https://w3id.org/kamergraph/id/member/van-der-staaij" in subjects  # the motion's member
    assert L003 not in subjects and "https://w3id.org/kamergraph/id/commitment/made-ser" not in subjects
    assert len(part) < len(store) / 2


def test_cli_render_from_a_store(seed_graph_dir: Path, tmp_path: Path) -> None:
    store = _on_disk_store(seed_graph_dir / "graph.nt", tmp_path / "store")
    out = tmp_path / "p.html"
    r = CliRunner().invoke(main, ["render", "--store", str(store), "--since", "2021-01-01", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert r.output.strip() == f"open {out.resolve().as_uri()}"
    letters = {n["id"] for n in _embedded(out.read_text("utf-8"))["nodes"] if n["kind"] == "letter"}
    assert letters and len(letters) < 5
    r = CliRunner().invoke(main, ["render", "--store", str(tmp_path / "nowhere"), "--since", "2021-01-01"])
    assert r.exit_code == 2 and "no such store" in r.output


def _focuses(graph_file: Path) -> list[str]:
    """Every motion and numbered letter of a graph, and one letter by its IRI."""
    g = read_graph(graph_file)
    ids = sorted(d["ident"] for _, d in g.nodes(data=True)
                 if d["kind"] in ("motion", "letter") and (d.get("ident") or "").startswith("kst-"))
    return [*ids, min(n for n, d in g.nodes(data=True) if d["kind"] == "letter")]


@pytest.mark.parametrize("which", ["view", "seeds"])
def test_a_story_read_from_a_store_is_drawn_as_from_the_whole_file(
        which: str, view_graph_file: Path, seed_graph_dir: Path, tmp_path: Path) -> None:
    graph_file = view_graph_file if which == "view" else seed_graph_dir / "graph.nt"
    store = _on_disk_store(graph_file, tmp_path / "store")
    focuses = _focuses(graph_file)
    assert len(focuses) >= 6
    for focus in focuses:
        whole = render_html(graph_file, tmp_path / "whole.html", focus=focus).read_bytes()
        part = render_html(tmp_path / "absent.ttl", tmp_path / "part.html", focus=focus, store=store).read_bytes()
        assert part == whole, focus
    with pytest.raises(UsageError, match="kst-99999-1"):
        render_html(tmp_path / "absent.ttl", tmp_path / "x.html", focus="kst-99999-1", store=store)
