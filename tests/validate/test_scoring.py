"""Precision, recall and F1 from counts (no spaCy model)."""

import math

import pytest

from analysis.evaluate.quotes import QuoteScore
from analysis.validate.scoring import Score


def test_exact_matching_counts():
    score = Score.of_counts(tp=8, fp=2, fn=4)
    assert score == Score(predicted=10, predicted_right=8, gold=12, found=8)
    assert score.precision == 0.8
    assert score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(8 / 11)  # 2 * 0.8 * 2/3 / (0.8 + 2/3)


def test_partial_matches_count_apart_on_each_side():
    """3 of 4 predictions cover some gold item, 2 of 5 gold items are covered."""
    score = Score(predicted=4, predicted_right=3, gold=5, found=2)
    assert (score.precision, score.recall) == (0.75, 0.4)
    assert score.f1 == pytest.approx(12 / 23)  # 2 * 0.3 / 1.15


def test_no_predictions_or_no_gold_give_no_figures():
    nothing_predicted = Score.of_counts(tp=0, fp=0, fn=3)
    assert math.isnan(nothing_predicted.precision) and nothing_predicted.recall == 0.0
    assert math.isnan(nothing_predicted.f1)
    assert math.isnan(Score.of_counts(tp=0, fp=2, fn=0).recall)
    assert Score.of_counts(tp=0, fp=2, fn=3).f1 == 0.0


def test_scores_add_up():
    total = Score.of_counts(1, 2, 3).add(Score(predicted=4, predicted_right=3, gold=5, found=2))
    assert total == Score(predicted=7, predicted_right=4, gold=9, found=3)


def test_speaker_accuracy_is_over_the_found_quotes():
    score = QuoteScore(predicted=10, predicted_right=9, gold=12, found=8, speaker_right=6)
    assert score.speaker_accuracy == 0.75
    assert math.isnan(QuoteScore().speaker_accuracy)
