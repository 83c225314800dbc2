"""The Dask engine and local worker processes write the same tables as a one-process run (Dask: a
LocalCluster with two workers)."""

import pandas as pd
import pytest

import analysis
from analysis.schemas import TABLES

distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local_cluster:
        yield local_cluster


def test_dask_tables_equal_the_local_run(cluster, seeds_corpus):
    on_dask = analysis.load_corpus(
        "seeds", cache=False, engine="dask", scheduler=cluster.scheduler_address
    )
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(on_dask, name), getattr(seeds_corpus, name))
    assert on_dask.provenance == seeds_corpus.provenance


def test_dask_results_fill_the_cache(cluster, tmp_path, monkeypatch, load_corpus):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path))
    with distributed.Client(cluster.scheduler_address) as client:
        first = load_corpus("seeds", engine="dask", scheduler=client)
    assert first.cache_stats == {"from_cache": 0, "annotated": 5, "snapshot": False}
    assert load_corpus("seeds").cache_stats == {"from_cache": 5, "annotated": 0, "snapshot": True}


def test_dask_engine_needs_a_scheduler():
    with pytest.raises(ValueError, match="scheduler"):
        analysis.load_corpus("seeds", engine="dask")


@pytest.mark.model
def test_command_line_build_on_dask(cluster, tmp_path):
    import subprocess
    import sys

    out = tmp_path / "built"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis",
            "build",
            "seeds",
            "--out",
            str(out),
            "--no-cache",
            "--dask-scheduler",
            cluster.scheduler_address,
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert len(analysis.open_corpus(out).articles) == 5


def test_worker_processes_give_the_same_tables(seeds_corpus, monkeypatch):
    """n_process=2: worker processes parse and annotate chunks; the tables equal one process's."""
    import multiprocessing

    contexts = []
    real_get_context = multiprocessing.get_context
    monkeypatch.setattr(
        multiprocessing, "get_context", lambda *a: contexts.append(a) or real_get_context(*a)
    )
    in_workers = analysis.load_corpus("seeds", cache=False, n_process=2)
    assert contexts, "n_process=2 did not start worker processes"
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(in_workers, name), getattr(seeds_corpus, name))


def test_dask_workers_write_the_parts_of_a_streaming_build(cluster, seeds_corpus, tmp_path,
                                                           monkeypatch):  # fmt: skip
    """With engine="dask" each batch is a task whose worker writes its own parts: the client
    writes none of the per-article tables, and the dataset equals the local corpus."""
    from analysis.corpus import layout

    written_here = []
    original = layout.write_part
    monkeypatch.setattr(layout, "write_part", lambda out, name, index, frame: (
        written_here.append(name), original(out, name, index, frame))[1])  # fmt: skip
    built = analysis.load_corpus("seeds", out=tmp_path / "built", batch=2, cache=False,
                                 engine="dask", scheduler=cluster.scheduler_address)  # fmt: skip
    assert set(written_here) <= {"problems", "people"}  # the workers wrote every batch
    assert len(layout.table_files(tmp_path / "built", "sentences")) == 3
    for name in ("articles", "sentences", "entities", "quotes", "frames"):
        got, expected = getattr(built, name), getattr(seeds_corpus, name)
        pd.testing.assert_frame_equal(got[expected.columns], expected)
