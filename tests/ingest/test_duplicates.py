"""Exact and near-duplicate articles found from their bodies (MinHash of word 5-grams), each
pointing at the earliest original (no spaCy model)."""

import pandas as pd
import pytest

from analysis.ingest.duplicates import find_duplicates, shingles

# 129 words, no 5-gram twice: 125 shingles.
BODY = (
    "Diplomats from the United States and Ukraine met in Geneva on Sunday to discuss a peace "
    "plan drafted in Washington over several weeks of quiet consultations. Officials said the "
    "talks were productive and would continue next week at a venue yet to be announced. Moscow "
    "said it had not been consulted about the latest draft, while European governments asked to "
    "be included in any settlement that touched their own security. A senior adviser to the "
    "Ukrainian president told reporters that territorial questions remained the hardest part of "
    "the negotiations and that no agreement would be signed without parliament. Analysts in Kyiv "
    "warned that winter attacks on power stations could harden public opinion against any deal, "
    "and aid groups urged both delegations to protect civilians before anything else was settled."
)
# One word changed in the middle: 5 of 125 shingles differ, Jaccard 120/130 = 0.92.
EDITED = BODY.replace("hardest part", "toughest part")
OTHER = (
    "Protesters gathered in Paris on Saturday to demand higher wages, and union leaders said "
    "more strikes would follow next month unless the government reopened talks on pensions. "
    "Police estimated the crowd at forty thousand, organisers at twice that number."
)


def _articles(rows):
    """rows: (article_id, text, published); no headline."""
    frame = pd.DataFrame(rows, columns=["article_id", "text", "published"])
    frame["published"] = pd.to_datetime(frame["published"])
    frame["headline_end"] = 0
    return frame


def test_a_text_of_n_words_has_n_minus_4_shingles():
    assert len(BODY.split()) == 129
    assert len(shingles(BODY)) == 125
    assert len(shingles(BODY) ^ shingles(EDITED)) == 10


def test_an_exact_and_a_lightly_edited_copy_point_at_the_original_and_another_text_does_not():
    articles = _articles(
        [
            ("original", BODY, "2025-12-01"),
            ("copy", BODY, "2025-12-02"),
            ("edited", EDITED, "2025-12-03"),
            ("other", OTHER, "2025-12-01"),
        ]
    )
    found = find_duplicates(articles).set_axis(articles["article_id"])
    assert pd.isna(found.at["original", "duplicate_of"])
    assert found.at["copy", "duplicate_of"] == "original"
    assert found.at["copy", "duplicate_similarity"] == 1.0
    assert found.at["edited", "duplicate_of"] == "original"
    assert 0.85 <= found.at["edited", "duplicate_similarity"] < 1.0
    assert pd.isna(found.at["other", "duplicate_of"])
    assert pd.isna(found.at["other", "duplicate_similarity"])


def test_the_earliest_published_is_the_original_whatever_the_load_order():
    articles = _articles([("repost", BODY, "2025-12-05"), ("wire", BODY, "2025-12-01")])
    found = find_duplicates(articles).set_axis(articles["article_id"])
    assert found.at["repost", "duplicate_of"] == "wire"
    assert pd.isna(found.at["wire", "duplicate_of"])


def test_without_dates_the_first_loaded_is_the_original():
    articles = _articles([("first", BODY, None), ("second", BODY, None)])
    found = find_duplicates(articles).set_axis(articles["article_id"])
    assert list(found["duplicate_of"].fillna("-")) == ["-", "first"]


def test_a_retitled_copy_is_a_duplicate_the_headline_is_not_compared():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b"],
            "text": ["Talks go on\n\n" + BODY, "Geneva talks end without a deal\n\n" + BODY],
            "headline_end": [11, 31],
            "published": pd.to_datetime(["2025-12-01", "2025-12-02"]),
        }
    )
    found = find_duplicates(articles).set_axis(articles["article_id"])
    assert found.at["b", "duplicate_of"] == "a"
    assert found.at["b", "duplicate_similarity"] == 1.0


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One two three four five six", {"one two three four five", "two three four five six"}),
        ("Too short, said he", {"too short said he"}),
        ("", set()),
    ],
)
def test_shingles_are_lower_case_word_5_grams(text, expected):
    assert shingles(text) == expected
