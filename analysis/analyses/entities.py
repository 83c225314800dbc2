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
            "label": (r.side if isinstance(r.side, str) else "unknown") if by == "side" else r.label,
        }
        for r in rows.itertuples()
    ]
    return {"text": text, "ents": ents, "title": article_id}
