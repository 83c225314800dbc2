"""Sentence tone over a corpus: the polarity distribution, optimism and scepticism cues, the
sentiment arc, headline against body, and the narrator's voice against quoted voices."""

from __future__ import annotations

import numpy as np
import pandas as pd

POLARITY_STEP = 0.1  # width of a polarity bin
NEUTRAL_BAND = 0.1  # |polarity| at or below this is a neutral sentence (validation, evaluation)


def tone_label(polarity: float, band: float = NEUTRAL_BAND) -> str:
    """positive above ``band``, negative below minus it, neutral between (and with no score).

    >>> [tone_label(p) for p in (0.3, -0.2, 0.05, float("nan"))]
    ['positive', 'negative', 'neutral', 'neutral']
    """
    if polarity != polarity:  # NaN: no scored word
        return "neutral"
    return "positive" if polarity > band else "negative" if polarity < -band else "neutral"


def polarity_histogram(sentences: pd.DataFrame, *, step: float = POLARITY_STEP) -> pd.DataFrame:
    """Sentences per TextBlob polarity bin (``bin_start`` to ``bin_end``) and article."""
    edges = np.round(np.arange(-1, 1 + step / 2, step), 10)
    bins = pd.cut(sentences["polarity"], edges, right=False, include_lowest=True, labels=False)
    bins = bins.fillna(len(edges) - 2).astype(int)  # polarity 1.0 falls in the last bin
    counts = (
        sentences.assign(bin=bins).groupby(["article_id", "bin"]).size().rename("sentences")
    ).reset_index()
    counts["bin_start"] = edges[counts["bin"]]
    counts["bin_end"] = edges[counts["bin"] + 1]
    return counts.drop(columns="bin")


def tone_cue_counts(sentences: pd.DataFrame) -> pd.DataFrame:
    """Optimism and scepticism cues per article, long form (article_id, cue, count)."""
    data = (
        sentences.groupby("article_id")[["n_optimism", "n_scepticism"]]
        .sum()
        .reset_index()
        .melt("article_id", var_name="cue", value_name="count")
    )
    data["cue"] = data["cue"].str.replace("n_", "", regex=False)
    return data


def sentence_arc(sentences: pd.DataFrame) -> pd.DataFrame:
    """Domain and TextBlob polarity sentence by sentence through each article, with the text."""
    return sentences[["article_id", "sentence_id", "polarity_domain", "polarity", "text"]]


def headline_body_tone(sentences: pd.DataFrame) -> pd.DataFrame:
    """Mean domain polarity of the headline and of the body, per article."""
    part = sentences["is_headline"].map({True: "headline", False: "body"})
    return (
        sentences.assign(part=part)
        .groupby(["article_id", "part"])
        .agg(polarity=("polarity_domain", "mean"), sentences=("text", "size"))
        .reset_index()
    )


def voice_tone(sentences: pd.DataFrame) -> pd.DataFrame:
    """Mean polarity of the narrator's words (author) and of quoted words, per article."""
    return (
        sentences.groupby("article_id")
        .agg(author=("author_polarity", "mean"), quoted=("quoted_polarity", "mean"))
        .reset_index()
        .melt("article_id", var_name="voice", value_name="polarity")
        .dropna()
    )
