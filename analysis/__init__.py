"""A research workbench for studying news coverage.

    import analysis
    corpus = analysis.load_corpus("seeds/")
    corpus.articles, corpus.sentences, corpus.entities, corpus.quotes, corpus.events,
    corpus.frames, corpus.problems
"""
__version__ = "0.1.0"

from . import notebook  # noqa: E402
from .corpus import Corpus, open_corpus  # noqa: E402
from .errors import CorpusError, ModelNotFound  # noqa: E402
from .load import load_corpus  # noqa: E402
from .model import load_model  # noqa: E402

__all__ = ["Corpus", "CorpusError", "ModelNotFound", "load_corpus", "load_model", "open_corpus", "__version__"]
