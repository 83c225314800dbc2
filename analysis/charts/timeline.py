"""Charts of the timeline notebook (02): when articles appeared and the events they date."""

from __future__ import annotations

import altair as alt
import pandas as pd

from .notice import says_when_empty


@says_when_empty
def publication_timeline(data: pd.DataFrame) -> alt.Chart:
    """One point per article at its publication date, one row per outlet; or, from the counts
    per day (``analysis.publications(corpus, per_day=True)``), one point per day and outlet
    sized by its articles."""
    per_day = "articles" in data.columns
    tooltip = ["published:T", "outlet:N", "date_confidence:N"]
    tooltip += ["articles:Q"] if per_day else ["article_id:N", "title:N"]
    size = alt.Size("articles:Q", title="Articles") if per_day else alt.value(120)
    return (
        alt.Chart(data, title="Publication timeline")
        .mark_point(filled=True)
        .encode(
            x=alt.X("published:T", title="Published"),
            y=alt.Y("outlet:N", title=None),
            color=alt.Color("date_confidence:N", title="Date confidence"),
            size=size,
            tooltip=tooltip,
        )
    )


@says_when_empty
def events_calendar(data: pd.DataFrame) -> alt.Chart:
    """Events on the calendar: x = date (month-long or week-long events as spans), y = place,
    colour = event type; tooltips give the evidence sentence and the outlet
    (``analysis.calendar_events``)."""
    return (
        alt.Chart(data, title="Events calendar")
        .mark_bar(opacity=0.75, cornerRadius=2)
        .encode(
            x=alt.X("date:T", title="Date"),
            x2="draw_end:T",
            y=alt.Y("place:N", title=None),
            color=alt.Color("event_type:N", title="Event type"),
            tooltip=[
                "date:T",
                "granularity:N",
                "date_text:N",
                "event_type:N",
                "place:N",
                "actor_list:N",
                "outlet:N",
                "article_id:N",
                *(["mentions:Q"] if "mentions" in data.columns else []),
                "text:N",
            ],
        )
    )


@says_when_empty
def outlet_coverage(counts: pd.DataFrame) -> alt.Chart:
    """Which outlet reported which event (linked mentions share a row): cell = mentions
    (``analysis.event_outlets``)."""
    return (
        alt.Chart(counts, title="Which outlet reported which event")
        .mark_rect()
        .encode(
            x=alt.X("outlet:N", title=None),
            y=alt.Y("label:N", sort=alt.EncodingSortField("date", order="ascending"), title=None),
            color=alt.Color("mentions:Q", title="Mentions"),
            tooltip=["event_id:N", "label:N", "outlet:N", "mentions:Q"],
        )
    )


@says_when_empty
def events_per_week(counts: pd.DataFrame) -> alt.Chart:
    """Dated event mentions per week, stacked by event type (``analysis.events_per_week``): the
    calendar of a corpus too large to draw event by event."""
    return (
        alt.Chart(counts, title="Event mentions per week")
        .mark_bar()
        .encode(
            x=alt.X("week:T", title="Week"),
            y=alt.Y("mentions:Q", title="Mentions"),
            color=alt.Color("event_type:N", title="Event type"),
            tooltip=[
                alt.Tooltip("week:T", title="Week of"),
                "event_type:N",
                "mentions:Q",
                "events:Q",
                "articles:Q",
            ],  # fmt: skip
        )
    )


@says_when_empty
def actor_appearances(counts: pd.DataFrame) -> alt.Chart:
    """Actors of dated events over time (by month): circle size = event mentions
    (``analysis.actor_months``)."""
    return (
        alt.Chart(counts, title="Actors of dated events, by month")
        .mark_circle()
        .encode(
            x=alt.X("month:T", timeUnit="yearmonth", title="Month"),
            y=alt.Y("actors:N", title=None, sort="-size"),
            size=alt.Size("mentions:Q", title="Mentions"),
            tooltip=[alt.Tooltip("month:T", timeUnit="yearmonth"), "actors:N", "mentions:Q"],
        )
    )
