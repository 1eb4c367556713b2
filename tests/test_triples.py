"""graph.triples: the RDF model, stable IRIs, and the three serialisations agreeing."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, XSD

from graph.model import Document
from graph.triples import (
    Context,
    commitment_iri,
    iri,
    literal,
    slug,
    to_rdflib,
    triples,
    vergaderjaar_start,
    write_graph,
)
from graph.vocab import ID, KG, OB


@pytest.fixture(scope="module")
def toy_dir(toy_docs: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("toy")
    write_graph(toy_docs, out)
    return out


@pytest.fixture(scope="module")
def g(toy_docs: list[Document]) -> rdflib.Graph:
    return to_rdflib(toy_docs)


def test_nt_is_sorted_unique_and_byte_identical(toy_docs: list[Document], toy_dir: Path, tmp_path: Path) -> None:
    write_graph(list(reversed(toy_docs)), tmp_path)  # input order must not matter either
    first = (toy_dir / "graph.nt").read_bytes()
    assert first == (tmp_path / "graph.nt").read_bytes()
    lines = first.decode().splitlines()
    assert lines == sorted(set(lines))
    assert "_:" not in first.decode()  # no blank nodes: every node has a minted IRI


def test_triples_come_sorted_as_whole_lines(seed_docs: list[Document]) -> None:
    # the writer sorts subjects, then each subject's lines: that must be the order of whole lines
    lines = triples(seed_docs)
    assert lines == sorted(set(lines))
    assert len({line.split(" ", 1)[0] for line in lines}) > 100


@pytest.mark.parametrize("name,fmt", [("graph.ttl", "turtle"), ("graph.jsonld", "json-ld")])
def test_serialisations_hold_the_same_graph(toy_dir: Path, name: str, fmt: str) -> None:
    nt = rdflib.Graph().parse(toy_dir / "graph.nt", format="nt")
    other = rdflib.Graph().parse(toy_dir / name, format=fmt)
    assert len(nt) > 200 and isomorphic(nt, other)
    store = ox.Store()
    store.load(path=str(toy_dir / name), format=ox.RdfFormat.from_extension(name.rsplit(".", 1)[1]))
    assert len(store) == len(nt)


def test_jsonld_has_a_context_with_the_prefixes(toy_dir: Path) -> None:
    doc = json.loads((toy_dir / "graph.jsonld").read_text())
    assert doc["@context"]["kg"] == str(KG) and doc["@context"]["ob"] == str(OB)
    assert any(n["@id"] == "ob:kst-25295-1172" for n in doc["@graph"])


def test_letter_without_number_is_first_class_and_same_as_its_kst(g: rdflib.Graph) -> None:
    b = rdflib.URIRef(f"{ID}letter/{'b' * 16}")
    assert (b, RDF.type, KG.Letter) in g
    assert (b, OWL.sameAs, OB["kst-25883-394"]) in g
    assert (OB["kst-25295-1172"], RDF.type, KG.Letter) in g  # numbered letters use their kst IRI


def test_motion_action_carries_provenance(g: rdflib.Graph) -> None:
    letter, motion = OB["kst-25295-1172"], OB["kst-35570-XV-54"]
    assert (letter, KG.settles, motion) in g
    [node] = list(g.subjects(KG.motion, motion))
    assert g.value(node, KG.action) == KG.settles
    assert g.value(node, KG.letter) == letter == g.value(node, PROV.wasDerivedFrom)
    assert str(g.value(node, KG.evidence)) == "Ik beschouw de motie hiermee als afgedaan."
    assert (g.value(node, KG.spanStart).toPython(), g.value(node, KG.spanEnd).toPython()) == (400, 442)
    assert str(g.value(node, KG.rule)) == "afgedaan"
    assert float(g.value(node, KG.confidence).toPython()) == 0.95


def test_conflict_and_members_and_parties(g: rdflib.Graph) -> None:
    motion = OB["kst-25295-734"]
    assert len(list(g.objects(motion, KG.conflict))) == 1
    assert (ID["member/van-weyenberg"], KG.party, ID["party/d66"]) in g  # parties listed member by member
    assert (motion, KG.cosigners, rdflib.Literal(True)) in g


def test_kept_commitment_links_to_the_promise_made(g: rdflib.Graph) -> None:
    kept_by = OB["kst-25295-1172"]
    made = [c for c in g.subjects(KG.keptBy, kept_by) if str(g.value(c, KG.commitmentKind)) == "made"]
    assert len(made) == 1 and "SER" in str(g.value(made[0], rdflib.URIRef("http://purl.org/dc/terms/description")))
    kept = g.value(predicate=KG.sameCommitmentAs, object=made[0])
    assert (kept_by, KG.keeps, kept) in g
    # where it was made points at the letter the corpus knows by that number
    assert g.value(kept, KG.madeInDocument) == rdflib.URIRef(f"{ID}letter/{'b' * 16}")


def test_made_promise_records_the_first_day_a_letter_kept_it(toy_docs: list[Document]) -> None:
    made = iri(commitment_iri(toy_docs[1], toy_docs[1].commitments[0]))
    assert Context.of(toy_docs).first_kept == {made: literal("2021-04-30", str(XSD.date))}
    # a second keeper dated earlier wins; one of unknown date (no vergaderjaar either) never counts
    a = toy_docs[0]
    earlier = replace(a, source="toy/e.txt", sha256="e" * 64, id=None, date="2021-03-01")
    undated = replace(a, source="toy/f.txt", sha256="f" * 64, id=None, date=None, vergaderjaar=None)
    assert Context.of([*toy_docs, earlier, undated]).first_kept[made] == literal("2021-03-01", str(XSD.date))
    assert Context.of([toy_docs[1], undated]).first_kept == {}
    g = to_rdflib(toy_docs)
    assert str(g.value(rdflib.URIRef(made[1:-1]), KG.firstKeptOn)) == "2021-04-30"


def test_undated_letter_gets_the_start_of_its_vergaderjaar(g: rdflib.Graph) -> None:
    assert str(g.value(OB["kst-25883-425"], KG.dateEarliest)) == "2021-09-21"


@pytest.mark.parametrize("vj,start", [("2020-2021", "2020-09-15"), ("2021-2022", "2021-09-21"),
                                      ("2024-2025", "2024-09-17"), (None, None), ("onbekend", None)])
def test_vergaderjaar_start_is_prinsjesdag(vj: str | None, start: str | None) -> None:
    assert vergaderjaar_start(vj) == start


@pytest.mark.parametrize("name,expected", [
    ("Van Nijkerken-De Haan", "van-nijkerken-de-haan"), ("B. van 't Wout", "b-van-t-wout"),
    ("Ouwehand", "ouwehand"), ("Çelik", "celik"), ("W.  Koolmees", "w-koolmees"),
])
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


@pytest.mark.parametrize("value", ['say "hi"', "back\\slash", "two\nlines", "tab\there", "<script>"])
def test_literals_survive_any_text(value: str) -> None:
    [t] = list(rdflib.Graph().parse(data=f"<http://x/s> <http://x/p> {literal(value)} .", format="nt"))
    assert str(t[2]) == value


def test_iri_percent_encodes_what_an_iri_cannot_hold() -> None:
    assert iri('http://x/a b<"c>') == "<http://x/a%20b%3C%22c%3E>"


def test_invalid_dates_are_left_out(toy_docs: list[Document]) -> None:
    from dataclasses import replace

    doc = replace(toy_docs[0], date="2021-02-30")
    assert not any("2021-02-30" in line for line in triples([doc]))


def test_seed_graph_files(seed_graph_dir: Path) -> None:
    nt = (seed_graph_dir / "graph.nt").read_text()
    assert nt.splitlines() == sorted(set(nt.splitlines()))
    g = rdflib.Graph().parse(seed_graph_dir / "graph.ttl", format="turtle")
    assert (OB["kst-25295-1172"], RDF.type, KG.Letter) in g
    assert (OB["kst-25295-1172"], KG.cites, OB["kst-35669-36"]) in g


def test_ontology_labels_every_term_in_dutch_and_english() -> None:
    from rdflib.namespace import RDFS

    from graph.vocab import KG as KGNS

    onto = rdflib.Graph().parse(Path(__file__).resolve().parent.parent / "graph" / "ontology.ttl")
    for name in KGNS.__annotations__:
        term = rdflib.URIRef(f"{KGNS._NS}{name}")
        for prop in (RDFS.label, RDFS.comment):
            assert {o.language for o in onto.objects(term, prop)} == {"nl", "en"}, (name, prop)
