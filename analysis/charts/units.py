"""What a chart's rows stand for: an article, or a group of articles (an outlet, a week...)."""

from __future__ import annotations


def unit_name(by: str) -> str:
    """The words for a grouping column in titles and legends.

    >>> unit_name("article_id"), unit_name("outlet"), unit_name("date_confidence")
    ('article', 'outlet', 'date confidence')
    """
    return "article" if by == "article_id" else by.replace("_", " ")
