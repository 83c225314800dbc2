from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .base import ArticleKeyed, ListField

GRANULARITIES = ["day", "month", "year"]


class Events(ArticleKeyed):
    """One row per dated event mention (the timeline)."""

    event_id: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The real event this mention refers to: mentions in several articles (or twice "
            "in one) of the same type, with overlapping dates and a shared actor or place, "
            "share it."
        ),
    )
    date: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        description=(
            "Resolved date: the day, or the first day of the week/month/season/year/range; "
            "NaT when it cannot be resolved (never invented)."
        ),
    )
    date_end: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        description="Last day of the resolved period (equal to date for a single day).",
    )
    granularity: Series[str] = pa.Field(
        nullable=True,
        isin=GRANULARITIES,
        description=(
            "day, month or year: how precisely date is known (weeks and ranges have day "
            "boundaries)."
        ),
    )
    period: Series[str] = pa.Field(
        nullable=True,
        isin=["day", "week", "weekend", "month", "season", "year", "range"],
        description=(
            "What the expression names: a day, a week, a weekend, a month, a season, a year "
            "or a range of days."
        ),
    )
    date_text: Series[str] = pa.Field(description="The temporal expression as written.")
    date_start_char: Series[int] = pa.Field(
        ge=0, description="Offset of date_text in articles.text."
    )
    date_end_char: Series[int] = pa.Field(
        ge=0, description="Offset just past date_text in articles.text."
    )
    tense: Series[str] = pa.Field(
        isin=["past", "future"],
        description=(
            "Whether the dated event lies before or after publication (future auxiliaries "
            "and cues such as 'will', 'scheduled', 'next')."
        ),
    )
    rule: Series[str] = pa.Field(
        description="The resolution rule that placed the date, or why it could not be placed."
    )
    event_type: Series[str] = pa.Field(
        description=(
            "Event type from the knowledge file event_triggers.csv (meeting/talks, call, "
            "statement/announcement, visit/travel, attack/strike, agreement/ceasefire/pause, "
            "proposal/plan), or 'other' when the sentence has no trigger."
        )
    )
    trigger: Series[str] = pa.Field(nullable=True, description="The trigger word as written.")
    actors: Series[object] = ListField(
        "Canonical persons and organisations of the sentence (actor registry)."
    )
    place: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The most specific canonical place of the sentence (venue before city before country)."
        ),
    )
    text: Series[str] = pa.Field(description="The evidence sentence.")
