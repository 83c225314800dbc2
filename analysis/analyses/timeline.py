"""The timeline over a corpus: when articles appeared, the dated events (with their outlets),
which outlet reported which event, and who took part month by month."""

from __future__ import annotations

import pandas as pd

UNKNOWN_LABEL = "(unknown)"  # an outlet or place that is not known
ONE_DAY = pd.Timedelta(days=1)


def publications(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles with a publication date: id, title, date, outlet, how sure the date is."""
    data = articles[["article_id", "title", "published", "outlet", "date_confidence"]].assign(
        outlet=lambda d: d["outlet"].fillna(UNKNOWN_LABEL), title=lambda d: d["title"].fillna("")
    )
    return data[data["published"].notna()]


def dated_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Events with a date, with outlet, a label and a drawable end (a day is one day wide)."""
    outlets = articles.set_index("article_id")["outlet"].fillna(UNKNOWN_LABEL)
    dated = events[events["date"].notna()].copy()
    dated["outlet"] = dated["article_id"].map(outlets)
    dated["place"] = dated["place"].fillna(UNKNOWN_LABEL)
    dated["draw_end"] = dated["date_end"].fillna(dated["date"]) + ONE_DAY
    dated["label"] = (
        dated["event_type"] + " · " + dated["date"].dt.strftime("%Y-%m-%d") + " · " + dated["place"]
    )
    dated["actor_list"] = dated["actors"].map(", ".join)
    return dated


def calendar_events(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The columns of ``dated_events`` that the events calendar draws."""
    columns = ["date", "draw_end", "place", "event_type", "date_text", "granularity", "outlet",
               "article_id", "actor_list", "text"]  # fmt: skip
    return dated_events(events, articles)[columns]


def event_outlets(events: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mentions of each linked event (``event_id``) per outlet, with the event's first date."""
    data = dated_events(events, articles)
    counts = data.groupby(["event_id", "label", "outlet"]).size().rename("mentions").reset_index()
    first = data.groupby("event_id")["date"].min()
    counts["date"] = counts["event_id"].map(first)
    return counts


def actor_months(events: pd.DataFrame) -> pd.DataFrame:
    """Event mentions per actor and month (dated events only)."""
    data = (
        events[events["date"].notna()][["date", "actors", "event_type"]]
        .explode("actors")
        .dropna(subset=["actors"])
    )
    data["month"] = data["date"].dt.to_period("M").dt.to_timestamp()
    return data.groupby(["month", "actors"]).size().rename("mentions").reset_index()
