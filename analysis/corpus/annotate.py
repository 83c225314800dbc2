"""Annotation engines: cleaned article rows -> extractor rows, locally or on a Dask cluster.

``annotate_stream`` (local) streams articles through ``nlp.pipe`` and yields each article's
annotation as soon as it is parsed, so parsed Docs are never all held at once; with
``n_process`` > 1, worker processes parse and annotate chunks and return only rows.
``annotate_on_dask`` sends batches of articles to a Dask cluster; every worker process loads the
pipeline once (it is cached per process) and returns only rows.

An annotation is ``{"tables": {table: rows}, "stats": {...}, "signature": MinHash values}``.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os

from spacy.attrs import IS_PUNCT, IS_SPACE

from ..errors import EXTRACTOR_FAILED
from ..extract import extract_all
from ..ingest.duplicates import signature
from ..ingest.records import Problem
from ..knowledge.topics import Topic, use_topic
from ..nlp.article import ParsedArticle
from ..nlp.pipeline import parse_texts, workbench_pipeline
from ..nlp.registry import load_registry
from ..schemas import TABLES, columns
from .fingerprint import pipeline_fingerprint

DASK_BATCH = 50  # articles per Dask task
CHUNK_SIZE = 4  # articles per task of a local worker process


def to_columns(table: str, article_id: str, records: list) -> dict[str, list]:
    """An article's records as columns (the schema's, in order; ``article_id`` on every row,
    columns that a corpus step adds left missing): compact to cache, hold and concatenate."""
    names = [name for name in columns(TABLES[table]) if name != "article_id"]
    data = {"article_id": [article_id] * len(records)}
    data.update({name: [getattr(record, name, None) for record in records] for name in names})
    return data


def annotate_doc(row: dict, doc, registry) -> dict:
    article = ParsedArticle(
        row["article_id"],
        doc,
        registry,
        published=row["published"],
        title=row["title"],
        headline_end=row["headline_end"],
        source_text=row["text"],
    )
    tables = extract_all(article)
    punct_or_space = doc.to_array([IS_PUNCT, IS_SPACE]).any(axis=1) if len(doc) else []
    stats = {
        "n_sentences": len(tables["sentences"]),
        "n_words": int(len(doc) - sum(punct_or_space)),
    }
    article_id = row["article_id"]
    return {
        "tables": {name: to_columns(name, article_id, rows) for name, rows in tables.items()},
        "problems": [
            Problem(
                row.get("source") or article_id,
                EXTRACTOR_FAILED.format(table=table, error=error),
                "note",
            )
            for table, error in article.failures
        ],  # fmt: skip
        "stats": stats,
        "signature": signature(row["text"][row["headline_end"] :]),
    }


def annotate_stream(rows, *, model=None, n_process: int = 1, batch_size: int = 16):
    """Yield one annotation per article row, in order, streaming through nlp.pipe.

    With ``n_process`` > 1 (-1: one per CPU), worker processes each parse *and* annotate chunks
    of ``CHUNK_SIZE`` articles and send back only rows, so parsed Docs never cross processes
    (spaCy's own ``nlp.pipe(n_process=...)`` would ship every Doc back to be annotated here).
    """
    n_process = (os.cpu_count() or 1) if n_process == -1 else n_process
    if n_process <= 1 or len(rows) <= CHUNK_SIZE:
        with collector_frozen():
            yield from _annotate_here(rows, model, batch_size)
        return
    workbench_pipeline(model)  # loaded once here: forked workers inherit it
    size = CHUNK_SIZE  # small chunks: workers finish together (the last chunk is short)
    chunks = (rows[i : i + size] for i in range(0, len(rows), size))
    task = functools.partial(annotate_chunk, model=model, batch_size=batch_size)
    context = multiprocessing.get_context()
    with frozen_for_fork(context), context.Pool(n_process) as pool:
        for annotations in pool.imap(task, chunks):
            yield from annotations


@contextlib.contextmanager
def frozen_for_fork(context):
    """Keep the objects that exist now out of the cyclic garbage collector while forked
    workers live (``gc.freeze``, as the ``gc`` documentation advises before ``fork``).

    Forked workers share the parent's memory (the pipeline, the articles read, whatever the
    parent holds) only as long as neither side writes to it. A garbage collection writes to
    the header of every object it walks, so without this each worker's collections, and the
    parent's while it gathers the workers' rows, copy every page holding a Python object:
    each worker then holds a private copy of the parent, and the larger the parent (a
    streaming build's later batches, a larger corpus), the larger every worker. Objects made
    from now on are collected as usual; the frozen ones are returned to the collector when
    the workers have ended."""
    if context.get_start_method() != "fork":
        yield  # nothing shared to protect
        return
    with collector_frozen():
        yield


@contextlib.contextmanager
def collector_frozen():
    """Keep the objects that exist now (the pipeline, the knowledge, the articles read) out of
    the cyclic garbage collector until the block ends (``gc.freeze``); objects made meanwhile
    are collected as usual. Annotating makes enough objects for full collections to start, and
    each would walk every object the process holds: frozen, they walk only the new ones. Only
    the collector's work changes (frozen objects are not garbage: the caller holds them), and
    they are handed back to it at the end. Nothing is done when an outer caller froze already.
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def annotate_chunk(rows: list[dict], model: str | None, batch_size: int = 16) -> list[dict]:
    """A worker's task: parse and annotate a chunk of articles (the pipeline is loaded once per
    process)."""
    return list(_annotate_here(rows, model, batch_size))


def _annotate_here(rows, model, batch_size):
    nlp = workbench_pipeline(model)
    registry = load_registry()
    docs = parse_texts(nlp, (row["text"] for row in rows), batch_size=batch_size)
    for row, doc in zip(rows, docs, strict=False):
        yield annotate_doc(row, doc, registry)


def annotate_batch(
    rows: list[dict], model: str | None, fingerprint: dict, topic: Topic | None = None
) -> list[dict]:
    """A Dask task: annotate a batch on a worker whose pipeline (with the client's topic pack
    in effect) must match the client's."""
    use_topic(topic)
    check_worker_pipeline(model, fingerprint)
    return list(annotate_stream(rows, model=model))


def check_worker_pipeline(model: str | None, fingerprint: dict) -> None:
    """Refuse to work on a Dask worker whose pipeline differs from the client's."""
    mine = pipeline_fingerprint(model)
    if mine != fingerprint:
        differing = sorted(k for k in fingerprint if fingerprint[k] != mine.get(k))
        raise RuntimeError(
            f"Dask worker's pipeline differs from the client's in {differing}: "
            "install the same analysis version and model on every worker, with the topic pack "
            "at the same path"
        )


def annotate_on_dask(rows: list[dict], *, scheduler, model, fingerprint, topic=None):
    """Yield annotations for rows, in order, computed on the Dask cluster at ``scheduler``
    (an address such as "tcp://10.0.0.5:8786", or a distributed.Client)."""
    from dask.distributed import Client

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        batches = [rows[i : i + DASK_BATCH] for i in range(0, len(rows), DASK_BATCH)]
        futures = client.map(
            annotate_batch, batches, model=model, fingerprint=fingerprint, topic=topic, pure=False
        )
        for future in futures:  # in order; later batches keep computing meanwhile
            yield from future.result()
            future.release()
    finally:
        if client is not scheduler:
            client.close()
