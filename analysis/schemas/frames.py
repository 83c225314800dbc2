from __future__ import annotations

from typing import Optional

import pandera.pandas as pa
from pandera.typing import Series

from .base import ArticleKeyed, ListField


class Frames(ArticleKeyed):
    """One row per (sentence, frame) hit, with the cue words that fired."""

    frame: Series[str] = pa.Field(
        description=(
            "Frame name from frames.csv or the story's story_frames.csv (economic, "
            "security_defense, ... territorial_concession, diplomatic_progress, ...)."
        )
    )
    frame_kind: Series[str] = pa.Field(
        isin=["generic", "story"],
        description=(
            "generic (Policy Frames Codebook dimension) or story (frame of conflict diplomacy)."
        ),
    )
    cues: Series[object] = ListField(
        "The cue words or phrases that fired, as written (distinct cues only)."
    )
    cue_starts: Series[object] = ListField(
        "Offset in articles.text of each cue (same order as cues; integers)."
    )
    quoted_cues: Series[object] = ListField(
        "The cues that stand inside quotation marks (a source's words, not the outlet's)."
    )
    negated: Series[object] = ListField(
        "Negated cues that counted for this frame: for a generic frame its own negated cues "
        "(negation does not "
        "change the topic: 'without food' is quality_of_life); for a story frame those mapped by "
        "the pack's frame_negations.csv ('no breakthrough' for diplomatic_deadlock)."
    )
    in_quote_share: Series[float] = pa.Field(
        ge=0, le=1, description="Share of the cues inside quotation marks."
    )
    score: Series[float] = pa.Field(
        ge=0,
        description=(
            "Sum of the weights of the distinct cues that fired (a frame is present at >= 1)."
        ),
    )
    source: Optional[Series[str]] = pa.Field(  # noqa: UP045 (pandera reads Optional)
        isin=["cues", "model"],
        description=(
            "cues (a row of the cue lists) or model (a frame that analysis.with_learned_frames "
            "added; its cues are the words that weighed most for it)."
        ),
    )
    probability: Optional[Series[float]] = pa.Field(  # noqa: UP045
        nullable=True,
        ge=0,
        le=1,
        description=("The learned layer's probability of a model row; empty for cue rows."),
    )
