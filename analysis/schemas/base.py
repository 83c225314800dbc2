"""What every table schema shares: the span columns and the helpers that build tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series


class TableModel(pa.DataFrameModel):
    """Base of the table schemas: columns are coerced to their declared types."""

    class Config:
        coerce = True
        strict = True


class ArticleKeyed(TableModel):
    article_id: Series[str] = pa.Field(
        description="Article the row belongs to (articles.article_id)."
    )
    sentence_id: Series[int] = pa.Field(
        ge=0, description="Sentence within the article (sentences.sentence_id), counted from 0."
    )


class Spanned(ArticleKeyed):
    start: Series[int] = pa.Field(
        ge=0, description="Character offset of the span's start in articles.text."
    )
    end: Series[int] = pa.Field(
        ge=0, description="Character offset just past the span's end in articles.text."
    )
    text: Series[str] = pa.Field(description="The span's words: exactly articles.text[start:end].")


def list_columns(model: type[TableModel]) -> list[str]:
    """Columns holding Python lists (stored as Parquet lists, restored as lists on open)."""
    return [
        name
        for name, column in model.to_schema().columns.items()
        if str(column.dtype) == "object" and column.title == "list"
    ]


def columns(model: type[TableModel]) -> list[str]:
    return list(model.to_schema().columns)


def build(model: type[TableModel], rows) -> pd.DataFrame:
    """A validated table from row dicts or a DataFrame (missing columns become missing values)."""
    if isinstance(rows, pd.DataFrame):
        frame = rows.reindex(columns=columns(model))
    else:
        frame = pd.DataFrame.from_records(list(rows), columns=columns(model))
    return validate(model, frame)


def validate(model: type[TableModel], frame: pd.DataFrame) -> pd.DataFrame:
    for name in list_columns(model):
        frame[name] = [_as_list(v) for v in frame[name]]
    return model.validate(frame)


def _as_list(value) -> list:
    """A cell of a list column as a Python list (Parquet gives NumPy arrays: their items become
    Python values); missing values become empty lists."""
    if type(value) is list:
        return value
    if isinstance(value, np.ndarray):
        return value.tolist()
    if value is None or isinstance(value, float):
        return []
    return list(value)


def ListField(description: str, **kwargs):
    """A column of Python lists (of strings unless the description says otherwise)."""
    return pa.Field(title="list", description=description, **kwargs)
