"""Build the graph of a folder of letters: read → extract (in parallel) → resolve → write.

Output is written into a fresh temporary folder beside the output folder and each file is then
moved into place with an atomic rename, under a lock, so an interrupted or failed build leaves
the previous output intact and two builds at once cannot interleave their files.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from graph.cache import DocumentCache
from graph.errors import InputError
from graph.extract import extract_source
from graph.model import Document
from graph.read import list_letters, read_letter
from graph.resolve import resolve_corpus

PARALLEL_FROM = 64  # below this many letters, starting worker processes costs more than it saves


@dataclass
class BuildReport:
    letters: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per skipped input, with its reason
    triples: int = 0
    motions: int = 0
    settled: int = 0
    commitments: int = 0
    warnings: int = 0
    outputs: dict[str, Path] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list, repr=False)


def _extract_path(path: str, cache: DocumentCache | None = None) -> Document | str:
    """Worker: a Document (from the cache when the letter is unchanged), or why it was skipped."""
    try:
        src = read_letter(path)
    except InputError as e:
        return str(e)
    doc = cache.get(src.sha256, src.path) if cache else None
    if doc is None:
        doc = extract_source(src)
        if cache:
            cache.put(doc)
    return doc


def extract_paths(
    paths: Sequence[str],
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    cache: DocumentCache | None = None,
) -> tuple[list[Document], list[str]]:
    """Extract every letter file; return documents (in path order) and skip reasons.

    Letters are read, hashed and extracted in worker processes (one per core unless ``jobs``
    says otherwise); with a ``cache``, each worker reuses the Document of an unchanged letter.
    """
    docs: list[Document] = []
    skipped: list[str] = []
    workers = min(jobs or os.cpu_count() or 1, len(paths) // PARALLEL_FROM + 1)
    work = partial(_extract_path, cache=cache)
    if workers > 1:
        # chunks big enough to amortise inter-process overhead, small enough to keep cores busy
        chunk = max(1, min(64, len(paths) // (workers * 8)))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results: Iterator[Document | str] = pool.map(work, paths, chunksize=chunk)
            for r in results:
                (docs.append(r) if isinstance(r, Document) else skipped.append(r))
                if progress:
                    progress(1)
    else:
        for p in paths:
            r = work(p)
            (docs.append(r) if isinstance(r, Document) else skipped.append(r))
            if progress:
                progress(1)
    return docs, skipped


def extract_corpus(
    paths: Sequence[str],
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    cache: DocumentCache | None = None,
) -> tuple[list[Document], list[str]]:
    """List, read and extract letters, then resolve what they say about each other.

    Resolution always runs over every document, cached or not: a new letter can change what
    the others resolve to.
    """
    files, problems = list_letters(list(paths))
    docs, skipped = extract_paths(files, jobs, progress, cache)
    return resolve_corpus(docs), problems + skipped


@contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def build(
    paths: Sequence[str],
    out_dir: Path,
    jobs: int | None = None,
    strict: bool = False,
    html: bool = True,
    progress: Callable[[int], None] | None = None,
    store: Path | None = None,
) -> BuildReport:
    """Build ``graph.ttl``, ``graph.nt``, ``graph.jsonld`` and ``graph.html`` in ``out_dir``.

    With ``store``, also (re)build an on-disk pyoxigraph store there for ``kamergraph query --store``.

    Raises :class:`InputError` when there is nothing to build, or when ``strict`` and any input
    was skipped; in both cases nothing in ``out_dir`` is touched.
    """
    from graph.render import render_html
    from graph.triples import write_graph

    docs, skipped = extract_corpus(paths, jobs, progress, DocumentCache.for_output(Path(out_dir)))
    report = BuildReport(letters=len(docs), skipped=skipped, documents=docs)
    if not docs:
        reasons = "; ".join(skipped[:3]) or "no .txt or .md letters found"
        raise InputError(f"nothing to build: {reasons}")
    if strict and skipped:
        raise InputError(f"--strict: {len(skipped)} input(s) skipped: {skipped[0]}")
    report.motions = sum(len(d.motions) for d in docs)
    report.settled = sum(1 for d in docs for m in d.motions if m.action == "settles")
    report.commitments = sum(len(d.commitments) for d in docs)
    report.warnings = sum(len(d.warnings) for d in docs)
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    with _locked(out_dir):
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
        try:
            report.triples = write_graph(docs, tmp)
            if html:
                render_html(tmp / "graph.ttl", tmp / "graph.html")
            for f in sorted(tmp.iterdir()):
                if f.is_file():
                    os.replace(f, out_dir / f.name)
                    report.outputs[f.suffix.lstrip(".")] = out_dir / f.name
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        if store is not None:
            from graph.store import build_store

            build_store(out_dir / "graph.nt", store)
            report.outputs["store"] = Path(store)
    return report
