"""Who the coverage talks about: mentions per actor, and one article's entities for display."""

from __future__ import annotations

import pandas as pd

ACTOR_TYPES = ("person", "organization", "media", "group")


def actor_mentions(entities: pd.DataFrame, *, top: int = 25, types=ACTOR_TYPES) -> pd.DataFrame:
    """Mentions per canonical actor (registry persons, organisations, media, groups), most first."""
    actors = entities[entities["actor_type"].isin(types)]
    counts = (
        actors.groupby(["canonical", "side", "actor_type"], dropna=False)
        .agg(mentions=("text", "size"), articles=("article_id", "nunique"))
        .reset_index()
    )
    counts["side"] = counts["side"].fillna("unknown")
    return counts.sort_values("mentions", ascending=False).head(top)


def entity_markup(corpus, article_id: str, *, by: str = "side") -> dict:
    """One article's text and entity spans in displaCy's manual format: labels are sides
    (default) or spaCy labels."""
    text = corpus.articles.set_index("article_id").at[article_id, "text"]
    rows = corpus.entities[corpus.entities["article_id"] == article_id].sort_values("start")
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


def side_mentions(entities: pd.DataFrame, *, types=ACTOR_TYPES) -> pd.DataFrame:
    """Mentions of each side's actors per article (actors without a side: "unknown")."""
    data = entities[entities["actor_type"].isin(types)].assign(
        side=lambda d: d["side"].fillna("unknown")
    )
    return data.groupby(["article_id", "side"]).size().rename("mentions").reset_index()


def side_tone(entities: pd.DataFrame) -> pd.DataFrame:
    """Mean tone of the clauses that mention each side's persons, organisations and groups, with
    the mentions behind it (``scored``: mentions whose clause has a scored word)."""
    actors = entities[
        entities["actor_type"].isin(["person", "organization", "group"]) & entities["side"].notna()
    ]
    return (
        actors.groupby("side")
        .agg(
            polarity=("clause_polarity", "mean"),
            mentions=("clause_polarity", "size"),
            scored=("clause_polarity", "count"),
        )
        .reset_index()
    )
