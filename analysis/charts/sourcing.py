"""Charts of the sourcing notebook (04): who speaks, how much, from which side, with which verbs."""

from __future__ import annotations

import altair as alt
import pandas as pd

from .overview import SIDE_COLORS

TIER_COLORS = alt.Scale(
    domain=["neutral", "endorsing", "distancing", "guilt", "emotive"],
    range=["#7f7f7f", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e"],
)


def who_is_quoted(data: pd.DataFrame, top: int = 20) -> alt.Chart:
    """Statements per speaker, coloured by side; tooltips give quotes and quoted words."""
    data = data.head(top)
    data = data.assign(speaker_side=data["speaker_side"].replace({"unknown": "unknown"}))
    return (
        alt.Chart(data, title="Who is quoted")
        .mark_bar()
        .encode(
            x=alt.X("statements:Q", title="Statements (quote groups)"),
            y=alt.Y("speaker:N", sort="-x", title=None),
            color=alt.Color("speaker_side:N", scale=SIDE_COLORS, title="Side"),
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


def share_of_voice(data: pd.DataFrame, by: str = "article_id") -> alt.Chart:
    """Quoted words per side, per article or outlet (stacked; tooltips give counts and shares)."""
    return (
        alt.Chart(data, title=f"Share of voice by side, per {by.replace('_id', '')}")
        .mark_bar()
        .encode(
            x=alt.X("words:Q", stack="zero", title="Quoted words"),
            y=alt.Y(f"{by}:N", title=None),
            color=alt.Color("speaker_side:N", scale=SIDE_COLORS, title="Side"),
            tooltip=[
                f"{by}:N",
                "speaker_side:N",
                "words:Q",
                "quotes:Q",
                alt.Tooltip("share_of_words:Q", format=".0%"),
            ],
        )
    )


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


def mentions_vs_quotes(data: pd.DataFrame, top: int = 20) -> alt.Chart:
    """Who is talked about vs who gets to speak: mentions (x) against statements (y)."""
    data = data.head(top)
    return (
        alt.Chart(data, title="Mentions vs statements per actor")
        .mark_circle(size=90)
        .encode(
            x=alt.X("mentions:Q", title="Mentions"),
            y=alt.Y("statements:Q", title="Statements quoted"),
            color=alt.Color("side:N", scale=SIDE_COLORS, title="Side"),
            tooltip=["canonical:N", "side:N", "mentions:Q", "statements:Q"],
        )
    )
