"""load_corpus: sources -> cleaned articles -> one spaCy pass each -> extractor rows -> Corpus."""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

import pandas as pd
from spacy.util import get_package_version

from . import __version__
from .cache import ArticleCache, article_key
from .clean import clean_article
from .corpus import Corpus
from .document import ParsedArticle
from .extractors import ANNOTATION_TABLES, CORPUS_STEPS, extract_all
from .ingest import Problem, RawArticle, read_source
from .model import model_name
from .duplicates import find_duplicates
from .nlp import parse_texts, workbench_pipeline
from .registry import load_registry
from .resources import cache_dir, knowledge_hash, source_hash
from .schemas import TABLES, build

PROGRESS_THRESHOLD = 20  # articles; fewer than this never shows a bar unless asked


@dataclass
class Prepared:
    """An article after cleaning, before annotation."""

    row: dict        # the articles-table row (without counts)
    cache_key: str


def pipeline_fingerprint(model: str | None = None) -> dict:
    name = model_name(model)
    return {"package_version": __version__, "code_hash": source_hash(), "model": name,
            "model_version": get_package_version(name) or "unknown",
            "knowledge_hash": knowledge_hash()}


def load_corpus(source, *, metadata=None, cache: bool = True, n_process: int = 1,
                progress: bool | None = None, model: str | None = None,
                batch_size: int = 16) -> Corpus:
    """Load articles from a folder, a file (.txt/.md/.jsonl/.csv) or a DataFrame into a Corpus.

    metadata: a CSV path or DataFrame keyed by ``file`` or ``article_id`` (a folder's own
    metadata.csv is read automatically). cache: reuse and store per-article annotations.
    n_process: spaCy worker processes. progress: a progress bar (None: only on long work,
    never under CI or pytest). model: the spaCy pipeline (default: see analysis.model).
    """
    raws, problems = read_source(source, metadata)
    fingerprint = pipeline_fingerprint(model)
    fingerprint_id = _hash_dict(fingerprint)
    prepared = []
    for raw in raws:
        item = _prepare(raw, fingerprint_id, problems)
        if item is not None:
            prepared.append(item)
    annotations, stats = _annotate(prepared, model=model, cache=cache, n_process=n_process,
                                   progress=progress, batch_size=batch_size)
    corpus = _assemble(prepared, annotations, problems, fingerprint)
    corpus.cache_stats = stats
    return corpus


def _prepare(raw: RawArticle, fingerprint_id: str, problems: list) -> Prepared | None:
    meta = raw.meta
    cleaned = clean_article(raw.text, title=meta.get("title"), outlet=meta.get("outlet"))
    if not cleaned.text.strip():
        problems.append(Problem(raw.source, "no text left after removing site chrome"))
        return None
    published = parse_published(meta.get("published"), raw.source, problems)
    row = {
        "article_id": raw.article_id, "title": cleaned.headline, "outlet": meta.get("outlet") or cleaned.outlet,
        "published": published, "text": cleaned.text, "url": meta.get("url"), "source": raw.source,
        "headline_end": len(cleaned.headline) if cleaned.headline else 0,
        "date_confidence": meta.get("date_confidence"), "date_basis": meta.get("date_basis"),
        "ai_disclaimer": "ai_disclaimer" in cleaned.flags, "chrome_removed": list(cleaned.removed),
        "text_hash": hashlib.sha256(cleaned.text.encode()).hexdigest()[:16],
    }
    key = article_key(fingerprint_id, cleaned.text, cleaned.headline, published)
    return Prepared(row, key)


def parse_published(value, source: str, problems: list):
    """A tz-naive UTC Timestamp, or NaT (with a note) when the value is not a date."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return pd.NaT
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        problems.append(Problem(source, f"publication date {value!r} is not a date; left empty", "note"))
        return pd.NaT
    if stamp.tzinfo is not None:
        stamp = stamp.tz_convert("UTC").tz_localize(None)
    return stamp


def _annotate(prepared, *, model, cache, n_process, progress, batch_size):
    """(article_id -> {table: rows, "_stats": {...}}, cache counts): cached, else one spaCy pass."""
    store = ArticleCache(cache_dir()) if cache else None
    results, todo = {}, []
    for item in prepared:
        cached = store.get(item.cache_key) if store else None
        if cached is not None:
            results[item.row["article_id"]] = cached
        else:
            todo.append(item)
    if todo:
        for item, annotation in zip(todo, _parse(todo, model, n_process, progress, batch_size)):
            results[item.row["article_id"]] = annotation
            if store:
                store.put(item.cache_key, annotation)
    stats = {"from_cache": len(prepared) - len(todo), "annotated": len(todo)}
    return results, stats


def _parse(todo, model, n_process, progress, batch_size):
    nlp = workbench_pipeline(model)
    registry = load_registry()
    docs = parse_texts(nlp, (item.row["text"] for item in todo), n_process=n_process,
                       batch_size=batch_size)
    for item, doc in zip(_progress(todo, progress), docs):
        row = item.row
        article = ParsedArticle(row["article_id"], doc, registry, published=row["published"],
                                title=row["title"], headline_end=row["headline_end"])
        tables = extract_all(article)
        stats = {"n_sentences": len(tables["sentences"]),
                 "n_words": sum(1 for t in doc if not (t.is_punct or t.is_space))}
        yield {**tables, "_stats": stats}


def _progress(items, progress):
    if progress is None:
        progress = len(items) >= PROGRESS_THRESHOLD and not (
            os.environ.get("CI") or os.environ.get("PYTEST_CURRENT_TEST"))
    if not progress:
        return items
    from tqdm.auto import tqdm
    return tqdm(items, desc="annotating", unit="article")


def _assemble(prepared, annotations, problems, fingerprint) -> Corpus:
    article_rows = []
    for item in prepared:
        stats = annotations[item.row["article_id"]]["_stats"]
        article_rows.append({**item.row, **stats})
    articles = pd.DataFrame(article_rows, columns=[c for c in TABLES["articles"].to_schema().columns
                                                   if c not in ("duplicate_of", "duplicate_similarity")])
    if len(articles):
        articles = articles.join(find_duplicates(articles))
    tables = {"articles": build(TABLES["articles"], articles.to_dict("records"))}
    for name in ANNOTATION_TABLES:
        rows = [row for item in prepared for row in annotations[item.row["article_id"]][name]]
        tables[name] = build(TABLES[name], rows)
    for name, step in CORPUS_STEPS:
        tables[name] = step(tables[name])
    tables["problems"] = build(TABLES["problems"], [vars(p) for p in problems])
    provenance = {**fingerprint, "corpus_hash": _corpus_hash(tables["articles"]),
                  "n_articles": len(article_rows)}
    return Corpus(**tables, provenance=provenance)


def _corpus_hash(articles: pd.DataFrame) -> str:
    digest = hashlib.sha256()
    for article_id, text_hash in zip(articles["article_id"], articles["text_hash"]):
        digest.update(f"{article_id}:{text_hash}\n".encode())
    return digest.hexdigest()[:16]


def _hash_dict(values: dict) -> str:
    return hashlib.sha256(repr(sorted(values.items())).encode()).hexdigest()[:16]
