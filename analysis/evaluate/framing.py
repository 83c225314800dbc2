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

from ..extract.frames import frame_kinds
from ..validate.scoring import Score
from . import GOLD_DIR, gold_arguments, gold_parser

GOLD = GOLD_DIR / "framing" / "sentences.csv"


def read_gold(path=GOLD) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    for row in rows:
        row["gold"] = {f for f in (row["frames"] or "").split("|") if f}
    return rows


def evaluate(gold=None, parse=None) -> dict[str, Score]:
    """Per frame, the predictions and gold labels of the hand-coded sentences (exact match)."""
    parse = gold_parser(parse)
    scores: dict[str, Score] = {}
    for row in gold or read_gold():
        predicted = {hit.frame for hit in parse(row["sentence"]).rows["frames"]}
        for frame in predicted | row["gold"]:
            hit, labelled = frame in predicted, frame in row["gold"]
            scores[frame] = scores.get(frame, Score()).add(
                Score(
                    predicted=hit,
                    predicted_right=hit and labelled,
                    gold=labelled,
                    found=hit and labelled,
                )
            )
    return scores


def micro(scores: dict[str, Score], frames=None) -> Score:
    total = Score()
    for frame, s in scores.items():
        if frames is None or frame in frames:
            total = total.add(s)
    return total


def main(argv=None) -> int:
    paths = gold_arguments("analysis.evaluate.framing", __doc__, argv)
    gold = read_gold(*paths)
    scores = evaluate(gold)
    counts = Counter(f for row in gold for f in row["gold"])
    print(f"{len(gold)} hand-coded sentences, {sum(counts.values())} gold frame labels")
    print(f"{'frame':26} {'gold':>4} {'tp':>3} {'fp':>3} {'fn':>3} {'prec':>5} {'rec':>5}")
    for frame in sorted(scores):
        s = scores[frame]
        tp, fp, fn = s.found, s.predicted - s.predicted_right, s.gold - s.found
        print(
            f"{frame:26} {counts[frame]:>4} {tp:>3} {fp:>3} {fn:>3} {s.precision:>5.2f} "
            f"{s.recall:>5.2f}"
        )
    kinds = frame_kinds()
    for label, frames in (
        ("all frames", None),
        ("generic", {f for f, k in kinds.items() if k == "generic"}),
        ("story", {f for f, k in kinds.items() if k == "story"}),
    ):
        m = micro(scores, frames)
        print(f"micro {label:12} precision {m.precision:.2f}  recall {m.recall:.2f}  F1 {m.f1:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
