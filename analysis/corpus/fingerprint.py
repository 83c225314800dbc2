"""The pipeline fingerprint: what must match for cached annotations to be reused, and for a
Dask worker to annotate like the client (package, code, spaCy model, knowledge files)."""

from __future__ import annotations

from spacy.util import get_package_version

from .._version import __version__
from ..knowledge import knowledge_hash, source_hash
from ..nlp.model import model_name


def pipeline_fingerprint(model: str | None = None) -> dict:
    name = model_name(model)
    return {
        "package_version": __version__,
        "code_hash": source_hash(),
        "model": name,
        "model_version": get_package_version(name) or "unknown",
        "knowledge_hash": knowledge_hash(),
    }
