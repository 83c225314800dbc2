"""Cue lexicons (frames, tone overlay, hedges/boosters, optimism/scepticism) matched on a parsed
article in one pass of two spaCy ``PhraseMatcher`` s: lemmas for single words, lower-case words
for phrases.

Each lexicon is a knowledge CSV (analysis/knowledge/README.md): the generic frame cues
(``frames.csv``) and tone cues (``tone_cues.csv``) ship with the package; story frames
(``story_frames.csv``) and the tone overlay (``tone_overlay.csv``) come from the topic pack
when it has them. A matcher is built once per process and vocabulary. ``cue_hits(doc,
sentence_of)`` gives every hit with its offsets, sentence and whether it is negated ("no
breakthrough", "did not make progress"); a parsed article keeps its hits
(``ParsedArticle.cue_hits``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

import numpy
from spacy.attrs import SENT_START
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..knowledge import knowledge_cache, optional_csv_rows, read_csv_rows, words
from ..knowledge.topics import generic_lexicon_applies

FRAMES_FILE = "frames.csv"  # generic frames (Policy Frames Codebook), packaged
STORY_FRAMES_FILE = "story_frames.csv"  # frames of one story, from its topic pack
TONE_CUES_FILE = "tone_cues.csv"
OVERLAY_FILE = "tone_overlay.csv"  # the story's tone words, from its topic pack
NEWS_TONE_FILE = "news_tone.csv"  # evaluative words of news in general, packaged
EXISTENCE_FILE = "existence_verbs.csv"
ENTITY_MATCH = "entity"  # a frame cue that is a kind of entity, not words (extract.frames)
SUBJECTS = (
    "nsubj",
    "csubj",
)  # active subjects; a passive subject ("progress was not made") stays negated


@knowledge_cache
def frame_cue_rows() -> tuple[dict, ...]:
    """Rows of the generic frame cues, then of the story's frames."""
    generic = read_csv_rows(FRAMES_FILE) if generic_lexicon_applies("frames") else ()
    return (*generic, *optional_csv_rows(STORY_FRAMES_FILE))


@dataclass(frozen=True)
class Cue:
    source: str  # frame | tone | overlay
    label: str  # the frame, the tone kind (hedge, booster, optimism, scepticism) or overlay action
    cue: str  # the lexicon entry
    weight: float  # frame weight, or overlay polarity


@dataclass(frozen=True)
class Hit:
    cue: Cue
    start: int  # character offsets in articles.text
    end: int
    token_start: int
    token_end: int
    sentence_id: int
    text: str  # as written
    negated: bool


def tone_cue_rows() -> tuple[dict, ...]:
    """Rows of the tone cues (hedges, boosters, optimism, scepticism), where they apply."""
    return read_csv_rows(TONE_CUES_FILE) if generic_lexicon_applies("tone_cues") else ()


@knowledge_cache
def lexicon_cues() -> tuple[Cue, ...]:
    cues = [
        Cue("frame", row["frame"], row["cue"].strip().lower(), float(row["weight"]))
        for row in frame_cue_rows()
        if row["match"].strip() != ENTITY_MATCH
    ]
    cues += [Cue("tone", row["kind"], row["cue"].strip().lower(), 1.0) for row in tone_cue_rows()]
    story = optional_csv_rows(OVERLAY_FILE)
    own = {row["lemma"].strip().lower() for row in story}  # the pack's overlay comes first
    news = read_csv_rows(NEWS_TONE_FILE) if generic_lexicon_applies("news_tone") else ()
    cues += [
        Cue("overlay", row["action"], row["lemma"].strip().lower(), float(row["polarity"]))
        for row in (*story, *(r for r in news if r["lemma"].strip().lower() not in own))
    ]
    return tuple(cues)


@knowledge_cache
def _match_kinds() -> dict[tuple[str, str], str]:
    kinds = {}
    for row in (*frame_cue_rows(), *tone_cue_rows()):
        kinds[row["cue"].strip().lower()] = row["match"].strip()
    return kinds


def _match_kind(cue: Cue) -> str:
    return "lemma" if cue.source == "overlay" else _match_kinds().get(cue.cue, "lemma")


@knowledge_cache
def _matchers(vocab) -> tuple[list[PhraseMatcher], dict[int, list[Cue]]]:
    """Two hash-based phrase matchers (lemmas; lower-case phrases), built once per vocabulary:
    far faster than token patterns with set predicates. A phrase cue is in both: as written and
    by lemmas (a hit found by both counts once)."""
    lemmas = PhraseMatcher(vocab, attr="LEMMA")
    phrases = PhraseMatcher(vocab, attr="LOWER")
    by_key: dict[str, list[Cue]] = {}
    for cue in lexicon_cues():
        kind = _match_kind(cue)
        key = f"{cue.source}|{cue.cue}|{kind}"
        if key not in by_key:
            words = cue.cue.split()
            first_capital = [words[0].capitalize(), *words[1:]]  # at the start of a sentence
            lemma_patterns = [
                _lemma_doc(vocab, form) for form in {tuple(words), tuple(first_capital)}
            ]
            if kind == "lemma" and len(words) == 1:
                lemmas.add(key, lemma_patterns)
            else:  # a phrase as written, and in any inflection of its words ("foreign ministers")
                phrases.add(key, [Doc(vocab, words=words)])
                lemmas.add(key, lemma_patterns)
        by_key.setdefault(key, []).append(cue)
    return [lemmas, phrases], {vocab.strings[key]: cues for key, cues in by_key.items()}


def _lemma_doc(vocab, lemmas: tuple[str, ...]) -> Doc:
    return Doc(vocab, words=list(lemmas), lemmas=list(lemmas))


def cue_hits(doc: Doc, sentence_of: Callable[[int], int]) -> list[Hit]:
    """Every lexicon hit of a parsed text, in order; ``sentence_of`` gives a token's sentence."""
    matchers, cues_of = _matchers(doc.vocab)
    hits = []
    matches = {m for matcher in matchers for m in matcher(doc)}  # a phrase may match twice
    sentence_start = sentence_starts(doc) if matches else None
    for match_id, start, end in sorted(matches, key=lambda m: (m[1], m[2])):
        span = doc[start:end]
        negated = is_negated(span, sentence_start(start))
        sentence_id = sentence_of(start)
        for cue in cues_of[match_id]:
            hits.append(
                Hit(
                    cue, span.start_char, span.end_char, start, end, sentence_id, span.text, negated
                )
            )
    hits.sort(key=lambda h: (h.start, h.cue.source, h.cue.label))
    return hits


def sentence_starts(doc: Doc) -> Callable[[int], int]:
    """``start(i)``: the first token of the sentence holding token ``i``, as ``Span.sent`` finds
    it (the nearest token at or before ``i`` that starts a sentence, else 0), read from the
    token array once per Doc instead of walking the sentence for every cue."""
    if not doc.has_annotation("SENT_START"):
        return lambda i: doc[i : i + 1].sent.start  # raises spaCy's own error
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()

    def start(i: int) -> int:
        at = bisect.bisect_right(starts, i)
        return starts[at - 1] if at else 0

    return start


def is_negated(span, sent_start: int | None = None) -> bool:
    """A negator right before the cue ("no breakthrough", "not productive", "without progress")
    or negating the verb the cue belongs to ("did not make progress"). The subject of a negated
    verb is not negated ("Negotiators did not make progress") unless the verb asserts that the
    subject happens (existence_verbs.csv: "A breakthrough did not happen"). ``sent_start``: the
    start of ``span.sent`` when the caller knows it (else it is found)."""
    doc = span.doc
    sent_start = span.sent.start if sent_start is None else sent_start
    negators = words("negators")
    if any(doc[i].lower_ in negators for i in range(max(sent_start, span.start - 2), span.start)):
        return True
    root = span.root
    head = root if root.pos_ in ("VERB", "AUX") else root.head
    if root.dep_ in SUBJECTS and head is not root and head.lemma_.lower() not in existence_verbs():
        return False
    return any(child.dep_ == "neg" for child in head.children) and head.i >= sent_start


@knowledge_cache
def existence_verbs() -> frozenset[str]:
    return frozenset(row["lemma"].strip().lower() for row in read_csv_rows(EXISTENCE_FILE))
