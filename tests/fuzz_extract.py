"""Fuzz campaign on the extractors (not collected by pytest: the name does not start with ``test_``).

usage: python tests/fuzz_extract.py [--minutes 10] [--log fuzz.log]

Runs hypothesis in rounds of fresh random examples (random text, random Unicode, fragment soup
and mutated seed letters, see ``tests/hostile/hostile_strategies.py``) through
``graph.extract.extract_text`` until the time is up, checking that extraction never raises,
every span lies in the text and slices to the matched text, and a second run gives the same
result. Each failure is shrunk to a minimal input and printed with ``repr`` so it can become a
regression test. Prints inputs tried, failures, and the slowest input per kilobyte.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "hostile"))

from hostile_strategies import check_extract, hostile_text
from hypothesis import HealthCheck, given, settings


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--round", type=int, default=2000, help="examples per hypothesis round")
    ap.add_argument("--log", type=Path, default=None)
    args = ap.parse_args()
    log = open(args.log, "a") if args.log else sys.stdout

    tried = 0
    failures: dict[str, str] = {}  # failure kind → minimal input (repr)
    slowest = (0.0, "")

    @settings(max_examples=args.round, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(hostile_text)
    def one(raw: str) -> None:
        nonlocal tried, slowest
        tried += 1
        t0 = time.perf_counter()
        problems = check_extract(raw)
        per_kb = (time.perf_counter() - t0) / max(1, len(raw) / 1000)
        if per_kb > slowest[0] and len(raw) > 2000 and tried > 20:
            slowest = (per_kb, raw[:80])
        assert not problems, problems

    end = time.monotonic() + args.minutes * 60
    rounds = 0
    while time.monotonic() < end:
        rounds += 1
        try:
            one()
        except Exception as e:  # a finding: record it, keep fuzzing
            kind = f"{type(e).__name__}: {str(e).splitlines()[0][:200]}"
            minimal = "".join(traceback.format_exception_only(e))[-2000:]
            if kind not in failures:
                failures[kind] = minimal
                print(f"[round {rounds}] FOUND {kind}\n{minimal}", file=log, flush=True)
        print(f"[round {rounds}] inputs {tried}, distinct failures {len(failures)}", file=log, flush=True)
    print(
        f"done: {tried} inputs in {rounds} rounds, {len(failures)} distinct failures; "
        f"slowest {slowest[0] * 1000:.1f} ms/kB on {slowest[1]!r}",
        file=log, flush=True,
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
