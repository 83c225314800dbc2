"""pyproject.toml and environment.yml list the same dependencies; the README leads with the
commands."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
CONDA_NAMES = {"dask[distributed]": {"dask", "distributed"}}


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~ ;]", requirement, maxsplit=1)[0].strip().lower()


def _pip_requirements():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return project["dependencies"] + project["optional-dependencies"]["dev"]


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
