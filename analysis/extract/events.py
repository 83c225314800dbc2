"""Dated events: every temporal expression of a sentence placed on the calendar, with the
event it dates (type from the trigger lexicon), its actors and its place.

``event_rows`` is the per-article extractor; linking the mentions of one real event across
articles is a step over the whole table (``analysis.corpus.linking``). Knowledge:
``event_triggers.csv`` (trigger lemmas), ``temporal.yaml`` (future cues, context cues, seasons).
"""

from __future__ import annotations

from ..knowledge import knowledge_cache, read_csv_rows
from ..nlp.article import ParsedArticle
from .base import extractor
from .dates import find_expressions, is_context_figure, resolve, temporal_words
from .records import Event, Mention

TRIGGERS_FILE = "event_triggers.csv"
NO_TRIGGER = "other"
ACTOR_TYPES = ("person", "organization")
NAMING_DEPS = {"oprd", "xcomp", "ccomp", "acomp"}  # "called the response 'very nice'" is not a call
SPECIFICITY = 40  # characters a facility is favoured, a country disfavoured, in venue choice
VENUE_PREPOSITIONS = {"in", "at", "to", "near", "outside", "inside"}


@knowledge_cache
def trigger_lexicon() -> dict[str, tuple[str, int]]:
    """lemma -> (event_type, priority)."""
    return {
        row["lemma"].strip().lower(): (row["event_type"].strip(), int(row["priority"]))
        for row in read_csv_rows(TRIGGERS_FILE)
    }


@extractor("events", requires=("entities",))
def event_rows(article: ParsedArticle) -> list[Event]:
    """One record per temporal expression that dates an event, resolved against the
    publication date.

    >>> from analysis.extract import parse_article
    >>> article = parse_article("Trump will meet Zelensky on Sunday.", published="2025-12-24",
    ...                         topic="ukraine-peace-2025")
    >>> [(e.date_text, str(e.date.date()), e.event_type, e.tense) for e in article.rows["events"]]
    [('on Sunday', '2025-12-28', 'meeting/talks', 'future')]
    """
    entities = _entities_by_sentence(article)
    expressions_of: dict[int, list] = {}
    for expression in find_expressions(article.text):  # one pass of the patterns per article
        if not is_context_figure(article.text, expression):
            expressions_of.setdefault(article.sentence_id_at(expression.start), []).append(
                expression
            )
    rows = []
    for sentence_id, expressions in sorted(expressions_of.items()):
        sent = article.sentences[sentence_id]
        mentions = entities.get(sentence_id, [])
        actors = list(
            dict.fromkeys(
                m.canonical for m in mentions if m.in_registry and m.actor_type in ACTOR_TYPES
            )
        )
        for expression in expressions:
            start = expression.start
            place = _place(article, mentions, near=start)
            span = article.doc.char_span(
                start, start + len(expression.text), alignment_mode="expand"
            )
            future = is_future(span)
            resolved = resolve(expression, article.published, future=future)
            trigger = _trigger(sent, span)
            rows.append(
                Event(
                    sentence_id=sentence_id,
                    date=resolved.date,
                    date_end=resolved.date_end,
                    granularity=resolved.granularity,
                    period=resolved.period,
                    date_text=expression.text,
                    date_start_char=start,
                    date_end_char=start + len(expression.text),
                    tense="future" if future else "past",
                    rule=resolved.rule,
                    event_type=trigger[1] if trigger else NO_TRIGGER,
                    trigger=trigger[0].text if trigger else None,
                    actors=actors,
                    place=place,
                    text=sent.text.strip(),
                )
            )
    return rows


def _entities_by_sentence(article) -> dict[int, list[Mention]]:
    grouped = {}
    for row in article.rows.get("entities", []):
        grouped.setdefault(row.sentence_id, []).append(row)
    return grouped


def _place(article, mentions, *, near: int):
    """The venue of a dated event: a place of the sentence introduced by "in", "at", "to",
    "near", or a facility (Mar-a-Lago); the one nearest the date expression wins, facilities
    favoured and countries disfavoured (by SPECIFICITY characters). A place merely named
    ("Moscow's position", "officials from Ukraine") is no venue: then place is missing."""
    venues = [
        m
        for m in mentions
        if m.actor_type == "place" and (m.label == "FAC" or _is_venue(article, m))
    ]
    if not venues:
        return None

    def rank(m):
        actor = article.registry.lookup(m.canonical)
        is_country = actor is not None and actor.role == "country"
        distance = min(abs(m.start - near), abs(m.end - near))
        return distance + SPECIFICITY * (is_country - (m.label == "FAC"))

    return min(venues, key=rank).canonical


def _is_venue(article, mention) -> bool:
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return (
        head.dep_ == "prep"
        and head.lower_ in VENUE_PREPOSITIONS
        and span.root.dep_ in ("pobj", "compound")
    )


def _chain(token, depth=3):
    """The token, then its heads up to ``depth`` steps (the verb governing a date and above)."""
    yield token
    for _ in range(depth):
        if token.head.i == token.i:
            return
        token = token.head
        yield token


def is_future(span) -> bool:
    """Does the date's event lie ahead of publication? Future auxiliaries or cue words on the
    governing verbs ("will meet", "are expected to hold"), or in the phrase a possessive date
    belongs to ("Sunday's scheduled meeting"), or "next" in the phrase itself."""
    if span is None:
        return False
    ahead = set(temporal_words()["ahead_words"])
    cues = set(temporal_words()["future_cues"]) | ahead
    if any(t.lower_ in ahead for t in span):
        return True
    for token in _chain(span.root):
        words = {token.lower_, token.lemma_.lower()} | {
            c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass", "amod", "xcomp")
        }
        if token.dep_ in ("aux",):
            continue
        if words & cues:
            return True
        if token.pos_ in ("VERB", "AUX") and "Past" in token.morph.get("Tense"):
            return False
    return False


def _trigger(sent, span):
    """(token, event_type) of the trigger dating this expression, or None."""
    lexicon = trigger_lexicon()
    candidates = [t for t in sent if t.lemma_.lower() in lexicon and not _is_naming_call(t)]
    if not candidates:
        return None
    if span is not None:
        for token in _chain(span.root):
            if token in candidates:
                return token, lexicon[token.lemma_.lower()][0]
    anchor = span.start if span is not None else sent.start
    best = max(candidates, key=lambda t: (lexicon[t.lemma_.lower()][1], -abs(t.i - anchor)))
    return best, lexicon[best.lemma_.lower()][0]


def _is_naming_call(token) -> bool:
    return (
        token.lemma_.lower() == "call"
        and token.pos_ == "VERB"
        and (
            any(c.dep_ in NAMING_DEPS for c in token.children)
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
        )
    )
