"""Every report draws every chart in a real browser with the network blocked.

Headless Chromium (Debian's `chromium`, driven by Playwright for Python) opens each report of
the shared seeds run from a file:// URL; every request that is not a local file is aborted and
recorded. A report passes when each chart output has drawn Vega's marks (an SVG or canvas), no
error reached the console, and nothing was requested from the network.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from reports_session import NOTEBOOKS, chart_outputs, seeds_reports, shown_figures

from analysis.report.notebook import CHART_CLASS, chart_html

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-extensions",
]
RENDERED = f".{CHART_CLASS} svg.marks, .{CHART_CLASS} canvas.marks"
ALL_DRAWN = f"""() => {{
  const charts = document.querySelectorAll('.{CHART_CLASS}');
  return [...charts].every(c => c.querySelector('svg.marks, canvas.marks'));
}}"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not shutil.which("chromium"),
        reason="chromium is not installed (CI installs it: apt-get install -y chromium)",
    ),
]


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
            headless=True,
            args=CHROMIUM_ARGS,
        )
        yield chromium
        chromium.close()


def open_offline(browser, html_path: Path, *, timeout_ms: int = 30_000) -> dict:
    """Open a page with the network blocked; report its charts, console errors and blocked
    requests."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page()
    errors, blocked = [], []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.on("pageerror", lambda error: errors.append(str(error)))

    def only_files(route):
        if route.request.url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    page.goto(html_path.resolve().as_uri(), wait_until="load")
    with contextlib.suppress(PlaywrightTimeout):  # the counts below say what did not draw
        page.wait_for_function(ALL_DRAWN, timeout=timeout_ms)
    result = {
        "charts": page.locator(f".{CHART_CLASS}").count(),
        "drawn": page.locator(RENDERED).count(),
        "errors": errors,
        "blocked": blocked,
    }
    page.close()
    return result


@pytest.fixture(scope="module")
def reports_run(tmp_path_factory):
    return seeds_reports(tmp_path_factory)


@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_report_draws_every_chart_offline(nb_path, reports_run, browser):
    assert nb_path.name not in reports_run.failures, reports_run.failures.get(nb_path.name)
    expected = len(chart_outputs(reports_run.executed(nb_path)))
    assert expected >= len(shown_figures(nb_path))
    page = open_offline(browser, reports_run.html(nb_path))
    assert page["errors"] == []
    assert page["blocked"] == []
    assert page["charts"] == expected
    assert page["drawn"] == expected


def test_the_check_catches_a_chart_that_needs_the_network(browser, tmp_path):
    """Control: a chart without the embedded bundle, and a CDN script, are caught."""
    page_path = tmp_path / "online.html"
    page_path.write_text(
        "<html><head><script src='https://cdn.jsdelivr.net/npm/vega-embed@7'></script></head><body>"
        + chart_html(
            {
                "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
                "data": {"values": [{"a": 1}]},
                "mark": "bar",
                "encoding": {"x": {"field": "a", "type": "quantitative"}},
            }
        )
        + "</body></html>"
    )
    page = open_offline(browser, page_path, timeout_ms=2_000)
    assert page["charts"] == 1 and page["drawn"] == 0
    assert page["blocked"] == ["https://cdn.jsdelivr.net/npm/vega-embed@7"]


# ---- the same charts live, in JupyterLab -------------------------------------------------------


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """A JupyterLab server over a copy of notebooks/ and seeds/ (so `../seeds` is the default
    corpus)."""
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from reports_session import PROJECT

    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(PROJECT / "seeds", root / "seeds")
    shutil.copytree(
        PROJECT / "notebooks",
        root / "notebooks",
        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.py"),
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--port={port}",
            "--ip=127.0.0.1",
            "--allow-root",
            "--ServerApp.token=",
            "--ServerApp.password=",
            f"--ServerApp.root_dir={root / 'notebooks'}",
            "--LabApp.expose_app_in_browser=True",
            f"--LabApp.user_settings_dir={root / 'settings'}",
            f"--LabApp.workspaces_dir={root / 'workspaces'}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/api/status", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


# The notebook in focus is the one opened, and its kernel is idle. (Each test opens its own
# workspace: JupyterLab otherwise restores the notebooks an earlier test left open, and Run All
# would run whichever of them has the focus.)
KERNEL_IDLE = """(name) => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  const kernel = panel && panel.context && panel.context.path === name && panel.sessionContext
                 && panel.sessionContext.session && panel.sessionContext.session.kernel;
  return kernel && kernel.status === 'idle';
}"""


@pytest.mark.parametrize("nb_path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_jupyterlab_draws_the_same_charts_offline(nb_path, reports_run, browser, jupyterlab):
    """Run All in JupyterLab (network blocked but for the local server): every chart draws, and
    draws the very spec the headless report shows."""
    from reports_session import displayed_spec

    headless = [displayed_spec(html) for html in chart_outputs(reports_run.executed(nb_path))]
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    errors, blocked = [], []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith((jupyterlab, "ws://", "data:", "blob:"))
            else (blocked.append(route.request.url), route.abort())
        ),
    )
    page.goto(f"{jupyterlab}/lab/workspaces/{nb_path.stem}/tree/{nb_path.name}")
    page.wait_for_function(
        KERNEL_IDLE, arg=nb_path.name, timeout=120_000
    )  # Run All before that does nothing
    page.evaluate("() => window.jupyterapp.commands.execute('notebook:run-all-cells')")
    page.wait_for_function(
        f"() => document.querySelectorAll('{RENDERED}').length >= {len(headless)}", timeout=240_000
    )
    live = [
        displayed_spec(text)
        for text in page.eval_on_selector_all(
            f".{CHART_CLASS} + script", "scripts => scripts.map(s => s.textContent)"
        )
    ]
    page.close()
    assert live == headless
    assert blocked == []
    assert errors == []
