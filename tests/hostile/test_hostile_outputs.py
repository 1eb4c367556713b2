"""Letter text that quotes HTML, or holds quotes, backslashes, control characters and emoji.

It reaches ``graph.html`` only escaped (no element, event-handler attribute or ``javascript:``
link of the letter's making), and ``graph.ttl``/``graph.nt``/``graph.jsonld`` stay valid RDF
that parses back to the same graph with the text intact.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal

from graph.build import build

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

SCRIPT = '<script>alert("kg")</script>'
IMG = "<img src=x onerror=alert(1)>"
LINK = '<a href="javascript:alert(2)">klik</a>'
SVG = "<svg/onload=alert(3)>"
ODD = 'een "citaat", een \\backslash\\ en \\n, een bel\x07, een \x1b[0m escape, 😀 en \u2028 regel'
PAYLOAD = f"{SCRIPT} {IMG} {LINK} {SVG} {ODD}"


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seed letter with the payload in its subject line and in a motion's evidence sentence."""
    raw = (SEEDS / "002_b95bf918908941a6.txt").read_text(encoding="utf-8")
    subject = re.search(r"(?m)^.*Betreft.*$", raw)
    assert subject
    raw = raw[: subject.end()] + " " + PAYLOAD + raw[subject.end() :]
    motion = raw.index("motie", subject.end())
    raw = raw[:motion] + PAYLOAD + " " + raw[motion:]
    folder = tmp_path_factory.mktemp("hostile-in")
    (folder / "brief.txt").write_text(raw, encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-out")
    build([str(folder)], out, jobs=1, html=True)
    return out


def test_payload_reached_the_graph(hostile_build: Path) -> None:
    """Without this, the escaping tests below could pass on a graph that dropped the text."""
    g = Graph().parse(hostile_build / "graph.nt", format="nt")
    texts = [str(o) for o in g.objects() if isinstance(o, Literal)]
    assert any(SCRIPT in t and "😀" in t for t in texts)


def test_html_shows_letter_text_only_escaped(hostile_build: Path) -> None:
    html = (hostile_build / "graph.html").read_text(encoding="utf-8")
    assert "alert(" in html  # the text is there, as data
    assert SCRIPT not in html and "<script>alert" not in html.replace(" ", "")
    assert "<img" not in html and "<svg" not in html.lower()
    assert not re.search(r"<[a-zA-Z][^<>]*\son\w+\s*=", html), "an event-handler attribute from letter text"
    assert not re.search(r"""(?i)(?:href|src)\s*=\s*["']?\s*javascript:""", html)
    # the letter's text sits in the JSON data element, where no "<" can open or close an element
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert data and "alert(" in data.group(1) and "<" not in data.group(1)


def test_turtle_ntriples_and_jsonld_round_trip(hostile_build: Path) -> None:
    graphs = {
        fmt: Graph().parse(hostile_build / name, format=fmt)
        for name, fmt in (("graph.ttl", "turtle"), ("graph.nt", "nt"), ("graph.jsonld", "json-ld"))
    }
    assert len(graphs["nt"]) > 100
    assert set(graphs["turtle"]) == set(graphs["nt"])
    assert set(graphs["json-ld"]) == set(graphs["nt"])
    texts = {str(o) for o in graphs["json-ld"].objects() if isinstance(o, Literal)}
    assert any('"citaat"' in t and "\\backslash\\" in t and "😀" in t for t in texts)


def test_ntriples_lines_are_one_statement_each(hostile_build: Path) -> None:
    """A raw newline or U+2028 in a literal would split a line: every line must end in ' .'."""
    lines = (hostile_build / "graph.nt").read_text(encoding="utf-8").split("\n")
    assert all(line.endswith(" .") for line in lines if line)
