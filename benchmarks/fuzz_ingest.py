"""A larger fuzz run of ingestion (and a sample through the extractors).

    python benchmarks/fuzz_ingest.py [--cases 2000] [--parse 100] [--seed 1]

Byte-level mutations (analysis.ingest.fuzz.KINDS) of the seeds and of
../shared/corpora/bbc-politics; each case is read as load_corpus reads a file and checked
(article or problem; >= 98% of a clean decode kept; no mojibake), under a 30-second guard (a
hang is a failure, not a speed figure). ``--parse`` sends that many mutated articles through the
extractors too (parse_article, no pack) to find crashes. Prints the counts per mutation kind.
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sys
from collections import Counter
from pathlib import Path

from analysis.ingest.fuzz import KINDS, check, ingest, mutate

ROOT = Path(__file__).resolve().parents[1]
GUARD_SECONDS = 30


def _articles() -> list[Path]:
    bbc = ROOT.parent / "shared" / "corpora" / "bbc-politics"
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted(bbc.glob("*.txt"))


def _timeout(signum, frame):
    raise TimeoutError(f"no answer within {GUARD_SECONDS} s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000)
    parser.add_argument("--parse", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng, articles = random.Random(args.seed), _articles()
    signal.signal(signal.SIGALRM, _timeout)
    tally, failures, parsed = Counter(), [], []
    for case in range(args.cases):
        path, kind = rng.choice(articles), KINDS[case % len(KINDS)]
        payload = bytes([rng.randrange(256)])  # a stray byte, as scraped files have
        data, codec = mutate(path.read_bytes(), kind, rng.random(), payload)
        signal.alarm(GUARD_SECONDS)
        try:
            problem = check(data, codec)
        except Exception as err:  # a crash is a finding, reported below
            problem = f"{type(err).__name__}: {err}"
        finally:
            signal.alarm(0)
        tally[(kind, "ok" if not problem else "fail")] += 1
        if problem:
            failures.append({"file": path.name, "kind": kind, "problem": problem})
        elif len(parsed) < args.parse:
            parsed.append(data)
    crashes = _parse(parsed)
    by_kind = {f"{kind} {verdict}": n for (kind, verdict), n in sorted(tally.items())}
    report = {"cases": args.cases, "by_kind": by_kind, "failures": failures[:20],
              "parsed": len(parsed), "extractor_crashes": crashes}  # fmt: skip
    print(json.dumps(report, indent=1))
    return 1 if failures or crashes else 0


def _parse(samples: list[bytes]) -> list[str]:
    from analysis.extract import parse_article

    crashes = []
    for data in samples:
        row, _ = ingest(data)
        if row is None:
            continue
        try:
            parse_article(row["text"])
        except Exception as err:
            crashes.append(f"{type(err).__name__}: {err}")
    return crashes


if __name__ == "__main__":
    sys.exit(main())
