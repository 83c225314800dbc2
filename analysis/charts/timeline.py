"""Charts of the timeline notebook (02): when articles appeared and the events they date."""
from __future__ import annotations

import altair as alt
import pandas as pd

UNKNOWN = "(unknown)"
ONE_DAY = pd.Timedelta(days=1)


def dated_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Events with a date, with outlet, a label and a drawable end (a day is one day wide)."""
    outlets = articles.set_index("article_id")["outlet"].fillna(UNKNOWN)
    dated = events[events["date"].notna()].copy()
    dated["outlet"] = dated["article_id"].map(outlets)
    dated["place"] = dated["place"].fillna(UNKNOWN)
    dated["draw_end"] = dated["date_end"].fillna(dated["date"]) + ONE_DAY
    dated["label"] = (dated["event_type"] + " · " + dated["date"].dt.strftime("%Y-%m-%d")
                      + " · " + dated["place"])
    dated["actor_list"] = dated["actors"].map(", ".join)
    return dated


def publication_timeline(articles: pd.DataFrame) -> alt.Chart:
    """One tick per article at its publication date, one row per outlet."""
    data = articles[["article_id", "title", "published", "outlet", "date_confidence"]].assign(
        outlet=lambda d: d["outlet"].fillna(UNKNOWN), title=lambda d: d["title"].fillna(""))
    return alt.Chart(data[data["published"].notna()], title="Publication timeline").mark_point(
        filled=True, size=120).encode(
        x=alt.X("published:T", title="Published"),
        y=alt.Y("outlet:N", title=None),
        color=alt.Color("date_confidence:N", title="Date confidence"),
        tooltip=["article_id:N", "outlet:N", "published:T", "date_confidence:N", "title:N"],
    )


def events_calendar(events: pd.DataFrame, articles: pd.DataFrame) -> alt.Chart:
    """Events on the calendar: x = date (month-long or week-long events as spans), y = place,
    colour = event type; tooltips give the evidence sentence and the outlet."""
    data = dated_events(events, articles)[["date", "draw_end", "place", "event_type", "date_text",
                                           "granularity", "outlet", "article_id", "actor_list", "text"]]
    return alt.Chart(data, title="Events calendar").mark_bar(opacity=0.75, cornerRadius=2).encode(
        x=alt.X("date:T", title="Date"),
        x2="draw_end:T",
        y=alt.Y("place:N", title=None),
        color=alt.Color("event_type:N", title="Event type"),
        tooltip=["date:T", "granularity:N", "date_text:N", "event_type:N", "place:N", "actor_list:N",
                 "outlet:N", "article_id:N", "text:N"],
    )


def outlet_coverage(events: pd.DataFrame, articles: pd.DataFrame) -> alt.Chart:
    """Which outlet reported which event (linked mentions share a row): cell = mentions."""
    data = dated_events(events, articles)
    counts = data.groupby(["event_id", "label", "outlet"]).size().rename("mentions").reset_index()
    first = data.groupby("event_id")["date"].min()
    counts["date"] = counts["event_id"].map(first)
    return alt.Chart(counts, title="Which outlet reported which event").mark_rect().encode(
        x=alt.X("outlet:N", title=None),
        y=alt.Y("label:N", sort=alt.EncodingSortField("date", order="ascending"), title=None),
        color=alt.Color("mentions:Q", title="Mentions"),
        tooltip=["event_id:N", "label:N", "outlet:N", "mentions:Q"],
    )


def actor_appearances(events: pd.DataFrame) -> alt.Chart:
    """Actors of dated events over time (by month): circle size = event mentions."""
    data = events[events["date"].notna()][["date", "actors", "event_type"]].explode("actors").dropna(
        subset=["actors"])
    data["month"] = data["date"].dt.to_period("M").dt.to_timestamp()
    counts = data.groupby(["month", "actors"]).size().rename("mentions").reset_index()
    return alt.Chart(counts, title="Actors of dated events, by month").mark_circle().encode(
        x=alt.X("month:T", timeUnit="yearmonth", title="Month"),
        y=alt.Y("actors:N", title=None, sort="-size"),
        size=alt.Size("mentions:Q", title="Mentions"),
        tooltip=[alt.Tooltip("month:T", timeUnit="yearmonth"), "actors:N", "mentions:Q"],
    )
