"""The Corpus: a bundle of validated tables with stable keys, saved and opened as Parquet."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import NOT_A_CORPUS, CorpusError
from ..knowledge.topics import Side
from ..schemas import TABLES, validate
from .bulk import gc_paused
from .cache import write_atomically
from .people import people_table

PROVENANCE_FILE = "provenance.json"
DERIVED = {"people"}  # tables rebuilt from the others when a saved corpus lacks them


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
        """Write every table as Parquet (plus provenance.json) into folder; atomic per file."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        for name, frame in self.tables().items():
            buffer = io.BytesIO()
            frame.to_parquet(buffer, index=False)
            write_atomically(folder / f"{name}.parquet", buffer.getvalue())
        write_atomically(
            folder / PROVENANCE_FILE, json.dumps(self.provenance, indent=2, sort_keys=True).encode()
        )
        return folder


def open_corpus(folder) -> Corpus:
    """A Corpus saved with Corpus.save, with every column's type restored."""
    folder = Path(folder)
    missing = [
        f"{name}.parquet"
        for name in TABLES
        if name not in DERIVED and not (folder / f"{name}.parquet").exists()
    ]
    if missing:
        raise CorpusError(NOT_A_CORPUS.format(path=folder, missing=", ".join(missing)))
    with gc_paused():
        tables = {
            name: validate(model, pd.read_parquet(folder / f"{name}.parquet"))
            for name, model in TABLES.items()
            if (folder / f"{name}.parquet").exists()
        }
    provenance_path = folder / PROVENANCE_FILE
    provenance = json.loads(provenance_path.read_text()) if provenance_path.exists() else {}
    return Corpus(**tables, provenance=provenance)
