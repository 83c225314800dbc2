"""The extractors, in the order they run on each parsed article.

Each is a pure function ``ParsedArticle -> list[dict]`` producing the rows of one table; a later
one may read earlier rows from ``article.rows``.
"""
from __future__ import annotations

from . import entities, framing, quotes, sentiment, timeline

EXTRACTORS = (
    ("sentences", sentiment.sentence_rows),
    ("entities", entities.entity_rows),
    ("quotes", quotes.quote_rows),
    ("events", timeline.event_rows),
    ("frames", framing.frame_rows),
)
ANNOTATION_TABLES = tuple(name for name, _ in EXTRACTORS)


def extract_all(article) -> dict[str, list[dict]]:
    """Every table's rows for one article, each row keyed by article_id."""
    for table, extractor in EXTRACTORS:
        article.rows[table] = [{"article_id": article.article_id, **row} for row in extractor(article)]
    return article.rows
