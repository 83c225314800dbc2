"""Helpers the notebooks call so that charts look and behave the same live and headless.

Every notebook starts (after its parameters cell) with ``nb = analysis.notebook.setup(output_dir)``
and ends a chart cell with ``nb.show(chart, "short_name")``: the chart is displayed and, when an
output folder is set, saved under ``<output_dir>/figures/`` as ``name.png``, ``name.svg`` and
``name.vl.json`` (the Vega-Lite spec) for papers.

The renderer (``"workbench"``, enabled by ``setup``) works offline everywhere:

* ``setup`` displays, once, a script holding the Vega, Vega-Lite and vega-embed JavaScript
  (bundled with vl-convert-python; nothing is fetched from a CDN);
* every chart is a ``text/html`` output: a ``<div class="workbench-chart">`` and a small script
  that draws the spec with ``vegaEmbed`` as soon as the bundle is there (charts that render
  before the bundle, as JupyterLab may do on reopening a notebook, wait in a queue).

``text/html`` is what JupyterLab, nbconvert's HTML export and papermill's output notebooks all
keep and display, so the same spec is drawn by the same JavaScript in all three (JupyterLab
runs the scripts of trusted notebooks: the ones you executed yourself).
"""

from __future__ import annotations

import functools
import html
import json
import re
import struct
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

import altair as alt

from .provenance import find_corpus

RENDERER = "workbench"
CHART_CLASS = "workbench-chart"
FIGURE_KEY = "workbench_figure"  # usermeta key naming the figure a chart was saved as
PROVENANCE_KEY = "provenance"  # usermeta key (and PNG text chunk, SVG metadata id) of provenance
FIGURE_PROVENANCE = (
    "package_version",
    "code_hash",
    "model",
    "model_version",
    "knowledge_hash",
    "corpus_hash",
    "n_articles",
)
EMBED_OPTIONS = {
    "renderer": "svg",
    "actions": {"export": True, "source": True, "compiled": False, "editor": False},
}
PNG_SCALE = 2  # pixels per CSS pixel: crisp enough for print
FIGURE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")

_CHART_TEMPLATE = """\
<div id="{div_id}" class="{css_class}" data-figure="{figure}"><em>{label}: drawn by \
JavaScript; in JupyterLab, trust the notebook or run it again.</em></div>
<script type="text/javascript">
(function (spec, embedOpt) {{
  var el = document.currentScript ? document.currentScript.previousElementSibling : null;
  if (!el || el.id !== "{div_id}") {{ el = document.getElementById("{div_id}"); }}
  function draw() {{
    el.textContent = "";
    window.vegaEmbed(el, spec, embedOpt).catch(function (err) {{
      el.textContent = "Chart could not be drawn: " + err;
      console.error(err);
    }});
  }}
  if (window.vegaEmbed) {{ draw(); }}
  else {{ (window.workbenchCharts = window.workbenchCharts || []).push(draw); }}
}})({spec}, {embed_options});
</script>"""

_BUNDLE_TEMPLATE = """\
<script type="text/javascript">
// Vega, Vega-Lite {vl_version} and vega-embed, embedded so charts draw offline.
{bundle}
;(function () {{
  var pending = (window.workbenchCharts || []).splice(0);
  window.workbenchCharts = [];
  pending.forEach(function (draw) {{ draw(); }});
}})();
</script>"""


def vl_version() -> str:
    """The Vega-Lite version of Altair's specs, as vl-convert names it (e.g. ``6.4``)."""
    return alt.SCHEMA_VERSION.lstrip("v").rsplit(".", 1)[0]


def _script_json(value) -> str:
    """JSON safe to place inside a <script> element."""
    return json.dumps(value).replace("</", "<\\/")


@functools.cache
def vega_script_html() -> str:
    """A <script> defining ``window.vegaEmbed`` (Vega + Vega-Lite + vega-embed) and drawing
    queued charts."""
    import vl_convert

    return _BUNDLE_TEMPLATE.format(
        vl_version=vl_version(), bundle=vl_convert.javascript_bundle(vl_version=vl_version())
    )


def chart_html(spec: dict, *, embed_options: dict | None = None) -> str:
    """The HTML snippet drawing one Vega-Lite spec with the embedded vega-embed."""
    figure = re.sub(r"[^A-Za-z0-9_.-]", "", str((spec.get("usermeta") or {}).get(FIGURE_KEY, "")))
    return _CHART_TEMPLATE.format(
        div_id=f"workbench-chart-{uuid.uuid4().hex}",
        css_class=CHART_CLASS,
        figure=figure,
        label=f"Chart {figure}" if figure else "A chart",
        spec=_script_json(spec),
        embed_options=_script_json(embed_options or EMBED_OPTIONS),
    )


def workbench_renderer(spec: dict, **metadata) -> dict:
    """Altair renderer: offline HTML (needs ``vega_script_html()`` once on the page)."""
    name = (spec.get("usermeta") or {}).get(FIGURE_KEY)
    plain = (
        f"<Vega-Lite chart{' ' + name if name else ''}: run the notebook's setup cell to draw it>"
    )
    return {
        "text/html": chart_html(spec, embed_options=metadata.get("embed_options")),
        "text/plain": plain,
    }


alt.renderers.register(RENDERER, workbench_renderer)


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not FIGURE_NAME.fullmatch(name):
        raise ValueError(
            f"figure name {name!r}: expected letters, digits, '_', '-' or '.' (it names files)"
        )


def png_with_text(png: bytes, key: str, text: str) -> bytes:
    """The PNG with a tEXt chunk (key, text) after its header chunk."""
    data = key.encode("latin-1") + b"\0" + text.encode("latin-1", errors="replace")
    chunk = (
        struct.pack(">I", len(data))
        + b"tEXt"
        + data
        + struct.pack(">I", zlib.crc32(b"tEXt" + data))
    )
    header_end = 8 + 4 + 4 + 13 + 4  # signature, then IHDR: length, type, 13 bytes, CRC
    return png[:header_end] + chunk + png[header_end:]


def svg_with_metadata(svg: str, text: str) -> str:
    """The SVG with a <metadata> element (holding text) as its first child."""
    root_end = svg.index(">", svg.index("<svg")) + 1
    metadata = f'<metadata id="{PROVENANCE_KEY}">{html.escape(text)}</metadata>'
    return f"{svg[:root_end]}{metadata}{svg[root_end:]}"


def save_figures(chart, folder, name: str) -> dict[str, Path]:
    """Write ``name.vl.json``, ``name.svg`` and ``name.png`` of a chart into folder.

    When the spec's usermeta holds a provenance record (``NotebookSession.show`` adds it), the
    SVG carries it as <metadata> and the PNG as a ``provenance`` text chunk.
    """
    import vl_convert

    _check_name(name)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    spec = chart.to_dict()
    paths = {kind: folder / f"{name}.{kind}" for kind in ("vl.json", "svg", "png")}
    svg = vl_convert.vegalite_to_svg(spec, vl_version=vl_version())
    png = vl_convert.vegalite_to_png(spec, vl_version=vl_version(), scale=PNG_SCALE)
    record = (spec.get("usermeta") or {}).get(PROVENANCE_KEY)
    if record:
        text = json.dumps(record, sort_keys=True)
        svg, png = svg_with_metadata(svg, text), png_with_text(png, PROVENANCE_KEY, text)
    paths["vl.json"].write_text(json.dumps(spec, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    paths["svg"].write_text(svg, encoding="utf-8")
    paths["png"].write_bytes(png)
    return paths


def name_chart(chart, name: str, provenance: dict | None = None):
    """A copy of the chart whose spec carries its figure name (and provenance) in usermeta."""
    usermeta = chart.usermeta if isinstance(getattr(chart, "usermeta", None), dict) else {}
    usermeta = {**usermeta, FIGURE_KEY: name}
    if provenance:
        usermeta[PROVENANCE_KEY] = provenance
    return chart.properties(usermeta=usermeta)


def figure_provenance(corpus) -> dict:
    """The part of a corpus's provenance a figure carries (code, model, knowledge, corpus)."""
    recorded = getattr(corpus, "provenance", None) or {}
    return {key: recorded[key] for key in FIGURE_PROVENANCE if key in recorded}


@dataclass
class NotebookSession:
    output_dir: Path | None = None

    @property
    def figures_dir(self) -> Path | None:
        return self.output_dir / "figures" if self.output_dir else None

    def show(self, chart, name: str, *, corpus=None):
        """Return the chart (named ``name``) for display; save its figures when an output
        folder is set.

        The displayed chart and the saved ``name.vl.json`` are the same spec. Its usermeta holds
        the figure name and the provenance of ``corpus`` (default: the notebook's ``corpus``).
        """
        _check_name(name)
        corpus = corpus if corpus is not None else find_corpus()
        chart = name_chart(chart, name, figure_provenance(corpus))
        if self.figures_dir is not None:
            save_figures(chart, self.figures_dir, name)
        return chart


def _in_kernel() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def setup(output_dir=None) -> NotebookSession:
    """Enable the offline chart renderer, embed the Vega JavaScript once, and return the session.

    Charts of any size are embedded (Altair's 5,000-row limit is lifted so that reports run on
    any corpus): chart functions should pass only the columns they draw.
    """
    alt.renderers.enable(RENDERER)
    alt.data_transformers.disable_max_rows()
    if _in_kernel():
        from IPython.display import HTML, display

        display(HTML(vega_script_html()))
    return NotebookSession(Path(output_dir).resolve() if output_dir else None)
