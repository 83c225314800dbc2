"""Gender charts of sourcing: valid Vega-Lite, counts in the tooltip and in the bars, a fixed
colour order with unknown in grey, and a notice when there is nothing to draw."""

import pandas as pd
import pytest
import vl_convert

from analysis.charts import sourcing as charts
from analysis.charts.sides import UNKNOWN_COLOUR
from analysis.report.notebook import vl_version

SHARES = pd.DataFrame(
    [
        ("Wire", "female", 1, 0.2, 6, 6 / 17, 1, 0.25),
        ("Wire", "male", 2, 0.4, 7, 7 / 17, 1, 0.25),
        ("Wire", "nonbinary", 0, 0.0, 0, 0.0, 0, 0.0),
        ("Wire", "unknown", 2, 0.4, 4, 4 / 17, 2, 0.5),
        ("(unknown)", "female", 1, 1.0, 3, 1.0, 1, 1.0),
        ("(unknown)", "male", 0, 0.0, 0, 0.0, 0, 0.0),
        ("(unknown)", "nonbinary", 0, 0.0, 0, 0.0, 0, 0.0),
        ("(unknown)", "unknown", 0, 0.0, 0, 0.0, 0, 0.0),
    ],
    columns=["outlet", "gender", "statements", "statement_share", "quoted_words",
             "word_share", "people", "people_share"],
)  # fmt: skip
TOP = pd.DataFrame(
    [
        ("female", "Anna Berg", "title", 2, 9, "East"),
        ("male", "Ray Moss", "pack", 2, 10, "West"),
        ("unknown", "Sam Lee", "none", 1, 3, "unknown"),
    ],
    columns=["gender", "canonical", "gender_basis", "statements", "quoted_words", "side"],
)
COUNTS_AND_SHARES = {"statements", "statement_share", "quoted_words", "word_share", "people",
                     "people_share"}  # fmt: skip


def _compiles(spec):
    assert vl_convert.vegalite_to_vega(spec, vl_version=vl_version())["marks"]


def _mark(layer):
    return layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"]


def _tooltip_fields(encoding):
    return {tip["field"] for tip in encoding["tooltip"]}


@pytest.mark.parametrize("measure", ["statements", "quoted_words", "people"])
def test_gender_shares_stacks_shares_and_writes_the_counts(measure):
    spec = charts.gender_shares(SHARES, measure=measure).to_dict()  # validates
    _compiles(spec)
    bars, counts = spec["layer"]
    assert (_mark(bars), _mark(counts)) == ("bar", "text")
    for layer in (bars, counts):
        x = layer["encoding"]["x"]
        assert (x["field"], x["type"], x["stack"]) == (measure, "quantitative", "normalize")
        assert layer["encoding"]["y"]["field"] == "outlet"
        assert COUNTS_AND_SHARES | {"outlet", "gender", "group_total"} <= _tooltip_fields(
            layer["encoding"]
        )
    assert counts["encoding"]["text"]["field"] == measure  # the count written in the bar
    assert {"filter": f"datum.{measure} > 0"} in counts["transform"]  # no "0" over nothing


def _colour_scale(table):
    return charts.gender_shares(table).to_dict()["layer"][0]["encoding"]["color"]["scale"]


def test_gender_shares_colours_in_a_fixed_order_with_unknown_grey():
    scale = _colour_scale(SHARES)
    assert scale["domain"] == ["female", "male", "nonbinary", "unknown"]
    assert scale["range"][-1] == UNKNOWN_COLOUR
    assert len(set(scale["range"])) == 4
    only_unknown = _colour_scale(SHARES[SHARES["gender"] == "unknown"])
    assert only_unknown["domain"] == ["female", "male", "unknown"]  # same colours in every chart
    assert only_unknown["range"][:2] == scale["range"][:2]


def test_gender_shares_per_week_draws_the_week_column():
    weeks = SHARES.rename(columns={"outlet": "week"}).replace({"Wire": "2025-12-01"})
    bars = charts.gender_shares(weeks, measure="quoted_words").to_dict()["layer"][0]
    assert bars["encoding"]["y"]["field"] == "week"
    assert bars["encoding"]["y"]["sort"] is None  # the table's order: weeks, then "(no date)"
    assert "week" in _tooltip_fields(bars["encoding"])


def test_top_people_by_gender_draws_statements_per_person():
    spec = charts.top_people_by_gender(TOP).to_dict()
    _compiles(spec)
    assert _mark(spec) == "bar"
    encoding = spec["encoding"]
    assert (encoding["x"]["field"], encoding["y"]["field"]) == ("statements", "canonical")
    assert encoding["color"]["field"] == "gender"
    assert encoding["color"]["scale"]["domain"] == ["female", "male", "unknown"]
    assert {"statements", "quoted_words", "gender", "gender_basis"} <= _tooltip_fields(encoding)


@pytest.mark.parametrize("chart, table", [(charts.gender_shares, SHARES),
                                          (charts.top_people_by_gender, TOP)])  # fmt: skip
def test_empty_tables_say_so(chart, table):
    spec = chart(table.iloc[:0]).to_dict()
    assert _mark(spec) == "text"
    assert list(spec["datasets"].values()) == [[{"message": "No quote of a person."}]]
