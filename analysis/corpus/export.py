"""A corpus exported for other tools: every table as CSV (or an .xlsx workbook) plus a codebook.

    corpus.export("out/", format="csv")    # out/articles.csv ... out/codebook.csv
    corpus.export("out/", format="xlsx")   # out/corpus.xlsx: a sheet per table + "codebook"

Colleagues who work in R, Stata or SPSS read these without Python. List columns (the cue words
of a frame, the actors of an event) are written as their items joined by " | "; dates as ISO
text (Excel cannot hold a time zone). In a workbook, a text longer than an Excel cell holds
(32,767 characters: a few very long articles) is cut there; the CSV keeps it whole. The
codebook is the data dictionary: one row per column of each table with its type, whether it
may be missing, its allowed values and its description. CSV is written table part by table
part, so a corpus on disk larger than memory exports too; an Excel sheet holds at most
1,048,575 rows, and a larger table is refused with a message that says to export CSV.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import CorpusError
from ..schemas import TABLES, list_columns
from ..schemas.dictionary import codebook_rows

FORMATS = ("csv", "xlsx")
EXCEL_ROWS = 1_048_575  # a sheet's rows below its header
EXCEL_CELL = 32_767  # characters a cell holds
LIST_SEPARATOR = " | "


def export(corpus, folder, *, format: str = "csv") -> list[Path]:
    """Write every table of ``corpus`` and the codebook into ``folder``; the paths written."""
    if format not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {format!r}")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    codebook = pd.DataFrame(codebook_rows(TABLES))
    if format == "xlsx":
        return [_workbook(corpus, folder / "corpus.xlsx", codebook)]
    written = []
    for name in TABLES:
        path = folder / f"{name}.csv"
        for i, part in enumerate(corpus.table_parts(name)):
            flat(name, part).to_csv(path, mode="w" if i == 0 else "a", header=i == 0, index=False)
        written.append(path)
    codebook.to_csv(folder / "codebook.csv", index=False)
    return [*written, folder / "codebook.csv"]


def flat(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    """A table with its list columns joined into text and its dates as ISO text."""
    frame = frame.copy()
    for name in list_columns(TABLES[table]):
        frame[name] = [LIST_SEPARATOR.join(map(str, items)) for items in frame[name]]
    for name in frame.columns:
        if pd.api.types.is_datetime64_any_dtype(frame[name]):
            frame[name] = frame[name].map(lambda t: "" if pd.isna(t) else t.isoformat())
    return frame


def _workbook(corpus, path: Path, codebook: pd.DataFrame) -> Path:
    """One .xlsx workbook: a sheet per table, then the codebook."""
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name in TABLES:
            frame = pd.concat([flat(name, part) for part in corpus.table_parts(name)],
                              ignore_index=True)  # fmt: skip
            if len(frame) > EXCEL_ROWS:
                raise CorpusError(
                    f"the {name} table has {len(frame):,} rows, more than an Excel sheet holds "
                    f"({EXCEL_ROWS:,}): export CSV instead (format='csv')"
                )
            _cells_cut(frame).to_excel(writer, sheet_name=name, index=False)
        codebook.to_excel(writer, sheet_name="codebook", index=False)
    return path


def _cells_cut(frame: pd.DataFrame) -> pd.DataFrame:
    """Texts cut to what an Excel cell holds."""
    for name in frame.columns:
        frame[name] = [v[:EXCEL_CELL] if isinstance(v, str) else v for v in frame[name]]
    return frame
