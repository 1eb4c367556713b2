"""Incremental rebuilds: each letter's extracted :class:`Document`, kept by content hash.

A letter is re-extracted only when its bytes, kamergraph's version, or the extraction code
(every module under ``graph/`` that extraction runs) changed since it was cached. Entries are
pickled Documents in one SQLite file per code version, ``<out>/.cache/<code fingerprint>.sqlite``,
keyed by the letter's sha256; files of other code versions are removed by
:meth:`DocumentCache.prune_stale`, so the cache holds one code version's Documents. Corpus
resolution is not cached: it runs over all documents on every build, since one new letter can
change what others resolve to.

Workers read entries (:meth:`DocumentCache.blob`) and send new ones back with their Documents;
the main process writes them in batches (:meth:`DocumentCache.put_blobs`). One file with a
transaction per batch, instead of a file per letter, cut a cold build's cache cost from 0.27 ms
of a worker's time per letter (create, write, rename) to a few microseconds.

A missing, truncated or unreadable entry, or an unreadable cache file, is a cache miss, never
an error: the letter is simply extracted again and the entry rewritten. A cache that cannot be
written costs speed next time, never this build.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from graph.model import Document

CACHE_DIR = ".cache"
# The modules whose code decides what extraction returns: a change to any of them (a rule, a
# regex, a field) changes the key, so a cached Document can never be staler than the code.
EXTRACTION_CODE = ("patterns.py", "model.py", "clean.py", "dates.py", "extract.py", "read.py", "find")


@cache
def code_fingerprint() -> str:
    """A hash of kamergraph's version and the source of every module extraction runs."""
    from graph import __version__

    root = Path(__file__).resolve().parent
    h = hashlib.sha256(__version__.encode())
    for name in EXTRACTION_CODE:
        p = root / name
        files = sorted(p.rglob("*.py")) if p.is_dir() else [p]
        for f in files:
            h.update(f.relative_to(root).as_posix().encode())
            try:
                h.update(f.read_bytes())
            except OSError:
                h.update(b"?")
    return h.hexdigest()


class DocumentCache:
    """Documents keyed by the code fingerprint and the sha256 of the letter's bytes.

    ``hits`` and ``misses`` count what this process looked up or was told (see
    :meth:`count`). The object can be sent to worker processes: each opens its own connection.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.hits = 0
        self.misses = 0
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._broken = False  # the file cannot be written: stop trying until close()
        self._unreadable = False  # the file cannot be read: every entry a miss until close()

    @classmethod
    def for_output(cls, out_dir: Path) -> DocumentCache:
        return cls(Path(out_dir) / CACHE_DIR)

    def __getstate__(self) -> dict[str, Any]:
        return {"root": self.root, "hits": 0, "misses": 0, "_db": None, "_pid": 0, "_broken": False,
                "_unreadable": False}

    @property
    def path(self) -> Path:
        return self.root / f"{code_fingerprint()[:20]}.sqlite"

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")  # readers in the workers never wait for the writer
            db.execute("PRAGMA synchronous=NORMAL")  # a power cut may lose the last batch: misses
            db.execute("CREATE TABLE IF NOT EXISTS documents (sha256 TEXT PRIMARY KEY, pickle BLOB NOT NULL)")
        except BaseException:
            db.close()
            raise
        return db

    def _remove(self) -> None:
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None
        for suffix in ("", "-wal", "-shm"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)

    def _connect(self, create: bool) -> sqlite3.Connection | None:
        """This process's connection; ``create`` makes the file, replacing a damaged one."""
        if self._broken or (self._unreadable and not create):
            return None
        if self._db is not None and self._pid == os.getpid():
            return self._db
        try:
            if create:
                self.root.mkdir(parents=True, exist_ok=True)
            elif not self.path.exists():
                return None
            try:
                db = self._open()
            except sqlite3.OperationalError:  # locked, read-only, cannot open: leave it be
                raise
            except sqlite3.DatabaseError:  # not a database, or damaged
                if not create:
                    raise
                self._remove()
                db = self._open()
        except (OSError, sqlite3.Error):
            if create:
                self._broken = True
            else:
                self._unreadable = True
            return None
        self._db, self._pid = db, os.getpid()
        return db

    def close(self) -> None:
        """Close this process's connection; the next use tries the file afresh."""
        if self._db is not None and self._pid == os.getpid():
            self._db.close()
        self._db = None
        self._broken = self._unreadable = False

    def prune_stale(self) -> int:
        """Remove the entries of other code versions; return how many files or folders were removed."""
        keep = self.path.name
        try:
            stale = [p for p in self.root.iterdir() if not p.name.startswith(keep)]
        except OSError:
            return 0
        for p in stale:
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)
        return len(stale)

    def blob(self, sha256: str) -> bytes | None:
        """The pickled Document of a letter with these bytes, as stored (unchecked), or None."""
        db = self._connect(create=False)
        if db is None:
            return None
        try:
            row = db.execute("SELECT pickle FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        except sqlite3.Error:  # a damaged file: every entry is a miss until it is rewritten
            self._unreadable = True
            return None
        return row[0] if row else None

    def count(self, hit: bool) -> None:
        if hit:
            self.hits += 1
        else:
            self.misses += 1

    def put_blobs(self, entries: Iterable[tuple[str, bytes]]) -> None:
        """Store pickled Documents by sha256, in one transaction."""
        rows = list(entries)
        for first_try in (True, False):
            db = self._connect(create=True)
            if db is None:
                return
            try:
                with db:
                    db.execute("BEGIN")
                    db.executemany("INSERT OR REPLACE INTO documents VALUES (?, ?)", rows)
                return
            except sqlite3.OperationalError:  # locked by another build, disk full, read-only
                break
            except sqlite3.DatabaseError:  # damaged inside: start the file again, once
                if first_try:
                    self._remove()
        self._broken = True


def dump(doc: Document) -> bytes:
    return pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL)


def load(blob: bytes | None, sha256: str, source: str) -> Document | None:
    """A cache entry's Document, under ``source``; None when the entry is absent or damaged."""
    if blob is None:
        return None
    try:
        doc = pickle.loads(blob)
    except Exception:  # corrupt or from an incompatible build: treat as absent
        return None
    if not isinstance(doc, Document) or doc.sha256 != sha256:
        return None
    return doc if doc.source == source else replace(doc, source=source)
