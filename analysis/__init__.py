"""A research workbench for studying news coverage.

    import analysis
    corpus = analysis.load_corpus("seeds/")
    corpus.articles, corpus.sentences, corpus.entities, corpus.quotes, corpus.events,
    corpus.frames, corpus.problems
"""
__version__ = "0.1.0"

from . import notebook
from .corpus import Corpus, open_corpus
from .errors import CorpusError, ModelNotFound
from .load import load_corpus
from .model import load_model

__all__ = ["Corpus", "CorpusError", "ModelNotFound", "__version__", "load_corpus", "load_model", "notebook", "open_corpus"]
