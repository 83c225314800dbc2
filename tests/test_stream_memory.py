"""The streaming build's memory hygiene: objects frozen while forked workers live, memory
handed back after a batch (behaviour only; memory itself is measured by benchmarks/memory.py)."""

from __future__ import annotations

import gc
import multiprocessing
import weakref

import pytest

from analysis.corpus.annotate import frozen_for_fork
from analysis.corpus.stream import release_memory


@pytest.fixture(autouse=True)
def _unfrozen():
    gc.unfreeze()
    yield
    gc.unfreeze()


def test_objects_are_frozen_while_forked_workers_live():
    kept = [object() for _ in range(10)]
    with frozen_for_fork(multiprocessing.get_context("fork")):
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_objects_are_unfrozen_when_the_block_fails():
    with pytest.raises(RuntimeError), frozen_for_fork(multiprocessing.get_context("fork")):
        raise RuntimeError("worker failed")
    assert gc.get_freeze_count() == 0


def test_nothing_is_frozen_without_fork():
    with frozen_for_fork(multiprocessing.get_context("spawn")):
        assert gc.get_freeze_count() == 0


def test_an_outer_freeze_is_left_in_place():
    gc.freeze()
    frozen = gc.get_freeze_count()
    with frozen_for_fork(multiprocessing.get_context("fork")):
        pass
    assert gc.get_freeze_count() == frozen


def test_release_memory_collects_cycles():
    class Node:
        pass

    node = Node()
    node.me = node
    alive = weakref.ref(node)
    del node  # the cycle is garbage now, for the collector only
    release_memory()
    assert alive() is None


def test_articles_waiting_for_their_batch_are_held_compressed_and_come_back_whole():
    from analysis.corpus.stream import packed, unpacked
    from analysis.ingest.records import RawArticle

    raws = [
        RawArticle("a", "a.txt", "Zelensky said: «Ми готові» — ready. " * 40, {"outlet": "BBC"}),
        RawArticle("b", "b.txt", "", {}),
    ]
    held = packed(raws)
    assert all(raw.text == "" for raw, _ in held)  # only the compressed bytes hold the text
    assert len(held[0][1]) < len(raws[0].text.encode("utf-8")) / 4
    assert unpacked(held) == raws


def test_local_annotation_keeps_older_objects_frozen_until_it_ends(monkeypatch):
    """Annotating in this process freezes the objects made before it, and hands them back to the
    collector when the stream ends or is closed early."""
    from analysis.corpus import annotate

    def rows_here(rows, model, batch_size):
        for _row in rows:
            yield gc.get_freeze_count()

    monkeypatch.setattr(annotate, "_annotate_here", rows_here)
    assert all(count > 0 for count in annotate.annotate_stream([{}, {}]))
    assert gc.get_freeze_count() == 0
    stream = annotate.annotate_stream([{}, {}])
    next(stream)
    stream.close()
    assert gc.get_freeze_count() == 0
