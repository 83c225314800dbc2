from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from .base import TableModel


class Problems(TableModel):
    """One row per input that was skipped or repaired, or a note about the input."""

    source: Series[str] = pa.Field(description="The file, record or metadata row concerned.")
    problem: Series[str] = pa.Field(description="What is wrong, in words.")
    action: Series[str] = pa.Field(
        isin=["skipped", "repaired", "note"],
        description="skipped (not loaded), repaired (loaded after a fix) or note.",
    )
