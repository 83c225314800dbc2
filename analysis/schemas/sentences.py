from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from .base import ListField, Spanned


class Sentences(Spanned):
    """One row per spaCy sentence, with TextBlob sentiment and the words that produced it."""

    paragraph: Series[int] = pa.Field(
        ge=0,
        description=(
            "Paragraph (block of lines between blank lines) the sentence starts in, from 0."
        ),
    )
    is_headline: Series[bool] = pa.Field(description="True for the sentences of the headline.")
    polarity: Series[float] = pa.Field(
        ge=-1,
        le=1,
        description="TextBlob (Pattern) polarity in [-1, 1]; 0 when no lexicon word occurs.",
    )
    subjectivity: Series[float] = pa.Field(
        ge=0, le=1, description="TextBlob (Pattern) subjectivity in [0, 1]."
    )
    sentiment_words: Series[object] = ListField(
        "The TextBlob lexicon chunks that produced polarity/subjectivity, e.g. 'not good'."
    )
    polarity_domain: Series[float] = pa.Field(
        ge=-1,
        le=1,
        description=(
            "Polarity with the domain overlay (the topic pack's tone_overlay.csv): TextBlob's "
            "chunks minus neutralised false cues ('special envoy', 'latest round') plus "
            "diplomacy/war words ('productive', 'deadlock', 'war'); negated overlay words "
            "flipped and halved."
        ),
    )
    domain_words: Series[object] = ListField(
        "The words behind polarity_domain with their scores, e.g. 'productive (+0.50)'."
    )
    lexicon_coverage: Series[float] = pa.Field(
        ge=0,
        le=1,
        description=(
            "Share of the sentence's content words (alphabetic, not stop words) that "
            "polarity_domain scored."
        ),
    )
    author_polarity: Series[float] = pa.Field(
        nullable=True,
        description=(
            "polarity_domain of the words outside quotation marks (the narrator's voice); "
            "NaN when none is scored."
        ),
    )
    quoted_polarity: Series[float] = pa.Field(
        nullable=True,
        description=(
            "polarity_domain of the words inside quotation marks (quoted voices); NaN when "
            "none is scored."
        ),
    )
    hedge_words: Series[object] = ListField(
        "Hedges (Hyland): may, might, could, reportedly, suggest... (knowledge file tone_cues.csv)."
    )
    n_hedge: Series[int] = pa.Field(ge=0, description="Number of hedges.")
    booster_words: Series[object] = ListField(
        "Boosters (Hyland): clearly, certainly, of course, show... (knowledge file tone_cues.csv)."
    )
    n_booster: Series[int] = pa.Field(ge=0, description="Number of boosters.")
    optimism_words: Series[object] = ListField(
        "Optimism cues: progress, breakthrough, productive, hopeful... (not negated)."
    )
    n_optimism: Series[int] = pa.Field(ge=0, description="Number of optimism cues.")
    scepticism_words: Series[object] = ListField(
        "Scepticism cues: deadlock, elusive, obstacle, doubt... (not negated)."
    )
    n_scepticism: Series[int] = pa.Field(ge=0, description="Number of scepticism cues.")
