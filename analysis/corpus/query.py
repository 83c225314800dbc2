"""SQL over a corpus, in memory or in place on disk (DuckDB), and the queries built on it.

``connect(sources)`` opens a DuckDB connection where every table of the corpus is a view by
its name: a DataFrame in memory, or the Parquet parts of a saved corpus, read in place (only
the columns and row groups a query needs). The same SQL therefore runs over both, which is how
the corpus-level aggregations avoid a second code path.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from types import SimpleNamespace

import pandas as pd

# DuckDB's memory for one query (``$ANALYSIS_SQL_MEMORY``): above it, joins and aggregations
# spill to a temporary folder, so that a query over a corpus larger than memory stays within it.
SQL_MEMORY = os.environ.get("ANALYSIS_SQL_MEMORY", "512MB")
SQL_SPILL_DIR = os.path.join(tempfile.gettempdir(), "analysis-duckdb")
KWIC_COLUMNS = ["article_id", "sentence_id", "outlet", "published", "title", "left", "keyword",
                "right", "start", "end"]  # fmt: skip


def connect(sources: dict[str, object]):
    """A DuckDB connection with a view per table: ``sources`` maps a table's name to its
    DataFrame or to the list of its Parquet files."""
    import duckdb

    con = duckdb.connect(config={"memory_limit": SQL_MEMORY, "temp_directory": SQL_SPILL_DIR})
    with contextlib.suppress(duckdb.Error):  # under Jupyter without ipywidgets: no bar to turn off
        con.execute("set enable_progress_bar = false")  # a bar on a terminal is noise here
    for name, source in sources.items():
        if isinstance(source, pd.DataFrame):
            con.register(name, source)
        else:
            files = ", ".join("'" + str(path).replace("'", "''") + "'" for path in source)
            con.execute(f"create view {name} as select * from read_parquet([{files}], "
                        "union_by_name = true)")  # fmt: skip
    return con


def words_sql(column: str) -> str:
    """SQL: the number of words of a text column, counted by whitespace (0 for blank text)."""
    return (f"case when trim({column}) = '' then 0 "
            f"else len(regexp_split_to_array(trim({column}), '\\s+')) end")  # fmt: skip


def corpus_sql(corpus, query: str, params=None) -> pd.DataFrame:
    """A query over any corpus-like object: a Corpus (in memory or on disk) or anything with
    table attributes (``articles``, ``quotes``...)."""
    from ..schemas import TABLES

    if hasattr(corpus, "sql_sources"):
        sources = corpus.sql_sources()
    else:
        sources = {name: getattr(corpus, name) for name in TABLES if hasattr(corpus, name)}
    with connect(sources) as con:
        return con.execute(query, params).df()


def tables_of(corpus, **tables: pd.DataFrame | None):
    """What ``corpus_sql`` queries: a corpus, or tables given alone as DataFrames (the older
    calls, ``actor_mentions(corpus.entities)``), each named by its table.

    >>> frame = pd.DataFrame({"article_id": ["a"]})
    >>> tables_of(frame, entities=None).entities is frame
    True
    """
    if not isinstance(corpus, pd.DataFrame):
        return corpus
    names = list(tables)
    given = {name: frame for name, frame in tables.items() if frame is not None}
    return SimpleNamespace(**{names[0]: corpus}, **given)


def articles_columns(corpus) -> list[str]:
    """The columns of a corpus's articles table (none when it has no articles table)."""
    if not hasattr(corpus, "sql_sources") and not hasattr(corpus, "articles"):
        return []
    return list(corpus_sql(corpus, "select * from articles limit 0").columns)


def grouped(corpus, table: str, by: str, alias: str) -> tuple[str, str]:
    """SQL pieces for counting a table's rows per group of articles (``group_column``): the
    group expression and the ``from`` clause (the table joined to the articles when the group
    needs them)."""
    if by in ("article_id", "corpus"):
        return group_column(by, ()), f"{table} {alias}"
    return group_column(by, articles_columns(corpus)), (
        f"{table} {alias} left join articles a using (article_id)"
    )


CHART_ARTICLES = 100  # above this many articles, the notebooks draw per-article charts per outlet


def chart_unit(corpus, max_articles: int = CHART_ARTICLES, *, group: str = "outlet") -> str:
    """What a per-article chart draws one row for: "article_id" while the corpus has at most
    ``max_articles`` articles, else ``group`` (an articles column: one row per outlet), so that
    a chart of a corpus of any size stays readable and small."""
    count = corpus_sql(corpus, "select count(*) as n from articles").iloc[0, 0]
    return "article_id" if count <= max_articles else group


def preview(corpus, table: str, columns: list[str], *, order_by: list[str] | None = None,
            limit: int = 1000) -> pd.DataFrame:  # fmt: skip
    """The first ``limit`` rows of a table (the given columns, sorted by ``order_by``, missing
    values last): what a notebook shows of a table of any size, read in place on disk."""
    names = ", ".join(f'"{column}"' for column in columns)
    order = ""
    if order_by:
        order = "order by " + ", ".join(f'"{column}" nulls last' for column in order_by)
    return corpus_sql(corpus, f"select {names} from {table} {order} limit {int(limit)}")


def group_column(by: str, articles_columns) -> str:
    """The SQL expression of a grouping of articles: "corpus" (one group, "all articles"),
    "outlet" (a missing outlet is "(unknown)"), or another column of the articles table."""
    if by == "corpus":
        return "'all articles'"
    if by == "outlet":
        return "coalesce(a.outlet, '(unknown)')"
    if by == "article_id":
        return "article_id"
    if by not in set(articles_columns):
        raise ValueError(f"cannot group by {by!r}: not a column of the articles table")
    return f'a."{by}"'


def selected_articles(articles: pd.DataFrame, *, outlet=None, published=None,
                      article_ids=None) -> set[str]:  # fmt: skip
    """The ids of the articles that pass every given condition: ``outlet`` (a name or a list of
    names), ``published`` (start, end: inclusive, either may be None; an article without a date
    fails a date range) and ``article_ids``."""
    keep = pd.Series(True, index=articles.index)
    if outlet is not None:
        names = [outlet] if isinstance(outlet, str) else list(outlet)
        keep &= articles["outlet"].isin(names)
    if published is not None:
        start, end = published
        dates = pd.to_datetime(articles["published"])
        if start is not None:
            keep &= dates >= pd.Timestamp(start)
        if end is not None:
            keep &= dates <= pd.Timestamp(end)
    if article_ids is not None:
        keep &= articles["article_id"].isin(set(article_ids))
    return set(articles.loc[keep, "article_id"])


def keyword_pattern(keyword: str, regex: bool = False) -> str:
    """A case-blind pattern for a word or phrase, whole words only ("ceasefire" does not match
    "ceasefires"; the spaces of a phrase match any spacing), or the regular expression as
    given."""
    if regex:
        return keyword
    words = [re.escape(word) for word in keyword.split()]
    return r"\b" + r"\s+".join(words) + r"\b"


def kwic(corpus, keyword: str, *, window: int = 40, regex: bool = False) -> pd.DataFrame:
    """Keyword in context over the sentences of a corpus (see ``Corpus.kwic``). DuckDB finds
    the sentences (in place on a saved corpus); the matches within them are cut here."""
    pattern = keyword_pattern(keyword, regex)
    found = corpus.sql(
        "select s.article_id, s.sentence_id, s.start as sentence_start, s.text, a.outlet, "
        "a.published, a.title from sentences s join articles a using (article_id) "
        "where regexp_matches(s.text, $pattern, 'i') order by a.published, s.article_id, s.start",
        {"pattern": pattern},
    )
    compiled = re.compile(pattern, re.IGNORECASE)
    rows = [
        {"article_id": s.article_id, "sentence_id": s.sentence_id, "outlet": s.outlet,
         "published": s.published, "title": s.title,
         "left": s.text[max(0, m.start() - window) : m.start()].lstrip(),
         "keyword": m.group(0), "right": s.text[m.end() : m.end() + window].rstrip(),
         "start": s.sentence_start + m.start(), "end": s.sentence_start + m.end()}
        for s in found.itertuples()
        for m in compiled.finditer(s.text)
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)
