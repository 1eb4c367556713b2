"""How long a 5,000-node view takes to render in Python and to become interactive in Chromium.

Builds a synthetic graph in the agreed RDF model (letters over three years, motions with
actions and evidence, commitments, members, dossiers, cited documents), renders it with
``graph.render.render_html`` and opens the page from disk in Debian's headless chromium with
the network blocked. "Interactive" is the first canvas draw (``body[data-ready]``, set by the
page after vis-network draws); then a search and a click that highlights a letter are timed.

    python bench/render_speed.py [--nodes 5000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from graph.render import render_html

KG = "https://w3id.org/kamergraph/def#"
OB = "https://zoek.officielebekendmakingen.nl/"
ID = "https://w3id.org/kamergraph/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DATE = "http://purl.org/dc/terms/date"
IDENT = "http://purl.org/dc/terms/identifier"
DESC = "http://purl.org/dc/terms/description"
NAME = "http://xmlns.com/foaf/0.1/name"
XSD = "http://www.w3.org/2001/XMLSchema#"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def synthetic(nodes: int, seed: int = 7) -> str:
    """N-Triples of a corpus with about ``nodes`` nodes in the view."""
    rnd = random.Random(seed)
    n_letters, n_motions, n_commit = int(nodes * 0.3), int(nodes * 0.26), int(nodes * 0.26)
    n_members, n_dossiers = int(nodes * 0.03), int(nodes * 0.01)
    n_docs = nodes - n_letters - n_motions - n_commit - n_members - n_dossiers
    out: list[str] = []

    def t(s: str, p: str, o: str) -> None:
        out.append(f"<{s}> <{p}> {o} .")

    def lit(v: str, dt: str | None = None) -> str:
        return f'"{v}"' + (f"^^<{XSD}{dt}>" if dt else "")

    def letter_iri(i: int) -> str:
        return f"{OB}kst-{30000 + i % n_dossiers}-{1000 + i}"

    start = date(2020, 1, 1)
    for i in range(n_dossiers):
        t(f"{ID}dossier/{30000 + i}", RDF_TYPE, f"<{KG}Dossier>")
    for i in range(n_members):
        t(f"{ID}member/m{i}", RDF_TYPE, f"<{KG}Member>")
        t(f"{ID}member/m{i}", NAME, lit(f"Lid {i}"))
    motions = [f"{OB}kst-{35000 + i % 97}-{i}" for i in range(n_motions)]
    for m in motions:
        t(m, RDF_TYPE, f"<{KG}Motion>")
        t(m, IDENT, lit(m[len(OB):]))
        for k in rnd.sample(range(n_members), 2):
            t(m, f"{KG}member", f"<{ID}member/m{k}>")
    docs = [f"{OB}kst-{36000 + i % 50}-{i}" for i in range(n_docs)]
    for d in docs:
        t(d, RDF_TYPE, f"<{KG}Document>")
    for i in range(n_letters):
        letter = letter_iri(i)
        t(letter, RDF_TYPE, f"<{KG}Letter>")
        t(letter, IDENT, lit(letter[len(OB):]))
        t(letter, DATE, lit((start + timedelta(days=rnd.randrange(1100))).isoformat(), "date"))
        t(letter, f"{KG}sourceFile", lit(f"corpus/{i:05d}.txt"))
        t(letter, f"{KG}senderRole", lit(rnd.choice(["Minister van Financiën", "Minister van Sociale Zaken"])))
        t(letter, f"{KG}dossier", f"<{ID}dossier/{30000 + i % n_dossiers}>")
        for d in rnd.sample(docs, 2):
            t(letter, f"{KG}cites", f"<{d}>")
        for j, m in enumerate(rnd.sample(motions, 2)):
            action = rnd.choice(["settles", "progress", "mentions"])
            a = f"{ID}action/{i}-{j}"
            t(a, RDF_TYPE, f"<{KG}MotionAction>")
            t(a, f"{KG}letter", f"<{letter}>")
            t(a, f"{KG}motion", f"<{m}>")
            t(a, f"{KG}action", f"<{KG}{action}>")
            t(a, f"{KG}evidence", lit(f"Met deze brief geef ik uitvoering aan motie {m[len(OB):]}."))
            t(a, f"{KG}confidence", lit("0.9", "decimal"))
            t(letter, f"{KG}{action}", f"<{m}>")
    for i in range(n_commit):
        c = f"{ID}commitment/c{i}"
        t(c, RDF_TYPE, f"<{KG}Commitment>")
        t(c, DESC, lit(f"Ik zal uw Kamer voor de zomer informeren over onderwerp {i}."))
        t(letter_iri(i % n_letters), f"{KG}makes", f"<{c}>")
        if rnd.random() < 0.3:
            t(letter_iri((i + 7) % n_letters), f"{KG}keeps", f"<{c}>")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--keep", type=Path, help="Keep graph.nt and graph.html in this folder.")
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="render-speed-"))
    folder.mkdir(parents=True, exist_ok=True)
    nt = folder / "graph.nt"
    nt.write_text(synthetic(args.nodes), encoding="utf-8")
    t0 = time.perf_counter()
    html = render_html(nt, folder / "graph.html")
    t_render = time.perf_counter() - t0
    t1 = time.perf_counter()
    again = render_html(nt, folder / "again.html")
    deterministic = again.read_bytes() == html.read_bytes()
    print(f"render_html: {t_render:.2f} s (second run {time.perf_counter() - t1:.2f} s, identical: {deterministic}), "
          f"{html.stat().st_size / 1e6:.1f} MB")

    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 900})
        blocked: list[str] = []
        def offline(r: Any) -> None:  # only the page itself; anything else would be the network
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        page.route("**/*", offline)
        t0 = time.perf_counter()
        page.goto(html.resolve().as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=600_000)
        t_ready = time.perf_counter() - t0
        n = page.evaluate("() => [window.kamergraph.nodes.length, window.kamergraph.edges.length]")
        t0 = time.perf_counter()
        page.fill("#search-box", "kst-35001-1")
        page.press("#search-box", "Enter")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(1)))")
        t_search = time.perf_counter() - t0
        t0 = time.perf_counter()
        page.evaluate("() => { const k = window.kamergraph;"
                      " k.select(k.data.nodes.find(n => n.kind === 'letter').id, true); }")
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => r(1)))")
        t_click = time.perf_counter() - t0
        browser.close()
    print(f"chromium: {n[0]} nodes, {n[1]} edges; interactive (first draw) after {t_ready:.2f} s; "
          f"search + select {t_search:.2f} s; letter highlight {t_click:.2f} s; blocked requests: {len(blocked)}")


if __name__ == "__main__":
    main()
