"""Generate a benchmark corpus of N articles from the seeds, with varied ids and light rewording.

    python benchmarks/make_corpus.py 1000 benchmarks/corpora/c1000

Each article is a seed with its paragraphs lightly shuffled (the headline stays first), a few
words swapped for synonyms and a number changed, so texts (and cache keys) differ while the
language stays news-like. A metadata.csv with outlets and dates is written beside them.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

import analysis

SYNONYMS = {
    "said": "stated",
    "talks": "negotiations",
    "meeting": "session",
    "envoy": "emissary",
    "peace": "settlement",
    "officials": "representatives",
    "war": "conflict",
    "plan": "proposal",
    "Sunday": "Saturday",
    "productive": "useful",
    "recent": "latest",
}
OUTLETS = ["Wire A", "Daily B", "Broadcaster C", "Weekly D", "Site E", "Agency F"]


def reword(text: str, rng: random.Random) -> str:
    head, _, body = text.partition("\n\n")
    paragraphs = body.split("\n\n")
    if len(paragraphs) > 3:
        i, j = rng.sample(range(1, len(paragraphs)), 2)
        paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    body = "\n\n".join(paragraphs)
    for word in rng.sample(sorted(SYNONYMS), 4):
        body = re.sub(rf"\b{word}\b", SYNONYMS[word], body, count=2)
    body = re.sub(r"\b(\d+)\b", lambda m: str(int(m.group(1)) + rng.randint(0, 3)), body, count=3)
    return f"{head}\n\n{body}"


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    seeds = analysis.load_corpus("seeds", cache=False).articles
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "metadata.csv").open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["file", "outlet", "published"])
        for i in range(args.n):
            seed = seeds.iloc[i % len(seeds)]
            name = f"bench_{i:05d}.txt"
            (args.out / name).write_text(reword(seed["text"], rng), encoding="utf-8")
            day = f"2025-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}"
            writer.writerow([name, OUTLETS[i % len(OUTLETS)], day])
    print(f"wrote {args.n} articles to {args.out}")


if __name__ == "__main__":
    main()
