"""The benchmark: throughput, build time, memory and output size at archive sizes, against a floor.

usage: python -m bench [--n 10,1000,10000] [--jobs N] [--out bench/RESULTS.md] [--dir DIR] [--keep]
                       [--virtuoso]

For each N a synthetic corpus is generated (``bench.generate``) into ``DIR/N`` (default: a
temporary folder, removed afterwards), then measured:

- floor: reading every file and one ``re.finditer`` pass of ``graph.patterns.KAMERSTUK``, one core;
- extraction on one core (on a sample of at most ``--sample`` letters, to keep runs short) and on
  all cores (every letter), through ``graph.build.extract_paths``;
- the incremental rebuild: extraction with an empty cache, then again with a warm one;
- corpus resolution; the full build from files to a queryable on-disk store (``graph.build.build``
  with ``store``, without HTML) in a child process, with its peak memory (summed PSS of the
  build and its workers, and the largest single process); each output's size;
- each stored query (``queries/*.rq``) on that store, whole and its first page, and the HTML
  view of a 5,000-node subgraph;
- with ``--virtuoso``: pushing graph.nt to a local Virtuoso, and the target queries there.

Timings are one run each, on whatever else the machine is doing: read ratios, not decimals.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TypeVar

from bench.generate import generate

T = TypeVar("T")

ROOT = Path(__file__).resolve().parent.parent
NOT_YET = "not available yet"
TARGETS = (
    "extraction ≥ 10 MB/s per core, parallel over cores",
    "10,000 letters, files to queryable store: < 30 s",
    "100,000 letters: < 5 min and < 2 GB peak memory",
    "open-commitments and settled-motions at 100,000 letters: < 1 s each",
)

# The build runs in a fresh interpreter so its memory is its own, not this process's. Memory is
# sampled every 0.2 s as the sum of PSS (proportional set size: a page shared by forked workers counts once,
# split between them) over the build and all its workers: what the machine really gives it.
_CHILD = """
import json, os, resource, sys, threading, time
from pathlib import Path

def tree_pss_kib():
    pids, total = [os.getpid()], 0
    while pids:
        pid = pids.pop()
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as f:
                    pids.extend(int(c) for c in f.read().split())
            with open(f"/proc/{pid}/smaps_rollup") as f:
                total += next(int(l.split()[1]) for l in f if l.startswith("Pss:"))
        except (OSError, StopIteration, ValueError):
            pass
    return total

peak = [0]
def sample():
    # reading smaps_rollup walks a process's page tables (26 ms for 1.3 GB): at most ~5 % of a core
    while True:
        t = time.perf_counter()
        peak[0] = max(peak[0], tree_pss_kib())
        time.sleep(max(0.2, 20 * (time.perf_counter() - t)))
threading.Thread(target=sample, daemon=True).start()
t0 = time.perf_counter()
try:
    from graph.build import build
    out = Path(sys.argv[2])
    report = build([sys.argv[1]], out, jobs=int(sys.argv[3]) or None, html=False, store=out / "store")
    result = {"seconds": time.perf_counter() - t0, "triples": report.triples}
except NotImplementedError as e:
    result = {"error": "not available yet: " + (str(e) or "a stage raises NotImplementedError")}
except Exception as e:
    result = {"error": type(e).__name__ + ": " + str(e)[:400]}
peak[0] = max(peak[0], tree_pss_kib())
result["pss_mb"] = peak[0] / 1024
kib = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
result["peak_mb"] = kib / 1024
print(json.dumps(result))
"""

#: The page a clerk reads first (``kamergraph query NAME --limit 50``).
PAGE = 50


@dataclass
class Row:
    """The figures of one corpus size."""

    n: int
    mb: float
    figures: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def machine() -> dict[str, str]:
    cpu = "unknown"
    mem = "unknown"
    try:
        info = Path("/proc/cpuinfo").read_text()
        m = re.search(r"model name\s*:\s*(.+)", info)
        cpu = m.group(1).strip() if m else platform.processor() or "unknown"
        kb = re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text())
        mem = f"{int(kb.group(1)) / 2**20:.1f} GiB" if kb else mem
    except OSError:
        pass
    versions = {"python": platform.python_version()}
    for name in ("graph", "rdflib", "pyoxigraph"):
        try:
            mod = __import__(name)
            versions[name if name != "graph" else "kamergraph"] = getattr(mod, "__version__", "?")
        except ImportError:
            versions[name] = "not installed"
    return {
        "cores": str(os.cpu_count()),
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "memory": mem,
        "cpu": cpu,
        "os": platform.platform(),
        "versions": ", ".join(f"{k} {v}" for k, v in versions.items()),
        "date": datetime.now().strftime("%Y-%m-%d %H:%M"),
    }


def _timed(fn: Callable[[], T]) -> tuple[float, T]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def floor(files: list[str], pattern: re.Pattern[str] | None) -> float:
    """Seconds to read every file and run one pass of ``pattern`` over it: what no extractor beats."""
    t0 = time.perf_counter()
    for f in files:
        text = Path(f).read_bytes().decode("utf-8")
        if pattern is not None:
            for _ in pattern.finditer(text):
                pass
    return time.perf_counter() - t0


def _size(files: list[str]) -> float:
    return sum(os.path.getsize(f) for f in files) / 1e6


def _queries(out_dir: Path) -> dict[str, str]:
    """Time each stored query (default parameters) on the build's on-disk store, as ``kamergraph
    query NAME --store DIR`` runs it: the whole answer, and its first page of :data:`PAGE` rows."""
    store = out_dir / "store"
    if not store.is_dir():
        return {"queries": f"{NOT_YET} (no store)"}
    try:
        from graph.errors import KamergraphError
        from graph.query import bind, list_queries, run
    except ImportError as e:
        return {"queries": f"{NOT_YET} ({e})"}
    times = {}
    for q in list_queries():
        try:
            bind(q, {})
        except KamergraphError:
            times[f"query {q.name}"] = "needs a parameter: not timed"
            continue
        try:
            dt, res = _timed(lambda q=q: run(q, {}, store=store))  # type: ignore[misc]
            dp, _ = _timed(lambda q=q: run(q, {}, store=store, limit=PAGE))  # type: ignore[misc]
            times[f"query {q.name}"] = f"{dt:.2f} s, {len(res.rows)} rows; first {PAGE}: {dp:.2f} s"
        except Exception as e:  # a query that fails is a finding of the benchmark, not a crash
            times[f"query {q.name}"] = f"failed: {type(e).__name__}: {str(e)[:80]}"
    return times


def _stats(out_dir: Path) -> str:
    """Time ``kamergraph stats --store DIR`` (its numbers are counted in the engine)."""
    store = out_dir / "store"
    if not store.is_dir():
        return f"{NOT_YET} (no store)"
    from graph.stats import compute_from_store

    dt, _ = _timed(lambda: compute_from_store(store))
    return f"{dt:.2f} s"


#: The stored queries timed on a SPARQL server too: the two of the issue's targets.
SERVER_QUERIES = ("open-commitments", "settled-motions")


def _server_queries(out_dir: Path) -> dict[str, str]:
    """Push graph.nt to a fresh Virtuoso on 127.0.0.1 (``bench.virtuoso``) and time the target
    queries there as ``kamergraph query NAME --endpoint URL --named-graph G [--limit 50]`` runs them."""
    from bench.virtuoso import USER, ServerError, installed, serve
    from graph.errors import KamergraphError
    from graph.push import push
    from graph.query import load_query, run

    if not installed():
        return {"Virtuoso": "not installed (apt-get install virtuoso-opensource)"}
    graph = "https://w3id.org/kamergraph/graph/bench"
    times: dict[str, str] = {}
    try:
        # 4 GB of cache (Virtuoso's guide: 340,000 buffers), room for a whole answer at 100k letters
        with serve(out_dir / "virtuoso", max_rows=1_000_000, buffers=340_000, max_seconds=1800) as server:
            dt, _ = _timed(lambda: push(out_dir / "graph.nt", server.crud, graph, USER, server.password))
            times["Virtuoso: push graph.nt"] = f"{dt:.1f} s"
            for name in SERVER_QUERIES:
                q = load_query(name)
                ask = partial(run, q, {}, endpoint=server.sparql, named_graph=graph)
                dp, _ = _timed(partial(ask, limit=PAGE))
                dt, res = _timed(ask)
                times[f"Virtuoso: query {name}"] = f"{dt:.2f} s, {len(res.rows)} rows; first {PAGE}: {dp:.2f} s"
    except (ServerError, KamergraphError) as e:
        times["Virtuoso"] = f"failed: {' '.join(str(e).split())[:120]}"
    return times


def _render(out_dir: Path, nodes: int = 5000) -> str:
    """Render the HTML view of the first ``nodes`` nodes of the built graph."""
    nt = out_dir / "graph.nt"
    if not nt.exists():
        return f"{NOT_YET} (no graph.nt)"
    try:
        from graph.render import render_html
    except ImportError:
        return f"{NOT_YET} (no graph.render)"
    seen: set[str] = set()
    sub = out_dir / "sub.nt"
    with open(nt, encoding="utf-8") as src, open(sub, "w", encoding="utf-8") as dst:
        for line in src:
            parts = line.split(" ", 2)
            if len(parts) < 3:
                continue
            new = {parts[0]} | ({parts[2].rsplit(" .", 1)[0]} if parts[2].startswith("<") else set())
            if len(seen | new) > nodes:
                break
            seen |= new
            dst.write(line)
    try:
        dt, _ = _timed(lambda: render_html(sub, out_dir / "sub.html"))
    except NotImplementedError:
        return f"{NOT_YET} (render_html raises NotImplementedError)"
    except Exception as e:
        return f"failed: {type(e).__name__}: {str(e)[:80]}"
    return f"{dt:.2f} s ({len(seen)} nodes, {(out_dir / 'sub.html').stat().st_size / 1e6:.1f} MB)"


def measure(n: int, corpus: Path, jobs: int | None, sample: int, build_timeout: float,
            virtuoso: bool = False) -> Row:
    from graph.build import extract_paths
    from graph.cache import DocumentCache
    from graph.read import list_letters
    from graph.resolve import resolve_corpus

    cores = jobs or os.cpu_count() or 1
    t_gen, _ = _timed(lambda: generate(n, corpus))
    files, _ = list_letters([str(corpus)])
    mb = _size(files)
    row = Row(n, mb)
    f = row.figures
    f["generate"] = f"{t_gen:.1f} s"

    from graph import patterns

    f["read + decode, 1 core"] = f"{mb / floor(files, None):.0f} MB/s"
    t_floor = floor(files, patterns.KAMERSTUK)
    f["floor: read + KAMERSTUK pass, 1 core"] = f"{mb / t_floor:.1f} MB/s"
    anchor = getattr(patterns, "CITATION_ANCHOR", None)
    t_anchor = floor(files, anchor) if anchor is not None else None
    if t_anchor is not None:
        f["floor: read + CITATION_ANCHOR pass, 1 core"] = f"{mb / t_anchor:.0f} MB/s"

    part = files[:sample]
    t1, _ = _timed(lambda: extract_paths(part, jobs=1))
    one = _size(part) / t1
    f["extract, 1 core"] = f"{one:.2f} MB/s, {len(part) / t1:.0f} letters/s" + (
        f" (sample of {len(part)})" if len(part) < len(files) else ""
    )
    f["floor (KAMERSTUK) / extract, 1 core"] = f"{(mb / t_floor) / one:.1f}×"
    if t_anchor is not None:
        f["floor (CITATION_ANCHOR) / extract, 1 core"] = f"{(mb / t_anchor) / one:.0f}×"

    with tempfile.TemporaryDirectory(prefix="kg-cache-") as cache_dir:
        cache = DocumentCache(Path(cache_dir))
        t_all, (docs, _) = _timed(lambda: extract_paths(files, jobs=jobs, cache=cache))
        f[f"extract + cache write, {cores} cores"] = (
            f"{t_all:.1f} s, {mb / t_all:.2f} MB/s ({mb / t_all / cores:.2f} per core), {n / t_all:.0f} letters/s"
        )
        t_warm, _ = _timed(lambda: extract_paths(files, jobs=jobs, cache=cache))
        f["rebuild, nothing changed (cache)"] = f"{t_warm:.1f} s ({t_all / t_warm:.0f}× faster)"
        t_res, _ = _timed(partial(resolve_corpus, docs))
        f["resolve corpus"] = f"{t_res:.2f} s"
        del docs  # the build below runs in a child: these letters would only take the machine's memory

    with tempfile.TemporaryDirectory(prefix="kg-out-") as out:
        try:
            proc = subprocess.run(
                [sys.executable, "-c", _CHILD, str(corpus), out, str(jobs or 0)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=build_timeout,
            )
            lines = proc.stdout.strip().splitlines()
            result = json.loads(lines[-1]) if lines else {"error": (proc.stderr.strip() or "no output")[-200:]}
        except subprocess.TimeoutExpired:
            result = {"error": f"missed: stopped after {build_timeout:.0f} s"}
        except json.JSONDecodeError:
            result = {"error": "the build printed no result"}
        key = "build: files to a queryable store (no HTML)"
        if "error" in result:  # one table cell: the first lines of the message, on one line
            f[key] = " / ".join(result["error"].splitlines()[:3]).replace("|", "/")
        else:
            f[key] = f"{result['seconds']:.1f} s, {result['triples']} triples"
        if "pss_mb" in result:
            f["build peak memory, all processes (PSS)"] = f"{result['pss_mb']:.0f} MB"
        if "peak_mb" in result:
            f["build peak memory, largest process (RSS)"] = f"{result['peak_mb']:.0f} MB"
        for p in sorted(Path(out).iterdir()):
            if p.is_file() and not p.name.startswith("."):
                f[f"output {p.name}"] = f"{p.stat().st_size / 1e6:.1f} MB"
        if (Path(out) / "store").is_dir():
            size = sum(x.stat().st_size for x in (Path(out) / "store").iterdir())
            f["output store/ (on disk)"] = f"{size / 1e6:.1f} MB"
        f.update(_queries(Path(out)))
        f["stats --store"] = _stats(Path(out))
        if virtuoso:
            f.update(_server_queries(Path(out)))
        f["HTML of a 5,000-node subgraph"] = _render(Path(out))
    return row


def table(rows: list[Row]) -> str:
    keys = list(dict.fromkeys(k for r in rows for k in r.figures))
    head = "| measure | " + " | ".join(f"N={r.n:,} ({r.mb:.0f} MB)" for r in rows) + " |"
    lines = [head, "|---|" + "---|" * len(rows)]
    for k in keys:
        lines.append(f"| {k} | " + " | ".join(r.figures.get(k, "") for r in rows) + " |")
    return "\n".join(lines)


def report(rows: list[Row], info: dict[str, str], jobs: int | None) -> str:
    return "\n".join(
        [
            "# kamergraph benchmark",
            "",
            f"Run `python -m bench --n {','.join(str(r.n) for r in rows)}` on {info['date']}"
            + (f" with --jobs {jobs}" if jobs else "")
            + ".",
            "",
            f"- machine: {info['cores']} cores, {info['memory']}, {info['cpu']};"
        f" load average at start {info['load']} (other work on the machine slows every figure)",
            f"- system: {info['os']}",
            f"- versions: {info['versions']}",
            "",
            "Synthetic corpus from `bench/generate.py` (seeded; Markdown and PDF shapes, letters citing",
            "earlier letters and settling earlier motions). One run per figure: read ratios, not decimals.",
            "",
            table(rows),
            "",
            "## Targets",
            "",
            *(f"- {t}" for t in TARGETS),
            "",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", default="10,1000,10000", help="corpus sizes, comma-separated")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    ap.add_argument("--sample", type=int, default=1000, help="letters timed on one core (default 1000)")
    ap.add_argument("--build-timeout", type=float, default=300, help="stop a build after this many seconds")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "RESULTS.md", help="the report to write")
    ap.add_argument("--dir", type=Path, default=None, help="where to generate corpora (default: a temp dir)")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpora")
    ap.add_argument("--virtuoso", action="store_true",
                    help="also push each graph to a local Virtuoso and time the target queries there")
    args = ap.parse_args(argv)
    try:
        sizes = [int(x.replace("_", "")) for x in args.n.split(",") if x.strip()]
    except ValueError:
        ap.error(f"--n: not a list of numbers: {args.n}")
    if not sizes or any(not 1 <= s <= 100_000 for s in sizes):
        ap.error("--n: sizes must be between 1 and 100,000")
    info = machine()
    base = args.dir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    rows: list[Row] = []
    try:
        for n in sizes:
            corpus = base / str(n)
            if corpus.exists():
                shutil.rmtree(corpus)
            print(f"N={n:,} ...", file=sys.stderr, flush=True)
            rows.append(measure(n, corpus, args.jobs, args.sample, args.build_timeout, args.virtuoso))
            if not args.keep:
                shutil.rmtree(corpus, ignore_errors=True)
    finally:
        if not args.keep and args.dir is None:
            shutil.rmtree(base, ignore_errors=True)
    text = report(rows, info, args.jobs)
    print(table(rows))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"written {args.out}", file=sys.stderr)
    return 0
