"""Framing charts build from the seed corpus and validate as Vega-Lite with the expected marks."""

import pytest

import analysis
from analysis.charts import framing as charts


def _mark(spec):
    return spec["mark"]["type"] if isinstance(spec["mark"], dict) else spec["mark"]


def test_frame_heatmap_per_article_and_outlet(seeds_corpus):
    for by in ("article_id", "outlet"):
        spec = charts.frame_heatmap(analysis.frame_profile(seeds_corpus, by=by), by=by).to_dict()
        assert _mark(spec) == "rect"
        assert spec["encoding"]["x"]["field"] == by
        assert spec["encoding"]["y"]["field"] == "frame"
        assert spec["encoding"]["color"]["field"] == "share"


@pytest.mark.parametrize(
    "build, table, mark, x",
    [
        (charts.optimism_scepticism, analysis.tone_cue_counts, "bar", "count"),
        (charts.sentiment_arc, analysis.sentence_arc, "line", "sentence_id"),
        (charts.headline_vs_body, analysis.headline_body_tone, "point", "polarity"),
        (charts.author_vs_quoted, analysis.voice_tone, "bar", "polarity"),
    ],
)
def test_sentence_tone_charts(seeds_corpus, build, table, mark, x):
    spec = build(table(seeds_corpus.sentences)).to_dict()
    assert _mark(spec) == mark
    assert spec["encoding"]["x"]["field"] == x


def test_tone_by_side(seeds_corpus):
    spec = charts.tone_by_side(analysis.side_tone(seeds_corpus.entities)).to_dict()
    assert _mark(spec) == "bar"
    assert spec["encoding"]["y"]["field"] == "side"


def test_frame_heatmap_labels_frames_with_their_measured_validity(seeds_corpus):
    import pandas as pd

    validity = pd.DataFrame({"frame": ["external_relations"], "validity": ["⚠ P 0.62 < 0.75"]})
    chart = charts.frame_heatmap(
        analysis.frame_profile(seeds_corpus), by="article_id", validity=validity
    )
    assert chart.to_dict()["encoding"]["y"]["field"] == "frame_label"
    labels = set(chart.data["frame_label"])
    assert "external_relations (⚠ P 0.62 < 0.75)" in labels
    assert any(label.endswith("(not validated)") for label in labels)  # story frames


def test_dominant_frames_draw_each_article_top_three(seeds_corpus):
    table = analysis.article_frames(seeds_corpus)
    chart = charts.dominant_frames(table)
    assert _mark(chart.to_dict()) == "bar"
    per_article = chart.data.groupby("article_id").size()
    assert per_article.max() == 3 and set(per_article.index) == set(table.article_id)
    assert chart.data["primary"].sum() == table.article_id.nunique()
