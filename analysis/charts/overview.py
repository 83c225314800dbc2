"""Charts of the corpus overview notebook (01): who is mentioned, and sentence sentiment."""
from __future__ import annotations

import altair as alt
import pandas as pd

SIDE_COLORS = alt.Scale(domain=["US", "Russia", "Ukraine", "Europe", "Other", "unknown"],
                        range=["#1f77b4", "#d62728", "#e6b800", "#2ca02c", "#7f7f7f", "#c7c7c7"])
def actors_by_side(data: pd.DataFrame) -> alt.Chart:
    """Horizontal bars: mentions per actor, coloured by side (``analysis.actor_mentions``)."""
    return alt.Chart(data, title="Actors mentioned, by side").mark_bar().encode(
        x=alt.X("mentions:Q", title="Mentions"),
        y=alt.Y("canonical:N", sort="-x", title=None),
        color=alt.Color("side:N", scale=SIDE_COLORS, title="Side"),
        tooltip=["canonical:N", "side:N", "actor_type:N", "mentions:Q", "articles:Q"],
    )


def side_totals(entities: pd.DataFrame) -> alt.Chart:
    """Stacked bars: mentions of each side's actors per article."""
    data = entities[entities["actor_type"].isin(ACTOR_TYPES)].assign(
        side=lambda d: d["side"].fillna("unknown"))
    counts = data.groupby(["article_id", "side"]).size().rename("mentions").reset_index()
    return alt.Chart(counts, title="Mentions by side, per article").mark_bar().encode(
        x=alt.X("mentions:Q", stack="zero", title="Mentions"),
        y=alt.Y("article_id:N", title=None),
        color=alt.Color("side:N", scale=SIDE_COLORS, title="Side"),
        tooltip=["article_id:N", "side:N", "mentions:Q"],
    )


def sentiment_distribution(sentences: pd.DataFrame) -> alt.Chart:
    """Histogram of sentence polarity, one colour per article; tooltips count sentences."""
    data = sentences[["article_id", "polarity"]]
    return alt.Chart(data, title="Sentence polarity (TextBlob)").mark_bar(opacity=0.8).encode(
        x=alt.X("polarity:Q", bin=alt.Bin(extent=[-1, 1], step=0.1), title="Polarity"),
        y=alt.Y("count():Q", title="Sentences"),
        color=alt.Color("article_id:N", title="Article"),
        tooltip=["article_id:N", alt.Tooltip("count():Q", title="sentences")],
    )
