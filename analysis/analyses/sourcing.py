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

from ..corpus.query import corpus_sql, group_column, words_sql
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


def _quotes(corpus) -> pd.DataFrame:
    quotes = corpus.quotes.merge(
        corpus.articles[["article_id", "outlet"]], on="article_id", how="left"
    ).assign(corpus=ALL_ARTICLES)
    quotes["outlet"] = quotes["outlet"].fillna(UNKNOWN_LABEL)
    quotes["speaker"] = quotes["speaker"].fillna(UNKNOWN_LABEL)
    quotes["speaker_side"] = quotes["speaker_side"].fillna("unknown")
    quotes["words"] = quotes["text"].str.split().str.len()
    return quotes


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
    unknown) per outlet (or another articles column), with its 95% bootstrap interval over the
    outlet's articles."""
    return share_intervals(_quotes(corpus), by, "speaker_type")


def source_types(corpus) -> pd.DataFrame:
    """Named persons vs organisations vs media vs anonymous vs unknown sources, per article."""
    return (
        _quotes(corpus)
        .groupby(["article_id", "speaker_type"])
        .size()
        .rename("quotes")
        .reset_index()
    )


def reporting_verbs(corpus) -> pd.DataFrame:
    """Reporting verbs with their connotation tier (neutral, endorsing, distancing, guilt,
    emotive)."""
    quotes = _quotes(corpus)
    quotes = quotes[quotes["cue"].notna()]
    return (
        quotes.groupby(["cue", "cue_tier"], dropna=False)
        .agg(quotes=("text", "size"), speakers=("speaker", "nunique"))
        .reset_index()
        .sort_values("quotes", ascending=False)
    )


def mentions_vs_quotes(corpus) -> pd.DataFrame:
    """Who is talked about vs who gets to speak: mentions and statements per registry actor."""
    entities = corpus.entities[
        corpus.entities["actor_type"].isin(["person", "organization", "media"])
    ]
    mentions = entities.groupby(["canonical", "side"], dropna=False).size().rename("mentions")
    quotes = _quotes(corpus)
    statements = (
        quotes.drop_duplicates(["article_id", "quote_group"])
        .groupby("speaker")
        .size()
        .rename("statements")
    )
    table = mentions.reset_index().merge(
        statements, left_on="canonical", right_index=True, how="left"
    )
    table["statements"] = table["statements"].fillna(0).astype(int)
    table["side"] = table["side"].fillna("unknown")
    return table.sort_values("mentions", ascending=False).reset_index(drop=True)


def gender_labels(present: Iterable[str]) -> list[str]:
    """Female, male, the other labels present (sorted), unknown: always at least those three.

    >>> gender_labels(["unknown", "nonbinary", "male"])
    ['female', 'male', 'nonbinary', 'unknown']
    """
    others = sorted(set(present) - {*GENDER_ORDER, UNKNOWN_GENDER})
    return [*GENDER_ORDER, *others, UNKNOWN_GENDER]


def _article_groups(articles: pd.DataFrame, by: str) -> pd.DataFrame:
    """article_id and its group: an articles column, "week" (published, floored to Monday) or
    "corpus" (every article in one group)."""
    if by == CORPUS:
        return articles[["article_id"]].assign(corpus=ALL_ARTICLES)
    if by != "week":
        return articles[["article_id"]].assign(**{by: articles[by].fillna(UNKNOWN_LABEL)})
    day = articles["published"].dt.normalize()
    monday = day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    return articles[["article_id"]].assign(week=monday.dt.strftime("%Y-%m-%d").fillna(NO_DATE))


def _person_quotes(corpus, by: str) -> pd.DataFrame:
    """Quotes of person speakers with their group, pooled gender and words."""
    quotes = corpus.quotes[corpus.quotes["speaker_type"] == "person"]
    genders = corpus.people.set_index("canonical")["gender"]
    quotes = quotes.assign(
        gender=quotes["speaker"].map(genders).fillna(UNKNOWN_GENDER),
        words=quotes["text"].str.split().str.len().fillna(0),
    ).merge(_article_groups(corpus.articles, by), on="article_id", how="left")
    return quotes.fillna({by: NO_DATE if by == "week" else UNKNOWN_LABEL})


def gender_shares(corpus, by: str = "outlet") -> pd.DataFrame:
    """Statements, quoted words and distinct people of person speakers per group and gender,
    each with its share of the group; every group has a row for female, male and unknown. The
    statement and word shares carry their 95% bootstrap intervals over the group's articles
    (``statement_share_low``/``_high``, ``word_share_low``/``_high``; NaN for a group of one
    article), the people share its interval over the group's people (``people_share_low``/
    ``_high``: each person counted once, resampled)."""
    quotes = _person_quotes(corpus, by)
    counts = (
        quotes.groupby([by, "gender"])
        .agg(quoted_words=("words", "sum"), people=("speaker", "nunique"))
        .join(quotes.drop_duplicates([by, "article_id", "quote_group"]).groupby([by, "gender"])
              .size().rename("statements"))
    )  # fmt: skip
    grid = pd.MultiIndex.from_product(
        [sorted(quotes[by].unique(), key=_last(NO_DATE, UNKNOWN_LABEL)),
         gender_labels(quotes["gender"])], names=[by, "gender"]
    )  # fmt: skip
    table = counts.reindex(grid, fill_value=0).astype(int).reset_index()
    for count, share in GENDER_COUNTS.items():
        table[share] = table[count] / table.groupby(by)[count].transform("sum")
    statements = quotes.drop_duplicates([by, "article_id", "quote_group"])
    people = quotes.drop_duplicates([by, "speaker"])
    for share, items, weight, unit in (("statement_share", statements, None, "article_id"),
                                       ("word_share", quotes, "words", "article_id"),
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
    quoted at least once, in the order of ``gender_labels``."""
    people = corpus.people[corpus.people["statements"] > 0].assign(
        gender=lambda d: d["gender"].fillna(UNKNOWN_GENDER),
        side=lambda d: d["side"].fillna("unknown"),
    )
    rank = {label: i for i, label in enumerate(gender_labels(people["gender"]))}
    ranked = people.sort_values(
        ["gender", "statements", "quoted_words", "canonical"],
        ascending=[True, False, False, True],
        key=lambda column: column.map(rank) if column.name == "gender" else column,
    )
    columns = ["gender", "canonical", "gender_basis", "statements", "quoted_words", "side"]
    return ranked.groupby("gender", sort=False).head(top)[columns].reset_index(drop=True)
