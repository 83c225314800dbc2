"""The surname guard after the NER: a first name the NER left out of a person's name is put
back (a fixed set of entities: what the NER left out is the case)."""

import spacy
from spacy.tokens import Doc, Span

from analysis.nlp.pipeline import SurnameGuard
from analysis.nlp.registry import Registry


def _doc(words, pos, person):
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    doc.ents = [Span(doc, *person, label="PERSON")]
    return doc


def test_a_first_name_left_out_by_the_ner_is_put_back():
    words = ["Shani", "Rhys", "James", "is", "worried", "."]
    doc = _doc(words, ["PROPN", "PROPN", "PROPN", "AUX", "ADJ", "PUNCT"], (1, 3))
    guarded = SurnameGuard(Registry(()), {"mr", "ms", "senator"})(doc)
    assert [e.text for e in guarded.ents] == ["Shani Rhys James"]


def test_a_title_or_a_common_word_before_a_name_stays_out():
    titled = _doc(["Senator", "Bob", "Brown", "spoke"], ["PROPN", "PROPN", "PROPN", "VERB"], (1, 3))
    common = _doc(
        ["Yesterday", "Bob", "Brown", "spoke"], ["NOUN", "PROPN", "PROPN", "VERB"], (1, 3)
    )
    guard = SurnameGuard(Registry(()), {"mr", "ms", "senator"})
    assert [e.text for e in guard(titled).ents] == ["Bob Brown"]
    assert [e.text for e in guard(common).ents] == ["Bob Brown"]
