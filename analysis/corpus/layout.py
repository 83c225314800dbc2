"""The corpus layout on disk: one folder per table, holding Parquet parts.

    DIR/provenance.json
    DIR/articles/part-00000.parquet
    DIR/sentences/part-00000.parquet  part-00001.parquet ...
    ...

``Corpus.save`` writes one part per table; a streaming build (``analysis.corpus.stream``) writes
one part per batch of articles, so a table of any size is written without holding it whole.
Every part is written atomically (a reader sees a whole part or none). A table is read as the
union of its parts, in part order, by pandas (``read_table``) or in place by DuckDB
(``part_glob``). Folders saved before this layout (one ``<table>.parquet`` file per table) are
read too.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from .cache import write_atomically

PART = "part-{index:05d}.parquet"


def table_dir(folder: Path, table: str) -> Path:
    return Path(folder) / table


def part_path(folder: Path, table: str, index: int) -> Path:
    return table_dir(folder, table) / PART.format(index=index)


def table_files(folder: Path, table: str) -> list[Path]:
    """The Parquet files of a table, in part order (the old layout's single file, or none)."""
    parts = sorted(table_dir(folder, table).glob("part-*.parquet"))
    flat = Path(folder) / f"{table}.parquet"
    return parts or ([flat] if flat.exists() else [])


def has_table(folder: Path, table: str) -> bool:
    return bool(table_files(folder, table))


def part_glob(folder: Path, table: str) -> list[str]:
    """The table's files as DuckDB reads them (a list of paths)."""
    return [str(path) for path in table_files(folder, table)]


def write_part(folder: Path, table: str, index: int, frame: pd.DataFrame) -> Path:
    """Write one part of a table atomically; an older part of that index is replaced."""
    path = part_path(folder, table, index)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    write_atomically(path, buffer.getvalue())
    return path


def remove_parts(folder: Path, table: str, keep: set[int] = frozenset()) -> None:
    """Remove a table's parts other than those of ``keep`` (and its old-layout file)."""
    for path in table_files(folder, table):
        if path.parent.name != table or int(path.stem.split("-")[1]) not in keep:
            path.unlink(missing_ok=True)


def row_count(folder: Path, table: str) -> int:
    """Rows of a table, from the Parquet footers (nothing else is read)."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(path).metadata.num_rows for path in table_files(folder, table))


def read_table(folder: Path, table: str, article_ids=None) -> pd.DataFrame:
    """A table's rows from all its parts, optionally only those of ``article_ids``."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    files = [str(p) for p in table_files(folder, table)]
    # a part whose column is all missing stores it as null: the parts' types are unified
    schema = pa.unify_schemas([pq.read_schema(f) for f in files], promote_options="permissive")
    dataset = ds.dataset(files, schema=schema, format="parquet")
    selected = None
    if article_ids is not None and "article_id" in dataset.schema.names:
        selected = ds.field("article_id").isin(sorted(set(article_ids)))
    return dataset.to_table(filter=selected).to_pandas()
