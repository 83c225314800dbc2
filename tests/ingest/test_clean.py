"""Chrome removal and text normalisation on literal texts (no spaCy model)."""

import pytest

from analysis.ingest.clean import clean_article, normalize_text


def test_outlet_is_read_from_a_masthead_when_metadata_has_none():
    cleaned = clean_article("Liabooks Home|PRISM News\nA headline here\n\nBody text said things.")
    assert cleaned.outlet == "PRISM News"
    banner = clean_article("US TRENDING NEWS\n\nA headline here\n\nBody text said things.")
    assert banner.outlet == "US Trending News"
    assert banner.text.startswith("A headline here\n\n")


def test_title_is_inferred_from_a_headline_like_first_line_only():
    assert (
        clean_article("Talks Resume in Geneva\n\nDiplomats met on Monday.").headline
        == "Talks Resume in Geneva"
    )
    assert clean_article("Diplomats met on Monday in Geneva to talk.\nMore text.").headline is None


def test_metadata_title_is_put_first_when_the_body_lacks_it():
    cleaned = clean_article("Diplomats met on Monday.", title="Talks Resume")
    assert cleaned.text == "Talks Resume\n\nDiplomats met on Monday."


def test_a_repeated_sentence_of_reporting_is_not_taken_for_a_caption():
    raw = "Headline Words Here\n\nThe talks ended.\nOfficials left.\nThe talks ended."
    assert clean_article(raw).text.count("The talks ended.") == 2


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("zero\u200bwidth\ufeff", "zerowidth"),
        ("bell\x07 tab\t", "bell tab\t"),
    ],
)
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected
