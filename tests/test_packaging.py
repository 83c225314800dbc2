"""pyproject.toml and environment.yml list the same dependencies; the README leads with the
commands."""

import functools
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CONDA_NAMES = {"dask[distributed]": {"dask", "distributed"}, "duckdb": {"python-duckdb"}}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ ;]", requirement, maxsplit=1)[0].strip().lower()


def _pip_requirements():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    extras = project["optional-dependencies"]
    return project["dependencies"] + extras["dev"] + extras["embeddings"]


def _conda_requirements():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    conda, pip = [], []
    for item in env["dependencies"]:
        (pip.extend(item["pip"]) if isinstance(item, dict) else conda.append(item))
    return conda, pip


def test_environment_yml_mirrors_pyproject():
    conda, pip = _conda_requirements()
    expected = set()
    for req in _pip_requirements():
        expected |= CONDA_NAMES.get(_name(req), {_name(req)})
    listed = {_name(r) for r in conda + pip} - {"python", "pip"}
    assert listed == expected


def _spec(requirement: str) -> str:
    return re.sub(r"^[A-Za-z0-9_.\-]+(\[[^\]]*\])?", "", requirement).strip()


def test_environment_yml_pins_the_same_ranges():
    conda, pip = _conda_requirements()
    ranges = {_name(r): _spec(r) for r in conda + pip}
    for req in _pip_requirements():
        for conda_name in CONDA_NAMES.get(_name(req), {_name(req)}):
            assert ranges[conda_name] == _spec(req), conda_name


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    head = readme[:1500]
    assert "make report" in head and "make test" in head


def test_ci_runs_make_test():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


@pytest.mark.model
def test_the_wheel_installs_and_loads_a_corpus_from_anywhere(tmp_path):
    """Built as a wheel and installed (no dependency downloaded) into a fresh environment that
    sees this environment's packages, the workbench loads a folder from another directory with
    a built-in topic pack: the generic knowledge and the packs travel inside the package."""
    dist, env, work = tmp_path / "dist", tmp_path / "env", tmp_path / "elsewhere"
    run = functools.partial(subprocess.run, check=True, capture_output=True, text=True)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(dist), str(ROOT)])  # fmt: skip
    (wheel,) = dist.glob("analysis-*.whl")
    run([sys.executable, "-m", "venv", "--without-pip", str(env)])
    site = next(env.glob("lib/python*/site-packages"))
    # this environment's packages (spaCy, pandas, the model), but not its editable checkout
    (site / "workbench_deps.pth").write_text(
        "\n".join(p for p in sys.path if p.endswith("site-packages")) + "\n"
    )
    run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site),
         str(wheel)])  # fmt: skip
    work.mkdir()
    (work / "articles").mkdir()
    (work / "articles" / "one.txt").write_text(
        "Blair defends school plans\n\nTony Blair said the plans would help every pupil.\n",
        encoding="utf-8",
    )
    script = (
        "import analysis, pathlib; "
        "assert 'site-packages' in analysis.__file__, analysis.__file__; "
        "c = analysis.load_corpus('articles', topic='uk-politics-2005'); "
        "print(c.quotes.loc[0, 'speaker'], c.quotes.loc[0, 'speaker_side'], "
        "pathlib.Path(analysis.__file__).parent.name)"
    )
    environment = {**os.environ, "ANALYSIS_CACHE_DIR": str(tmp_path / "cache")}
    environment.pop("PYTHONPATH", None)
    result = run([str(env / "bin" / "python"), "-c", script], cwd=work, env=environment)
    assert result.stdout.split() == ["Tony", "Blair", "Labour", "analysis"]
