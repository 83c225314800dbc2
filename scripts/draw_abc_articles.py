"""Draw the articles of the ABC quote gold (``tests/gold/abc/articles.csv``), once, before coding.

    python scripts/draw_abc_articles.py [--corpus corpora/abc-lee] [--seed 20261203]

A seeded random draw of 45 of the 350 articles fetched by ``scripts/fetch_abc_corpus.py`` (no
filter on quotation marks: news as it comes): the first 20 are the development part
(``abc-dev``, coders q10 and q11, ten each), the other 25 the held-out part (``abc-heldout``,
q12 the first 13, q13 the rest), scored once, at the end of a round of rule changes. Its first
eight articles are coded again by a third coder (q14, ``quotes/second``): the human ceiling.

    python scripts/draw_abc_articles.py --extra abc-dev2 --articles 20 --seed 20261204 \
        --coders q15 q16

appends a further part drawn from the articles no part uses yet, half to each coder.
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
    parser.add_argument("--extra", help="append a further part of this name, from unused articles")
    parser.add_argument("--articles", type=int, default=20, help="articles of --extra")
    parser.add_argument("--coders", nargs=2, default=["q15", "q16"], help="coders of --extra")
    args = parser.parse_args(argv)
    files = [p.name for p in args.corpus.glob("*.txt")]
    if len(files) != 350:
        parser.error(f"{args.corpus} holds {len(files)} articles, not 350: fetch it first")
    GOLD.mkdir(parents=True, exist_ok=True)
    if args.extra:
        with open(GOLD / "articles.csv", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        used = {row["file"] for row in rows}
        chosen = random.Random(args.seed).sample(sorted(set(files) - used), args.articles)
        half = (len(chosen) + 1) // 2
        rows += [
            {"file": f, "part": args.extra, "coder": args.coders[i >= half]}
            for i, f in enumerate(chosen)
        ]
    else:
        rows = draw(files, args.seed)
    with open(GOLD / "articles.csv", "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["file", "part", "coder"], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
