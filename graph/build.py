"""Build the graph of a folder of letters: read → extract (in parallel) → resolve → write.

Output is written into a fresh temporary folder inside the output folder, then committed under a
lock as one generation: a journal names the complete new files, each is moved into place with an
atomic rename and ``manifest.json`` (file names and sha256) comes last. An interrupted or failed
build leaves the previous output intact, a build killed between two renames is rolled forward by
the next one, and two builds at once cannot interleave their files.
"""

from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import NamedTuple

from graph.cache import DocumentCache, dump, load
from graph.errors import InputError, OutputError
from graph.extract import extract_source
from graph.model import Document
from graph.read import list_letters, read_letter
from graph.resolve import resolve_corpus

LOCK = ".lock"
JOURNAL = ".commit"  # present only while a build moves its files into place
MANIFEST = "manifest.json"  # the files of the last committed build, with their sha256
CACHE_BATCH = 1_000  # new cache entries written per transaction (about 4 MB)
PARALLEL_FROM = 64  # below this many letters, starting worker processes costs more than it saves
#: Letters the build's HTML view shows at most: the latest ones, with what they link to (1,000
#: generated letters make ~5,000 nodes, a page that is interactive in ~2.5 s in Chromium). The
#: view of all 10,000 would be an 84 MB page that takes 21 s and 1.4 GB to write;
#: `kamergraph render --since`, `--until` and `--focus` draw any other part.
VIEW_LETTERS = 1_000


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
    view: str | None = None  # what part of the graph graph.html shows, when not all of it


class _Cached(NamedTuple):
    """A worker's Document when there is a cache, with its new cache entry if it was extracted now."""

    doc: Document
    entry: tuple[str, bytes] | None  # (sha256, pickled Document) for the main process to store


def _extract_path(path: str, cache: DocumentCache | None = None, lean: bool = False) -> Document | _Cached | str:
    """Worker: a letter's Document, or why it was skipped.

    With a ``cache``, an unchanged letter's Document is read from it; one extracted now comes
    with its pickled entry, which the main process stores. ``lean`` leaves out the footnotes (a
    quarter of a Document's memory): the graph is written from the citations found in them, and
    at 100,000 letters every kilobyte kept is 100 MB.
    """
    try:
        src = read_letter(path)
    except InputError as e:
        return str(e)
    if cache is not None and (doc := load(cache.blob(src.sha256), src.sha256, src.path)) is not None:
        return _Cached(replace(doc, footnotes=()) if lean else doc, None)
    try:
        doc = extract_source(src)
    except Exception as e:  # a finder's bug must not cost the other letters: skip, say why
        return f"{path}: extraction failed ({type(e).__name__}: {e}); please report this letter"
    if cache is not None:
        # the Document itself travels back in the pool's batch, whose pickle shares the strings
        # letters have in common (one pickle per letter made the main process's 10k 15% bigger)
        return _Cached(replace(doc, footnotes=()) if lean else doc, (src.sha256, dump(doc)))
    return replace(doc, footnotes=()) if lean else doc


class _Receiver:
    """The main process's end: counts cache hits and writes new entries in batches."""

    def __init__(self, cache: DocumentCache | None) -> None:
        self.cache = cache
        self.pending: list[tuple[str, bytes]] = []

    def __call__(self, r: Document | _Cached | str) -> Document | str:
        if not isinstance(r, _Cached):
            return r
        assert self.cache is not None
        self.cache.count(hit=r.entry is None)
        if r.entry is not None:
            self.pending.append(r.entry)
            if len(self.pending) >= CACHE_BATCH:
                self.flush()
        return r.doc

    def flush(self) -> None:
        if self.cache is not None and self.pending:
            self.cache.put_blobs(self.pending)
        self.pending.clear()


def extract_paths(
    paths: Sequence[str],
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    cache: DocumentCache | None = None,
    lean: bool = False,
) -> tuple[list[Document], list[str]]:
    """Extract every letter file; return documents (in path order) and skip reasons.

    Letters are read, hashed and extracted in worker processes (one per core unless ``jobs``
    says otherwise); with a ``cache``, an unchanged letter's Document is read from it (by the
    worker), and this process writes the new entries. With ``lean``, Documents come without
    their footnotes (see :func:`_extract_path`).
    """
    docs: list[Document] = []
    skipped: list[str] = []
    workers = min(jobs or os.cpu_count() or 1, len(paths) // PARALLEL_FROM + 1)
    if cache:
        cache.prune_stale()
    work = partial(_extract_path, cache=cache, lean=lean)
    receive = _Receiver(cache)
    try:
        with ExitStack() as stack:
            results: Iterable[Document | _Cached | str] = map(work, paths)
            if workers > 1:
                # chunks big enough to amortise inter-process overhead, small enough to keep cores busy
                chunk = max(1, min(64, len(paths) // (workers * 8)))
                # gc.enable: a forked worker inherits this process's collector switched off (_no_gc),
                # and each cache lookup leaves a reference cycle (sqlite3's cursor): 340 MB a worker at 100k
                pool = stack.enter_context(ProcessPoolExecutor(max_workers=workers, initializer=gc.enable))
                results = pool.map(work, paths, chunksize=chunk)
            for r in results:
                got = receive(r)
                (docs.append(got) if isinstance(got, Document) else skipped.append(got))
                if progress:
                    progress(1)
        receive.flush()
    finally:
        if cache:
            cache.close()
    return docs, skipped


@contextmanager
def _no_gc() -> Iterator[None]:
    """The cyclic garbage collector off while letters pile up: each pass walks every object made
    so far, which at 100,000 letters doubles the cost of receiving them (16.8 s against 8.1 s to
    unpickle them). Documents hold no reference cycles, so nothing is left uncollected."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def extract_corpus(
    paths: Sequence[str],
    jobs: int | None = None,
    progress: Callable[[int], None] | None = None,
    cache: DocumentCache | None = None,
    lean: bool = False,
) -> tuple[list[Document], list[str]]:
    """List, read and extract letters, then resolve what they say about each other.

    Resolution always runs over every document, cached or not: a new letter can change what
    the others resolve to. ``lean`` as in :func:`extract_paths`.
    """
    files, problems = list_letters(list(paths))
    with _no_gc():
        docs, skipped = extract_paths(files, jobs, progress, cache, lean)
        return resolve_corpus(docs), problems + skipped


@contextmanager
def _locked(out_dir: Path) -> Iterator[None]:
    """Hold ``<out>/.lock`` exclusively: builds into one folder commit one after the other.

    The lock is an ``flock``, released by the kernel when its holder dies, so a killed build
    never leaves a stale lock behind.
    """
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        lock = open(out_dir / LOCK, "w")  # held for the whole block
    except FileExistsError:
        raise OutputError(f"{out_dir}: exists and is not a folder") from None
    except OSError as e:
        raise OutputError(f"{out_dir}: cannot write output ({e.strerror or e})") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    """The file's sha256, read in blocks (graph.nt of 100,000 letters is 2.7 GB)."""
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _manifest_files(out_dir: Path) -> list[str]:
    """The files the last committed build wrote, by its manifest (none when there is none)."""
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
        return [str(f) for f in data["files"] if "/" not in str(f) and not str(f).startswith(".")]
    except (OSError, ValueError, KeyError, TypeError):
        return []


def recover_output(out_dir: Path) -> None:
    """Finish or clean up after a build that died; call with the lock held.

    A journal (``.commit``) is written only once every new file is complete, so when one is
    found the interrupted commit is rolled forward: the remaining files are moved into place
    and the folder again holds exactly one generation. Temporary ``.build-*`` folders of builds
    killed before their commit are removed (no build is running: we hold the lock).
    """
    journal = out_dir / JOURNAL
    if journal.exists():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            tmp = out_dir / str(plan["tmp"])
            for name in plan["files"]:
                if (tmp / name).is_file():
                    os.replace(tmp / name, out_dir / name)
            for name in plan["remove"]:
                (out_dir / name).unlink(missing_ok=True)
        except (OSError, ValueError, KeyError, TypeError):
            pass  # a journal cut short was written before any rename: nothing to finish
        journal.unlink(missing_ok=True)
    for stale in out_dir.glob(".build-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _commit(tmp: Path, out_dir: Path, letters: int) -> list[str]:
    """Move the complete files in ``tmp`` into ``out_dir`` as one generation; return their names.

    Files are fsynced, then a journal naming them is written atomically, then each is renamed
    into place, ``manifest.json`` last; outputs of the previous generation that this one does
    not have (``graph.html`` after ``--no-html``) are removed, so no stale file outlives its
    build. A kill between two renames is finished by :func:`recover_output` on the next build.
    """
    names = sorted(f.name for f in tmp.iterdir() if f.is_file())
    # hashed side by side, the largest first (hashlib lets go of the GIL): 4.6 GB at 100k letters
    by_size = sorted(names, key=lambda n: -(tmp / n).stat().st_size)
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        digests = dict(zip(by_size, pool.map(lambda n: _sha256(tmp / n), by_size), strict=True))
    manifest = {
        "generator": "kamergraph",
        "letters": letters,
        "files": {n: digests[n] for n in names},
    }
    (tmp / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    names.append(MANIFEST)
    for n in names:
        _fsync(tmp / n)
    remove = [n for n in _manifest_files(out_dir) if n not in names]
    plan = json.dumps({"tmp": tmp.name, "files": names, "remove": remove})
    (tmp / JOURNAL).write_text(plan, encoding="utf-8")
    _fsync(tmp / JOURNAL)
    os.replace(tmp / JOURNAL, out_dir / JOURNAL)
    _fsync(out_dir)
    for n in names:
        os.replace(tmp / n, out_dir / n)
    for n in remove:
        (out_dir / n).unlink(missing_ok=True)
    _fsync(out_dir)
    (out_dir / JOURNAL).unlink()
    return names


def latest_letters(docs: Sequence[Document], n: int) -> list[Document]:
    """The ``n`` letters with the latest dates (own, from the corpus, else the start of their
    vergaderjaar; letters with none of these last)."""
    from graph.triples import counting_date

    return sorted(docs, key=lambda d: (counting_date(d) or "", d.source), reverse=True)[:n]


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
    was skipped; in both cases no output file in ``out_dir`` is touched. The files are written
    into a temporary folder and committed as one generation (see :func:`_commit`), under a lock:
    an interrupted or failed build leaves the previous output as it was.
    """
    from graph.render import render_html
    from graph.triples import counting_date, triples, write_graph

    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder")
    # the graph and the view never read footnotes, only what was found in them
    docs, skipped = extract_corpus(paths, jobs, progress, DocumentCache.for_output(out_dir), lean=True)
    report = BuildReport(letters=len(docs), skipped=skipped)
    if not docs:
        reasons = "; ".join(skipped[:3]) or "no .txt or .md letters found"
        raise InputError(f"nothing to build: {reasons}")
    if strict and skipped:
        more = f" (and {len(skipped) - 1} more)" if len(skipped) > 1 else ""
        raise InputError(f"--strict: nothing written, {len(skipped)} input(s) skipped: {skipped[0]}{more}")
    report.motions = sum(len(d.motions) for d in docs)
    report.settled = sum(1 for d in docs for m in d.motions if m.action == "settles")
    report.commitments = sum(len(d.commitments) for d in docs)
    report.warnings = sum(len(d.warnings) for d in docs)
    view = latest_letters(docs, VIEW_LETTERS) if html and len(docs) > VIEW_LETTERS else None
    with _locked(out_dir):
        recover_output(out_dir)
        tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=out_dir))
        staged = None
        try:
            if store is not None:
                from graph.store import StagedStore

                # loaded while graph.nt is merged and Turtle and JSON-LD written; every IRI in its
                # lines was percent-encoded by graph.triples.iri, so pyoxigraph need not check them
                staged = StagedStore(store, lenient=True)
            # the letters leave memory once graph.nt is written: the rest reads graph.nt
            view_lines = triples(view, docs) if view else None  # before write_graph releases the letters
            report.triples = write_graph(docs, tmp, jobs=jobs, release=True,
                                         on_runs=staged.start if staged else None)
            if html:
                drawn = tmp / "graph.ttl"
                if view and view_lines is not None:  # the latest letters only, from their own triples
                    drawn = tmp / ".view.nt"
                    drawn.write_text("".join(view_lines), encoding="utf-8")
                    first = min(filter(None, map(counting_date, view)), default=None)
                    report.view = f"the latest {len(view):,} of {report.letters:,} letters" + (
                        f", from {first}" if first else "")
                render_html(drawn, tmp / "graph.html", note=report.view)
                if drawn.name == ".view.nt":
                    drawn.unlink()
            if staged:
                staged.wait()  # a store that cannot be built fails the build before any file moves
            written = _commit(tmp, out_dir, report.letters)
            if staged:
                staged.commit()
                report.outputs["store"] = staged.target
        except OSError as e:
            raise OutputError(f"{out_dir}: cannot write output ({e.strerror or e}); "
                              "previous output left as it was") from None
        finally:
            if staged:
                staged.abort()
            if not (out_dir / JOURNAL).exists():  # else a commit was cut short: the next build ends it
                shutil.rmtree(tmp, ignore_errors=True)
        report.outputs.update({n.rsplit(".", 1)[-1]: out_dir / n for n in written if n.startswith("graph.")})
    return report
