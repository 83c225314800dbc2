"""Charts of the corpus overview notebook (01): who is mentioned, and sentence sentiment."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from .notice import says_when_empty
from .sides import side_colour, side_title
from .units import unit_name


@says_when_empty
def actors_by_side(mentions: pd.DataFrame, *, sides: Sequence = ()) -> alt.Chart:
    """Horizontal bars: mentions per actor, coloured by side (``analysis.actor_mentions``)."""
    return (
        alt.Chart(mentions, title=side_title("Actors mentioned, by side", sides))
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", title="Mentions"),
            y=alt.Y("canonical:N", sort="-x", title=None),
            color=side_colour("side", sides),
            tooltip=["canonical:N", "side:N", "actor_type:N", "mentions:Q", "articles:Q"],
        )
    )


@says_when_empty
def side_totals(
    side_mentions: pd.DataFrame, *, sides: Sequence = (), by: str = "article_id"
) -> alt.Chart:
    """Stacked bars: mentions of each side's actors per article, or per ``by`` (outlet...)
    (``analysis.side_mentions``)."""
    title = side_title(f"Mentions by side, per {unit_name(by)}", sides)
    return (
        alt.Chart(side_mentions, title=title)
        .mark_bar()
        .encode(
            x=alt.X("mentions:Q", stack="zero", title="Mentions"),
            y=alt.Y(f"{by}:N", title=None),
            color=side_colour("side", sides),
            tooltip=[f"{by}:N", "side:N", "mentions:Q"],
        )
    )


@says_when_empty
def sentiment_distribution(histogram: pd.DataFrame, *, by: str = "article_id") -> alt.Chart:
    """Histogram of sentence polarity, one colour per article (or per ``by``: outlet...)
    (``analysis.polarity_histogram``); tooltips count sentences."""
    return (
        alt.Chart(histogram, title="Sentence polarity (TextBlob)")
        .mark_bar(opacity=0.8)
        .encode(
            x=alt.X("bin_start:Q", bin="binned", title="Polarity", scale=alt.Scale(domain=[-1, 1])),
            x2="bin_end:Q",
            y=alt.Y("sentences:Q", stack="zero", title="Sentences"),
            color=alt.Color(f"{by}:N", title=unit_name(by).capitalize()),
            tooltip=[f"{by}:N", "bin_start:Q", "bin_end:Q", "sentences:Q"],
        )
    )
