"""The parsed article that every extractor reads: one spaCy Doc plus what is known about it.

Extractors are pure functions ``ParsedArticle -> list[dict]`` (one dict per table row, without
``article_id``, which the pipeline adds). They run in the order of ``analysis.extractors``;
later extractors may read the rows of earlier ones from ``article.rows`` (quotes read entities,
frames read quotes) instead of recomputing them.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

import pandas as pd
from spacy.tokens import Doc, Span, Token

from .registry import Registry

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass
class ParsedArticle:
    article_id: str
    doc: Doc
    registry: Registry
    published: pd.Timestamp | None = None
    title: str | None = None
    headline_end: int = 0
    rows: dict[str, list[dict]] = field(default_factory=dict)
    memo: dict = field(default_factory=dict)  # work shared by extractors (e.g. one lexicon pass)

    @cached_property
    def text(self) -> str:
        return self.doc.text  # spaCy rebuilds Doc.text from tokens on every access: keep one copy

    @cached_property
    def sentences(self) -> list[Span]:
        """The article's sentences (whitespace-only spans dropped); index = sentence_id."""
        return [sent for sent in self.doc.sents if sent.text.strip()]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self.sentences]

    def sentence_id(self, item: Token | Span | int) -> int:
        """The sentence_id of a token, span or token index (whitespace between sentences
        belongs to the sentence before it)."""
        index = item if isinstance(item, int) else (item.i if isinstance(item, Token) else item.start)
        return max(0, bisect.bisect_right(self._sentence_starts, index) - 1)

    def sentence_id_at(self, char: int) -> int:
        """The sentence_id of the sentence holding a character offset."""
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return self.sentence_id(token.start) if token is not None else self.sentence_id(
            _token_at_or_before(self.doc, char))

    @cached_property
    def _paragraph_breaks(self) -> list[int]:
        return [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]

    def paragraph_at(self, char: int) -> int:
        """Paragraph number (blank-line separated blocks, from 0) of a character offset."""
        return bisect.bisect_right(self._paragraph_breaks, char)


def _token_at_or_before(doc: Doc, char: int) -> int:
    starts = [token.idx for token in doc]
    return max(0, bisect.bisect_right(starts, char) - 1)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) moved inwards past surrounding whitespace of text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
