"""When a predicted speaker is the coder's speaker (analysis.evaluate.quotes.same_speaker)."""

import pytest

from analysis.evaluate.quotes import same_speaker


@pytest.mark.parametrize(
    "gold, predicted, same",
    [
        ("Tony Blair", "tony blair", True),
        ("Michael Howard", "Howard", True),  # the surname ends the full name
        ("The Transport Workers Union (TWU)", "The Transport Workers Union", True),
        ("The Department of Trade (DOT)", "the Department of Trade", True),
        ("The Transport Workers Union (TWU)", "The TWU", False),
        ("Michael Howard", "Tony Blair", False),
        ("Michael Howard", None, False),
    ],
)
def test_a_bracketed_acronym_after_a_name_is_the_same_speaker(gold, predicted, same):
    assert same_speaker(gold, predicted) is same
