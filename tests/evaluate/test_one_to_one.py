"""GenderGapTracker's matching, reported beside ours: a predicted statement matches one gold
quote at most (analysis.evaluate.realnews.score_article, one_to_one=True)."""

from analysis.evaluate.realnews import RealScore, Statement, score_article

# two gold quotes, "X," he said, "Y.": our statement joins both pieces (one quote_group)
GOLD = [Statement([(0, 10)], "Ann Lee", "direct"), Statement([(20, 30)], "Ann Lee", "direct")]
JOINED = [Statement([(0, 10), (20, 30)], "Ann Lee", "direct")]
APART = [Statement([(0, 10)], "Ann Lee", "direct"), Statement([(20, 30)], "Bo Wu", "direct")]


def _scored(predicted, one_to_one):
    counts = RealScore()
    score_article(GOLD, predicted, counts, {}, names={}, one_to_one=one_to_one)
    return counts.by_kind["all"]


def test_one_statement_covering_two_quotes_is_found_once_when_matched_one_to_one():
    ours, matched = _scored(JOINED, False), _scored(JOINED, True)
    assert (ours.found, ours.predicted_right, ours.speaker_right) == (2, 1, 2)
    assert (matched.found, matched.predicted_right, matched.speaker_right) == (1, 1, 1)


def test_statements_one_per_quote_score_the_same_either_way():
    for one_to_one in (False, True):
        c = _scored(APART, one_to_one)
        assert (c.found, c.predicted, c.predicted_right, c.speaker_right) == (2, 2, 2, 1)
