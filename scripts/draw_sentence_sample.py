"""Draw the sentences of the real-news frame and tone gold (``tests/gold/bbc/sentences.csv``).

    python scripts/draw_sentence_sample.py [--corpus DIR] [--articles 64] [--per-article 7]

A seeded draw, made once before any coding: articles of ``../shared/corpora/bbc-politics`` that
the quote gold does not use (``tests/gold/bbc/articles.csv``); from each, its headline, its lead
(first body sentence) and a random draw of further body sentences, as the workbench splits them.
The first three quarters of the articles are the development part, the rest the held-out part;
one sentence in three of each part is also given to a second, independent coder
(``second``: s1 or s2). ``coder``: f1-f3 code the development part, f4 the held-out part.

    python scripts/draw_sentence_sample.py --extra frames-heldout2 --articles 18 --seed 20261203

draws a further part from articles that no gold uses yet and appends it to ``sentences.csv``,
coded by f5 (first half of its articles) and f6 (second half): a fresh held-out part, for a
new round of rule changes after the first held-out part was spent. ``--coders`` names the two
coders of a further part, and ``--single`` leaves it without second coding:

    python scripts/draw_sentence_sample.py --extra frames-dev2 --articles 24 --seed 20261204 \
        --coders f7 f8 --single
    python scripts/draw_sentence_sample.py --extra frames-heldout3 --articles 18 \
        --seed 20261205 --coders f9 f10

With every article of the corpus taken, ``--from-part`` draws a held-out frame part from the
articles of a quote held-out part that has not been scored yet: both parts are only ever scored,
never read for rule changes, so sharing the articles leaks nothing into either:

    python scripts/draw_sentence_sample.py --extra frames-heldout4 --from-part quotes-heldout3 \
        --articles 22 --seed 20261206 --coders f11 f12

The articles of quote parts already scored are fresh for frames too, as long as no frame part
used them: the frame cues were never read from their sentences (only their quotes were). The
fifth frame held-out part came from the first two quote held-out parts:

    python scripts/draw_sentence_sample.py --extra frames-heldout5 \
        --from-part quotes-heldout quotes-heldout2 --articles 22 --seed 20261211 --coders f13 f14
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from pathlib import Path

from analysis import load_corpus
from analysis.evaluate.realnews import BBC_CORPUS, BBC_GOLD

GOLD = BBC_GOLD
SEED = 20261202
FIELDS = ("key", "file", "part", "position", "coder", "second", "sentence")


def _order(row: dict) -> tuple:
    return row["part"], row["file"], int(row["key"].rsplit(":", 1)[1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC_CORPUS)
    parser.add_argument("--articles", type=int, default=64)
    parser.add_argument("--per-article", type=int, default=7)
    parser.add_argument("--extra", help="append a further part of this name, from unused articles")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--coders", nargs=2, default=["f5", "f6"], help="coders of --extra")
    parser.add_argument("--single", action="store_true", help="--extra without second coding")
    parser.add_argument(
        "--from-part", nargs="+", default=[], help="--extra from the articles of these quote parts"
    )
    args = parser.parse_args(argv)
    with open(GOLD / "articles.csv", encoding="utf-8") as fh:
        quoted = list(csv.DictReader(fh))
    taken = {row["file"] for row in quoted if row["part"] not in args.from_part}
    drawn = []
    if args.extra:
        with open(GOLD / "sentences.csv", encoding="utf-8") as fh:
            drawn = list(csv.DictReader(fh))
        taken |= {row["file"] for row in drawn}
    rng = random.Random(args.seed)
    files = sorted(p.name for p in args.corpus.glob("*.txt") if p.name not in taken)
    chosen = rng.sample(files, min(args.articles, len(files)))
    with tempfile.TemporaryDirectory() as tmp:
        for name in chosen:
            (Path(tmp) / name).symlink_to(args.corpus / name)
        corpus = load_corpus(tmp, cache=False, topic=False)
    rows = []
    n_dev = 0 if args.extra else round(len(chosen) * 0.75)
    for i, name in enumerate(chosen):
        article_id = Path(name).stem
        sents = corpus.sentences[corpus.sentences["article_id"] == article_id].sort_values("start")
        headline, lead, *rest = sents.itertuples()
        body = [s for s in rest if len(s.text.split()) >= 4]
        picked = [headline, lead] + sorted(
            rng.sample(body, min(len(body), args.per_article - 2)), key=lambda s: s.start
        )
        for s in picked:
            rows.append(
                {
                    "key": f"{article_id}:{s.start}",
                    "file": name,
                    "part": args.extra or ("frames-dev" if i < n_dev else "frames-heldout"),
                    "position": "headline" if s is headline else "lead" if s is lead else "body",
                    "sentence": " ".join(s.text.split()),
                }
            )
    rng.shuffle(rows)
    for j, row in enumerate(sorted(rows, key=lambda r: r["part"])):
        row["second"] = "" if args.single else ("s1", "", "", "s2", "", "")[j % 6]
    for i, name in enumerate(chosen):
        coder = f"f{1 + i * 3 // n_dev}" if i < n_dev else "f4"
        if args.extra:
            coder = args.coders[0] if i < len(chosen) / 2 else args.coders[1]
        for row in rows:
            if row["file"] == name:
                row["coder"] = coder
    with open(GOLD / "sentences.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=[*FIELDS])
        writer.writeheader()
        writer.writerows(drawn + sorted(rows, key=_order))
    print(f"{len(rows)} sentences from {len(chosen)} articles -> {GOLD / 'sentences.csv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
