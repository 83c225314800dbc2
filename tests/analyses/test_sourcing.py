"""Sourcing tables: statements, share of voice, mentions vs statements."""

from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.analyses import sourcing


def test_statements_are_counted_as_quote_groups(seeds_corpus):
    table = sourcing.quotes_by_speaker(seeds_corpus).set_index("speaker")
    graham = seeds_corpus.quotes[seeds_corpus.quotes["speaker"] == "Lindsey Graham"]
    assert table.at["Lindsey Graham", "quotes"] == len(graham)
    assert table.at["Lindsey Graham", "statements"] == graham["quote_group"].nunique() < len(graham)


def test_mentions_vs_statements(seeds_corpus):
    table = sourcing.mentions_vs_quotes(seeds_corpus).set_index("canonical")
    assert table.at["Vladimir Putin", "mentions"] > table.at["Vladimir Putin", "statements"] >= 1


def _corpus():
    """Two articles, their quotes written by hand (words counted by whitespace)."""
    articles = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["Wire", None]})
    quotes = pd.DataFrame(
        [
            ("a", 0, "We want peace now", "Dmitry Peskov", "person", "Russia"),  # 4 words
            ("a", 0, "and security", "Dmitry Peskov", "person", "Russia"),  # 2, same statement
            ("a", 1, "Talks will go on", "Marco Rubio", "person", "US"),  # 4
            ("a", 2, "No comment", None, "unknown", None),  # 2
            ("b", 0, "We are hopeful", "Marco Rubio", "person", "US"),  # 3
        ],
        columns=["article_id", "quote_group", "text", "speaker", "speaker_type", "speaker_side"],
    )
    return SimpleNamespace(articles=articles, quotes=quotes)


def test_share_of_voice_per_article_and_side():
    shares = sourcing.share_of_voice(_corpus())
    got = {
        (row.article_id, row.speaker_side): (row.words, row.quotes, row.share_of_words)
        for row in shares.itertuples()
    }
    assert got == {
        ("a", "Russia"): (6, 2, pytest.approx(0.5)),
        ("a", "US"): (4, 1, pytest.approx(4 / 12)),
        ("a", "unknown"): (2, 1, pytest.approx(2 / 12)),
        ("b", "US"): (3, 1, pytest.approx(1.0)),
    }


def test_share_of_voice_per_outlet_names_the_unknown_outlet():
    shares = sourcing.share_of_voice(_corpus(), by="outlet").set_index(["outlet", "speaker_side"])
    assert shares.at[("(unknown)", "US"), "share_of_words"] == pytest.approx(1.0)
    assert shares.at[("Wire", "Russia"), "share_of_words"] == pytest.approx(0.5)


def test_quotes_by_speaker_counts_statements_quotes_words_and_articles():
    table = sourcing.quotes_by_speaker(_corpus()).set_index("speaker")
    assert table.loc["Dmitry Peskov", ["statements", "quotes", "words", "articles"]].tolist() == [
        1,
        2,
        6,
        1,
    ]
    assert table.loc["Marco Rubio", ["statements", "quotes", "words", "articles"]].tolist() == [
        2,
        2,
        7,
        2,
    ]
    assert table.at["(unknown)", "speaker_type"] == "unknown"


def test_a_share_of_one_article_carries_an_interval_over_its_statements():
    shares = sourcing.share_of_voice(_corpus()).set_index(["article_id", "speaker_side"])
    russia = shares.loc[("a", "Russia")]  # three statements: 6, 4 and 2 words
    assert russia.share_of_words_low < russia.share_of_words < russia.share_of_words_high
    assert pd.isna(shares.loc[("b", "US"), "share_of_words_low"])  # one statement: none
