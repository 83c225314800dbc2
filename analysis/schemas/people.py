from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from .base import TableModel


class People(TableModel):
    """One row per distinct person the corpus names or quotes, with gender and its evidence.

    Gender is inferred from the topic pack, titles, pronouns and first names (strongest first);
    it is not anyone's self-identification, and "unknown" is a value, never dropped.
    Organisations, groups, documents and anonymous sources are not people."""

    canonical: Series[str] = pa.Field(
        unique=True, description="The person's canonical name (entities.canonical)."
    )
    gender: Series[str] = pa.Field(
        description=(
            "female, male, unknown, or a label of the pack's actors.csv gender column: the "
            "strongest evidence over the corpus's articles."
        )
    )
    gender_basis: Series[str] = pa.Field(
        isin=["pack", "title", "pronoun", "first_name", "none"],
        description=(
            "What decided gender: pack (actors.csv), title ('Mrs', 'Lord'), pronoun ('she said' "
            "after the person), first_name (the first-name table), none (no evidence)."
        ),
    )
    gender_confidence: Series[float] = pa.Field(
        ge=0,
        le=1,
        description=(
            "How sure the gender is, 0 to 1: 1.0 from the pack; for titles and pronouns "
            "gender.yaml's figure times the share of the person's articles that agree; for a "
            "first name the name table's probability; 0 with no evidence."
        ),
    )
    gender_evidence: Series[str] = pa.Field(
        description=(
            "The words behind gender: the title form ('Ms Jowell'), the pronoun count, the "
            "first name, or 'actors.csv'; with the article they come from."
        )
    )
    side: Series[str] = pa.Field(
        nullable=True, description="The person's side in the topic pack (entities.side)."
    )
    statements: Series[int] = pa.Field(
        ge=0, description="Statements the person is the speaker of (distinct quote_group)."
    )
    quoted_words: Series[int] = pa.Field(
        ge=0, description="Words of the person's quotes (direct, partial and indirect)."
    )
    mentions: Series[int] = pa.Field(ge=0, description="Entity mentions of the person.")
    articles: Series[int] = pa.Field(ge=0, description="Articles that mention or quote the person.")
