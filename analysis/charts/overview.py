"""Charts of the corpus overview notebook (01): who is mentioned, and sentence sentiment."""

from __future__ import annotations

import altair as alt
import pandas as pd

SIDE_COLORS = alt.Scale(
    domain=["US", "Russia", "Ukraine", "Europe", "Other", "unknown"],
    range=["#1f77b4", "#d62728", "#e6b800", "#2ca02c", "#7f7f7f", "#c7c7c7"],
)


def actors_by_side(mentions: pd.DataFrame) -> alt.Chart:
    """Horizontal bars: mentions per actor, coloured by side (``analysis.actor_mentions``)."""
    return (
        alt.Chart(mentions, title="Actors mentioned, by side")
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", title="Mentions"),
            y=alt.Y("canonical:N", sort="-x", title=None),
            color=alt.Color("side:N", scale=SIDE_COLORS, title="Side"),
            tooltip=["canonical:N", "side:N", "actor_type:N", "mentions:Q", "articles:Q"],
        )
    )


def side_totals(side_mentions: pd.DataFrame) -> alt.Chart:
    """Stacked bars: mentions of each side's actors per article (``analysis.side_mentions``)."""
    return (
        alt.Chart(side_mentions, title="Mentions by side, per article")
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", stack="zero", title="Mentions"),
            y=alt.Y("article_id:N", title=None),
            color=alt.Color("side:N", scale=SIDE_COLORS, title="Side"),
            tooltip=["article_id:N", "side:N", "mentions:Q"],
        )
    )


def sentiment_distribution(histogram: pd.DataFrame) -> alt.Chart:
    """Histogram of sentence polarity, one colour per article (``analysis.polarity_histogram``);
    tooltips count sentences."""
    return (
        alt.Chart(histogram, title="Sentence polarity (TextBlob)")
        .mark_bar(opacity=0.8)
        .encode(
            x=alt.X("bin_start:Q", bin="binned", title="Polarity", scale=alt.Scale(domain=[-1, 1])),
            x2="bin_end:Q",
            y=alt.Y("sentences:Q", stack="zero", title="Sentences"),
            color=alt.Color("article_id:N", title="Article"),
            tooltip=["article_id:N", "bin_start:Q", "bin_end:Q", "sentences:Q"],
        )
    )
