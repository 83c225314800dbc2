"""Saving, opening and caching: tables round-trip with their types; repeated work is cached."""

from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.corpus.annotate as annotate_module
import analysis.ingest.articles as articles_module
from analysis.corpus import layout
from analysis.corpus.snapshot import KEEP
from analysis.schemas import TABLES


def test_save_and_open_round_trip_every_table(seeds_corpus, tmp_path):
    folder = seeds_corpus.save(tmp_path / "saved")
    reopened = analysis.open_corpus(folder)
    for name in TABLES:
        pd.testing.assert_frame_equal(
            getattr(reopened, name), getattr(seeds_corpus, name), check_exact=True
        )
    assert isinstance(reopened.articles.at[0, "chrome_removed"], list)
    offsets = [o for starts in reopened.frames["cue_starts"] for o in starts]
    assert offsets and all(type(o) is int for o in offsets)  # Python ints, as in a fresh load
    assert reopened.provenance == seeds_corpus.provenance


def test_opening_a_folder_that_is_not_a_corpus_says_so(tmp_path):
    with pytest.raises(analysis.CorpusError, match="not a saved corpus"):
        analysis.open_corpus(tmp_path)


def _parse_nothing(monkeypatch):
    def no_parsing(*args, **kwargs):
        raise AssertionError("the load cleaned or parsed articles instead of reading the cache")

    monkeypatch.setattr(annotate_module, "workbench_pipeline", no_parsing)
    monkeypatch.setattr(articles_module, "clean_article", no_parsing)


@pytest.mark.parametrize(
    "snapshot", [True, False], ids=["from the snapshot", "from the article cache"]
)
def test_second_load_comes_from_the_cache_without_parsing(
    tmp_path, monkeypatch, snapshot, load_corpus
):
    """A second load opens the whole-corpus snapshot; without it (removed), the per-article cache
    rebuilds the same tables, still without cleaning or parsing."""
    import shutil

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    first = load_corpus("seeds")
    assert first.cache_stats == {"from_cache": 0, "annotated": 5, "snapshot": False}
    if not snapshot:
        shutil.rmtree(tmp_path / "cache" / "corpora")
    _parse_nothing(monkeypatch)
    second = load_corpus("seeds")
    assert second.cache_stats == {"from_cache": 5, "annotated": 0, "snapshot": snapshot}
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(second, name), getattr(first, name))


def test_changed_text_misses_the_cache_only_for_that_article(tmp_path, monkeypatch, load_corpus):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    frame = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["Officials met in Geneva.", "The Kremlin said it was ready."],
        }
    )
    load_corpus(frame)
    frame.loc[1, "text"] = "The Kremlin said it was not ready."
    assert load_corpus(frame).cache_stats == {"from_cache": 1, "annotated": 1, "snapshot": False}


def test_knowledge_change_invalidates_the_cache(tmp_path, monkeypatch, load_corpus):
    """Editing the pack's registry in a running session re-annotates, with the edit read."""
    from analysis.knowledge.topics import copy_pack

    pack = copy_pack("ukraine-peace-2025", tmp_path / "pack")
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    frame = pd.DataFrame({"text": ["Officials met Jane Example in Geneva."]})
    before = load_corpus(frame, topic=pack)
    registered = before.entities[before.entities["in_registry"]]
    assert "Jane Example" not in set(registered["canonical"])
    with (pack / "actors.csv").open("a", encoding="utf-8") as fh:
        fh.write("Jane Example,person,PERSON,Other,test actor,Example|Jane Example\n")
    after = load_corpus(frame, topic=pack)
    assert after.cache_stats["annotated"] == 1
    jane = after.entities[after.entities["canonical"] == "Jane Example"]
    assert list(jane["side"]) == ["Other"] and list(jane["in_registry"]) == [True]


def test_cache_off_neither_reads_nor_writes(tmp_path, monkeypatch, load_corpus):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    load_corpus(pd.DataFrame({"text": ["Officials met in Geneva."]}), cache=False)
    assert not (tmp_path / "cache").exists()


def test_a_damaged_snapshot_is_ignored(tmp_path, monkeypatch, load_corpus):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    first = load_corpus("seeds")
    (snapshot,) = (tmp_path / "cache" / "corpora").iterdir()
    (quotes,) = layout.table_files(snapshot, "quotes")
    quotes.write_bytes(b"not parquet")
    again = load_corpus("seeds")
    assert again.cache_stats["snapshot"] is False
    pd.testing.assert_frame_equal(again.quotes, first.quotes)


def test_a_changed_article_or_a_new_bad_file_is_not_served_from_the_snapshot(
    tmp_path, monkeypatch, load_corpus
):
    import shutil

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "articles"
    shutil.copytree("seeds", folder)
    load_corpus(folder)
    (folder / "notes.txt").write_text("", encoding="utf-8")  # an empty file: skipped with a problem
    with_bad_file = load_corpus(folder)
    assert with_bad_file.cache_stats == {"from_cache": 5, "annotated": 0, "snapshot": False}
    assert with_bad_file.problems["source"].str.endswith("notes.txt").any()
    first_file = sorted(folder.glob("*.txt"))[0]
    first_file.write_text(
        first_file.read_text(encoding="utf-8") + "\nOfficials met again on Friday.\n",
        encoding="utf-8",
    )
    assert load_corpus(folder).cache_stats == {"from_cache": 4, "annotated": 1, "snapshot": False}


def test_only_the_most_recently_used_snapshots_are_kept(tmp_path, monkeypatch, load_corpus):
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    frames = [
        pd.DataFrame({"text": [f"Officials met in Geneva on day {n}."]}) for n in range(KEEP + 2)
    ]
    for frame in frames:
        load_corpus(frame)
    assert len(list((tmp_path / "cache" / "corpora").iterdir())) == KEEP
    assert load_corpus(frames[-1]).cache_stats["snapshot"] is True
    assert load_corpus(frames[0]).cache_stats["snapshot"] is False


def _build(args):
    source, cache = args
    import os

    os.environ["ANALYSIS_CACHE_DIR"] = cache
    corpus = analysis.load_corpus(source)
    return len(corpus.sentences)


def test_two_processes_building_at_once_leave_a_valid_cache(tmp_path, monkeypatch, load_corpus):
    import multiprocessing

    cache = str(tmp_path / "cache")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        sizes = pool.map(_build, [("seeds", cache), ("seeds", cache)])
    assert sizes[0] == sizes[1] > 100
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", cache)
    again = load_corpus("seeds")
    assert again.cache_stats == {"from_cache": 5, "annotated": 0, "snapshot": True}
    assert len(again.sentences) == sizes[0]
    assert not list(Path(cache).rglob("*.tmp"))
