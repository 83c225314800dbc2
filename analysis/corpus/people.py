"""The people table: one row per distinct person, from the entities and quotes tables.

A person is a canonical name that the entities table gives a gender call (a person mention) or
that speaks as ``speaker_type`` person. Each article's call for the person (entities.gender,
decided from that article's evidence, read from its first mention there) is pooled over the
corpus: the pack's gender when the pack gives one; else the calls of the strongest basis found
(title, then pronoun, then first name), by majority (a tie goes to the gender of the first
article, by article_id), the confidence scaled by the share of those calls that agree. The side
is the one most of the person's mentions carry (a tie: the first in alphabetical order), else
the side of their first statement.

One DuckDB query (``PEOPLE_SQL``), so that the table is built the same way from DataFrames in
memory and from the Parquet parts of a corpus on disk, whose entities need not fit in memory.
"""

from __future__ import annotations

import pandas as pd

from ..nlp.gender import UNKNOWN
from .query import connect, words_sql

BASIS_ORDER = ("pack", "title", "pronoun", "first_name", "none")
COLUMNS = ["canonical", "gender", "gender_basis", "gender_confidence", "gender_evidence", "side",
           "statements", "quoted_words", "mentions", "articles"]  # fmt: skip
_BASES = ", ".join(f"'{basis}'" for basis in BASIS_ORDER[:-1])

PEOPLE_SQL = f"""
with persons as (
    select canonical, article_id, start, gender, gender_basis, gender_confidence,
        gender_evidence, side
    from entities where gender is not null and canonical is not null),
speakers as (
    select speaker, article_id, quote_group, start, speaker_side, {words_sql("text")} as words
    from quotes where speaker_type = 'person' and speaker is not null),
calls as (  -- each article's call: its first mention of the person
    select * from persons
    qualify row_number() over (partition by canonical, article_id order by start) = 1),
strongest as (  -- the calls of the strongest basis found for the person
    select * from calls where list_position([{_BASES}], gender_basis) is not null
    qualify dense_rank() over (partition by canonical
                               order by list_position([{_BASES}], gender_basis)) = 1),
votes as (
    select canonical, gender, count(*) as agreeing, min(article_id) as first_article,
        sum(count(*)) over (partition by canonical) as calls
    from strongest group by canonical, gender),
chosen as (
    select * from votes
    qualify row_number() over (partition by canonical order by agreeing desc, first_article) = 1),
pooled as (
    select c.canonical, c.gender, s.gender_basis,
        round(s.gender_confidence * c.agreeing / c.calls, 3) as gender_confidence,
        s.gender_evidence || ' (' || s.article_id || ')' || case when c.calls > 1
            then '; ' || c.agreeing || ' of ' || c.calls || ' articles agree' else '' end
            as gender_evidence
    from chosen c join strongest s on s.canonical = c.canonical and s.gender = c.gender
    qualify row_number() over (partition by c.canonical order by s.article_id, s.start) = 1),
named_side as (
    select canonical, side from persons where side is not null group by canonical, side
    qualify row_number() over (partition by canonical order by count(*) desc, side) = 1),
spoken_side as (
    select speaker as canonical, speaker_side as side from speakers
    where speaker_side is not null
    qualify row_number() over (partition by speaker order by article_id, start) = 1),
mentioned as (select canonical, count(*) as mentions from persons group by canonical),
said as (
    select speaker as canonical, count(distinct (article_id, quote_group)) as statements,
        sum(words) as quoted_words
    from speakers group by speaker),
present as (
    select canonical, count(distinct article_id) as articles from (
        select canonical, article_id from persons
        union all select speaker, article_id from speakers) group by canonical)
select p.canonical, coalesce(g.gender, $unknown) as gender,
    coalesce(g.gender_basis, 'none') as gender_basis,
    coalesce(g.gender_confidence, 0.0) as gender_confidence,
    coalesce(g.gender_evidence, '') as gender_evidence,
    coalesce(n.side, s.side) as side,
    cast(coalesce(d.statements, 0) as bigint) as statements,
    cast(coalesce(d.quoted_words, 0) as bigint) as quoted_words,
    cast(coalesce(m.mentions, 0) as bigint) as mentions,
    cast(p.articles as bigint) as articles
from present p
left join pooled g using (canonical) left join named_side n using (canonical)
left join spoken_side s using (canonical) left join mentioned m using (canonical)
left join said d using (canonical)
order by p.canonical"""


def people_table(entities: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    """The people table of an entities and a quotes table in memory."""
    with connect({"entities": entities, "quotes": quotes}) as con:
        return people_rows(con)


def people_rows(con) -> pd.DataFrame:
    """The people table from a DuckDB connection that has ``entities`` and ``quotes`` views
    (``analysis.corpus.query.connect``): DataFrames, or Parquet parts read in place."""
    people = con.execute(PEOPLE_SQL, {"unknown": UNKNOWN}).df()
    return people[COLUMNS]
