"""Speaker phrases: the words of a phrase that names a source and what its shape says (a name
the recogniser missed, an apposition, a definite description, a participle that says which
source it is), the entity rows speakers are read from, and ``State``, what attribution
remembers while walking through an article. ``references`` and ``speakers`` build on it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..nlp.article import ParsedArticle
from ..nlp.gender import UNKNOWN, first_names, pronoun_gender
from .quote_knowledge import (
    person_titles,
    quote_words,
    reporting_verbs,
    role_nouns,
    source_nouns,
)
from .records import Mention, Speaker

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")  # entity labels that can name a speaker


BODY_TYPES = ("organization", "document", "media")  # speakers "it" can refer to


@dataclass
class State:
    """What attribution remembers while walking through an article."""

    last_speaker: Speaker | None = None
    last_quote_sentence: int = -99
    last_speaker_sentence: int = -99  # where last_speaker spoke (a direct or indirect quote)
    last_group: int = -1
    group_of_cue: dict = field(default_factory=dict)
    recent: list = field(
        default_factory=list
    )  # (sentence_id, head lemma, Speaker) of phrase speakers
    groups: list = field(default_factory=list)  # (sentence_id, Speaker) of plural phrase speakers


def gender_of(article: ParsedArticle, name: str | None) -> str:
    """The gender the article's evidence gives a named person (entities.gender), else unknown."""
    return next((m.gender for m in mentions(article) if m.canonical == name and m.gender), UNKNOWN)


def agrees(article: ParsedArticle, speaker: Speaker | None, pronoun) -> bool:
    """ "he" and "she" go only to a person whose gender is not the other one."""
    said = pronoun_gender(pronoun.text)
    if speaker is None or said is None or not speaker.is_person:
        return speaker is not None
    return gender_of(article, speaker.name) in (said, UNKNOWN)


def mentions(article: ParsedArticle) -> list[Mention]:
    """The entities extractor's records of the article (the quotes extractor requires them)."""
    return article.rows.get("entities", [])


def subtree_range(token) -> tuple[int, int]:
    """The character offsets (start, end) of the words a token governs, itself included."""
    lo = min(t.idx for t in token.subtree)
    hi = max(t.idx + len(t.text) for t in token.subtree)
    return lo, hi


def is_description(head) -> bool:
    """ "the general", "this teacher", "Brisbane's Lord Mayor": a definite description, not a
    name of capitalised words run together ("The Scottish Executive") or inside an entity."""
    name = head.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or (
        head.pos_ == "PROPN"
        and head.i > 0
        and head.doc[head.i - 1].dep_ == "compound"
        and head.doc[head.i - 1].head.i == head.i
        and head.doc[head.i - 1].text[:1].isupper()
        and head.doc[head.i - 1].whitespace_  # "Governor-General" is one title
        and head.doc[head.i - 1].lower_ not in person_titles() | role_nouns()  # "Lord Mayor"
    )
    return not name and (
        head.left_edge.lower_ in ("the", "this", "that")
        or any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
    )


PHRASE_ENDS = ("relcl", "acl", "appos", "advcl", "punct", "cc", "conj")  # after the head


def phrase_words(head) -> tuple[int, int]:
    """The character offsets of a speaker phrase: from its first word to the head and the words
    after it, up to a clause, an apposition or a comma ("the minister for Europe" of "the
    minister for Europe, who ...")."""
    last = head
    for token in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if _ends_phrase(token, head):
            break
        last = token
    return head.left_edge.idx, last.idx + len(last.text)


def _ends_phrase(token, head) -> bool:
    """Does a word after the head open a clause, an apposition or a comma (it, or a word
    between it and the head)?"""
    while token.i != head.i and token.i != token.head.i:
        if token.dep_ in PHRASE_ENDS:
            return True
        token = token.head
    return False


def person_at(entity, head) -> bool:
    """The entity is a person whose mention holds the head word."""
    return entity is not None and entity.label == "PERSON" and entity.start <= head.idx < entity.end


def phrase_kind(phrase, lemma: str) -> str:
    """speaker_type of a phrase as written: its head's source noun, else another source noun of
    the phrase ("a Goshen police dispatcher"), else document for a document head, else unknown."""
    lemmas = [t.lemma_.lower() for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON")]
    kind = source_nouns().get(lemma) or next(
        (source_nouns()[x] for x in lemmas if x in source_nouns()), "unknown"
    )
    return "document" if kind == "unknown" and lemma in quote_words("document_nouns") else kind


def only_qualifies(head, entity) -> bool:
    """The name is a modifier of a common noun that is the phrase's head ("the Bush
    administration", "Ansett administrators"; a lower-case head the tagger misread, "a Goshen
    police dispatcher"), not the head's own name."""
    common = head.pos_ == "NOUN" or (head.pos_ not in ("PROPN", "PRON") and head.is_lower)
    return common and not (entity.start <= head.idx < entity.end)


def phrase_type(lemma: str) -> str:
    """speaker_type of a phrase by its head noun: anonymous_sources.csv, else document for a
    document noun ("Mr Sands' book"), else unknown."""
    if lemma in source_nouns():
        return source_nouns()[lemma]
    return "document" if lemma in quote_words("document_nouns") else "unknown"


def unrecognised_name(head) -> str | None:
    """A person's name the entity recogniser missed or misread: the proper nouns of the phrase's
    head from a known first name or a title on ("said Nottingham City Councillor Brian Parbutt",
    where "Nottingham City" was read as the person: Brian Parbutt; "fertility expert Lord
    Winston": Lord Winston)."""
    if head.pos_ != "PROPN" or head.ent_type_ or head.lower_ in role_nouns():
        return None  # "Prime Minister" is an office
    names = [head]
    for token in reversed(list(head.lefts)):  # the run of capitalised words before the head
        if not (
            token.dep_ == "compound"
            and token.i == names[0].i - 1
            and token.whitespace_  # not "Co-Chairman"
            and token.is_alpha
            and token.text[0].isupper()
        ):
            break
        names.insert(0, token)
    first = next(
        (
            k
            for k, t in enumerate(names[:-1])
            if (t.lower_ in first_names() and t.lower_ not in role_nouns()) or _name_title(t)
        ),
        None,
    )
    if first is None or any(t.ent_type_ for t in names[first:]):
        return None
    return " ".join(t.text for t in names[first:])


def _name_title(token) -> bool:
    """A title that names a person ("Lord Winston", "Mrs Spence"), not an office word that may
    stand in a longer phrase (quotes.yaml name_titles)."""
    return token.lower_ in quote_words("name_titles") and token.lower_ in person_titles()


def someones_people(subject) -> bool:
    """ "..., his sponsors said": a plural noun of someone's ("his", "her", "their") that said
    the words after them speaks (the sponsors, the family, the lawyers)."""
    verb = subject.head
    return (
        subject.tag_ == "NNS"
        and verb.lemma_.lower() == "say"
        and verb.i > subject.i
        and any(c.dep_ == "ccomp" and c.i < subject.i for c in verb.children)
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in subject.children)
    )


def could_speak(head, phrase) -> bool:
    """A speaker phrase names a source: a name, or a head noun that names people, a document,
    an anonymous source or a role (quotes.yaml, anonymous_sources.csv, role_nouns.csv)."""
    if head.pos_ == "PROPN" or any(t.ent_type_ for t in phrase) or someones_people(head):
        return True
    lemma = head.lemma_.lower()
    return (
        lemma in source_nouns()
        or lemma in role_nouns()
        or lemma in quote_words("people_nouns")
        or lemma in quote_words("document_nouns")
        or head.lower_ in quote_words("people_nouns")
    )


def remember(article, head, lemma: str, speaker: Speaker, state: State) -> None:
    """Keep a phrase speaker for later references: "the official" (same head noun) and "they"
    (a plural head: "Union members said ... they said")."""
    sentence_id = article.sentence_id(head.i)
    state.recent.append((sentence_id, lemma, speaker))
    if head.tag_ in ("NNS", "NNPS"):
        state.groups.append((sentence_id, speaker))


def appositive_person(article, head):
    """A person named in apposition anywhere in the subject ("The mayor of Kharkiv, Ihor
    Terekhov, said")."""
    for child in head.subtree:
        if child.dep_ == "appos":
            lo, hi = subtree_range(child)
            persons = [
                e
                for e in mentions(article)
                if e.label == "PERSON" and lo <= e.start and e.end <= hi
            ]
            if persons and not (head.ent_type_ == "PERSON"):
                return persons[0]
    return apposed_to_verb(article, head)


def apposed_name(head) -> str | None:
    """A name the recogniser missed, in apposition at the end of the subject ("A spokesman for
    provincial governor Gul Agha, Akbar Jan, says"; "The prime minister who was forced to
    resign, Batholomew Ulufa'alu, has told"): a first name and a surname set off by commas right
    before the verb."""
    if head.dep_ not in SUBJECT_DEPS or head.pos_ != "NOUN":
        return None
    verb = head.head
    for token in head.subtree:
        if (
            token.dep_ == "appos"
            and token.pos_ == "PROPN"
            and token.i + 2 <= verb.i
            and token.doc[token.i + 1].text == ","
            and all(
                t.is_punct or t.dep_ in ("aux", "auxpass", "neg", "advmod")
                for t in verb.doc[token.i + 2 : verb.i]
            )  # "..., Akbar Jan, says", "..., Batholomew Ulufa'alu, has told"
        ):
            return unrecognised_name(token)
    return None


def apposed_to_verb(article, head):
    """A person named between a subject and its verb, set off by a comma, that the parser hung
    on the verb ("one of the so-called Guildford Four, Gerry Conlon - who was wrongly convicted
    - said")."""
    verb = head.head
    if head.dep_ not in SUBJECT_DEPS or head.ent_type_ == "PERSON":
        return None
    for child in verb.children:
        if (
            head.i < child.i < verb.i
            and child.dep_ in ("npadvmod", "appos", "dep", "nsubj")
            and child.doc[child.left_edge.i - 1].text == ","
        ):
            return next(
                (
                    e
                    for e in mentions(article)
                    if e.label == "PERSON" and e.start <= child.idx < e.end
                ),
                None,
            )
    return None


def plain_role(head) -> bool:
    """ "the minister", "the American diplomat": a role that can point back to a named person;
    "the opposition leader", "the union's leader" name someone else."""
    return not any(
        c.dep_ in ("compound", "poss")
        or (c.dep_ == "amod" and c.ent_type_ == "")
        and c.lower_ not in ("top", "senior", "chief", "former")
        for c in head.children
        if c.dep_ not in ("det", "punct")
    ) or all(
        c.dep_ in ("det", "amod") and c.ent_type_ in ("NORP", "GPE")
        for c in head.children
        if c.dep_ not in ("det", "punct")
    )


def phrase_text(doc, phrase) -> str:
    start, end = min(t.idx for t in phrase), max(t.idx + len(t.text) for t in phrase)
    span = doc.char_span(
        start, end, alignment_mode="expand"
    )  # Doc.text would rebuild the whole text
    return re.sub(r"\s+", " ", span.text if span is not None else "").strip(" ,")


def cut_at_clauses(head, phrase):
    """The speaker phrase without its clauses, but for a participle that says whose text a
    document is ("research conducted by the EOC", "figures compiled by the Tories")."""
    keep = {t.i for t in phrase}
    for token in head.subtree:
        if token.dep_ in ("relcl", "acl", "appos") and token.i != head.i:
            if token.dep_ == "acl" and token.head.i == head.i and _made_by(token):
                when = [c for c in token.children if c.ent_type_ in ("DATE", "TIME")]
                keep -= {t.i for c in when for t in c.subtree}  # "... by the EOC last year"
                continue
            if _describing_participle(token, head):
                continue
            keep -= {t.i for t in token.subtree}
    return [t for t in phrase if t.i in keep] or [head]


def _describing_participle(clause, head) -> bool:
    """A participle after the head that says which source it is ("diplomats observing the
    talks", "a doctor working for the relief agency", "documents released today"), not one
    that reports ("polls suggesting ...", "allies saying ...") or an aside in commas."""
    return (
        clause.dep_ == "acl"
        and clause.head.i == head.i
        and clause.i > head.i
        and clause.tag_ in ("VBG", "VBN")
        and clause.lemma_.lower() not in reporting_verbs()
        and not any(c.dep_ == "ccomp" for c in clause.children)
        and clause.doc[clause.left_edge.i - 1].text != ","  # ", quoting sources,": an aside
    )


def document_head(head) -> bool:
    return head.pos_ == "NOUN" and head.lemma_.lower() in quote_words("document_nouns")


def _made_by(clause) -> bool:
    """A past participle after a document noun naming its maker or client ("conducted for the
    BBC", "carried out by Professor Allsop")."""
    return (
        document_head(clause.head)
        and clause.tag_ == "VBN"
        and any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "for") for c in clause.children)
    )


def in_lead(article, head) -> bool:
    """In the first two sentences of the body: where a story names a person by role first and
    by name next (delayed identification), nowhere else."""
    body = next(
        (i for i, sent in enumerate(article.sentences) if sent.start_char >= article.headline_end),
        0,
    )
    return article.sentence_id(head.i) - body < 2


def has_definite(head) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in head.children) or head.dep_ == "poss"


def entity_in(article, phrase, head):
    """The person entity holding the phrase's head word ("PCSU deputy general secretary Hugh
    Lanning": Hugh Lanning, not a misread "PCSU"), else the first person, else the
    organisation/place/group entity of the head, else the first one inside the phrase."""
    lo, hi = min(t.idx for t in phrase), max(t.idx + len(t.text) for t in phrase)
    starting = [e for e in article.rows_starting("entities", lo, hi) if e.label in SPEAKER_LABELS]
    inside = [e for e in starting if e.end <= hi]
    head_entities = [e for e in starting if e.start <= head.idx < e.end]  # "Alan Beith -"
    persons = [e for e in head_entities if e.label == "PERSON"] or [
        e for e in inside if e.label == "PERSON"
    ]
    if persons:
        return persons[0]
    return (head_entities or inside or [None])[0]
