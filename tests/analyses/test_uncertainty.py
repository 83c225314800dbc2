"""Bootstrap intervals of shares, resampling articles (literal tables, no model)."""

import math

import pandas as pd

from analysis.analyses.uncertainty import share_intervals


def _items(rows):
    return pd.DataFrame(rows, columns=["outlet", "article_id", "side", "words"])


def test_articles_alike_give_no_spread_and_one_article_gives_no_interval():
    items = _items([
        ("x", "a", "L", 1), ("x", "a", "R", 1), ("x", "b", "L", 1), ("x", "b", "R", 1),
        ("y", "c", "L", 1), ("y", "c", "R", 3),
    ])  # fmt: skip
    table = share_intervals(items, "outlet", "side").set_index(["outlet", "side"])
    assert table.loc[("x", "L")].tolist() == [0.5, 0.5, 0.5]  # every resample is 50/50
    assert table.loc[("y", "R"), "share"] == 0.5 and math.isnan(table.loc[("y", "R"), "share_low"])


def test_the_interval_brackets_the_share_and_widens_with_disagreeing_articles():
    items = _items([("x", f"a{i}", "L" if i % 3 else "R", 1) for i in range(12)])
    row = share_intervals(items, "outlet", "side").set_index("side").loc["L"]
    assert row.share == 8 / 12
    assert row.share_low < row.share < row.share_high
    assert 0 <= row.share_low and row.share_high <= 1


def test_weights_and_totals():
    """Quoted words weigh a share; with totals per article (sentences), a share is over them."""
    items = _items([("x", "a", "L", 9), ("x", "a", "R", 1), ("x", "b", "L", 9), ("x", "b", "R", 1)])
    by_words = share_intervals(items, "outlet", "side", weight="words").set_index("side")
    assert by_words.loc["L", "share"] == 0.9 and by_words.loc["L", "share_low"] == 0.9
    totals = pd.DataFrame({"outlet": ["x", "x", "x"], "article_id": ["a", "b", "c"],
                           "total": [10, 10, 20]})  # fmt: skip
    over_sentences = share_intervals(items, "outlet", "side", totals=totals).set_index("side")
    assert over_sentences.loc["L", "share"] == 2 / 40  # article c has no hit but counts
    assert over_sentences.loc["L", "share_low"] == 0.0  # a resample of c alone


def test_one_article_is_resampled_by_its_own_parts_with_empty_parts_counted():
    # one article of 10 sentences; sentences 0 and 1 show frame F, sentence 0 also G
    hits = pd.DataFrame({"article_id": ["a", "a", "a"], "sentence_id": [0, 1, 0],
                         "frame": ["F", "F", "G"]})  # fmt: skip
    totals = pd.DataFrame({"article_id": ["a"], "total": [10]})
    table = share_intervals(hits, "article_id", "frame", totals=totals, within="sentence_id")
    f = table.set_index("frame").loc["F"]
    assert f.share == 0.2 and f.share_low == 0.0 and 0.2 < f.share_high < 1
    alone = share_intervals(hits, "article_id", "frame", totals=totals)
    assert alone["share_low"].isna().all()  # without parts to resample: no interval
