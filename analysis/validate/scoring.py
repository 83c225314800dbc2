"""One scorer for every evaluation: precision, recall and F1 from counts.

Precision is counted over predictions (how many of them are right) and recall over the gold
(how many gold items were found), so that a partial match may count differently on each side
(GenderGapTracker's quote scoring); for exact matching both are the true positives.
"""

from __future__ import annotations

from dataclasses import dataclass

NAN = float("nan")


@dataclass
class Score:
    predicted: int = 0  # predictions made
    predicted_right: int = 0  # predictions that match some gold item
    gold: int = 0  # gold items
    found: int = 0  # gold items matched by some prediction

    def add(self, other: Score) -> Score:
        return Score(
            self.predicted + other.predicted,
            self.predicted_right + other.predicted_right,
            self.gold + other.gold,
            self.found + other.found,
        )

    @classmethod
    def of_counts(cls, tp: int, fp: int, fn: int) -> Score:
        """Exact matching: true positives, false positives, false negatives."""
        return cls(predicted=tp + fp, predicted_right=tp, gold=tp + fn, found=tp)

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else NAN

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else NAN

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        if p != p or r != r:  # NaN: nothing predicted, or no gold
            return NAN
        return 2 * p * r / (p + r) if p + r else 0.0
