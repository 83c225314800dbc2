"""Tables for sourcing analysis: who is quoted, how much, from which side, with which verbs,
and of which gender.

Statements are counted as distinct ``(article_id, quote_group)``; quoted words by whitespace.

Gender is the speaker's in ``corpus.people`` (pooled over the corpus), for quotes whose
``speaker_type`` is person; a person the people table does not know is ``unknown``.
Organisations, groups, documents and anonymous sources have no gender and are left out of the
gender tables. Every group shows female, male, any other label present, and unknown (zeros
included), in that order; unknown is never dropped::

    gender_shares(corpus, by="outlet")   # outlet, gender, statements, statement_share, ...
    gender_shares(corpus, by="week")     # week: the Monday it starts, "2025-12-01"; "(no date)"
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from ..corpus.query import articles_columns, corpus_sql, group_column, words_sql
from ..nlp.gender import UNKNOWN as UNKNOWN_GENDER
from .uncertainty import share_intervals

UNKNOWN_LABEL = "(unknown)"  # an outlet or speaker that is not known
CORPUS, ALL_ARTICLES = "corpus", "all articles"  # by="corpus": the whole corpus as one group
NO_DATE = "(no date)"  # the week of an article without a publication date
GENDER_ORDER = ("female", "male")  # first in every gender table; other labels, then unknown
GENDER_COUNTS = {"statements": "statement_share", "quoted_words": "word_share",
                 "people": "people_share"}  # fmt: skip
INTERVAL_COLUMNS = ["statement_share_low", "statement_share_high", "word_share_low",
                    "word_share_high", "people_share_low", "people_share_high"]  # fmt: skip


def _quote_rows(corpus, by: str = "corpus") -> str:
    """SQL: the quotes with their group of articles (``grp``), unknown speakers and sides named,
    and their words (counted by whitespace)."""
    columns = corpus_sql(corpus, "select * from articles limit 0").columns
    return f"""
        select q.article_id, q.quote_group, {group_column(by, columns)} as grp,
            coalesce(q.speaker, '{UNKNOWN_LABEL}') as speaker, q.speaker_type,
            coalesce(q.speaker_side, 'unknown') as speaker_side,
            {words_sql("q.text")} as words
        from quotes q left join articles a using (article_id)"""


def quotes_by_speaker(corpus) -> pd.DataFrame:
    """Statements (quote groups), quote rows and quoted words per speaker, with side and type
    (one SQL query, in memory or on a corpus on disk)."""
    return corpus_sql(corpus, f"""
        with q as ({_quote_rows(corpus)})
        select speaker, speaker_type, speaker_side, count(*) as quotes,
            cast(sum(words) as bigint) as words, count(distinct article_id) as articles,
            count(distinct (article_id, quote_group)) as statements
        from q group by all order by statements desc, words desc, speaker""")  # fmt: skip


def share_of_voice(corpus, by: str = "article_id") -> pd.DataFrame:
    """Quoted words and statements per side, per article, outlet or the whole corpus
    (by="corpus"), with the share of words and
    its 95% bootstrap interval over the group's articles (``share_of_words_low``/``_high``; for
    one article, over its statements). The counts are one SQL query per article and side; the
    interval resamples those per-article sums."""
    per_article = corpus_sql(corpus, f"""
        with q as ({_quote_rows(corpus, by)})
        select grp as "{by}", {"" if by == "article_id" else "article_id, "}speaker_side,
            cast(sum(words) as bigint) as words, count(*) as quotes
        from q group by all order by all""")  # fmt: skip
    table = per_article.groupby([by, "speaker_side"], sort=False)[["words", "quotes"]].sum()
    table = table.reset_index()
    table["share_of_words"] = table["words"] / table.groupby(by)["words"].transform("sum")
    if by == "article_id":  # one article: its statements are resampled
        statements = corpus_sql(corpus, f"""
            with q as ({_quote_rows(corpus)})
            select article_id, quote_group, speaker_side, cast(sum(words) as bigint) as words
            from q group by all order by all""")  # fmt: skip
        intervals = share_intervals(statements, by, "speaker_side", weight="words",
                                    within="quote_group")  # fmt: skip
    else:
        intervals = share_intervals(per_article, by, "speaker_side", weight="words")
    return table.merge(
        intervals.drop(columns="share").rename(
            columns={"share_low": "share_of_words_low", "share_high": "share_of_words_high"}
        ),
        on=[by, "speaker_side"],
        how="left",
    )


def source_type_shares(corpus, by: str = "outlet") -> pd.DataFrame:
    """Share of quotes by source type (person, organization, media, anonymous, document,
    unknown) per outlet (or another articles column, or "corpus"), with its 95% bootstrap
    interval over the group's articles (the quotes are counted per article in SQL)."""
    per_article = corpus_sql(corpus, f"""
        with q as ({_quote_rows(corpus, by)})
        select grp as "{by}", article_id, speaker_type, count(*) as quotes
        from q group by all order by all""")  # fmt: skip
    return share_intervals(per_article, by, "speaker_type", weight="quotes")


def source_types(corpus, by: str = "article_id") -> pd.DataFrame:
    """Named persons vs organisations vs media vs anonymous vs unknown sources, per article (or
    per outlet, ...)."""
    return corpus_sql(corpus, f"""
        with q as ({_quote_rows(corpus, by)})
        select grp as "{by}", speaker_type, count(*) as quotes
        from q group by all order by all""")  # fmt: skip


def reporting_verbs(corpus) -> pd.DataFrame:
    """Reporting verbs with their connotation tier (neutral, endorsing, distancing, guilt,
    emotive): the quotes they introduce and the distinct speakers who used them."""
    return corpus_sql(corpus, f"""
        select cue, cue_tier, count(*) as quotes,
            count(distinct coalesce(speaker, '{UNKNOWN_LABEL}')) as speakers
        from quotes where cue is not null
        group by cue, cue_tier order by quotes desc, cue, cue_tier""")  # fmt: skip


def mentions_vs_quotes(corpus) -> pd.DataFrame:
    """Who is talked about vs who gets to speak: mentions and statements per registry actor."""
    return corpus_sql(corpus, f"""
        with mentioned as (
            select canonical, side, count(*) as mentions from entities
            where actor_type in ('person', 'organization', 'media') group by canonical, side),
        spoke as (
            select coalesce(speaker, '{UNKNOWN_LABEL}') as speaker,
                count(distinct (article_id, quote_group)) as statements
            from quotes group by 1)
        select m.canonical, coalesce(m.side, 'unknown') as side, m.mentions,
            coalesce(s.statements, 0) as statements
        from mentioned m left join spoke s on s.speaker = m.canonical
        order by m.mentions desc, m.canonical, side""")  # fmt: skip


QUOTE_EVIDENCE_COLUMNS = ["article_id", "kind", "speaker", "speaker_type", "speaker_side", "cue",
                          "cue_tier", "text", "sentence"]  # fmt: skip


def quote_evidence(corpus, *, limit: int | None = None) -> pd.DataFrame:
    """The quotes with their speakers, cues and the sentence each stands in, in article and
    text order (the first ``limit`` only, when given)."""
    rows = "" if limit is None else f"limit {int(limit)}"
    return corpus_sql(corpus, f"""
        select q.*, s.text as sentence from quotes q
        join sentences s using (article_id, sentence_id)
        order by q.article_id, q.start, q.end {rows}""")[QUOTE_EVIDENCE_COLUMNS]  # fmt: skip


def gender_labels(present: Iterable[str]) -> list[str]:
    """Female, male, the other labels present (sorted), unknown: always at least those three.

    >>> gender_labels(["unknown", "nonbinary", "male"])
    ['female', 'male', 'nonbinary', 'unknown']
    """
    others = sorted(set(present) - {*GENDER_ORDER, UNKNOWN_GENDER})
    return [*GENDER_ORDER, *others, UNKNOWN_GENDER]


def _week_or_group(by: str, articles_columns) -> str:
    """SQL: an article's group for the gender tables: "week" (the Monday its publication week
    starts, "(no date)" without a date), "corpus", or an articles column ("(unknown)" when
    missing)."""
    if by == "week":
        return f"coalesce(strftime(date_trunc('week', a.published), '%Y-%m-%d'), '{NO_DATE}')"
    if by in (CORPUS, "article_id"):
        return group_column(by, articles_columns)
    return f"coalesce(cast({group_column(by, articles_columns)} as varchar), '{UNKNOWN_LABEL}')"


def _person_quotes(corpus, by: str) -> str:
    """SQL: quotes of person speakers with their group, pooled gender and words."""
    group = _week_or_group(by, articles_columns(corpus))
    return f"""
        select {group} as grp, q.article_id, q.quote_group, q.speaker,
            coalesce(p.gender, '{UNKNOWN_GENDER}') as gender, {words_sql("q.text")} as words
        from quotes q left join articles a using (article_id)
            left join people p on p.canonical = q.speaker
        where q.speaker_type = 'person'"""


def gender_shares(corpus, by: str = "outlet") -> pd.DataFrame:
    """Statements, quoted words and distinct people of person speakers per group and gender,
    each with its share of the group; every group has a row for female, male and unknown. The
    statement and word shares carry their 95% bootstrap intervals over the group's articles
    (``statement_share_low``/``_high``, ``word_share_low``/``_high``; NaN for a group of one
    article), the people share its interval over the group's people (``people_share_low``/
    ``_high``: each person counted once, resampled). Counted in SQL per article and person."""
    quotes = _person_quotes(corpus, by)
    per_article = corpus_sql(corpus, f"""
        with q as ({quotes})
        select grp as "{by}", article_id, gender,
            count(distinct quote_group) as statements, cast(sum(words) as bigint) as words
        from q group by all order by all""")  # fmt: skip
    people = corpus_sql(corpus, f"""
        with q as ({quotes})
        select distinct grp as "{by}", speaker, gender from q order by all""")  # fmt: skip
    counts = (per_article.groupby([by, "gender"])[["statements", "words"]].sum()
              .rename(columns={"words": "quoted_words"})
              .join(people.groupby([by, "gender"]).size().rename("people")))  # fmt: skip
    grid = pd.MultiIndex.from_product(
        [sorted(per_article[by].unique(), key=_last(NO_DATE, UNKNOWN_LABEL)),
         gender_labels(per_article["gender"])], names=[by, "gender"]
    )  # fmt: skip
    table = counts.reindex(grid, fill_value=0).astype(int).reset_index()
    for count, share in GENDER_COUNTS.items():
        table[share] = table[count] / table.groupby(by)[count].transform("sum")
    for share, items, weight, unit in (("statement_share", per_article, "statements", "article_id"),
                                       ("word_share", per_article, "words", "article_id"),
                                       ("people_share", people, None, "speaker")):  # fmt: skip
        intervals = share_intervals(items, by, "gender", weight=weight, unit=unit)
        intervals = intervals.drop(columns="share")
        intervals.columns = [by, "gender", f"{share}_low", f"{share}_high"]
        table = table.merge(intervals, on=[by, "gender"], how="left")
    return table[[by, "gender", *(c for pair in GENDER_COUNTS.items() for c in pair),
                  *INTERVAL_COLUMNS]]  # fmt: skip


def _last(*labels: str):
    """A sort key that puts the placeholder labels after the real groups."""
    return lambda group: (group in labels, group)


def top_people_by_gender(corpus, top: int = 10) -> pd.DataFrame:
    """The ``top`` people quoted most per gender (by statements, then quoted words): people
    quoted at least once, in the order of ``gender_labels`` (one SQL query over the people)."""
    people = corpus_sql(corpus, f"""
        with quoted as (
            select coalesce(gender, '{UNKNOWN_GENDER}') as gender, canonical, gender_basis,
                statements, quoted_words, coalesce(side, 'unknown') as side
            from people where statements > 0)
        select * from quoted qualify row_number() over (
            partition by gender order by statements desc, quoted_words desc, canonical) <= $top
        order by gender, statements desc, quoted_words desc, canonical""",
        {"top": top})  # fmt: skip
    rank = {label: i for i, label in enumerate(gender_labels(people["gender"]))}
    order = people["gender"].map(rank).sort_values(kind="stable").index
    columns = ["gender", "canonical", "gender_basis", "statements", "quoted_words", "side"]
    return people.loc[order, columns].reset_index(drop=True)
