"""Frame profiles and frame evidence over a corpus: shares of sentences per frame, and each cue
in its context."""

from __future__ import annotations

import pandas as pd

from ..corpus.query import articles_columns, corpus_sql, group_column
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


EVIDENCE_COLUMNS = ["article_id", "sentence_id", "left", "cue", "right", "quoted", "score"]


def frame_evidence(corpus, frame: str, *, width: int = 60, limit: int | None = None):
    """Keyword in context for one frame: each cue with ``width`` characters around it (line
    breaks as spaces), whether it stands inside quotation marks, and its sentence's score; in
    article and sentence order, the first ``limit`` only when given (one SQL query: only the
    frame's rows and their articles are read)."""
    rows = "" if limit is None else f"limit {int(limit)}"
    return corpus_sql(corpus, f"""
        with hits as (
            select article_id, sentence_id, score, quoted_cues, unnest(cues) as cue,
                unnest(cue_starts) as cue_start, generate_subscripts(cues, 1) as position
            from frames where frame = $frame)
        select h.article_id, h.sentence_id,
            replace(substr(a.text, greatest(h.cue_start - $width, 0) + 1,
                           h.cue_start - greatest(h.cue_start - $width, 0)), chr(10), ' ') as left,
            h.cue,
            replace(substr(a.text, h.cue_start + length(h.cue) + 1, $width), chr(10), ' ')
                as right,
            list_contains(h.quoted_cues, h.cue) as quoted, h.score
        from hits h join articles a using (article_id)
        order by h.article_id, h.sentence_id, h.position {rows}""",
        {"frame": frame, "width": width})[EVIDENCE_COLUMNS]  # fmt: skip


def most_common_frame(corpus) -> str | None:
    """The frame that the most sentences of the corpus show (ties: the first by name; None when
    no frame fired)."""
    top = corpus_sql(corpus, """
        select frame from frames group by frame
        order by count(*) desc, frame limit 1""")  # fmt: skip
    return str(top.iloc[0, 0]) if len(top) else None


LEAD_WEIGHT = 2.0  # the headline and lead count twice (the MFC's headline and primary codes)
ARTICLE_FRAME_COLUMNS = ["article_id", "frame", "frame_kind", "sentences_with_frame",
                         "sentences", "share", "weighted_share", "rank", "primary", "in_headline",
                         "in_lead"]  # fmt: skip

_ARTICLE_FRAMES = """
    with weighted as (
        select s.article_id, s.sentence_id, s.is_headline,
            coalesce(s.sentence_id = lead.sentence_id, false) as is_lead,
            case when s.is_headline or s.sentence_id = lead.sentence_id then $lead_weight
                else 1.0 end as weight
        from sentences s left join (
            select article_id, min(sentence_id) as sentence_id from sentences
            where not is_headline group by article_id) lead using (article_id)),
    totals as (
        select article_id, count(*) as sentences, sum(weight) as weights
        from weighted group by article_id),
    hits as (
        select f.article_id, f.frame, f.frame_kind,
            count(distinct f.sentence_id) as sentences_with_frame, sum(w.weight) as weight,
            bool_or(w.is_headline) as in_headline, bool_or(w.is_lead) as in_lead
        from frames f join weighted w using (article_id, sentence_id) group by all),
    shares as (
        select h.*, t.sentences, h.sentences_with_frame / t.sentences as share,
            h.weight / t.weights as weighted_share
        from hits h join totals t using (article_id)),
    ranked as (
        select *, row_number() over (partition by article_id
            order by weighted_share desc, share desc, frame) as rank
        from shares)
    select *, rank = 1 as "primary" from ranked"""


def article_frames(corpus, *, lead_weight: float = LEAD_WEIGHT) -> pd.DataFrame:
    """Each article's frames as researchers report them: the share of its sentences showing the
    frame; a weighted share in which the headline and the lead (first body sentence) count
    ``lead_weight`` times; its rank by weighted share; ``primary`` for the first; whether the
    headline and the lead show it. One row per article and frame that fired (one SQL query)."""
    rows = corpus_sql(corpus, f"{_ARTICLE_FRAMES} order by article_id, rank",
                      {"lead_weight": lead_weight})  # fmt: skip
    return rows[ARTICLE_FRAME_COLUMNS]


def dominant_frames(corpus, by: str = "article_id", *, lead_weight: float = LEAD_WEIGHT):
    """``article_frames`` per article; per outlet (or another ``group_column``), the frames
    that are the primary frame of the group's articles: ``articles`` whose primary frame it is,
    their ``share`` of the group's framed articles (also as ``weighted_share``, so that one
    chart draws both), ``rank`` and ``primary`` by that share, and how many of those articles
    show it in the headline and in the lead."""
    if by == "article_id":
        return article_frames(corpus, lead_weight=lead_weight)
    group = group_column(by, articles_columns(corpus))
    return corpus_sql(corpus, f"""
        with framed as ({_ARTICLE_FRAMES}),
        counts as (
            select {group} as "{by}", f.frame, f.frame_kind, count(*) as articles,
                count(*) filter (where f.in_headline) as in_headline,
                count(*) filter (where f.in_lead) as in_lead
            from framed f left join articles a using (article_id)
            where f."primary" group by all),
        shares as (
            select *, articles / sum(articles) over (partition by "{by}") as share from counts)
        select *, share as weighted_share,
            row_number() over (partition by "{by}" order by share desc, frame) as rank,
            rank = 1 as "primary"
        from shares order by "{by}", rank""", {"lead_weight": lead_weight})  # fmt: skip
