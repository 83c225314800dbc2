"""The Corpus: a bundle of validated tables with stable keys, saved and opened as Parquet.

A Corpus in memory holds pandas DataFrames. ``open_corpus`` gives a ``DatasetCorpus``: the same
API over a folder of Parquet parts (``layout``), whose tables are read only when asked for, and
refused above a row limit (``MAX_ROWS``, ``$ANALYSIS_MAX_ROWS``: 5 million rows by default), so
that a corpus larger than memory is queried in place instead: ``corpus.sql(...)`` (DuckDB),
``corpus.filter(...)`` (a small in-memory Corpus), ``corpus.kwic(...)``.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import NOT_A_CORPUS, TABLE_TOO_LARGE, CorpusError
from ..knowledge.topics import Side
from ..schemas import TABLES, validate
from . import layout
from .bulk import gc_paused
from .cache import write_atomically
from .people import people_rows, people_table
from .query import connect

PROVENANCE_FILE = "provenance.json"
DERIVED = {"people"}  # tables rebuilt from the others when a saved corpus lacks them
MAX_ROWS = int(os.environ.get("ANALYSIS_MAX_ROWS", 5_000_000))  # rows a table may load into pandas


@dataclass
class Corpus:
    """Tables of one corpus: articles, sentences, entities, quotes, events, frames, problems,
    and people (built from entities and quotes when not given)."""

    articles: pd.DataFrame
    sentences: pd.DataFrame
    entities: pd.DataFrame
    quotes: pd.DataFrame
    events: pd.DataFrame
    frames: pd.DataFrame
    problems: pd.DataFrame
    people: pd.DataFrame | None = None
    provenance: dict = field(default_factory=dict)
    cache_stats: dict = field(
        default_factory=dict, compare=False
    )  # articles from cache / annotated

    def __post_init__(self):
        if self.people is None:
            self.people = validate(TABLES["people"], people_table(self.entities, self.quotes))

    def tables(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in TABLES}

    @property
    def topic(self) -> str | None:
        """The name of the topic pack the corpus was annotated with (None: no pack)."""
        return (self.provenance.get("topic") or {}).get("name")

    @property
    def sides(self) -> tuple[Side, ...]:
        """The sides of the corpus's topic pack, in legend order with their colours; empty
        without a pack (or when the pack defines none)."""
        recorded = (self.provenance.get("topic") or {}).get("sides") or []
        return tuple(Side(side["label"], side["colour"]) for side in recorded)

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name} {len(frame)}" for name, frame in self.tables().items())
        return f"<Corpus {sizes}>"

    def deduplicated(self) -> Corpus:
        """The corpus without articles marked as duplicates (and without their rows)."""
        keep = set(self.articles.loc[self.articles["duplicate_of"].isna(), "article_id"])
        tables = {
            name: frame[frame["article_id"].isin(keep)].reset_index(drop=True)
            if "article_id" in frame.columns
            else frame
            for name, frame in self.tables().items()
            if name != "people"  # rebuilt from the rows kept
        }
        return Corpus(**tables, provenance=self.provenance)

    def save(self, folder) -> Path:
        """Write every table as Parquet (one part each, plus provenance.json) into folder, in
        the layout that ``open_corpus`` reads; atomic per file."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, frame in self.tables().items():
            layout.write_part(folder, name, 0, frame)
            layout.remove_parts(folder, name, keep={0})
        write_provenance(folder, self.provenance)
        return folder

    def sql(self, query: str, params=None) -> pd.DataFrame:
        """The result of a DuckDB query over the corpus's tables, by name ("select speaker,
        count(*) from quotes group by 1"), as a DataFrame."""
        with connect(self.sql_sources()) as con:
            return con.execute(query, params).df()

    def sql_sources(self) -> dict[str, object]:
        """What each table is read from in SQL: here, its DataFrame."""
        return self.tables()

    def filter(self, *, outlet=None, published=None, article_ids=None) -> Corpus:
        """A Corpus in memory of the articles of ``outlet`` (a name or several), published
        within ``published`` (start, end; inclusive; either may be None) and of
        ``article_ids``, with their rows of every table."""
        from .query import selected_articles

        articles = self.sql("select article_id, outlet, published from articles")
        keep = selected_articles(articles, outlet=outlet, published=published,
                                 article_ids=article_ids)  # fmt: skip
        tables = {
            name: validate(TABLES[name], self.rows_of(name, keep))
            for name in TABLES
            if name not in DERIVED
        }
        provenance = {**self.provenance, "n_articles": len(keep)}
        return Corpus(**tables, provenance=provenance)

    def rows_of(self, table: str, article_ids: set[str]) -> pd.DataFrame:
        """A table's rows of these articles (all rows of a table without article ids)."""
        frame = getattr(self, table)
        if "article_id" not in frame.columns:
            return frame.copy()
        return frame[frame["article_id"].isin(article_ids)].reset_index(drop=True)

    def kwic(self, keyword: str, *, window: int = 40, regex: bool = False) -> pd.DataFrame:
        """Keyword in context: every sentence that holds ``keyword`` (a word or phrase, any
        case; a regular expression with ``regex=True``), with ``window`` characters of context
        on each side within the sentence, its article, outlet and date, and the offsets of the
        match in the article's text."""
        from .query import kwic

        return kwic(self, keyword, window=window, regex=regex)

    def export(self, folder, format: str = "csv") -> list[Path]:
        """Every table as CSV files (or one .xlsx workbook, a sheet per table), with the data
        dictionary as a codebook, for colleagues who work in R, Stata or SPSS."""
        from .export import export

        return export(self, folder, format=format)

    def table_parts(self, table: str):
        """A table in parts small enough to hold (here: the whole table)."""
        yield getattr(self, table)


class DatasetCorpus(Corpus):
    """A corpus saved on disk (``Corpus.save`` or a streaming build), opened without loading:
    a table is read (and validated) when first asked for, unless it has more than ``max_rows``
    rows; ``sql``, ``filter`` and ``kwic`` run in place on the Parquet files."""

    def __init__(self, folder, provenance: dict, max_rows: int | None = None):
        self.folder = Path(folder)
        self.provenance = provenance
        self.cache_stats = {}
        self.max_rows = MAX_ROWS if max_rows is None else max_rows
        self.loaded: dict[str, pd.DataFrame] = {}

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name} {self.row_count(name)}" for name in self.on_disk())
        return f"<Corpus on disk at {self.folder}: {sizes}>"

    def on_disk(self) -> list[str]:
        return [name for name in TABLES if layout.has_table(self.folder, name)]

    def row_count(self, table: str) -> int:
        return layout.row_count(self.folder, table)

    def table(self, name: str) -> pd.DataFrame:
        """The table as a validated DataFrame (read once), or a clear error above the limit."""
        if name not in self.loaded:
            if name in DERIVED and not layout.has_table(self.folder, name):
                frame = self.derived_people()
            else:
                rows = self.row_count(name)
                if rows > self.max_rows:
                    raise CorpusError(TABLE_TOO_LARGE.format(
                        table=name, rows=rows, limit=self.max_rows, path=self.folder))  # fmt: skip
                with gc_paused():
                    frame = layout.read_table(self.folder, name)
            self.loaded[name] = validate(TABLES[name], frame)
        return self.loaded[name]

    def in_memory(self) -> Corpus:
        """Every table read: a Corpus in memory."""
        return Corpus(**self.tables(), provenance=self.provenance)

    def derived_people(self) -> pd.DataFrame:
        """The people table, built by SQL over the entities and quotes where they are (on
        disk: read in place, whatever their size)."""
        with connect(self.stored_sources()) as con:
            return people_rows(con)

    def stored_sources(self) -> dict[str, object]:
        """Tables on disk, read in place, and the tables already loaded."""
        sources = {name: layout.part_glob(self.folder, name) for name in self.on_disk()}
        return {**self.loaded, **sources}

    def sql_sources(self) -> dict[str, object]:
        """Tables on disk are read in place; a derived table missing on disk is built once
        (people: one row per person, small whatever the corpus)."""
        missing = [name for name in DERIVED if name not in self.on_disk()]
        return {**{name: self.table(name) for name in missing}, **self.stored_sources()}

    def rows_of(self, table: str, article_ids: set[str]) -> pd.DataFrame:
        if table in self.loaded:
            return super().rows_of(table, article_ids)
        return layout.read_table(self.folder, table, article_ids=article_ids)

    def table_parts(self, table: str):
        if table in DERIVED and not layout.has_table(self.folder, table):
            yield self.table(table)
            return
        for path in layout.table_files(self.folder, table):
            yield validate(TABLES[table], pd.read_parquet(path))

    def save(self, folder) -> Path:
        """Copy the dataset's files into folder (the same layout)."""
        folder = Path(folder)
        if folder.resolve() == self.folder.resolve():
            return folder
        for name in self.on_disk():
            layout.remove_parts(folder, name)
            for path in layout.table_files(self.folder, name):
                target = layout.table_dir(folder, name) / (
                    path.name if path.parent.name == name else layout.PART.format(index=0)
                )
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
        write_provenance(folder, self.provenance)
        return folder


def _table_property(name: str) -> property:
    return property(lambda self: self.table(name), doc=f"The {name} table (read when asked).")


for _name in TABLES:
    setattr(DatasetCorpus, _name, _table_property(_name))


def write_provenance(folder: Path, provenance: dict) -> None:
    data = json.dumps(provenance, indent=2, sort_keys=True, default=str).encode()
    write_atomically(Path(folder) / PROVENANCE_FILE, data)


def is_dataset(source) -> bool:
    """Whether ``source`` is a folder holding a saved corpus."""
    if not isinstance(source, str | os.PathLike):
        return False
    folder = Path(source)
    return (folder / PROVENANCE_FILE).is_file() and layout.has_table(folder, "articles")


def open_corpus(folder, *, max_rows: int | None = None) -> DatasetCorpus:
    """A corpus saved with ``Corpus.save`` or built with ``build_dataset``, opened in place:
    its tables are read when first used (at most ``max_rows`` rows each, default
    ``MAX_ROWS``), with every column's type restored."""
    folder = Path(folder)
    missing = [
        f"{name}/ (or {name}.parquet)"
        for name in TABLES
        if name not in DERIVED and not layout.has_table(folder, name)
    ]
    if missing:
        raise CorpusError(NOT_A_CORPUS.format(path=folder, missing=", ".join(missing)))
    provenance_path = folder / PROVENANCE_FILE
    provenance = json.loads(provenance_path.read_text()) if provenance_path.exists() else {}
    return DatasetCorpus(folder, provenance, max_rows=max_rows)
