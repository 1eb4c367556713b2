"""Read letters from disk: decode, reject what is not a letter, list a folder's letters."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from graph.errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # a Kamerbrief is tens of kB; 20 MB is far beyond any real letter
LETTER_SUFFIXES = (".txt", ".md", ".markdown", ".text")


@dataclass(frozen=True, slots=True)
class Source:
    """A letter's text as read, with where it came from."""

    path: str  # as given by the user
    text: str
    sha256: str
    encoding: str


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode letter bytes: UTF-8 (with or without BOM), else Windows-1252; refuse binary."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: binary file (contains NUL bytes), not a letter")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, enc = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: neither UTF-8 nor Windows-1252 text ({e.reason} at byte {e.start})") from None
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(8, len(text[:8192]) // 100):
        raise InputError(f"{name}: binary file (control characters), not a letter")
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def read_letter(path: str | os.PathLike[str]) -> Source:
    """Read one letter; raise :class:`InputError` with a one-line reason when it cannot be."""
    name = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a letter")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: {size / 1e6:.0f} MB is too large for a letter (limit {MAX_BYTES // 2**20} MB)")
        data = p.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    text, enc = decode(data, name)
    return Source(name, text, hashlib.sha256(data).hexdigest(), enc)


def list_letters(paths: list[str]) -> tuple[list[str], list[str]]:
    """Expand files and directories into letter files, sorted; also return problems found.

    A directory contributes its ``*.txt``/``*.md`` files (not README.md), recursively.
    """
    files: list[str] = []
    problems: list[str] = []
    for given in paths:
        p = Path(given)
        if not p.exists() and not p.is_symlink():
            raise InputError(f"{given}: no such file or directory")
        if p.is_dir():
            found = []
            for root, dirs, names in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for n in names:
                    if n.lower().endswith(LETTER_SUFFIXES) and n.lower() != "readme.md" and not n.startswith("."):
                        found.append(os.path.join(root, n))
                for d in dirs:
                    full = os.path.join(root, d)
                    if d.lower().endswith(LETTER_SUFFIXES):
                        problems.append(f"{full}: is a directory, not a letter")
            files.extend(sorted(found))
        else:
            files.append(given)
    return files, problems
