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

# Steps over whole tables after all articles are annotated (e.g. linking the same event across
# articles): table -> function DataFrame -> DataFrame. They run on cached and fresh rows alike.
CORPUS_STEPS = (
    ("events", timeline.link_events),
)


def extract_all(article) -> dict[str, list[dict]]:
    """Every table's rows for one article, each row keyed by article_id."""
    for table, extractor in EXTRACTORS:
        article.rows[table] = [{"article_id": article.article_id, **row} for row in extractor(article)]
    return article.rows


def parse_article(text: str, *, published=None, title: str | None = None, article_id: str = "text",
                  until: str | None = None, nlp=None):
    """Parse one text and run the extractors (all, or those before table ``until``).

    For trying an extractor on a sentence and for tests: ``parse_article(text).rows["quotes"]``.
    The headline is ``title`` when the text starts with it.
    """
    import pandas as pd

    from .document import ParsedArticle
    from .nlp import workbench_pipeline
    from .registry import load_registry

    nlp = nlp or workbench_pipeline()
    headline_end = len(title) if title and text.startswith(title) else 0
    published = pd.Timestamp(published) if published is not None else None
    article = ParsedArticle(article_id, nlp(text), load_registry(), published=published,
                            title=title, headline_end=headline_end)
    for table, extractor in EXTRACTORS:
        if table == until:
            break
        article.rows[table] = [{"article_id": article_id, **row} for row in extractor(article)]
    return article
