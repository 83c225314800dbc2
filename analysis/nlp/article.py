"""The parsed article that every extractor reads: one spaCy Doc plus what is known about it.

Extractors (``analysis.extract``) are pure functions ``ParsedArticle -> list[record]``, one
typed record per table row. They run in the order of ``analysis.extract.EXTRACTORS``; a later
extractor reads the records of the earlier ones it declares in ``requires`` from
``article.rows`` (quotes read entities, frames read quotes) instead of recomputing them. Work
that several extractors share (the quoted spans, one pass of the cue lexicons) is a cached
property of the article, computed once on first use.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy
import pandas as pd
from spacy.attrs import IDX, IS_ALPHA, IS_SPACE, IS_STOP, LOWER
from spacy.tokens import Doc, Span, Token

from .lexicons import Hit, cue_hits
from .quote_marks import QuotedSpan, SpanIndex, quoted_spans
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
    rows: dict[str, list] = field(default_factory=dict)  # table -> records of earlier extractors
    source_text: str | None = None  # the text that was parsed, when the caller has it
    failures: list[tuple[str, str]] = field(default_factory=list)  # (table, error) of extractors
    _row_index: dict = field(default_factory=dict, repr=False, compare=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def memo(self, key, compute: Callable[[], Any]) -> Any:
        """``compute()``, once per article and ``key``: work that an extractor would repeat for
        many records (the subtree of a verb that governs several mentions) is done once."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def rows_starting(self, table: str, lo: int, hi: int) -> list:
        """The records of ``table`` (an earlier extractor's) that start in [lo, hi): bisection
        over their starts, indexed once per list of records, not a scan of every record."""
        records = self.rows.get(table, [])
        index = self._row_index.get(table)
        if index is None or index[0] is not records:
            ordered = sorted(records, key=lambda r: r.start)
            index = (records, ordered, [r.start for r in ordered])
            self._row_index[table] = index
        _, ordered, starts = index
        return ordered[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    @cached_property
    def text(self) -> str:
        """The article text (== doc.text). spaCy rebuilds Doc.text from its tokens on every
        access, so one copy is kept, taken from the caller when it has the parsed string."""
        doc = self.doc
        parsed_length = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        if self.source_text is not None and len(self.source_text) == parsed_length:
            return self.source_text
        return self.doc.text

    @cached_property
    def sentences(self) -> list[Span]:
        """The article's sentences (whitespace-only spans dropped); index = sentence_id."""
        text = self.text
        return [sent for sent in self.doc.sents if text[sent.start_char : sent.end_char].strip()]

    @cached_property
    def token_starts(self):
        """Character offset of every token (a numpy array, from spaCy's token array)."""
        return (
            self.doc.to_array(IDX).astype(numpy.int64)
            if len(self.doc)
            else numpy.zeros(0, numpy.int64)
        )

    @cached_property
    def lower_words(self) -> list[str | None]:
        """Every token's lower-cased text, None for whitespace tokens (read from spaCy's token
        arrays: one pass, no Token objects)."""
        if not len(self.doc):
            return []
        strings = self.doc.vocab.strings
        return [
            None if space else strings[lower]
            for lower, space in self.doc.to_array([LOWER, IS_SPACE]).tolist()
        ]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self.sentences]

    def sentence_id(self, item: Token | Span | int) -> int:
        """The sentence_id of a token, span or token index (whitespace between sentences
        belongs to the sentence before it)."""
        index = (
            item if isinstance(item, int) else (item.i if isinstance(item, Token) else item.start)
        )
        return max(0, bisect.bisect_right(self._sentence_starts, index) - 1)

    def sentence_id_at(self, char: int) -> int:
        """The sentence_id of the sentence holding a character offset."""
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        if token is not None:
            return self.sentence_id(token.start)
        return self.sentence_id(
            max(0, int(numpy.searchsorted(self.token_starts, char, side="right")) - 1)
        )

    @cached_property
    def _paragraph_breaks(self) -> list[int]:
        return [m.start() for m in _PARAGRAPH_BREAK.finditer(self.text)]

    def paragraph_at(self, char: int) -> int:
        """Paragraph number (blank-line separated blocks, from 0) of a character offset."""
        return bisect.bisect_right(self._paragraph_breaks, char)

    @cached_property
    def quoted_index(self) -> SpanIndex:
        """The quoted spans, for "is this offset quoted?" in logarithmic time."""
        return SpanIndex((q.start, q.end) for q in self.quoted_spans)

    @cached_property
    def quoted_spans(self) -> list[QuotedSpan]:
        """The spans between paired quotation marks (``analysis.nlp.quote_marks``)."""
        return quoted_spans(self.text)

    @cached_property
    def cue_hits(self) -> list[Hit]:
        """Every hit of the cue lexicons (frames, tone, overlay): one matcher pass serves all."""
        return cue_hits(self.doc, self.sentence_id)

    @cached_property
    def cue_hits_by_sentence(self) -> dict[int, list[Hit]]:
        grouped: dict[int, list[Hit]] = {}
        for hit in self.cue_hits:
            grouped.setdefault(hit.sentence_id, []).append(hit)
        return grouped

    @cached_property
    def _content_words_before(self):
        """Content words (alphabetic, not stop words) before each token, cumulated."""
        doc = self.doc
        flags = doc.to_array([IS_ALPHA, IS_STOP]) if len(doc) else numpy.zeros((0, 2))
        content = (flags[:, 0] == 1) & (flags[:, 1] == 0)
        return numpy.concatenate([[0], numpy.cumsum(content)])

    def content_words(self, start: int, end: int) -> int:
        """Number of content words in text[start:end] (counted from spaCy's token arrays)."""
        lo, hi = (
            numpy.searchsorted(self.token_starts, start),
            numpy.searchsorted(self.token_starts, end),
        )
        cumulative = self._content_words_before
        return int(cumulative[hi] - cumulative[lo])


def words_pattern(words: str) -> re.Pattern:
    """``words`` wherever they are written: whole words, any case, anything but letters and
    digits between them ("tax rise" finds "Tax-rise", "Mr  Blair" finds "mr blair")."""
    return re.compile(r"\b" + r"\W+".join(map(re.escape, words.split())) + r"\b", re.IGNORECASE)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) moved inwards past surrounding whitespace of text[start:end]."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
