"""load_corpus: sources -> cleaned articles -> one spaCy pass each -> extractor rows -> Corpus.

Cache entries are keyed by the raw input (article_id, raw text, metadata) and the pipeline
fingerprint, and hold everything derived from it (the cleaned article row, every table's rows,
the duplicate signature, the input's notes), so a warm load neither cleans nor parses. The
finished corpus is also kept whole (``snapshot.CorpusSnapshots``): loading exactly the same
inputs again opens it from Parquet instead of rebuilding the tables article by article.
"""
from __future__ import annotations

import hashlib
import json
import os

import pandas as pd
from spacy.util import get_package_version

from . import __version__
from .annotate import annotate_on_dask, annotate_stream
from .bulk import gc_paused
from .cache import ArticleCache
from .clean import clean_article
from .corpus import Corpus
from .duplicates import find_duplicates
from .extractors import ANNOTATION_TABLES, CORPUS_STEPS
from .ingest import Problem, RawArticle, read_source
from .model import model_name
from .resources import cache_dir, knowledge_hash, source_hash
from .schemas import TABLES, build, columns, list_columns, validate
from .snapshot import CorpusSnapshots, snapshot_key

PROGRESS_THRESHOLD = 20  # articles; fewer than this never shows a bar unless asked
ENGINES = ("local", "dask")
CACHE_FORMAT = 3


def pipeline_fingerprint(model: str | None = None) -> dict:
    name = model_name(model)
    return {"package_version": __version__, "code_hash": source_hash(), "model": name,
            "model_version": get_package_version(name) or "unknown",
            "knowledge_hash": knowledge_hash()}


def load_corpus(source, *, metadata=None, cache: bool = True, n_process: int = 1,
                progress: bool | None = None, model: str | None = None, batch_size: int = 16,
                engine: str = "local", scheduler=None) -> Corpus:
    """Load articles from a folder, a file (.txt/.md/.html/.jsonl/.csv) or a DataFrame.

    metadata: a CSV path or DataFrame keyed by ``file`` or ``article_id`` (a folder's own
    metadata.csv is read automatically). cache: reuse and store per-article annotations.
    n_process: spaCy worker processes. progress: a progress bar (None: only on long work, never
    under CI or pytest). model: the spaCy pipeline (default: see analysis.model).
    engine: "local", or "dask" to annotate on the Dask cluster at ``scheduler`` (an address or a
    distributed.Client).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "dask" and scheduler is None:
        raise ValueError('engine="dask" needs scheduler= (an address such as "tcp://host:8786" or a Client)')
    raws, problems = read_source(source, metadata)
    fingerprint = pipeline_fingerprint(model)
    keys = [raw_key(fingerprint, raw) for raw in raws]
    snapshots = CorpusSnapshots(cache_dir()) if cache else None
    whole_key = snapshot_key(keys, [vars(p) for p in problems]) if cache else None
    saved = snapshots.get(whole_key) if cache else None
    if saved is not None:
        saved.cache_stats = {"from_cache": len(saved.articles), "annotated": 0, "snapshot": True}
        return saved
    store = ArticleCache(cache_dir()) if cache else None
    entries, todo, rows_of = {}, [], TableChunks()
    with gc_paused():
        for position, (raw, key) in enumerate(zip(raws, keys)):
            entry = store.get(key) if store else None
            if entry is None:
                notes = []
                row = prepare_article(raw, notes)
                entry = {"article": row, "problems": notes}
                if row is not None:
                    todo.append((position, key, entry))
            elif entry["article"] is not None:
                rows_of.add(position, entry.pop("tables"))
            entries[position] = entry
    del raws  # the raw texts are not needed again: free them before the long part
    rows = [entry["article"] for _, _, entry in todo]
    if not rows:
        annotations = iter(())
    elif engine == "dask":
        annotations = annotate_on_dask(rows, scheduler=scheduler, model=model, fingerprint=fingerprint)
    else:
        annotations = annotate_stream(rows, model=model, n_process=n_process, batch_size=batch_size)
    for (position, key, entry), annotation in zip(_progress(todo, progress), annotations):
        entry["article"] = {**entry["article"], **annotation.pop("stats")}
        entry.update(annotation)
        if store:
            store.put(key, entry)
        rows_of.add(position, entry.pop("tables"))
    close = getattr(annotations, "close", None)
    if close is not None:
        close()  # ends the worker processes now, not when the generator is collected
    for position in sorted(entries):
        problems += [Problem(**p) for p in entries[position]["problems"]]
    kept = [entries[p] for p in sorted(entries) if entries[p]["article"] is not None]
    with gc_paused():
        corpus = _assemble(kept, rows_of, problems, fingerprint)
    corpus.cache_stats = {"from_cache": len(kept) - len(todo), "annotated": len(todo), "snapshot": False}
    if snapshots:
        snapshots.put(whole_key, corpus)
    return corpus


def raw_key(fingerprint: dict, raw: RawArticle) -> str:
    digest = hashlib.sha256()
    parts = (str(CACHE_FORMAT), json.dumps(fingerprint, sort_keys=True), raw.article_id, raw.source,
             json.dumps(raw.meta, sort_keys=True, default=str), raw.text)
    for part in parts:
        digest.update(part.encode("utf-8", errors="surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def prepare_article(raw: RawArticle, problems: list) -> dict | None:
    """The article's row (before annotation counts): cleaned text, headline, metadata.
    Notes about the input are appended to ``problems`` as dicts."""
    meta = raw.meta
    cleaned = clean_article(raw.text, title=meta.get("title"), outlet=meta.get("outlet"))
    if not cleaned.text.strip():
        problems.append(vars(Problem(raw.source, "no text left after removing site chrome")))
        return None
    published = parse_published(meta.get("published"), raw.source, problems)
    return {
        "article_id": raw.article_id, "title": cleaned.headline,
        "outlet": meta.get("outlet") or cleaned.outlet, "published": published,
        "text": cleaned.text, "url": meta.get("url"), "source": raw.source,
        "headline_end": len(cleaned.headline) if cleaned.headline else 0,
        "date_confidence": meta.get("date_confidence"), "date_basis": meta.get("date_basis"),
        "ai_disclaimer": "ai_disclaimer" in cleaned.flags, "chrome_removed": list(cleaned.removed),
        "text_hash": hashlib.sha256(cleaned.text.encode()).hexdigest()[:16],
    }


def parse_published(value, source: str, problems: list):
    """A tz-naive UTC Timestamp, or NaT (with a note) when the value is not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return pd.NaT
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        problems.append(vars(Problem(source, f"publication date {value!r} is not a date; left empty", "note")))
        return pd.NaT
    if stamp is pd.NaT:
        return pd.NaT
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp


def _progress(items, progress):
    if progress is None:
        progress = len(items) >= PROGRESS_THRESHOLD and not (
            os.environ.get("CI") or os.environ.get("PYTEST_CURRENT_TEST"))
    if not progress:
        return items
    from tqdm.auto import tqdm
    return tqdm(items, desc="annotating", unit="article")


class TableChunks:
    """Annotation rows gathered into DataFrame chunks as articles arrive (Python lists of row
    values take several times the memory of the same values in a DataFrame), put back in
    article order at the end."""

    CHUNK = 100  # articles per chunk

    def __init__(self):
        self.pending: list[tuple[int, dict]] = []
        self.frames: dict[str, list[pd.DataFrame]] = {name: [] for name in ANNOTATION_TABLES}
        self.flushed = False
        self.items: dict = {}  # one object per distinct list item (lexicon words recur in every article)

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
            frame[ORDER] = [position for position, tables in self.pending
                            for _ in range(len(next(iter(tables[name].values()), ())))]
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


def _assemble(entries, rows_of: TableChunks, problems, fingerprint) -> Corpus:
    article_columns = [c for c in columns(TABLES["articles"]) if not c.startswith("duplicate_")]
    articles = pd.DataFrame([entry["article"] for entry in entries], columns=article_columns)
    if len(articles):
        articles = articles.join(find_duplicates(articles, [entry["signature"] for entry in entries]))
    tables = {"articles": build(TABLES["articles"], articles)}
    for name in ANNOTATION_TABLES:
        tables[name] = build(TABLES[name], rows_of.table(name))
    for name, step in CORPUS_STEPS:
        tables[name] = validate(TABLES[name], step(tables[name]))
    tables["problems"] = build(TABLES["problems"], [vars(p) for p in problems])
    provenance = {**fingerprint, "corpus_hash": _corpus_hash(tables["articles"]),
                  "n_articles": len(articles)}
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
    for article_id, text_hash in zip(articles["article_id"], articles["text_hash"]):
        digest.update(f"{article_id}:{text_hash}\n".encode())
    return digest.hexdigest()[:16]
