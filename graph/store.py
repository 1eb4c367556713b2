"""The query engine's stores: pyoxigraph, in memory for a graph file, on disk for ``--store DIR``.

An on-disk store is built beside its final place and swapped in with renames, so a query never
sees a half-loaded store and a failed build leaves the previous one intact.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from graph.errors import InputError, UsageError


def load_graph(path: str | Path) -> ox.Store:
    """An in-memory store holding an RDF file (format from its extension: .nt, .ttl, .jsonld, …)."""
    p = Path(path)
    fmt = ox.RdfFormat.from_extension(p.suffix.lstrip(".")) if p.suffix else None
    if fmt is None:
        raise UsageError(f"{p}: unknown RDF format (use .nt, .ttl, .jsonld, .rdf, .nq or .trig)")
    if not p.is_file():
        raise UsageError(f"{p}: no such graph file (run `kamergraph build` first, or give --graph)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(p), format=fmt)
    except (SyntaxError, ValueError) as e:
        raise InputError(f"{p}: not valid {fmt.name}: {str(e).splitlines()[0]}") from None
    except OSError as e:
        raise InputError(f"{p}: cannot be read ({e.strerror or e})") from None
    return store


def open_store(directory: str | Path) -> ox.Store:
    """A store built by ``kamergraph build --store DIR``, opened read-only."""
    d = Path(directory)
    if not d.is_dir():
        raise UsageError(f"{d}: no such store (build one with `kamergraph build --store {d}`)")
    try:
        return ox.Store.read_only(str(d))
    except OSError as e:
        raise InputError(f"{d}: not a kamergraph store ({str(e).splitlines()[0]})") from None


def build_store(graph_file: str | Path, directory: str | Path) -> int:
    """(Re)build the on-disk store at ``directory`` from an N-Triples file; return its size."""
    target = Path(directory).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=target.parent))
    old = target.parent / f".{target.name}-old-{os.getpid()}"
    try:
        store = ox.Store(str(fresh))
        store.bulk_load(path=str(graph_file), format=ox.RdfFormat.N_TRIPLES)
        store.optimize()
        size = len(store)
        del store  # release the database before moving its folder
        if target.exists():
            os.replace(target, old)
        os.replace(fresh, target)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.rmtree(old, ignore_errors=True)
    return size
