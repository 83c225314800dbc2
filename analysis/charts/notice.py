"""Charts that have nothing to draw say so, in words, instead of drawing empty axes."""

from __future__ import annotations

import functools
from collections.abc import Callable

import altair as alt
import pandas as pd

# chart function -> (title, why there is nothing to draw)
EMPTY = {
    "gender_shares": ("Who gets quoted, by gender", "No quote of a person."),
    "top_people_by_gender": ("The people quoted most, by gender", "No quote of a person."),
    "actors_by_side": (
        "Actors mentioned, by side",
        "No actor of the registry is mentioned (no topic pack, or none of its actors occurs).",
    ),
    "side_totals": (
        "Mentions by side, per article",
        "No actor of the registry is mentioned (no topic pack, or none of its actors occurs).",
    ),
    "sentiment_distribution": (
        "Sentence polarity (TextBlob)",
        "No sentences.",
    ),
    "publication_timeline": (
        "Publication timeline",
        "No article has a publication date: give them in metadata.csv or a published column.",
    ),
    "events_calendar": (
        "Events calendar",
        "No event could be placed on the calendar: dates such as 'on Sunday' need the "
        "article's publication date.",
    ),
    "events_per_week": (
        "Event mentions per week",
        "No event could be placed on the calendar: dates such as 'on Sunday' need the "
        "article's publication date.",
    ),
    "outlet_coverage": (
        "Which outlet reported which event",
        "No dated event to compare across outlets.",
    ),
    "actor_appearances": (
        "Actors of dated events, by month",
        "No dated event with a registry actor.",
    ),
    "frame_heatmap": (
        "Frame profile",
        "No sentence shows a frame.",
    ),
    "share_intervals": ("Shares with their 95% intervals", "Nothing to share out."),
    "dominant_frames": (
        "Each article's dominant frames",
        "No sentence shows a frame.",
    ),
    "optimism_scepticism": (
        "Optimism vs scepticism cues",
        "No sentences.",
    ),
    "sentiment_arc": (
        "Sentiment arc (domain polarity)",
        "No sentences.",
    ),
    "headline_vs_body": (
        "Headline vs body tone",
        "No sentences.",
    ),
    "author_vs_quoted": (
        "Author voice vs quoted voice",
        "No scored words, by the narrator or in quotes.",
    ),
    "tone_by_side": (
        "Tone of the clauses mentioning each side",
        "No mention of an actor with a side (the topic pack defines no sides, or none occurs).",
    ),
    "who_is_quoted": (
        "Who is quoted",
        "No quotes.",
    ),
    "share_of_voice": (
        "Share of voice by side",
        "No quotes.",
    ),
    "source_types": (
        "Kinds of sources",
        "No quotes.",
    ),
    "reporting_verbs": (
        "Reporting verbs",
        "No quote with a reporting verb.",
    ),
    "mentions_vs_quotes": (
        "Mentions vs statements per actor",
        "No actor of the registry is mentioned.",
    ),
}


def _notice(title: str, message: str) -> alt.Chart:
    """A chart holding only a sentence that says why there is nothing to draw."""
    data = pd.DataFrame({"message": [message]})
    return (
        alt.Chart(data, title=title)
        .mark_text(align="left", baseline="middle", fontSize=13, dx=-180)
        .encode(text="message:N")
        .properties(width=400, height=60)
    )


def says_when_empty(chart_function: Callable) -> Callable:
    """A chart function whose table (first argument) has no rows draws ``_notice`` instead, with
    the words of ``EMPTY``."""
    title, message = EMPTY[chart_function.__name__]

    @functools.wraps(chart_function)
    def draw(data: pd.DataFrame, *args, **kwargs) -> alt.Chart:
        if len(data) == 0:
            return _notice(title, message)
        return chart_function(data, *args, **kwargs)

    return draw
