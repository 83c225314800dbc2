"""The small tables that charts draw, from literal corpus tables (no model needed)."""

import pandas as pd

import analysis


def test_polarity_histogram_counts_sentences_per_bin_and_article():
    sentences = pd.DataFrame(
        {"article_id": ["a", "a", "a", "a", "b"], "polarity": [-1.0, 0.0, 0.05, 1.0, 0.0]}
    )
    table = analysis.polarity_histogram(sentences)
    rows = {
        (r.article_id, round(r.bin_start, 1), round(r.bin_end, 1)): r.sentences
        for r in table.itertuples()
    }
    # bins are [start, end); a polarity of exactly 1.0 falls in the last bin
    assert rows == {
        ("a", -1.0, -0.9): 1,
        ("a", 0.0, 0.1): 2,
        ("a", 0.9, 1.0): 1,
        ("b", 0.0, 0.1): 1,
    }


def test_tone_cue_counts_sum_per_article_in_long_form():
    sentences = pd.DataFrame(
        {"article_id": ["a", "a", "b"], "n_optimism": [1, 2, 0], "n_scepticism": [0, 1, 4]}
    )
    table = analysis.tone_cue_counts(sentences)
    assert set(map(tuple, table[["article_id", "cue", "count"]].values.tolist())) == {
        ("a", "optimism", 3),
        ("a", "scepticism", 1),
        ("b", "optimism", 0),
        ("b", "scepticism", 4),
    }


def test_side_mentions_count_actors_and_name_missing_sides_unknown():
    entities = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "a"],
            "actor_type": ["person", "person", "place", None],
            "side": ["US", None, "US", None],
        }
    )
    table = analysis.side_mentions(entities)
    assert sorted(map(tuple, table.values.tolist())) == [("a", "US", 1), ("a", "unknown", 1)]


def test_event_outlets_count_mentions_of_one_linked_event_per_outlet():
    day = pd.Timestamp("2025-12-28")
    events = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "event_id": ["E00001", "E00001", "E00001"],
            "date": [day, day, day],
            "date_end": [day, day, day],
            "event_type": ["meeting/talks"] * 3,
            "place": ["Mar-a-Lago", "Mar-a-Lago", None],
            "actors": [["Donald Trump"], ["Donald Trump"], []],
        }
    )
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "X", None]})
    table = analysis.event_outlets(events, articles)
    counts = {(r.outlet, r.mentions) for r in table.itertuples()}
    assert counts == {("X", 2), ("(unknown)", 1)}


def test_events_per_week_count_mentions_events_and_articles_from_monday():
    monday, sunday = pd.Timestamp("2025-12-22"), pd.Timestamp("2025-12-28")
    events = pd.DataFrame(
        {
            "article_id": ["a", "b", "b", "c"],
            "event_id": ["E00001", "E00001", "E00002", "E00003"],
            "date": [monday, sunday, sunday, sunday + pd.Timedelta(days=1)],
            "event_type": ["meeting/talks", "meeting/talks", "meeting/talks", "attack"],
            "place": [None] * 4,
        }
    )
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "Y", None]})
    table = analysis.events_per_week(events, articles)
    assert [tuple(r) for r in table[["week", "event_type", "mentions", "events", "articles"]]
            .itertuples(index=False)] == [
        (monday, "meeting/talks", 3, 2, 2),
        (sunday + pd.Timedelta(days=1), "attack", 1, 1, 1),
    ]  # fmt: skip


def test_event_outlets_keep_the_events_mentioned_most():
    day = pd.Timestamp("2025-12-28")
    events = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "c"],
            "event_id": ["E00001", "E00002", "E00002", "E00003"],
            "date": [day] * 4,
            "event_type": ["meeting/talks"] * 4,
            "place": [None] * 4,
        }
    )
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"]})
    table = analysis.event_outlets(events, articles, top=2)
    assert sorted(set(table["event_id"])) == ["E00001", "E00002"]  # E00002 most, then the first
    assert table.loc[table["event_id"] == "E00002", "mentions"].sum() == 2
