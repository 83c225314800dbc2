from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from .base import ArticleKeyed, ListField


class Frames(ArticleKeyed):
    """One row per (sentence, frame) hit, with the cue words that fired."""

    frame: Series[str] = pa.Field(description="Frame name from the frame lexicons.")
    cues: Series[object] = ListField("The cue words or phrases that fired, as written.")
    score: Series[float] = pa.Field(ge=0, description="Sum of the weights of the distinct cues that fired.")
