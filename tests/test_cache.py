"""The incremental-rebuild cache: unchanged letters come back from it, nothing stale ever does."""

from __future__ import annotations

import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest

import graph.cache as cache_mod
from graph.build import extract_paths
from graph.cache import DocumentCache
from graph.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_66ea02ed325e333a.txt"
PDF_SEED = ROOT / "seeds" / "003_94d44916ac137ffd.txt"


@pytest.fixture
def letters(tmp_path: Path) -> list[str]:
    d = tmp_path / "letters"
    d.mkdir()
    for p in (SEED, PDF_SEED):
        shutil.copy(p, d / p.name)
    return sorted(str(p) for p in d.iterdir())


def _entries(cache: DocumentCache) -> int:
    with sqlite3.connect(cache.path) as db:
        return int(db.execute("SELECT COUNT(*) FROM documents").fetchone()[0])


def test_unchanged_letters_come_from_the_cache(letters: list[str], tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    first, _ = extract_paths(letters, jobs=1, cache=cache)
    assert (cache.hits, cache.misses) == (0, 2)
    assert _entries(cache) == 2
    second, _ = extract_paths(letters, jobs=1, cache=cache)
    assert (cache.hits, cache.misses) == (2, 2)
    assert second == first  # the same Documents, field for field


def test_a_changed_letter_is_extracted_again(letters: list[str], tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    before, _ = extract_paths(letters, jobs=1, cache=cache)
    path = Path(letters[0])
    path.write_text(path.read_text(encoding="utf-8").replace("30 april 2021", "3 mei 2021"), encoding="utf-8")
    after, _ = extract_paths(letters, jobs=1, cache=cache)
    assert cache.hits == 1 and cache.misses == 3
    assert before[0].date == "2021-04-30" and after[0].date == "2021-05-03"
    assert after[1] == before[1]


def test_a_moved_letter_keeps_its_new_path(letters: list[str], tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    extract_paths(letters[:1], jobs=1, cache=cache)
    moved = tmp_path / "elsewhere.txt"
    shutil.copy(letters[0], moved)
    (doc,), _ = extract_paths([str(moved)], jobs=1, cache=cache)
    assert cache.hits == 1
    assert doc.source == str(moved)


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a pickle", b"\x80\x05\x95truncated", b"\x80\x04K\x01."],  # empty, junk, cut off, an int
    ids=["empty", "junk", "truncated", "wrong-type"],
)
def test_a_corrupt_entry_is_a_miss_not_an_error(letters: list[str], tmp_path: Path, damage: bytes) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    (good, _), _ = extract_paths(letters, jobs=1, cache=cache)
    with sqlite3.connect(cache.path) as db:
        db.execute("UPDATE documents SET pickle = ?", (damage,))
    (again, _), _ = extract_paths(letters, jobs=1, cache=cache)
    assert cache.hits == 0 and cache.misses == 4
    assert again == good
    # and the damaged entries were rewritten: the next run hits
    extract_paths(letters, jobs=1, cache=cache)
    assert cache.hits == 2


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_damaged_cache_file_is_replaced(letters: list[str], tmp_path: Path, jobs: int) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    good, _ = extract_paths(letters, jobs=1, cache=cache)
    cache.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # a torn or overwritten file
    for suffix in ("-wal", "-shm"):
        Path(f"{cache.path}{suffix}").unlink(missing_ok=True)
    again, skipped = extract_paths(letters * 40, jobs=jobs, cache=cache)  # 80: enough for workers
    assert again == good * 40 and not skipped
    extract_paths(letters, jobs=1, cache=cache)
    assert cache.hits == 2 and _entries(cache) == 2


def test_a_code_change_invalidates_every_entry(
    letters: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    extract_paths(letters, jobs=1, cache=cache)
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "patterns.py changed")
    extract_paths(letters, jobs=1, cache=cache)
    assert cache.hits == 0 and cache.misses == 4


def test_the_fingerprint_covers_the_rules() -> None:
    fingerprint = cache_mod.code_fingerprint()
    assert len(fingerprint) == 64
    assert "patterns.py" in cache_mod.EXTRACTION_CODE and "find" in cache_mod.EXTRACTION_CODE


def test_an_unwritable_cache_does_not_stop_extraction(letters: list[str], tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    cache = DocumentCache(blocker / ".cache")  # cannot be created: a file stands in the way
    docs, skipped = extract_paths(letters, jobs=1, cache=cache)
    assert len(docs) == 2 and not skipped


def test_entries_of_other_code_versions_are_pruned(
    letters: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    extract_paths(letters, jobs=1, cache=cache)
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "f" * 64)
    extract_paths(letters, jobs=1, cache=cache)
    assert [d.name for d in cache.root.iterdir()] == ["f" * 20 + ".sqlite"]
    assert _entries(cache) == 2


def test_the_cache_of_an_older_layout_is_pruned(letters: list[str], tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    old = cache.root / "0123456789abcdef0123" / "ab"  # a folder of pickles per code version, as before
    old.mkdir(parents=True)
    (old / ("ab" * 32 + ".pickle")).write_bytes(b"x")
    extract_paths(letters, jobs=1, cache=cache)
    assert [d.name for d in cache.root.iterdir()] == [cache.path.name]


def test_workers_read_and_the_main_process_writes(letters: list[str], tmp_path: Path) -> None:
    cache = DocumentCache(tmp_path / ".cache")
    many = letters * 40  # the same two letters under 80 paths: worker processes, two entries
    first, _ = extract_paths(many, jobs=2, cache=cache)
    assert _entries(cache) == 2
    second, _ = extract_paths(many, jobs=2, cache=cache)
    assert cache.hits == 80 and second == first


@pytest.mark.parametrize("protocol", [2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_documents_survive_pickling_field_for_field(seed_docs: list[Document], protocol: int) -> None:
    # Documents travel between processes and into the cache pickled, through model.py's own
    # __reduce__ (cls(*values)); every nested object must come back equal and of its own class
    for doc in seed_docs:
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert back == doc
        assert [type(m) for m in back.motions] == [type(m) for m in doc.motions]
        assert back.commitments == doc.commitments and back.sender == doc.sender
