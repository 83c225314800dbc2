"""The timeline over a corpus: when articles appeared, the dated events (with their outlets),
which outlet reported which event, events per week, and who took part month by month.

``event_outlets`` and ``events_per_week`` are DuckDB SQL over the corpus (``corpus_sql``): the
same query counts a corpus in memory and one on disk in place, and returns only the counts a
chart draws.
"""

from __future__ import annotations

import pandas as pd

from ..corpus.query import corpus_sql, tables_of

UNKNOWN_LABEL = "(unknown)"  # an outlet or place that is not known
ONE_DAY = pd.Timedelta(days=1)


def publications(corpus, *, per_day: bool = False) -> pd.DataFrame:
    """Articles with a publication date: id, title, date, outlet, how sure the date is; with
    ``per_day``, the number of articles per day, outlet and date confidence instead (the
    timeline of a corpus of any size). ``corpus``: a corpus, or its articles table."""
    if per_day:
        return corpus_sql(tables_of(corpus, articles=None), f"""
            select date_trunc('day', published) as published,
                coalesce(outlet, '{UNKNOWN_LABEL}') as outlet, date_confidence,
                count(*) as articles
            from articles where published is not null group by all order by all""")  # fmt: skip
    return corpus_sql(tables_of(corpus, articles=None), f"""
        select article_id, coalesce(title, '') as title, published,
            coalesce(outlet, '{UNKNOWN_LABEL}') as outlet, date_confidence
        from articles where published is not null""")  # fmt: skip


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


CALENDAR_COLUMNS = ["date", "draw_end", "place", "event_type", "date_text", "granularity",
                    "outlet", "article_id", "actor_list", "text"]  # fmt: skip


def calendar_events(corpus, articles: pd.DataFrame | None = None, *, linked: bool = False):
    """The dated event mentions that the events calendar draws; with ``linked``, one row per
    linked event (``event_id``) instead: its first mention's words and place, its whole span,
    its ``mentions`` and the outlets that reported it (the calendar of a corpus of any size).
    ``corpus``: a corpus, or the events table when ``articles`` is given."""
    if not linked:
        return dated_events(*_frames(corpus, articles))[CALENDAR_COLUMNS]
    return corpus_sql(tables_of(corpus, events=None, articles=articles), f"""
        with dated as (
            select e.*, coalesce(a.outlet, '{UNKNOWN_LABEL}') as outlet,
                coalesce(e.place, '{UNKNOWN_LABEL}') as venue,
                coalesce(e.date_end, e.date) + interval 1 day as draw_end
            from events e left join articles a using (article_id) where e.date is not null)
        select min(date) as date, max(draw_end) as draw_end,
            arg_min(venue, (article_id, sentence_id)) as place, event_type,
            arg_min(date_text, (article_id, sentence_id)) as date_text,
            arg_min(granularity, (article_id, sentence_id)) as granularity,
            string_agg(distinct outlet, ', ' order by outlet) as outlet,
            min(article_id) as article_id,
            array_to_string(arg_min(actors, (article_id, sentence_id)), ', ') as actor_list,
            arg_min(text, (article_id, sentence_id)) as text, count(*) as mentions, event_id
        from dated group by event_id, event_type order by date, event_id""")  # fmt: skip


def _frames(corpus, articles):
    """The events and articles tables of a corpus (or the two tables as given)."""
    return (corpus.events, corpus.articles) if articles is None else (corpus, articles)


_DATED = f"""
    select e.event_id, e.article_id, e.date, e.event_type,
        e.event_type || ' · ' || strftime(e.date, '%Y-%m-%d') || ' · '
            || coalesce(e.place, '{UNKNOWN_LABEL}') as label,
        coalesce(a.outlet, '{UNKNOWN_LABEL}') as outlet
    from events e left join articles a using (article_id)
    where e.date is not null"""


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
    return corpus_sql(tables_of(corpus, events=None, articles=articles), f"""
        with dated as ({_DATED})
        select event_id, label, outlet, count(*) as mentions,
            min(min(date)) over (partition by event_id) as date
        from dated {keep}
        group by event_id, label, outlet order by event_id, label, outlet""")  # fmt: skip


def events_per_week(corpus, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Dated event mentions per week (weeks start on Monday) and event type, with the number of
    linked events and of articles behind them: the calendar of a corpus of any size."""
    return corpus_sql(tables_of(corpus, events=None, articles=articles), f"""
        with dated as ({_DATED})
        select date_trunc('week', date) as week, event_type, count(*) as mentions,
            count(distinct event_id) as events, count(distinct article_id) as articles
        from dated group by all order by week, event_type""")  # fmt: skip


def actor_months(corpus) -> pd.DataFrame:
    """Event mentions per actor and month (dated events only). ``corpus``: a corpus, or its
    events table."""
    return corpus_sql(tables_of(corpus, events=None), """
        with named as (
            select date_trunc('month', date) as month, unnest(actors) as actors
            from events where date is not null)
        select month, actors, count(*) as mentions from named
        where actors is not null group by all order by all""")  # fmt: skip
