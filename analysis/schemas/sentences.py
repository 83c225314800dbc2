from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from .base import ListField, Spanned


class Sentences(Spanned):
    """One row per spaCy sentence, with TextBlob sentiment and the words that produced it."""

    paragraph: Series[int] = pa.Field(ge=0, description="Paragraph (block of lines between blank lines) the sentence starts in, from 0.")
    is_headline: Series[bool] = pa.Field(description="True for the sentences of the headline.")
    polarity: Series[float] = pa.Field(ge=-1, le=1, description="TextBlob (Pattern) polarity in [-1, 1]; 0 when no lexicon word occurs.")
    subjectivity: Series[float] = pa.Field(ge=0, le=1, description="TextBlob (Pattern) subjectivity in [0, 1].")
    sentiment_words: Series[object] = ListField("The TextBlob lexicon chunks that produced polarity/subjectivity, e.g. 'not good'.")
