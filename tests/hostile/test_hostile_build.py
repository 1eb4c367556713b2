"""Output is committed as one generation: failed, killed and concurrent builds never corrupt it.

A build writes into ``<out>/.build-*``, then under the lock writes a journal, renames each file
into place (``manifest.json`` last) and drops the journal. These tests fail a build, kill one
halfway, kill one between two renames, and run two at once, then check that ``<out>`` holds
exactly the files of one manifest with the bytes it lists.
"""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph.triples
from graph.build import JOURNAL, MANIFEST, build, recover_output
from graph.cli import main

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LETTERS = sorted(p.name for p in SEEDS.glob("0*.txt"))


def _folder(tmp: Path, name: str, letters: list[str], copies: int = 1) -> Path:
    folder = tmp / name
    folder.mkdir()
    for i in range(copies):
        for letter in letters:
            text = (SEEDS / letter).read_text(encoding="utf-8")
            # each copy a distinct letter (own bytes), so the build cannot reuse one extraction
            (folder / f"{i:03d}-{letter}").write_text(text + f"\n\nKopie {i}.\n", encoding="utf-8")
    return folder


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}


def _assert_one_generation(out: Path) -> dict[str, str]:
    """``out`` holds exactly the files its manifest lists, each with the listed sha256."""
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    files = manifest["files"]
    assert set(_snapshot(out)) == set(files) | {MANIFEST}
    for name, digest in files.items():
        assert hashlib.sha256((out / name).read_bytes()).hexdigest() == digest, name
    assert not list(out.glob(".build-*")) and not (out / JOURNAL).exists()
    return dict(files)


@pytest.fixture
def built(tmp_path: Path) -> Path:
    """An output folder holding a build of one letter (the 'previous generation')."""
    out = tmp_path / "out"
    build([str(_folder(tmp_path, "one", LETTERS[3:4]))], out, jobs=1, html=False)
    _assert_one_generation(out)
    return out


def test_failed_build_leaves_previous_output(built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _snapshot(built)

    def half_then_crash(docs: object, out_dir: Path, **options: object) -> int:
        (out_dir / "graph.ttl").write_text("@prefix kg: <https://w3id.org/kamergraph/def#> .\nkg:a kg:b ")
        raise RuntimeError("writer crashed halfway")

    monkeypatch.setattr(graph.triples, "write_graph", half_then_crash)
    with pytest.raises(RuntimeError):
        build([str(_folder(tmp_path, "two", LETTERS[:2]))], built, jobs=1, html=False)
    assert _snapshot(built) == before
    _assert_one_generation(built)


def test_store_that_cannot_be_built_fails_the_build_and_keeps_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graph.store
    from graph.errors import OutputError

    out, store = tmp_path / "out", tmp_path / "store"
    build([str(_folder(tmp_path, "one", LETTERS[3:4]))], out, jobs=1, html=False, store=store)
    before, store_before = _snapshot(out), sorted(p.name for p in store.iterdir())

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(graph.store, "load_nt", disk_full)
    with pytest.raises(OutputError, match="No space left"):
        build([str(_folder(tmp_path, "two", LETTERS[:2]))], out, jobs=1, html=False, store=store)
    assert _snapshot(out) == before
    _assert_one_generation(out)
    assert sorted(p.name for p in store.iterdir()) == store_before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["one", "out", "store", "two"]


_DIE_BETWEEN_RENAMES = """
import os, sys
import graph.build
real = os.replace
count = 0
def replace(src, dst):
    global count
    real(src, dst)
    if os.path.basename(str(dst)).startswith("graph."):
        count += 1
        if count == 2:
            os._exit(9)  # die like SIGKILL: no finally, no cleanup
graph.build.os.replace = replace
from graph.cli import main
sys.argv = ["kamergraph", "build", sys.argv[1], "--out", sys.argv[2], "--no-html", "--jobs", "1"]
main()
"""


def test_kill_between_two_renames_is_rolled_forward(built: Path, tmp_path: Path) -> None:
    old = _assert_one_generation(built)
    new_input = _folder(tmp_path, "two", LETTERS[:2])
    proc = subprocess.run([sys.executable, "-c", _DIE_BETWEEN_RENAMES, str(new_input), str(built)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 9, proc.stderr
    # the kill left a mix: two new graph files beside an old one, and the journal that says so
    assert (built / JOURNAL).exists()
    mixed = {n: hashlib.sha256(b).hexdigest() for n, b in _snapshot(built).items() if n != MANIFEST}
    assert sum(mixed[n] != old[n] for n in old) == 2
    # whoever takes the lock next finishes the commit: one generation again, the new one
    recover_output(built)
    new = _assert_one_generation(built)
    assert all(new[n] != old[n] for n in old)


def test_sigkill_halfway_through_a_real_build(built: Path, tmp_path: Path) -> None:
    """Kill ``kamergraph build`` the moment it starts writing; the previous build survives."""
    before = _snapshot(built)
    big = _folder(tmp_path, "big", LETTERS, copies=16)
    proc = subprocess.Popen(["kamergraph", "build", str(big), "--out", str(built), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list(built.glob(".build-*")) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    if proc.returncode != -signal.SIGKILL:
        pytest.fail(f"the build ended (exit {proc.returncode}) before it could be killed while writing")
    assert _snapshot(built) == before  # killed before its commit: untouched
    # the killed build's temporary folder is cleaned by the next build, which commits normally
    build([str(_folder(tmp_path, "after", LETTERS[:1]))], built, jobs=1, html=False)
    _assert_one_generation(built)


def test_two_builds_at_once_into_one_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    inputs = [_folder(tmp_path, "a", LETTERS[:2], copies=3), _folder(tmp_path, "b", LETTERS[2:], copies=3)]
    procs = [subprocess.Popen(["kamergraph", "build", str(i), "--out", str(out), "--no-html", "--jobs", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for i in inputs]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    files = _assert_one_generation(out)
    assert json.loads((out / MANIFEST).read_text())["letters"] in (6, 9)
    assert set(files) == {"graph.jsonld", "graph.nt", "graph.ttl"}


def test_stale_temp_folder_and_broken_journal_are_cleaned(built: Path, tmp_path: Path) -> None:
    stale = built / ".build-deadbeef"
    stale.mkdir()
    (stale / "graph.ttl").write_text("half a graph")
    (built / JOURNAL).write_text('{"tmp": ".build-gone", "files": ["graph.ttl"]')  # cut short
    build([str(_folder(tmp_path, "next", LETTERS[:1]))], built, jobs=1, html=False)
    _assert_one_generation(built)


def test_no_html_build_removes_the_previous_html(tmp_path: Path) -> None:
    out = tmp_path / "out"
    letters = _folder(tmp_path, "in", LETTERS[3:4])
    build([str(letters)], out, jobs=1, html=True)
    assert "graph.html" in _assert_one_generation(out)
    build([str(letters)], out, jobs=1, html=False)
    assert "graph.html" not in _assert_one_generation(out)  # no stale view of an older graph


def test_output_that_is_a_file_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("not a folder")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 2
    assert result.stderr == f"kamergraph: {tmp_path / 'out'}: exists and is not a folder\n"


def test_user_files_in_the_output_folder_are_kept(built: Path, tmp_path: Path) -> None:
    (built / "notes.txt").write_text("mine")
    build([str(_folder(tmp_path, "x", LETTERS[:1]))], built, jobs=1, html=False)
    assert (built / "notes.txt").read_text() == "mine"

