"""Shared fixtures: the five seed letters, extracted and built once per test session.

Sources are read relative to the repository root, so ``Document.source`` and ``kg:sourceFile``
read ``seeds/…`` whatever folder pytest was started from.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from graph.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = "seeds"


@contextmanager
def _at_root() -> Iterator[None]:
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(here)


@pytest.fixture(scope="session")
def seed_docs() -> list[Document]:
    """The seed letters as resolved Documents (extract + corpus resolution, no graph)."""
    from graph.build import extract_corpus

    with _at_root():
        docs, skipped = extract_corpus([SEEDS], jobs=1)
    assert not skipped, skipped
    return docs


@pytest.fixture(scope="session")
def seed_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with graph.ttl, graph.nt and graph.jsonld built from the seeds (no HTML)."""
    from graph.build import build

    out = tmp_path_factory.mktemp("seed-graph")
    with _at_root():
        build([SEEDS], out, jobs=1, html=False)
    return out


# --- the view's hand-built graph (graph/render.py tests; independent of graph/triples.py) ---

HOSTILE = ('<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">'
           ' <a href="javascript:window.__pwned=4">x</a> </script>\u2028&amp;')


def _view_graph(hostile: bool) -> str:
    """A small graph in the agreed RDF model, shaped like the seed corpus (Turtle text)."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

    from graph.vocab import ID, KG, OB

    g = Graph()
    g.bind("kg", str(KG))

    def letter(iri: URIRef, source: str, day: str | None, ident: str | None, dossier: str) -> URIRef:
        g.add((iri, RDF.type, KG.Letter))
        g.add((iri, RDF.type, KG.Document))
        g.add((iri, KG.sourceFile, Literal(source)))
        g.add((iri, KG.senderRole, Literal("Minister van Sociale Zaken en Werkgelegenheid")))
        g.add((iri, KG.sender, ID["person/w-koolmees"]))
        if day:
            g.add((iri, DCTERMS.date, Literal(day, datatype=XSD.date)))
        if ident:
            g.add((iri, DCTERMS.identifier, Literal(ident)))
        g.add((iri, KG.dossier, ID[f"dossier/{dossier}"]))
        return iri

    g.add((ID["person/w-koolmees"], FOAF.name, Literal("W. Koolmees")))
    g.add((ID["dossier/25295"], RDF.type, KG.Dossier))
    g.add((ID["dossier/25295"], RDFS.label, Literal("Infectieziektenbestrijding")))
    g.add((ID["dossier/25883"], RDF.type, KG.Dossier))
    g.add((ID["dossier/25883"], RDFS.label, Literal("Arbeidsomstandigheden")))
    l003 = letter(ID["letter/94d44916ac137ffd"], "seeds/003_94d44916ac137ffd.txt", "2020-11-16", None, "25883")
    g.add((l003, OWL.sameAs, OB["kst-25883-394"]))
    l002 = letter(ID["letter/b95bf918908941a6"], "seeds/002_b95bf918908941a6.txt", "2021-02-03", None, "25295")
    g.add((l002, DCTERMS.title, Literal("TNO cijfers thuiswerken")))
    l001 = letter(ID["letter/8bf5640112f1901c"], "seeds/001_8bf5640112f1901c.txt", None, None, "25883")
    g.add((l001, KG.dateFromCorpus, Literal("2021-03-30", datatype=XSD.date)))
    l000 = letter(OB["kst-25295-1172"], "seeds/000_66ea02ed325e333a.txt", "2021-04-30", "kst-25295-1172", "25295")
    l004 = letter(OB["kst-25883-425"], "seeds/004_ffa0b9494478ea14.txt", None, "kst-25883-425", "25883")
    g.add((l004, KG.vergaderjaar, Literal("2021-2022")))
    for citing, cited in ((l002, "kst-25295-734"), (l002, "kst-35669-36"), (l000, "kst-35669-36"),
                          (l000, "kst-25883-394"), (l004, "kst-25295-1172"), (l004, "kst-25883-419")):
        g.add((citing, KG.cites, OB[cited]))
        g.add((OB[cited], RDF.type, KG.Document))

    def member(name: str, party: str | None = None) -> URIRef:
        m = ID["member/" + "".join(ch if ch.isalnum() else "-" for ch in name.lower())]
        g.add((m, RDF.type, KG.Member))
        g.add((m, FOAF.name, Literal(name)))
        if party:
            g.add((m, KG.party, ID["party/" + party.lower()]))
            g.add((ID["party/" + party.lower()], SKOS.prefLabel, Literal(party)))
        return m

    motions = {
        "kst-25295-734": ["Van der Staaij"], "kst-35669-36": ["Van Weyenberg", "Smeulders"],
        "kst-35570-XV-54": ["Van Weyenberg", "Smeulders"], "kst-35570-XV-35": ["Van Nijkerken-De Haan", "Tielen"],
    }
    for mid, names in motions.items():
        g.add((OB[mid], RDF.type, KG.Motion))
        g.add((OB[mid], DCTERMS.identifier, Literal(mid)))
        for name in names:
            g.add((OB[mid], KG.member, member(name, "D66" if name == "Van Weyenberg" else None)))
    done = "Ik beschouw de benoemde moties en toezeggingen hiermee als afgedaan."
    acts = [
        (l002, "kst-25295-734", "settles", "Ik beschouw deze motie daarmee als afgedaan.", 10, 55),
        (l002, "kst-35669-36", "progress", "Over de motie Van Weyenberg en Smeulders informeer ik u later.", 70, 130),
        (l000, "kst-35669-36", "progress", "De motie van de leden Van Weyenberg en Smeulders wordt uitgevoerd.", 5, 66),
        (l000, "kst-35570-XV-54", "settles", done, 900, 968),
        (l000, "kst-35570-XV-35", "settles", done, 900, 968),
        (l004, "kst-35669-36", "mentions", HOSTILE if hostile else "Zie de motie Van Weyenberg.", 1, 40),
    ]
    for i, (lt, mid, action, sentence, start, end) in enumerate(acts):
        a = ID[f"action/{i}"]
        g.add((a, RDF.type, KG.MotionAction))
        g.add((a, KG.letter, lt))
        g.add((a, KG.motion, OB[mid]))
        g.add((a, KG.action, KG[action]))
        g.add((a, KG.evidence, Literal(sentence)))
        g.add((a, KG.spanStart, Literal(start)))
        g.add((a, KG.spanEnd, Literal(end)))
        g.add((a, KG.confidence, Literal("0.9", datatype=XSD.decimal)))
        g.add((a, PROV.wasDerivedFrom, lt))
        g.add((lt, KG[action], OB[mid]))
    conflict = ID["conflict/0"]
    g.add((ID["action/0"], KG.conflict, conflict))
    g.add((OB["kst-25295-734"], KG.conflict, conflict))
    g.add((conflict, RDF.type, KG.Conflict))
    why = "footnotes 1 and 7 give kst-25295-734 to motions of Van der Staaij and Smeulders"
    g.add((conflict, RDFS.comment, Literal(why)))
    made, kept = ID["commitment/made-ser"], ID["commitment/kept-ser"]
    promises = ((made, "made", "In het eerste kwartaal van 2021 doe ik een adviesaanvraag richting de SER.", l003),
                (kept, "fulfilled", "Hiermee kom ik de toezegging over de adviesaanvraag aan de SER na.", l000))
    for c, kind, sentence, lt in promises:
        g.add((c, RDF.type, KG.Commitment))
        g.add((c, KG.commitmentType, Literal("act")))
        g.add((c, KG.commitmentKind, Literal(kind)))
        g.add((c, DCTERMS.description, Literal(sentence)))
        g.add((c, KG.evidence, Literal(sentence)))
        g.add((c, KG.confidence, Literal("0.8", datatype=XSD.decimal)))
        g.add((c, PROV.wasDerivedFrom, lt))
    g.add((made, KG.due, Literal("2021-03-31", datatype=XSD.date)))
    g.add((made, KG.madeOn, Literal("2020-11-16", datatype=XSD.date)))
    g.add((l003, KG.makes, made))
    g.add((l000, KG.keeps, kept))
    g.add((kept, KG.keptBy, l000))
    g.add((kept, KG.sameCommitmentAs, made))
    g.add((made, KG.keptBy, l000))
    open_c = ID["commitment/open-agenda"]
    g.add((open_c, RDF.type, KG.Commitment))
    g.add((open_c, KG.commitmentKind, Literal("made")))
    g.add((open_c, KG.commitmentType, Literal("inform")))
    agenda = "Voor de zomer kom ik met de Agenda voor de toekomst van hybride werken."
    g.add((open_c, DCTERMS.description, Literal(agenda)))
    g.add((open_c, PROV.wasDerivedFrom, l004))
    g.add((l004, KG.makes, open_c))
    kept_004 = ID["commitment/kept-419"]
    g.add((kept_004, RDF.type, KG.Commitment))
    g.add((kept_004, KG.commitmentKind, Literal("fulfilled")))
    g.add((kept_004, KG.madeOn, Literal("2022-03-15", datatype=XSD.date)))
    g.add((l004, KG.keeps, kept_004))
    if hostile:
        g.add((l002, DCTERMS.title, Literal(HOSTILE)))
        g.add((OB["kst-35669-36"], KG.member, member('Smeulders"><svg onload=window.__pwned=3>')))
    return g.serialize(format="turtle")


@pytest.fixture(scope="session")
def view_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A hand-built graph.ttl shaped like the seeds: 5 letters, 4 motions, 3 settles, a conflict."""
    path = tmp_path_factory.mktemp("view") / "graph.ttl"
    path.write_text(_view_graph(hostile=False), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def hostile_graph_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same graph, with script markup in a title, a quoted sentence and a member's name."""
    path = tmp_path_factory.mktemp("hostile") / "graph.ttl"
    path.write_text(_view_graph(hostile=True), encoding="utf-8")
    return path


def _toy_corpus() -> list[Document]:
    """Four hand-built letters exercising every part of the RDF model (independent of the finders).

    A (kst-25295-1172, 2021-04-30) settles kst-35570-XV-54, makes an open promise and keeps B's SER
    promise; B (no number, 2020-11-16; the corpus knows it as kst-25883-394) makes the SER promise
    (due 2021-03-31) and a promise to inform (due 2021-06-21); C (no number, 2021-02-03) gives
    kst-25295-734 to motions of two members (a conflict) and reports progress on kst-35669-36;
    D (kst-25883-425, undated, vergaderjaar 2021-2022) makes a promise due 2022-07-31.
    """
    from graph.model import Citation, Commitment, MotionMention, Sender

    def sha(c: str) -> str:
        return c * 64

    b = Document(
        source="toy/b.txt", sha256=sha("b"), length=900, date="2020-11-16", vergaderjaar="2020-2021",
        sender=Sender("Staatssecretaris van Sociale Zaken en Werkgelegenheid", "B. van 't Wout"),
        id_from_corpus="kst-25883-394",
        commitments=(
            Commitment(kind="made", type="act", text="Ik zal in het eerste kwartaal van 2021 de SER om advies vragen.",
                       span=(100, 164), due="2021-03-31", due_earliest="2021-01-01",
                       due_text="in het eerste kwartaal van 2021", made_by="writer", rule="zal-ik", confidence=0.9),
            Commitment(kind="made", type="inform", text="Ik zal uw Kamer in het voorjaar van 2021 informeren.",
                       span=(200, 252), due="2021-06-21", due_text="in het voorjaar van 2021", made_by="writer",
                       rule="zal-ik", confidence=0.9),
        ),
    )
    a = Document(
        source="toy/a.txt", sha256=sha("a"), length=1000, id="kst-25295-1172", date="2021-04-30",
        vergaderjaar="2020-2021", dossiers={"25295": "Infectieziektenbestrijding", "25883": "Arbeidsomstandigheden"},
        sender=Sender("Minister van Sociale Zaken en Werkgelegenheid", "W. Koolmees"), subject="Thuiswerken",
        cites=(
            Citation(id="kst-35570-XV-54", text="Kamerstuk 35 570 XV, nr. 54", span=(10, 37), dossier="35570-XV",
                     nr=54, toevoeging="XV", dossiers=("35570-XV",), footnote="1"),
            Citation(id="kst-25883-394", text="Kamerstuk 25 883, nr. 394", span=(40, 65), dossier="25883", nr=394,
                     dossiers=("25883",), footnote="2"),
            Citation(id="kst-35669-36", text="Kamerstuk 35 669, nr. 36", span=(70, 94), dossier="35669", nr=36,
                     dossiers=("35669",)),
        ),
        motions=(
            MotionMention(id="kst-35570-XV-54", members=("Van Weyenberg", "Smeulders"), parties=("D66", "GroenLinks"),
                          cosigners=False, adopted=None, action="settles",
                          evidence="Ik beschouw de motie hiermee als afgedaan.", span=(300, 330),
                          evidence_span=(400, 442), rule="afgedaan", confidence=0.95),
        ),
        commitments=(
            Commitment(kind="made", type="act", text="Ik zal bespreken met sociale partners.", span=(500, 538),
                       made_by="writer", rule="zal-ik", confidence=0.8),
            Commitment(kind="fulfilled", type="act", text="Hiermee geef ik invulling aan de toezegging over de SER.",
                       span=(600, 656), made_on="2020-11-16", made_in="kst-25883-394", refers_to="kst-25883-394",
                       rule="invulling", confidence=0.9, fulfils="toy/b.txt#100-164"),
        ),
    )
    c = Document(
        source="toy/c.txt", sha256=sha("c"), length=800, date="2021-02-03", vergaderjaar="2020-2021",
        sender=Sender("Minister van Sociale Zaken en Werkgelegenheid", "W. Koolmees"), subject="TNO cijfers \"thuis\"",
        cites=(
            Citation(id="kst-35669-36", text="Kamerstuk 35 669, nr. 36", span=(10, 34), dossier="35669", nr=36,
                     dossiers=("35669",)),
        ),
        motions=(
            MotionMention(id="kst-25295-734", members=("Van der Staaij",), parties=(), cosigners=True,
                          adopted="2020-11-24", action="settles",
                          evidence="Ik beschouw deze motie daarmee als afgedaan.",
                          span=(100, 120), evidence_span=(130, 173), rule="afgedaan", confidence=0.9, conflict=True),
            MotionMention(id="kst-25295-734", members=("Smeulders",), parties=("GroenLinks",), cosigners=False,
                          adopted=None, action="mentions", evidence="De motie van het lid Smeulders.",
                          span=(200, 220), evidence_span=(200, 231), rule="mention", confidence=0.6, conflict=True),
            MotionMention(id="kst-35669-36", members=("Van Weyenberg", "Smeulders"), parties=(), cosigners=False,
                          adopted="2021-02-02", action="progress", evidence="Het kabinet werkt de motie uit.",
                          span=(300, 320), evidence_span=(300, 331), rule="progress", confidence=0.7),
        ),
    )
    d = Document(
        source="toy/d.txt", sha256=sha("d"), length=700, id="kst-25883-425", vergaderjaar="2021-2022",
        dossiers={"25883": ""}, sender=Sender("Minister van Sociale Zaken en Werkgelegenheid", "C.E.G. van Gennip"),
        cites=(
            Citation(id="kst-25295-1172", text="Kamerstuk 25 295, nr. 1172", span=(10, 36), dossier="25295", nr=1172,
                     dossiers=("25295",)),
        ),
        commitments=(
            Commitment(kind="made", type="inform", text="Voor de zomer kom ik met de Agenda.", span=(50, 85),
                       due="2022-07-31", due_earliest="2022-06-01", due_text="voor de zomer", made_by="writer",
                       rule="kom-ik", confidence=0.8),
        ),
    )
    return [a, b, c, d]


@pytest.fixture(scope="session")
def toy_docs() -> list[Document]:
    """Four hand-built letters covering the whole RDF model (see :func:`_toy_corpus`)."""
    return _toy_corpus()
