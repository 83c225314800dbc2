"""Pathological articles parse in time linear in their length.

    python benchmarks/pathological.py [--mb 0.5 1 2 3]

Three kinds of article, each at several sizes, loaded with load_corpus (cache off, no pack):
ordinary news text repeated to the size; text with an unbalanced quotation mark every 100
characters (10,000 marks per MB); text holding one token of 200,000 characters with no spaces.
Prints seconds and seconds per MB for each; linear time shows as a flat seconds-per-MB column.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import analysis

ROOT = Path(__file__).resolve().parents[1]


def _news(size: int) -> str:
    seed = "\n\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    return (seed * (size // len(seed) + 1))[:size]


def _unbalanced(size: int) -> str:
    text = _news(size)
    return "".join(c + ('"' if i % 100 == 99 else "") for i, c in enumerate(text))[:size]


def _long_token(size: int) -> str:
    text = _news(max(0, size - 200_000))
    return text[: len(text) // 2] + " " + "x" * 200_000 + " " + text[len(text) // 2 :]


KINDS = {"news": _news, "unbalanced_marks": _unbalanced, "long_token": _long_token}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, nargs="+", default=[0.5, 1, 2, 3])
    args = parser.parse_args(argv)
    rows = []
    for kind, make in KINDS.items():
        for mb in args.mb:
            text = make(int(mb * 1_000_000))
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / f"{kind}.txt"
                path.write_text(text, encoding="utf-8")
                start = time.perf_counter()
                corpus = analysis.load_corpus(path, cache=False, topic=False, progress=False)
                seconds = time.perf_counter() - start
            rows.append({"kind": kind, "mb": mb, "seconds": round(seconds, 1),
                         "seconds_per_mb": round(seconds / mb, 1),
                         "quotes": len(corpus.quotes)})  # fmt: skip
            print(json.dumps(rows[-1]), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
