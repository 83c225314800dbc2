"""Frames: lexical frame cues per sentence, explainable by the words that fired.

Each frame has a documented cue list in ``data/frames.csv`` (generic frames after the Policy
Frames Codebook, story frames of conflict diplomacy). Cues are matched on spaCy lemmas (single
words) or lower-case words (phrases) in the article's one parse (``analysis.lexicons``). A
negated cue of a story frame does not count ("no breakthrough"), or counts for the frame named in
``data/frame_negations.csv`` (no progress -> deadlock); a generic frame names a topic, which
negation does not change ("without food" is about quality of life, "no military solution" about
security), so its negated cues count for it. A sentence shows a frame when the weights
of its distinct cues sum to at least ``THRESHOLD``; cues inside quotation marks are kept apart
(``quoted_cues``) so that a frame can be told as the outlet's or a source's.
"""
from __future__ import annotations

from functools import cache

import pandas as pd

from .document import ParsedArticle
from .lexicons import cue_hits
from .quote_marks import QuotedSpan, inside, quoted_spans
from .resources import read_csv_rows

THRESHOLD = 1.0
NAME_LABELS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "LAW"}


@cache
def frame_kinds() -> dict[str, str]:
    return {row["frame"]: row["kind"] for row in read_csv_rows("frames.csv")}


@cache
def negated_frames() -> dict[str, str]:
    return {row["frame"]: row["negated_frame"] for row in read_csv_rows("frame_negations.csv")}


def quote_row_spans(quotes: list[dict]) -> list[QuotedSpan]:
    """Quoted spans from the quotes table's direct and partial rows (start/end offsets), so a
    cue the quotes extractor attributes to a source is marked as quoted even without marks."""
    return [QuotedSpan(int(q["start"]), int(q["end"]), "row", True) for q in quotes
            if q.get("kind") in ("direct", "partial") and q.get("start") is not None and q.get("end") is not None]


def frame_rows(article: ParsedArticle) -> list[dict]:
    spans = list(article.memo.get("quoted_spans") or quoted_spans(article.text))
    spans += quote_row_spans(article.rows.get("quotes") or [])
    names = [(e["start"], e["end"]) for e in article.rows.get("entities", []) if e["label"] in NAME_LABELS]
    by_key: dict[tuple[int, str], dict] = {}
    for hit in cue_hits(article):
        if hit.cue.source != "frame" or any(s <= hit.start < e for s, e in names):
            continue  # "World Economic Forum" is a name, not an economic frame
        frame = hit.cue.label
        if hit.negated and frame_kinds().get(frame) != "generic":
            frame = negated_frames().get(frame)  # "no breakthrough": deadlock, not progress
            if frame is None:
                continue
        row = by_key.setdefault((hit.sentence_id, frame), {
            "sentence_id": hit.sentence_id, "frame": frame, "frame_kind": frame_kinds().get(frame, "story"),
            "cues": [], "cue_lemmas": set(), "cue_starts": [], "quoted_cues": [], "negated": [], "score": 0.0})
        if hit.cue.cue in row["cue_lemmas"]:
            continue  # distinct cues only
        row["cue_lemmas"].add(hit.cue.cue)
        row["cues"].append(hit.text)
        row["cue_starts"].append(hit.start)
        row["score"] += hit.cue.weight
        if inside(spans, hit.start, hit.end):
            row["quoted_cues"].append(hit.text)
        if hit.negated:
            row["negated"].append(hit.text)
    rows = []
    for row in by_key.values():
        if row["score"] >= THRESHOLD:
            row.pop("cue_lemmas")
            row["in_quote_share"] = len(row["quoted_cues"]) / len(row["cues"])
            rows.append(row)
    return sorted(rows, key=lambda r: (r["sentence_id"], r["frame"]))


def frame_profile(corpus, by: str = "article_id") -> pd.DataFrame:
    """Share of sentences showing each frame, per article (by="article_id") or per outlet
    (by="outlet"), with the counts behind it: sentences with the frame and sentences in all."""
    sentences = corpus.sentences[["article_id", "sentence_id"]].merge(
        corpus.articles[["article_id", "outlet"]], on="article_id")
    sentences["outlet"] = sentences["outlet"].fillna("(unknown)")
    totals = sentences.groupby(by).size().rename("sentences")
    frames = corpus.frames.merge(sentences, on=["article_id", "sentence_id"])
    counts = frames.groupby([by, "frame", "frame_kind"]).size().rename("sentences_with_frame").reset_index()
    counts = counts.merge(totals.reset_index(), on=by)
    counts["share"] = counts["sentences_with_frame"] / counts["sentences"]
    return counts.sort_values([by, "share"], ascending=[True, False]).reset_index(drop=True)


def frame_evidence(corpus, frame: str, *, width: int = 60) -> pd.DataFrame:
    """Keyword in context for one frame: each cue with the words around it and its sentence."""
    texts = corpus.articles.set_index("article_id")["text"]
    rows = []
    for hit in corpus.frames[corpus.frames["frame"] == frame].itertuples():
        text = texts[hit.article_id]
        for cue, start in zip(hit.cues, hit.cue_starts):
            rows.append({"article_id": hit.article_id, "sentence_id": hit.sentence_id, "cue": cue,
                         "left": text[max(0, start - width):start].replace("\n", " "),
                         "right": text[start + len(cue):start + len(cue) + width].replace("\n", " "),
                         "quoted": cue in hit.quoted_cues, "score": hit.score})
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "left", "cue", "right", "quoted", "score"])
