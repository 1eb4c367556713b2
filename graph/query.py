"""Stored SPARQL queries (``queries/*.rq``), their parameters, and running them anywhere.

A stored query starts with ``# description`` and declares its parameters in comment lines::

    # param as_of (date, default today): only letters dated on or before this day count

and names each parameter in its SELECT clause: SPARQL substitution (SEP-0007, pyoxigraph's
``substitutions``) binds only projected variables. The parameters' columns are left out of the
output.

Parameter types: ``date`` (YYYY-MM-DD), ``kst`` (a kst id or document IRI), ``dossier``
("25883", "25 883", "35570-XV") and ``iri``. A value is checked against its type and turned into
an RDF term; the engine binds it (pyoxigraph ``substitutions``), so no value ever becomes query
text. A remote endpoint cannot take bindings, so there the terms, serialised by pyoxigraph after
the same check, go into a ``VALUES`` block at the start of the WHERE clause.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph import patterns
from graph.errors import InputError, UsageError
from graph.vocab import ID, OB, PREFIXES

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
PARAM_TYPES = ("date", "kst", "dossier", "iri")
TIMEOUT = 60.0  # seconds a remote endpoint may take

Term = ox.NamedNode | ox.Literal | ox.BlankNode


@dataclass(frozen=True, slots=True)
class Param:
    name: str  # SPARQL variable; on the command line ``--as-of`` for ``as_of``
    type: str
    doc: str
    default: str | None = None

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


@dataclass(frozen=True, slots=True)
class StoredQuery:
    name: str
    description: str
    params: tuple[Param, ...]
    text: str


@dataclass(frozen=True, slots=True)
class Results:
    """A SELECT result: column names and rows of terms (None where unbound)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


def parse_query(text: str, name: str, stored: bool = True) -> StoredQuery:
    """Read the description and parameter declarations of a query's leading comments."""
    lines = text.splitlines()
    if stored and (not lines or not lines[0].startswith("#")):
        raise UsageError(f"query {name}: the first line must be a '# description' comment")
    params = []
    for line in lines:
        m = patterns.QUERY_PARAM.match(line.strip())
        if m:
            if m["type"] not in PARAM_TYPES:
                raise UsageError(f"query {name}: parameter {m['name']} has unknown type {m['type']}")
            params.append(Param(m["name"], m["type"], m["doc"].strip(), m["default"]))
    described = bool(lines) and lines[0].startswith("#")
    return StoredQuery(name, lines[0].lstrip("#").strip() if described else name, tuple(params), text)


def list_queries(directory: Path = QUERIES_DIR) -> list[StoredQuery]:
    return [parse_query(p.read_text(encoding="utf-8"), p.stem) for p in sorted(directory.glob("*.rq"))]


def load_query(name: str, directory: Path = QUERIES_DIR) -> StoredQuery:
    path = directory / f"{name}.rq"
    if not patterns.PREFIX_LOCAL.fullmatch(name) or not path.is_file():
        known = ", ".join(q.name for q in list_queries(directory))
        raise UsageError(f"no stored query {name!r} (known: {known})")
    return parse_query(path.read_text(encoding="utf-8"), name)


def read_query_file(path: str | Path) -> StoredQuery:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{p}: cannot be read ({getattr(e, 'strerror', None) or e})") from None
    return parse_query(text, p.stem, stored=False)


def _iri(value: str, what: str) -> ox.NamedNode:
    if not patterns.PARAM_IRI.fullmatch(value):
        raise UsageError(f"{what}: {value!r} is not an http(s) IRI")
    return ox.NamedNode(value)


def term_for(param: Param, value: str) -> Term:
    """Check ``value`` against the parameter's type and return its RDF term (UsageError if not)."""
    what = param.option
    if param.type == "date":
        if value == "today":
            value = dt.date.today().isoformat()
        try:
            if not patterns.PARAM_DATE.fullmatch(value):
                raise ValueError
            dt.date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from None
        return ox.Literal(value, datatype=ox.NamedNode(PREFIXES["xsd"] + "date"))
    if param.type == "kst":
        if patterns.PARAM_KST.fullmatch(value):
            return ox.NamedNode(f"{OB}{value}")
        if value.startswith(("http://", "https://")):
            return _iri(value, what)
        raise UsageError(f"{what}: {value!r} is neither a kst id (kst-35669-36) nor an IRI")
    if param.type == "dossier":
        m = patterns.PARAM_DOSSIER.fullmatch(value)
        if m:
            main = "".join(ch for ch in m["main"] if ch.isdigit())
            return ox.NamedNode(f"{ID}dossier/{main}{m['rest']}")
        if value.startswith(("http://", "https://")):
            return _iri(value, what)
        raise UsageError(f"{what}: {value!r} is not a dossier number (25883, 25 883, 35570-XV)")
    return _iri(value, what)


def bind(query: StoredQuery, values: Mapping[str, str]) -> dict[str, Term]:
    """Terms for every declared parameter: given values, else defaults; unknown names refused."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        options = ", ".join(p.option for p in query.params) or "none"
        raise UsageError(f"query {query.name} takes no --{unknown[0].replace('_', '-')} (parameters: {options})")
    out: dict[str, Term] = {}
    for p in query.params:
        value = values.get(p.name, p.default)
        if value is None:
            raise UsageError(f"query {query.name} needs {p.option}: {p.doc}")
        out[p.name] = term_for(p, value)
    return out


def remote_text(query: StoredQuery, bindings: Mapping[str, Term]) -> str:
    """The query with its bindings as a VALUES block opening the WHERE clause (for endpoints)."""
    if not bindings:
        return query.text
    m = patterns.WHERE_OPEN.search(query.text)
    if m is None:
        raise UsageError(f"query {query.name}: no 'WHERE {{' to bind parameters into for a remote endpoint")
    names = " ".join(f"?{n}" for n in bindings)
    row = " ".join(str(t) for t in bindings.values())  # N-Triples syntax, escaped by pyoxigraph
    return f"{query.text[:m.end()]}\n  VALUES ({names}) {{ ({row}) }}\n{query.text[m.end():]}"


def paged_text(text: str, limit: int | None) -> str:
    """The query asking for its first ``limit`` rows only, so the engine (a server above all) can
    stop early: a ``LIMIT`` clause is added unless the query pages itself. ``limit`` is a page
    size, an integer, never a value from the query's parameters (those are bound, see :func:`bind`).
    """
    if limit is None or patterns.QUERY_PAGED.search(text):
        return text
    return f"{text.rstrip()}\nLIMIT {int(limit)}\n"


def run_local(store: ox.Store, query: StoredQuery, bindings: Mapping[str, Term], limit: int | None = None) -> Results:
    """Run on a pyoxigraph store; with ``limit`` only the first rows are asked for and read."""
    try:
        answer = store.query(paged_text(query.text, limit),
                             substitutions={ox.Variable(k): v for k, v in bindings.items()})
    except SyntaxError as e:
        raise UsageError(f"query {query.name}: {str(e).splitlines()[0]}") from None
    if not isinstance(answer, ox.QuerySolutions):
        raise UsageError(f"query {query.name}: only SELECT queries can be shown as a table")
    rows = itertools.islice(answer, limit) if limit is not None else answer
    return _without_params(tuple(v.value for v in answer.variables), rows, bindings)


def _without_params(variables: tuple[str, ...], rows: Any, bindings: Mapping[str, Term]) -> Results:
    """Drop the parameters' own columns: substitution (SEP-0007) needs them in the projection."""
    keep = [i for i, v in enumerate(variables) if v not in bindings]
    return Results(tuple(variables[i] for i in keep), tuple(tuple(row[i] for i in keep) for row in rows))


def _term_from_json(b: dict[str, Any]) -> Term:
    if b["type"] == "uri":
        return ox.NamedNode(b["value"])
    if b["type"] == "bnode":
        return ox.BlankNode(b["value"])
    if "xml:lang" in b:
        return ox.Literal(b["value"], language=b["xml:lang"])
    if "datatype" in b:
        return ox.Literal(b["value"], datatype=ox.NamedNode(b["datatype"]))
    return ox.Literal(b["value"])


def run_remote(endpoint: str, query: StoredQuery, bindings: Mapping[str, Term],
               named_graph: str | None = None, limit: int | None = None) -> Results:
    """POST the query (SPARQL 1.1 Protocol) and read SPARQL 1.1 JSON results.

    With ``named_graph`` the query's default graph is that graph (protocol parameter
    ``default-graph-uri``): where ``kamergraph push --named-graph`` put the graph. Without it the
    endpoint decides; Virtuoso then reads all its graphs, its own system graphs included.
    """
    if not patterns.PARAM_IRI.fullmatch(endpoint):
        raise UsageError(f"--endpoint: {endpoint!r} is not an http(s) URL")
    form = [("query", paged_text(remote_text(query, bindings), limit))]
    if named_graph is not None:
        if not patterns.PARAM_IRI.fullmatch(named_graph):
            raise UsageError(f"--named-graph: {named_graph!r} is not an http(s) IRI")
        form.append(("default-graph-uri", named_graph))
    body = urllib.parse.urlencode(form).encode()
    req = urllib.request.Request(endpoint, data=body, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json",
    })
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            # Virtuoso answers 200 with what it has when a limit hits: an "anytime" answer cut off by
            # MaxQueryExecutionTime (X-SQL-State), or rows cut at ResultSetMaxRows (X-SPARQL-MaxRows)
            partial = resp.headers.get("X-SQL-State")
            message = resp.headers.get("X-SQL-Message", "time limit")
            max_rows = resp.headers.get("X-SPARQL-MaxRows")
            data = json.load(resp)
    except urllib.error.HTTPError as e:
        from graph.push import error_text

        raise UsageError(f"{endpoint}: HTTP {e.code}: {error_text(e.read(), str(e.reason))}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        raise InputError(f"{endpoint}: cannot reach the endpoint ({getattr(e, 'reason', e)})") from None
    except ValueError:
        raise InputError(f"{endpoint}: the answer is not SPARQL JSON results") from None
    if partial:
        raise InputError(f"{endpoint}: the server sent a partial answer ({partial}: {message}); "
                         "raise its limit or narrow the query")
    if max_rows is not None and max_rows.isdigit() and len(data["results"]["bindings"]) >= int(max_rows):
        raise InputError(f"{endpoint}: the server cut the answer at {max_rows} rows (Virtuoso: ResultSetMaxRows "
                         "in virtuoso.ini); raise it or narrow the query")
    variables = tuple(data["head"]["vars"])
    rows = [tuple(_term_from_json(b[v]) if v in b else None for v in variables) for b in data["results"]["bindings"]]
    return _without_params(variables, rows, bindings)


# --- output ------------------------------------------------------------------------------------


def _json_term(t: Term) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != PREFIXES["xsd"] + "string":
        out["datatype"] = t.datatype.value
    return out


def to_json(r: Results) -> str:
    """SPARQL 1.1 Query Results JSON."""
    bindings = [{v: _json_term(t) for v, t in zip(r.variables, row, strict=True) if t is not None} for row in r.rows]
    return json.dumps({"head": {"vars": list(r.variables)}, "results": {"bindings": bindings}},
                      ensure_ascii=False, indent=1)


def to_csv(r: Results) -> str:
    """SPARQL 1.1 CSV results: plain values, IRIs in full."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(r.variables)
    for row in r.rows:
        w.writerow(["" if t is None else t.value for t in row])
    return out.getvalue()


def short(t: Term | None) -> str:
    """A term as a clerk reads it: ``ob:kst-35669-36``, ``2021-04-30``, the text itself."""
    if t is None:
        return ""
    if isinstance(t, ox.NamedNode):
        from graph.triples import compact

        return compact(t.value) or t.value
    return " ".join(t.value.split())


def to_table(r: Results, width: int = 60) -> str:
    cells = [[short(t) for t in row] for row in r.rows]
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in cells]
    widths = [max([len(v), *(len(row[i]) for row in cells)]) for i, v in enumerate(r.variables)]
    lines = ["  ".join(v.ljust(w) for v, w in zip(r.variables, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.append(f"({len(r.rows)} row{'s' if len(r.rows) != 1 else ''})")
    return "\n".join(lines)


def render(r: Results, fmt: str) -> str:
    return {"json": to_json, "csv": to_csv}.get(fmt, to_table)(r)


def run(query: StoredQuery, values: Mapping[str, str], graph: str | Path | None = None,
        store: str | Path | None = None, endpoint: str | None = None,
        default_graph: Path = Path("build/graph.nt"), named_graph: str | None = None,
        limit: int | None = None) -> Results:
    """Bind ``values`` and run ``query`` on a graph file, an on-disk store or an endpoint.

    ``named_graph`` (remote only) names the endpoint's graph to query, as pushed. ``limit``
    keeps the first rows of the answer (a page for clerks; the query text is not changed).
    """
    if sum(x is not None for x in (graph, store, endpoint)) > 1:
        raise UsageError("give at most one of --graph, --store and --endpoint")
    if named_graph is not None and endpoint is None:
        raise UsageError("--named-graph goes with --endpoint")
    bindings = bind(query, values)
    if endpoint is not None:
        remote = run_remote(endpoint, query, bindings, named_graph, limit)
        return Results(remote.variables, remote.rows[:limit]) if limit is not None else remote
    from graph.store import load_graph, open_store

    db = open_store(store) if store is not None else load_graph(graph or default_graph)
    return run_local(db, query, bindings, limit)


def solutions(r: Results) -> list[dict[str, str]]:
    """Rows as dicts of plain values (unbound columns left out): handy in tests and notebooks."""
    return [{v: t.value for v, t in zip(r.variables, row, strict=True) if t is not None} for row in r.rows]

