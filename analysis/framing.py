"""Frames (issue 5): not built yet; the table exists with its columns and stays empty."""
from __future__ import annotations

from .document import ParsedArticle


def frame_rows(article: ParsedArticle) -> list[dict]:
    return []
