"""Who the coverage talks about: mentions per actor, and one article's entities for display."""

from __future__ import annotations

import pandas as pd

from ..corpus.query import corpus_sql, grouped, tables_of

ACTOR_TYPES = ("person", "organization", "media", "group")


def actor_mentions(corpus, *, top: int = 25, types=ACTOR_TYPES) -> pd.DataFrame:
    """Mentions per canonical actor (registry persons, organisations, media, groups), most first,
    with the articles that mention them (one SQL query; ``corpus``: a corpus, or its entities
    table)."""
    return corpus_sql(tables_of(corpus, entities=None), """
        select canonical, coalesce(side, 'unknown') as side, actor_type, count(*) as mentions,
            count(distinct article_id) as articles
        from entities where list_contains($types, actor_type)
        group by canonical, entities.side, actor_type
        order by mentions desc, articles desc, canonical, side limit $top""",
        {"types": list(types), "top": top})  # fmt: skip


def entity_markup(corpus, article_id: str | None = None, *, by: str = "side") -> dict:
    """One article's text and entity spans in displaCy's manual format: labels are sides
    (default) or spaCy labels. ``article_id``: None for the corpus's first article. Only that
    article's rows are read (in place on a corpus on disk)."""
    if article_id is None:
        article_id = corpus.sql("select article_id from articles limit 1").iloc[0, 0]
    text = corpus.rows_of("articles", {article_id})["text"].iloc[0]
    rows = corpus.rows_of("entities", {article_id}).sort_values("start")
    ents = [
        {
            "start": int(r.start),
            "end": int(r.end),
            "label": (r.side if isinstance(r.side, str) else "unknown")
            if by == "side"
            else r.label,
        }
        for r in rows.itertuples()
    ]
    return {"text": text, "ents": ents, "title": article_id}


def side_mentions(corpus, *, types=ACTOR_TYPES, by: str = "article_id") -> pd.DataFrame:
    """Mentions of each side's actors per article (or per outlet, or another grouping of
    ``group_column``); actors without a side: "unknown". ``corpus``: a corpus, or its entities
    table."""
    corpus = tables_of(corpus, entities=None)
    group, source = grouped(corpus, "entities", by, "e")
    return corpus_sql(corpus, f"""
        select {group} as "{by}", coalesce(e.side, 'unknown') as side, count(*) as mentions
        from {source} where list_contains($types, e.actor_type)
        group by all order by all""", {"types": list(types)})  # fmt: skip


def side_tone(corpus) -> pd.DataFrame:
    """Mean tone of the clauses that mention each side's persons, organisations and groups, with
    the mentions behind it (``scored``: mentions whose clause has a scored word). ``corpus``: a
    corpus, or its entities table."""
    return corpus_sql(tables_of(corpus, entities=None), """
        select side, avg(clause_polarity) as polarity, count(*) as mentions,
            count(clause_polarity) as scored
        from entities
        where actor_type in ('person', 'organization', 'group') and side is not null
        group by side order by side""")  # fmt: skip
