"""The researcher's view: an interactive, offline HTML graph of letters, motions, commitments.

The graph is read with pyoxigraph and a handful of SPARQL SELECTs, turned into a networkx
graph (node kinds, edge kinds, the evidence of every link), laid out in Python (letters left
to right by date, everything else in bands above and below near the letters that touch it)
and written as one self-contained HTML file: vis-network's JavaScript (shipped inside the
pyvis package) is inlined, the page makes no network request, and physics is off because the
positions are computed here (5,000 nodes with vis-network's default physics take minutes).

Every piece of letter text reaches the page only as JSON data inside a
``<script type="application/json">`` element, with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped, and the page's script writes it with ``textContent``: a letter quoting ``<script>``
shows the quote. The output is deterministic: the same graph gives a byte-identical file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox

from graph.errors import UsageError
from graph.store import load_graph, open_store

KG = "https://w3id.org/kamergraph/def#"
OB = "https://zoek.officielebekendmakingen.nl/"

PREFIXES = """\
PREFIX kg: <https://w3id.org/kamergraph/def#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

# One row per letter; MIN() picks one value when a property is (wrongly) repeated, so the page
# does not depend on the store's row order.
Q_LETTERS = PREFIXES + """
SELECT ?l (MIN(?id_) AS ?id) (MIN(?date_) AS ?date) (MIN(?corpus_) AS ?dateCorpus)
       (MIN(?title_) AS ?title) (MIN(?source_) AS ?source)
       (MIN(?vj_) AS ?vergaderjaar) (MIN(?name_) AS ?sender) (MIN(?role_) AS ?role)
       (MIN(?same_) AS ?sameAs)
WHERE {
  ?l a kg:Letter .
  OPTIONAL { ?l dcterms:identifier ?id_ }
  OPTIONAL { ?l dcterms:date ?date_ }
  OPTIONAL { ?l kg:dateFromCorpus ?corpus_ }
  OPTIONAL { ?l dcterms:title ?title_ }
  OPTIONAL { ?l kg:sourceFile ?source_ }
  OPTIONAL { ?l kg:vergaderjaar ?vj_ }
  OPTIONAL { ?l kg:sender ?p . ?p foaf:name ?name_ }
  OPTIONAL { ?l kg:senderRole ?role_ }
  OPTIONAL { ?l owl:sameAs ?same_ }
}
GROUP BY ?l
"""

Q_DOSSIERS = PREFIXES + """
SELECT ?s ?d (MIN(?label_) AS ?label)
WHERE {
  { ?s kg:dossier ?d } UNION { ?s kg:inDossier ?d }
  ?s a kg:Letter .
  OPTIONAL { ?d rdfs:label ?label_ }
}
GROUP BY ?s ?d
"""

Q_CITES = PREFIXES + """
SELECT ?l ?d (MIN(?id_) AS ?id)
WHERE {
  ?l kg:cites ?d .
  OPTIONAL { ?d dcterms:identifier ?id_ }
}
GROUP BY ?l ?d
"""

Q_MOTIONS = PREFIXES + """
SELECT ?m (MIN(?id_) AS ?id) (MIN(?adopted_) AS ?adopted) (MIN(?app_) AS ?appreciation)
       (MAX(?cos_) AS ?cosigners)
WHERE {
  ?m a kg:Motion .
  OPTIONAL { ?m dcterms:identifier ?id_ }
  OPTIONAL { ?m kg:adopted ?adopted_ }
  OPTIONAL { ?m kg:appreciation ?app_ }
  OPTIONAL { ?m kg:cosigners ?cos_ }
}
GROUP BY ?m
"""

Q_MEMBERS = PREFIXES + """
SELECT ?m ?p (MIN(?name_) AS ?name) (MIN(?party_) AS ?party)
WHERE {
  ?m kg:member ?p .
  OPTIONAL { ?p foaf:name ?name_ }
  OPTIONAL { ?p kg:party ?pp . ?pp skos:prefLabel ?party_ }
}
GROUP BY ?m ?p
"""

Q_ACTIONS = PREFIXES + """
SELECT ?a ?l ?m ?action (MIN(?ev_) AS ?evidence) (MIN(?start_) AS ?start) (MIN(?end_) AS ?end)
       (MIN(?rule_) AS ?rule) (MIN(?conf_) AS ?confidence) (MIN(?conflict_) AS ?conflict)
       (MIN(?why_) AS ?conflictWhy)
WHERE {
  ?a a kg:MotionAction ; kg:letter ?l ; kg:motion ?m ; kg:action ?action .
  OPTIONAL { ?a kg:evidence ?ev_ }
  OPTIONAL { ?a kg:spanStart ?start_ }
  OPTIONAL { ?a kg:spanEnd ?end_ }
  OPTIONAL { ?a kg:rule ?rule_ }
  OPTIONAL { ?a kg:confidence ?conf_ }
  OPTIONAL { ?a kg:conflict ?conflict_ OPTIONAL { ?conflict_ rdfs:comment|rdfs:label ?why_ } }
}
GROUP BY ?a ?l ?m ?action
"""

# The shortcut triples, for graphs whose writer left out the action nodes.
Q_SHORTCUTS = PREFIXES + """
SELECT ?l ?p ?m WHERE { VALUES ?p { kg:settles kg:progress kg:mentions } ?l ?p ?m }
"""

Q_MOTION_CONFLICTS = PREFIXES + """
SELECT ?m (MIN(?why_) AS ?why)
WHERE { ?m a kg:Motion ; kg:conflict ?c . OPTIONAL { ?c rdfs:comment|rdfs:label ?why_ } }
GROUP BY ?m
"""

Q_COMMITMENTS = PREFIXES + """
SELECT ?c (MIN(?type_) AS ?commitmentType) (MIN(?kind_) AS ?commitmentKind) (MIN(?desc_) AS ?description)
       (MIN(?due_) AS ?due) (MIN(?early_) AS ?dueEarliest) (MIN(?dueText_) AS ?dueText)
       (MIN(?by_) AS ?madeBy) (MIN(?on_) AS ?madeOn) (MIN(?in_) AS ?madeIn)
       (MIN(?inDoc_) AS ?madeInDocument) (MIN(?ev_) AS ?evidence) (MIN(?start_) AS ?start)
       (MIN(?end_) AS ?end) (MIN(?rule_) AS ?rule) (MIN(?conf_) AS ?confidence)
       (MIN(?from_) AS ?letter)
WHERE {
  ?c a kg:Commitment .
  OPTIONAL { ?c kg:commitmentType ?type_ }
  OPTIONAL { ?c kg:commitmentKind ?kind_ }
  OPTIONAL { ?c dcterms:description ?desc_ }
  OPTIONAL { ?c kg:due ?due_ }
  OPTIONAL { ?c kg:dueEarliest ?early_ }
  OPTIONAL { ?c kg:dueText ?dueText_ }
  OPTIONAL { ?c kg:madeBy ?by_ }
  OPTIONAL { ?c kg:madeOn ?on_ }
  OPTIONAL { ?c kg:madeIn ?in_ }
  OPTIONAL { ?c kg:madeInDocument ?inDoc_ }
  OPTIONAL { ?c kg:evidence ?ev_ }
  OPTIONAL { ?c kg:spanStart ?start_ }
  OPTIONAL { ?c kg:spanEnd ?end_ }
  OPTIONAL { ?c kg:rule ?rule_ }
  OPTIONAL { ?c kg:confidence ?conf_ }
  OPTIONAL { ?c prov:wasDerivedFrom ?from_ }
}
GROUP BY ?c
"""

Q_COMMITMENT_LINKS = PREFIXES + """
SELECT ?s ?p ?o
WHERE { VALUES ?p { kg:makes kg:keeps kg:keptBy kg:sameCommitmentAs } ?s ?p ?o }
"""

#: Node kinds, in the order of the bands from top to bottom of the page.
BANDS = ("member", "motion", "letter", "commitment", "document", "dossier")
BAND_TITLES = {
    "member": "Kamerleden", "motion": "Moties", "letter": "Brieven (tijdlijn)",
    "commitment": "Toezeggingen", "document": "Geciteerde stukken", "dossier": "Dossiers",
}
#: Kinds of link that make up a story (what a letter does with motions and promises).
STORY_EDGES = frozenset({"settles", "progress", "mentions", "makes", "keeps", "same"})
ACTIONS = ("settles", "progress", "mentions")

LETTER_GAP = 160.0  # horizontal room a letter's two-line label needs
NODE_GAP = 115.0
ROW_HEIGHT = {"letter": 84.0, "motion": 84.0}  # two-line labels; other kinds have one line
ROW_HEIGHT_DEFAULT = 64.0
BAND_GAP = 120.0
MAX_ROWS = 14  # a band grows sideways after this many rows, so bands stay near their letters
STORY_DEPTH = 3  # motion → letters → their motions and promises → the letters that keep those


@dataclass(frozen=True, slots=True)
class Period:
    """Letters dated within ``since``..``until`` (either may be open)."""

    since: date | None = None
    until: date | None = None

    def holds(self, d: date | None) -> bool:
        if d is None:
            return self.since is None and self.until is None
        return (self.since is None or d >= self.since) and (self.until is None or d <= self.until)


# --- reading -------------------------------------------------------------------------------


def select(store: Any, query: str, **terms: str | ox.Literal) -> Iterator[dict[str, str | None]]:
    """Rows of a SELECT as plain strings (IRIs and literal values); unbound is ``None``.

    ``terms`` binds projected variables through the engine: a string as an IRI, or a literal
    (``select(store, q, c=iri)`` binds ``?c``).
    """
    bound = {ox.Variable(k): ox.NamedNode(v) if isinstance(v, str) else v for k, v in terms.items()}
    result = store.query(query, substitutions=bound) if bound else store.query(query)
    names = [v.value for v in result.variables]
    for row in result:
        yield {n: (None if row[n] is None else row[n].value) for n in names}


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _short(iri: str) -> str:
    """The identifier an IRI stands for: ``kst-…`` for documents, the last path segment else."""
    if iri.startswith(OB):
        return iri[len(OB):]
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _clip(text: str, n: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _conf(value: str | None) -> float | None:
    try:
        return None if value is None else round(float(value), 3)
    except ValueError:
        return None


def read_graph(graph_file: Path) -> nx.MultiDiGraph:
    """The graph in an RDF file as networkx (see :func:`read_store`)."""
    return read_store(load_graph(graph_file))


def read_store(store: ox.Store) -> nx.MultiDiGraph:
    """The graph as networkx: nodes carry ``kind``, ``label``, ``date``; edges ``kind`` and evidence."""
    g = nx.MultiDiGraph()
    letters: dict[str, dict[str, Any]] = {}
    for r in select(store, Q_LETTERS):
        iri = r["l"] or ""
        ident = r["id"] or (_short(r["sameAs"]) if r["sameAs"] else None)
        letters[iri] = {
            "kind": "letter", "ident": ident, "title": r["title"], "source": r["source"],
            "stated": _date(r["date"]), "corpus": _date(r["dateCorpus"]),
            "vergaderjaar": r["vergaderjaar"],
            "sender": r["sender"], "role": r["role"], "dossiers": [], "sameAs": r["sameAs"],
        }
        g.add_node(iri, **letters[iri])
    for r in select(store, Q_DOSSIERS):
        d = r["d"] or ""
        number = _short(d)
        label = f"{number} {r['label']}" if r["label"] else number
        g.add_node(d, kind="dossier", ident=number, title=r["label"], label=label)
        if (r["s"] or "") in letters and number not in letters[r["s"] or ""]["dossiers"]:
            letters[r["s"] or ""]["dossiers"].append(number)
            g.add_edge(r["s"], d, key="dossier", kind="dossier")
    for r in select(store, Q_MOTIONS):
        m = r["m"] or ""
        g.add_node(m, kind="motion", ident=r["id"] or (_short(m) if m.startswith(OB) else None),
                   adopted=r["adopted"], appreciation=r["appreciation"],
                   cosigners=r["cosigners"] == "true", members=[])
    for r in select(store, Q_MEMBERS):
        m, p = r["m"] or "", r["p"] or ""
        name = r["name"] or _short(p)
        g.add_node(p, kind="member", ident=name, party=r["party"])
        if g.nodes[m].get("kind") == "motion":
            g.nodes[m]["members"].append(name)
        g.add_edge(m, p, key="member", kind="member")
    for r in select(store, Q_MOTION_CONFLICTS):
        g.nodes[r["m"]]["conflict"] = r["why"] or "one number given to motions of different members"
    acted: set[tuple[str, str, str]] = set()
    for r in select(store, Q_ACTIONS):
        action = _short(r["action"] or "")
        if action not in ACTIONS:
            continue
        lt, m = r["l"] or "", r["m"] or ""
        acted.add((lt, m, action))
        g.add_edge(lt, m, key=f"{action} {r['a']}", kind=action, evidence=r["evidence"],
                   start=r["start"], end=r["end"], rule=r["rule"], confidence=_conf(r["confidence"]),
                   conflict=(r["conflictWhy"] or "conflict") if r["conflict"] else None)
    for r in select(store, Q_SHORTCUTS):
        action, lt, m = _short(r["p"] or ""), r["l"] or "", r["m"] or ""
        if (lt, m, action) not in acted:
            g.add_edge(lt, m, key=action, kind=action)
    for r in select(store, Q_CITES):
        lt, d = r["l"] or "", r["d"] or ""
        if d not in g or "kind" not in g.nodes[d]:
            g.add_node(d, kind="document", ident=r["id"] or _short(d))
        if not any(e.get("kind") in ACTIONS for e in g.get_edge_data(lt, d, default={}).values()):
            g.add_edge(lt, d, key="cites", kind="cites")
    for r in select(store, Q_COMMITMENTS):
        c = r["c"] or ""
        g.add_node(c, kind="commitment", ident=None, **{k: v for k, v in r.items() if k != "c"})
    for r in select(store, Q_COMMITMENT_LINKS):
        s, p, o = r["s"] or "", _short(r["p"] or ""), r["o"] or ""
        if p == "keptBy":  # the same link as `letter keeps c`, seen from the promise
            s, p, o = o, "keeps", s
        if p == "sameCommitmentAs":
            g.add_edge(s, o, key="same", kind="same")
        elif p in ("makes", "keeps") and not g.has_edge(s, o, key=p):
            g.add_edge(s, o, key=p, kind=p)
    for _, data in g.nodes(data=True):  # RDF has no order: make the page not depend on the store's
        for key in ("dossiers", "members"):
            if key in data:
                data[key].sort()
    # a letter the corpus knows by number (owl:sameAs) is one node with the document cited so
    for iri, attrs in sorted(letters.items()):
        same = attrs["sameAs"]
        if same and same in g and same != iri:
            nx.contracted_nodes(g, iri, same, self_loops=False, copy=False)
            g.nodes[iri].pop("contraction", None)
    for n, data in g.nodes(data=True):  # ends of links whose subject or object had no type
        data.setdefault("kind", "document")
        data.setdefault("ident", _short(n))
    return g


# --- part of a large store ------------------------------------------------------------------
# Drawing a period or a story of a 100,000-letter store must not read the whole store: the letters
# of the period are found by their dates (the nodes of a story by walking its links), then only
# what drawing them reads is copied, node by node, into a small in-memory store that read_store()
# reads like any other. Each query has one node bound
# (substitutions); pyoxigraph plans a query before it binds it, and one UNION of all the patterns
# was planned as a scan of the whole store.

Q_LETTER_DATES = PREFIXES + """
SELECT ?l (MIN(?date_) AS ?date) (MIN(?corpus_) AS ?dateCorpus)
WHERE {
  ?l a kg:Letter .
  OPTIONAL { SELECT ?l ?date_ WHERE { ?l dcterms:date ?date_ } }
  OPTIONAL { SELECT ?l ?corpus_ WHERE { ?l kg:dateFromCorpus ?corpus_ } }
}
GROUP BY ?l
"""
Q_DESCRIBE = "CONSTRUCT { ?n ?p ?o } WHERE { ?n ?p ?o }"
#: motion actions (and citations, conflicts) of a letter, promises it keeps by name
Q_POINTING = PREFIXES + "CONSTRUCT { ?s ?p ?o } WHERE { ?s kg:letter|kg:keptBy ?n . ?s ?p ?o }"
#: the letter a cited number stands for
Q_SAME = PREFIXES + "CONSTRUCT { ?s ?p ?o } WHERE { ?s owl:sameAs ?n . ?s ?p ?o }"

_NODE = ox.Variable("n")
#: From a node of some role, the links drawing a letter follows, and the role of where they lead.
_AROUND: dict[str, dict[str, str]] = {
    "letter": {**dict.fromkeys(("sender", "dossier", "inDossier", "makes", "keeps"), "node"),
               **dict.fromkeys(ACTIONS, "motion"), "cites": "cited"},
    "cited": {"sender": "node"},  # a story shows the letters its focus cites
    "pointing": {"motion": "motion", "conflict": "node"},
    "motion": {"member": "member", "conflict": "node"},
    "member": {"party": "node"},
}


def _construct(store: ox.Store, query: str, node: ox.NamedNode) -> list[ox.Triple]:
    answer = store.query(query, substitutions={_NODE: node})
    assert isinstance(answer, ox.QueryTriples)
    return list(answer)


def letters_in_period(store: ox.Store, period: Period) -> set[str]:
    """The letters :func:`place_letters_in_time` would date within ``period``."""
    found, undated = set(), []
    for r in select(store, Q_LETTER_DATES):
        day = _date(r["date"]) or _date(r["dateCorpus"])
        if day is None:
            undated.append(r["l"] or "")
        elif period.holds(day):
            found.add(r["l"] or "")
    found.update(letter for letter, day in place_undated(store, undated).items() if period.holds(day))
    return found


def place_undated(store: ox.Store, letters: Iterable[str]) -> dict[str, date | None]:
    """The date :func:`place_letters_in_time` gives each of ``letters`` (letters without a date
    of their own or from the corpus), read from what is around each one."""
    placed: dict[str, date | None] = {}
    for letter in letters:
        g = read_store(letters_store(store, [letter]))
        place_letters_in_time(g)
        placed[letter] = g.nodes[letter].get("date")
    return placed


def letters_store(store: ox.Store, letters: Iterable[str], roles: tuple[str, ...] = ("letter",)) -> ox.Store:
    """An in-memory store of what drawing ``letters`` reads: each letter and the nodes around it
    (sender, dossiers, promises it makes or keeps, its motion actions, the motions, their members,
    parties and conflicts, cited documents and the letters known by their numbers). ``roles``:
    read each of ``letters`` as a letter, and also as a motion when a story starts at one."""
    sub = ox.Store()
    seen: set[tuple[str, str]] = set()
    todo = [(ox.NamedNode(n), role) for n in sorted(letters) for role in roles]
    while todo:
        node, role = todo.pop()
        if (node.value, role) in seen:
            continue
        seen.add((node.value, role))
        found = _construct(store, Q_DESCRIBE, node)
        if role == "letter":
            found += _construct(store, Q_POINTING, node)
        elif role == "cited":
            found += _construct(store, Q_SAME, node)
        sub.extend(ox.Quad(t.subject, t.predicate, t.object) for t in found)
        for t in found:
            follow = _AROUND.get(role if t.subject == node or role == "cited" else "pointing", {})
            kind = follow.get(_short(t.predicate.value)) if t.predicate.value.startswith(KG) else None
            if kind and isinstance(t.object, ox.NamedNode):
                todo.append((t.object, kind))
    return sub


Q_STORY_LINKS = PREFIXES + """
SELECT DISTINCT ?n ?x WHERE {
  { ?n kg:settles|kg:progress|kg:mentions|kg:makes|kg:keeps|kg:keptBy|kg:sameCommitmentAs ?x }
  UNION { ?x kg:settles|kg:progress|kg:mentions|kg:makes|kg:keeps|kg:keptBy|kg:sameCommitmentAs ?n }
  UNION { ?a kg:letter ?n ; kg:motion ?x } UNION { ?a kg:motion ?n ; kg:letter ?x }
}"""
Q_ANY = "SELECT ?n ?x WHERE { ?n ?p ?x } LIMIT 1"
Q_KNOWN_AS = PREFIXES + "SELECT ?n ?x WHERE { ?x owl:sameAs ?n }"


def _nodes(store: ox.Store, query: str, node: str) -> list[str]:
    answer = store.query(query, substitutions={_NODE: ox.NamedNode(node)})
    assert isinstance(answer, ox.QuerySolutions)
    # ?n is projected too: pyoxigraph binds only a variable its answer has
    return sorted({x.value for row in answer if isinstance(x := row["x"], ox.NamedNode)})


def _exists(store: ox.Store, node: str) -> bool:
    answer = store.query(Q_ANY, substitutions={_NODE: ox.NamedNode(node)})
    assert isinstance(answer, ox.QuerySolutions)
    return any(True for _ in answer)


def story_store(store: ox.Store, focus: str) -> ox.Store:
    """An in-memory store of what :func:`story` reads: every node within ``STORY_DEPTH`` story
    links of ``focus`` (a ``kst-…`` id or an IRI), each with what is around it."""
    wanted = focus.strip()
    node = next((n for n in (wanted, OB + wanted, OB + "kst-" + wanted.casefold().removeprefix("kst-"))
                 if n.startswith("http") and _exists(store, n)), None)
    if node is None:
        raise UsageError(f"--focus {focus}: no letter, motion or document with that number in the store "
                         "(with --store, give a kst id or an IRI)")
    known_as = _nodes(store, Q_KNOWN_AS, node)
    reached = dict.fromkeys([node, *known_as])  # in the order found
    frontier = list(reached)
    for _ in range(STORY_DEPTH):
        frontier = list(dict.fromkeys(x for n in frontier for x in _nodes(store, Q_STORY_LINKS, n) if x not in reached))
        reached.update(dict.fromkeys(frontier))
    return letters_store(store, reached, roles=("letter", "motion"))


# --- dates and subgraphs -------------------------------------------------------------------


def place_letters_in_time(g: nx.MultiDiGraph) -> None:
    """Give every letter ``date`` and, when it is not the letter's own, ``dated_by``.

    A letter without a stated date takes the date another letter gives it
    (``kg:dateFromCorpus``), else the day after the latest dated thing it refers to (a letter it
    cites, a promise it keeps), else the first day of its vergaderjaar; such letters are marked.
    """
    for _, d in g.nodes(data=True):
        if d["kind"] != "letter":
            continue
        d["date"], d["dated_by"] = d["stated"], None
        if d["date"] is None and d["corpus"] is not None:
            d["date"], d["dated_by"] = d["corpus"], "date given by another letter"
    for n, d in sorted(g.nodes(data=True)):
        if d["kind"] != "letter" or d["date"] is not None:
            continue
        refers = {t for _, t, kind in g.out_edges(n, data="kind") if kind in ("cites", "keeps", *ACTIONS)}
        before = [x for x in map(lambda t: _referred_date(g, t), sorted(refers)) if x is not None]
        if before:
            d["date"] = max(before) + timedelta(days=1)
            d["dated_by"] = f"after {max(before).isoformat()}, the latest date it refers to"
        elif d["vergaderjaar"] and d["vergaderjaar"][:4].isdigit():
            d["date"] = date(int(d["vergaderjaar"][:4]), 9, 1)
            d["dated_by"] = f"vergaderjaar {d['vergaderjaar']}"


def _referred_date(g: nx.MultiDiGraph, n: str) -> date | None:
    d = g.nodes[n]
    if d["kind"] == "letter":
        return d.get("stated") or d.get("corpus")
    if d["kind"] == "commitment":
        return _date(d.get("madeOn"))
    return None


def find_node(g: nx.MultiDiGraph, focus: str) -> str:
    """The node a researcher means by ``kst-…``, a full IRI, or a member's or dossier's name."""
    wanted = focus.strip()
    if wanted in g:
        return wanted
    if OB + wanted in g:
        return OB + wanted
    folded = wanted.casefold().removeprefix("kst-")
    for n, d in sorted(g.nodes(data=True)):
        ident = (d.get("ident") or "").casefold()
        if ident and (ident == wanted.casefold() or ident.removeprefix("kst-") == folded):
            return n
    raise UsageError(f"--focus {focus}: no letter, motion or document with that number in the graph")


def story(g: nx.MultiDiGraph, focus: str) -> nx.MultiDiGraph:
    """The connected story of one motion or letter: who acted on it, and what else they did.

    Walks settles/progress/mentions/makes/keeps links up to ``STORY_DEPTH`` steps in either
    direction, then adds the members, dossiers and (for the focus itself) cited documents of
    what it found, so the story stays one motion's or letter's and not the whole corpus.
    """
    node = find_node(g, focus)
    links = nx.Graph()
    links.add_node(node)
    links.add_edges_from((u, v) for u, v, k in g.edges(data="kind") if k in STORY_EDGES)
    keep = set(nx.single_source_shortest_path_length(links, node, cutoff=STORY_DEPTH))
    for n in list(keep):
        for _, v, kind in g.out_edges(n, data="kind"):
            if kind in ("member", "dossier") or (kind == "cites" and n == node):
                keep.add(v)
    return g.subgraph(keep).copy()


def in_period(g: nx.MultiDiGraph, period: Period, among: set[str] | None = None) -> nx.MultiDiGraph:
    """Letters dated within the period, what they link to (but letters of other periods) and members.

    ``among``: the letters of the period as found in the whole graph, when ``g`` is only part of it.
    """
    keep = {n for n, d in g.nodes(data=True) if d["kind"] == "letter" and period.holds(d.get("date"))
            and (among is None or n in among)}
    keep |= {v for n in keep for v in g.successors(n) if g.nodes[v]["kind"] != "letter"}
    keep |= {v for n in list(keep) if g.nodes[n]["kind"] == "motion" for v in g.successors(n)}
    return g.subgraph(keep).copy()


# --- layout --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Timeline:
    """Maps dates to x: ``px_per_day`` pixels per day from ``start``."""

    start: date
    px_per_day: float

    def x(self, d: date) -> float:
        return (d - self.start).days * self.px_per_day

    def ticks(self, end: date) -> Iterator[tuple[float, str]]:
        """Year marks, or month marks when the span is short enough to read them."""
        months = (end.year - self.start.year) * 12 + end.month - self.start.month
        step = 1 if months <= 30 else 3 if months <= 72 else 12
        y, m = self.start.year, self.start.month
        while date(y, m, 1) <= end + timedelta(days=31):
            if (m - 1) % step == 0:
                yield self.x(date(y, m, 1)), (str(y) if m == 1 or step == 12 else f"{y}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def make_timeline(dates: Iterable[date], letters: int) -> Timeline:
    ds = sorted(dates)
    if not ds:
        return Timeline(date(2000, 1, 1), 1.0)
    span = max((ds[-1] - ds[0]).days, 30)
    width = min(max(60.0 * letters, 1400.0), 40000.0)
    return Timeline(ds[0] - timedelta(days=3), width / span)


def _pack(wanted: list[tuple[float, str]], gap: float) -> dict[str, tuple[float, int]]:
    """Put nodes in rows near their wanted x without overlap: (x, row) per node.

    A node takes the first row with room at its x; when ``MAX_ROWS`` rows are full it goes to
    the row that ends first, just right of it, so a crowded day spreads sideways, not down.
    """
    ends: list[float] = []
    placed: dict[str, tuple[float, int]] = {}
    for x, n in sorted(wanted):
        row = next((i for i, end in enumerate(ends) if x - end >= gap), None)
        if row is None and len(ends) < MAX_ROWS:
            ends.append(-math.inf)
            row = len(ends) - 1
        if row is None:
            row = min(range(len(ends)), key=lambda i: (ends[i], i))
        x = max(x, ends[row] + gap)
        ends[row] = x
        placed[n] = (x, row)
    return placed


def layout(g: nx.MultiDiGraph) -> tuple[dict[str, tuple[float, float]], Timeline, list[tuple[float, str]]]:
    """x, y per node, the timeline, and the y and title of each band."""
    letters = sorted(n for n, d in g.nodes(data=True) if d["kind"] == "letter")
    dated = [g.nodes[n]["date"] for n in letters if g.nodes[n].get("date")]
    tl = make_timeline(dated, len(letters))
    left = min((tl.x(d) for d in dated), default=0.0) - 2 * LETTER_GAP  # undated letters go here
    want: dict[str, float] = {}
    for n in letters:
        d = g.nodes[n].get("date")
        want[n] = tl.x(d) if d else left
    undirected = g.to_undirected(as_view=True)
    # motions and promises sit at their first letter, documents and members at the mean of theirs
    for kind, near, pick in (
        ("motion", "letter", min), ("commitment", "letter", min), ("document", "letter", min),
        ("dossier", "letter", _mean), ("member", "motion", _mean),
    ):
        for n, d in sorted(g.nodes(data=True)):
            if d["kind"] == kind:
                xs = [want[m] for m in undirected.neighbors(n) if g.nodes[m]["kind"] == near and m in want]
                want[n] = pick(xs) if xs else left
    pos: dict[str, tuple[float, float]] = {}
    bands: list[tuple[float, str]] = []
    y = 0.0
    for kind in BANDS:
        members = [(want[n], n) for n, d in g.nodes(data=True) if d["kind"] == kind]
        if not members:
            continue
        placed = _pack(members, LETTER_GAP if kind == "letter" else NODE_GAP)
        bands.append((y, BAND_TITLES[kind]))
        height = ROW_HEIGHT.get(kind, ROW_HEIGHT_DEFAULT)
        for n, (x, row) in placed.items():
            pos[n] = (round(x, 1), round(y + row * height, 1))
        y += max(row for _, row in placed.values()) * height + BAND_GAP
    return pos, tl, bands


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs)


# --- the page ------------------------------------------------------------------------------


def _label(n: str, d: dict[str, Any]) -> str:
    kind = d["kind"]
    if kind == "letter":
        head = d.get("ident") or _clip(d.get("title") or Path(d.get("source") or _short(n)).name, 24)
        when = d["date"].isoformat() if d.get("date") else "undated"
        return f"{head}\n{'≈ ' if d.get('dated_by') else ''}{when}"
    if kind == "motion":
        who = ", ".join(d["members"][:2]) + (" c.s." if d.get("cosigners") or len(d["members"]) > 2 else "")
        head = (d.get("ident") or "motie").removeprefix("kst-")
        return f"{head}\n{who}" if who else head
    if kind == "commitment":
        return _clip(d.get("description") or d.get("evidence") or "toezegging", 36)
    if kind == "dossier":
        return _clip(d.get("label") or d.get("ident") or _short(n), 40)
    return _clip(d.get("ident") or _short(n), 32)


def _info(n: str, d: dict[str, Any]) -> dict[str, Any]:
    """What the panel shows about a node, as ordered (field, value) pairs."""
    kind = d["kind"]
    rows: list[tuple[str, Any]] = [("iri", n)]
    if kind == "letter":
        rows += [
            ("number", d.get("ident")), ("subject", d.get("title")),
            ("date", d["date"].isoformat() if d.get("date") else None),
            ("dated by", d.get("dated_by")), ("source file", d.get("source")),
            ("sender", d.get("sender")), ("role", d.get("role")),
            ("vergaderjaar", d.get("vergaderjaar")), ("dossiers", ", ".join(d.get("dossiers", [])) or None),
        ]
    elif kind == "motion":
        rows += [
            ("number", d.get("ident")), ("members", ", ".join(d.get("members", [])) or None),
            ("adopted", d.get("adopted")), ("appreciation", d.get("appreciation")),
            ("conflict", d.get("conflict")),
        ]
    elif kind == "commitment":
        rows += [(k.replace("made", "made ").replace("commitment", "").lower(), d.get(k)) for k in (
            "commitmentType", "commitmentKind", "description", "dueEarliest", "due", "dueText", "madeBy", "madeOn",
            "madeIn", "madeInDocument", "evidence", "confidence", "rule")]
    elif kind == "member":
        rows += [("name", d.get("ident")), ("party", d.get("party"))]
    else:
        rows += [("number", d.get("ident")), ("title", d.get("title"))]
    return {"rows": [[k, str(v)] for k, v in rows if v not in (None, "")]}


def page_data(g: nx.MultiDiGraph, title: str) -> dict[str, Any]:
    """Everything the page needs, as JSON-able data in a stable order."""
    pos, tl, bands = layout(g)
    refs = dict(g.in_degree())
    top = max(refs.values(), default=1) or 1
    nodes = []
    for n, d in sorted(g.nodes(data=True)):
        x, y = pos[n]
        source = d.get("source") if d["kind"] == "letter" else None
        nodes.append({
            "id": n, "kind": d["kind"], "label": _label(n, d), "x": x, "y": y,
            "size": round(9 + 21 * math.sqrt(refs[n] / top), 1),
            "refs": refs[n], "date": d["date"].isoformat() if d.get("date") else None,
            "inferred": bool(d.get("dated_by")), "conflict": bool(d.get("conflict")),
            "dossiers": d.get("dossiers", []), "source": source, "ident": d.get("ident"),
            "members": d.get("members", []), **_info(n, d),
        })
    letters = {n: d for n, d in g.nodes(data=True) if d["kind"] == "letter"}
    edges = []
    ordered = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[3]["kind"], str(e[2])))
    for i, (u, v, _, d) in enumerate(ordered):
        letter = letters.get(u)
        edges.append({
            "id": f"e{i}", "from": u, "to": v, "kind": d["kind"], "evidence": d.get("evidence"),
            "confidence": d.get("confidence"), "rule": d.get("rule"), "conflict": d.get("conflict"),
            "span": [d["start"], d["end"]] if d.get("start") and d.get("end") else None,
            "source": letter.get("source") if letter else None,
            "date": letter["date"].isoformat() if letter and letter.get("date") else None,
        })
    dates = [d["date"] for d in letters.values() if d.get("date")]
    end = max(dates, default=tl.start)
    dossiers = sorted({(d.get("ident") or "", d.get("label") or "")
                       for _, d in g.nodes(data=True) if d["kind"] == "dossier"})
    return {
        "title": title,
        "counts": {k: sum(1 for _, d in g.nodes(data=True) if d["kind"] == k) for k in BANDS},
        "dateMin": min(dates).isoformat() if dates else None, "dateMax": end.isoformat() if dates else None,
        "ticks": [[round(x, 1), label] for x, label in tl.ticks(end)],
        "bands": [[y, t] for y, t in bands],
        "dossiers": [list(d) for d in dossiers],
        "nodes": nodes, "edges": edges,
    }


def json_for_script(data: Any) -> str:
    """JSON that is safe inside ``<script>``: no ``</script>``, ``<!--``, ``&`` or line separators."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for raw, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, esc)
    return text


def _vis_network_js() -> str:
    """vis-network's standalone build, as shipped inside pyvis (no CDN, no download)."""
    js = (resources.files("pyvis") / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text("utf-8")
    return _script_safe(js)


def _script_safe(js: str) -> str:
    # inside a <script> element only these sequences end or confuse the element
    return js.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT").replace("<!--", "<\\!--")


def _static(name: str) -> str:
    return (resources.files("graph") / "static" / name).read_text("utf-8")


def html_page(data: dict[str, Any]) -> str:
    """The self-contained page: template, styles, vis-network, the view's script and the data."""
    from html import escape

    page = _static("view.html")
    parts = {
        "/*KG:CSS*/": _static("view.css"),
        "/*KG:VIS*/": _vis_network_js(),
        "/*KG:VIEW*/": _script_safe(_static("view.js")),
        "KG:TITLE": escape(data["title"]),
        "KG:DATA": json_for_script(data),
    }
    out: list[str] = []
    rest = page
    # one pass from left to right: inserted text is never searched for markers again
    while True:
        hits = [(rest.find(m), m) for m in parts if rest.find(m) >= 0]
        if not hits:
            out.append(rest)
            break
        at, marker = min(hits)
        out += [rest[:at], parts[marker]]
        rest = rest[at + len(marker):]
    return "".join(out)


def render_html(
    graph_file: Path,
    out: Path,
    *,
    focus: str | None = None,
    since: date | None = None,
    until: date | None = None,
    note: str | None = None,
    store: Path | None = None,
) -> Path:
    """Render the graph in ``graph_file`` (Turtle or N-Triples), or in the on-disk ``store`` of
    ``build --store`` instead, to a self-contained HTML page. From a store, ``since``/``until``
    (or else ``focus``) read only the letters of the period (or the story) and what is around them.

    ``focus`` (``kst-…``) keeps the story of one motion or letter; ``since``/``until`` keep the
    letters dated in that period and what they link to. ``note`` is added to the page title
    (what part of a larger graph the page shows).
    """
    period = Period(since, until)
    if store is not None and (since or until):
        source = open_store(store)
        letters = letters_in_period(source, period)
        g = read_store(letters_store(source, letters))
    elif store is not None and focus:
        letters = None
        g = read_store(story_store(open_store(store), focus))
    else:
        letters = None
        g = read_store(open_store(store)) if store is not None else read_graph(Path(graph_file))
    place_letters_in_time(g)
    title = "kamergraph" + (f" · {note}" if note else "")
    if since or until:
        g = in_period(g, period, letters)
        title += f" · {since or '…'} – {until or '…'}"
    if focus:
        g = story(g, focus)
        title += f" · {focus}"
    text = html_page(page_data(g, title))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(out)
    return out
