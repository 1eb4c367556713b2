"""The numbers researchers ask first, computed from the graph with SPARQL and networkx.

``kamergraph stats`` prints them: the most-cited documents, the promises open longest, and the
motions settled per year and per ministry (the sender's role, "Minister van Financiën" →
"Financiën"). "Open" is measured against the newest letter in the graph, not today's date,
so the same graph always gives the same numbers.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import networkx as nx

from graph.render import ACTIONS, place_letters_in_time, read_graph

#: Sender roles name the ministry after one of these words ("Minister voor Klimaat en Energie").
ROLE_JOINS = (" van ", " voor ")


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


def _name(g: nx.MultiDiGraph, n: str) -> str:
    d = g.nodes[n]
    return d.get("ident") or Path(d.get("source") or n).name


def compute(graph_file: Path, top: int = 10) -> Stats:
    """Stats of the graph in ``graph_file`` (Turtle or N-Triples)."""
    g = read_graph(Path(graph_file))
    place_letters_in_time(g)
    kinds = Counter(d["kind"] for _, d in g.nodes(data=True))
    letter_dates = [d["date"] for _, d in g.nodes(data=True) if d["kind"] == "letter" and d.get("date")]
    as_of = max(letter_dates, default=None)

    cited = Counter(v for u, v, k in g.edges(data="kind") if k in ("cites", *ACTIONS))
    # one letter citing a document twice is one citation
    cited = Counter({v: len({u for u, w, k in g.in_edges(v, data="kind") if k in ("cites", *ACTIONS)}) for v in cited})
    most_cited = sorted(((_name(g, n), c) for n, c in cited.items()), key=lambda t: (-t[1], t[0]))[:top]

    open_: list[OpenCommitment] = []
    for n, d in g.nodes(data=True):
        if d["kind"] != "commitment" or d.get("commitmentKind") == "fulfilled":
            continue
        kept = any(k == "keeps" for _, _, k in g.in_edges(n, data="kind"))
        kept |= any(k == "same" for _, _, k in g.in_edges(n, data="kind"))
        makers = sorted(u for u, _, k in g.in_edges(n, data="kind") if k == "makes")
        made_on = _made_on(g, d, makers)
        if kept or made_on is None or as_of is None:
            continue
        open_.append(OpenCommitment(
            iri=n, letter=_name(g, makers[0]) if makers else "?", made_on=made_on,
            days_open=(as_of - made_on).days, due=d.get("due"),
            text=" ".join((d.get("description") or d.get("evidence") or "").split()),
        ))
    open_.sort(key=lambda c: (-c.days_open, c.iri))

    per_year: Counter[str] = Counter()
    per_ministry: Counter[str] = Counter()
    for u, _, k in g.edges(data="kind"):
        if k != "settles":
            continue
        letter = g.nodes[u]
        per_year[str(letter["date"].year) if letter.get("date") else "zonder datum"] += 1
        per_ministry[ministry(letter.get("role"))] += 1
    return Stats(
        letters=kinds["letter"], motions=kinds["motion"], commitments=kinds["commitment"], as_of=as_of,
        most_cited=most_cited, longest_open=open_[:top],
        settled_per_year=sorted(per_year.items()),
        settled_per_ministry=sorted(per_ministry.items(), key=lambda t: (-t[1], t[0])),
    )


def _made_on(g: nx.MultiDiGraph, d: dict[str, object], makers: list[str]) -> date | None:
    stated = d.get("madeOn")
    if isinstance(stated, str):
        try:
            return date.fromisoformat(stated[:10])
        except ValueError:
            pass
    dates = [g.nodes[m]["date"] for m in makers if g.nodes[m].get("date")]
    return min(dates, default=None)


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
