from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .base import ListField, TableModel


class Articles(TableModel):
    """One row per article that loaded."""

    article_id: Series[str] = pa.Field(
        unique=True, description="Stable key: the file stem, the given id, or a hash of the text."
    )
    title: Series[str] = pa.Field(
        nullable=True, description="Headline, from metadata or inferred from the text's first line."
    )
    outlet: Series[str] = pa.Field(
        nullable=True, description="Publishing outlet, from metadata or the page's masthead."
    )
    published: Series[pd.Timestamp] = pa.Field(
        nullable=True, description="Publication time (UTC, tz-naive); NaT when unknown."
    )
    text: Series[str] = pa.Field(
        description=(
            "Cleaned text: the headline as first paragraph (when known), then the body. All "
            "offsets point here."
        )
    )
    url: Series[str] = pa.Field(nullable=True, description="Address of the article, from metadata.")
    source: Series[str] = pa.Field(
        description="Where the article was read from (file path or record position)."
    )
    headline_end: Series[int] = pa.Field(
        ge=0, description="Offset in text where the headline ends (0 when there is no headline)."
    )
    date_confidence: Series[str] = pa.Field(
        nullable=True,
        description="How sure the publication date is (metadata: high, medium, low...).",
    )
    date_basis: Series[str] = pa.Field(
        nullable=True, description="How the publication date was established (metadata)."
    )
    ai_disclaimer: Series[bool] = pa.Field(
        description=(
            "True when the page carried an AI-generated-content disclaimer (removed from text)."
        )
    )
    chrome_removed: Series[object] = ListField(
        "Site chrome removed from the raw text while cleaning, piece by piece."
    )
    n_sentences: Series[int] = pa.Field(
        ge=0, description="Number of sentences (rows in sentences)."
    )
    n_words: Series[int] = pa.Field(
        ge=0, description="Number of word tokens (no punctuation or spaces)."
    )
    duplicate_of: Series[str] = pa.Field(
        nullable=True,
        description=(
            "article_id of the original when this article is an exact or near duplicate "
            "(MinHash of body shingles); missing for originals."
        ),
    )
    duplicate_similarity: Series[float] = pa.Field(
        nullable=True,
        ge=0,
        le=1,
        description=(
            "Estimated Jaccard similarity of the body's word 5-grams to the original; "
            "missing for originals."
        ),
    )
    text_hash: Series[str] = pa.Field(description="SHA-256 prefix of text; part of the cache key.")
    byline: Series[str] = pa.Field(
        nullable=True, description="The author line, where the input gives one (BYLINE)."
    )
    section: Series[str] = pa.Field(
        nullable=True, description="The newspaper section and page, where the input gives one."
    )
    length_words: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=0,
        description=(
            "The article's length in words as a news-database export states it (LENGTH / "
            "Length: '355 words'); missing for other inputs. Compare with n_words to spot a "
            "truncated download."
        ),
    )
    outlet_original: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The outlet as the input wrote it, before normalisation ('The Times (London)'; "
            "outlet is 'The Times')."
        ),
    )
    language: Series[str] = pa.Field(
        description=(
            "ISO 639-1 code of the article's language (py3langid, offline; or the input's "
            "language field); 'und' when the text is too short to tell. Only en and und are "
            "parsed: another language gives a problem row and no rows in the other tables."
        )
    )
