"""The numbers researchers ask first, computed in the query engine.

``kamergraph stats`` prints them: the most-cited documents, the promises open longest, and the
motions settled per year and per ministry (the sender's role, "Minister van Financiën" →
"Financiën"). "Open" is measured against the newest letter in the graph, not today's date,
so the same graph always gives the same numbers.

The counting happens in SPARQL aggregates and only the top rows are turned into Python values,
so ``stats --store`` answers from the on-disk store of a large build without reading the graph
(the page's networkx graph of 10,000 letters took 26 s and 0.95 GB). The numbers are those of
the page (:func:`graph.render.read_store`): a letter the corpus knows by number (``owl:sameAs``)
counts once, under that number, and an undated letter is placed in time as the page places it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyoxigraph as ox

from graph.render import OB, PREFIXES, _date, _short, place_undated, select
from graph.store import load_graph, open_store
from graph.vocab import ID

_XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
#: A motion cited without its number is minted from its members' names (graph.triples.motion_iri),
#: so it stands for all their motions: not one document to rank.
_NAMELESS_MOTION = str(ID) + "motion/"

#: Sender roles name the ministry after one of these words ("Minister voor Klimaat en Energie").
ROLE_JOINS = (" van ", " voor ")

# A letter cites a document, or acts on a motion (the build writes kg:settles, kg:progress or
# kg:mentions beside each action node; the page reads the same links).
_REFERS = "{ ?l kg:cites ?d } UNION { ?l kg:settles|kg:progress|kg:mentions ?d }"

Q_COUNTS = PREFIXES + """
SELECT
  (COUNT(DISTINCT ?l) AS ?letters) (COUNT(DISTINCT ?m) AS ?motions) (COUNT(DISTINCT ?c) AS ?commitments)
  (COUNT(DISTINCT ?merged) AS ?mergedLetters)
WHERE {
  { ?l a kg:Letter } UNION { ?m a kg:Motion } UNION { ?c a kg:Commitment }
  UNION { ?x a kg:Letter ; owl:sameAs ?merged . ?merged a kg:Letter FILTER(?x != ?merged) }
}
"""

Q_LATEST_DATED = PREFIXES + """
SELECT (MAX(?d) AS ?latest)
WHERE {
  { ?l a kg:Letter ; dcterms:date ?d }
  UNION { ?l a kg:Letter ; kg:dateFromCorpus ?d MINUS { ?l dcterms:date ?stated } }
}
"""

# Letters with neither a date of their own nor one from the corpus.
Q_UNDATED = PREFIXES + """
SELECT ?l WHERE { ?l a kg:Letter MINUS { ?l dcterms:date ?stated } MINUS { ?l kg:dateFromCorpus ?corpus } }
"""

# Letters citing each document, most cited first (one letter citing a document twice counts once).
Q_CITED = PREFIXES + """
SELECT ?d (COUNT(DISTINCT ?l) AS ?n) WHERE { """ + _REFERS + """ } GROUP BY ?d ORDER BY DESC(?n)
"""

# A cited number that letters of the corpus turn out to have: the page draws it as the letter
# (the smallest IRI). Joined in the engine, this made the count above ten times slower.
Q_OWNERS = PREFIXES + """
SELECT ?d (MIN(?own_) AS ?own) WHERE { ?own_ a kg:Letter ; owl:sameAs ?d FILTER(?own_ != ?d) } GROUP BY ?d
"""

Q_CITING = PREFIXES + "SELECT ?d ?l WHERE { " + _REFERS + " }"

Q_NAME = PREFIXES + """
SELECT ?n (MIN(?id_) AS ?id) (MIN(?same_) AS ?same) (MIN(?source_) AS ?source)
       (MAX(?letter_) AS ?letter) (MAX(?motion_) AS ?motion)
WHERE {
  OPTIONAL { ?n dcterms:identifier ?id_ }
  OPTIONAL { ?n a kg:Letter BIND(true AS ?letter_)
             OPTIONAL { ?n owl:sameAs ?same_ } OPTIONAL { ?n kg:sourceFile ?source_ } }
  OPTIONAL { ?n a kg:Motion BIND(true AS ?motion_) }
}
GROUP BY ?n
"""

# Promises made and not kept: no letter keeps them, no kept promise is the same, not a report of
# a promise already fulfilled. (MINUS is planned as one anti-join; FILTER NOT EXISTS was not.)
_OPEN = """
  ?c a kg:Commitment .
  MINUS { ?c kg:commitmentKind "fulfilled" }
  MINUS { ?c kg:keptBy ?by }
  MINUS { ?keeper kg:keeps ?c }
  MINUS { ?same kg:sameCommitmentAs ?c }
  OPTIONAL { SELECT ?c (MIN(?made_) AS ?made) WHERE { ?c kg:madeOn ?made_ } GROUP BY ?c }
"""

# How many open promises were made on each day, oldest first (those of undated letters first):
# sorting the days is cheap, sorting the promises by their IRIs was not (8 s at 100k letters).
Q_OPEN_DAYS = PREFIXES + "SELECT ?made (COUNT(*) AS ?n) WHERE {" + _OPEN + "} GROUP BY ?made ORDER BY ?made"

Q_OPEN_UNTIL = PREFIXES + """
SELECT ?until ?c ?made WHERE {""" + _OPEN + """ FILTER(!BOUND(?made) || ?made <= ?until) }
"""

Q_PROMISE = PREFIXES + """
SELECT ?c (MIN(?maker_) AS ?maker) (MIN(?due_) AS ?due) (MIN(?desc_) AS ?description) (MIN(?ev_) AS ?evidence)
WHERE {
  OPTIONAL { ?maker_ kg:makes ?c }
  OPTIONAL { ?c kg:due ?due_ }
  OPTIONAL { ?c dcterms:description ?desc_ }
  OPTIONAL { ?c kg:evidence ?ev_ }
}
GROUP BY ?c
"""

Q_MAKERS = PREFIXES + "SELECT ?c ?maker WHERE { ?maker kg:makes ?c }"

# Motions settled per letter, counted per year of the letter's date and its sender's role; an
# undated letter is its own group (placed in time in Python).
Q_SETTLED = PREFIXES + """
SELECT ?year ?role ?undated (SUM(?n) AS ?count)
WHERE {
  { SELECT ?l (COUNT(DISTINCT ?m) AS ?n) WHERE { ?l kg:settles ?m } GROUP BY ?l }
  OPTIONAL { SELECT ?l (MIN(?role_) AS ?role) WHERE { ?l kg:senderRole ?role_ } GROUP BY ?l }
  OPTIONAL { SELECT ?l (MIN(?stated_) AS ?stated) WHERE { ?l dcterms:date ?stated_ } GROUP BY ?l }
  OPTIONAL { SELECT ?l (MIN(?corpus_) AS ?corpus) WHERE { ?l kg:dateFromCorpus ?corpus_ } GROUP BY ?l }
  BIND(COALESCE(?stated, ?corpus) AS ?d)
  BIND(IF(BOUND(?d), ?nothing, ?l) AS ?undated)
  BIND(YEAR(?d) AS ?year)
}
GROUP BY ?year ?role ?undated
"""


@dataclass(frozen=True, slots=True)
class OpenCommitment:
    iri: str
    letter: str  # number, or source file of the letter that made it
    made_on: date
    days_open: int
    due: str | None
    text: str


@dataclass(frozen=True, slots=True)
class Stats:
    letters: int
    motions: int
    commitments: int
    as_of: date | None  # the newest letter's date: "open" is measured up to here
    most_cited: list[tuple[str, int]] = field(default_factory=list)
    longest_open: list[OpenCommitment] = field(default_factory=list)
    settled_per_year: list[tuple[str, int]] = field(default_factory=list)
    settled_per_ministry: list[tuple[str, int]] = field(default_factory=list)


def ministry(role: str | None) -> str:
    """The ministry in a sender role, or the role itself when it names none."""
    if not role:
        return "onbekend"
    for join in ROLE_JOINS:
        _, sep, rest = role.partition(join)
        if sep and rest:
            return rest.strip()
    return role.strip()


def compute(graph_file: Path, top: int = 10) -> Stats:
    """Stats of the graph in ``graph_file`` (Turtle, N-Triples or any RDF file)."""
    return compute_store(load_graph(Path(graph_file)), top=top)


def compute_from_store(directory: Path, top: int = 10) -> Stats:
    """Stats of the on-disk store of ``kamergraph build --store DIR``."""
    return compute_store(open_store(directory), top=top)


def compute_store(store: ox.Store, top: int = 10) -> Stats:
    """Stats of the graph in a pyoxigraph store."""
    counts = next(select(store, Q_COUNTS))
    # a letter without a date is placed by what it refers to, as the page places it
    undated = place_undated(store, (r["l"] or "" for r in select(store, Q_UNDATED)))
    placed = {letter: day for letter, day in undated.items() if day is not None}
    as_of = max(filter(None, [_date(next(select(store, Q_LATEST_DATED))["latest"]), *placed.values()]), default=None)

    per_year: Counter[str] = Counter()
    per_ministry: Counter[str] = Counter()
    for r in select(store, Q_SETTLED):
        n = int(r["count"] or 0)
        when = placed.get(r["undated"] or "") if r["undated"] else None
        year = r["year"] or (str(when.year) if when else None)
        per_year[year or "zonder datum"] += n
        per_ministry[ministry(r["role"])] += n

    return Stats(
        letters=_int(counts["letters"]) - _int(counts["mergedLetters"]),
        motions=_int(counts["motions"]), commitments=_int(counts["commitments"]), as_of=as_of,
        most_cited=_most_cited(store, top),
        longest_open=_longest_open(store, top, as_of, placed) if as_of else [],
        settled_per_year=sorted(per_year.items()),
        settled_per_ministry=sorted(per_ministry.items(), key=lambda t: (-t[1], t[0])),
    )


def _int(value: str | None) -> int:
    return int(value or 0)


def _name(store: ox.Store, iri: str) -> str:
    """How the page names a node: its number, else its source file, else its IRI's last part."""
    r = next(select(store, Q_NAME, n=iri))
    ident = r["id"]
    if r["letter"] and not ident and r["same"]:
        ident = _short(r["same"])
    elif not r["letter"] and not ident and (not r["motion"] or iri.startswith(OB)):
        ident = _short(iri)
    return ident or Path((r["source"] if r["letter"] else None) or iri).name


def _most_cited(store: ox.Store, top: int) -> list[tuple[str, int]]:
    owners = {r["d"] or "": r["own"] or "" for r in select(store, Q_OWNERS)}
    # a number a letter turns out to have counts with that letter, once per citing letter
    merged: dict[str, set[str]] = {}
    for d, own in owners.items():
        for node in (d, own):
            merged.setdefault(own, set()).update(r["l"] or "" for r in select(store, Q_CITING, d=node))
    rows = [(own, len(citing - {own})) for own, citing in merged.items()]
    rows = [(n, c) for n, c in rows if c]
    # the rest come most cited first: stop decoding after the last row tied with the top-th
    ranked, threshold = 0, 0
    for r in select(store, Q_CITED):
        d, n = r["d"] or "", int(r["n"] or 0)
        if d in owners or d in merged or d.startswith(_NAMELESS_MOTION):
            continue
        if ranked >= top and n < threshold:
            break
        rows.append((d, n))
        ranked += 1
        threshold = n
    named = sorted(((_name(store, d), n) for d, n in rows), key=lambda t: (-t[1], t[0]))
    return named[:top]


def _longest_open(store: ox.Store, top: int, as_of: date, placed: dict[str, date]) -> list[OpenCommitment]:
    # the day by which at least ``top`` promises with a date were made: none after it can enter
    until, seen = None, 0
    for r in select(store, Q_OPEN_DAYS):
        if r["made"] is None:
            continue
        until, seen = r["made"], seen + int(r["n"] or 0)
        if seen >= top:
            break
    if until is None:
        until = "0001-01-01"
    found: list[tuple[date, str]] = []
    for r in select(store, Q_OPEN_UNTIL, until=ox.Literal(until, datatype=ox.NamedNode(_XSD_DATE))):
        c, made = r["c"] or "", _date(r["made"])
        if made is None:  # the page dates such a promise with the letters that made it
            made = min(filter(None, (placed.get(m["maker"] or "") for m in select(store, Q_MAKERS, c=c))),
                       default=None)
        if made is not None:
            found.append((made, c))
    found.sort()
    return [_open_commitment(store, c, made, as_of) for made, c in found[:top]]


def _open_commitment(store: ox.Store, c: str, made: date, as_of: date) -> OpenCommitment:
    r = next(select(store, Q_PROMISE, c=c))
    maker = r["maker"]
    return OpenCommitment(
        iri=c, letter=_name(store, maker) if maker else "?", made_on=made, days_open=(as_of - made).days,
        due=r["due"], text=" ".join((r["description"] or r["evidence"] or "").split()),
    )


def format_text(s: Stats) -> str:
    """The stats as a short plain-text report."""
    lines = [
        f"letters: {s.letters}, motions: {s.motions}, commitments: {s.commitments}"
        + (f" (as of {s.as_of.isoformat()}, the newest letter)" if s.as_of else ""),
        "",
        "most-cited documents (letters citing them):",
    ]
    lines += [f"  {n:>6}  {name}" for name, n in s.most_cited] or ["  none"]
    lines += ["", "longest-open commitments (made, not yet kept):"]
    lines += [
        f"  {c.days_open:>6} days  since {c.made_on.isoformat()}  {c.letter}"
        + (f"  due {c.due}" if c.due else "") + f"\n          {c.text[:110]}"
        for c in s.longest_open
    ] or ["  none"]
    lines += ["", "motions settled per year:"]
    lines += [f"  {n:>6}  {year}" for year, n in s.settled_per_year] or ["  none"]
    lines += ["", "motions settled per ministry (sender role):"]
    lines += [f"  {n:>6}  {name}" for name, n in s.settled_per_ministry] or ["  none"]
    return "\n".join(lines)
