"""The HTML view in a real browser: Debian's chromium, driven by playwright, offline, from disk.

Every request that is not a file: or data: URL is aborted and recorded; the tests assert there
were none. Screenshots go to pytest's tmp folder (their paths are printed: ``pytest -s``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from graph.render import render_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
GOLD = Path(__file__).resolve().parent / "data" / "seeds.gold.json"  # copy of ../shared/gold/seeds.json
OB = "https://zoek.officielebekendmakingen.nl/"

# the three settles links of the seed letters (gold corpus.settles), mirrored by the sample graph
SETTLES = [
    ("000_66ea02ed325e333a.txt", "kst-35570-XV-35"),
    ("000_66ea02ed325e333a.txt", "kst-35570-XV-54"),
    ("002_b95bf918908941a6.txt", "kst-25295-734"),
]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium (apt-get install chromium)")


@dataclass
class Page:
    page: Any
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def _open(browser: Any, html: Path) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1600, "height": 900}, offline=True)
    page = context.new_page()
    seen = Page(page)
    page.on("pageerror", lambda e: seen.errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: m.type in ("error", "warning") and seen.errors.append(f"console {m.type}: {m.text}"))
    page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))

    def route(r: Any) -> None:
        url = r.request.url
        if url.startswith(("file:", "data:")):
            r.continue_()
        else:
            seen.requests.append(url)
            r.abort()

    page.route("**/*", route)
    page.goto(html.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']", timeout=30_000)
    try:
        yield seen
    finally:
        context.close()


@pytest.fixture
def sample_page(browser: Any, view_graph_file: Path, tmp_path: Path) -> Iterator[Page]:
    yield from _open(browser, render_html(view_graph_file, tmp_path / "graph.html"))


def _settles(p: Page) -> list[tuple[str, str]]:
    return sorted(tuple(x) for x in p.js("""() => {
        const k = window.kamergraph, drawn = k.network.getPositions();
        return k.data.edges.filter(e => e.kind === "settles" && drawn[e.from] && drawn[e.to])
            .map(e => [(e.source || "").split("/").pop(), k.data.nodes.find(n => n.id === e.to).ident]);
    }"""))


def _click_node(p: Page, node: str) -> None:
    """A real mouse click on the node where the canvas draws it."""
    x, y = p.js("""id => { const n = window.kamergraph.network;
        n.focus(id, {scale: 1, animation: false});
        const c = n.canvasToDOM(n.getPositions([id])[id]);
        const r = document.getElementById("graph").getBoundingClientRect();
        return [r.left + c.x, r.top + c.y]; }""", node)
    p.page.mouse.click(x, y)


def test_sample_page(sample_page: Page, tmp_path: Path) -> None:
    p = sample_page
    kinds = p.js("() => window.kamergraph.data.nodes.map(n => n.kind)")
    assert {k: kinds.count(k) for k in set(kinds)} == {
        "letter": 5, "motion": 4, "commitment": 4, "dossier": 2, "member": 5, "document": 1}
    assert p.js("() => window.kamergraph.nodes.length") == len(kinds)
    assert _settles(p) == SETTLES
    # the settled list and the conflict are on the page before any click
    assert p.page.locator("#settled li").count() == 3
    assert "conflict" in p.page.locator("#settled").inner_text()

    # search by number: the motion is selected and its timeline lists its letters in date order
    p.page.fill("#search-box", "35669-36")
    p.page.press("#search-box", "Enter")
    assert p.js("() => window.kamergraph.current()") == OB + "kst-35669-36"
    timeline = p.page.locator("#timeline > li").all_inner_texts()
    assert [t[:10] for t in timeline] == ["2021-02-03", "2021-04-30", "2022-03-16"]
    assert "progress" in timeline[0] and "Van Weyenberg en Smeulders" in timeline[0]
    # search by member name
    p.page.fill("#search-box", "van der staaij")
    p.page.press("#search-box", "Enter")
    assert p.js("() => window.kamergraph.current()") == OB + "kst-25295-734"

    # clicking a letter lights up its motions and promises and dims the rest
    letter = OB + "kst-25295-1172"
    _click_node(p, letter)
    assert p.js("() => window.kamergraph.current()") == letter
    assert "seeds/000_66ea02ed325e333a.txt" in p.page.locator("#panel").inner_text()
    lit = set(p.js("() => window.kamergraph.network.getSelectedNodes()"))
    kept = "https://w3id.org/kamergraph/id/commitment/kept-ser"
    assert {letter, OB + "kst-35570-XV-54", OB + "kst-35669-36", kept} <= lit
    assert OB + "kst-25295-734" not in lit
    dimmed = p.js("""() => Object.fromEntries(window.kamergraph.nodes.get()
        .map(n => [n.id, n.color.background.length === 9]))""")
    assert not dimmed[OB + "kst-35570-XV-54"] and not dimmed["https://w3id.org/kamergraph/id/commitment/kept-ser"]
    assert dimmed[OB + "kst-25295-734"]

    # filters: a kind, a dossier
    p.page.locator("#kind-filters input[value=commitment]").uncheck()
    hidden = p.js("() => window.kamergraph.nodes.get().filter(n => n.hidden).map(n => n.id)")
    assert len(hidden) == 4 and all("/commitment/" in h for h in hidden)
    p.page.select_option("#dossier-filter", "25883")
    shown = p.js("() => window.kamergraph.nodes.get().filter(n => !n.hidden && n.shape === 'square').length")
    assert shown == 3  # 001, 003, 004
    p.page.click("#reset")
    assert p.js("() => window.kamergraph.nodes.get().filter(n => n.hidden).length") == 0

    shot = tmp_path / "graph.png"
    p.page.click("#fit")
    p.page.screenshot(path=str(shot))
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert p.errors == [] and p.requests == [] and p.dialogs == []


def test_seed_letters_settle_their_motions(browser: Any, seed_graph_dir: Path, tmp_path: Path) -> None:
    if not GOLD.exists():
        pytest.skip(f"no gold file at {GOLD}")
    gold = sorted(tuple(x) for x in json.loads(GOLD.read_text("utf-8"))["corpus"]["settles"])
    html = render_html(seed_graph_dir / "graph.ttl", tmp_path / "graph.html")
    for p in _open(browser, html):
        assert p.js("() => window.kamergraph.data.counts.letter") == 5
        assert set(gold) <= set(_settles(p))
        p.page.fill("#search-box", "35669-36")
        p.page.press("#search-box", "Enter")
        assert p.js("() => window.kamergraph.current()") == OB + "kst-35669-36"
        shot = tmp_path / "seeds.png"
        p.page.screenshot(path=str(shot))
        print(f"screenshot: {shot}")
        assert p.errors == [] and p.requests == []


def test_script_in_a_letter_renders_as_text(browser: Any, hostile_graph_file: Path, tmp_path: Path) -> None:
    from tests.conftest import HOSTILE

    html = render_html(hostile_graph_file, tmp_path / "graph.html")
    for p in _open(browser, html):
        # the motion whose timeline quotes the hostile sentence, the letter whose subject is hostile
        p.js("id => window.kamergraph.select(id, true)", OB + "kst-35669-36")
        assert HOSTILE.split("\u2028")[0] in p.page.locator("#timeline").inner_text()
        p.js("id => window.kamergraph.select(id, true)", "https://w3id.org/kamergraph/id/letter/b95bf918908941a6")
        assert "<script>window.__pwned = 1</script>" in p.page.locator("#panel").inner_text()
        p.page.fill("#search-box", "svg onload")
        p.page.press("#search-box", "Enter")
        assert 'Smeulders"><svg onload=window.__pwned=3>' in p.page.locator("#panel h3").inner_text()
        assert p.page.locator("#panel script, #panel img, #panel svg, #panel [onerror], #panel iframe").count() == 0
        assert p.page.locator("body script").count() == 3
        assert p.js("() => window.__pwned") is None
        assert p.dialogs == [] and p.errors == [] and p.requests == []
