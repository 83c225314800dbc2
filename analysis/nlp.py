"""The workbench's spaCy pipeline: the chosen model plus two small components.

* ``paragraph_boundaries`` (before the parser): a line break always starts a new sentence, so a
  heading or dateline never fuses with the first sentence under it.
* ``entity_ruler`` (before the NER): every alias of the actor registry is labelled with the
  registry's label, so the small model cannot call Kyiv a PERSON or miss Rustem Umerov; the
  statistical NER then labels what the registry does not know.
"""
from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc

from .model import load_model, model_name, model_version
from .registry import Registry, load_registry
from .resources import knowledge_hash

WORKBENCH_PIPES = ("paragraph_boundaries", "entity_ruler")


@Language.component(
    "paragraph_boundaries", assigns=["token.is_sent_start"], requires=["token.text"]
)
def paragraph_boundaries(doc: Doc) -> Doc:
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def add_workbench_pipes(nlp: Language, registry: Registry) -> Language:
    if "paragraph_boundaries" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("paragraph_boundaries", before=before)
    if "entity_ruler" not in nlp.pipe_names:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe("entity_ruler", before=before,
                             config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
        ruler.add_patterns(registry.ruler_patterns())
    return nlp


@functools.cache
def _workbench_pipeline(name: str, knowledge: str) -> Language:
    nlp = load_model.__wrapped__(name)  # a private copy: the bare cached model stays bare
    return add_workbench_pipes(nlp, load_registry())


def workbench_pipeline(name: str | None = None) -> Language:
    """The pipeline used by load_corpus (loaded once per process and knowledge version)."""
    return _workbench_pipeline(model_name(name), knowledge_hash())


def pipeline_id(nlp: Language) -> str:
    return model_version(nlp)
