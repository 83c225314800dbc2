"""Pairing quotation marks: the quoted spans of a text, never failing on an odd mark.

Straight and curly double quotes, and single quotes used as quotation marks (told apart from
apostrophes: Trump's, drivers', ’s). Marks pair within a paragraph; an unpaired mark is skipped.
News style reopens a quotation at each new paragraph and closes it only at the end: a paragraph
whose last quotation is left open, followed by a paragraph that opens one, runs to its end. A
straight mark that can only close a quotation ('Europe." When') opens none when none is open. In
text that lost its paragraph breaks the reopening mark follows a full stop and a space inside
the open quotation ('... a flying pig. "I don't know ...'): the quotation runs on from there. A
broken character (U+FFFD: a mark cut in half, ``ingest.decoding``) where a quotation closes or
opens is taken for the mark it replaced.
Spans are returned without the marks: ``(start, end)`` with ``text[start:end]`` the quoted words.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

OPEN_DOUBLE, CLOSE_DOUBLE = "“„", "”"
OPEN_SINGLE, CLOSE_SINGLE = "‘", "’"
TRUNCATED = "\ufffd"  # what a broken character decodes to (ingest.decoding): maybe a mark
SINGLE_QUOTE_REACH = 300  # characters after an opening single mark searched for its closing mark
_PARAGRAPH = re.compile(r"[^\n]+")
_DOUBLE_MARK = re.compile(f'["{OPEN_DOUBLE}{CLOSE_DOUBLE}{TRUNCATED}]')


@dataclass(frozen=True)
class QuotedSpan:
    start: int  # first quoted character (after the opening mark)
    end: int  # just past the last quoted character (before the closing mark)
    mark: str  # "double" or "single"
    closed: bool  # False when the quotation runs on into the next paragraph


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Every quoted span of the text, in order, outermost only."""
    spans = []
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    for i, (start, end) in enumerate(paragraphs):
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        continues = nxt is not None and _opens_with_quote(text[nxt[0] : nxt[1]])
        spans += _double_spans(text, start, end, continues)
    taken = [(s.start - 1, s.end + 1) for s in spans]
    spans += [
        s
        for s in _single_spans(text)
        if not any(a <= s.start - 1 and s.end + 1 <= b for a, b in taken)
    ]
    return sorted(spans, key=lambda s: s.start)


def _opens_with_quote(paragraph: str) -> bool:
    return paragraph.lstrip()[:1] in ('"', *OPEN_DOUBLE)


def _opens_paragraph(text, start, opened) -> bool:
    """A quotation that runs on into the next paragraph opens its own paragraph, or a sentence
    (after a colon, or after a question: 'as he once declared? "No. The aim ...'): a stray mark
    inside a sentence does not swallow the rest of the paragraph."""
    before = text[start:opened].strip()
    return before == "" or before.endswith((":", ".", "?", "!"))


def _double_spans(text, start, end, continues):
    """The double-quoted spans of the paragraph text[start:end]. Only the double marks and
    broken characters are visited (found by ``_DOUBLE_MARK``): every other character leaves
    the pairing as it is, so a walk over each character finds the same spans."""
    spans, opened = [], None
    for mark in _DOUBLE_MARK.finditer(text, start, end):
        i, ch = mark.start(), mark.group()
        if ch == '"':
            if opened is None:
                if not _only_closes(text, i, end):  # '... from Europe." When he was ...': stray
                    opened = i
            elif _reopens(text, i, end):  # '... mongrel. "I don't know ...': a lost paragraph
                spans.append(QuotedSpan(opened + 1, i - 1, "double", False))
                opened = i
            else:
                spans.append(QuotedSpan(opened + 1, i, "double", True))
                opened = None
        elif ch in OPEN_DOUBLE:
            opened = i  # a new opening mark: an earlier unclosed one was stray
        elif ch in CLOSE_DOUBLE and opened is not None:
            spans.append(QuotedSpan(opened + 1, i, "double", True))
            opened = None
        elif ch == TRUNCATED:  # a mark whose bytes were broken: it closes or opens by its place
            after = text[i + 1 : i + 2]
            if opened is not None and (not after or not after.isalnum()):
                spans.append(QuotedSpan(opened + 1, i, "double", True))
                opened = None
            elif opened is None and text[i - 1 : i] in ("", " ", "\n") and after.isalnum():
                opened = i
    if opened is not None and continues and _opens_paragraph(text, start, opened):
        spans.append(QuotedSpan(opened + 1, end, "double", False))
    return [s for s in spans if s.end > s.start]


def _only_closes(text: str, i: int, end: int) -> bool:
    """A straight mark after a word or its punctuation and before a space, punctuation or the
    end ('Europe." When', 'overall".') closes a quotation: with none open, its opening mark was
    lost, and it opens nothing."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < end else " "
    after_word = not before.isspace() and before not in "([{—–-/"
    return after_word and (after.isspace() or after in ".,;:!?)")


def _reopens(text: str, i: int, end: int) -> bool:
    """A straight mark after a full stop and a space, before a word, inside an open quotation
    opens the next paragraph of the same quotation, in text that lost its paragraph breaks
    ('...flying pig. "I don't know about you, ...'): a closing mark follows its punctuation."""
    return (
        i >= 2
        and text[i - 1] == " "
        and text[i - 2] in ".!?"
        and i + 1 < end
        and (text[i + 1].isalnum() or text[i + 1] in "'‘")
    )


_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=[\w$])", re.M)
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?%])['’](?=[\s.,;:!?)\]—–-]|$)", re.M)


def _single_spans(text, *, reach: int = SINGLE_QUOTE_REACH):
    """Single-quoted spans: an opening mark after a space or line start before a word, closed by
    the next closing-like mark within the paragraph that is not an apostrophe (it's, Trump's)."""
    spans = []
    position = 0
    while True:
        opening = _SINGLE_OPEN.search(text, position)
        if opening is None:
            return spans
        line_end = text.find("\n", opening.end())
        line_end = len(text) if line_end == -1 else line_end
        closing = _SINGLE_CLOSE.search(text, opening.end(), min(line_end, opening.end() + reach))
        if closing is None:
            position = opening.end()
            continue
        spans.append(QuotedSpan(opening.end(), closing.start(), "single", True))
        position = closing.end()


def inside(spans: list[QuotedSpan], start: int, end: int) -> bool:
    """Is text[start:end] within one of the spans? (For many questions about one article,
    build a ``SpanIndex`` once.)"""
    return any(s.start <= start and end <= s.end for s in spans)


class SpanIndex:
    """(start, end) spans, merged where they overlap, searched by bisection: "is this offset
    (or range) inside them?" in logarithmic time (a 3 MB article has thousands of quotations and
    names)."""

    def __init__(self, spans):
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.spans = merged
        self.starts = [start for start, _ in merged]

    def holds(self, start: int, end: int | None = None) -> bool:
        """Is [start, end) (or the offset ``start``) within one span?"""
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0:
            return False
        span_start, span_end = self.spans[k]
        return span_start <= start < span_end and (end is None or end <= span_end)
