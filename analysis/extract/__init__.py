"""Extract: one module per table, each a pure function from a parsed article to typed records.

The extractors run in the order of ``EXTRACTORS``. Each declares the table it makes and the
tables it reads (``requires``), as spaCy components do; a later extractor reads the records of
the tables it requires from ``article.rows``.

    sentences  sentences.sentence_rows   TextBlob and domain tone (analysis.extract.tone)
    entities   entities.entity_rows      NER mentions resolved through the actor registry
    quotes     quotes.quote_rows         direct, partial, indirect quotes and their speakers
    events     events.event_rows         dated events (analysis.extract.dates places the dates)
    frames     frames.frame_rows         frame cues per sentence
"""

from __future__ import annotations

from .base import check_order
from .entities import entity_rows
from .events import event_rows
from .frames import frame_rows
from .quotes import quote_rows
from .sentences import sentence_rows

EXTRACTORS = check_order((sentence_rows, entity_rows, quote_rows, event_rows, frame_rows))
ANNOTATION_TABLES = tuple(extractor.table for extractor in EXTRACTORS)


def extract_all(article) -> dict[str, list]:
    """Every table's records for one parsed article (also kept in ``article.rows``). An
    extractor that fails gives no rows for that table, and ``article.failures`` records the
    table and the error: one article's odd text never costs the other tables or the corpus."""
    for extractor in EXTRACTORS:
        try:
            article.rows[extractor.table] = extractor(article)
        except Exception as err:  # reported as a problem row (corpus.problems), not swallowed
            article.rows[extractor.table] = []
            article.failures.append((extractor.table, f"{type(err).__name__}: {err}"))
    return article.rows


def parse_article(
    text: str,
    *,
    published=None,
    title: str | None = None,
    article_id: str = "text",
    until: str | None = None,
    topic=None,
    nlp=None,
):
    """Parse one text and run the extractors (all, or those before table ``until``).

    For trying an extractor on a sentence and for tests: ``parse_article(text).rows["quotes"]``.
    The headline is ``title`` when the text starts with it. ``topic``: the topic pack (a
    built-in name or a folder) whose registry and lexicons apply; None: generic knowledge only.
    ``nlp``: a pipeline built with that pack in effect (default: the workbench's).
    """
    import pandas as pd

    from ..knowledge.topics import load_topic, use_topic
    from ..nlp.article import ParsedArticle
    from ..nlp.pipeline import workbench_pipeline
    from ..nlp.registry import load_registry

    use_topic(load_topic(topic) if topic is not None else None)
    nlp = nlp or workbench_pipeline()
    headline_end = len(title) if title and text.startswith(title) else 0
    published = pd.Timestamp(published) if published is not None else None
    article = ParsedArticle(
        article_id,
        nlp(text),
        load_registry(),
        published=published,
        title=title,
        headline_end=headline_end,
    )
    for extractor in EXTRACTORS:
        if extractor.table == until:
            break
        article.rows[extractor.table] = extractor(article)
    return article
