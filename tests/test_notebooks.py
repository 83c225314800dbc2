"""Notebook hygiene, for whatever notebooks/NN_*.ipynb exist: jupytext twins in sync, no
definitions, a papermill parameters cell, headless execution on the seeds, and every chart
function of analysis/charts rendering a valid Vega-Lite spec."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import pkgutil
from collections import Counter

import jupytext
import nbformat
import pandas as pd
import pytest
from reports_session import NOTEBOOKS, code_nodes, code_sources, seeds_reports, shown_figures

import analysis
import analysis.charts

NOTEBOOK_IDS = [path.stem for path in NOTEBOOKS]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    return seeds_reports(tmp_path_factory)


def test_notebooks_are_discovered():
    assert NOTEBOOKS, "no notebooks/NN_*.ipynb found"
    assert [p.name for p in NOTEBOOKS] == sorted(p.name for p in NOTEBOOKS)
    assert "01_corpus_overview" in NOTEBOOK_IDS


def _cells(notebook):
    return [
        (cell.cell_type, cell.source.strip(), sorted(cell.metadata.get("tags", [])))
        for cell in notebook.cells
    ]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_py_percent_twin_in_sync(notebook):
    twin = notebook.with_suffix(".py")
    assert twin.exists(), (
        f"{notebook.name} has no jupytext twin: "
        f"run `jupytext --set-formats ipynb,py:percent {notebook}`"
    )
    assert "py:percent" in jupytext.read(notebook).metadata.get("jupytext", {}).get(
        "formats", ""
    ), f"{notebook.name} is not paired with py:percent"
    assert "\n# %%" in twin.read_text(), f"{twin.name} is not in py:percent format"
    assert _cells(jupytext.read(twin)) == _cells(jupytext.read(notebook)), (
        f"{notebook.name} and {twin.name} differ: run `jupytext --sync {notebook}`"
    )


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_imports_only_the_public_surface(notebook):
    """Notebooks import ``analysis`` (whose ``__all__`` names what they use) and IPython's
    display helpers, nothing else of the package."""
    nodes = code_nodes(notebook)
    imported = {
        alias.name for node in nodes if isinstance(node, ast.Import) for alias in node.names
    }
    imported |= {node.module for node in nodes if isinstance(node, ast.ImportFrom)}
    assert imported <= {"analysis", "IPython.display"}, imported
    used = {
        node.attr
        for node in nodes
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "analysis"
    }
    assert used <= set(analysis.__all__), used - set(analysis.__all__)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_defines_no_functions_or_classes(notebook):
    definitions = [
        f"{type(node).__name__} {node.name}"
        for source in code_sources(notebook)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    ]
    assert definitions == [], (
        f"{notebook.name}: move these into the analysis package: {definitions}"
    )


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_first_code_cell_is_the_parameters_cell(notebook):
    cells = [c for c in nbformat.read(notebook, as_version=4).cells if c.cell_type == "code"]
    assert cells and "parameters" in cells[0].metadata.get("tags", []), (
        f"{notebook.name}: the first code cell must be tagged `parameters`"
    )
    assigned = {
        target.id
        for node in ast.parse(cells[0].source).body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    assert {"corpus_path", "output_dir"} <= assigned, (
        f"{notebook.name} parameters: {sorted(assigned)}"
    )


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_calls_setup_before_showing_charts(notebook):
    """nb.show needs the session from analysis.notebook.setup (it embeds the Vega JavaScript)."""
    sources = "\n".join(code_sources(notebook))
    if shown_figures(notebook) or ".show(" in sources:
        assert "setup(output_dir)" in sources, (
            f"{notebook.name}: call analysis.notebook.setup(output_dir) first"
        )


def test_figure_names_are_unique_across_notebooks():
    """All notebooks write into one figures/ folder: a repeated name would overwrite a figure."""
    counts = Counter(name for notebook in NOTEBOOKS for name in shown_figures(notebook))
    assert [name for name, n in counts.items() if n > 1] == []


@pytest.mark.slow
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_executes_headless_on_the_seeds(notebook, reports):
    assert notebook.name not in reports.failures, reports.failures.get(notebook.name)
    assert reports.html(notebook) in reports.written


# ---- chart functions -------------------------------------------------------------------------


def chart_functions() -> dict[str, object]:
    """Public functions of analysis/charts/*.py annotated to return an Altair chart."""
    found = {}
    for module_info in pkgutil.iter_modules(analysis.charts.__path__):
        module = importlib.import_module(f"analysis.charts.{module_info.name}")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            returns = str(inspect.signature(function).return_annotation)
            if (
                function.__module__ == module.__name__
                and not name.startswith("_")
                and "Chart" in returns
            ):
                found[f"{module_info.name}.{name}"] = function
    return found


CHART_FUNCTIONS = chart_functions()


def test_chart_functions_are_discovered():
    assert {"overview.actors_by_side", "overview.sentiment_distribution"} <= set(CHART_FUNCTIONS)
    assert "overview.actor_mentions" not in CHART_FUNCTIONS  # returns a DataFrame


# The analysis function whose tidy table each chart draws, as the notebooks call them: per
# article (``unit`` "article_id") on a small corpus, per outlet above ``chart_articles``.
CHART_INPUTS = {
    "overview.actors_by_side": lambda c, unit: analysis.actor_mentions(c),
    "overview.side_totals": lambda c, unit: analysis.side_mentions(c, by=unit),
    "overview.sentiment_distribution": lambda c, unit: analysis.polarity_histogram(c, by=unit),
    "timeline.publication_timeline": lambda c, unit: analysis.publications(
        c, per_day=unit != "article_id"
    ),
    "timeline.events_calendar": lambda c, unit: analysis.calendar_events(
        c, linked=unit != "article_id"
    ),
    "timeline.outlet_coverage": lambda c, unit: analysis.event_outlets(c, top=40),
    "timeline.events_per_week": lambda c, unit: analysis.events_per_week(c),
    "timeline.actor_appearances": lambda c, unit: analysis.actor_months(c),
    "framing.frame_heatmap": lambda c, unit: analysis.frame_profile(c, by=unit),
    "framing.dominant_frames": lambda c, unit: analysis.dominant_frames(c, by=unit),
    "framing.optimism_scepticism": lambda c, unit: analysis.tone_cue_counts(c, by=unit),
    "framing.sentiment_arc": lambda c, unit: analysis.sentence_arc(c, by=unit),
    "framing.headline_vs_body": lambda c, unit: analysis.headline_body_tone(c, by=unit),
    "framing.author_vs_quoted": lambda c, unit: analysis.voice_tone(c, by=unit),
    "framing.tone_by_side": lambda c, unit: analysis.side_tone(c),
    "sourcing.who_is_quoted": lambda c, unit: analysis.quotes_by_speaker(c),
    "sourcing.share_of_voice": lambda c, unit: analysis.share_of_voice(c, by=unit),
    "sourcing.source_types": lambda c, unit: analysis.source_types(c, by=unit),
    "sourcing.reporting_verbs": lambda c, unit: analysis.reporting_verbs(c),
    "sourcing.mentions_vs_quotes": lambda c, unit: analysis.mentions_vs_quotes(c),
    "sourcing.gender_shares": lambda c, unit: analysis.gender_shares(c),
    "sourcing.top_people_by_gender": lambda c, unit: analysis.top_people_by_gender(c),
    "intervals.share_intervals": lambda c, unit: analysis.source_type_shares(c, by="corpus"),
}
# The tables the notebooks show beside the charts, as they call them.
TABLE_CALLS = {
    "articles": lambda c, unit: analysis.preview(c, "articles", ["article_id", "title"]),
    "events": lambda c, unit: analysis.preview(
        c, "events", ["event_id", "date", "actors", "text"], order_by=["date", "article_id"]
    ),
    "frame_evidence": lambda c, unit: analysis.frame_evidence(c, analysis.most_common_frame(c)),
    "cue_totals": lambda c, unit: analysis.cue_totals(c, by=unit),
    "quote_evidence": lambda c, unit: analysis.quote_evidence(c, limit=50),
    "entity_markup": lambda c, unit: pd.DataFrame(analysis.entity_markup(c)["ents"]),
}
UNITS = ("article_id", "outlet")


def drawn(name: str, table: pd.DataFrame, unit: str):
    """The chart ``name`` of a table, drawn per ``unit`` where the chart takes one."""
    function = CHART_FUNCTIONS[name]
    takes_unit = "by" in inspect.signature(function).parameters
    return function(table, by=unit) if takes_unit and unit != "article_id" else function(table)


def test_every_chart_draws_an_analysis_table():
    """Charts take the small tables of the analysis layer, never a Corpus: that keeps them
    working when a corpus no longer fits in memory."""
    assert set(CHART_FUNCTIONS) == set(CHART_INPUTS)
    for name, function in CHART_FUNCTIONS.items():
        parameters = inspect.signature(function).parameters
        assert "corpus" not in parameters, f"{name} takes a corpus"


@pytest.mark.parametrize("unit", UNITS)
@pytest.mark.parametrize("name", sorted(CHART_FUNCTIONS))
def test_chart_function_renders_valid_vega_lite(name, unit, seeds_corpus):
    import altair as alt
    import vl_convert

    from analysis.report.notebook import vl_version

    chart = drawn(name, CHART_INPUTS[name](seeds_corpus, unit), unit)
    assert isinstance(chart, alt.TopLevelMixin), f"{name} returned {type(chart).__name__}"
    spec = chart.to_dict()  # validates against the Vega-Lite schema
    assert "vega-lite/v6" in spec["$schema"]
    assert {"mark", "layer", "hconcat", "vconcat", "concat", "facet", "repeat"} & set(spec)
    vega = vl_convert.vegalite_to_vega(spec, vl_version=vl_version())  # the compiler accepts it
    assert vega["marks"]
    if unit != "article_id":  # drawn per outlet: no article is a row of the chart
        assert '"article_id"' not in json.dumps(spec.get("encoding", {})) or name in PER_MENTION


# charts whose tooltips name an article even when drawn per outlet (the first mention's)
PER_MENTION = {"timeline.events_calendar"}


@pytest.fixture(scope="module")
def seeds_on_disk(seeds_corpus, tmp_path_factory):
    return seeds_corpus.save(tmp_path_factory.mktemp("saved") / "seeds")


@pytest.mark.parametrize("unit", UNITS)
def test_every_chart_table_is_the_same_from_a_corpus_on_disk(seeds_corpus, seeds_on_disk, unit):
    """What each chart and table of the notebooks draws, computed as the notebooks call it, is
    the same from the seeds saved as a Parquet dataset (opened in place: tables read when asked,
    aggregations as SQL over the parts) as from the seeds in memory."""
    on_disk = analysis.open_corpus(seeds_on_disk)
    for name, table_of in {**CHART_INPUTS, **TABLE_CALLS}.items():
        expected = table_of(seeds_corpus, unit)
        assert len(expected), name
        pd.testing.assert_frame_equal(table_of(on_disk, unit), expected, obj=name)


def test_the_notebooks_never_load_a_whole_table_of_a_large_corpus(seeds_on_disk):
    """A corpus on disk whose every table is above the row limit (here 4 rows, as 6 million
    entities are above the default 5 million): drawn per outlet, every chart's table, every
    table the notebooks show and the validation sheet are computed in place, never refused."""
    corpus = analysis.open_corpus(seeds_on_disk, max_rows=4)
    with pytest.raises(analysis.CorpusError, match="in place"):
        corpus.sentences  # noqa: B018 - the limit holds
    assert analysis.chart_unit(corpus, 4) == "outlet"
    for name, table_of in {**CHART_INPUTS, **TABLE_CALLS}.items():
        assert len(table_of(corpus, "outlet")), name
    sheet = analysis.validate.sample(corpus, "frames", n=10, seed=1, articles=2)
    assert sheet.items["article_id"].nunique() <= 2
