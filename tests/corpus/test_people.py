"""The people table: one row per person, gender pooled over the articles (literal tables)."""

import math

import pandas as pd

from analysis.corpus.people import people_table


def entity(article_id, canonical, gender, basis, confidence, evidence, side=None):
    return {"article_id": article_id, "canonical": canonical, "gender": gender,
            "gender_basis": basis, "gender_confidence": confidence,
            "gender_evidence": evidence, "side": side, "label": "PERSON"}  # fmt: skip


ENTITIES = pd.DataFrame(
    [
        entity("a", "Ruth Kelly", "female", "first_name", 0.99, "ruth", "Labour"),
        entity("b", "Ruth Kelly", "female", "title", 0.99, "Ms Kelly", "Labour"),
        entity("c", "Ruth Kelly", "female", "title", 0.99, "Ms Kelly", "Labour"),
        entity("c", "Ruth Kelly", "female", "title", 0.99, "Ms Kelly", "Labour"),
        entity("a", "Alex Folkes", "unknown", "none", 0.0, ""),
        {**entity("a", "Home Office", None, None, math.nan, None), "label": "ORG"},
    ]
).assign(start=lambda table: range(0, 10 * len(table), 10))
QUOTES = pd.DataFrame(
    [
        {"article_id": "a", "quote_group": 0, "speaker": "Ruth Kelly", "speaker_type": "person",
         "speaker_side": "Labour", "text": "We will act"},
        {"article_id": "a", "quote_group": 0, "speaker": "Ruth Kelly", "speaker_type": "person",
         "speaker_side": "Labour", "text": "now"},
        {"article_id": "b", "quote_group": 3, "speaker": "Ruth Kelly", "speaker_type": "person",
         "speaker_side": "Labour", "text": "Not yet"},
        {"article_id": "b", "quote_group": 4, "speaker": "Home Office", "speaker_type":
         "organization", "speaker_side": None, "text": "No comment"},
    ]
).assign(start=lambda table: range(0, 10 * len(table), 10))  # fmt: skip


def test_one_row_per_person_with_its_statements_words_mentions_and_articles():
    table = people_table(ENTITIES, QUOTES).set_index("canonical")
    assert sorted(table.index) == ["Alex Folkes", "Ruth Kelly"]  # the Home Office is no person
    kelly = table.loc["Ruth Kelly"]
    assert (kelly.statements, kelly.quoted_words, kelly.mentions, kelly.articles) == (2, 6, 4, 3)
    assert kelly.side == "Labour"


def test_the_strongest_basis_decides_and_says_where_it_comes_from():
    kelly = people_table(ENTITIES, QUOTES).set_index("canonical").loc["Ruth Kelly"]
    assert (kelly.gender, kelly.gender_basis, kelly.gender_confidence) == ("female", "title", 0.99)
    assert kelly.gender_evidence.startswith("Ms Kelly (b)") and "2 of 2 articles" in (
        kelly.gender_evidence
    )


def test_split_evidence_lowers_the_confidence_and_unknown_stays():
    split = pd.concat(
        [ENTITIES, pd.DataFrame([entity("d", "Ruth Kelly", "male", "title", 0.99, "Mr Kelly")])]
    )
    table = people_table(split, QUOTES).set_index("canonical")
    assert table.at["Ruth Kelly", "gender"] == "female"
    assert table.at["Ruth Kelly", "gender_confidence"] == round(0.99 * 2 / 3, 3)
    assert (table.at["Alex Folkes", "gender"], table.at["Alex Folkes", "gender_basis"]) == (
        "unknown",
        "none",
    )
