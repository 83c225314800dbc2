"""The workbench's spaCy pipeline: the chosen model plus two small components.

* ``paragraph_boundaries`` (before the parser): a line break always starts a new sentence, so a
  heading or dateline never fuses with the first sentence under it.
* ``entity_ruler`` (before the NER): every alias of the actor registry is labelled with the
  registry's label, so the small model cannot call Kyiv a PERSON or miss Rustem Umerov; the
  statistical NER then labels what the registry does not know.
* ``surname_guard`` (after the NER): a registry surname alias preceded by a first name is
  another person ("Union leader Sharon Graham" is not Lindsey Graham, "Eric Trump" not Donald
  Trump): the mention becomes an unregistered PERSON spanning the full name. Titles
  (``person_titles.csv``: "Senator Graham") and spelling variants of the registry's own
  first name ("Steven"/"Steve Witkoff") keep the registry person. A first name the NER left
  out of an unregistered person's name ("Shani" of "Shani Rhys James", at the start of a
  sentence) is put back, when the first-name table holds it often (``gender.yaml``).
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..knowledge import knowledge_cache, knowledge_hash, read_csv_rows, read_yaml
from .gender import common_given_name
from .model import load_model, model_name
from .registry import Registry, load_registry

TITLES_FILE = "person_titles.csv"


@Language.component(
    "paragraph_boundaries", assigns=["token.is_sent_start"], requires=["token.text"]
)
def paragraph_boundaries(doc: Doc) -> Doc:
    # Only whitespace tokens are visited (a Python loop over every token would cost more than
    # the rest of the component's work).
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)):
        if i + 1 < len(doc) and "\n" in doc[int(i)].text:
            doc[int(i) + 1].is_sent_start = True
    return doc


@Language.component("clock_boundaries", assigns=["token.is_sent_start"], requires=["token.text"])
def clock_boundaries(doc: Doc) -> Doc:
    """ "... shortly after 11 p.m. Station Manager Gareth Lloyd said": the period of "p.m." also
    ends the sentence, which the parser misses; a capitalised word after "a.m."/"p.m." starts
    a new sentence unless it continues the time ("3 p.m. Monday", "9 a.m. GMT", "4 p.m. Kyiv
    time")."""
    continuations = clock_continuations()
    clocks = numpy.array([doc.vocab.strings.add(w) for w in ("a.m.", "p.m.")], dtype=numpy.uint64)
    for i in numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), clocks)):
        i = int(i)
        if i + 1 >= len(doc):
            continue
        following = doc[i + 1]
        then = doc[i + 2].lower_ if i + 2 < len(doc) else ""
        if (
            following.text[:1].isupper()
            and following.lower_ not in continuations
            and then != "time"
        ):
            following.is_sent_start = True
    return doc


@knowledge_cache
def clock_continuations() -> frozenset[str]:
    return frozenset(
        str(w).lower() for w in read_yaml("temporal.yaml").get("clock_continuations", ())
    )


@Language.factory("surname_guard", assigns=["doc.ents"], requires=["doc.ents", "token.pos"])
def make_surname_guard(nlp: Language, name: str):
    return SurnameGuard(
        load_registry(),
        {row["title"].strip().lower().rstrip(".") for row in read_csv_rows(TITLES_FILE)},
    )


class SurnameGuard:
    def __init__(self, registry: Registry, titles: set[str]):
        self.titles = titles
        self.surnames = {
            alias: actor.canonical.split()[:-1]
            for actor in registry.actors
            if actor.type == "person"
            for alias in actor.aliases
            if " " not in alias and actor.canonical.split()[-1] == alias
        }

    def __call__(self, doc: Doc) -> Doc:
        renamed = [
            (ent, start) for ent in doc.ents if (start := self.new_start(doc, ent)) is not None
        ]
        if renamed:
            spans = {ent.start: Span(doc, start, ent.end, label="PERSON") for ent, start in renamed}
            kept = [
                e
                for e in doc.ents
                if e.start not in spans
                and not any(
                    s.start <= e.start < s.end or e.start <= s.start < e.end for s in spans.values()
                )
            ]
            doc.ents = sorted(kept + list(spans.values()), key=lambda e: e.start)
            for span in spans.values():
                for token in span:
                    token.ent_id_ = ""  # no longer the registry's actor
        return doc

    def first_name_start(self, doc: Doc, ent: Span) -> int | None:
        """Start of the given names before a surname alias, or None (a title, or nothing)."""
        start = ent.start
        while start > 0 and self.is_given_name(doc[start - 1]):
            start -= 1
        if start == ent.start:
            return None
        given = doc[start].text.lower()
        registry_given = [g.lower() for g in self.surnames[ent.text]]
        if registry_given and given[:3] == registry_given[0][:3]:
            return None  # a spelling of the registry person's own name ("Dmitri"/"Dmitry")
        return start

    def new_start(self, doc: Doc, ent: Span) -> int | None:
        if ent.text in self.surnames:
            return self.first_name_start(doc, ent)
        return self.left_out_given_name(doc, ent)

    def left_out_given_name(self, doc: Doc, ent: Span) -> int | None:
        """Start of a first name right before an unregistered person's name that the NER left
        out ("Shani" of "Shani Rhys James"), or None."""
        if ent.label_ != "PERSON" or ent.ent_id_ or ent.start == 0 or len(ent) < 2:
            return None
        before = doc[ent.start - 1]
        if self.is_given_name(before) and common_given_name(before.text):
            return ent.start - 1
        return None

    def is_given_name(self, token) -> bool:
        return (
            token.pos_ == "PROPN"
            and token.is_alpha
            and token.is_title
            and not token.is_sent_end
            and token.lower_ not in self.titles
            and not token.ent_id_
            and token.ent_type_ in ("", "PERSON")
        )


def add_workbench_pipes(nlp: Language, registry: Registry) -> Language:
    if "paragraph_boundaries" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("paragraph_boundaries", before=before)
    if "clock_boundaries" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("clock_boundaries", before=before)
    patterns = registry.ruler_patterns()
    if "entity_ruler" not in nlp.pipe_names and patterns:  # none without a topic pack
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe(
            "entity_ruler",
            before=before,
            config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True},
        )
        ruler.add_patterns(patterns)
    if "surname_guard" not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe("surname_guard", after="ner")
    return nlp


@functools.cache
def _workbench_pipeline(name: str, knowledge: str) -> Language:
    nlp = load_model.__wrapped__(name)  # a private copy: the bare cached model stays bare
    return add_workbench_pipes(nlp, load_registry())


def workbench_pipeline(name: str | None = None) -> Language:
    """The pipeline used by load_corpus (loaded once per process and knowledge version)."""
    return _workbench_pipeline(model_name(name), knowledge_hash())


MAX_CHARS = 100_000  # longer texts are parsed in pieces (memory grows with text length)


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters whose concatenation is ``text``, cut after a
    paragraph break where possible, else after a line break, a sentence end or a space."""
    pieces = []
    while len(text) > limit:
        window = text[:limit]
        cut = next(
            (
                window.rfind(sep) + len(sep)
                for sep in ("\n\n", "\n", ". ", " ")
                if window.rfind(sep) > 0
            ),
            limit,
        )
        pieces.append(text[:cut])
        text = text[cut:]
    return pieces + [text] if text or not pieces else pieces


def parse_texts(nlp: Language, texts, *, n_process: int = 1, batch_size: int = 16):
    """Docs for texts, in order, streamed; a text longer than the model's limit is parsed in
    pieces and the pieces joined into one Doc with the original text and offsets."""
    limit = min(nlp.max_length, MAX_CHARS)
    counts = []

    def pieces():
        for text in texts:
            parts = split_text(text, limit)
            counts.append(len(parts))
            yield from parts

    docs = nlp.pipe(pieces(), n_process=n_process, batch_size=batch_size)
    index = 0
    while True:
        try:
            first = next(docs)
        except StopIteration:
            return
        group = [first] + [next(docs) for _ in range(counts[index] - 1)]
        index += 1
        yield group[0] if len(group) == 1 else Doc.from_docs(group, ensure_whitespace=False)
