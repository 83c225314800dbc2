"""Charts of the framing notebook (03): frame profiles, tone, voice and tone toward each side."""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt
import pandas as pd

from .notice import says_when_empty
from .sides import side_colour, side_title


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
def optimism_scepticism(data: pd.DataFrame) -> alt.Chart:
    """Optimism and scepticism cues per article (``analysis.tone_cue_counts``)."""
    return (
        alt.Chart(data, title="Optimism vs scepticism cues")
        .mark_bar()
        .encode(
            x=alt.X("count:Q", title="Cues"),
            y=alt.Y("article_id:N", title=None),
            yOffset="cue:N",
            color=alt.Color(
                "cue:N",
                scale=alt.Scale(domain=["optimism", "scepticism"], range=["#2ca02c", "#d62728"]),
            ),
            tooltip=["article_id:N", "cue:N", "count:Q"],
        )
    )


@says_when_empty
def sentiment_arc(data: pd.DataFrame) -> alt.Chart:
    """Domain polarity sentence by sentence through each article (``analysis.sentence_arc``)."""
    return (
        alt.Chart(data, title="Sentiment arc (domain polarity)")
        .mark_line(point=True)
        .encode(
            x=alt.X("sentence_id:Q", title="Sentence"),
            y=alt.Y("polarity_domain:Q", title="Polarity", scale=alt.Scale(domain=[-1, 1])),
            color=alt.Color("article_id:N", title="Article"),
            tooltip=[
                "article_id:N",
                "sentence_id:Q",
                alt.Tooltip("polarity_domain:Q", format=".2f"),
                alt.Tooltip("polarity:Q", format=".2f", title="TextBlob"),
                "text:N",
            ],
        )
    )


@says_when_empty
def headline_vs_body(data: pd.DataFrame) -> alt.Chart:
    """Mean domain polarity of the headline and of the body, per article
    (``analysis.headline_body_tone``)."""
    return (
        alt.Chart(data, title="Headline vs body tone")
        .mark_point(filled=True, size=120)
        .encode(
            x=alt.X("polarity:Q", title="Mean domain polarity"),
            y=alt.Y("article_id:N", title=None),
            color=alt.Color("part:N", title=None),
            tooltip=[
                "article_id:N",
                "part:N",
                alt.Tooltip("polarity:Q", format=".2f"),
                "sentences:Q",
            ],
        )
    )


@says_when_empty
def author_vs_quoted(data: pd.DataFrame) -> alt.Chart:
    """Mean polarity of the narrator's words and of quoted words, per article
    (``analysis.voice_tone``)."""
    return (
        alt.Chart(data, title="Author voice vs quoted voice")
        .mark_bar()
        .encode(
            x=alt.X("polarity:Q", title="Mean domain polarity"),
            y=alt.Y("article_id:N", title=None),
            yOffset="voice:N",
            color=alt.Color("voice:N", title="Voice"),
            tooltip=["article_id:N", "voice:N", alt.Tooltip("polarity:Q", format=".2f")],
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
def dominant_frames(data: pd.DataFrame, top: int = 3) -> alt.Chart:
    """Each article's ``top`` frames by weighted share (``analysis.article_frames``: headline and
    lead count twice); the primary frame is outlined, tooltips say whether the headline and the
    lead show the frame."""
    data = data[data["rank"] <= top][
        ["article_id", "frame", "share", "weighted_share", "rank", "primary", "in_headline",
         "in_lead"]
    ]  # fmt: skip
    return (
        alt.Chart(data, title=f"Each article's {top} dominant frames")
        .mark_bar()
        .encode(
            x=alt.X(
                "weighted_share:Q", title="Weighted share of sentences", axis=alt.Axis(format="%")
            ),
            y=alt.Y("article_id:N", title=None),
            yOffset=alt.YOffset("rank:O"),
            color=alt.Color("frame:N", title="Frame"),
            stroke=alt.condition("datum.primary", alt.value("black"), alt.value(None)),
            tooltip=[
                "article_id:N",
                "frame:N",
                "rank:O",
                alt.Tooltip("share:Q", format=".0%"),
                alt.Tooltip("weighted_share:Q", format=".0%"),
                "in_headline:N",
                "in_lead:N",
            ],
        )
    )
