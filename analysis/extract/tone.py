"""Sentence tone beyond plain TextBlob: a domain overlay, lexicon coverage, hedges and boosters,
optimism and scepticism, author voice versus quoted voice; and the tone of the clause around
each entity mention.

The overlay (the topic pack's ``tone_overlay.csv``) adds diplomacy and war words TextBlob does
not know ("productive", "deadlock", "war") and neutralises its false cues ("special envoy", "latest
round"). A negated overlay word is flipped and halved, as TextBlob does ("no breakthrough").
``polarity_domain`` averages TextBlob's remaining chunks and the overlay words, so it stays on
TextBlob's scale; the words behind it are kept in ``domain_words`` as "word (score)".
"""

from __future__ import annotations

import math

from textblob.en import sentiment as pattern_lexicon

from ..knowledge import knowledge_cache
from ..nlp.article import ParsedArticle
from ..nlp.lexicons import Hit, lexicon_cues

TONE_KINDS = ("hedge", "booster", "optimism", "scepticism")


def sentence_tone(
    article: ParsedArticle,
    sentence_id: int,
    start: int,
    end: int,
    assessments: list[tuple[str, float, int, int]],
) -> dict:
    """Tone columns of one sentence. ``assessments``: TextBlob chunks as (words, polarity,
    start, end) with character offsets (-1 when unknown)."""
    hits = article.cue_hits_by_sentence.get(sentence_id, [])
    neutral = {
        h.text.lower() for h in hits if h.cue.source == "overlay" and h.cue.label == "neutralise"
    }
    overlay = [h for h in hits if h.cue.source == "overlay" and h.cue.label == "score"]
    scored = [
        (words, polarity, s, e)
        for words, polarity, s, e in assessments
        if not set(words.lower().split()) & neutral
    ]
    scored += [
        (h.text, _overlay_score(h), h.start, h.end)
        for h in overlay
        if not any(s <= h.start < e for _, _, s, e in scored)
    ]
    spans = article.quoted_index
    quoted = [p for _, p, s, e in scored if s >= 0 and spans.holds(s, e)]
    author = [p for _, p, s, e in scored if not (s >= 0 and spans.holds(s, e))]
    row = {
        "polarity_domain": _mean([p for _, p, _, _ in scored]),
        "domain_words": [f"{w} ({p:+.2f})" for w, p, _, _ in scored],
        "lexicon_coverage": _coverage(article, start, end, scored),
        "author_polarity": _mean(author, empty=math.nan),
        "quoted_polarity": _mean(quoted, empty=math.nan),
    }
    for kind in TONE_KINDS:
        words = [
            h.text
            for h in hits
            if h.cue.source == "tone"
            and h.cue.label == kind
            and not (h.negated and kind in ("optimism", "scepticism"))
        ]
        row[f"{kind}_words"] = words
        row[f"n_{kind}"] = len(words)
    return row


def _overlay_score(hit: Hit) -> float:
    return -0.5 * hit.cue.weight if hit.negated else hit.cue.weight


def _mean(values, empty=0.0) -> float:
    return float(sum(values) / len(values)) if values else empty


def _coverage(article, start, end, scored) -> float:
    """Share of the sentence's content words (alphabetic, not stop words) that were scored
    (each scored chunk counts its head word; content words counted from token arrays)."""
    content = article.content_words(start, end)
    if not content:
        return 0.0
    return min(1.0, len(scored) / content)


def word_polarity(token, overlay: dict[str, float], neutral: set[str]) -> float | None:
    """One token's polarity: the overlay's, else TextBlob's lexicon entry, else None."""
    lemma = token.lemma_.lower()
    if lemma in neutral or token.lower_ in neutral:
        return None
    if lemma in overlay:
        return overlay[lemma]
    entry = pattern_lexicon.get(token.lower_)
    if entry:
        values = entry.get(None) or next(iter(entry.values()))
        return float(values[0]) if values and values[0] else None
    return None


@knowledge_cache
def overlay_tables() -> tuple[dict[str, float], set[str]]:
    """The tone overlay: lemma -> polarity of scored words, and the neutralised lemmas."""
    overlay = {
        c.cue: c.weight for c in lexicon_cues() if c.source == "overlay" and c.label == "score"
    }
    neutral = {c.cue for c in lexicon_cues() if c.source == "overlay" and c.label == "neutralise"}
    return overlay, neutral


def clause_tone(article: ParsedArticle, start: int, end: int) -> tuple[float, list[str]]:
    """Polarity of the clause that mentions an entity: the words of the subtree of the verb
    governing the mention (within its sentence), overlay first; NaN when none is scored."""
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return math.nan, []
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    sent = span.sent
    subtree = article.memo(("subtree", verb.i), lambda: tuple(token.i for token in verb.subtree))
    scored = [
        (i, polarity)
        for i in subtree
        if sent.start <= i < sent.end
        and not (span.start <= i < span.end)
        and (polarity := token_polarity(article, i)) is not None
    ]
    if not scored:
        return math.nan, []
    words = [(article.doc[i].text, p) for i, p in scored]
    return sum(p for _, p in words) / len(words), [f"{w} ({p:+.2f})" for w, p in words]


def token_polarity(article: ParsedArticle, i: int) -> float | None:
    """``word_polarity`` of the article's token ``i``, looked up once per article and token."""
    polarities = article.memo("token_polarity", dict)
    if i not in polarities:
        polarities[i] = word_polarity(article.doc[i], *overlay_tables())
    return polarities[i]
