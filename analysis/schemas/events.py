from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .base import ArticleKeyed, ListField

GRANULARITIES = ["day", "month", "year"]


class Events(ArticleKeyed):
    """One row per dated event mention (the timeline)."""

    date: Series[pd.Timestamp] = pa.Field(nullable=True, description="Resolved date (first day of the month/year for coarser granularity); NaT when it cannot be resolved.")
    granularity: Series[str] = pa.Field(nullable=True, isin=GRANULARITIES, description="day, month or year.")
    date_text: Series[str] = pa.Field(description="The temporal expression as written.")
    event_type: Series[str] = pa.Field(description="Event type from the trigger lexicon.")
    actors: Series[object] = ListField("Canonical actors of the sentence (registry names).")
    place: Series[str] = pa.Field(nullable=True, description="Canonical place of the event.")
    text: Series[str] = pa.Field(description="The evidence sentence.")
