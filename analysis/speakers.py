"""Speaker resolution for the quotes table: the subject phrase of a reporting verb -> a speaker.

Entity rows (``article.rows["entities"]``) give registry canonical names and sides; a pronoun or a
role noun ("he", "the American diplomat") takes the most recent named person speaker, else the most
recent person mention before it; an anonymous head noun ("a Ukrainian official") stays as written.
"""
from __future__ import annotations

from functools import lru_cache

from .resources import read_csv_rows

PRONOUNS = {"he", "she", "him", "her", "they", "we", "i", "it"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "i"}


@lru_cache(maxsize=1)
def anonymous_nouns() -> frozenset[str]:
    return frozenset(row["lemma"].strip().lower() for row in read_csv_rows("anonymous_sources.csv"))


def subject_of(verb):
    """The speaker head of a reporting verb: nsubj, or the agent of a passive, or None."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.dep_ != "nsubjpass":
            return child
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    if verb.dep_ in ("conj", "advcl") and verb.head is not verb:  # "... and added", chained verbs
        return subject_of(verb.head) if verb.head.pos_ in ("VERB", "AUX") else None
    return None


def phrase(head):
    """The speaker phrase: the head with its modifiers, without relative clauses or appositions."""
    cut = [c for c in head.children if c.dep_ in ("relcl", "acl", "appos", "punct", "cc", "conj") and c.i > head.i]
    stop = min([c.left_edge.i for c in cut], default=head.right_edge.i + 1)
    return head.doc[head.left_edge.i:max(stop, head.i + 1)]


def _entity_in(span, entities):
    hits = [e for e in entities if e["start"] < span.end_char and span.start_char < e["end"]]
    persons = [e for e in hits if e.get("actor_type") == "person" or e.get("label") == "PERSON"]
    return (persons or hits or [None])[0]


def resolve(head, article, history):
    """(speaker, speaker_type, speaker_side) for a subject head token.

    history: earlier resolved speakers of the article, in order, as (start_char, speaker, type, side)."""
    entities = article.rows.get("entities", [])
    lower = head.lower_
    span = phrase(head)
    if lower in PRONOUNS or head.pos_ == "PRON":
        wanted = "person" if lower in PERSON_PRONOUNS else None
        return _previous(head.idx, history, entities, wanted, span.text)
    entity = _entity_in(span, entities)
    if entity is not None and entity.get("canonical"):
        kind = _kind(entity)
        return entity["canonical"], kind, entity.get("side")
    if head.lemma_.lower() in anonymous_nouns() or lower in anonymous_nouns():
        if not any(t.lower_ == "the" for t in span) or head.tag_ == "NNS":
            return span.text, "anonymous", None
    if head.pos_ == "NOUN" and any(t.lower_ in ("the", "this") for t in span):  # role noun: "the minister"
        return _previous(head.idx, history, entities, "person", span.text)
    if head.pos_ == "PROPN":
        actor = article.registry.lookup(span.text) or article.registry.lookup(head.text)
        if actor is not None:
            return actor.canonical, _type(actor.type), actor.side
        return span.text, "person" if head.ent_type_ == "PERSON" else "organization", None
    return span.text, "unknown", None


def _kind(entity):
    return _type(entity.get("actor_type") or {"PERSON": "person", "ORG": "organization", "NORP": "organization",
                                              "GPE": "organization"}.get(entity.get("label"), "unknown"))


def _type(actor_type):
    return {"person": "person", "organization": "organization", "media": "media", "group": "anonymous",
            "place": "organization", "site": "media"}.get(actor_type, "unknown")


def _previous(char, history, entities, wanted, written):
    for start, speaker, kind, side in reversed(history):
        if start < char and kind in ("person",) and (wanted is None or kind == wanted):
            return speaker, kind, side
    persons = [e for e in entities if e["end"] <= char and (e.get("actor_type") == "person" or e.get("label") == "PERSON")]
    if persons:
        e = persons[-1]
        return e.get("canonical") or e["text"], "person", e.get("side")
    return written, "unknown", None
