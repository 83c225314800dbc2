"""Drafting a pack's actors from a corpus's entity mentions (literal tables, no model)."""

from types import SimpleNamespace

import pandas as pd

from analysis.analyses.drafting import draft_actors

TEXTS = {
    "a": "Home Secretary Charles Clarke met Tony Blair. Mr Blair said yes.",
    "b": "Blair spoke. Cherie Blair smiled. Charles Clarke, the home secretary, agreed.",
    "c": "Blair again, and the Home Office. Home Office staff and Tony Blair.",
}
NO_QUOTES = pd.DataFrame(columns=["article_id", "speaker"])


def mention(article_id, text, label, canonical=None, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = TEXTS[article_id].index(text, start + 1)
    return {"article_id": article_id, "start": start, "end": start + len(text), "text": text,
            "label": label, "canonical": canonical or text}  # fmt: skip


CORPUS = SimpleNamespace(
    quotes=NO_QUOTES,
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
        quotes=NO_QUOTES,
        articles=pd.DataFrame({"article_id": ["a"], "text": ["Tory Tories Wiggins"]}),
        entities=entities,
    )
    table = draft_actors(corpus, min_mentions=1).set_index("canonical")
    assert table.at["Tory", "mentions"] == 2 and table.at["Tory", "aliases"] == "Tories"


def _draft(text: str, names: list[tuple[str, str]], speakers=()) -> pd.DataFrame:
    """A one-article corpus whose mentions are the given (name, label) pairs, in text order,
    and whose quotes have the given speakers."""
    rows, cursor = [], 0
    for name, label in names:
        start = text.index(name, cursor)
        cursor = start + len(name)
        rows.append({"article_id": "a", "start": start, "end": cursor, "text": name,
                     "label": label, "canonical": name})  # fmt: skip
    corpus = SimpleNamespace(
        articles=pd.DataFrame({"article_id": ["a"], "text": [text]}),
        entities=pd.DataFrame(rows),
        quotes=pd.DataFrame({"article_id": "a", "speaker": list(speakers)}, dtype=object),
    )
    return draft_actors(corpus, min_mentions=1).set_index("canonical")


def test_short_forms_of_a_group_join_its_long_form():
    text = (
        "The Scottish National Party met. The SNP said so. The Liberal Democrat spoke; a Lib Dem"
        " agreed. The UK Independence Party and UKIP. The Labour Party, and Labour again."
    )
    table = _draft(text, [
        ("Scottish National Party", "ORG"), ("SNP", "ORG"), ("Liberal Democrat", "NORP"),
        ("Lib Dem", "PERSON"), ("UK Independence Party", "ORG"), ("UKIP", "ORG"),
        ("Labour Party", "ORG"), ("Labour", "ORG"),
    ])  # fmt: skip
    assert table.at["Scottish National Party", "aliases"] == "SNP"
    assert table.at["Liberal Democrat", "aliases"] == "Lib Dem"
    assert table.at["UK Independence Party", "aliases"] == "UKIP"
    assert table.at["Labour", "aliases"] == "Labour Party"  # the party's everyday name


def test_honorific_forms_and_middle_initials_join_the_full_name():
    text = "Hazel Blears spoke. Ms Blears agreed. George W Bush and George Bush. Ms Blears."
    table = _draft(text, [
        ("Hazel Blears", "PERSON"), ("Ms Blears", "ORG"), ("George W Bush", "PERSON"),
        ("George Bush", "PERSON"), ("Ms Blears", "ORG"),
    ])  # fmt: skip
    assert (
        table.at["Hazel Blears", "mentions"] == 3 and table.at["Hazel Blears", "type"] == "person"
    )
    assert table.at["George Bush", "aliases"] == "George W Bush"
    mangled = _draft("ofNew Labour. Labour", [("ofNew Labour", "PERSON"), ("Labour", "PERSON")])
    assert "Labour" in mangled.index  # a surname joins only a name that looks like one


def test_settings_and_adjectives_rank_below_actors():
    # London is four times a setting, British four times an adjective; Ruritania acts twice
    text = (
        "In London, in London, to London, at London. British troops, British MPs, British, "
        "British. Ruritania said no. Ruritania's army."
    )
    table = _draft(text, [("London", "GPE")] * 4 + [("British", "NORP")] * 4
                   + [("Ruritania", "GPE")] * 2)  # fmt: skip
    assert table.at["London", "actor_mentions"] == 0 and table.at["British", "actor_mentions"] == 0
    assert table.at["Ruritania", "actor_mentions"] == 2
    assert list(table.index)[0] == "Ruritania"  # ranked by mentions as an actor


def test_a_common_word_taken_for_a_name_is_left_out():
    text = "Home said so. Labour agreed. They went home, then home again. Labour won."
    table = _draft(text, [("Home", "ORG"), ("Labour", "ORG"), ("Labour", "ORG")])
    assert "Home" not in table.index and "Labour" in table.index


def _draft_articles(articles: dict[str, tuple[str, list[tuple[str, str]]]]) -> pd.DataFrame:
    """A corpus of several articles: article id -> (text, its (name, label) mentions in order)."""
    rows = []
    for article_id, (text, names) in articles.items():
        cursor = 0
        for name, label in names:
            start = text.index(name, cursor)
            cursor = start + len(name)
            rows.append({"article_id": article_id, "start": start, "end": cursor, "text": name,
                         "label": label, "canonical": name})  # fmt: skip
    corpus = SimpleNamespace(
        quotes=NO_QUOTES,
        articles=pd.DataFrame(
            {"article_id": list(articles), "text": [t for t, _ in articles.values()]}
        ),
        entities=pd.DataFrame(rows),
    )
    return draft_actors(corpus, min_mentions=1).set_index("canonical")


def test_a_short_form_joins_the_long_form_written_in_the_same_articles():
    """ "EU" has the initials of Edinburgh University too, but is written beside the European
    Union; "Commons" is the last word of one organisation's name; "Ireland" (a place) stays
    apart from Northern Ireland; "MPs" is a title, not an actor."""
    table = _draft_articles({
        "a": ("Edinburgh University staff met MPs in Northern Ireland.",
              [("Edinburgh University", "ORG"), ("MPs", "ORG"), ("Northern Ireland", "GPE")]),
        "b": ("The European Union and the EU agreed. The House of Commons and the Commons voted"
              " in Ireland.",
              [("European Union", "ORG"), ("EU", "ORG"), ("House of Commons", "ORG"),
               ("Commons", "ORG"), ("Ireland", "GPE")]),
    })  # fmt: skip
    assert table.at["European Union", "aliases"] == "EU"
    assert table.at["Edinburgh University", "aliases"] == ""
    assert table.at["House of Commons", "aliases"] == "Commons"
    assert "Ireland" in table.index and "MPs" not in table.index


def test_an_honorific_joins_only_a_full_name_of_its_gender():
    """ "Mr Blair" is Tony Blair and "Mrs Blair" Cherie Blair; a bare "Blair" stays apart,
    since two people of the corpus are called Blair."""
    text = "Tony Blair and Cherie Blair. Mr Blair spoke. Mrs Blair smiled. Blair left."
    table = _draft(text, [
        ("Tony Blair", "PERSON"), ("Cherie Blair", "PERSON"), ("Mr Blair", "PERSON"),
        ("Mrs Blair", "PERSON"), ("Blair", "PERSON"),
    ])  # fmt: skip
    assert table.at["Tony Blair", "aliases"] == "Mr Blair"
    assert table.at["Cherie Blair", "aliases"] == "Mrs Blair"
    assert "Blair" in table.index


def test_a_slogan_is_no_full_name_that_makes_a_surname_ambiguous():
    text = "Tony Blair spoke under Vote Blair posters. Blair said people should vote."
    table = _draft(text, [("Tony Blair", "PERSON"), ("Vote Blair", "PERSON"), ("Blair", "PERSON")])
    assert table.at["Tony Blair", "aliases"] == "Blair"


def test_a_name_the_ner_split_in_two_is_one_name():
    text = "The Liberal Democrat leader spoke. The Liberal Democrat manifesto."
    table = _draft(text, [("Liberal Democrat", "NORP"), ("Liberal", "ORG"), ("Democrat", "NORP")])
    assert table.at["Liberal Democrat", "mentions"] == 2
    assert "Liberal" not in table.index and "Democrat" not in table.index


def test_sub_brands_and_shortened_names_join_the_organisation():
    text = (
        "The BBC said. BBC News and BBC Radio 4 reported. BBC Radio 4 again, Radio 4 once. "
        "The UK Independence Party, the UK Independence Party, the Independence Party. "
        "The Conservative Party, the Conservative Party and the Scottish Conservative Party."
    )
    table = _draft(text, [
        ("BBC", "ORG"), ("BBC News", "ORG"), ("BBC Radio 4", "ORG"), ("BBC Radio 4", "ORG"),
        ("Radio 4", "ORG"), ("UK Independence Party", "ORG"), ("UK Independence Party", "ORG"),
        ("Independence Party", "ORG"), ("Conservative Party", "ORG"),
        ("Conservative Party", "ORG"), ("Scottish Conservative Party", "ORG"),
    ])  # fmt: skip
    assert table.at["BBC", "aliases"] == "BBC News|BBC Radio 4|Radio 4"
    assert table.at["UK Independence Party", "aliases"] == "Independence Party"
    assert "Conservative Party" in table.index and "Scottish Conservative Party" in table.index


def test_an_actor_who_is_quoted_ranks_above_one_who_is_only_named():
    text = "Anna Field met Ben Stone. Ms Field said yes. Mr Stone nodded."
    names = [("Anna Field", "PERSON"), ("Ben Stone", "PERSON"), ("Ms Field", "PERSON"),
             ("Mr Stone", "PERSON")]  # fmt: skip
    table = _draft(text, names, speakers=["Ben Stone"])
    assert list(table.index) == ["Ben Stone", "Anna Field"]
    assert table.at["Ben Stone", "quoted_in"] == 1 and table.at["Anna Field", "quoted_in"] == 0
    assert list(_draft(text, names).index) == ["Anna Field", "Ben Stone"]  # else by name


def test_a_surname_the_ner_once_took_for_an_organisation_is_the_person():
    text = "Donald Trump spoke. Trump said so. Trump agreed. Trump Tower, Trump officials."
    table = _draft(text, [("Donald Trump", "PERSON"), ("Trump", "PERSON"), ("Trump", "PERSON"),
                          ("Trump", "ORG")])  # fmt: skip
    assert table.at["Donald Trump", "mentions"] == 4 and "Trump" not in table.index
    labour = _draft("Labour won. Labour lost. Labour.", [("Labour", "ORG"), ("Labour", "ORG"),
                                                        ("Labour", "PERSON")])  # fmt: skip
    assert labour.at["Labour", "type"] == "organization"  # a person only in most mentions
