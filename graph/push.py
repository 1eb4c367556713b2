"""Load a graph into a SPARQL server through the SPARQL 1.1 Graph Store HTTP Protocol.

``PUT <endpoint>?default`` (or ``?graph=<IRI>``) replaces that graph with the file's triples, so
pushing the same build twice leaves the server as after one push. Oxigraph serves the protocol at
``/store``; Virtuoso at ``/sparql-graph-crud-auth`` (with a user allowed to write).
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from graph import patterns
from graph.errors import InputError, UsageError

TIMEOUT = 300.0  # seconds: a large graph takes a while to upload and index
MEDIA_TYPES = {".nt": "application/n-triples", ".ttl": "text/turtle", ".jsonld": "application/ld+json",
               ".rdf": "application/rdf+xml"}


def graph_url(endpoint: str, named_graph: str | None) -> str:
    """The Graph Store URL of the default graph or of ``named_graph`` (an absolute IRI)."""
    if not patterns.PARAM_IRI.fullmatch(endpoint):
        raise UsageError(f"--endpoint: {endpoint!r} is not an http(s) URL")
    if named_graph is not None and not patterns.PARAM_IRI.fullmatch(named_graph):
        raise UsageError(f"--named-graph: {named_graph!r} is not an http(s) IRI")
    query = "default" if named_graph is None else urllib.parse.urlencode({"graph": named_graph})
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def push(path: str | Path, endpoint: str, named_graph: str | None = None,
         user: str | None = None, password: str | None = None) -> int:
    """PUT the graph file to the endpoint; return the HTTP status (200, 201 or 204)."""
    p = Path(path)
    media = MEDIA_TYPES.get(p.suffix)
    if media is None:
        raise UsageError(f"{p}: cannot push a {p.suffix or 'suffix-less'} file (use .nt, .ttl, .jsonld or .rdf)")
    url = graph_url(endpoint, named_graph)
    try:
        size = p.stat().st_size
        with open(p, "rb") as body:
            req = urllib.request.Request(url, data=body, method="PUT", headers={
                "Content-Type": f"{media}; charset=utf-8", "Content-Length": str(size)})
            if user is not None:
                token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
                req.add_header("Authorization", f"Basic {token}")
            with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
                return int(resp.status)
    except FileNotFoundError:
        raise UsageError(f"{p}: no such graph file (run `kamergraph build` first, or give --graph)") from None
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"{url}: HTTP {e.code}: {detail[0] if detail else e.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as e:
        raise InputError(f"{endpoint}: cannot reach the server ({getattr(e, 'reason', e)})") from None
