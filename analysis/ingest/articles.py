"""A raw article made ready for annotation: site chrome removed, headline found, metadata and
the publication date normalised (tz-naive UTC)."""

from __future__ import annotations

import hashlib

import pandas as pd

from .clean import clean_article
from .language import detect_language
from .records import Problem, RawArticle


def prepare_article(raw: RawArticle, problems: list[Problem]) -> dict | None:
    """The article's row (before annotation counts): cleaned text, headline, metadata; None when
    no text is left. Notes about the input are appended to ``problems``."""
    meta = raw.meta
    cleaned = clean_article(raw.text, title=meta.get("title"), outlet=meta.get("outlet"))
    if not cleaned.text.strip():
        problems.append(Problem(raw.source, "no text left after removing site chrome"))
        return None
    published = parse_published(meta.get("published"), raw.source, problems)
    return {
        "article_id": raw.article_id,
        "title": cleaned.headline,
        "outlet": meta.get("outlet") or cleaned.outlet,
        "published": published,
        "text": cleaned.text,
        "url": meta.get("url"),
        "source": raw.source,
        "headline_end": len(cleaned.headline) if cleaned.headline else 0,
        "date_confidence": meta.get("date_confidence"),
        "date_basis": meta.get("date_basis"),
        "ai_disclaimer": "ai_disclaimer" in cleaned.flags,
        "chrome_removed": list(cleaned.removed),
        "text_hash": hashlib.sha256(cleaned.text.encode()).hexdigest()[:16],
        "language": meta.get("language") or detect_language(cleaned.text),
        "byline": meta.get("byline"),
        "section": meta.get("section"),
        "length_words": meta.get("length_words"),
        "outlet_original": meta.get("outlet_original") or meta.get("outlet") or cleaned.outlet,
    }


def parse_published(value, source: str, problems: list[Problem]):
    """A tz-naive UTC Timestamp, or NaT (with a note) when the value is not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return pd.NaT
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        problems.append(
            Problem(source, f"publication date {value!r} is not a date; left empty", "note")
        )
        return pd.NaT
    if stamp is pd.NaT:
        return pd.NaT
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp
