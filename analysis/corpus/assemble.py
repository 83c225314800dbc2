"""Putting a corpus together: annotation rows gathered in chunks as articles arrive, then the
validated tables (duplicates marked, events linked) and the corpus's provenance."""

from __future__ import annotations

import dataclasses
import hashlib

import pandas as pd

from ..extract import ANNOTATION_TABLES
from ..ingest.duplicates import find_duplicates
from ..schemas import TABLES, build, columns, list_columns, validate
from .corpus import Corpus
from .linking import link_events

# Steps over whole tables after all articles are annotated: table -> DataFrame -> DataFrame.
CORPUS_STEPS = (("events", link_events),)


class TableChunks:
    """Annotation rows gathered into DataFrame chunks as articles arrive (Python lists of row
    values take several times the memory of the same values in a DataFrame), put back in
    article order at the end."""

    CHUNK = 100  # articles per chunk

    def __init__(self):
        self.pending: list[tuple[int, dict]] = []
        self.frames: dict[str, list[pd.DataFrame]] = {name: [] for name in ANNOTATION_TABLES}
        self.flushed = False
        # one object per distinct list item (lexicon words recur in every article)
        self.items: dict = {}

    def add(self, position: int, tables: dict[str, dict[str, list]]) -> None:
        self.pending.append((position, tables))
        if len(self.pending) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        if not self.pending and self.flushed:
            return
        self.flushed = True
        for name in self.frames:
            parts = [tables[name] for _, tables in self.pending]
            frame = _concat_columns(name, parts, self.items)
            frame[ORDER] = [
                position
                for position, tables in self.pending
                for _ in range(len(next(iter(tables[name].values()), ())))
            ]
            self.frames[name].append(frame)
        self.pending = []

    def table(self, name: str) -> pd.DataFrame:
        """All rows of a table, in article order (rows of one article keep their order). The
        chunks are handed over: asking twice for a table is an error."""
        self.flush()
        frames = self.frames.pop(name)
        frame = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
        if not frame[ORDER].is_monotonic_increasing:
            frame = frame.sort_values(ORDER, kind="stable", ignore_index=True)
        return frame.drop(columns=ORDER)


ORDER = "__position"


def assemble(entries, rows_of: TableChunks, problems, fingerprint, topic=None) -> Corpus:
    """The Corpus of the kept entries (article rows, signatures), their annotation rows and the
    problems with the input."""
    article_columns = [c for c in columns(TABLES["articles"]) if not c.startswith("duplicate_")]
    articles = pd.DataFrame([entry["article"] for entry in entries], columns=article_columns)
    if len(articles):
        articles = articles.join(
            find_duplicates(articles, [entry["signature"] for entry in entries])
        )
    tables = {"articles": build(TABLES["articles"], articles)}
    for name in ANNOTATION_TABLES:
        tables[name] = build(TABLES[name], rows_of.table(name))
    for name, step in CORPUS_STEPS:
        tables[name] = validate(TABLES[name], step(tables[name]))
    tables["problems"] = build(TABLES["problems"], [dataclasses.asdict(p) for p in problems])
    provenance = {
        **fingerprint,
        "corpus_hash": _corpus_hash(tables["articles"]),
        "n_articles": len(articles),
        "topic": topic.record() if topic is not None else None,
    }
    return Corpus(**tables, provenance=provenance)


def _concat_columns(table: str, parts: list[dict[str, list]], items: dict) -> pd.DataFrame:
    """One DataFrame from several articles' columns. Items of list columns are replaced in place
    by the equal object in ``items``: the lists then hold shared strings, not a copy per row."""
    names = columns(TABLES[table])
    data = {name: [value for part in parts for value in part.get(name, ())] for name in names}
    for name in list_columns(TABLES[table]):
        for value in data[name]:
            if type(value) is list:
                value[:] = [items.setdefault(item, item) for item in value]
    return pd.DataFrame(data, columns=names)


def _corpus_hash(articles: pd.DataFrame) -> str:
    digest = hashlib.sha256()
    for article_id, text_hash in zip(articles["article_id"], articles["text_hash"], strict=True):
        digest.update(f"{article_id}:{text_hash}\n".encode())
    return digest.hexdigest()[:16]
