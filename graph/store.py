"""The query engine's stores: pyoxigraph, in memory for a graph file, on disk for ``--store DIR``.

An on-disk store is built beside its final place and swapped in with renames, so a query never
sees a half-loaded store and a failed build leaves the previous one intact.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

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


#: N-Triples lines per ``bulk_load`` call. The loader holds a call's whole input while it sorts:
#: the 1.9 M triples of 10,000 letters peaked at 1.7 GB in one call; in calls of 250k lines, two at
#: a time, at 0.51 GB in 6.5 s; in calls of 50k lines at 0.16 GB in 5.8 s (smaller calls sort faster).
LOAD_LINES = 50_000


def load_nt(store: ox.Store, graph_files: str | Path | Sequence[str | Path | BinaryIO], lines: int = LOAD_LINES,
            threads: int | None = None, cancel: threading.Event | None = None, lenient: bool = False) -> None:
    """Bulk-load N-Triples files (paths, or files open in binary mode) in calls of ``lines`` lines,
    ``threads`` calls at a time (default: one per core, at most 2 for memory): memory stays
    bounded by a few calls. A triple in several files is stored once. Setting ``cancel`` stops
    the load after the calls under way (a call cannot be interrupted). ``lenient`` skips
    pyoxigraph's check of every IRI, for lines kamergraph wrote (~7 % less CPU)."""
    sources = [graph_files] if isinstance(graph_files, (str, Path)) else list(graph_files)
    lock = threading.Lock()
    errors: list[BaseException] = []
    with contextlib.ExitStack() as stack:
        files = [s if not isinstance(s, (str, Path)) else stack.enter_context(open(s, "rb")) for s in sources]

        def read_chunks() -> Iterator[bytes]:
            for f in files:
                while chunk := b"".join(itertools.islice(f, lines)):
                    yield chunk

        chunks = read_chunks()

        def next_chunk() -> bytes:
            with lock:  # whole lines to each call, file after file (a generator is not thread-safe)
                return next(chunks, b"")

        def work() -> None:
            try:
                while not errors and not (cancel and cancel.is_set()) and (chunk := next_chunk()):
                    store.bulk_load(chunk, format=ox.RdfFormat.N_TRIPLES, lenient=lenient)
            except BaseException as e:  # raised below, in the caller's thread
                errors.append(e)

        workers = [threading.Thread(target=work) for _ in range(threads or min(2, os.cpu_count() or 1))]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    if errors:
        raise errors[0]


class StagedStore:
    """An on-disk store loaded beside its final place, in a thread, and swapped in on :meth:`commit`.

    pyoxigraph's loader releases the GIL, so a build loads the store while it writes Turtle and
    JSON-LD. A query never sees a half-loaded store, and a failed build leaves the previous one.
    """

    def __init__(self, directory: str | Path, lenient: bool = False) -> None:
        self.target = Path(directory).resolve()
        self.lenient = lenient  # for lines kamergraph wrote (see load_nt)
        self.target.parent.mkdir(parents=True, exist_ok=True)
        self.fresh = Path(tempfile.mkdtemp(prefix=f".{self.target.name}-new-", dir=self.target.parent))
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._cancel = threading.Event()

    def start(self, graph_files: str | Path | Sequence[str | Path]) -> None:
        """Begin loading N-Triples files in the background. The files are opened before this
        returns: the caller may delete them at once (the build's sorted runs, merged meanwhile)."""
        paths = [graph_files] if isinstance(graph_files, (str, Path)) else list(graph_files)
        files = [open(p, "rb") for p in paths]  # closed by _load
        self._thread = threading.Thread(target=self._load, args=(files,), name="kamergraph-store", daemon=True)
        self._thread.start()

    def _load(self, files: list[BinaryIO]) -> None:
        try:
            store = ox.Store(str(self.fresh))
            try:
                load_nt(store, files, cancel=self._cancel, lenient=self.lenient)
            finally:
                for f in files:
                    f.close()
            if self._cancel.is_set():
                return
            store.optimize()  # one compaction: queries on a freshly bulk-loaded store are ~1.5x slower
            del store  # release the database before its folder is moved
        except BaseException as e:  # re-raised by commit(), in the building thread
            self._error = e

    def wait(self) -> None:
        """Wait for the load; raise what it raised."""
        if self._thread is not None:
            self._thread.join()
        if self._error is not None:
            raise self._error

    def commit(self) -> None:
        """Wait for the load, then swap the new store in place of the old one."""
        self.wait()
        old = self.target.parent / f".{self.target.name}-old-{os.getpid()}"
        try:
            if self.target.exists():
                os.replace(self.target, old)
            os.replace(self.fresh, self.target)
        finally:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        """Stop the load (within one call of :func:`load_nt`) and drop the new store; the old one stays."""
        self._cancel.set()
        if self._thread is not None:
            self._thread.join()
        shutil.rmtree(self.fresh, ignore_errors=True)


def build_store(graph_file: str | Path, directory: str | Path) -> None:
    """(Re)build the on-disk store at ``directory`` from an N-Triples file."""
    staged = StagedStore(directory)
    try:
        staged.start(graph_file)
        staged.commit()
    finally:
        staged.abort()  # a no-op once committed: the fresh folder has become the store
