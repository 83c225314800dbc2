"""Charts of the framing notebook (03): frame profiles, tone, voice and tone toward each side."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from .notice import says_when_empty
from .sides import side_colour, side_title
from .units import unit_name


@says_when_empty
def frame_heatmap(
    data: pd.DataFrame, by: str = "article_id", validity: pd.DataFrame | None = None
) -> alt.Chart:
    """Share of sentences showing each frame, per article or outlet (``analysis.frame_profile``
    with the same ``by``; tooltips give counts). With ``validity``
    (``analysis.frame_validity()``) each frame's label carries its measured precision, with a
    warning where it falls short of the target; a frame without figures is "not validated"."""
    tooltip = [
        f"{by}:N",
        "frame:N",
        "frame_kind:N",
        "sentences_with_frame:Q",
        "sentences:Q",
        alt.Tooltip("share:Q", format=".0%"),
        *(
            alt.Tooltip(f"share_{end}:Q", format=".0%", title=f"share 95% interval {end}")
            for end in ("low", "high")
            if f"share_{end}" in data
        ),
    ]
    y_field = "frame"
    if validity is not None:
        labels = validity.set_index("frame")["validity"]
        data = data.assign(validity=data["frame"].map(labels).fillna("not validated"))
        data = data.assign(frame_label=data["frame"] + " (" + data["validity"] + ")")
        y_field = "frame_label"
        tooltip.append("validity:N")
    return (
        alt.Chart(data, title=f"Frame profile by {by.replace('_id', '')}")
        .mark_rect()
        .encode(
            x=alt.X(f"{by}:N", title=None),
            y=alt.Y(
                f"{y_field}:N",
                title=None,
                sort=alt.EncodingSortField("share", op="sum", order="descending"),
            ),
            color=alt.Color("share:Q", title="Share of sentences", scale=alt.Scale(scheme="blues")),
            tooltip=tooltip,
        )
    )


@says_when_empty
def optimism_scepticism(data: pd.DataFrame, *, by: str = "article_id") -> alt.Chart:
    """Optimism and scepticism cues per article, or per ``by`` (``analysis.tone_cue_counts``)."""
    return (
        alt.Chart(data, title="Optimism vs scepticism cues")
        .mark_bar()
        .encode(
            x=alt.X("count:Q", title="Cues"),
            y=alt.Y(f"{by}:N", title=None),
            yOffset="cue:N",
            color=alt.Color(
                "cue:N",
                scale=alt.Scale(domain=["optimism", "scepticism"], range=["#2ca02c", "#d62728"]),
            ),
            tooltip=[f"{by}:N", "cue:N", "count:Q"],
        )
    )


@says_when_empty
def sentiment_arc(data: pd.DataFrame, *, by: str = "article_id") -> alt.Chart:
    """Domain polarity sentence by sentence through each article, or its mean at each position
    per ``by`` (``analysis.sentence_arc``)."""
    return (
        alt.Chart(data, title="Sentiment arc (domain polarity)")
        .mark_line(point=True)
        .encode(
            x=alt.X("sentence_id:Q", title="Sentence"),
            y=alt.Y("polarity_domain:Q", title="Polarity", scale=alt.Scale(domain=[-1, 1])),
            color=alt.Color(f"{by}:N", title=unit_name(by).capitalize()),
            tooltip=[
                f"{by}:N",
                "sentence_id:Q",
                "sentences:Q",
                alt.Tooltip("polarity_domain:Q", format=".2f"),
                alt.Tooltip("polarity:Q", format=".2f", title="TextBlob"),
                "text:N",
            ],
        )
    )


@says_when_empty
def headline_vs_body(data: pd.DataFrame, *, by: str = "article_id") -> alt.Chart:
    """Mean domain polarity of the headline and of the body, per article or per ``by``
    (``analysis.headline_body_tone``)."""
    return (
        alt.Chart(data, title="Headline vs body tone")
        .mark_point(filled=True, size=120)
        .encode(
            x=alt.X("polarity:Q", title="Mean domain polarity"),
            y=alt.Y(f"{by}:N", title=None),
            color=alt.Color("part:N", title=None),
            tooltip=[
                f"{by}:N",
                "part:N",
                alt.Tooltip("polarity:Q", format=".2f"),
                "sentences:Q",
            ],
        )
    )


@says_when_empty
def author_vs_quoted(data: pd.DataFrame, *, by: str = "article_id") -> alt.Chart:
    """Mean polarity of the narrator's words and of quoted words, per article or per ``by``
    (``analysis.voice_tone``)."""
    return (
        alt.Chart(data, title="Author voice vs quoted voice")
        .mark_bar()
        .encode(
            x=alt.X("polarity:Q", title="Mean domain polarity"),
            y=alt.Y(f"{by}:N", title=None),
            yOffset="voice:N",
            color=alt.Color("voice:N", title="Voice"),
            tooltip=[f"{by}:N", "voice:N", alt.Tooltip("polarity:Q", format=".2f")],
        )
    )


@says_when_empty
def tone_by_side(data: pd.DataFrame, *, sides: Sequence = ()) -> alt.Chart:
    """Mean tone of the clauses that mention each side's persons, organisations and groups
    (``analysis.side_tone``)."""
    return (
        alt.Chart(data, title=side_title("Tone of the clauses mentioning each side", sides))
        .mark_bar()
        .encode(
            x=alt.X("polarity:Q", title="Mean clause polarity"),
            y=alt.Y("side:N", title=None),
            color=side_colour("side", sides, legend=False),
            tooltip=["side:N", alt.Tooltip("polarity:Q", format=".2f"), "mentions:Q", "scored:Q"],
        )
    )


@says_when_empty
def dominant_frames(data: pd.DataFrame, top: int = 3, *, by: str = "article_id") -> alt.Chart:
    """Each article's ``top`` frames by weighted share (``analysis.dominant_frames``: headline
    and lead count twice), the primary frame outlined, tooltips saying whether the headline and
    the lead show the frame; per outlet (``by``), the frames that are its articles' primary
    frames, by their share of those articles."""
    per_article = by == "article_id"
    data = data[data["rank"] <= top]
    title = "Weighted share of sentences" if per_article else "Share of articles (primary frame)"
    counts = ["in_headline:N", "in_lead:N"] if per_article else [
        "articles:Q", "in_headline:Q", "in_lead:Q"]  # fmt: skip
    return (
        alt.Chart(data, title=f"Each {unit_name(by)}'s {top} dominant frames")
        .mark_bar()
        .encode(
            x=alt.X("weighted_share:Q", title=title, axis=alt.Axis(format="%")),
            y=alt.Y(f"{by}:N", title=None),
            yOffset=alt.YOffset("rank:O"),
            color=alt.Color("frame:N", title="Frame"),
            stroke=alt.condition("datum.primary", alt.value("black"), alt.value(None)),
            tooltip=[
                f"{by}:N",
                "frame:N",
                "rank:O",
                alt.Tooltip("share:Q", format=".0%"),
                alt.Tooltip("weighted_share:Q", format=".0%"),
                *counts,
            ],
        )
    )
