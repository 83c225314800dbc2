"""Streaming build: a corpus annotated batch by batch straight to disk, resumable.

    python -m analysis build SOURCE --out DIR [--batch 500]
    analysis.load_corpus(SOURCE, out=DIR)

The articles are read (their texts only), then annotated in batches of ``batch`` articles; each
batch's rows are written as one Parquet part per table (``layout``), and the batch is recorded
as finished in ``DIR/build.json`` only after all its parts are written. Memory therefore
depends on the batch, not on the corpus. Killed at any point, the same command continues from
the last finished batch: a batch that was being written is written again (its parts replaced,
never doubled), and articles of finished batches come from the folder, the others from the
annotation cache where they were parsed before. A folder holding a build of other inputs (other
articles, model, code, knowledge or batch size), or a saved corpus, is built again from the
start rather than mixed; a folder holding anything else is refused.

With ``engine="dask"``, each batch is one task: a worker annotates it and writes its parts into
``out`` itself (a folder that every worker reaches, such as a shared file system), and the
client records the batch as finished when the task returns.

What is computed across the whole corpus in memory is computed per batch here: duplicates are
marked within a batch, events linked within a batch (with several batches an ``event_id`` names
its batch, "b00002-E00001", so that events of two batches never share one). With a batch at
least as large as the corpus (the default of 500 holds the seeds and the BBC corpus) the tables
equal an in-memory load. The ``people`` table is built at the end, by SQL over the entities and
quotes parts read in place (``analysis.corpus.people``), so that it needs no table in memory.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import hashlib
import json
import zlib
from pathlib import Path

from ..errors import CorpusError
from ..ingest.records import RawArticle
from ..ingest.sources import read_source
from ..knowledge.topics import find_topic, use_topic
from ..schemas import TABLES, build
from . import layout
from .annotate import check_worker_pipeline
from .build import corpus_of, progress_bar_over
from .cache import write_atomically
from .corpus import DERIVED, DatasetCorpus, is_dataset, open_corpus, write_provenance
from .fingerprint import pipeline_fingerprint

BUILD_FILE = "build.json"
BATCH = 500  # articles per part


def build_dataset(source, out, *, batch: int = BATCH, metadata=None, topic=None, defaults=None,
                  progress=None, **options) -> DatasetCorpus:  # fmt: skip
    """Annotate ``source`` into the folder ``out`` batch by batch and open the result (see the
    module's docstring); ``options`` are ``load_corpus``'s (cache, n_process, model, engine,
    scheduler, batch_size)."""
    out = Path(out)
    chosen = find_topic(topic, source)
    use_topic(chosen)
    raws, problems = read_source(source, metadata, defaults=defaults)
    fingerprint = pipeline_fingerprint(options.get("model"))
    inputs = _inputs_hash(fingerprint, [raw.article_id for raw in raws], batch)
    state = _state(out, inputs)
    starts = range(0, len(raws), batch)
    reading = [dataclasses.asdict(problem) for problem in problems]  # files skipped or repaired
    layout.write_part(out, "problems", len(starts), build(TABLES["problems"], reading))
    todo = [i for i in range(len(starts)) if i not in set(state["done"])]
    batches = {i: packed(raws[starts[i] : starts[i] + batch]) for i in todo}
    n_articles = len(raws)
    del raws  # the batches hold the articles still to build; each is freed once built
    release_memory()
    several = len(starts) > 1
    if options.get("engine") == "dask":
        finished = _built_on_dask(batches, out.resolve(), chosen, several, fingerprint, options)
    else:
        finished = (
            build_batch(unpacked(batches.pop(i)), out, i, chosen, several, options) for i in todo
        )
    counter = progress_bar_over(todo, progress, threshold=2, desc="batches", unit="batch",
                                initial=len(starts) - len(todo), total=len(starts))  # fmt: skip
    for index, _ in zip(finished, counter, strict=True):  # the bar counts finished batches
        state["done"].append(index)
        _write_state(out, state)
    provenance = {**fingerprint, "n_articles": n_articles, "batch": batch, "parts": len(starts),
                  "topic": chosen.record() if chosen is not None else None}  # fmt: skip
    write_provenance(out, provenance)
    _write_people(out)
    return open_corpus(out)


def _inputs_hash(fingerprint: dict, article_ids: list[str], batch: int) -> str:
    digest = hashlib.sha256(json.dumps([fingerprint, batch], sort_keys=True).encode())
    for article_id in article_ids:
        digest.update(article_id.encode() + b"\n")
    return digest.hexdigest()[:32]


def _state(out: Path, inputs: str) -> dict:
    """The build's record: which batches are finished. A build of the same inputs continues; a
    saved corpus or a build of other inputs is replaced; any other folder that is not empty is
    refused (nothing of the user's is deleted)."""
    path = out / BUILD_FILE
    state = json.loads(path.read_text()) if path.exists() else {}
    if state.get("inputs") == inputs:
        return state
    if path.exists() or is_dataset(out):
        for name in TABLES:
            layout.remove_parts(out, name)
    elif out.exists() and any(out.iterdir()):
        raise CorpusError(f"{out} is not empty and holds no corpus: choose an empty --out folder")
    out.mkdir(parents=True, exist_ok=True)
    state = {"inputs": inputs, "done": []}
    _write_state(out, state)
    return state


def _write_state(out: Path, state: dict) -> None:
    write_atomically(out / BUILD_FILE, json.dumps(state, indent=1).encode())


def packed(raws: list[RawArticle]) -> list[tuple[RawArticle, bytes]]:
    """Articles waiting for their batch, each text compressed (zlib, its fastest level): a
    streaming build reads every article first (the inputs' hash needs all ids) and holds those
    not yet built, in a quarter of the memory this way, so that a larger corpus does not make
    the build, or the workers forked from it, larger."""
    return [
        (dataclasses.replace(raw, text=""), zlib.compress(raw.text.encode("utf-8"), 1))
        for raw in raws
    ]


def unpacked(batch: list[tuple[RawArticle, bytes]]) -> list[RawArticle]:
    """The articles of a ``packed`` batch, with their texts."""
    return [
        dataclasses.replace(raw, text=zlib.decompress(text).decode("utf-8")) for raw, text in batch
    ]


def build_batch(raws, out: Path, index: int, topic, several: bool, options: dict) -> int:
    """Annotate one batch and write its parts (in this process, or on a Dask worker that shares
    the folder ``out``); its index once every part is written."""
    use_topic(topic)
    local = {**options, "engine": "local", "scheduler": None}
    part = corpus_of(raws, [], topic, snapshot=False, progress=False, **local)
    if several:  # events are linked within a batch: ids name their batch
        part.events["event_id"] = f"b{index:05d}-" + part.events["event_id"]
    for name, frame in part.tables().items():
        if name not in DERIVED:
            layout.write_part(out, name, index, frame)
    part = frame = None  # written: free the batch's tables before handing their memory back
    release_memory()
    return index


def release_memory() -> None:
    """Return the memory freed by a finished batch to the system, so that every batch starts
    from the same footprint however many came before.

    A batch's tables are built, written and freed in this process, but the allocators keep
    what was freed (glibc's malloc its arenas' pages, pyarrow its memory pool) and cycles wait
    for the collector; the process would carry that into the next batch, and the worker
    processes forked for the next batch would start as large as it (see
    ``annotate.frozen_for_fork``)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # not glibc (macOS, musl): nothing to trim
    import pyarrow

    pyarrow.default_memory_pool().release_unused()


def _build_on_worker(raws, out, index, topic, several, options, fingerprint) -> int:
    """A Dask task: check the worker's pipeline against the client's, then build the batch."""
    use_topic(topic)
    check_worker_pipeline(options.get("model"), fingerprint)
    return build_batch(raws, out, index, topic, several, options)


def _built_on_dask(batches: dict, out: Path, topic, several, fingerprint, options):
    """The batch indexes as the Dask workers finish them: each worker annotates a batch and
    writes its parts into ``out`` itself (a folder every worker can reach), so that only
    articles travel to the cluster and nothing but an index comes back."""
    from dask.distributed import Client, as_completed

    scheduler = options["scheduler"]
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        futures = [
            client.submit(
                _build_on_worker,
                unpacked(raws),
                out,
                index,
                topic,
                several,
                options,
                fingerprint,
                pure=False,
            )  # fmt: skip
            for index, raws in batches.items()
        ]
        for future in as_completed(futures):
            yield future.result()
            future.release()
    finally:
        if client is not scheduler:
            client.close()


def _write_people(out: Path) -> None:
    """The people table of the whole corpus, from its parts on disk."""
    layout.write_part(out, "people", 0, open_corpus(out).derived_people())
