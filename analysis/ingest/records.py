"""What reading produces: raw articles, and problems with the input."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawArticle:
    article_id: str
    source: str
    text: str
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Problem:
    source: str
    problem: str
    action: str = "skipped"  # skipped | repaired | note
