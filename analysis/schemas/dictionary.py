"""The columns of every table in words: type, whether a value may be missing, allowed values and
description, read from the schemas (for the data dictionary and the exported codebook)."""

from __future__ import annotations

import inspect

CHECK_TEXT = {
    "isin": lambda s: "one of: " + ", ".join(f"`{v}`" for v in s["allowed_values"]),
    "greater_than_or_equal_to": lambda s: f"≥ {s['min_value']}",
    "greater_than": lambda s: f"> {s['min_value']}",
    "less_than_or_equal_to": lambda s: f"≤ {s['max_value']}",
    "less_than": lambda s: f"< {s['max_value']}",
    "in_range": lambda s: f"{s['min_value']} to {s['max_value']}",
    "str_matches": lambda s: f"matches `{s['pattern']}`",
    "equal_to": lambda s: f"= `{s['value']}`",
}


def column_type(column) -> str:
    """A column's type in plain words, independent of the pandas version."""
    if column.title == "list":
        return "list"
    dtype = str(column.dtype).lower()
    for marker, name in (
        ("datetime", "datetime"),
        ("timestamp", "datetime"),
        ("bool", "boolean"),
        ("int", "integer"),
        ("float", "float"),
        ("str", "string"),
    ):
        if marker in dtype:
            return name
    return dtype


def allowed_values(column) -> str:
    parts = [
        CHECK_TEXT.get(check.name, lambda s, n=check.name: f"{n} {s}")(check.statistics)
        for check in column.checks
    ]
    if column.unique:
        parts.append("unique")
    return "; ".join(parts)


def codebook_rows(tables: dict) -> list[dict]:
    """One row per column of each table (``tables``: name -> schema), in schema order."""
    rows = []
    for name, model in tables.items():
        schema = model.to_schema()
        summary = " ".join((inspect.getdoc(model) or "").split())
        for column_name, column in schema.columns.items():
            rows.append({"table": name, "column": column_name, "type": column_type(column),
                         "missing_allowed": "yes" if column.nullable else "no",
                         "allowed_values": allowed_values(column),
                         "description": " ".join((column.description or "").split()),
                         "table_description": summary})  # fmt: skip
    return rows
