"""Read letters from disk: decode, reject what is not a letter, list a folder's letters.

Every refusal is an :class:`InputError` with a one-line reason naming the file; a folder is
listed without ever following a symbolic link into a loop or blocking on a pipe or device.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from graph import patterns as P
from graph.errors import InputError

# A Kamerbrief is tens of kB and the largest Kamerstukken (a begroting, a jaarverslag with its
# annexes) are a few MB of text; 20 MB is far beyond any real letter and keeps a worker's
# memory bounded (a str of 20 MB is up to 80 MB in memory, plus what extraction builds on it).
MAX_BYTES = 20 * 1024 * 1024
LETTER_SUFFIXES = (".txt", ".md", ".markdown", ".text")
_SNIFF = 8192  # bytes (and characters) looked at to tell text from binary

# Byte order marks: a BOM decides the encoding (Windows "Unicode" text is UTF-16 with a BOM).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with UTF-16 LE's
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Source:
    """A letter's text as read, with where it came from."""

    path: str  # as given by the user
    text: str
    sha256: str
    encoding: str


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n / 2**20:.1f} MB"


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode letter bytes: a BOM's encoding, else UTF-8, else Windows-1252; refuse binary.

    Line ends are normalised to ``\\n`` (spans point into the text as returned here).
    """
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(f"{name}: starts with a {enc} byte order mark but is not {enc} text "
                                 f"({e.reason} at byte {e.start + len(bom)})") from None
            break
    else:
        if b"\x00" in data[:_SNIFF]:
            raise InputError(f"{name}: binary file (contains NUL bytes), not a letter")
        try:
            text, enc = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as e:
            try:
                text, enc = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                raise InputError(f"{name}: neither UTF-8 nor Windows-1252 text "
                                 f"({e.reason} at byte {e.start})") from None
    if not text.strip():
        raise InputError(f"{name}: empty file (only white space)")
    if "\x00" in text[:_SNIFF]:
        raise InputError(f"{name}: binary file (contains NUL characters), not a letter")
    head = text[:_SNIFF]
    controls = len(P.CONTROL_CHAR.findall(head))  # a regex: a Python loop here was 2/3 of a cached rebuild
    if controls > max(8, len(head) // 100):
        raise InputError(f"{name}: binary file (control characters), not a letter")
    return text.replace("\r\n", "\n").replace("\r", "\n"), enc


def read_letter(path: str | os.PathLike[str]) -> Source:
    """Read one letter; raise :class:`InputError` with a one-line reason when it cannot be."""
    name = str(path)
    try:
        st = os.stat(path)  # follows links: a loop raises ELOOP
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory, not a letter")
        if not stat.S_ISREG(st.st_mode):
            # a pipe or device would block or never end
            raise InputError(f"{name}: not a regular file (a pipe, socket or device), not a letter")
        if st.st_size > MAX_BYTES:
            raise InputError(f"{name}: {_mb(st.st_size)} is too large for a letter (limit {_mb(MAX_BYTES)})")
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)  # the file may have grown since stat
        if len(data) > MAX_BYTES:
            raise InputError(f"{name}: more than {_mb(MAX_BYTES)}, too large for a letter")
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{name}: no such file (or a link to nothing)") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as e:
        if e.errno == errno.ELOOP:
            raise InputError(f"{name}: symbolic link loop") from None
        raise InputError(f"{name}: cannot be read ({e.strerror or e})") from None
    text, enc = decode(data, name)
    return Source(name, text, hashlib.sha256(data).hexdigest(), enc)


def _is_letter_name(n: str) -> bool:
    low = n.lower()
    return low.endswith(LETTER_SUFFIXES) and low != "readme.md" and not n.startswith(".")


def list_letters(paths: list[str]) -> tuple[list[str], list[str]]:
    """Expand files and directories into letter files, sorted; also return problems found.

    A directory contributes its ``*.txt``/``*.md`` files (not README.md, no hidden files),
    recursively, without following links to directories. A folder named like a letter that holds
    no letter, and a sub-folder that cannot be listed, are problems (reported once each), not
    errors; a path given that does not exist is an error. A file reached twice is read once.
    """
    files: list[str] = []
    problems: list[str] = []
    for given in paths:
        p = Path(given)
        if not p.exists() and not p.is_symlink():
            raise InputError(f"{given}: no such file or directory")
        if not p.is_dir():
            files.append(given)
            continue

        def unlisted(err: OSError) -> None:
            problems.append(f"{err.filename}: folder cannot be listed ({err.strerror or err})")

        found: list[str] = []
        named_like_letters: list[str] = []
        for root, dirs, names in os.walk(p, onerror=unlisted, followlinks=False):
            links = [d for d in dirs if os.path.islink(os.path.join(root, d)) and not d.startswith(".")]
            # a link to a folder may lead back up (a loop) or out of the corpus: reported, not followed
            problems.extend(f"{os.path.join(root, d)}: link to a folder, not followed" for d in sorted(links))
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in links)
            named_like_letters.extend(os.path.join(root, d) for d in dirs if _is_letter_name(d))
            found.extend(os.path.join(root, n) for n in names if _is_letter_name(n))
        # a folder named "x.txt" is walked like any other; it is reported when it held no letter
        problems.extend(
            f"{d}: is a directory, not a letter" for d in named_like_letters
            if not any(f.startswith(d + os.sep) for f in found)
        )
        files.extend(sorted(found))
    seen: set[str] = set()
    unique = []
    for f in files:
        key = os.path.normpath(os.path.abspath(f))
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, list(dict.fromkeys(problems))
