"""Incremental rebuilds: each letter's extracted :class:`Document`, kept by content hash.

A letter is re-extracted only when its bytes, kamergraph's version, or the extraction code
(every module under ``graph/`` that extraction runs) changed since it was cached. Entries live
under ``<out>/.cache/<code fingerprint>/<sha256[:2]>/<sha256>.pickle``; entries made by other
versions of the code are removed by :meth:`DocumentCache.prune_stale`, so the cache holds one
code version's Documents, not one per edit. Corpus resolution is not cached: it runs over all
documents on every build, since one new letter can change what others resolve to.

A missing, truncated or unreadable entry is a cache miss, never an error: the letter is simply
extracted again and the entry rewritten.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from dataclasses import replace
from functools import cache
from pathlib import Path

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
    """Documents keyed by the code fingerprint and the sha256 of the letter's bytes."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.hits = 0
        self.misses = 0

    @classmethod
    def for_output(cls, out_dir: Path) -> DocumentCache:
        return cls(Path(out_dir) / CACHE_DIR)

    def _path(self, sha256: str) -> Path:
        return self.root / code_fingerprint()[:20] / sha256[:2] / f"{sha256}.pickle"

    def prune_stale(self) -> int:
        """Remove the entries of other code versions; return how many folders were removed."""
        current = code_fingerprint()[:20]
        try:
            stale = [d for d in self.root.iterdir() if d.is_dir() and d.name != current]
        except OSError:
            return 0
        for d in stale:
            shutil.rmtree(d, ignore_errors=True)
        return len(stale)

    def get(self, sha256: str, source: str) -> Document | None:
        """The cached Document of a letter with these bytes, under its current ``source`` path."""
        try:
            with open(self._path(sha256), "rb") as f:
                doc = pickle.load(f)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # corrupt or from an incompatible build: treat as absent
            self.misses += 1
            return None
        if not isinstance(doc, Document) or doc.sha256 != sha256:
            self.misses += 1
            return None
        self.hits += 1
        return doc if doc.source == source else replace(doc, source=source)

    def put(self, doc: Document) -> None:
        """Store ``doc``; written to a temporary file and renamed, so a reader never sees half."""
        path = self._path(doc.sha256)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
        except OSError:
            return  # a read-only or full disk costs speed next time, not this build
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
