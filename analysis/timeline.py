"""Dated events (issue 4): not built yet; the table exists with its columns and stays empty."""
from __future__ import annotations

from .document import ParsedArticle


def event_rows(article: ParsedArticle) -> list[dict]:
    return []


def link_events(events):
    """Give mentions of the same real event across articles one event_id (not built yet)."""
    return events
