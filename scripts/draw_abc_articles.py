"""Draw the articles of the ABC quote gold (``tests/gold/abc/articles.csv``), once, before coding.

    python scripts/draw_abc_articles.py [--corpus corpora/abc-lee] [--seed 20261203]

A seeded random draw of 45 of the 350 articles fetched by ``scripts/fetch_abc_corpus.py`` (no
filter on quotation marks: news as it comes): the first 20 are the development part
(``abc-dev``, coders q10 and q11, ten each), the other 25 the held-out part (``abc-heldout``,
q12 the first 13, q13 the rest), scored once, at the end of a round of rule changes. Its first
eight articles are coded again by a third coder (q14, ``quotes/second``): the human ceiling.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "gold" / "abc"


def draw(files: list[str], seed: int) -> list[dict]:
    chosen = random.Random(seed).sample(sorted(files), 45)
    dev, heldout = chosen[:20], chosen[20:]
    rows = [
        {"file": f, "part": "abc-dev", "coder": "q10" if i < 10 else "q11"}
        for i, f in enumerate(dev)
    ]
    rows += [
        {"file": f, "part": "abc-heldout", "coder": "q12" if i < 13 else "q13"}
        for i, f in enumerate(heldout)
    ]
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "abc-lee")
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args(argv)
    files = [p.name for p in args.corpus.glob("*.txt")]
    if len(files) != 350:
        parser.error(f"{args.corpus} holds {len(files)} articles, not 350: fetch it first")
    GOLD.mkdir(parents=True, exist_ok=True)
    with open(GOLD / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "part", "coder"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(draw(files, args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
