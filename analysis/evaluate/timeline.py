"""Accuracy of date resolution on hand-annotated dated references.

    python -m analysis.evaluate.timeline [GOLD.csv]

Each gold row is a sentence, its publication date, a temporal expression and the day, month or
year it refers to (read by hand), "none" (cannot be placed) or "skip" (not an event). A row is
correct when the events table of that sentence has a row for the expression whose date matches
at the gold's granularity (or no date for "none", no row for "skip"). Prints accuracy, recall
(event references found) and precision (dated references dated right), overall and per
`source` (seed articles vs written sentences), and every miss.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass

import pandas as pd

from ..validate.scoring import Score
from . import GOLD_DIR, gold_arguments, gold_parser

GOLD = GOLD_DIR / "timeline" / "dates.csv"
FORMATS = {10: "%Y-%m-%d", 7: "%Y-%m", 4: "%Y"}


@dataclass
class Outcome:
    row: dict
    predicted: str
    correct: bool


def read_gold(path=GOLD) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def predict(row: dict, parse) -> str:
    """The resolved date for the gold expression as text at the gold's granularity, "none" when
    found without a date, "skip" when no event row holds the expression."""
    published = row["published"] or None
    article = parse(row["sentence"], published=published)
    wanted = row["date_text"].lower()
    matches = [
        e
        for e in article.rows["events"]
        if wanted in e.date_text.lower() or e.date_text.lower() in wanted
    ]
    if not matches:
        return "skip"
    date = matches[0].date
    if date is None or pd.isna(date):
        return "none"
    expected = row["expected"]
    return pd.Timestamp(date).strftime(FORMATS.get(len(expected), "%Y-%m-%d"))


def evaluate(gold=None, parse=None) -> list[Outcome]:
    parse = gold_parser(parse)
    outcomes = []
    for row in gold or read_gold():
        predicted = predict(row, parse)
        outcomes.append(Outcome(row, predicted, predicted == row["expected"]))
    return outcomes


def figures(outcomes: list[Outcome]) -> dict:
    """Accuracy over all references; recall = event references (expected not "skip") that the
    table holds; precision = references given a date that got the right one."""
    events = [o for o in outcomes if o.row["expected"] != "skip"]
    found = [o for o in events if o.predicted != "skip"]
    dated = [o for o in outcomes if o.predicted not in ("skip", "none")]
    score = Score(
        predicted=len(dated),
        predicted_right=sum(o.correct for o in dated),
        gold=len(events),
        found=len(found),
    )
    return {
        "n": len(outcomes),
        "accuracy": sum(o.correct for o in outcomes) / max(len(outcomes), 1),
        "recall": score.recall,
        "precision": score.precision,
    }


def main(argv=None) -> int:
    paths = gold_arguments("analysis.evaluate.timeline", __doc__, argv)
    gold = read_gold(*paths)
    outcomes = evaluate(gold)
    correct = sum(o.correct for o in outcomes)
    print(
        f"dated references: {len(outcomes)}; resolved correctly: {correct} "
        f"({correct / len(outcomes):.1%})"
    )
    groups = {"all": outcomes}
    for source in sorted({o.row.get("source") or "written" for o in outcomes}):
        groups[source] = [o for o in outcomes if (o.row.get("source") or "written") == source]
    for name, group in groups.items():
        f = figures(group)
        print(
            f"  {name:8} n={f['n']:3}  accuracy {f['accuracy']:.1%}  "
            f"recall {f['recall']:.1%}  precision {f['precision']:.1%}"
        )
    for o in outcomes:
        if not o.correct:
            print(
                f"  MISS published={o.row['published'] or '-'} {o.row['date_text']!r}: "
                f"expected {o.row['expected']}, got {o.predicted}  | {o.row['sentence'][:70]}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
