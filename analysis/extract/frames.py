"""Frames: lexical frame cues per sentence, explainable by the words that fired.

Each frame has a documented cue list in ``frames.csv`` (generic frames after the Policy Frames
Codebook, packaged) or the topic pack's ``story_frames.csv``. Cues are matched on spaCy lemmas
(single words) or lower-case words (phrases) in the article's one parse
(``analysis.nlp.lexicons``). A
negated cue of a story frame does not count ("no breakthrough"), or counts for the frame named in
the pack's ``frame_negations.csv`` (no progress -> deadlock); a generic frame names a topic, which
negation does not change ("without food" is about quality of life, "no military solution" about
security), so its negated cues count for it. A sentence shows a frame when the weights
of its distinct cues sum to at least ``THRESHOLD``; cues inside quotation marks are kept apart
(``quoted_cues``) so that a frame can be told as the outlet's or a source's.
"""

from __future__ import annotations

from ..knowledge import knowledge_cache, optional_csv_rows
from ..nlp.article import ParsedArticle
from ..nlp.lexicons import frame_cue_rows
from ..nlp.quote_marks import QuotedSpan, SpanIndex
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
    for hit in article.cue_hits:
        if hit.cue.source != "frame" or names.holds(hit.start):
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
