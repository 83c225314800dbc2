"""Frame profiles and frame evidence over a corpus: shares of sentences per frame, and each cue
in its context."""

from __future__ import annotations

import pandas as pd

UNKNOWN_OUTLET = "(unknown)"


def frame_profile(corpus, by: str = "article_id") -> pd.DataFrame:
    """Share of sentences showing each frame, per article (by="article_id") or per outlet
    (by="outlet"), with the counts behind it: sentences with the frame and sentences in all."""
    sentences = corpus.sentences[["article_id", "sentence_id"]].merge(
        corpus.articles[["article_id", "outlet"]], on="article_id"
    )
    sentences["outlet"] = sentences["outlet"].fillna(UNKNOWN_OUTLET)
    totals = sentences.groupby(by).size().rename("sentences")
    frames = corpus.frames.merge(sentences, on=["article_id", "sentence_id"])
    counts = (
        frames.groupby([by, "frame", "frame_kind"])
        .size()
        .rename("sentences_with_frame")
        .reset_index()
    )
    counts = counts.merge(totals.reset_index(), on=by)
    counts["share"] = counts["sentences_with_frame"] / counts["sentences"]
    return counts.sort_values([by, "share"], ascending=[True, False]).reset_index(drop=True)


def frame_evidence(corpus, frame: str, *, width: int = 60) -> pd.DataFrame:
    """Keyword in context for one frame: each cue with the words around it and its sentence."""
    texts = corpus.articles.set_index("article_id")["text"]
    rows = []
    for hit in corpus.frames[corpus.frames["frame"] == frame].itertuples():
        text = texts[hit.article_id]
        for cue, start in zip(hit.cues, hit.cue_starts, strict=True):
            rows.append(
                {
                    "article_id": hit.article_id,
                    "sentence_id": hit.sentence_id,
                    "cue": cue,
                    "left": text[max(0, start - width) : start].replace("\n", " "),
                    "right": text[start + len(cue) : start + len(cue) + width].replace("\n", " "),
                    "quoted": cue in hit.quoted_cues,
                    "score": hit.score,
                }
            )
    return pd.DataFrame(
        rows, columns=["article_id", "sentence_id", "left", "cue", "right", "quoted", "score"]
    )


def most_common_frame(corpus) -> str | None:
    """The frame that the most sentences of the corpus show (None when no frame fired)."""
    counts = corpus.frames.groupby("frame").size()
    return str(counts.idxmax()) if len(counts) else None
