from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from .base import ListField, Spanned

REGISTRY_TYPES = ["person", "organization", "media", "group", "place"]


class Entities(Spanned):
    """One row per named-entity mention (names, places, organisations, groups)."""

    label: Series[str] = pa.Field(
        description=(
            "spaCy label (PERSON, ORG, GPE, LOC, FAC, NORP, ...), corrected by the actor registry."
        )
    )
    canonical: Series[str] = pa.Field(
        description=(
            "Canonical name: the registry's, else the article's first full mention of a "
            "person with that surname, else the mention text."
        )
    )
    side: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Side from the actor registry: one of the sides of the topic pack's topic.yaml "
            "(ukraine-peace-2025: US, Russia, Ukraine, Europe, Other); missing when unknown "
            "or when no pack is used."
        ),
    )
    actor_type: Series[str] = pa.Field(
        nullable=True,
        isin=REGISTRY_TYPES,
        description=(
            "Registry type (person, organization, media, group, place); missing when not in "
            "the registry."
        ),
    )
    in_registry: Series[bool] = pa.Field(
        description="True when the mention was resolved through the actor registry."
    )
    clause_polarity: Series[float] = pa.Field(
        nullable=True,
        description=(
            "Tone of the clause that mentions the entity: mean polarity (domain overlay, "
            "then TextBlob's lexicon) of the words in the subtree of the governing verb, the "
            "mention itself excluded; NaN when no word is scored."
        ),
    )
    clause_words: Series[object] = ListField(
        "The scored words behind clause_polarity, e.g. 'devastating (-0.80)'."
    )
