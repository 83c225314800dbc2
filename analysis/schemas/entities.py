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
    gender: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Persons only: the gender this article's evidence gives the person (female, male, "
            "unknown, or a label of the pack's actors.csv); missing for every other entity. "
            "Inferred from the pack, titles, pronouns and first names, not self-identified."
        ),
    )
    gender_basis: Series[str] = pa.Field(
        nullable=True,
        isin=["pack", "title", "pronoun", "first_name", "none"],
        description=(
            "What decided gender: pack (actors.csv), title ('Mrs', 'Lord'), pronoun ('she "
            "said' after the person), first_name (the first-name table), none (no evidence)."
        ),
    )
    gender_confidence: Series[float] = pa.Field(
        nullable=True,
        ge=0,
        le=1,
        description=(
            "How sure the gender is, 0 to 1: 1.0 from the pack, gender.yaml's figure for a "
            "title or pronouns, the name table's probability for a first name, 0 for none."
        ),
    )
    gender_evidence: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Persons only: the words behind gender: the title form ('Ms Kelly'), the pronoun "
            "count ('3 of 3 pronouns'), the first name ('tessa'), or 'actors.csv'."
        ),
    )
