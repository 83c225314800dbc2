"""Reports: the offline chart renderer, figures, provenance, the data dictionary, and
run_reports on the seeds (one shared run, see reports_session.py)."""

from __future__ import annotations

import json
import re
import struct
import zlib
from pathlib import Path
from xml.etree import ElementTree

import altair as alt
import nbformat
import pandas as pd
import pytest
from reports_session import (
    NOTEBOOKS,
    SEEDS,
    chart_outputs,
    displayed_spec,
    figure_name,
    seeds_reports,
    shown_figures,
)

import analysis.knowledge as analysis_knowledge
from analysis.knowledge import files_hash
from analysis.report import datadict, notebook, provenance
from analysis.report import runner as reports
from analysis.schemas import TABLES
from analysis.validate.validity import NAMES as VALIDITY_NAMES

NOTEBOOK_IDS = [path.stem for path in NOTEBOOKS]
BUNDLE_MARK = "embedded so charts draw offline"
REMOTE_SCRIPT = re.compile(
    r"<(?:script|link|img)[^>]+(?:src|href)=[\"']?(?:https?:)?//", re.IGNORECASE
)


@pytest.fixture(scope="module")
def reports_run(tmp_path_factory):
    return seeds_reports(tmp_path_factory)


@pytest.fixture
def bars():
    return (
        alt.Chart(pd.DataFrame({"side": ["US", "Russia"], "mentions": [3, 5]}))
        .mark_bar()
        .encode(x=alt.X("mentions:Q"), y=alt.Y("side:N"))
    )


# ---- renderer and figures --------------------------------------------------------------------


def test_setup_enables_the_offline_renderer(tmp_path):
    session = notebook.setup(tmp_path)
    assert alt.renderers.active == notebook.RENDERER
    assert session.figures_dir == tmp_path.resolve() / "figures"


def test_chart_output_draws_its_spec_with_no_network(bars):
    notebook.setup(None)
    html = bars._repr_mimebundle_()["text/html"]
    assert 'class="workbench-chart"' in html
    assert not REMOTE_SCRIPT.search(html) and "cdn.jsdelivr" not in html
    assert displayed_spec(html) == bars.to_dict()


def test_chart_data_cannot_close_the_script(bars):
    notebook.setup(None)
    hostile = bars.properties(title="</script><script>alert(1)</script>")
    html = hostile._repr_mimebundle_()["text/html"]
    assert html.count("</script>") == 1
    assert displayed_spec(html)["title"] == "</script><script>alert(1)</script>"


def test_vega_bundle_is_embedded_javascript():
    script = notebook.vega_script_html()
    assert script.startswith("<script") and script.count("</script>") == 1
    assert "window.vegaEmbed=" in script and "window.vegaLite=" in script
    assert not REMOTE_SCRIPT.search(script)
    assert len(script) > 500_000  # Vega + Vega-Lite + vega-embed, not a loader


def test_show_saves_png_svg_and_the_displayed_spec(tmp_path, bars):
    session = notebook.setup(tmp_path)
    shown = session.show(bars, "sides_demo")
    figures = tmp_path / "figures"
    assert (figures / "sides_demo.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (figures / "sides_demo.svg").read_text()
    assert svg.lstrip().startswith("<svg") and "Russia" in svg
    saved = json.loads((figures / "sides_demo.vl.json").read_text())
    assert saved == shown.to_dict() == displayed_spec(shown._repr_mimebundle_()["text/html"])
    assert figure_name(saved) == "sides_demo"


def png_chunks(png: bytes) -> dict[bytes, list[bytes]]:
    """Chunks of a PNG by type, checking every chunk's CRC (a broken file fails here)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, offset = {}, 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind, data = png[offset + 4 : offset + 8], png[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", png[offset + 8 + length : offset + 12 + length])
        assert crc == zlib.crc32(kind + data), kind
        chunks.setdefault(kind, []).append(data)
        offset += 12 + length
    kinds = list(chunks)
    assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
    return chunks


def test_figures_carry_the_corpus_provenance(tmp_path, bars, seeds_corpus):
    shown = notebook.setup(tmp_path).show(bars, "traced", corpus=seeds_corpus)
    expected = {
        key: seeds_corpus.provenance[key]
        for key in (
            "package_version",
            "code_hash",
            "model",
            "model_version",
            "knowledge_hash",
            "corpus_hash",
            "n_articles",
        )
    }
    assert shown.to_dict()["usermeta"]["provenance"] == expected
    figures = tmp_path / "figures"
    assert (
        json.loads((figures / "traced.vl.json").read_text())["usermeta"]["provenance"] == expected
    )
    key, _, text = png_chunks((figures / "traced.png").read_bytes())[b"tEXt"][0].partition(b"\0")
    assert key == b"provenance" and json.loads(text) == expected
    svg = (figures / "traced.svg").read_text()
    assert f'"corpus_hash": "{expected["corpus_hash"]}"'.replace('"', "&quot;") in svg
    assert svg.index("<metadata") < svg.index("<rect")
    root = ElementTree.fromstring(svg)  # still well-formed
    metadata = root.find("{http://www.w3.org/2000/svg}metadata")
    assert json.loads(metadata.text) == expected


def test_show_without_output_folder_only_displays(tmp_path, monkeypatch, bars):
    monkeypatch.chdir(tmp_path)
    shown = notebook.setup(None).show(bars, "not_saved")
    assert list(tmp_path.iterdir()) == []
    assert shown.to_dict()["mark"] == {"type": "bar"}


@pytest.mark.parametrize("name", ["", "../escape", "a b", "fig/1"])
def test_figure_names_must_be_file_stems(tmp_path, bars, name):
    with pytest.raises(ValueError, match="figure name"):
        notebook.setup(tmp_path).show(bars, name)


# ---- provenance --------------------------------------------------------------------------------


def test_provenance_block_carries_the_corpus_provenance(seeds_corpus):
    block = provenance.block(seeds_corpus, corpus_path="seeds")
    for key, value in seeds_corpus.provenance.items():
        assert block.info[key] == value
    folders = [Path(f) for f in seeds_corpus.provenance["topic"]["folders"]]
    with analysis_knowledge.using_layers(folders):
        registry = analysis_knowledge.knowledge_path("actors.csv")
    assert "ukraine-peace-2025" in str(registry)
    assert block.info["registry_hash"] == files_hash([registry])
    assert block.info["knowledge_current"] is True
    assert block.info["corpus_path"] == "seeds"
    html = block._repr_html_()
    for key in ("package_version", "model", "model_version", "knowledge_hash", "corpus_hash"):
        assert f"<code>{seeds_corpus.provenance[key]}</code>" in html
    assert "spaCy model version" in block._repr_markdown_()


def test_provenance_flags_knowledge_edited_since_annotation():
    info = provenance.provenance({"knowledge_hash": "0000000000000000", "corpus_hash": "abc"})
    assert info["knowledge_current"] is False
    assert info["corpus_hash"] == "abc"


def test_find_corpus_prefers_the_variable_named_corpus(seeds_corpus):
    other = seeds_corpus.deduplicated()
    assert provenance.find_corpus({"corpus": seeds_corpus, "other": other}) is seeds_corpus
    assert provenance.find_corpus({"seeds": seeds_corpus}) is seeds_corpus
    assert provenance.find_corpus({"a": seeds_corpus, "b": other}) is None  # ambiguous
    assert provenance.find_corpus({}) is None


# ---- data dictionary -------------------------------------------------------------------------


def test_data_dictionary_is_up_to_date():
    assert datadict.stale_diff() == "", (
        "run `python -m analysis.report.datadict` and commit docs/data_dictionary.md"
    )


def _sections(text: str) -> dict[str, dict[str, str]]:
    """table -> column -> its row in the dictionary."""
    sections = {}
    for block in text.split("\n## ")[1:]:
        name, _, body = block.partition("\n")
        sections[name] = {
            line.split("|")[1].strip().strip("`"): line
            for line in body.splitlines()
            if line.startswith("| `")
        }
    return sections


def test_data_dictionary_lists_every_table_and_column():
    sections = _sections(datadict.generate())
    assert list(sections) == list(TABLES)
    for table, model in TABLES.items():
        columns = model.to_schema().columns
        assert list(sections[table]) == list(columns)
        for column, spec in columns.items():
            assert " ".join(spec.description.split()) in sections[table][column]
    assert "`direct`, `partial`, `indirect`" in sections["quotes"]["kind"]
    assert "speaker_side` | string | yes |" in sections["quotes"]["speaker_side"]
    assert "published` | datetime | yes |" in sections["articles"]["published"]
    assert "chrome_removed` | list | no |" in sections["articles"]["chrome_removed"]
    assert "≥ 0" in sections["sentences"]["sentence_id"]
    assert "unique" in sections["articles"]["article_id"]


def test_data_dictionary_check_fails_when_stale(tmp_path, capsys):
    path = tmp_path / "data_dictionary.md"
    path.write_text("# Data dictionary\n\nold\n")
    assert datadict.main(["--check", "--path", str(path)]) == 1
    assert "is stale" in capsys.readouterr().err
    assert datadict.main(["--path", str(path)]) == 0
    assert datadict.main(["--check", "--path", str(path)]) == 0


# ---- running the notebooks ---------------------------------------------------------------------


def test_discover_finds_numbered_notebooks_in_order():
    found = reports.discover()
    assert found == sorted(reports.NOTEBOOKS_DIR.glob("[0-9][0-9]_*.ipynb"))
    assert reports.discover(["01_corpus_overview"]) == [
        reports.NOTEBOOKS_DIR / "01_corpus_overview.ipynb"
    ]
    with pytest.raises(FileNotFoundError, match="99_missing"):
        reports.discover(["99_missing"])


def test_missing_corpus_is_reported_before_running_anything(tmp_path):
    with pytest.raises(FileNotFoundError, match="no_such_corpus"):
        reports.run_reports(tmp_path / "no_such_corpus", tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_provenance_cell_is_added_once():
    plain = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = 1")])
    added = reports.with_provenance(plain)
    assert [c.metadata.get("tags", []) for c in added.cells] == [[], ["provenance"]]
    assert len(plain.cells) == 1  # the input notebook is left alone
    assert "analysis.provenance.block()" in added.cells[-1].source
    assert len(reports.with_provenance(added).cells) == len(added.cells)


def test_html_export_fetches_nothing(tmp_path):
    page = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("# A title\n\nInline maths $x^2$ stays as text."),
            nbformat.v4.new_code_cell(
                "1 + 1",
                outputs=[
                    nbformat.v4.new_output(
                        "execute_result", data={"text/plain": "2"}, execution_count=1
                    )
                ],
            ),
        ]
    )
    executed = tmp_path / "01_page.ipynb"
    nbformat.write(page, executed)
    html = reports.export_html(executed, tmp_path / "01_page.html").read_text()
    assert "<title>A title</title>" in html
    assert not REMOTE_SCRIPT.search(html), REMOTE_SCRIPT.search(html)
    assert "require.js" not in html and "MathJax.Hub" not in html


def _notebook_file(path: Path, *cells: str) -> Path:
    sources = ['corpus_path = "../seeds"\noutput_dir = None', *cells]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(s) for s in sources])
    nb.cells[0].metadata["tags"] = ["parameters"]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)
    return path


@pytest.mark.slow
def test_a_failing_notebook_is_reported_and_the_others_still_run(tmp_path):
    ok = _notebook_file(tmp_path / "01_ok.ipynb", "print('corpus at', corpus_path)")
    bad = _notebook_file(tmp_path / "02_bad.ipynb", "raise ValueError('boom in cell two')")
    with pytest.raises(
        reports.ReportError, match="02_bad.ipynb: ValueError: boom in cell two"
    ) as err:
        reports.run_reports(SEEDS, tmp_path / "out", notebooks=[ok, bad])
    assert err.value.written == [tmp_path / "out" / "01_ok.html", tmp_path / "out" / "02_bad.html"]
    executed = nbformat.read(tmp_path / "out" / "01_ok.ipynb", as_version=4)
    injected = next(
        c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])
    )
    assert f'corpus_path = "{SEEDS.resolve()}"' in injected.source
    assert f'output_dir = "{(tmp_path / "out").resolve()}"' in injected.source
    assert "boom in cell two" in (tmp_path / "out" / "02_bad.html").read_text()


# ---- the reports of every notebook on the seeds (slow, one shared run) ----------------------


@pytest.mark.slow
@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_report_html_is_written_and_self_contained(nb_path, reports_run):
    assert nb_path.name not in reports_run.failures, reports_run.failures.get(nb_path.name)
    html = reports_run.html(nb_path).read_text()
    assert not REMOTE_SCRIPT.search(html), REMOTE_SCRIPT.search(html)
    charts = chart_outputs(reports_run.executed(nb_path))
    if charts:
        assert html.count(BUNDLE_MARK) == 1  # the Vega JavaScript once per report, not per chart


@pytest.mark.slow
@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_every_shown_chart_has_png_svg_and_the_displayed_spec(nb_path, reports_run, seeds_corpus):
    """Same charts live and headless: the spec drawn in the report is the spec saved for papers."""
    figures = reports_run.out_dir / "figures"
    displayed = {
        figure_name(spec): spec
        for spec in map(displayed_spec, chart_outputs(reports_run.executed(nb_path)))
    }
    for name in shown_figures(nb_path):
        assert (figures / f"{name}.png").stat().st_size > 0
        assert (figures / f"{name}.svg").read_text().lstrip().startswith("<svg")
        saved = json.loads((figures / f"{name}.vl.json").read_text())
        assert saved == displayed[name]
        assert (
            saved["usermeta"]["provenance"]["corpus_hash"] == seeds_corpus.provenance["corpus_hash"]
        )


@pytest.mark.slow
@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=NOTEBOOK_IDS)
def test_report_states_its_provenance(nb_path, reports_run, seeds_corpus):
    html = reports_run.html(nb_path).read_text()
    assert "<h3>Provenance</h3>" in html
    for key in ("package_version", "model", "model_version", "knowledge_hash", "corpus_hash"):
        assert f"<code>{seeds_corpus.provenance[key]}</code>" in html, key
    assert f"<code>{SEEDS.resolve()}</code>" in html


@pytest.mark.slow
def test_every_notebook_runs_on_another_corpus(tmp_path):
    """`make report CORPUS=...`: a small JSONL corpus on other topics (one article undated, no
    outlet)."""
    corpus = Path(__file__).parent / "fixtures" / "report_corpus" / "other_topics.jsonl"
    try:
        written = reports.run_reports(corpus, tmp_path)
    except reports.ReportError as err:
        pytest.fail(str(err))
    assert written == [tmp_path / f"{path.stem}.html" for path in NOTEBOOKS]
    for html_path in written:
        html = html_path.read_text()
        assert f"<code>{corpus.resolve()}</code>" in html
        assert re.search(r"<th[^>]*>articles</th><td><code>3</code>", html)


BBC = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc-politics"
SEED_STORY = ("Ukraine", "Russia", "territorial_concession", "diplomatic_deadlock",
              "security_guarantees")  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(
    not BBC.is_dir(), reason="../shared/corpora/bbc-politics is not beside the checkout"
)
def test_every_notebook_runs_on_another_story_with_its_own_pack(tmp_path):
    """`make report CORPUS=<BBC politics> TOPIC=uk-politics-2005`, on 12 of its articles: every
    notebook runs, the pack's sides are drawn, and nothing of the seeds' story appears (the
    corpus's own words aside: the check reads the charts' specs and the tables, not the text)."""
    corpus = tmp_path / "bbc"
    corpus.mkdir()
    for path in sorted(BBC.glob("*.txt"))[:12]:
        (corpus / path.name).write_bytes(path.read_bytes())
    out = tmp_path / "reports"
    try:
        written = reports.run_reports(corpus, out, topic="uk-politics-2005")
    except reports.ReportError as err:
        pytest.fail(str(err))
    assert len(written) == len(NOTEBOOKS)
    specs = "".join(p.read_text() for p in (out / "figures").glob("*.vl.json"))
    assert '"Labour"' in specs and '"Conservative"' in specs
    for word in SEED_STORY:
        assert f'"{word}"' not in specs, word
    framing = (out / "03_framing.html").read_text()
    for frame in SEED_STORY[2:]:
        assert frame not in framing
    assert "No article has a publication date" in (out / "02_timeline.html").read_text()


@pytest.mark.slow
@pytest.mark.skipif(
    not BBC.is_dir(), reason="../shared/corpora/bbc-politics is not beside the checkout"
)
def test_the_framing_notebook_adds_the_learned_frames_when_asked(tmp_path):
    """papermill -p learned_frames True: the corpus gets the learned layer's frames and the
    notebook states the validity of that measure, not of the cue lists alone."""
    corpus = tmp_path / "bbc"
    corpus.mkdir()
    for path in sorted(BBC.glob("*.txt"))[:6]:
        (corpus / path.name).write_bytes(path.read_bytes())
    framing = next(path for path in NOTEBOOKS if path.stem == "03_framing")
    executed = tmp_path / "framing.ipynb"
    parameters = {"corpus_path": str(corpus), "topic": "uk-politics-2005",
                  "learned_frames": True, "output_dir": str(tmp_path / "figures")}  # fmt: skip
    reports.execute(framing, executed, parameters)
    cells = nbformat.read(executed, as_version=4).cells
    outputs = json.dumps([cell.get("outputs", []) for cell in cells])
    assert VALIDITY_NAMES["frames_learned"] in outputs
    assert VALIDITY_NAMES["frames"] not in outputs
    sources = [cell.source for cell in cells if cell.cell_type == "code"]
    assert any("with_learned_frames(corpus)" in source for source in sources)
