"""Throughput of two checkouts of the workbench, measured in alternating rounds.

    python benchmarks/ab_throughput.py OLD_CHECKOUT NEW_CHECKOUT CORPUS [--rounds 3] [--limit 150]

Runs each checkout's own ``benchmarks/throughput.py`` (cache off, one process) with that
checkout's package first on the import path, old, new, old, new, ... so that machine noise falls
on both sides alike, and prints each round and the median words per second of each side. Use it to
check that a change of structure costs no speed: make a worktree of the old commit
(``git worktree add ../old <commit>``) and pass both folders.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path


def one_round(checkout: Path, corpus: Path, limit: int) -> dict:
    """One throughput run with ``checkout``'s package (its own knowledge files too)."""
    env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    script = checkout.resolve() / "benchmarks" / "throughput.py"
    command = [sys.executable, str(script), str(corpus.resolve()), "--limit", str(limit),
               "--n-process", "1", "--rounds", "1"]  # fmt: skip
    out = subprocess.run(command, env=env, cwd=checkout, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=150)
    args = parser.parse_args(argv)
    runs: dict[str, list[dict]] = {"old": [], "new": []}
    for number in range(args.rounds):
        for side in ("old", "new"):
            row = one_round(getattr(args, side), args.corpus, args.limit)
            runs[side].append(row)
            print(json.dumps({"round": number + 1, "side": side, **row}), flush=True)
    medians = {
        side: statistics.median(r["workbench_words_per_s"] for r in rows)
        for side, rows in runs.items()
    }
    ratios = {side: statistics.median(r["ratio"] for r in rows) for side, rows in runs.items()}
    print(json.dumps({"median_words_per_s": medians, "median_ratio_to_bare_pipe": ratios,
                      "new_vs_old": round(medians["new"] / medians["old"], 3)}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
