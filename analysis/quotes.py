"""Quotes and speakers (issue 3): not built yet; the table exists with its columns and stays empty."""
from __future__ import annotations

from .document import ParsedArticle


def quote_rows(article: ParsedArticle) -> list[dict]:
    return []
