"""Sentence rows with TextBlob (Pattern) polarity and subjectivity, and the domain tone columns.

TextBlob is used for scoring only: sentences and tokens come from spaCy (TextBlob's own splitter
needs downloaded corpora; its Pattern lexicon scores spaCy's lower-cased tokens, so no sentence
is tokenized twice). ``polarity``/``subjectivity`` are the plain TextBlob scores and
``sentiment_words`` the lexicon chunks behind them, so every number shows the words that
produced it; ``analysis.extract.tone`` adds the domain overlay, coverage, hedges, boosters,
optimism,
scepticism and author versus quoted voice.
"""

from __future__ import annotations

import functools
import re

from textblob._text import EMOTICONS
from textblob.en import sentiment as pattern_sentiment

from ..nlp.article import ParsedArticle, trimmed
from .base import extractor
from .records import Sentence
from .tone import sentence_tone


def score(text: str) -> tuple[float, float, list[str]]:
    """(polarity, subjectivity, the lexicon chunks that produced them) for one text."""
    result = pattern_sentiment(text)  # a (polarity, subjectivity) tuple with .assessments
    polarity, subjectivity = result
    words = [" ".join(w for w in chunk if w) for chunk, *_ in result.assessments]
    return float(polarity), float(subjectivity), words


def assessed_chunks(text: str, base: int, words: list[str] | None = None):
    """TextBlob's score and its chunks as (words, polarity, start, end) with offsets. ``words``:
    the sentence's lower-cased spaCy tokens (saves TextBlob's own tokenizer); else the text.
    Words none of which TextBlob can score give its empty score without asking it."""
    if words is not None and scoring_words().isdisjoint(words):
        return (0.0, 0.0), []
    result = pattern_sentiment(scored_stretches(words) if words is not None else text)
    chunks, cursor = [], 0
    for words, polarity, _subjectivity, _label in result.assessments:
        phrase = " ".join(w for w in words if w)
        last = next((w for w in reversed(words) if w and w[0].isalnum()), None)
        match = word_pattern(last).search(text, cursor) if last else None
        if match:
            cursor = match.end()
            chunks.append((phrase, float(polarity), base + match.start(), base + match.end()))
        else:
            chunks.append((phrase, float(polarity), -1, -1))
    return result, chunks


@functools.cache
def scoring_words() -> frozenset[str]:
    """Every word that can start an assessment of TextBlob's Pattern analyser: its lexicon's
    words, the sarcasm mark "(!)" and the emoticons (lower-cased, as it compares them). Negations,
    intensifiers and "!" only change an assessment that one of these started, so a list of words
    without any of them scores (0.0, 0.0) with no assessments.

    >>> [word for word in ("good", "not", "very", "(!)", ":-d", "talks") if word in scoring_words()]
    ['good', 'very', '(!)', ':-d']
    """
    emoticons = {emoticon.lower() for group in EMOTICONS.values() for emoticon in group}
    return frozenset(pattern_sentiment.keys()) | {"(!)"} | emoticons


def scored_stretches(words: list[str]) -> list[str]:
    """The stretches of ``words`` that can give or change a TextBlob assessment, each followed
    by the word that ended it; the others are dropped.

    TextBlob's analyser walks the words keeping a preceding modifier and negation. A word that
    resets both and adds nothing (``resets``: not one it can score, not a negation, longer than
    two characters) cuts the words into stretches that each start from the analyser's initial
    state. A stretch with no scoring word and no "!" (which boosts the assessment before it)
    adds no assessment and changes none, so dropping it leaves the assessments as they were;
    the kept stretches stay apart by the resetting word that ended each.
    """
    scoring = scoring_words()
    kept: list[str] = []
    stretch: list[str] = []
    needed = False
    for word in words:
        if resets(word, scoring):
            if needed:
                kept += stretch
                kept.append(word)
            stretch, needed = [], False
        else:
            stretch.append(word)
            needed = needed or word in scoring or word == "!"
    if needed:
        kept += stretch
    return kept


def resets(word: str, scoring: frozenset[str]) -> bool:
    """Does TextBlob's analyser forget its preceding modifier and negation at ``word`` without
    assessing it (an unknown word that is no negation, more than two characters long and more
    than one without apostrophes: its rules for keeping them across small words fail)?"""
    return (
        len(word) > 2
        and word not in scoring
        and word not in pattern_sentiment.negations
        and len(word.strip("'")) > 1
    )


@functools.lru_cache(maxsize=4096)
def word_pattern(word: str) -> re.Pattern:
    """The whole word, in any case (compiled once per word)."""
    return re.compile(rf"\b{re.escape(word)}\b", re.I)


@extractor("sentences")
def sentence_rows(article: ParsedArticle) -> list[Sentence]:
    """One record per spaCy sentence, with its TextBlob and domain tone and the words behind them.

    >>> from analysis.extract import parse_article
    >>> article = parse_article("The talks were good. Both sides met.")
    >>> first, second = article.rows["sentences"]
    >>> first.text, first.sentiment_words, first.polarity, second.start
    ('The talks were good.', ['good'], 0.7, 21)
    """
    rows = []
    for sentence_id, sent in enumerate(article.sentences):
        start, end = trimmed(article.text, sent.start_char, sent.end_char)
        text = article.text[start:end]
        words = [lower for lower in article.lower_words[sent.start : sent.end] if lower is not None]
        (polarity, subjectivity), chunks = assessed_chunks(text, start, words)
        rows.append(
            Sentence(
                sentence_id=sentence_id,
                start=start,
                end=end,
                text=text,
                paragraph=article.paragraph_at(start),
                is_headline=start < article.headline_end,
                polarity=float(polarity),
                subjectivity=float(subjectivity),
                sentiment_words=[phrase for phrase, *_ in chunks],
                **sentence_tone(article, sentence_id, start, end, chunks),
            )
        )
    return rows
