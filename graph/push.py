"""Load a graph into a SPARQL server through the SPARQL 1.1 Graph Store HTTP Protocol.

``PUT <endpoint>?default`` (or ``?graph=<IRI>``) replaces that graph with the file's triples, so
pushing the same build twice leaves the server as after one push. Servers differ in where the
protocol lives and who may write:

- Oxigraph (``oxigraph serve``): ``/store``, no authentication, default or named graphs.
- Virtuoso 7: ``/sparql-graph-crud-auth`` with HTTP digest authentication, for a user granted
  ``SPARQL_UPDATE``; named graphs only (``?default`` is refused: "not configured to have default
  graph"). Its unauthenticated ``/sparql-graph-crud`` writes only if the anonymous ``SPARQL``
  user is granted ``SPARQL_UPDATE``, which opens the store to anyone who can reach it.

With a user, push first asks the server without credentials (``HEAD``, which changes nothing) and
answers its challenge: digest (RFC 7616: MD5 or SHA-256, ``qop=auth``) when offered, else basic
(which sends the password readable: use it over https only), so a refused user is reported before
any upload.

An N-Triples file larger than :data:`PART_BYTES` goes in parts cut at line ends: ``PUT`` with the
first part (which replaces the graph), then ``POST`` (which adds) with each further part. Virtuoso
refuses a request body of 2 GB or more, and each part is one transaction on the server. A line of
N-Triples stands alone, but a blank node does not: a file with blank nodes is sent whole. If a
later part fails, the server holds the parts before it, and the error says so.
"""

from __future__ import annotations

import base64
import hashlib
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import BinaryIO

from graph import patterns
from graph.errors import InputError, UsageError

TIMEOUT = 300.0  # seconds: a large graph takes a while to upload and index
MEDIA_TYPES = {".nt": "application/n-triples", ".ttl": "text/turtle", ".jsonld": "application/ld+json",
               ".rdf": "application/rdf+xml"}
DIGEST_HASHES = {"MD5": hashlib.md5, "SHA-256": hashlib.sha256}
MESSAGE_CHARS = 300  # an error page is cut to this many characters: one readable line
#: Bytes of N-Triples per request when a file is sent in parts: far under Virtuoso's 2 GB limit on
#: a body, and a transaction its loader finishes (one of 64 MB sometimes deadlocks or hangs there).
PART_BYTES = 16 * 2**20
#: Times a request is sent when the server answers that it rolled it back as a deadlock: Virtuoso
#: 7.2's loader deadlocks with itself now and then on a part of 64 MB ("Error 40001; SR172:
#: Transaction deadlocked"), more often the larger the part; the part is then loaded again.
RETRIES = 3
DEADLOCK_SIGNS = ("40001", "deadlock")  # SQLSTATE 40001: serialization failure, rolled back
RETRY_PAUSE = 1.0  # seconds before the first retry, twice that before the second


def graph_url(endpoint: str, named_graph: str | None) -> str:
    """The Graph Store URL of the default graph or of ``named_graph`` (an absolute IRI)."""
    if not patterns.PARAM_IRI.fullmatch(endpoint):
        raise UsageError(f"--endpoint: {endpoint!r} is not an http(s) URL")
    if named_graph is not None and not patterns.PARAM_IRI.fullmatch(named_graph):
        raise UsageError(f"--named-graph: {named_graph!r} is not an http(s) IRI")
    query = "default" if named_graph is None else urllib.parse.urlencode({"graph": named_graph})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def error_text(body: bytes, fallback: str) -> str:
    """A server's error answer as one line: an HTML page's text without tags, repeats and blanks."""
    text = patterns.HTML_TAG.sub("\n", body.decode("utf-8", "replace"))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    seen: list[str] = []
    for line in lines:
        if line and line not in seen:
            seen.append(line)
    out = "; ".join(seen) or fallback
    return out if len(out) <= MESSAGE_CHARS else out[: MESSAGE_CHARS - 1] + "…"


def parse_challenges(headers: list[str]) -> dict[str, dict[str, str]]:
    """WWW-Authenticate header values by lower-case scheme: ``{"digest": {"realm": …, "nonce": …}}``.

    One challenge per header value, as Virtuoso, Apache and nginx send them.
    """
    out: dict[str, dict[str, str]] = {}
    for value in headers:
        m = patterns.AUTH_SCHEME.match(value)
        if m is None:
            continue
        params = {}
        for p in patterns.AUTH_PARAM.finditer(value, m.end()):
            quoted = p["quoted"]
            params[p["key"].lower()] = patterns.QUOTED_PAIR.sub(r"\1", quoted) if quoted is not None else p["token"]
        out.setdefault(m["scheme"].lower(), params)
    return out


def _quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def digest_authorization(challenge: Mapping[str, str], user: str, password: str, method: str, uri: str,
                         cnonce: str, nc: int = 1) -> str:
    """The ``Authorization: Digest …`` value answering ``challenge`` (RFC 7616, RFC 2617)."""
    algorithm = challenge.get("algorithm", "MD5")
    base = algorithm.upper().removesuffix("-SESS")
    if base not in DIGEST_HASHES or "nonce" not in challenge:
        raise UsageError(f"the server asks for digest authentication kamergraph cannot give ({algorithm})")

    def h(text: str) -> str:
        return DIGEST_HASHES[base](text.encode("utf-8"), usedforsecurity=False).hexdigest()

    realm, nonce = challenge.get("realm", ""), challenge["nonce"]
    ha1 = h(f"{user}:{realm}:{password}")
    if algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    qops = [q.strip() for q in challenge.get("qop", "").split(",") if q.strip()]
    fields = [("username", _quote(user)), ("realm", _quote(realm)), ("nonce", _quote(nonce)), ("uri", _quote(uri))]
    if "auth" in qops:
        count = f"{nc:08x}"
        fields += [("qop", "auth"), ("nc", count), ("cnonce", _quote(cnonce)),
                   ("response", _quote(h(f"{ha1}:{nonce}:{count}:{cnonce}:auth:{ha2}")))]
    elif qops:  # auth-int would hash the whole body before sending it
        raise UsageError(f"the server asks for digest qop={','.join(qops)}; kamergraph supports qop=auth")
    else:
        fields.append(("response", _quote(h(f"{ha1}:{nonce}:{ha2}"))))
    if "opaque" in challenge:
        fields.append(("opaque", _quote(challenge["opaque"])))
    fields.append(("algorithm", algorithm))
    return "Digest " + ", ".join(f"{k}={v}" for k, v in fields)


def _head(url: str, auth: str | None) -> tuple[int, dict[str, dict[str, str]]]:
    """``HEAD url``: the status and, on 401, the challenges (HEAD changes nothing on the server)."""
    req = urllib.request.Request(url, method="HEAD", headers={"Authorization": auth} if auth else {})
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
            return int(resp.status), {}
    except urllib.error.HTTPError as e:  # 401 carries the challenge; 404 or 501 say nothing about access
        challenges = parse_challenges(e.headers.get_all("WWW-Authenticate") or []) if e.code == 401 else {}
        e.close()
        return e.code, challenges
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        raise InputError(f"{url}: cannot reach the server ({getattr(e, 'reason', e)})") from None


def authorization(url: str, user: str | None, password: str, method: str = "PUT") -> str | None:
    """The Authorization header to send ``method`` to ``url`` with, checked before any upload (None:
    none needed).

    The server is asked without credentials; if it challenges, the answer (digest when offered,
    else basic) is tried on ``HEAD`` first, so a refused user is reported as such instead of as a
    connection the server closed halfway through a large upload.
    """
    if user is not None and (not (user.isascii() and user.isprintable()) or ":" in user):
        raise UsageError(f"--user: {user!r} must be printable ASCII without ':'")
    status, challenges = _head(url, None)
    if status != 401:
        return None if user is None else "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    if user is None:
        raise UsageError(f"{url}: the server asks for a user: give --user and set KAMERGRAPH_PASSWORD")
    if "digest" in challenges:
        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        cnonce = os.urandom(16).hex()
        check = digest_authorization(challenges["digest"], user, password, "HEAD", uri, cnonce, nc=1)
        answer = digest_authorization(challenges["digest"], user, password, method, uri, cnonce, nc=2)
    else:
        check = answer = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
    if _head(url, check)[0] == 401:
        raise UsageError(f"{url}: the server refuses user {user!r} with this password (KAMERGRAPH_PASSWORD)")
    return answer


def parts(f: BinaryIO, size: int = PART_BYTES) -> Iterator[bytes]:
    """The file in pieces of about ``size`` bytes, each ending at a line end (a longer line is one piece)."""
    rest = b""
    while block := f.read(size):
        block = rest + block
        cut = block.rfind(b"\n") + 1
        if cut == 0:  # no line end yet: read on
            rest = block
            continue
        rest = block[cut:]
        yield block[:cut]
    if rest:
        yield rest


def _has_blank_nodes(p: Path, block: int = PART_BYTES) -> bool:
    """Whether an N-Triples file may name a blank node: ``_:`` anywhere (also inside a literal or
    an IRI, which only sends such a file whole). Searched in blocks, not lines: one C-level scan."""
    with open(p, "rb") as f:
        tail = b""
        while data := f.read(block):
            if b"_:" in tail + data[:1] or b"_:" in data:
                return True
            tail = data[-1:]
    return False


def _send(url: str, method: str, body: BinaryIO | bytes, length: int, media: str, endpoint: str,
          user: str | None, password: str) -> int:
    """One request; one the server rolled back as a deadlock (SQLSTATE 40001) is sent again."""
    for attempt in range(1, RETRIES + 1):
        headers = {"Content-Type": f"{media}; charset=utf-8", "Content-Length": str(length)}
        auth = authorization(url, user, password, method)
        if auth is not None:
            headers["Authorization"] = auth
        try:
            req = urllib.request.Request(url, data=body, method=method, headers=headers)
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                return int(resp.status)
        except urllib.error.HTTPError as e:
            message = error_text(e.read(), str(e.reason))
            if attempt == RETRIES or not any(sign in message.lower() for sign in DEADLOCK_SIGNS):
                raise InputError(f"{url}: HTTP {e.code}: {message}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            reason = getattr(e, "reason", e)
            if isinstance(reason, (BrokenPipeError, ConnectionResetError)):  # answered before reading it all
                raise InputError(f"{url}: the server refused the upload before reading it (is the endpoint right? "
                                 "Virtuoso keeps no default graph: give --named-graph)") from None
            raise InputError(f"{endpoint}: cannot reach the server ({reason})") from None
        if not isinstance(body, bytes):
            body.seek(0)
        time.sleep(RETRY_PAUSE * attempt)
    raise AssertionError("unreachable")  # the last attempt returns or raises


def push(path: str | Path, endpoint: str, named_graph: str | None = None,
         user: str | None = None, password: str | None = None, part_bytes: int = PART_BYTES) -> int:
    """Replace the endpoint's graph with the file's triples; return the HTTP status of the first
    request (200, 201 or 204). N-Triples above ``part_bytes`` go in parts (module docstring)."""
    p = Path(path)
    media = MEDIA_TYPES.get(p.suffix)
    if media is None:
        raise UsageError(f"{p}: cannot push a {p.suffix or 'suffix-less'} file (use .nt, .ttl, .jsonld or .rdf)")
    url = graph_url(endpoint, named_graph)
    if not p.is_file():
        raise UsageError(f"{p}: no such graph file (run `kamergraph build` first, or give --graph)")
    size = p.stat().st_size
    with open(p, "rb") as f:
        if p.suffix != ".nt" or size <= part_bytes or _has_blank_nodes(p):
            return _send(url, "PUT", f, size, media, endpoint, user, password or "")
        status, sent = 0, 0
        for part in parts(f, part_bytes):
            try:
                answer = _send(url, "POST" if sent else "PUT", part, len(part), media, endpoint, user, password or "")
            except InputError as e:
                if not sent:
                    raise
                raise InputError(f"{e} (after {sent / 1e6:.0f} of {size / 1e6:.0f} MB: the graph on the server "
                                 "is incomplete, push again)") from None
            status = status or answer
            sent += len(part)
        return status
