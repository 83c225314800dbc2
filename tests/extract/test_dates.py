"""Date resolution against the publication date: hand-written cases, edge cases first (no spaCy
model)."""

import pandas as pd
import pytest

from analysis.extract.dates import find_expressions, is_context_figure, resolve


def _resolve(text, published, future=False):
    expressions = find_expressions(text)
    assert len(expressions) == 1, expressions
    return resolve(expressions[0], pd.Timestamp(published) if published else None, future=future)


@pytest.mark.parametrize(
    "text, published, future, expected, granularity",
    [
        # weekdays by tense, including the same-day edge (2026-01-31 and 2025-06-07 are Saturdays)
        ("met on Saturday", "2026-01-31", False, "2026-01-31", "day"),
        ("met on Saturday", "2026-02-01", False, "2026-01-31", "day"),
        ("will meet on Saturday", "2026-01-31", True, "2026-01-31", "day"),
        ("will meet on Sunday", "2026-01-31", True, "2026-02-01", "day"),
        ("met on Sunday", "2026-01-31", False, "2026-01-25", "day"),
        ("last Saturday", "2026-01-31", False, "2026-01-24", "day"),
        ("next Saturday", "2026-01-31", False, "2026-02-07", "day"),
        # year boundaries
        ("met on Wednesday", "2026-01-01", False, "2025-12-31", "day"),
        ("will meet on Friday", "2025-12-31", True, "2026-01-02", "day"),
        ("a December visit", "2026-01-31", False, "2025-12-01", "month"),
        ("will meet in January", "2025-12-15", True, "2026-01-01", "month"),
        ("met in January", "2026-01-31", False, "2026-01-01", "month"),
        ("on December 30", "2026-01-05", False, "2025-12-30", "day"),
        ("last month", "2026-01-10", False, "2025-12-01", "month"),
        # leap year
        ("on February 29", "2024-03-01", False, "2024-02-29", "day"),
        # months by tense
        ("in August", "2025-11-19", False, "2025-08-01", "month"),
        ("will vote in August", "2025-11-19", True, "2026-08-01", "month"),
        # spans
        ("last week", "2026-01-31", False, "2026-01-19", "day"),
        ("earlier this month", "2026-01-31", False, "2026-01-01", "month"),
        ("over the past three days", "2025-12-21", False, "2025-12-18", "day"),
        ("two days ago", "2025-12-01", False, "2025-11-29", "day"),
        # explicit dates keep their day
        ("on 24 February 2022", "2026-01-31", False, "2022-02-24", "day"),
        ("on January 24", "2026-01-31", False, "2026-01-24", "day"),
        ("in 2014", "2026-01-31", False, "2014-01-01", "year"),
        # evenings, days of the month, holidays (2025-08-14 is a Thursday)
        ("scored twice last night", "2025-11-06", False, "2025-11-05", "day"),
        ("said this morning", "2025-11-06", False, "2025-11-06", "day"),
        ("the board met on the 15th", "2025-04-22", False, "2025-04-15", "day"),
        ("the board met on the 25th", "2025-04-22", False, "2025-03-25", "day"),
        ("will vote on the 3rd", "2025-01-28", True, "2025-02-03", "day"),
        ("struck on Christmas Eve", "2026-01-05", False, "2025-12-24", "day"),
        ("hot this weekend", "2025-08-14", False, "2025-08-16", "day"),
        ("clashes this weekend", "2025-08-17", False, "2025-08-16", "day"),
    ],
)
def test_resolution(text, published, future, expected, granularity):
    result = _resolve(text, published, future)
    assert result.date == pd.Timestamp(expected)
    assert result.granularity == granularity


def test_without_a_publication_date_anchored_expressions_stay_unresolved():
    for text in ["on Saturday", "in August", "last week", "January 24"]:
        assert _resolve(text, None).date is None
    assert _resolve("24 February 2022", None).date == pd.Timestamp("2022-02-24")


def test_month_result_spans_the_month():
    result = _resolve("in February", "2024-03-10")
    assert (result.date, result.date_end) == (
        pd.Timestamp("2024-02-01"),
        pd.Timestamp("2024-02-29"),
    )


def test_may_the_verb_is_not_a_month():
    assert find_expressions("The talks may resume soon.") == []
    assert [e.text for e in find_expressions("They met on May 9.")] == ["May 9"]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The war had cost $281 billion as of early 2024.", True),
        ("Unemployment, which was 4.1% in April, is expected to edge higher.", True),
        ("The company, which had 12,000 employees at the end of 2023, is seeking buyers.", True),
        ("The club, valued at $4.2 billion in 2023, is seeking investors.", True),
        ("Russia, which launched 300 drones on Sunday, said it would continue.", False),
        ("The talks, which were held on Sunday, ended without a deal.", False),
    ],
)
def test_context_figures_are_recognised(text, figure):
    (expression,) = find_expressions(text)
    assert is_context_figure(text, expression) is figure


def test_relative_to_another_event_is_not_placed():
    result = _resolve("Just days before the talks", "2025-12-29")
    assert result.date is None and result.rule == "relative to another event"
