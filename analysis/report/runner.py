"""Running every notebook headless into HTML reports that render offline.

    run_reports("seeds", "reports")          # what `make report` and `python -m analysis report` do

For each ``notebooks/NN_name.ipynb``, in order: papermill runs it with the parameters
``corpus_path`` and ``output_dir`` (both absolute; the working directory is ``notebooks/``) into
``<out_dir>/NN_name.ipynb``, and nbconvert exports that to ``<out_dir>/NN_name.html``. Charts
shown with ``nb.show(chart, name)`` also land in ``<out_dir>/figures/`` (PNG, SVG, Vega-Lite
JSON). Code cells stay visible in the HTML (they are short calls into ``analysis`` and say which
function drew what); pass ``show_code=False`` for prose, tables and charts only.

The HTML pages load nothing from the network: the Vega JavaScript is embedded by
``analysis.notebook.setup`` and the export template drops nbconvert's CDN scripts (RequireJS,
MathJax, Mermaid). Each report ends with a provenance block (``analysis.provenance``), added
here when the notebook does not show one itself.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
import nbformat

from ..errors import SOURCE_MISSING
from ..knowledge import PROJECT_DIR

NOTEBOOKS_DIR = PROJECT_DIR / "notebooks"
NOTEBOOK_PATTERN = "[0-9][0-9]_*.ipynb"
KERNEL = "python3"  # ipykernel's kernel for the running Python (the project's environment)
PROVENANCE_TAG = "provenance"
PROVENANCE_SOURCE = (
    "# Added by analysis.report.runner: what produced this report.\n"
    "import analysis\n"
    "analysis.provenance.block()"
)
# nbconvert's lab template, minus every script it would fetch from a CDN.
OFFLINE_TEMPLATE = """\
{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{% block jupyter_widgets %}{% endblock jupyter_widgets %}
"""
OFFLINE_TEMPLATE_NAME = "workbench_offline.html.j2"


class ReportError(RuntimeError):
    """One or more notebooks failed; the reports that were written are in ``written``."""

    def __init__(self, failures: list[tuple[Path, str]], written: list[Path]):
        self.failures = failures
        self.written = written
        lines = [f"{path.name}: {reason}" for path, reason in failures]
        super().__init__(
            f"{len(failures)} notebook(s) failed (their HTML shows where):\n  " + "\n  ".join(lines)
        )


def discover(notebooks=None) -> list[Path]:
    """The notebooks to run, in order.

    None: every ``NN_*.ipynb`` in the project's notebooks/ folder; a folder: the same there;
    otherwise an iterable of paths or names (``"02_timeline"``, ``"02_timeline.ipynb"``).
    """
    if notebooks is None or isinstance(notebooks, (str, Path)) and Path(notebooks).is_dir():
        folder = NOTEBOOKS_DIR if notebooks is None else Path(notebooks)
        return sorted(folder.glob(NOTEBOOK_PATTERN))
    if isinstance(notebooks, (str, Path)):
        notebooks = [notebooks]
    found = []
    for item in notebooks:
        path = Path(item)
        if not path.exists():
            path = NOTEBOOKS_DIR / (path.name if path.suffix == ".ipynb" else f"{path.name}.ipynb")
        if not path.exists():
            raise FileNotFoundError(f"notebook {item} not found (looked in {NOTEBOOKS_DIR})")
        found.append(path.resolve())
    return found


def with_provenance(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """The notebook with a provenance cell at the end, unless one of its cells shows it already."""
    if any(c.cell_type == "code" and "provenance.block" in c.source for c in notebook.cells):
        return notebook
    cell = nbformat.v4.new_code_cell(PROVENANCE_SOURCE, metadata={"tags": [PROVENANCE_TAG]})
    if (notebook.nbformat, notebook.nbformat_minor) < (4, 5):
        cell.pop("id", None)  # cell ids arrived in nbformat 4.5
    notebook = nbformat.from_dict(notebook)
    notebook.cells.append(cell)
    return notebook


def execute(notebook_path: Path, executed_path: Path, parameters: dict) -> None:
    """Run one notebook with papermill (working directory: the notebook's folder)."""
    import papermill

    notebook = with_provenance(nbformat.read(notebook_path, as_version=4))
    papermill.execute_notebook(
        notebook,
        str(executed_path),
        parameters=parameters,
        kernel_name=KERNEL,
        cwd=str(notebook_path.parent),
        progress_bar=False,
        log_output=False,
    )


def html_exporter(*, show_code: bool = True):
    from nbconvert import HTMLExporter

    loader = jinja2.DictLoader({OFFLINE_TEMPLATE_NAME: OFFLINE_TEMPLATE})
    return HTMLExporter(
        template_name="lab",
        template_file=OFFLINE_TEMPLATE_NAME,
        extra_loaders=[loader],
        exclude_input=not show_code,
        exclude_input_prompt=not show_code,
        embed_images=True,
    )


def export_html(executed_path: Path, html_path: Path, *, show_code: bool = True) -> Path:
    """Write the executed notebook as a self-contained HTML page."""
    notebook = nbformat.read(executed_path, as_version=4)
    title = _title(notebook) or executed_path.stem
    body, _ = html_exporter(show_code=show_code).from_notebook_node(
        notebook, resources={"metadata": {"name": title}}
    )
    html_path.write_text(body, encoding="utf-8")
    return html_path


def _title(notebook) -> str | None:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, flags=re.MULTILINE)
            if match:
                return match.group(1).strip()
    return None


def run_reports(
    corpus_path, out_dir, notebooks=None, *, show_code: bool = True, topic=None
) -> list[Path]:
    """Run the notebooks on a corpus into ``out_dir``; returns the HTML reports written, in order.
    ``topic``: the topic pack (a built-in name or a folder; default: the corpus's topic.yaml).

    A notebook that fails still gets its HTML (showing the failing cell); the others run, and
    a ReportError naming the failures is raised at the end.
    """
    from papermill.exceptions import PapermillExecutionError

    corpus_path = Path(corpus_path).resolve()
    if not corpus_path.exists():
        raise FileNotFoundError(SOURCE_MISSING.format(source=corpus_path))
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    parameters = {"corpus_path": str(corpus_path), "output_dir": str(out_dir)}
    if topic is not None:  # a folder is made absolute: the notebooks run in notebooks/
        folder = Path(topic)
        parameters["topic"] = str(folder.resolve()) if folder.exists() else str(topic)
    written, failures = [], []
    for notebook_path in discover(notebooks):
        executed = out_dir / notebook_path.name
        for stale in (executed, executed.with_suffix(".html")):
            stale.unlink(missing_ok=True)
        try:
            execute(notebook_path, executed, parameters)
        except PapermillExecutionError as err:
            failures.append((notebook_path, f"{err.ename}: {err.evalue} (cell {err.exec_count})"))
        if executed.exists():
            written.append(
                export_html(executed, executed.with_suffix(".html"), show_code=show_code)
            )
    if failures:
        raise ReportError(failures, written)
    return written
