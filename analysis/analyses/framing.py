"""Frame profiles and frame evidence over a corpus: shares of sentences per frame, and each cue
in its context."""

from __future__ import annotations

import pandas as pd

from ..corpus.query import corpus_sql, group_column
from .uncertainty import share_intervals

UNKNOWN_OUTLET = "(unknown)"


def frame_profile(corpus, by: str = "article_id") -> pd.DataFrame:
    """Share of sentences showing each frame, per article (by="article_id"), per outlet
    (by="outlet") or over the whole corpus (by="corpus"), with the counts behind it: sentences
    with the frame and sentences in all, and the share's 95% bootstrap interval over the group's
    articles (``share_low``/``share_high``; for one article, over its sentences). The counts are
    two SQL queries per article (in memory or in place on a corpus on disk); the interval
    resamples those per-article counts."""
    columns = corpus_sql(corpus, "select * from articles limit 0").columns
    group = group_column(by, columns)
    article = "" if by == "article_id" else "s.article_id, "
    per_article = corpus_sql(corpus, f"""
        select {group} as "{by}", {article}count(*) as total
        from sentences s left join articles a using (article_id)
        group by all order by all""")  # fmt: skip
    hits = corpus_sql(corpus, f"""
        select {group} as "{by}", {article}f.frame, f.frame_kind, count(*) as rows,
            count(distinct f.sentence_id) as hits
        from frames f join sentences s using (article_id, sentence_id)
            left join articles a using (article_id)
        group by all order by all""")  # fmt: skip
    counts = hits.groupby([by, "frame", "frame_kind"], as_index=False)["rows"].sum()
    counts = counts.rename(columns={"rows": "sentences_with_frame"})
    totals = per_article.groupby(by, as_index=False)["total"].sum()
    counts = counts.merge(totals.rename(columns={"total": "sentences"}), on=by)
    counts["share"] = counts["sentences_with_frame"] / counts["sentences"]
    if by == "article_id":  # one article: its sentences are resampled
        per_sentence = corpus_sql(
            corpus,
            """
            select distinct f.article_id, f.sentence_id, f.frame
            from frames f join sentences s using (article_id, sentence_id) order by all""",
        )
        intervals = share_intervals(per_sentence, by, "frame", totals=per_article,
                                    within="sentence_id")  # fmt: skip
    else:
        intervals = share_intervals(hits, by, "frame", weight="hits", totals=per_article)
    counts = counts.merge(intervals.drop(columns="share"), on=[by, "frame"], how="left")
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


LEAD_WEIGHT = 2.0  # the headline and lead count twice (the MFC's headline and primary codes)


def article_frames(corpus, *, lead_weight: float = LEAD_WEIGHT) -> pd.DataFrame:
    """Each article's frames as researchers report them: the share of its sentences showing the
    frame; a weighted share in which the headline and the lead (first body sentence) count
    ``lead_weight`` times; its rank by weighted share; ``primary`` for the first; whether the
    headline and the lead show it. One row per article and frame that fired."""
    columns = ["article_id", "frame", "frame_kind", "sentences_with_frame", "sentences", "share",
               "weighted_share", "rank", "primary", "in_headline", "in_lead"]  # fmt: skip
    sentences = corpus.sentences[["article_id", "sentence_id", "is_headline"]].copy()
    body = sentences[~sentences["is_headline"]]
    lead_ids = body.groupby("article_id")["sentence_id"].min()
    sentences["is_lead"] = sentences["sentence_id"].eq(sentences["article_id"].map(lead_ids))
    sentences["weight"] = 1.0 + (lead_weight - 1.0) * (
        sentences["is_headline"] | sentences["is_lead"]
    )
    totals = sentences.groupby("article_id").agg(sentences=("sentence_id", "size"),
                                                 weights=("weight", "sum"))  # fmt: skip
    hits = corpus.frames[["article_id", "sentence_id", "frame", "frame_kind"]].merge(
        sentences, on=["article_id", "sentence_id"]
    )
    if hits.empty:
        return pd.DataFrame(columns=columns)
    rows = (
        hits.groupby(["article_id", "frame", "frame_kind"])
        .agg(
            sentences_with_frame=("sentence_id", "nunique"),
            weight=("weight", "sum"),
            in_headline=("is_headline", "any"),
            in_lead=("is_lead", "any"),
        )
        .reset_index()
        .merge(totals.reset_index(), on="article_id")
    )
    rows["share"] = rows["sentences_with_frame"] / rows["sentences"]
    rows["weighted_share"] = rows["weight"] / rows["weights"]
    rows = rows.sort_values(["article_id", "weighted_share", "share", "frame"],
                            ascending=[True, False, False, True])  # fmt: skip
    rows["rank"] = rows.groupby("article_id").cumcount() + 1
    rows["primary"] = rows["rank"].eq(1)
    return rows[columns].reset_index(drop=True)
