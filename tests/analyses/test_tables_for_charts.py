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


# ---- per outlet: the same tables for a corpus too large to draw per article ---------------

ARTICLES = pd.DataFrame(
    {
        "article_id": ["a", "b", "c"],
        "outlet": ["BBC", "BBC", None],
        "published": pd.to_datetime(["2025-12-01 09:00", "2025-12-01 18:00", None]),
        "date_confidence": ["high", "high", "low"],
        "title": ["A", "B", "C"],
        "text": ["x" * 40, "y" * 40, "z" * 40],
    }
)


def tables(**frames):
    from types import SimpleNamespace

    return SimpleNamespace(articles=ARTICLES, **frames)


def test_polarity_on_a_bin_edge_counts_in_the_bin_it_starts_despite_float_rounding():
    sentences = pd.DataFrame({"article_id": ["a", "a"], "polarity": [0.19999999999999998, 0.2]})
    table = analysis.polarity_histogram(sentences)
    assert table[["bin_start", "sentences"]].round(1).values.tolist() == [[0.2, 2]]


def test_sentence_arc_per_outlet_averages_each_position_over_the_outlets_articles():
    sentences = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "c"],
            "sentence_id": [0, 1, 0, 0],
            "polarity_domain": [0.2, -0.4, 0.4, 0.1],
            "polarity": [0.0, 0.0, 0.2, 0.1],
            "text": ["a0", "a1", "b0", "c0"],
        }
    )
    arc = analysis.sentence_arc(tables(sentences=sentences), by="outlet")
    rows = {(r.outlet, r.sentence_id): (round(r.polarity_domain, 2), r.sentences, r.text)
            for r in arc.itertuples()}  # fmt: skip
    # two articles behind BBC's first sentence: their mean, and no single sentence to show
    assert rows[("BBC", 0)][:2] == (0.3, 2) and pd.isna(rows[("BBC", 0)][2])
    assert rows[("BBC", 1)] == (-0.4, 1, "a1")
    assert rows[("(unknown)", 0)] == (0.1, 1, "c0")


def test_publications_per_day_count_articles_per_day_outlet_and_confidence():
    table = analysis.publications(tables(), per_day=True)
    assert table.values.tolist() == [[pd.Timestamp("2025-12-01"), "BBC", "high", 2]]


def test_dominant_frames_per_outlet_count_the_articles_whose_primary_frame_it_is():
    sentences = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "b", "b", "b"],
            "sentence_id": [0, 1, 2, 0, 1, 2],
            "is_headline": [True, False, False, True, False, False],
        }
    )
    frames = pd.DataFrame(
        {
            "article_id": ["a", "a", "b", "b"],
            "sentence_id": [0, 2, 1, 2],
            "frame": ["economic", "legality", "legality", "economic"],
            "frame_kind": ["generic"] * 4,
        }
    )
    corpus = tables(sentences=sentences, frames=frames)
    per_article = analysis.dominant_frames(corpus)
    primary = per_article[per_article["primary"]].set_index("article_id")["frame"]
    # a: the headline counts twice (economic); b: the lead (first body sentence) does (legality)
    assert primary.to_dict() == {"a": "economic", "b": "legality"}
    per_outlet = analysis.dominant_frames(corpus, by="outlet")
    assert per_outlet[["outlet", "frame", "articles", "share", "rank"]].values.tolist() == [
        ["BBC", "economic", 1, 0.5, 1],
        ["BBC", "legality", 1, 0.5, 2],
    ]
    assert per_outlet["in_headline"].tolist() == [1, 0] and per_outlet["in_lead"].tolist() == [0, 1]


def test_a_linked_event_is_one_calendar_row_spanning_its_mentions_with_their_outlets():
    day = pd.Timestamp("2025-12-01")
    events = pd.DataFrame(
        {
            "article_id": ["a", "c"],
            "sentence_id": [0, 0],
            "event_id": ["E1", "E1"],
            "date": [day, day + pd.Timedelta(days=1)],
            "date_end": [pd.NaT, pd.NaT],
            "event_type": ["meeting/talks"] * 2,
            "place": [None, "Geneva"],
            "date_text": ["on Monday", "on Tuesday"],
            "granularity": ["day", "day"],
            "actors": [["Witkoff"], []],
            "text": ["They met on Monday.", "They met on Tuesday."],
        }
    )
    row = analysis.calendar_events(tables(events=events), linked=True).iloc[0]
    assert (row["date"], row["draw_end"]) == (day, day + pd.Timedelta(days=2))
    assert (row["outlet"], row["mentions"], row["text"]) == ("(unknown), BBC", 2, events.text[0])


def test_preview_shows_the_first_rows_in_order_with_missing_values_last():
    table = analysis.preview(tables(), "articles", ["article_id", "published"],
                             order_by=["published"], limit=2)  # fmt: skip
    assert table["article_id"].tolist() == ["a", "b"]
    assert analysis.preview(tables(), "articles", ["title"], order_by=["published"])[
        "title"
    ].tolist() == ["A", "B", "C"]


def test_per_article_charts_turn_per_outlet_above_the_article_limit():
    assert analysis.chart_unit(tables(), 3) == "article_id"
    assert analysis.chart_unit(tables(), 2) == "outlet"


def test_cue_totals_sum_hedges_boosters_and_cues_per_outlet():
    sentences = pd.DataFrame(
        {"article_id": ["a", "b", "c"], "n_hedge": [1, 2, 0], "n_booster": [0, 1, 1],
         "n_optimism": [0, 0, 3], "n_scepticism": [1, 1, 1]}
    )  # fmt: skip
    table = analysis.cue_totals(tables(sentences=sentences), by="outlet")
    assert table.values.tolist() == [["(unknown)", 1, 0, 1, 3, 1], ["BBC", 2, 3, 1, 0, 2]]
