"""Throughput of text cleaning, citation and metadata finding on one large text (one core).

usage: python bench/citations_speed.py [MEGABYTES]   (default 20)

The seed letters are concatenated until the text reaches the size asked for; each stage is
timed on its own and all together, and the speed printed in MB/s of input text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from graph.clean import clean
from graph.find.citations import find_citations, find_handelingen, find_references, find_zaken
from graph.find.metadata import find_metadata

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def big_text(megabytes: float) -> str:
    letters = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("0*.txt"))]
    one = "\n\n".join(letters)
    return "\n\n".join([one] * max(1, int(megabytes * 1e6 / len(one))))


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    raw = big_text(mb)
    size = len(raw.encode("utf-8")) / 1e6
    t0 = time.perf_counter()
    text = clean(raw)
    t1 = time.perf_counter()
    cites = find_citations(text)
    others = len(find_zaken(text)) + len(find_handelingen(text)) + len(find_references(text))
    t2 = time.perf_counter()
    find_metadata(text)
    t3 = time.perf_counter()
    print(f"{size:.1f} MB, {len(cites)} citations, {others} zaken/handelingen/references")
    for name, dt in (("clean", t1 - t0), ("citations", t2 - t1), ("metadata", t3 - t2), ("all", t3 - t0)):
        print(f"{name:10s} {dt:6.2f} s  {size / dt:7.1f} MB/s")


if __name__ == "__main__":
    main()
