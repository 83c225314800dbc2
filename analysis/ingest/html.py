"""Saved web pages: the main text and the page's metadata, by trafilatura (no network)."""

from __future__ import annotations

import re

from ..errors import Unreadable

MIN_WORDS = 25  # fewer words in the main text: an error page, an index page, a paywall stub


def read_html(page: str) -> dict:
    """{"text", "title", "outlet", "url", "published"} of a saved article page."""
    import trafilatura

    document = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    words = len((document.text or "").split()) if document is not None else 0
    if words < MIN_WORDS:
        raise Unreadable(f"HTML page without article text (the main text found has {words} words)")
    found = {
        "title": document.title,
        "outlet": document.sitename or document.hostname,
        "url": document.url,
        "published": document.date,
    }
    text = re.sub(r"\n+", "\n\n", document.text.strip())  # trafilatura's paragraphs -> blank lines
    return {"text": text, **{key: value for key, value in found.items() if value}}
