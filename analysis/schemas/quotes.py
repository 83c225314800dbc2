from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .base import Spanned

KINDS = ["direct", "partial", "indirect"]
SPEAKER_TYPES = ["person", "organization", "media", "anonymous", "document", "unknown"]


class Quotes(Spanned):
    """One row per contiguous quoted span (direct, partial) or reported clause (indirect)."""

    kind: Series[str] = pa.Field(
        isin=KINDS,
        description=(
            "direct (a quoted statement), partial (quoted words woven into a sentence), "
            "indirect (reported speech or 'according to')."
        ),
    )
    quote_group: Series[int] = pa.Field(
        ge=0,
        description=(
            "Statement id within the article: the pieces of one split or multi-paragraph "
            "quote share it."
        ),
    )
    speaker: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Canonical speaker name when known to the registry, else the speaker phrase as written."
        ),
    )
    speaker_type: Series[str] = pa.Field(
        isin=SPEAKER_TYPES,
        description="person, organization, media, anonymous, document (a report) or unknown.",
    )
    speaker_side: Series[str] = pa.Field(
        nullable=True,
        description="Speaker's side from the actor registry: one of the topic pack's sides.",
    )
    cue: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Lemma of the reporting verb ('say', 'according to'); missing for quotes without "
            "a cue that inherit their speaker."
        ),
    )
    cue_tier: Series[str] = pa.Field(
        nullable=True,
        isin=["neutral", "endorsing", "distancing", "guilt", "emotive"],
        description=(
            "Connotation of the reporting verb (knowledge file reporting_verbs.csv): "
            "neutral ('said'), endorsing ('noted'), distancing ('claimed', 'insisted'), "
            "guilt ('admitted'), emotive ('warned')."
        ),
    )
    speaker_gender: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Persons only: the speaker's gender as the article's evidence gives it (female, "
            "male, unknown, or a label of the pack's actors.csv; see entities.gender_basis); "
            "missing for organisations, groups, documents, media and anonymous sources."
        ),
    )
    speaker_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=0,
        description=(
            "Offset in articles.text of the words the speaker was read from: the attribution "
            "('he', 'Mr Blair', 'a Treasury spokesman'), or for a quote that inherits its "
            "speaker, the attribution it inherits; missing when there is no speaker."
        ),
    )
    speaker_end: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=0, description="Offset just past those words in articles.text."
    )
    speaker_text: Series[str] = pa.Field(
        nullable=True,
        description="Those words: exactly articles.text[speaker_start:speaker_end].",
    )
