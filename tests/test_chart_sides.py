"""Charts take their side colours and legend from the topic pack, say when no sides are
defined, and say in words when there is nothing to draw (no model needed)."""

import pandas as pd

import analysis
from analysis.knowledge.topics import Side

MENTIONS = pd.DataFrame(
    {
        "canonical": ["Tony Blair", "Michael Howard", "BBC"],
        "side": ["Labour", "Conservative", "unknown"],
        "actor_type": ["person", "person", "media"],
        "mentions": [5, 3, 2],
        "articles": [2, 2, 1],
    }
)
SIDES = (Side("Labour", "#D55E00"), Side("Conservative", "#0072B2"))


def test_side_colours_and_legend_order_follow_the_pack():
    spec = analysis.charts.overview.actors_by_side(MENTIONS, sides=SIDES).to_dict()
    scale = spec["encoding"]["color"]["scale"]
    assert scale["domain"] == ["Labour", "Conservative", "unknown"]
    assert scale["range"] == ["#D55E00", "#0072B2", "#c7c7c7"]
    assert spec["title"] == "Actors mentioned, by side"


def test_without_sides_there_is_no_legend_and_the_chart_says_so():
    spec = analysis.charts.overview.actors_by_side(MENTIONS).to_dict()
    assert spec["encoding"]["color"] == {"value": "#c7c7c7"}
    assert "No sides defined" in spec["title"]["subtitle"]


def test_a_chart_with_nothing_to_draw_says_why():
    empty = MENTIONS.iloc[0:0]
    spec = analysis.charts.timeline.publication_timeline(
        pd.DataFrame(columns=["article_id", "title", "published", "outlet", "date_confidence"])
    ).to_dict()
    assert spec["mark"]["type"] == "text"
    (message,) = [v for values in spec["datasets"].values() for row in values for v in row.values()]
    assert message.startswith("No article has a publication date")
    assert analysis.charts.overview.actors_by_side(empty, sides=SIDES).to_dict()["mark"][
        "type"
    ] == ("text")


def test_entity_highlights_take_light_tints_of_the_side_colours():
    markup = {
        "text": "Tony Blair",
        "ents": [{"start": 0, "end": 10, "label": "Labour"}],
        "title": "a",
    }
    html = analysis.entity_html(markup, sides=SIDES)
    assert "Labour" in html and "background: #" in html
    assert "#D55E00" not in html  # a tint, not the chart colour itself
