"""Sentence rows with TextBlob (Pattern) polarity and subjectivity.

TextBlob is used for scoring only: sentences come from spaCy (TextBlob's own splitter needs
downloaded corpora). ``sentiment_words`` keeps the lexicon chunks behind each score, so every
number can show the words that produced it.
"""
from __future__ import annotations

from textblob.en import sentiment as pattern_sentiment

from .document import ParsedArticle, trimmed


def score(text: str) -> tuple[float, float, list[str]]:
    """(polarity, subjectivity, the lexicon chunks that produced them) for one text."""
    result = pattern_sentiment(text)  # a (polarity, subjectivity) tuple with .assessments
    polarity, subjectivity = result
    words = [" ".join(w for w in chunk if w) for chunk, *_ in result.assessments]
    return float(polarity), float(subjectivity), words


def sentence_rows(article: ParsedArticle) -> list[dict]:
    rows = []
    for sentence_id, sent in enumerate(article.sentences):
        start, end = trimmed(article.text, sent.start_char, sent.end_char)
        text = article.text[start:end]
        polarity, subjectivity, words = score(text)
        rows.append({
            "sentence_id": sentence_id, "start": start, "end": end, "text": text,
            "paragraph": article.paragraph_at(start), "is_headline": start < article.headline_end,
            "polarity": polarity, "subjectivity": subjectivity, "sentiment_words": words,
        })
    return rows
