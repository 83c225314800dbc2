"""Sentence tone: overlay, neutralised false cues, coverage, hedges/boosters, optimism and
scepticism, author vs quoted voice, clause tone per entity."""

import math

import pytest


def _sentence(parse, text):
    (row,) = parse(text).rows["sentences"]
    return row


def test_special_envoy_is_not_positive_in_the_domain_score(parse):
    row = _sentence(parse, "Special envoy Steve Witkoff will travel to Moscow next week.")
    assert row.polarity > 0  # plain TextBlob, kept for comparison
    assert row.polarity_domain == 0.0


def test_news_vocabulary_is_scored(parse):
    assert _sentence(parse, "The talks were productive and constructive.").polarity_domain > 0
    assert _sentence(parse, "The talks ended in deadlock.").polarity_domain < 0
    row = _sentence(parse, "The latest round of talks produced no breakthrough.")
    assert row.polarity_domain < 0 and any("breakthrough" in w for w in row.domain_words)


def test_coverage_is_the_share_of_scored_content_words(parse):
    row = _sentence(parse, "The talks were productive.")
    assert row.lexicon_coverage == pytest.approx(1 / 2)  # talks, productive


def test_hedges_boosters_optimism_scepticism(parse):
    row = _sentence(
        parse, "The deal may clearly bring progress, though obstacles remain and doubts linger."
    )
    assert row.hedge_words == ["may"] and row.booster_words == ["clearly"]
    assert row.optimism_words == ["progress"]
    assert set(row.scepticism_words) == {"obstacles", "doubts"}


def test_author_and_quoted_voice_are_scored_apart(parse):
    row = _sentence(
        parse, 'Critics warned of deadlock, but the envoy called the talks "productive."'
    )
    assert row.quoted_polarity > 0 > row.author_polarity
    assert math.isnan(_sentence(parse, "The talks ended in deadlock.").quoted_polarity)


def test_clause_tone_of_an_actor(parse):
    article = parse("Putin launched a devastating attack. Zelenskyy welcomed the productive talks.")
    tone = {r.canonical: r.clause_polarity for r in article.rows["entities"]}
    assert tone["Vladimir Putin"] < 0 < tone["Volodymyr Zelenskyy"]


def test_the_evaluative_words_of_news_are_scored_in_any_story(load_corpus, tmp_path):
    """news_tone.csv (generic): "failure", "criticised" and "welcomed" carry tone that TextBlob
    misses, with or without a topic pack; a pack leaving the lexicon out does without it."""
    (tmp_path / "a.txt").write_text(
        "Plan criticised\n\nCritics criticised the plan as a failure.\n\n"
        "Unions welcomed the plan.\n",
        encoding="utf-8",
    )
    for topic in (False, "uk-politics-2005"):
        sentences = load_corpus(tmp_path, topic=topic, cache=False).sentences
        negative, positive = sentences.polarity_domain.iloc[1:3]
        assert negative < 0 < positive
        words = " ".join(sentences.domain_words.iloc[1])
        assert "failure" in words and "criticised (-0.40)" in words
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "topic.yaml").write_text("name: plain\nlexicons: [frames]\n", encoding="utf-8")
    sentences = load_corpus(tmp_path / "a.txt", topic=pack, cache=False).sentences
    assert not any("criticised" in w for w in sentences.domain_words.iloc[1])
