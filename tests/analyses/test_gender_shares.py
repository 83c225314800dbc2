"""Gender tables of sourcing: statements, quoted words and people by gender, per outlet and week,
and the people quoted most per gender; written by hand, no spaCy model."""

from types import SimpleNamespace

import pandas as pd
import pytest

from analysis.analyses import sourcing

QUOTE_COLUMNS = ["article_id", "quote_group", "text", "speaker", "speaker_type", "speaker_gender"]
PEOPLE_COLUMNS = ["canonical", "gender", "gender_basis", "side", "statements", "quoted_words"]


def _corpus(**genders):
    """Three articles (c has no outlet and no date), their quotes, and the people table.

    quotes.speaker_gender disagrees with people.gender on purpose: the tables go by people."""
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["Wire", "Wire", None],
            "published": pd.to_datetime(["2025-12-03 09:30", "2025-12-07 00:00", None]),  # Wed, Sun
        }
    )
    quotes = pd.DataFrame(
        [
            ("a", 0, "We want peace now", "Anna Berg", "person", "unknown"),  # 4 words
            ("a", 0, "and security", "Anna Berg", "person", "unknown"),  # 2, same statement
            ("a", 1, "Talks will go on", "Tom Hale", "person", "male"),  # 4
            ("a", 2, "No comment at all", "the Kremlin", "organization", None),  # no gender
            ("a", 3, "It is over", "Sam Lee", "person", "female"),  # 3
            ("b", 0, "We are hopeful", "Tom Hale", "person", "male"),  # 3
            ("b", 1, "Never", "Jo Doe", "person", "female"),  # 1; not in people
            ("b", 2, "Sources said so", "six officials", "anonymous", None),  # no gender
            ("c", 0, "Wait and see", "Anna Berg", "person", "female"),  # 3
        ],
        columns=QUOTE_COLUMNS,
    )
    people = pd.DataFrame(
        [
            ("Anna Berg", "female", "title", "East", 2, 9),
            ("Kim Park", "female", "first_name", None, 0, 0),  # mentioned, never quoted
            ("Ray Moss", "male", "pack", "West", 2, 10),
            ("Sam Lee", "unknown", "none", None, 1, 3),
            ("Tom Hale", "male", "pronoun", "West", 2, 7),
        ],
        columns=PEOPLE_COLUMNS,
    )
    people["gender"] = [
        genders.get(name, gender) for name, gender in people[["canonical", "gender"]].values
    ]
    return SimpleNamespace(articles=articles, quotes=quotes, people=people)


def _rows(table):
    counts = table.drop(columns=sourcing.INTERVAL_COLUMNS, errors="ignore")
    return [tuple(row) for row in counts.itertuples(index=False)]


def test_gender_shares_per_outlet_counts_statements_words_and_people():
    table = sourcing.gender_shares(_corpus(), by="outlet")
    assert list(table.columns) == [
        "outlet", "gender", "statements", "statement_share", "quoted_words", "word_share",
        "people", "people_share", *sourcing.INTERVAL_COLUMNS,
    ]  # fmt: skip
    assert _rows(table) == [
        # Wire: 5 statements, 17 words, 4 people (Sam Lee unknown; Jo Doe not in people)
        ("Wire", "female", 1, pytest.approx(1 / 5), 6, pytest.approx(6 / 17), 1, 0.25),
        ("Wire", "male", 2, pytest.approx(2 / 5), 7, pytest.approx(7 / 17), 1, 0.25),
        ("Wire", "unknown", 2, pytest.approx(2 / 5), 4, pytest.approx(4 / 17), 2, 0.5),
        # the article without an outlet, after the named outlets; its empty genders kept
        ("(unknown)", "female", 1, 1.0, 3, 1.0, 1, 1.0),
        ("(unknown)", "male", 0, 0.0, 0, 0.0, 0, 0.0),
        ("(unknown)", "unknown", 0, 0.0, 0, 0.0, 0, 0.0),
    ]


def test_gender_shares_per_week_puts_undated_articles_last():
    table = sourcing.gender_shares(_corpus(), by="week")
    by_week = table.set_index(["week", "gender"])["statements"].to_dict()
    assert by_week == {
        ("2025-12-01", "female"): 1,  # Wednesday 3 and Sunday 7 December: the week of Monday 1
        ("2025-12-01", "male"): 2,
        ("2025-12-01", "unknown"): 2,
        ("(no date)", "female"): 1,
        ("(no date)", "male"): 0,
        ("(no date)", "unknown"): 0,
    }
    assert table["week"].tolist()[-1] == "(no date)"


def test_other_labels_come_before_unknown_which_is_never_dropped():
    table = sourcing.gender_shares(_corpus(**{"Sam Lee": "nonbinary"}), by="outlet")
    wire = table[table["outlet"] == "Wire"].set_index("gender")
    assert wire.index.tolist() == ["female", "male", "nonbinary", "unknown"]
    assert wire.loc["nonbinary", ["statements", "quoted_words", "people"]].tolist() == [1, 3, 1]
    assert wire.loc["unknown", ["statements", "quoted_words", "people"]].tolist() == [1, 1, 1]
    assert wire["statement_share"].sum() == pytest.approx(1.0)


def test_no_person_quotes_give_an_empty_table_with_the_columns():
    corpus = _corpus()
    corpus.quotes = corpus.quotes[corpus.quotes["speaker_type"] != "person"]
    table = sourcing.gender_shares(corpus)
    assert table.empty and "statement_share" in table.columns


def test_top_people_by_gender_ranks_by_statements_then_words():
    table = sourcing.top_people_by_gender(_corpus(), top=10)
    assert _rows(table) == [
        ("female", "Anna Berg", "title", 2, 9, "East"),  # Kim Park is never quoted: left out
        ("male", "Ray Moss", "pack", 2, 10, "West"),  # ties Tom Hale on statements, more words
        ("male", "Tom Hale", "pronoun", 2, 7, "West"),
        ("unknown", "Sam Lee", "none", 1, 3, "unknown"),
    ]


def test_top_people_by_gender_keeps_top_per_gender():
    table = sourcing.top_people_by_gender(_corpus(), top=1)
    assert table[["gender", "canonical"]].values.tolist() == [
        ["female", "Anna Berg"],
        ["male", "Ray Moss"],
        ["unknown", "Sam Lee"],
    ]


def test_statement_word_and_people_shares_carry_intervals():
    table = sourcing.gender_shares(_corpus(), by="corpus")
    for share in ("statement_share", "word_share", "people_share"):
        low, high = table[f"{share}_low"], table[f"{share}_high"]
        present = low.notna()
        assert present.any()
        assert (low[present] <= table.loc[present, share] + 1e-12).all()
        assert (table.loc[present, share] <= high[present] + 1e-12).all()
