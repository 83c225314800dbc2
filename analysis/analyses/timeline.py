"""The timeline over a corpus: when articles appeared, the dated events (with their outlets),
which outlet reported which event, events per week, and who took part month by month.

``event_outlets`` and ``events_per_week`` are DuckDB SQL over the corpus (``corpus_sql``): the
same query counts a corpus in memory and one on disk in place, and returns only the counts a
chart draws.
"""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from ..corpus.query import corpus_sql

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


_DATED = f"""
    select e.event_id, e.article_id, e.date, e.event_type,
        e.event_type || ' · ' || strftime(e.date, '%Y-%m-%d') || ' · '
            || coalesce(e.place, '{UNKNOWN_LABEL}') as label,
        coalesce(a.outlet, '{UNKNOWN_LABEL}') as outlet
    from events e left join articles a using (article_id)
    where e.date is not null"""


def _tables(corpus, articles):
    """A corpus, or (for the older call with two tables) the events and articles tables."""
    return corpus if articles is None else SimpleNamespace(events=corpus, articles=articles)


def event_outlets(corpus, articles: pd.DataFrame | None = None, *, top: int | None = None):
    """Mentions of each linked event (``event_id``) per outlet, with the event's first date;
    ``top``: only the events mentioned most (ties: the earlier first). ``corpus``: a corpus,
    or the events table when ``articles`` is given."""
    keep = (
        ""
        if top is None
        else f"""
        where event_id in (select event_id from dated group by event_id
                           order by count(*) desc, min(date), event_id limit {int(top)})"""
    )
    return corpus_sql(_tables(corpus, articles), f"""
        with dated as ({_DATED})
        select event_id, label, outlet, count(*) as mentions,
            min(min(date)) over (partition by event_id) as date
        from dated {keep}
        group by event_id, label, outlet order by event_id, label, outlet""")  # fmt: skip


def events_per_week(corpus, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Dated event mentions per week (weeks start on Monday) and event type, with the number of
    linked events and of articles behind them: the calendar of a corpus of any size."""
    return corpus_sql(_tables(corpus, articles), f"""
        with dated as ({_DATED})
        select date_trunc('week', date) as week, event_type, count(*) as mentions,
            count(distinct event_id) as events, count(distinct article_id) as articles
        from dated group by all order by week, event_type""")  # fmt: skip


def actor_months(events: pd.DataFrame) -> pd.DataFrame:
    """Event mentions per actor and month (dated events only)."""
    data = (
        events[events["date"].notna()][["date", "actors", "event_type"]]
        .explode("actors")
        .dropna(subset=["actors"])
    )
    data["month"] = data["date"].dt.to_period("M").dt.to_timestamp()
    return data.groupby(["month", "actors"]).size().rename("mentions").reset_index()
