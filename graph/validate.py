"""Check a graph against the SHACL shapes in graph/shapes.ttl with pySHACL.

pySHACL works on an rdflib graph, which is fine up to a few hundred thousand triples but slow
beyond (rdflib parses ~25k triples/s here). Above :data:`FULL_LIMIT` triples the check is
sampled: every k-th subject with all its triples, plus the ``rdf:type`` of everything those
triples point to (so ``sh:class`` constraints still see their targets). The report says so.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from graph.errors import InputError, ValidationFailed

if TYPE_CHECKING:
    import rdflib

SHAPES = Path(__file__).with_name("shapes.ttl")
FULL_LIMIT = 200_000  # triples validated in full; larger graphs are sampled
SAMPLE_TRIPLES = 50_000  # about this many triples are checked in a sampled run
MAX_LISTED = 20  # violations listed in a report; the count covers all of them

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


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


def sample(lines: Sequence[str], limit: int = SAMPLE_TRIPLES) -> tuple[list[str], str]:
    """Lines to validate (sorted N-Triples) and a note saying whether they are a sample."""
    if len(lines) <= FULL_LIMIT:
        return list(lines), ""
    types: dict[str, list[str]] = {}
    groups: list[list[str]] = []
    for line in lines:
        s, p, _ = line.split(" ", 2)
        if p == _RDF_TYPE:
            types.setdefault(s, []).append(line)
        if not groups or not groups[-1][0].startswith(s + " "):
            groups.append([])
        groups[-1].append(line)
    step = max(1, len(lines) // limit)
    picked = groups[::step]
    out = {line for g in picked for line in g}
    for g in picked:
        for line in g:
            obj = line.split(" ", 2)[2][:-3]
            out.update(types.get(obj, ()))
    note = f"sampled: every {step}th of {len(groups)} subjects, {len(out)} of {len(lines)} triples"
    return sorted(out), note


def check_lines(lines: Sequence[str]) -> str:
    """Validate sorted N-Triples lines; raise :class:`ValidationFailed` with the report."""
    import rdflib

    chosen, note = sample(lines)
    g = rdflib.Graph().parse(data="".join(chosen), format="nt")
    conforms, report = validate_graph(g, note)
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
    lines = _read_lines(p)
    chosen, note = sample(lines)
    return validate_graph(rdflib.Graph().parse(data="".join(chosen), format="nt"), note)
