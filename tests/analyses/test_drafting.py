"""Drafting a pack's actors from a corpus's entity mentions (literal tables, no model)."""

from types import SimpleNamespace

import pandas as pd

from analysis.analyses.drafting import draft_actors

TEXTS = {
    "a": "Home Secretary Charles Clarke met Tony Blair. Mr Blair said yes.",
    "b": "Blair spoke. Cherie Blair smiled. Charles Clarke, the home secretary, agreed.",
    "c": "Blair again, and the Home Office. Home Office staff and Tony Blair.",
}


def mention(article_id, text, label, canonical=None, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXTS[article_id].index(text, start + 1)
    return {"article_id": article_id, "start": start, "end": start + len(text), "text": text,
            "label": label, "canonical": canonical or text}  # fmt: skip


CORPUS = SimpleNamespace(
    articles=pd.DataFrame({"article_id": list(TEXTS), "text": list(TEXTS.values())}),
    entities=pd.DataFrame(
        [
            mention("a", "Charles Clarke", "PERSON"),
            mention("a", "Tony Blair", "PERSON"),
            mention("a", "Mr Blair", "PERSON", "Tony Blair"),  # joined in its article
            mention("b", "Blair", "PERSON"),
            mention("b", "Cherie Blair", "PERSON"),
            mention("b", "Charles Clarke", "PERSON"),
            mention("c", "Blair", "PERSON", "Tony Blair"),  # joined in its article already
            mention("c", "the Home Office", "ORG"),
            mention("c", "Home Office", "ORG", occurrence=1),
            mention("c", "Tony Blair", "PERSON"),
        ]
    ),
)


def test_drafted_actors_merge_forms_of_one_name_sorted_by_mentions():
    table = draft_actors(CORPUS, min_mentions=1)
    rows = {r.canonical: r for r in table.itertuples()}
    # forms joined in their article count once; the bare "Blair" of article b stays apart, since
    # two people of the corpus are called Blair
    assert rows["Tony Blair"].mentions == 4 and rows["Tony Blair"].aliases == "Blair|Mr Blair"
    assert rows["Blair"].mentions == 1
    assert rows["Home Office"].mentions == 2 and rows["Home Office"].type == "organization"
    assert list(table["canonical"])[:3] == ["Tony Blair", "Charles Clarke", "Home Office"]
    assert set(table["side"]) == {""}


def test_a_role_is_read_before_the_name_or_from_an_apposition():
    table = draft_actors(CORPUS, min_mentions=1).set_index("canonical")
    assert table.at["Charles Clarke", "role"] in ("Home Secretary", "home secretary")
    assert table.at["Cherie Blair", "role"] == ""


def test_rare_names_are_left_out():
    assert "Cherie Blair" not in set(draft_actors(CORPUS)["canonical"])  # one mention


def test_a_plural_group_name_joins_its_singular():
    rows = [("Tory", "NORP", 0), ("Tories", "NORP", 5), ("Wiggins", "PERSON", 12)]
    entities = pd.DataFrame(
        [
            {"article_id": "a", "start": start, "end": start + len(name), "text": name,
             "label": label, "canonical": name}
            for name, label, start in rows
        ]
    )  # fmt: skip
    corpus = SimpleNamespace(
        articles=pd.DataFrame({"article_id": ["a"], "text": ["Tory Tories Wiggins"]}),
        entities=entities,
    )
    table = draft_actors(corpus, min_mentions=1).set_index("canonical")
    assert table.at["Tory", "mentions"] == 2 and table.at["Tory", "aliases"] == "Tories"
