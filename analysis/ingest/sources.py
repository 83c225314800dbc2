"""Reading sources into raw articles: directories, files, records and DataFrames.

Nothing here changes an input. A file that cannot be read becomes a ``Problem`` naming the file
and the reason; the others load. Only a source that is unusable as a whole raises ``CorpusError``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd

from ..errors import (
    EMPTY_SOURCE,
    METADATA_KEY,
    NO_TEXT_COLUMN,
    SOURCE_KIND,
    SOURCE_MISSING,
    CorpusError,
    Unreadable,
)
from ..knowledge import knowledge_cache, read_yaml
from .decoding import read_text_file
from .html import read_html
from .lexisnexis import is_export, read_export
from .nexis_uni import read_docx
from .records import Problem, RawArticle

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".csv")
WORD_SUFFIXES = (".docx",)  # Nexis Uni downloads (analysis.ingest.nexis_uni)
ARTICLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + WORD_SUFFIXES
METADATA_FILE = "metadata.csv"
TOPIC_FILE = "topic.yaml"  # the corpus's topic pack (analysis.knowledge.topics), not an article
COLUMNS_FILE = "input_columns.yaml"
METADATA_FIELDS = ("title", "outlet", "url", "published", "date_confidence", "date_basis")


def text_id(text: str) -> str:
    """A stable id for an article without one: a hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def read_source(
    source, metadata=None, *, defaults: dict | None = None
) -> tuple[list[RawArticle], list[Problem]]:
    """Raw articles and problems from any supported source, with metadata merged in;
    ``defaults`` fill the metadata fields that an article lacks (e.g. the outlet of a folder
    of one outlet's articles)."""
    articles, problems = _dispatch(source)
    meta_table = _metadata_table(source, metadata)
    if meta_table is not None:
        problems += _apply_metadata(articles, meta_table)
    if defaults:
        _apply_defaults(articles, defaults)
    articles, dup_problems = _drop_duplicate_ids(articles)
    return articles, problems + dup_problems


def _dispatch(source):
    if isinstance(source, pd.DataFrame):
        return _from_records(source, "<DataFrame>")
    if isinstance(source, (list, tuple)):
        return _from_paths([Path(p) for p in source])
    path = Path(source)
    if not path.exists():
        raise CorpusError(SOURCE_MISSING.format(source=path))
    if path.is_dir():
        return _from_folder(path)
    suffix = path.suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return _from_paths([path])
    if suffix in RECORD_SUFFIXES:
        return _from_records(_read_records(path), str(path))
    raise CorpusError(SOURCE_KIND.format(source=path))


def _from_folder(folder: Path):
    """Every entry of the folder and its subfolders, in name order: an article, the records of a
    .jsonl or .csv file, or a problem row (another type, a broken link, a link loop, an
    unreadable entry). An article's id is its path below the folder without the suffix
    ("outlet/2005/story"; the file stem in a flat folder). metadata.csv, topic.yaml and a
    topic/ folder are the corpus's own, not articles."""
    entries, problems = _walk(folder, folder.resolve(), set())
    wanted = ARTICLE_SUFFIXES + RECORD_SUFFIXES
    files = [(p, i) for p, i in entries if p.suffix.lower() in wanted]
    if not files:
        detail = f"no {', '.join(wanted)} files"
        raise CorpusError(EMPTY_SOURCE.format(source=folder, detail=detail))
    articles, more = _from_paths([p for p, _ in files], ids=[i for _, i in files])
    problems += more
    problems += [
        Problem(
            str(p),
            f"not an article file ({p.suffix or 'no suffix'}); articles are "
            f"{', '.join(ARTICLE_SUFFIXES)}; records {', '.join(RECORD_SUFFIXES)}",
        )
        for p, _ in entries
        if p.suffix.lower() not in wanted
    ]
    return articles, problems


RESERVED = {METADATA_FILE, TOPIC_FILE, "topic"}  # the corpus's own files, never articles


def _walk(folder: Path, root: Path, seen: set) -> tuple[list[tuple[Path, str]], list[Problem]]:
    """(file, id) of every file below ``folder``, and a problem for every entry that is
    neither a file nor a folder that can be read."""
    entries, problems = [], []
    seen = seen | {folder.resolve()}
    try:
        children = sorted(folder.iterdir())
    except OSError as err:
        return [], [Problem(str(folder), f"folder cannot be read: {err.strerror or err}")]
    for entry in children:
        if entry.name in RESERVED and folder.resolve() == root:
            continue
        if entry.is_symlink() and not entry.exists():
            problems.append(Problem(str(entry), f"broken link (to {_link_target(entry)})"))
        elif entry.is_dir():
            if entry.resolve() in seen:
                problems.append(Problem(str(entry), "link loop (a link to a folder above it)"))
                continue
            more, more_problems = _walk(entry, root, seen)
            entries += more
            problems += more_problems
        elif entry.is_file():
            relative = entry.relative_to(root if entry.is_relative_to(root) else folder)
            entries.append((entry, relative.with_suffix("").as_posix()))
        else:
            problems.append(Problem(str(entry), "neither a file nor a folder (a device or pipe)"))
    return entries, problems


def _link_target(link: Path) -> str:
    try:
        return str(link.readlink())
    except OSError:
        return "an unreadable target"


def _from_paths(paths, ids=None):
    articles, problems = [], []
    for path, article_id in zip(paths, ids or [None] * len(paths), strict=True):
        if path.suffix.lower() in RECORD_SUFFIXES:
            try:
                more, more_problems = _from_records(_read_records(path), str(path))
            except (CorpusError, Unreadable) as err:
                problems.append(Problem(str(path), str(err)))
                continue
            articles += more
            problems += more_problems
            continue
        if path.suffix.lower() in WORD_SUFFIXES:
            try:
                articles += read_docx(path, article_id or path.stem, str(path))
            except Unreadable as err:
                problems.append(Problem(str(path), str(err)))
            continue
        try:
            article, repair = _read_article_file(path, article_id)
        except Unreadable as err:
            problems.append(Problem(str(path), str(err)))
            continue
        except FileNotFoundError:
            problems.append(Problem(str(path), "file does not exist"))
            continue
        if path.suffix.lower() in TEXT_SUFFIXES and is_export(article.text):
            articles += read_export(article.text, article.article_id, str(path))
        else:
            articles.append(article)
        if repair:
            problems.append(Problem(str(path), repair, "repaired"))
    return articles, problems


def _read_article_file(path: Path, article_id: str | None = None) -> tuple[RawArticle, str | None]:
    decoded = read_text_file(path)
    meta = {"file": path.name}
    text = decoded.text
    if path.suffix.lower() in HTML_SUFFIXES:
        page = read_html(text)
        text, meta = page.pop("text"), {**meta, **page}
    return RawArticle(article_id or path.stem, str(path), text, meta), decoded.repair


def _read_records(path: Path) -> pd.DataFrame:
    text = read_text_file(path).text
    if path.suffix.lower() == ".csv":
        from io import StringIO

        try:
            return pd.read_csv(StringIO(text), dtype=str, keep_default_na=False)
        except pd.errors.ParserError as err:
            raise CorpusError(f"{path} is not a readable CSV file: {err}") from err
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise CorpusError(f"{path} line {number} is not JSON: {err.msg}") from err
    return pd.DataFrame(rows)


@knowledge_cache
def column_names() -> dict[str, tuple[str, ...]]:
    """Accepted input column names per field (the knowledge file input_columns.yaml)."""
    return {name: tuple(accepted) for name, accepted in read_yaml(COLUMNS_FILE).items()}


def standard_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """Rename the first accepted name of each field to the field's own name (case-insensitive)."""
    by_lower = {str(c).lower(): c for c in frame.columns}
    renames = {}
    for name, accepted in column_names().items():
        if name in frame.columns:
            continue
        found = next(
            (by_lower[n] for n in accepted if n in by_lower and by_lower[n] not in renames), None
        )
        if found is not None:
            renames[found] = name
    return frame.rename(columns=renames)


def _from_records(frame: pd.DataFrame, source: str):
    original = list(frame.columns)
    frame = standard_columns(frame)
    if "text" not in frame.columns:
        raise CorpusError(
            NO_TEXT_COLUMN.format(
                source=source, accepted=list(column_names()["text"]), found=original
            )
        )
    articles, problems = [], []
    for position, row in enumerate(frame.to_dict("records")):
        where = f"{source} record {position + 1}"
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append(Problem(where, "empty text"))
            continue
        given = row.get("article_id")
        article_id = str(given).strip() if _present(given) else text_id(text)
        meta = {k: row[k] for k in METADATA_FIELDS if _present(row.get(k))}
        articles.append(RawArticle(article_id, where, text, meta))
    return articles, problems


def _present(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    try:
        return not pd.isna(value)
    except (TypeError, ValueError):
        return True


def _metadata_table(source, metadata):
    if metadata is None and not isinstance(source, pd.DataFrame):
        if isinstance(source, (str, Path)) and Path(source).is_dir():
            candidate = Path(source) / METADATA_FILE
            metadata = candidate if candidate.exists() else None
    if metadata is None:
        return None
    table = metadata if isinstance(metadata, pd.DataFrame) else _read_metadata_file(Path(metadata))
    table = standard_columns(table)
    if not {"file", "article_id"} & set(table.columns):
        raise CorpusError(
            METADATA_KEY.format(
                source=metadata if not isinstance(metadata, pd.DataFrame) else "<DataFrame>",
                found=list(table.columns),
            )
        )
    return table


def _read_metadata_file(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise CorpusError(SOURCE_MISSING.format(source=path))
    return (
        _read_records(path)
        if path.suffix.lower() == ".jsonl"
        else pd.read_csv(path, dtype=str, keep_default_na=False)
    )


def _apply_metadata(articles, table):
    """Merge metadata rows into articles (by file name, file stem or article_id)."""
    by_key = {}
    for row in table.to_dict("records"):
        for key in ("file", "article_id"):
            if _present(row.get(key)):
                by_key[str(row[key]).strip()] = row
                by_key.setdefault(Path(str(row[key]).strip()).stem, row)
    problems, used = [], set()
    for article in articles:
        row = by_key.get(article.meta.get("file", "")) or by_key.get(article.article_id)
        if row is None:
            continue
        used.add(id(row))
        for key in METADATA_FIELDS:
            if _present(row.get(key)):
                article.meta[key] = row[key]
    for row in table.to_dict("records"):
        if id(by_key.get(str(row.get("file") or row.get("article_id") or "").strip())) not in used:
            label = row.get("file") or row.get("article_id")
            problems.append(
                Problem(f"metadata row {label!r}", "describes no article that was loaded", "note")
            )
    return problems


def _apply_defaults(articles, defaults: dict) -> None:
    unknown = set(defaults) - set(METADATA_FIELDS)
    if unknown:
        raise CorpusError(
            f"defaults for {sorted(unknown)}: only these metadata fields take a default: "
            f"{', '.join(METADATA_FIELDS)}"
        )
    for article in articles:
        for key, value in defaults.items():
            if not _present(article.meta.get(key)):
                article.meta[key] = value


def _drop_duplicate_ids(articles):
    """Articles with an id already taken are kept under ``<id>~2``, ``<id>~3``... with a
    problem row: two articles are never merged silently."""
    seen, kept, problems = {}, [], []
    for article in articles:
        original = article.article_id
        if original in seen:
            n = 2
            while f"{original}~{n}" in seen:
                n += 1
            article.article_id = f"{original}~{n}"
            problems.append(
                Problem(
                    article.source,
                    f"duplicate article_id {original!r} (first in {seen[original]}): kept as "
                    f"{article.article_id!r}",
                    "repaired",
                )
            )
        seen[article.article_id] = article.source
        kept.append(article)
    return kept, problems
