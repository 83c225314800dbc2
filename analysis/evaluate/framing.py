"""Per-frame precision and recall of the frame lexicons on hand-coded sentences.

    python -m analysis.evaluate.framing [GOLD.csv]

Each gold sentence is parsed alone; its predicted frames are the frames table's rows. Prints,
per frame, the gold count, true positives, precision and recall, and the micro-averaged figures
over all frames (and over generic and story frames apart).
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from analysis.evaluate import gold_arguments

GOLD = Path(__file__).resolve().parents[2] / "tests" / "gold" / "framing" / "sentences.csv"


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else float("nan")

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else float("nan")

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r and p == p and r == r else float("nan")


def read_gold(path=GOLD) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    for row in rows:
        row["gold"] = {f for f in (row["frames"] or "").split("|") if f}
    return rows


def evaluate(gold=None, parse=None) -> dict[str, Scores]:
    from analysis.extractors import parse_article
    parse = parse or parse_article
    scores: dict[str, Scores] = {}
    for row in gold or read_gold():
        predicted = {r["frame"] for r in parse(row["sentence"]).rows["frames"]}
        for frame in predicted | row["gold"]:
            s = scores.setdefault(frame, Scores())
            if frame in predicted and frame in row["gold"]:
                s.tp += 1
            elif frame in predicted:
                s.fp += 1
            else:
                s.fn += 1
    return scores


def micro(scores: dict[str, Scores], frames=None) -> Scores:
    total = Scores()
    for frame, s in scores.items():
        if frames is None or frame in frames:
            total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    return total


def main(argv=None) -> int:
    from analysis.framing import frame_kinds
    paths = gold_arguments("analysis.evaluate.framing", __doc__, argv)
    gold = read_gold(*paths)
    scores = evaluate(gold)
    counts = Counter(f for row in gold for f in row["gold"])
    print(f"{len(gold)} hand-coded sentences, {sum(counts.values())} gold frame labels")
    print(f"{'frame':26} {'gold':>4} {'tp':>3} {'fp':>3} {'fn':>3} {'prec':>5} {'rec':>5}")
    for frame in sorted(scores):
        s = scores[frame]
        print(f"{frame:26} {counts[frame]:>4} {s.tp:>3} {s.fp:>3} {s.fn:>3} {s.precision:>5.2f} {s.recall:>5.2f}")
    kinds = frame_kinds()
    for label, frames in (("all frames", None),
                          ("generic", {f for f, k in kinds.items() if k == "generic"}),
                          ("story", {f for f, k in kinds.items() if k == "story"})):
        m = micro(scores, frames)
        print(f"micro {label:12} precision {m.precision:.2f}  recall {m.recall:.2f}  F1 {m.f1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
