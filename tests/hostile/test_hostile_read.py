"""Broken files in a folder: good letters are built, each bad file is named once with its reason.

Exit codes (docs/exit-codes.md): 0 built, 3 built but some input skipped, 2 nothing usable or
``--strict`` with a skip (and then nothing is written).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import graph.read
from graph.cli import main
from graph.errors import InputError
from graph.read import MAX_BYTES, decode, list_letters, read_letter

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DUTCH = "Ik heb uw Kamer geïnformeerd over de € 5 miljoen voor ’thuiswerken’ – zie de brief."

# name → (bytes, words expected in the one-line reason)
BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.md": (b"  \n\n\t\n", "empty file"),
    "binary.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
    "latin-noise.txt": (b"Dit is \xff\x81 geen tekst \x8d\x90\x9d", "neither UTF-8 nor Windows-1252"),
    "controls.txt": (bytes(range(1, 32)) * 20, "binary file"),
    "utf16-bad.txt": (b"\xff\xfe\x00\xd8", "byte order mark"),
}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """Two good letters and one of every kind of bad input."""
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in ("000_66ea02ed325e333a.txt", "003_94d44916ac137ffd.txt"):
        shutil.copy(SEEDS / seed, folder / seed)
    for name, (data, _) in BAD_FILES.items():
        (folder / name).write_bytes(data)
    (folder / "x.txt").mkdir()  # a folder named like a letter
    (folder / "loop.txt").symlink_to("loop.txt")  # a link to itself
    (folder / "dangling.md").symlink_to("nowhere.md")
    (folder / "back").symlink_to(".")  # a folder link leading back up
    with open(folder / "huge.txt", "wb") as f:  # sparse: takes no disk space
        f.truncate(200 * 2**20)
    os.mkfifo(folder / "pipe.txt")  # reading it would block forever
    return folder


def test_mixed_folder_builds_good_letters_and_names_each_bad_one_once(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(mixed), "--out", str(out), "--no-html"])
    assert result.exit_code == 3, result.output
    assert "letters read: 2, skipped: 12" in result.stdout
    assert "Traceback" not in result.stderr
    expected = {
        **{name: why for name, (_, why) in BAD_FILES.items()},
        "x.txt": "is a directory",
        "loop.txt": "symbolic link loop",
        "dangling.md": "no such file",
        "back": "link to a folder, not followed",
        "huge.txt": "200 MB is too large for a letter (limit 20 MB)",
        "pipe.txt": "not a regular file",
    }
    for name, why in expected.items():
        lines = [x for x in result.stderr.splitlines() if f"{os.sep}{name}:" in x]
        assert len(lines) == 1, (name, result.stderr)
        assert why in lines[0], lines[0]
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "graph.jsonld", "graph.nt", "graph.ttl", "manifest.json"
    ]


def test_strict_fails_on_any_skip_and_writes_nothing(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(mixed), "--out", str(out), "--no-html", "--strict"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "--strict" in result.stderr, result.stderr
    assert not out.exists() or not [p for p in out.iterdir() if not p.name.startswith(".")]


def test_strict_build_of_good_letters_succeeds(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEEDS / "003_94d44916ac137ffd.txt", folder)
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "o"), "--no-html", "--strict"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("name", sorted(BAD_FILES))
@pytest.mark.parametrize("command", ["build", "extract"])
def test_one_bad_file_alone_is_exit_2_with_one_line(tmp_path: Path, name: str, command: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_FILES[name][0])
    out = tmp_path / "out"
    args = [command, str(path)] + (["--out", str(out)] if command == "build" else [])
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert isinstance(result.exception, SystemExit)
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("kamergraph: ") and BAD_FILES[name][1] in last, result.stderr
    assert not out.exists() or not [p for p in out.iterdir() if not p.name.startswith(".")]


@pytest.mark.parametrize("command", ["build", "extract"])
def test_missing_folder_is_exit_2(tmp_path: Path, command: str) -> None:
    result = CliRunner().invoke(main, [command, str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert result.stderr == f"kamergraph: {tmp_path / 'nope'}: no such file or directory\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (DUTCH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + DUTCH.encode("utf-8"), "utf-8"),
        (DUTCH.encode("cp1252"), "cp1252"),
        (b"\xff\xfe" + DUTCH.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + DUTCH.encode("utf-16-be"), "utf-16-be"),
        (DUTCH.replace(" – ", "\r\n").encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16le-bom", "utf16be-bom", "cp1252-crlf"],
)
def test_encodings_read_correctly(tmp_path: Path, data: bytes, encoding: str) -> None:
    path = tmp_path / "brief.txt"
    path.write_bytes(data)
    src = read_letter(path)
    assert src.encoding == encoding
    assert src.text in (DUTCH, DUTCH.replace(" – ", "\n"))
    assert "\ufeff" not in src.text and "\r" not in src.text


def test_windows_1252_letter_is_extracted(tmp_path: Path) -> None:
    raw = "Zoals toegezegd in Kamerstuk 35 669, nr. 36 heb ik uw Kamer geïnformeerd over € 5 miljoen."
    (tmp_path / "brief.txt").write_bytes(raw.encode("cp1252"))
    result = CliRunner().invoke(main, ["extract", "--format", "json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "kst-35669-36" in result.stdout and "geïnformeerd" not in result.stderr


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """chmod 000 does not stop root, so the refusal the kernel would give is simulated."""
    path = tmp_path / "locked.txt"
    path.write_text(DUTCH)

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(graph.read, "open", refuse, raising=False)
    with pytest.raises(InputError, match=r"locked\.txt: permission denied$"):
        read_letter(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_chmod(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(DUTCH)
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_letter(path)


def test_size_limit_message_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with open(path, "wb") as f:
        f.truncate(MAX_BYTES + 1)
    with pytest.raises(InputError, match=r"big.txt: 20 MB is too large for a letter \(limit 20 MB\)"):
        read_letter(path)
    with open(path, "wb") as f:
        f.write(b"a" * 10)
        f.truncate(MAX_BYTES)  # exactly at the limit: read (and refused only as binary NULs)
    with pytest.raises(InputError, match="binary"):
        read_letter(path)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"\x00" * 10 + b"tekst", "NUL"),
        (b"\xef\xbb\xbf\x00\x00tekst", "NUL"),
        (b"\xef\xbb\xbf\xff tekst", "byte order mark"),
        (b"\r\n\r\n", "empty"),
    ],
)
def test_decode_refusals(data: bytes, why: str) -> None:
    with pytest.raises(InputError, match=why):
        decode(data, "f.txt")


def test_folder_named_like_a_letter_with_letters_inside_is_read(tmp_path: Path) -> None:
    (tmp_path / "2021.txt").mkdir()
    (tmp_path / "2021.txt" / "brief.txt").write_text(DUTCH)
    (tmp_path / "leeg.md").mkdir()
    files, problems = list_letters([str(tmp_path)])
    assert files == [str(tmp_path / "2021.txt" / "brief.txt")]
    assert problems == [f"{tmp_path / 'leeg.md'}: is a directory, not a letter"]


def test_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(DUTCH)
    files, _ = list_letters([str(tmp_path), str(tmp_path / "a.txt"), str(tmp_path) + "/"])
    assert files == [str(tmp_path / "a.txt")]
