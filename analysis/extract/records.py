"""The typed records the extractors return: one frozen dataclass per table row.

A record's fields are the columns of its table (``analysis.schemas``), without ``article_id``,
which the table adds: an extractor works on one article and knows nothing of the corpus.
List fields hold lists (the words behind a score), never copied between records.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class Sentence:
    """A row of ``sentences``: a spaCy sentence with its TextBlob and domain tone."""

    sentence_id: int
    start: int
    end: int
    text: str
    paragraph: int
    is_headline: bool
    polarity: float
    subjectivity: float
    sentiment_words: list[str]
    polarity_domain: float
    domain_words: list[str]
    lexicon_coverage: float
    author_polarity: float
    quoted_polarity: float
    hedge_words: list[str]
    n_hedge: int
    booster_words: list[str]
    n_booster: int
    optimism_words: list[str]
    n_optimism: int
    scepticism_words: list[str]
    n_scepticism: int


@dataclass(frozen=True)
class Mention:
    """A row of ``entities``: a named-entity mention, resolved through the actor registry."""

    sentence_id: int
    start: int
    end: int
    text: str
    label: str
    canonical: str
    side: str | None
    actor_type: str | None
    in_registry: bool
    clause_polarity: float = math.nan
    clause_words: list[str] = field(default_factory=list)
    gender: str | None = None  # persons only: female, male, unknown or the pack's label
    gender_basis: str | None = None  # pack, title, pronoun, first_name or none
    gender_confidence: float = math.nan
    gender_evidence: str | None = None  # the words behind gender ("Ms Kelly", "tessa")


@dataclass(frozen=True)
class Speaker:
    """Who a quote is attributed to, and by which reporting verb (``cue``, a lemma)."""

    name: str | None
    type: str  # person, organization, media, anonymous, unknown
    side: str | None = None
    cue: str | None = None
    cue_token: int | None = None  # index of the reporting verb in the Doc
    is_person: bool = False
    words: tuple[int, int] | None = None  # offsets of the words it was read from ("he", "Mr X")

    @classmethod
    def of_person(cls, mention: Mention, cue: str | None = None, cue_token: int | None = None):
        """A named person of the entities table as speaker (read from the mention's words)."""
        return cls(
            mention.canonical, "person", mention.side, cue, cue_token, is_person=True,
            words=(mention.start, mention.end),
        )  # fmt: skip


@dataclass(frozen=True)
class Quote:
    """A row of ``quotes``: a quoted span or a reported clause, with its speaker."""

    sentence_id: int
    start: int
    end: int
    text: str
    kind: str  # direct, partial, indirect
    quote_group: int
    speaker: str | None
    speaker_type: str
    speaker_side: str | None
    cue: str | None
    cue_tier: str | None
    speaker_gender: str | None = None  # persons only (female, male, unknown or the pack's label)
    speaker_start: int | None = None  # the words the speaker was read from, in articles.text
    speaker_end: int | None = None
    speaker_text: str | None = None


@dataclass(frozen=True)
class Event:
    """A row of ``events``: a temporal expression placed on the calendar, with what it dates."""

    sentence_id: int
    date: pd.Timestamp | None
    date_end: pd.Timestamp | None
    granularity: str | None
    period: str | None
    date_text: str
    date_start_char: int
    date_end_char: int
    tense: str
    rule: str
    event_type: str
    trigger: str | None
    actors: list[str]
    place: str | None
    text: str


@dataclass(frozen=True)
class FrameHit:
    """A row of ``frames``: one frame shown by one sentence, with the cues that fired."""

    sentence_id: int
    frame: str
    frame_kind: str
    cues: list[str]
    cue_starts: list[int]
    quoted_cues: list[str]
    negated: list[str]
    in_quote_share: float
    score: float
    source: str = "cues"  # "model" for a row of the learned layer (analysis.with_learned_frames)
    probability: float = float("nan")  # the learned layer's, for its rows
