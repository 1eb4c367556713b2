"""A throwaway Virtuoso Open Source server on 127.0.0.1, for the benchmark and the tests.

The server runs from its own minimal ``virtuoso.ini`` in a folder of its own (database, logs and
both ports there and on the loopback interface only) and is set up the way an institution would
run it: writes go through the digest-authenticated ``/sparql-graph-crud-auth`` as a user granted
``SPARQL_UPDATE`` (the anonymous ``/sparql-graph-crud`` stays read-only), and queries go to the
public ``/sparql``. Needs Debian's ``virtuoso-opensource`` (``virtuoso-t`` and ``isql-vt``).
"""

from __future__ import annotations

import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

START_TIMEOUT = 180.0  # seconds: the first start creates the database (~1 s to ~2 min on this machine)
STOP_TIMEOUT = 30.0  # seconds Virtuoso may take to checkpoint and exit before it is killed
USER = "kamergraph"

INI = """\
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx

[Parameters]
ServerPort         = 127.0.0.1:{sql_port}
DisableUnixSocket  = 1
DirsAllowed        = {dir}
NumberOfBuffers    = {buffers}
MaxDirtyBuffers    = {dirty}
CheckpointInterval = 0

[HTTPServer]
ServerPort         = 127.0.0.1:{http_port}
ServerRoot         = {dir}
ServerThreads      = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows      = {max_rows}
MaxQueryExecutionTime = {max_seconds}
"""


class ServerError(Exception):
    """The server could not be started or set up; the message ends with its log's last lines."""


@dataclass(frozen=True, slots=True)
class Virtuoso:
    base: str  # http://127.0.0.1:PORT
    password: str  # of USER, who may write through /sparql-graph-crud-auth

    @property
    def sparql(self) -> str:
        return f"{self.base}/sparql"

    @property
    def crud(self) -> str:
        return f"{self.base}/sparql-graph-crud-auth"


def installed() -> bool:
    return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _log_tail(folder: Path) -> str:
    lines: list[str] = []
    for name in ("virtuoso.log", "stdout.log"):
        path = folder / name
        if path.is_file():
            lines += path.read_text(errors="replace").splitlines()[-15:]
    return "\n".join(lines)


def _die_with_parent() -> None:
    """In the server's process (Linux): SIGTERM when its parent dies, even by SIGKILL, so it never outlives it."""
    import ctypes

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG


def _isql(isql: str, port: int, sql: str, deadline: float) -> None:
    """Run SQL as the server's fresh administrator (dba/dba: a throwaway server on loopback).

    The SQL port may open a moment after the HTTP one: retried until ``deadline``.
    """
    while True:
        done = subprocess.run([isql, str(port), "dba", "dba", f"exec={sql}"], capture_output=True, text=True,
                              timeout=60, stdin=subprocess.DEVNULL)
        output = f"{done.stdout.strip()} {done.stderr.strip()}"
        if done.returncode == 0 and "Error" not in output:
            return
        if time.monotonic() > deadline:
            raise ServerError(f"isql-vt could not set up the writer account: {output}")
        time.sleep(0.5)


@contextmanager
def serve(folder: Path, max_rows: int = 10_000, buffers: int = 10_000, max_seconds: int = 60) -> Iterator[Virtuoso]:
    """A Virtuoso server with its database in ``folder`` and a writer account; stopped on exit.

    ``buffers`` are 8 kB pages of cache (Virtuoso's guide: 340,000 for 4 GB of memory);
    ``max_rows`` caps every answer, ``max_seconds`` every query.
    """
    exe, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if exe is None or isql is None:
        raise ServerError("Virtuoso is not installed (virtuoso-t and isql-vt: apt-get install virtuoso-opensource)")
    folder.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = _free_port(), _free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, sql_port=sql_port, http_port=http_port, max_rows=max_rows,
                              buffers=buffers, dirty=buffers * 3 // 4, max_seconds=max_seconds), encoding="utf-8")
    base = f"http://127.0.0.1:{http_port}"
    started = time.monotonic()
    with open(folder / "stdout.log", "wb") as out:
        proc = subprocess.Popen([exe, "+foreground", "+configfile", str(ini)], cwd=folder,
                                stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
                                preexec_fn=_die_with_parent if sys.platform == "linux" else None)
    try:
        while True:
            try:
                urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=5).close()
                break
            except OSError:
                if proc.poll() is not None:
                    raise ServerError(f"virtuoso-t exited with {proc.returncode}:\n{_log_tail(folder)}") from None
                if time.monotonic() - started > START_TIMEOUT:
                    raise ServerError(f"virtuoso-t did not answer within {START_TIMEOUT:.0f} s:\n"
                                      f"{_log_tail(folder)}") from None
                time.sleep(0.2)
        password = secrets.token_hex(12)
        _isql(isql, sql_port, f"DB.DBA.USER_CREATE('{USER}', '{password}'); GRANT SPARQL_UPDATE TO \"{USER}\";",
              started + START_TIMEOUT)
        yield Virtuoso(base, password)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT)
