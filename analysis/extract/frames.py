"""Frames: lexical frame cues per sentence, explainable by the words that fired.

Each frame has a documented cue list in ``frames.csv`` (generic frames after the Policy Frames
Codebook, packaged) or the topic pack's ``story_frames.csv``. Cues are matched on spaCy lemmas
(single words) or lower-case words (phrases) in the article's one parse
(``analysis.nlp.lexicons``). A
negated cue of a story frame does not count ("no breakthrough"), or counts for the frame named in
the pack's ``frame_negations.csv`` (no progress -> deadlock); a generic frame names a topic, which
negation does not change ("without food" is about quality of life, "no military solution" about
security), so its negated cues count for it. A sentence shows a frame when the weights
of its distinct cues sum to at least ``THRESHOLD``. A cue may also be a kind of entity: a
country other than the pack's home countries (``match`` entity in frames.csv). Cues inside
quotation marks are kept apart (``quoted_cues``) so that a frame can be told as the outlet's
or a source's.
"""

from __future__ import annotations

from ..knowledge import knowledge_cache, optional_csv_rows
from ..nlp.article import ParsedArticle
from ..nlp.countries import country_code, home_countries
from ..nlp.lexicons import ENTITY_MATCH, Cue, Hit, frame_cue_rows
from ..nlp.quote_marks import QuotedSpan, SpanIndex
from ..nlp.registry import load_registry
from .base import extractor
from .records import FrameHit, Quote

THRESHOLD = 1.0
NEGATIONS_FILE = "frame_negations.csv"
NAME_SPAN_LABELS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "LAW"}  # a cue inside is a name


@knowledge_cache
def frame_kinds() -> dict[str, str]:
    """frame -> generic | story."""
    return {row["frame"]: row["kind"] for row in frame_cue_rows()}


@knowledge_cache
def negated_frames() -> dict[str, str]:
    return {row["frame"]: row["negated_frame"] for row in optional_csv_rows(NEGATIONS_FILE)}


FOREIGN_COUNTRY = "foreign country"  # the entity cues of frames.csv: not a home country,
POLITICAL_PARTY = "political party"  # a party
PARTY_ROLE = "party"  # the role of a party in a pack's actors.csv


@knowledge_cache
def entity_cues() -> dict[str, tuple[Cue, ...]]:
    """The frame cues that are kinds of entity (``match`` = entity in frames.csv), by kind."""
    cues: dict[str, tuple[Cue, ...]] = {}
    for row in frame_cue_rows():
        if row["match"].strip() == ENTITY_MATCH:
            cue = Cue("frame", row["frame"], row["cue"].strip().lower(), float(row["weight"]))
            cues[cue.cue] = (*cues.get(cue.cue, ()), cue)
    return cues


def entity_hits(entities, doc=None) -> list[Hit]:
    """Hits of the entity cues: a place entity that names a country other than the pack's home
    countries ("Iraq", "the US") is a ``foreign country`` (only when the pack names its home
    countries: without them nothing is foreign); a mention of a party (an actor whose
    pack role is "party", an organisation named "... Party") is a ``political party``."""
    home = home_countries()
    kinds = {
        FOREIGN_COUNTRY: lambda e: (
            bool(home)
            and e.label == "GPE"
            and (code := country_code(e.text)) is not None
            and code not in home
        ),
        POLITICAL_PARTY: lambda e: is_party(e) and not _modifier(doc, e),
    }
    return [
        Hit(cue, e.start, e.end, -1, -1, e.sentence_id, e.text, False)
        for e in entities
        for kind, test in kinds.items()
        if entity_cues().get(kind) and test(e)
        for cue in entity_cues()[kind]
    ]


def _modifier(doc, mention) -> bool:
    """Is the mention only a modifier of a noun ("Labour MP", "Tory tax cuts", "Liberal Democrat
    leader Charles Kennedy"): a label, not the party as an actor?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc else None
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN")


def is_party(mention) -> bool:
    """Does the mention name a political party: a pack actor whose role is "party", or an
    organisation whose name ends in "Party"?"""
    actor = load_registry().lookup(mention.canonical or mention.text)
    if actor is not None:
        return PARTY_ROLE in actor.role.lower().split("|")
    return mention.label in ("ORG", "NORP") and mention.text.lower().endswith(" party")


def longest_hits(hits: list[Hit]) -> list[Hit]:
    """The hits in text order, without a hit that lies inside a longer hit of the same frame
    ("foreign" inside "foreign ministers" is one cue, the phrase). One sweep per frame."""
    kept = []
    by_frame: dict[str, list[Hit]] = {}
    for hit in hits:
        by_frame.setdefault(hit.cue.label, []).append(hit)
    for same in by_frame.values():
        reach, reach_start = -1, -1  # the furthest end so far, and where that hit starts
        for hit in sorted(same, key=lambda h: (h.start, h.start - h.end)):
            if hit.end < reach or (hit.end == reach and reach_start < hit.start):
                continue
            kept.append(hit)
            if hit.end > reach:
                reach, reach_start = hit.end, hit.start
    return sorted(kept, key=lambda h: (h.start, h.cue.source, h.cue.label))


def quote_row_spans(quotes: list[Quote]) -> list[QuotedSpan]:
    """Quoted spans from the quotes table's direct and partial rows (start/end offsets), so a
    cue the quotes extractor attributes to a source is marked as quoted even without marks."""
    return [
        QuotedSpan(int(q.start), int(q.end), "row", True)
        for q in quotes
        if q.kind in ("direct", "partial") and q.start is not None and q.end is not None
    ]


@extractor("frames", requires=("entities", "quotes"))
def frame_rows(article: ParsedArticle) -> list[FrameHit]:
    """One record per sentence and frame whose distinct cues weigh at least ``THRESHOLD``.

    >>> from analysis.extract import parse_article
    >>> [(f.frame, f.cues) for f in parse_article(
    ...     "The court ruled the law unconstitutional.").rows["frames"]]
    [('legality', ['court', 'law', 'unconstitutional'])]
    """
    spans = list(article.quoted_spans)
    spans += quote_row_spans(article.rows.get("quotes") or [])
    names = SpanIndex(
        (e.start, e.end) for e in article.rows.get("entities", []) if e.label in NAME_SPAN_LABELS
    )
    quoted = SpanIndex((s.start, s.end) for s in spans)
    by_key: dict[tuple[int, str], dict] = {}
    hits = longest_hits(
        [h for h in article.cue_hits if h.cue.source == "frame"]
        + entity_hits(article.rows.get("entities", []), article.doc)
    )
    for hit in hits:
        if names.holds(hit.start) and hit.cue.cue not in entity_cues():
            continue  # "World Economic Forum" is a name, not an economic frame
        frame = hit.cue.label
        if hit.negated and frame_kinds().get(frame) != "generic":
            frame = negated_frames().get(frame)  # "no breakthrough": deadlock, not progress
            if frame is None:
                continue
        row = by_key.setdefault(
            (hit.sentence_id, frame),
            {
                "sentence_id": hit.sentence_id,
                "frame": frame,
                "frame_kind": frame_kinds().get(frame, "story"),
                "cues": [],
                "cue_lemmas": set(),
                "cue_starts": [],
                "quoted_cues": [],
                "negated": [],
                "score": 0.0,
            },
        )
        if hit.cue.cue in row["cue_lemmas"]:
            continue  # distinct cues only
        row["cue_lemmas"].add(hit.cue.cue)
        row["cues"].append(hit.text)
        row["cue_starts"].append(hit.start)
        row["score"] += hit.cue.weight
        if quoted.holds(hit.start, hit.end):
            row["quoted_cues"].append(hit.text)
        if hit.negated:
            row["negated"].append(hit.text)
    rows = []
    for row in by_key.values():
        if row["score"] >= THRESHOLD:
            row.pop("cue_lemmas")
            rows.append(FrameHit(**row, in_quote_share=len(row["quoted_cues"]) / len(row["cues"])))
    return sorted(rows, key=lambda r: (r.sentence_id, r.frame))
