"""Loading the seed corpus: metadata, sentences, rows gathered in article order, list items
shared (entities of the seeds: tests/extract/test_entities.py)."""

from pathlib import Path

import pandas as pd
import pytest

from analysis.corpus.assemble import TableChunks
from analysis.corpus.bulk import gc_paused
from analysis.schemas import TABLES

SEED_IDS = [
    "000_065fb5c15ef4a347",
    "001_608096255bf34736",
    "002_e91f38832a2364a5",
    "003_4efbf8bebd05baf7",
    "004_520e1962ceb0d452",
]


def test_seeds_load_with_metadata(seeds_corpus):
    articles = seeds_corpus.articles.set_index("article_id")
    assert list(articles.index) == SEED_IDS
    assert articles.at["001_608096255bf34736", "outlet"] == "PRISM News"
    assert articles.at["002_e91f38832a2364a5", "outlet"] == "Archyde"
    assert articles.at["004_520e1962ceb0d452", "outlet"] == "US Trending News"
    assert articles.at["002_e91f38832a2364a5", "title"].startswith(
        "Secret Talks and Shifting Sands"
    )
    assert articles.at["000_065fb5c15ef4a347", "published"] == pd.Timestamp("2026-01-31 20:07:26")
    assert articles.at["003_4efbf8bebd05baf7", "published"] == pd.Timestamp("2025-12-01")
    assert articles.at["003_4efbf8bebd05baf7", "date_confidence"] == "low"
    assert pd.api.types.is_datetime64_any_dtype(articles["published"])
    assert seeds_corpus.problems.empty


def test_sentences_tile_the_text_and_carry_sentiment(seeds_corpus):
    texts = seeds_corpus.articles.set_index("article_id")["text"]
    for row in seeds_corpus.sentences.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text
    first = seeds_corpus.sentences.groupby("article_id")["sentence_id"].apply(list)
    assert all(ids == list(range(len(ids))) for ids in first)
    # "very nice" and "special" are in TextBlob's lexicon; the evidence words are kept
    sentences = seeds_corpus.sentences
    sentence = sentences[sentences.text.str.contains('"very nice,"')].iloc[0]
    assert sentence.polarity > 0 and any("nice" in w for w in sentence.sentiment_words)


def test_a_heading_line_is_its_own_sentence(seeds_corpus):
    texts = set(seeds_corpus.sentences["text"])
    assert "Florida Meeting Signals Serious Intent" in texts
    assert "The Core Impasse: Territory" in texts


def test_rows_gathered_in_chunks_keep_article_order(
    seeds_corpus, tmp_path, monkeypatch, load_corpus
):
    """Cached articles are gathered before fresh ones, in chunks: the tables still come out in
    article order, equal to a plain load."""
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    files = sorted(Path("seeds").glob("*.txt"))
    # fills the cache (a list of files takes the pack of their folder only when told)
    load_corpus([files[1], files[3]], metadata="seeds/metadata.csv", topic="seeds")
    monkeypatch.setattr(TableChunks, "CHUNK", 2)
    mixed = load_corpus("seeds")
    assert mixed.cache_stats == {"from_cache": 2, "annotated": 3, "snapshot": False}
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(mixed, name), getattr(seeds_corpus, name))


def test_list_items_are_shared_between_rows_of_different_articles(
    tmp_path, monkeypatch, load_corpus
):
    """Words in list columns (lexicon hits) recur in every article: one object per distinct word,
    even for articles read back from the cache (each cache file unpickles its own copies)."""
    import shutil

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    load_corpus("seeds")
    shutil.rmtree(tmp_path / "cache" / "corpora")
    corpus = load_corpus("seeds")
    assert corpus.cache_stats["from_cache"] == 5 and not corpus.cache_stats["snapshot"]
    words = [
        w
        for column in ("domain_words", "sentiment_words")
        for ws in corpus.sentences[column]
        for w in ws
    ]
    assert len(set(words)) < len(words)
    assert len({id(w) for w in words}) == len(set(words))


def test_the_garbage_collector_is_paused_only_inside_the_block():
    import gc

    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError
    assert gc.isenabled()


def test_the_seeds_take_the_pack_named_by_their_topic_yaml(seeds_corpus):
    assert seeds_corpus.topic == "ukraine-peace-2025"
    assert [side.label for side in seeds_corpus.sides] == [
        "US",
        "Russia",
        "Ukraine",
        "Europe",
        "Other",
    ]
    assert set(seeds_corpus.entities["side"].dropna()) <= {
        side.label for side in seeds_corpus.sides
    }
