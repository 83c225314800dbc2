"""One headless run of every notebook on the seeds, shared by the report tests of a session.

Executing notebooks is slow (a kernel, spaCy and the analysis per notebook), so
tests/test_notebooks.py, tests/test_reports.py and tests/test_offline_html.py all use the
run made by the first of them (the result is kept in this module).
"""

from __future__ import annotations

import ast
import json
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from analysis.report.notebook import CHART_CLASS, FIGURE_KEY
from analysis.report.runner import ReportError, discover, run_reports

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
NOTEBOOKS = discover()
_RUNS: dict[str, ReportRun] = {}


@dataclass
class ReportRun:
    out_dir: Path
    written: list[Path]
    failures: dict[str, str] = field(default_factory=dict)  # notebook file name -> reason

    def html(self, notebook: Path) -> Path:
        return self.out_dir / f"{notebook.stem}.html"

    def executed(self, notebook: Path):
        return nbformat.read(self.out_dir / notebook.name, as_version=4)


def seeds_reports(tmp_path_factory) -> ReportRun:
    """run_reports on the seeds into a temporary folder, once per test session."""
    if "seeds" not in _RUNS:
        out_dir = tmp_path_factory.mktemp("reports")
        try:
            run = ReportRun(out_dir, run_reports(SEEDS, out_dir))
        except ReportError as err:
            run = ReportRun(
                out_dir, err.written, {path.name: reason for path, reason in err.failures}
            )
        _RUNS["seeds"] = run
    return _RUNS["seeds"]


def chart_outputs(executed) -> list[str]:
    """The text/html outputs of an executed notebook that draw a chart."""
    return [
        output["data"]["text/html"]
        for cell in executed.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if CHART_CLASS in output.get("data", {}).get("text/html", "")
    ]


def displayed_spec(chart_html: str) -> dict:
    """The Vega-Lite spec a chart output draws (the first argument of its drawing function)."""
    start = chart_html.index("})(") + len("})(")
    spec, _ = json.JSONDecoder().raw_decode(chart_html, start)
    return spec


def figure_name(spec: dict) -> str | None:
    return (spec.get("usermeta") or {}).get(FIGURE_KEY)


def code_nodes(notebook: Path) -> list[ast.AST]:
    """Every syntax node of a notebook's code cells."""
    return [node for source in code_sources(notebook) for node in ast.walk(ast.parse(source))]


def shown_figures(notebook: Path) -> list[str]:
    """Figure names of the ``nb.show(chart, "name")`` calls in a notebook's code cells."""
    return [
        node.args[1].value
        for node in code_nodes(notebook)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "show"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
    ]


def code_sources(notebook: Path) -> list[str]:
    """Code cell sources, with IPython magics and shell lines blanked so ast can parse them."""
    cells = nbformat.read(notebook, as_version=4).cells
    return [
        "\n".join(
            "" if line.lstrip().startswith(("%", "!")) else line
            for line in cell.source.splitlines()
        )
        for cell in cells
        if cell.cell_type == "code"
    ]
