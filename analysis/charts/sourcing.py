"""Charts of the sourcing notebook (04): who speaks, how much, from which side, with which verbs."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from ..analyses.sourcing import GENDER_COUNTS, UNKNOWN_GENDER, gender_labels
from .notice import says_when_empty
from .sides import UNKNOWN_COLOUR, side_colour, side_title

TIER_COLORS = alt.Scale(
    domain=["neutral", "endorsing", "distancing", "guilt", "emotive"],
    range=["#7f7f7f", "#2ca02c", "#d62728", "#9467bd", "#ff7f0e"],
)
# Gender colours (Okabe-Ito, colour-blind safe; dark text reads on each); unknown is grey.
GENDER_COLOURS = {"female": "#E69F00", "male": "#56B4E9"}
OTHER_GENDER_COLOURS = ["#009E73", "#CC79A7", "#F0E442", "#D55E00"]
GENDER_MEASURES = {"statements": "Statements", "quoted_words": "Quoted words",
                   "people": "Distinct people"}  # fmt: skip


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
                *_interval_tooltips(data, "share_of_words"),
            ],
        )
    )


def _interval_tooltips(data: pd.DataFrame, share: str) -> list:
    """Tooltips for a share's 95% interval (``<share>_low``/``_high``) when the table has it."""
    return [
        alt.Tooltip(f"{share}_{end}:Q", format=".0%", title=f"{share} 95% interval {end}")
        for end in ("low", "high")
        if f"{share}_{end}" in data
    ]


@says_when_empty
def source_types(data: pd.DataFrame, *, by: str = "article_id") -> alt.Chart:
    """Named persons, organisations, media, anonymous and unknown sources per article (or per
    ``by``: outlet...)."""
    return (
        alt.Chart(data, title="Kinds of sources")
        .mark_bar()
        .encode(
            x=alt.X("quotes:Q", stack="zero", title="Quotes"),
            y=alt.Y(f"{by}:N", title=None),
            color=alt.Color("speaker_type:N", title="Source type"),
            tooltip=[f"{by}:N", "speaker_type:N", "quotes:Q"],
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


def _gender_colour(labels) -> alt.Color:
    """Gender colours in a fixed order: female, male, other labels present, unknown in grey."""
    domain = gender_labels(labels)
    others = iter(OTHER_GENDER_COLOURS * len(domain))
    colours = [GENDER_COLOURS.get(g) or (UNKNOWN_COLOUR if g == UNKNOWN_GENDER else next(others))
               for g in domain]  # fmt: skip
    return alt.Color("gender:N", scale=alt.Scale(domain=domain, range=colours), title="Gender")


@says_when_empty
def gender_shares(data: pd.DataFrame, measure: str = "statements") -> alt.Chart:
    """Share of statements, quoted words or people (``measure``) by gender: one normalised bar
    per group (the table's first column: outlet, week, ...), the counts written in the bars;
    the tooltip gives every count and share, and the group's total."""
    by, label = data.columns[0], GENDER_MEASURES[measure]
    order = {gender: rank for rank, gender in enumerate(gender_labels(data["gender"]))}
    counts_and_shares = [
        alt.Tooltip(f"{column}:Q", format=".0%" if column.endswith("share") else "d")
        for pair in GENDER_COUNTS.items()
        for column in pair
    ]
    base = (
        alt.Chart(data.assign(gender_order=data["gender"].map(order)))
        .transform_joinaggregate(group_total=f"sum({measure})", groupby=[by])
        .encode(
            x=alt.X(f"{measure}:Q", stack="normalize", axis=alt.Axis(format="%"),
                    title=f"Share of {label.lower()}"),
            y=alt.Y(f"{by}:N", sort=None, title=None),
            order=alt.Order("gender_order:Q"),
            tooltip=[f"{by}:N", "gender:N", *counts_and_shares,
                     *_interval_tooltips(data, "statement_share"),
                     *_interval_tooltips(data, "word_share"),
                     *_interval_tooltips(data, "people_share"),
                     alt.Tooltip("group_total:Q", title=f"{label} in the {by}")],
        )
    )  # fmt: skip
    bars = base.mark_bar().encode(color=_gender_colour(data["gender"]))
    counts = (
        base.mark_text(align="right", dx=-4, color="#222222")
        .encode(text=alt.Text(f"{measure}:Q", format="d"), detail="gender:N")
        .transform_filter(f"datum.{measure} > 0")
    )
    title = f"Who gets quoted, by gender: {label.lower()} per {by}"
    subtitle = f"{label} written in the bars; hover for every count and share"
    return alt.layer(bars, counts).properties(title=alt.TitleParams(title, subtitle=subtitle))


@says_when_empty
def top_people_by_gender(data: pd.DataFrame) -> alt.Chart:
    """Statements per person, the most quoted of each gender, coloured by gender and listed
    gender by gender in the table's order."""
    return (
        alt.Chart(data, title="The people quoted most, by gender")
        .mark_bar()
        .encode(
            x=alt.X("statements:Q", title="Statements (quote groups)"),
            y=alt.Y("canonical:N", sort=None, title=None),
            color=_gender_colour(data["gender"]),
            tooltip=["canonical:N", "gender:N", "gender_basis:N", "side:N", "statements:Q",
                     "quoted_words:Q"],
        )
    )  # fmt: skip
