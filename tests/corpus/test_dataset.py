"""Corpora on disk: one layout for save and streaming builds, opened without loading, queried in
place (SQL, filter, keyword in context), exported for other tools; builds resume after a kill."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.corpus.stream as stream_module
from analysis.corpus import layout
from analysis.errors import CorpusError
from analysis.schemas import TABLES

ROOT = Path(__file__).resolve().parents[2]
PER_ARTICLE = ("sentences", "entities", "quotes", "frames")


@pytest.fixture(scope="module")
def saved(seeds_corpus, tmp_path_factory):
    folder = tmp_path_factory.mktemp("saved")
    seeds_corpus.save(folder)
    return folder


def test_save_writes_one_part_per_table_and_open_reads_nothing_yet(seeds_corpus, saved):
    assert all(layout.table_files(saved, name) == [saved / name / "part-00000.parquet"]
               for name in TABLES)  # fmt: skip
    corpus = analysis.open_corpus(saved)
    assert corpus.loaded == {}
    assert corpus.row_count("quotes") == len(seeds_corpus.quotes)
    pd.testing.assert_frame_equal(corpus.quotes, seeds_corpus.quotes)
    assert set(corpus.loaded) == {"quotes"}


def test_a_table_above_the_row_limit_is_refused_with_the_way_out(seeds_corpus, saved):
    corpus = analysis.open_corpus(saved, max_rows=50)
    with pytest.raises(CorpusError, match=r"sentences table .* 166 rows.*corpus\.sql.*filter"):
        _ = corpus.sentences
    assert len(corpus.articles) == 5  # a small table still loads
    counts = corpus.sql("select count(*) as n from sentences")
    assert counts["n"].iloc[0] == len(seeds_corpus.sentences)


def test_the_same_sql_runs_in_memory_and_on_disk(seeds_corpus, saved):
    query = "select speaker, count(*) as statements from quotes group by 1 order by 2 desc, 1"
    in_memory = seeds_corpus.sql(query)
    on_disk = analysis.open_corpus(saved).sql(query)
    pd.testing.assert_frame_equal(in_memory, on_disk)
    expected = seeds_corpus.quotes.groupby("speaker", dropna=False).size()
    got = in_memory.set_index("speaker")["statements"]
    assert got.to_dict() == expected.to_dict()


def test_filter_gives_a_small_corpus_in_memory_with_the_same_api(seeds_corpus, saved):
    outlet = seeds_corpus.articles["outlet"].dropna().iloc[0]
    chosen = seeds_corpus.articles.loc[seeds_corpus.articles["outlet"] == outlet, "article_id"]
    part = analysis.open_corpus(saved).filter(outlet=outlet)
    assert type(part) is analysis.Corpus
    assert set(part.articles["article_id"]) == set(chosen)
    for name in PER_ARTICLE:
        expected = getattr(seeds_corpus, name)
        assert len(getattr(part, name)) == expected["article_id"].isin(chosen).sum() > 0
    pd.testing.assert_frame_equal(part.quotes, seeds_corpus.filter(outlet=outlet).quotes)
    dated = seeds_corpus.filter(published=("2025-12-01", None))
    assert set(dated.articles["article_id"]) == set(
        seeds_corpus.articles.loc[seeds_corpus.articles["published"] >= "2025-12-01", "article_id"]
    )
    one = seeds_corpus.articles["article_id"].iloc[0]
    assert set(seeds_corpus.filter(article_ids=[one]).sentences["article_id"]) == {one}


def test_kwic_finds_whole_words_with_offsets_into_the_article(seeds_corpus, saved):
    lines = seeds_corpus.kwic("ceasefire", window=30)
    texts = seeds_corpus.articles.set_index("article_id")["text"]
    assert len(lines) > 0
    for line in lines.itertuples():
        assert texts[line.article_id][line.start : line.end].lower() == "ceasefire"
        assert line.keyword.lower() == "ceasefire" and len(line.left) <= 30
    assert seeds_corpus.kwic("ceasefir").empty  # whole words only
    pd.testing.assert_frame_equal(lines, analysis.open_corpus(saved).kwic("ceasefire", window=30))
    phrase = seeds_corpus.kwic("peace   plan")
    assert len(phrase) > 0 and set(phrase["keyword"].str.lower()) == {"peace plan"}


def test_export_writes_every_table_and_a_codebook(seeds_corpus, tmp_path):
    paths = seeds_corpus.export(tmp_path / "csv")
    assert {p.name for p in paths} == {f"{name}.csv" for name in TABLES} | {"codebook.csv"}
    frames = pd.read_csv(tmp_path / "csv" / "frames.csv")
    assert len(frames) == len(seeds_corpus.frames)
    first = seeds_corpus.frames.iloc[0]
    assert frames["cues"].iloc[0] == " | ".join(first["cues"])
    codebook = pd.read_csv(tmp_path / "csv" / "codebook.csv")
    assert len(codebook) == sum(len(model.to_schema().columns) for model in TABLES.values())
    assert codebook["description"].notna().all()
    (workbook,) = seeds_corpus.export(tmp_path / "xlsx", format="xlsx")
    sheets = pd.read_excel(workbook, sheet_name=None)
    assert list(sheets) == [*TABLES, "codebook"]
    assert len(sheets["quotes"]) == len(seeds_corpus.quotes)


def test_a_folder_saved_before_the_parts_layout_still_opens(seeds_corpus, tmp_path):
    for name, frame in seeds_corpus.tables().items():
        frame.to_parquet(tmp_path / f"{name}.parquet", index=False)
    (tmp_path / "provenance.json").write_text(json.dumps(seeds_corpus.provenance, default=str))
    pd.testing.assert_frame_equal(analysis.open_corpus(tmp_path).quotes, seeds_corpus.quotes)


def test_load_corpus_opens_a_saved_corpus_as_it_is(saved, load_corpus):
    corpus = load_corpus(saved)
    assert isinstance(corpus, analysis.DatasetCorpus) and corpus.loaded == {}


def test_a_streaming_build_writes_a_part_per_batch_with_the_same_rows(seeds_corpus, tmp_path):
    built = analysis.load_corpus("seeds", out=tmp_path / "built", batch=2, cache=True)
    assert len(layout.table_files(tmp_path / "built", "sentences")) == 3
    for name in (*PER_ARTICLE, "articles"):
        got, expected = getattr(built, name), getattr(seeds_corpus, name)
        pd.testing.assert_frame_equal(got[expected.columns], expected, check_like=False)
    assert len(built.events) == len(seeds_corpus.events)
    # events are linked within a batch: no event_id is shared by two batches
    linked = built.events.dropna(subset=["event_id"])
    batch_of = {a: i // 2 for i, a in enumerate(seeds_corpus.articles["article_id"])}
    batches = linked.groupby("event_id")["article_id"].agg(lambda ids: {batch_of[a] for a in ids})
    assert len(batches) and all(len(b) == 1 for b in batches)
    assert linked["event_id"].str.startswith("b0000").all()


def test_a_build_that_failed_midway_resumes_without_losing_or_doubling(
    seeds_corpus, tmp_path, monkeypatch
):
    real = stream_module.corpus_of
    calls = []

    def crashing(raws, *args, **kwargs):
        calls.append(len(raws))
        if len(calls) == 2:
            raise KeyboardInterrupt  # as if killed while the second batch was being built
        return real(raws, *args, **kwargs)

    monkeypatch.setattr(stream_module, "corpus_of", crashing)
    out = tmp_path / "built"
    with pytest.raises(KeyboardInterrupt):
        stream_module.build_dataset("seeds", out, batch=2)
    assert json.loads((out / "build.json").read_text())["done"] == [0]
    monkeypatch.setattr(stream_module, "corpus_of", real)
    resumed = stream_module.build_dataset("seeds", out, batch=2)
    assert resumed.articles["article_id"].is_unique
    assert sorted(resumed.articles["article_id"]) == sorted(seeds_corpus.articles["article_id"])
    assert len(resumed.sentences) == len(seeds_corpus.sentences)


def test_a_folder_with_other_files_is_not_built_into(tmp_path):
    (tmp_path / "thesis.docx").write_text("mine")
    with pytest.raises(CorpusError, match="not empty"):
        stream_module.build_dataset("seeds", tmp_path)
    assert (tmp_path / "thesis.docx").read_text() == "mine"


def test_a_killed_build_resumes_from_its_last_batch(seeds_corpus, tmp_path, load_corpus):
    """A real kill (SIGKILL) of ``python -m analysis build`` once its first batch is written;
    the same command run again finishes the build with every article once."""
    out = tmp_path / "built"
    command = [sys.executable, "-m", "analysis", "build", "seeds", "--out", str(out),
               "--batch", "1", "--no-cache"]  # fmt: skip
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    state = out / "build.json"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if state.exists() and json.loads(state.read_text())["done"]:
            break
        time.sleep(0.2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    done = json.loads(state.read_text())["done"]
    assert 1 <= len(done) < 5, "the build was killed after its first batch, before its last"
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    assert json.loads(state.read_text())["done"] == [*done, *(i for i in range(5) if i not in done)]
    rebuilt = analysis.open_corpus(out)
    assert sorted(rebuilt.articles["article_id"]) == sorted(seeds_corpus.articles["article_id"])
    for name in PER_ARTICLE:
        assert len(getattr(rebuilt, name)) == len(getattr(seeds_corpus, name)), name


def test_aggregations_are_the_same_sql_on_disk_and_in_memory(seeds_corpus, saved):
    from analysis.analyses import framing, sourcing, timeline

    on_disk = analysis.open_corpus(saved)
    for aggregate in (timeline.event_outlets, timeline.events_per_week):
        pd.testing.assert_frame_equal(aggregate(on_disk), aggregate(seeds_corpus))
    for by in ("article_id", "outlet", "corpus"):
        pd.testing.assert_frame_equal(
            sourcing.share_of_voice(on_disk, by=by), sourcing.share_of_voice(seeds_corpus, by=by)
        )
        pd.testing.assert_frame_equal(
            framing.frame_profile(on_disk, by=by), framing.frame_profile(seeds_corpus, by=by)
        )
    pd.testing.assert_frame_equal(
        sourcing.quotes_by_speaker(on_disk), sourcing.quotes_by_speaker(seeds_corpus)
    )
    assert on_disk.loaded == {}  # answered in place: no table was loaded into pandas


def test_people_are_built_from_the_parts_without_loading_a_table(seeds_corpus, tmp_path):
    """A streaming build writes the people table by SQL over its parts (no table above the row
    limit is loaded), equal to the in-memory corpus's."""
    built = analysis.load_corpus(ROOT / "seeds", out=tmp_path / "built", batch=2, progress=False)
    assert layout.has_table(tmp_path / "built", "people")
    reopened = analysis.open_corpus(tmp_path / "built", max_rows=20)
    assert (
        len(seeds_corpus.people) <= 20 < min(len(seeds_corpus.entities), len(seeds_corpus.quotes))
    )
    pd.testing.assert_frame_equal(reopened.people, seeds_corpus.people)
    assert set(reopened.loaded) == {"people"}
    assert built.row_count("people") == len(seeds_corpus.people)
