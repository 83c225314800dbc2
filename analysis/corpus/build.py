"""Raw articles -> cleaned articles -> one spaCy pass each -> extractor rows -> Corpus.

Cache entries are keyed by the raw input (article_id, raw text, metadata) and the pipeline
fingerprint, and hold everything derived from it (the cleaned article row, every table's rows,
the duplicate signature, the input's notes), so a warm load neither cleans nor parses. The
finished corpus is also kept whole (``snapshot.CorpusSnapshots``): loading exactly the same
inputs again opens it from Parquet instead of rebuilding the tables article by article.
``load_corpus`` (``load``) and the streaming build (``stream``) both annotate through here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os

from ..ingest.articles import prepare_article
from ..ingest.duplicates import signature
from ..ingest.language import analysed
from ..ingest.records import Problem, RawArticle
from ..knowledge import cache_dir
from .annotate import annotate_on_dask, annotate_stream
from .assemble import TableChunks, assemble
from .bulk import gc_paused
from .cache import ArticleCache
from .corpus import Corpus
from .fingerprint import pipeline_fingerprint
from .snapshot import CorpusSnapshots, snapshot_key

PROGRESS_THRESHOLD = 20  # articles; fewer than this never shows a bar unless asked
CACHE_FORMAT = 4  # 4: problems are kept as Problem records


def _not_analysed(row: dict, notes: list) -> dict:
    """The entry of an article in a language the pipeline does not read."""
    notes.append(Problem(row["source"], f"language {row['language']}: not analysed", "note"))
    return {
        "article": {**row, "n_sentences": 0, "n_words": len(row["text"].split())},
        "signature": signature(row["text"][row["headline_end"] :]),
    }


def corpus_of(raws, problems, topic, *, cache=True, snapshot=True, n_process=1, progress=None,
              model=None, batch_size=16, engine="local", scheduler=None) -> Corpus:  # fmt: skip
    """The Corpus of raw articles already read (and the problems met reading them), annotated
    with ``topic`` in effect: from the whole-corpus snapshot, else article by article from the
    cache, else parsed. ``snapshot=False`` neither reads nor writes the snapshot (a streaming
    build's batches). ``raws`` is emptied once read, so that the texts are freed before the
    long part."""
    fingerprint = pipeline_fingerprint(model)
    keys = [raw_key(fingerprint, raw) for raw in raws]
    snapshots = CorpusSnapshots(cache_dir()) if cache and snapshot else None
    whole_key = snapshot_key(keys, [dataclasses.asdict(p) for p in problems]) if snapshots else None
    saved = snapshots.get(whole_key) if snapshots else None
    if saved is not None:
        saved.cache_stats = {"from_cache": len(saved.articles), "annotated": 0, "snapshot": True}
        return saved
    store = ArticleCache(cache_dir()) if cache else None
    entries, todo, rows_of = {}, [], TableChunks()
    with gc_paused():
        for position, (raw, key) in enumerate(zip(raws, keys, strict=True)):
            entry = store.get(key) if store else None
            if entry is None:
                notes = []
                row = prepare_article(raw, notes)
                entry = {"article": row, "problems": notes}
                if row is not None and analysed(row["language"]):
                    todo.append((position, key, entry))
                elif row is not None:  # not English: kept as an article, not parsed
                    entry.update(_not_analysed(row, notes))
            elif entry["article"] is not None:
                rows_of.add(position, entry.pop("tables"))
            entries[position] = entry
    raws.clear()  # the raw texts are not needed again: free them before the long part
    rows = [entry["article"] for _, _, entry in todo]
    if not rows:
        annotations = iter(())
    elif engine == "dask":
        annotations = annotate_on_dask(
            rows, scheduler=scheduler, model=model, fingerprint=fingerprint, topic=topic
        )
    else:
        annotations = annotate_stream(rows, model=model, n_process=n_process, batch_size=batch_size)
    progress_bar = progress_bar_over(todo, progress)
    for (position, key, entry), annotation in zip(progress_bar, annotations, strict=False):
        entry["article"] = {**entry["article"], **annotation.pop("stats")}
        entry["problems"] = [*entry["problems"], *annotation.pop("problems", [])]
        entry.update(annotation)
        if store:
            store.put(key, entry)
        rows_of.add(position, entry.pop("tables"))
    close = getattr(annotations, "close", None)
    if close is not None:
        close()  # ends the worker processes now, not when the generator is collected
    for position in sorted(entries):
        problems += entries[position]["problems"]
    kept = [entries[p] for p in sorted(entries) if entries[p]["article"] is not None]
    with gc_paused():
        corpus = assemble(kept, rows_of, problems, fingerprint, topic)
    corpus.cache_stats = {
        "from_cache": len(kept) - len(todo),
        "annotated": len(todo),
        "snapshot": False,
    }
    if snapshots:
        snapshots.put(whole_key, corpus)
    return corpus


def raw_key(fingerprint: dict, raw: RawArticle) -> str:
    digest = hashlib.sha256()
    parts = (
        str(CACHE_FORMAT),
        json.dumps(fingerprint, sort_keys=True),
        raw.article_id,
        raw.source,
        json.dumps(raw.meta, sort_keys=True, default=str),
        raw.text,
    )
    for part in parts:
        digest.update(part.encode("utf-8", errors="surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def progress_bar_over(items, progress, *, threshold=PROGRESS_THRESHOLD, **bar):
    """``items``, with a progress bar when asked (``progress``), or by default on long work
    (``threshold`` items or more) and never under CI or pytest."""
    if progress is None:
        progress = len(items) >= threshold and not (
            os.environ.get("CI") or os.environ.get("PYTEST_CURRENT_TEST")
        )
    if not progress:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, **({"desc": "annotating", "unit": "article"} | bar))
