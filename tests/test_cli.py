"""The ``extract`` and ``build`` commands: exit codes, one-line messages, output on the right stream."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph.build
from graph.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "003_94d44916ac137ffd.txt"


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder)
    return folder


def test_help_documents_exit_codes() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "3 built, but some input was skipped" in result.stdout
    build_help = CliRunner().invoke(main, ["build", "--help"]).stdout
    assert "--strict" in build_help and "Example" in build_help


def test_extract_json_goes_to_stdout_and_skips_to_stderr(letters: Path) -> None:
    (letters / "leeg.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(letters)])
    assert result.exit_code == 3
    docs = json.loads(result.stdout)
    assert [Path(d["source"]).name for d in docs] == [SEED.name]
    assert result.stderr == f"kamergraph: skipped {letters / 'leeg.txt'}: empty file\n"


def test_extract_text_format(letters: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(letters / SEED.name)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() and result.stderr == ""


def test_build_prints_summary_and_outputs(letters: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(letters), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "letters read: 1, skipped: 0" in result.stdout
    for kind in ("ttl", "nt", "jsonld"):
        assert f"{kind}: {out / ('graph.' + kind)}" in result.stdout
    assert "manifest" not in result.stdout


def test_a_finder_crash_skips_that_letter_only(letters: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug in extraction costs one letter (named, exit 3), not the build and not a traceback."""
    shutil.copy(ROOT / "seeds" / "002_b95bf918908941a6.txt", letters)
    real = graph.build.extract_source

    def crash_on_002(src):  # type: ignore[no-untyped-def]
        if "002_" in src.path:
            raise IndexError("list index out of range")
        return real(src)

    monkeypatch.setattr(graph.build, "extract_source", crash_on_002)
    result = CliRunner().invoke(main, ["build", str(letters), "--out", str(tmp_path / "out"), "--no-html"])
    assert result.exit_code == 3, result.output
    assert "letters read: 1, skipped: 1" in result.stdout
    assert "002_b95bf918908941a6.txt: extraction failed (IndexError: list index out of range)" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["build", "--jobs", "0"], "Invalid value for '--jobs'"),
        (["extract", "--format", "xml", "seeds"], "Invalid value for '--format'"),
        (["extract"], "Missing argument"),
    ],
)
def test_usage_errors_are_exit_2(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and message in result.stderr


def test_no_traceback_from_the_real_command(tmp_path: Path) -> None:
    """The installed command, in a real process: bad input is one line and exit 2."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    proc = subprocess.run(["kamergraph", "build", str(bad), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "binary file" in proc.stderr
    assert not (tmp_path / "out").exists() or not [p for p in (tmp_path / "out").iterdir()
                                                     if not p.name.startswith(".")]


def test_manifest_names_every_file_with_its_sha256(seed_graph_dir: Path) -> None:
    import hashlib
    import json

    manifest = json.loads((seed_graph_dir / "manifest.json").read_text(encoding="utf-8"))
    files = {p.name for p in seed_graph_dir.iterdir() if p.is_file() and p.name.startswith("graph.")}
    assert set(manifest["files"]) == files == {"graph.jsonld", "graph.nt", "graph.ttl"}
    for name, digest in manifest["files"].items():
        assert hashlib.sha256((seed_graph_dir / name).read_bytes()).hexdigest() == digest, name
