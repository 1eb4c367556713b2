"""graph.push without a server: digest answers (RFC test vectors), challenges, error pages, the CLI."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner

from graph.cli import main
from graph.errors import InputError, UsageError
from graph.push import RETRIES, _has_blank_nodes, digest_authorization, error_text, parse_challenges, push

RFC7616 = {"realm": "http-auth@example.org", "qop": "auth, auth-int",
           "nonce": "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
           "opaque": "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"}
CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"


def _fields(header: str) -> dict[str, str]:
    assert header.startswith("Digest ")
    return parse_challenges([header])["digest"]


@pytest.mark.parametrize(("challenge", "cnonce", "response"), [
    # RFC 2617, section 3.5
    ({"realm": "testrealm@host.com", "qop": "auth,auth-int", "nonce": "dcd98b7102dd2f0e8b11d0f600bfb0c093",
      "opaque": "5ccc069c403ebaf9f0171e9517f40e41"}, "0a4f113b", "6629fae49393a05397450978507c4ef1"),
    # RFC 7616, section 3.9.1: MD5 and SHA-256
    ({**RFC7616, "algorithm": "MD5"}, CNONCE, "8ca523f5e9506fed4657c9700eebdbec"),
    ({**RFC7616, "algorithm": "SHA-256"}, CNONCE, "753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"),
])
def test_digest_matches_the_rfc_examples(challenge: dict[str, str], cnonce: str, response: str) -> None:
    password = "Circle Of Life" if challenge["realm"] == "testrealm@host.com" else "Circle of Life"
    header = digest_authorization(challenge, "Mufasa", password, "GET", "/dir/index.html", cnonce)
    fields = _fields(header)
    assert fields["response"] == response
    assert (fields["qop"], fields["nc"], fields["uri"], fields["opaque"]) == (
        "auth", "00000001", "/dir/index.html", challenge["opaque"])


def test_digest_depends_on_method_password_and_count() -> None:
    chal = {"realm": "SPARQL", "nonce": "abc", "qop": "auth"}
    put = _fields(digest_authorization(chal, "u", "p", "PUT", "/x?graph=g", "c"))["response"]
    assert put != _fields(digest_authorization(chal, "u", "p", "HEAD", "/x?graph=g", "c"))["response"]
    assert put != _fields(digest_authorization(chal, "u", "q", "PUT", "/x?graph=g", "c"))["response"]
    assert put != _fields(digest_authorization(chal, "u", "p", "PUT", "/x?graph=g", "c", nc=2))["response"]


def test_digest_without_qop_and_a_quoted_user() -> None:
    header = digest_authorization({"realm": "r", "nonce": "n"}, 'a"b\\c', "p", "PUT", "/s", "c")
    fields = _fields(header)
    assert fields["username"] == 'a"b\\c' and "qop" not in fields and "cnonce" not in fields


@pytest.mark.parametrize("challenge", [{"realm": "r", "nonce": "n", "qop": "auth-int"},
                                       {"realm": "r", "nonce": "n", "algorithm": "SHA-512-256"},
                                       {"realm": "r"}])
def test_digest_it_cannot_answer_is_a_usage_error(challenge: dict[str, str]) -> None:
    with pytest.raises(UsageError):
        digest_authorization(challenge, "u", "p", "PUT", "/s", "c")


def test_challenges_by_scheme() -> None:
    virtuoso = ('Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="8a4a", '
                'opaque="5ebe", stale="false", qop="auth", algorithm="MD5"')
    got = parse_challenges([virtuoso, 'Basic realm="a \\"quoted\\" realm"', "Negotiate"])
    assert got["digest"] == {"realm": "SPARQL", "domain": "/sparql-graph-crud-auth", "nonce": "8a4a",
                             "opaque": "5ebe", "stale": "false", "qop": "auth", "algorithm": "MD5"}
    assert got["basic"] == {"realm": 'a "quoted" realm'}
    assert got["negotiate"] == {}


@pytest.mark.parametrize(("body", "expected"), [
    (b'<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head><title>SPARQL Graph Protocol request failed'
     b"</title></head><body><h1>HTTP/1.1 500 Request Failed</h1><h3>Error 22023</h3>\n<xmp>The PUT request for graph "
     b"<https://example.org/g> is rejected</xmp></body></html>",
     "SPARQL Graph Protocol request failed; HTTP/1.1 500 Request Failed; Error 22023; "
     "The PUT request for graph <https://example.org/g> is rejected"),
    (b"<html><head><title>401 Authorization Required</title></head><body><center><h1>401 Authorization Required"
     b"</h1></center><hr><center>nginx</center></body></html>", "401 Authorization Required; nginx"),
    (b"Parser error at line 3: unexpected '}'\n", "Parser error at line 3: unexpected '}'"),
    (b"", "Forbidden"),
    (b"x" * 1000, "x" * 299 + "…"),
])
def test_error_pages_become_one_line(body: bytes, expected: str) -> None:
    assert error_text(body, "Forbidden") == expected


def test_password_is_never_a_command_line_option() -> None:
    result = CliRunner().invoke(main, ["push", "--endpoint", "http://127.0.0.1:9/s", "--user", "u",
                                       "--password", "secret"])
    assert result.exit_code == 2 and "No such option" in result.output
    result = CliRunner().invoke(main, ["push", "--endpoint", "http://127.0.0.1:9/s", "--user", "u"],
                                env={"KAMERGRAPH_PASSWORD": None})
    assert result.exit_code == 2 and "KAMERGRAPH_PASSWORD" in result.output


class _FlakyStore(http.server.BaseHTTPRequestHandler):
    """A Graph Store that rolls back the first ``fail`` writes as Virtuoso does on a deadlock."""

    fail: ClassVar[int] = 1
    bodies: ClassVar[list[tuple[str, bytes]]] = []
    url: ClassVar[str] = ""

    def do_HEAD(self) -> None:
        self.send_response(200)
        self.end_headers()

    def _write(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        type(self).bodies.append((self.command, body))
        if type(self).fail > 0:
            type(self).fail -= 1
            page = b"Error 40001; SR172: Transaction deadlocked"
            self.send_response(500)
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return
        self.send_response(201 if self.command == "PUT" else 200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _write

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def flaky_store(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_FlakyStore]]:
    monkeypatch.setattr("graph.push.RETRY_PAUSE", 0.0)
    _FlakyStore.bodies = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _FlakyStore)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    _FlakyStore.url = f"http://127.0.0.1:{server.server_address[1]}/store"
    try:
        yield _FlakyStore
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("part_bytes", [10**9, 40])
def test_a_request_rolled_back_as_a_deadlock_is_sent_again(flaky_store: type[_FlakyStore], tmp_path: Path,
                                                         part_bytes: int) -> None:
    """Whole (a file object, read again from its start) or in parts (bytes): the rolled-back
    request is sent again with the same body, and the push succeeds."""
    nt = tmp_path / "g.nt"
    nt.write_bytes(b"".join(b"<https://e.org/s%d> <https://e.org/p> <https://e.org/o> .\n" % i for i in range(9)))
    flaky_store.fail = 1
    assert push(nt, flaky_store.url, part_bytes=part_bytes) == 201
    methods = [m for m, _ in flaky_store.bodies]
    assert methods[:2] == ["PUT", "PUT"] and set(methods[2:]) <= {"POST"}
    assert flaky_store.bodies[0][1] == flaky_store.bodies[1][1]
    assert b"".join(b for _, b in flaky_store.bodies[1:]) == nt.read_bytes()


def test_a_deadlock_that_persists_is_reported(flaky_store: type[_FlakyStore], tmp_path: Path) -> None:
    nt = tmp_path / "g.nt"
    nt.write_bytes(b"<https://e.org/s> <https://e.org/p> <https://e.org/o> .\n")
    flaky_store.fail = RETRIES
    with pytest.raises(InputError, match="deadlocked"):
        push(nt, flaky_store.url)
    assert len(flaky_store.bodies) == RETRIES


@pytest.mark.parametrize("block", [1, 2, 3, 5, 64])
def test_blank_nodes_are_found_across_block_ends(tmp_path: Path, block: int) -> None:
    nt = tmp_path / "g.nt"
    for at in range(6):
        nt.write_bytes(b"x" * at + b"_:b <https://e.org/p> <https://e.org/o> .\n")
        assert _has_blank_nodes(nt, block), (at, block)
    nt.write_bytes(b'<https://e.org/s> <https://e.org/p> "a_b:c" .\n')
    assert not _has_blank_nodes(nt, block)
