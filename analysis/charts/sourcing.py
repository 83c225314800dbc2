"""Charts of the sourcing notebook (04): who speaks, how much, from which side, with which verbs."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from .notice import says_when_empty
from .sides import side_colour, side_title

TIER_COLORS = alt.Scale(
    domain=["neutral", "endorsing", "distancing", "guilt", "emotive"],
    range=["#7f7f7f", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e"],
)


@says_when_empty
def who_is_quoted(data: pd.DataFrame, top: int = 20, *, sides: Sequence = ()) -> alt.Chart:
    """Statements per speaker, coloured by side; tooltips give quotes and quoted words."""
    data = data.head(top)
    data = data.assign(speaker_side=data["speaker_side"].replace({"unknown": "unknown"}))
    return (
        alt.Chart(data, title=side_title("Who is quoted", sides))
        .mark_bar()
        .encode(
            x=alt.X("statements:Q", title="Statements (quote groups)"),
            y=alt.Y("speaker:N", sort="-x", title=None),
            color=side_colour("speaker_side", sides),
            tooltip=[
                "speaker:N",
                "speaker_type:N",
                "speaker_side:N",
                "statements:Q",
                "quotes:Q",
                "words:Q",
                "articles:Q",
            ],
        )
    )


@says_when_empty
def share_of_voice(
    data: pd.DataFrame, by: str = "article_id", *, sides: Sequence = ()
) -> alt.Chart:
    """Quoted words per side, per article or outlet (stacked; tooltips give counts and shares)."""
    return (
        alt.Chart(
            data,
            title=side_title(f"Share of voice by side, per {by.replace('_id', '')}", sides),
        )
        .mark_bar()
        .encode(
            x=alt.X("words:Q", stack="zero", title="Quoted words"),
            y=alt.Y(f"{by}:N", title=None),
            color=side_colour("speaker_side", sides),
            tooltip=[
                f"{by}:N",
                "speaker_side:N",
                "words:Q",
                "quotes:Q",
                alt.Tooltip("share_of_words:Q", format=".0%"),
            ],
        )
    )


@says_when_empty
def source_types(data: pd.DataFrame) -> alt.Chart:
    """Named persons, organisations, media, anonymous and unknown sources per article."""
    return (
        alt.Chart(data, title="Kinds of sources")
        .mark_bar()
        .encode(
            x=alt.X("quotes:Q", stack="zero", title="Quotes"),
            y=alt.Y("article_id:N", title=None),
            color=alt.Color("speaker_type:N", title="Source type"),
            tooltip=["article_id:N", "speaker_type:N", "quotes:Q"],
        )
    )


@says_when_empty
def reporting_verbs(data: pd.DataFrame) -> alt.Chart:
    """Reporting verbs by count, coloured by connotation tier ("said" vs "claimed", "insisted")."""
    return (
        alt.Chart(data, title="Reporting verbs")
        .mark_bar()
        .encode(
            x=alt.X("quotes:Q", title="Quotes"),
            y=alt.Y("cue:N", sort="-x", title=None),
            color=alt.Color("cue_tier:N", scale=TIER_COLORS, title="Tier"),
            tooltip=["cue:N", "cue_tier:N", "quotes:Q", "speakers:Q"],
        )
    )


@says_when_empty
def mentions_vs_quotes(data: pd.DataFrame, top: int = 20, *, sides: Sequence = ()) -> alt.Chart:
    """Who is talked about vs who gets to speak: mentions (x) against statements (y)."""
    data = data.head(top)
    return (
        alt.Chart(data, title=side_title("Mentions vs statements per actor", sides))
        .mark_circle(size=90)
        .encode(
            x=alt.X("mentions:Q", title="Mentions"),
            y=alt.Y("statements:Q", title="Statements quoted"),
            color=side_colour("side", sides),
            tooltip=["canonical:N", "side:N", "mentions:Q", "statements:Q"],
        )
    )
