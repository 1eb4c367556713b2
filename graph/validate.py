"""Check a graph against the SHACL shapes in graph/shapes.ttl with pySHACL.

pySHACL works on an rdflib graph and is slow beyond some tens of thousands of triples (at 1,000
letters it took 80% of a build). Above :data:`FULL_LIMIT` triples a build checks a sample of
*letters*: the graph written for every k-th letter alone. The writer describes every node a
letter mentions, so such a subgraph is complete; a sample of triples or subjects is not (a node
reached from a sampled subject would be checked without its own triples). The report says so.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import InputError, ValidationFailed

if TYPE_CHECKING:
    import rdflib

    from graph.model import Document

SHAPES = Path(__file__).with_name("shapes.ttl")
FULL_LIMIT = 60_000  # triples validated in full; the letters of larger graphs are sampled
SAMPLE_TRIPLES = 50_000  # about this many triples are checked in a sampled run
MAX_LISTED = 20  # violations listed in a report; the count covers all of them



@functools.cache
def shapes_graph() -> rdflib.Graph:
    import rdflib

    return rdflib.Graph().parse(SHAPES, format="turtle")


def _summary(results: rdflib.Graph, conforms: bool, note: str) -> str:
    """One line per violation (focus node, property, message), the first few of them."""
    from rdflib.namespace import SH

    from graph.vocab import PREFIXES

    for prefix, ns in PREFIXES.items():
        results.bind(prefix, ns)
    nm = results.namespace_manager
    rows = []
    for r in results.subjects(SH.focusNode, None):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        message = results.value(r, SH.resultMessage)
        value = results.value(r, SH.value)
        severity = str(results.value(r, SH.resultSeverity) or "").rsplit("#", 1)[-1]
        where = (focus.n3(nm) if focus is not None else "?") + (f" {path.n3(nm)}" if path is not None else "")
        rows.append(f"  {severity}: {where}: {message}" + (f" (value {value.n3(nm)})" if value is not None else ""))
    rows.sort()
    head = f"SHACL: {'conforms' if conforms else f'{len(rows)} violation(s)'}" + (f" ({note})" if note else "")
    more = [f"  … and {len(rows) - MAX_LISTED} more"] if len(rows) > MAX_LISTED else []
    return "\n".join([head, *rows[:MAX_LISTED], *more])


def validate_graph(g: rdflib.Graph, note: str = "") -> tuple[bool, str]:
    """Validate an rdflib graph against graph/shapes.ttl: (conforms, readable report)."""
    import pyshacl

    conforms, results, _ = pyshacl.validate(g, shacl_graph=shapes_graph(), inference="none",
                                            allow_warnings=True, advanced=False)
    return bool(conforms), _summary(results, bool(conforms), note)


def check_lines(lines: Sequence[str], docs: Sequence[Document] = ()) -> str:
    """Validate sorted N-Triples lines; raise :class:`ValidationFailed` with the report.

    When the graph is larger than :data:`FULL_LIMIT` triples and the documents it was written
    from are given, the graph of every k-th letter is checked instead (see the module docstring).
    """
    picked = sample(docs, len(lines))
    return check_letters(*picked) if picked else _check(lines, "")


def sample(docs: Sequence[Document], count: int) -> tuple[list[Document], str] | None:
    """The letters checked for a graph of ``count`` triples, and how they were picked;
    None when the graph is small enough to check whole (or its letters are not given)."""
    if count <= FULL_LIMIT or not docs:
        return None
    step = -(-count // SAMPLE_TRIPLES)
    subset = list(docs[::step])
    return subset, f"1 in {step} letters ({len(subset)} of {len(docs)})"


def check_letters(docs: Sequence[Document], picked: str) -> str:
    """Validate the graph of some letters alone (a sample :func:`sample` picked)."""
    from graph.triples import triples

    chosen = triples(docs)
    return _check(chosen, f"sampled: the graph of {picked}, {len(chosen)} triples")


def check_nt(nt: Path) -> str:
    """Validate a whole N-Triples file kamergraph wrote."""
    from graph.triples import read_nt

    return _check(read_nt(nt), "")


def written_graph(lines: Iterable[str]) -> rdflib.Graph:
    """An rdflib graph of N-Triples lines kamergraph wrote.

    Those lines hold only IRIs (percent-encoded, so never escaped) and plain or typed literals,
    one triple to a line, so their terms are built directly: half the time of rdflib's N-Triples
    parser, which matches every line against a general grammar (3.1 -> 1.4 s for the 60k triples
    of a build's sample). A file from elsewhere is parsed by rdflib (:func:`validate_file`).
    """
    import rdflib

    from graph.triples import _split, _unescape

    iris: dict[str, rdflib.URIRef] = {}

    def iri(t: str) -> rdflib.URIRef:
        node = iris.get(t)
        if node is None:
            node = iris[t] = rdflib.URIRef(t[1:-1])
        return node

    def term(t: str) -> rdflib.URIRef | rdflib.Literal:
        if t[0] == "<":
            return iri(t)
        value, _, datatype = t[1:].rpartition('"')
        return rdflib.Literal(_unescape(value), datatype=iri(datatype[2:]) if datatype else None)

    g = rdflib.Graph()
    add = g.store.add
    for line in lines:
        s, p, o = _split(line)
        add((term(s), term(p), term(o)), g, quoted=False)
    return g


def _check(lines: Iterable[str], note: str) -> str:
    conforms, report = validate_graph(written_graph(lines), note)
    if not conforms:
        raise ValidationFailed(f"the graph does not conform to graph/shapes.ttl\n{report}")
    return report


def _read_lines(path: Path) -> list[str]:
    """Any RDF file as sorted N-Triples lines, parsed by pyoxigraph (fast at any size)."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format (use .nt, .ttl, .jsonld, .rdf, .nq or .trig)")
    try:
        quads = ox.parse(path=str(path), format=fmt)
        data = ox.serialize((q.triple for q in quads), format=ox.RdfFormat.N_TRIPLES)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except (SyntaxError, ValueError) as e:
        raise InputError(f"{path}: not valid {fmt.name}: {str(e).splitlines()[0]}") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None
    assert data is not None
    return sorted(set(data.decode("utf-8").splitlines(keepends=True)))


def validate_file(path: str | Path) -> tuple[bool, str]:
    """Validate an RDF file (format from its extension); :class:`InputError` when unreadable."""
    import rdflib

    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not an RDF file")
    lines = _read_lines(p)  # a file asked for is checked whole, however large
    return validate_graph(rdflib.Graph().parse(data="".join(lines), format="nt"))
