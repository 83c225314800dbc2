"""Speakers: who a speaker phrase names, from its head token, the sentence and the sentences
before (``analysis.extract.quotes`` finds the phrase; here it becomes a ``Speaker``).

* A name resolves to the registry's canonical name through the entities of the sentence; a
  generic source or office qualified by a name ("Russian officials", "a Hamas official") is
  the phrase as written, with the name's side. Anonymous sources are recognised by
  ``anonymous_sources.csv``, offices by ``role_nouns.csv``, titles by ``person_titles.csv``.
* Pronouns and role nouns ("he", "the American diplomat") go to the person in the subject of
  the previous sentence, else the last speaker, else the last person named; "it" goes back to
  a body or document, never to a person; "they" to a plural source quoted just before.
* Also: sources joined by "and" speak together; a source noun that only names a person in a
  possessive or a preposition ("Mr Blair's spokesman") is not that person; "the papers" are
  the newspapers named before; "the committee" goes back to its longer name anywhere before;
  "Name, QC told" is Name's; a party's office ("The SNP's parliamentary leader") right after a
  member of that party spoke is that member.

Here too: ``State``, what attribution remembers while walking through an article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import pandas as pd

from ..knowledge import words as word_list
from ..nlp.article import ParsedArticle
from ..nlp.gender import UNKNOWN, first_names, pronoun_gender
from .quote_knowledge import (
    limit,
    person_titles,
    quote_words,
    reporting_verbs,
    role_nouns,
    source_nouns,
    title_words,
)
from .records import Mention, Speaker

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")  # entity labels that can name a speaker
ACTOR_SPEAKER_TYPE = {
    "person": "person",
    "organization": "organization",
    "group": "organization",
    "place": "organization",
    "media": "media",
}  # registry type -> speaker_type


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


def _agrees(article: ParsedArticle, speaker: Speaker | None, pronoun) -> bool:
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


def describe(article, head, cue: str | None, cue_token: int | None, state: State) -> Speaker:
    """A speaker from the head token of the speaker phrase, read from that phrase's words (the
    person "he" resolves to is read from "he"); sources joined by "and" speak together ("Mr
    Afzal, Mr Islam and Mr Kazi deny ...": one speaker naming all three)."""
    joined = [c for c in head.conjuncts if c.i > head.i and c.pos_ in ("PROPN", "NOUN")]
    if head.pos_ in ("PROPN", "NOUN") and joined:
        speaker = _joint_speaker(article, [head, *joined], cue, cue_token, state)
        return replace(speaker, words=(phrase_words(head)[0], phrase_words(joined[-1])[1]))
    speaker = _single_speaker(article, head, cue, cue_token, state)
    if not speaker.is_person:  # "Anthony Zinni told Mr Arafat ... the retired general said"
        person = _person_described(article, head, state)
        if person is not None:
            speaker = replace(person, cue=cue, cue_token=cue_token)
    as_written = article.text[slice(*phrase_words(head))]
    if not speaker.is_person and speaker.name == as_written:
        body = _body_described(article, head, state)  # "Amnesty said ... The organisation"
        if body is not None:
            speaker = replace(body, cue=cue, cue_token=cue_token)
    return replace(speaker, words=phrase_words(head))


def _person_described(article, head, state: State) -> Speaker | None:
    """A definite description of a person ("the retired Marine Corps general", "The Member for
    Fremantle", "The former teacher", "the ex-home secretary") that no rule resolved: the
    person named in the subject of the sentence before (outside a quotation), else the person
    quoted in the two sentences before. Not someone who speaks for another ("the spokesman";
    quotes.yaml proxy_nouns), not a plain "the man" (plain_people_nouns), not a name ("The
    Scottish Executive")."""
    lemma = head.lemma_.lower()
    people = set(quote_words("people_nouns")) - set(quote_words("plain_people_nouns"))
    if (
        head.tag_ not in ("NN", "NNP")
        or (lemma not in role_nouns() and lemma not in people)
        or lemma in quote_words("proxy_nouns")
        or source_nouns().get(lemma) == "organization"
        or not _described(head)
    ):
        return None
    sentence_id = article.sentence_id(head.i)
    previous = sentence_before_quote(article, sentence_id)
    if previous is not None and not article.quoted_index.holds(previous.root.idx):
        person = subject_person(article, previous)
        if person is not None:
            return person
    last = state.last_speaker
    if last is not None and last.is_person and sentence_id - state.last_speaker_sentence <= 2:
        return last
    return _named_just_after(article, head, sentence_id)


def _named_just_after(article, head, sentence_id: int) -> Speaker | None:
    """ "... the provincial military chief said. Commander Haji Mohammad Zaman said ...": a
    role whose holder the next sentence names for the first time, as the subject of a
    reporting verb, with no other office or description of their own (delayed
    identification)."""
    if sentence_id + 1 >= len(article.sentences):
        return None
    following = article.sentences[sentence_id + 1]
    person = subject_person(article, following, speaking=True)
    if person is None or person.words is None:
        return None
    first = min(
        (m.start for m in mentions(article) if m.label == "PERSON" and m.canonical == person.name),
        default=None,
    )
    if first is None or first < following.start_char:
        return None
    mention = next(m for m in mentions(article) if m.start == first)
    nouns = role_nouns() | set(quote_words("people_nouns"))
    other = {w for w in _title_words(article, mention) if w in nouns} - person_titles()
    return person if other <= {head.lemma_.lower()} else None  # not "Ali Rahimi, a farmer,"


def _body_described(article, head, state: State) -> Speaker | None:
    """ "The organisation", "Australia's second largest bank", "the groups": a description of
    a kind of body (quotes.yaml corporate_nouns) that no rule resolved is the named
    organisation quoted in the two sentences before ("Amnesty said ... The organisation
    called on ...")."""
    if head.lemma_.lower() not in quote_words("corporate_nouns") or not _described(head):
        return None
    sentence_id = article.sentence_id(head.i)
    names = {e.canonical for e in mentions(article) if e.label == "ORG" and e.end <= head.idx}
    bodies = [
        s
        for sid, _, s in state.recent
        if s.type in ("organization", "media") and s.name in names and 0 <= sentence_id - sid <= 2
    ]
    return bodies[-1] if bodies else None


def _described(head) -> bool:
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


def _joint_speaker(article, heads, cue, cue_token, state: State) -> Speaker:
    """One speaker for coordinated sources: the people by their full names, else the phrase as
    written ("Labour and the Conservatives")."""
    speakers = [_single_speaker(article, h, cue, cue_token, state) for h in heads]
    if len({s.name for s in speakers}) == 1 and speakers[0].name:  # "Labour MP and former
        return speakers[0]  # minister Anne Briggs": one person under two titles
    if all(s.is_person for s in speakers):
        names = [s.name for s in speakers]
        kind = "person"
    else:
        lo, hi = heads[0].left_edge.i, heads[-1].right_edge.i + 1
        names = [article.doc[lo:hi].text.strip(" ,")]
        kind = next((s.type for s in speakers if s.type != "unknown"), "unknown")
    name = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    speaker = Speaker(name, kind, speakers[0].side, cue, cue_token)
    state.groups.append((article.sentence_id(heads[0].i), speaker))  # "they" said next
    return speaker


def _single_speaker(article, head, cue, cue_token, state: State) -> Speaker:
    """A speaker from the head token of a speaker phrase naming one source."""
    doc = article.doc
    phrase = [
        t for t in head.subtree if t.dep_ not in ("relcl", "acl", "appos", "punct") or t.i == head.i
    ]
    phrase = _cut_at_clauses(head, phrase)
    appositive = appositive_person(article, head)
    if appositive is not None:  # "The union's leader, Tom Harris, said"
        return Speaker.of_person(appositive, cue, cue_token)
    apposed = _apposed_name(head)
    if apposed is not None:  # "A spokesman for the governor, Akbar Jan, says": a missed name
        return Speaker(apposed, "person", None, cue, cue_token, is_person=True)
    titled = _post_nominal_person(article, head)
    if titled is not None:  # "Judge Richard Mawrey, QC told the hearing"
        return Speaker.of_person(titled, cue, cue_token)
    body = _body_named_after(article, head)
    if body is not None:  # "the news agency Reuters said"
        return Speaker(body.canonical, "organization", body.side, cue, cue_token)
    entity = _entity_in(article, phrase, head)
    unrecognised = unrecognised_name(head)
    if unrecognised is not None and not _person_at(entity, head):  # "Ms Johnston" is Hetty's
        return Speaker(unrecognised, "person", None, cue, cue_token, is_person=True)
    lemma = head.lemma_.lower()
    generic_head = head.pos_ in ("NOUN", "PROPN") and (
        lemma in source_nouns() or lemma in role_nouns()
    )
    if (
        entity is not None
        and ((generic_head and entity.label != "PERSON") or _speaks_for(head, entity))
        and not (entity.start <= head.idx < entity.end)
    ):
        # "Russian officials", "a Hamas official", "the Russian Defence Ministry": a generic
        # source or an institution, with the side of the name that qualifies it
        holder = _registry_role_holder(article, head, entity) if lemma in role_nouns() else None
        if holder is not None:
            return Speaker(holder.canonical, "person", holder.side, cue, cue_token, is_person=True)
        if _has_definite(head) and lemma in role_nouns() and _plain_role(head):
            resolved = _resolve_reference(article, head, state)
            if resolved is not None:
                return replace(resolved, cue=cue, cue_token=cue_token)
        described = _described_speaker(article, head, entity, state)
        if described is not None:  # "Tory Liam Fox said ... The Conservative Party Co-Chairman"
            return replace(described, cue=cue, cue_token=cue_token)
        named_next = _named_next(article, head)
        if named_next is not None:  # "A spokesman for the ministry claims ... Spokesman X says"
            return replace(named_next, cue=cue, cue_token=cue_token)
        titled = _so_titled(article, head)
        if titled is not None:  # "The Tasmanian Premier says ... Premier Jim Bacon says"
            return replace(titled, cue=cue, cue_token=cue_token)
        text = _phrase_text(doc, phrase)
        kind = _phrase_type(lemma)
        speaker = Speaker(text, kind, entity.side, cue, cue_token)
        _remember(article, head, lemma, speaker, state)
        return speaker
    if entity is not None and _only_qualifies(head, entity):
        # "a Goshen police dispatcher", "the Bush administration", "Party strategists": the
        # name qualifies the noun that speaks
        speaker = Speaker(
            _phrase_text(doc, phrase), _phrase_kind(phrase, lemma), entity.side, cue, cue_token
        )
        _remember(article, head, lemma, speaker, state)
        return speaker
    if entity is not None:
        actor = article.registry.lookup(entity.canonical) if entity.in_registry else None
        kind = (
            ACTOR_SPEAKER_TYPE.get(actor.type, "organization")
            if actor
            else ("person" if entity.label == "PERSON" else "organization")
        )
        return Speaker(
            entity.canonical, kind, entity.side, cue, cue_token, is_person=kind == "person"
        )
    if source_nouns().get(lemma) == "organization" and _has_definite(head) and _plain_role(head):
        named = _named_institution(article, head)  # "the Defence Ministry ... the ministry said"
        if named is not None:
            return Speaker(named.canonical, "organization", named.side, cue, cue_token)
    earlier = _same_body_before(article, head, phrase, state)
    if earlier is not None:  # "The joint committee on human rights found ... The committee"
        speaker = replace(earlier, cue=cue, cue_token=cue_token)
        _remember(article, head, lemma, speaker, state)  # "It urged ..." next
        return speaker
    document = _named_document(article, head, phrase)
    if document is not None:  # "The Dun and Bradstreet survey has found ... The survey says"
        speaker = Speaker(document, "document", cue=cue, cue_token=cue_token)
        _remember(article, head, lemma, speaker, state)
        return speaker
    papers = _named_papers(article, head)
    if papers is not None:  # "the Sunday Times and Sunday Telegraph ... The papers suggest"
        speaker = Speaker(papers, "media", None, cue, cue_token)
        _remember(article, head, lemma, speaker, state)
        return speaker
    if lemma in role_nouns() and _has_definite(head):
        holder = _pack_role_holder(article, head)  # "the prime minister": the pack's Tony Blair
        if holder is not None:
            return Speaker(holder.canonical, "person", holder.side, cue, cue_token, is_person=True)
    lower = head.lower_
    pronouns = word_list("pronouns")
    if lower in pronouns or (lemma in role_nouns() and _has_definite(head) and _plain_role(head)):
        resolved = _resolve_reference(article, head, state)
        if resolved is not None:
            return replace(resolved, cue=cue, cue_token=cue_token)
        as_written = _phrase_text(doc, phrase) if lower not in pronouns else None
        return Speaker(as_written, "unknown", cue=cue, cue_token=cue_token)  # "the director of ..."
    titled = _so_titled(article, head)
    if titled is not None:  # "the finance minister": so titled
        return replace(titled, cue=cue, cue_token=cue_token)
    again = _same_source_again(article, head, state)
    if again is not None:  # "a staff member said ... the staff member added"
        return replace(again, cue=cue, cue_token=cue_token)
    named_before = _sources_named_before(article, head, phrase)
    if named_before is not None:  # "British defence sources have not revealed ... The sources"
        speaker = Speaker(named_before, "anonymous", cue=cue, cue_token=cue_token)
        _remember(article, head, lemma, speaker, state)
        return speaker
    named_next = _named_next(article, head)
    if named_next is not None:  # "A police spokesman says ... Police spokesman X said"
        return replace(named_next, cue=cue, cue_token=cue_token)
    office = _office_of(article, head, state)
    if office is not None:  # "his spokesman": Mr Bannatyne's; "A spokesman" of the body before
        speaker = replace(office, cue=cue, cue_token=cue_token)
        _remember(article, head, lemma, speaker, state)
        return speaker
    if head.pos_ == "PRON" or not _could_speak(head, phrase):
        # "you said", "absolutely nothing", "the choices he says", "that pattern suggests"
        return Speaker(None, "unknown", cue=cue, cue_token=cue_token)
    speaker = Speaker(
        _phrase_text(doc, phrase), _phrase_kind(phrase, lemma), cue=cue, cue_token=cue_token
    )
    _remember(article, head, lemma, speaker, state)
    return speaker


def _so_titled(article, head) -> Speaker | None:
    """A definite role: the person named before with that title and the role's own words, else,
    in the lead, the first person so titled in the next sentences ("Iraq's ambassador ...
    Ambassador X")."""
    if head.lemma_.lower() not in role_nouns() or not _has_definite(head):
        return None
    qualified = not _in_lead(article, head)
    return _titled_person(article, head, qualified=True) or _titled_person(
        article, head, ahead=True, qualified=qualified
    )


def _person_at(entity, head) -> bool:
    """The entity is a person whose mention holds the head word."""
    return entity is not None and entity.label == "PERSON" and entity.start <= head.idx < entity.end


def _phrase_kind(phrase, lemma: str) -> str:
    """speaker_type of a phrase as written: its head's source noun, else another source noun of
    the phrase ("a Goshen police dispatcher"), else document for a document head, else unknown."""
    lemmas = [t.lemma_.lower() for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON")]
    kind = source_nouns().get(lemma) or next(
        (source_nouns()[x] for x in lemmas if x in source_nouns()), "unknown"
    )
    return "document" if kind == "unknown" and lemma in quote_words("document_nouns") else kind


def _only_qualifies(head, entity) -> bool:
    """The name is a modifier of a common noun that is the phrase's head ("the Bush
    administration", "Ansett administrators"; a lower-case head the tagger misread, "a Goshen
    police dispatcher"), not the head's own name."""
    common = head.pos_ == "NOUN" or (head.pos_ not in ("PROPN", "PRON") and head.is_lower)
    return common and not (entity.start <= head.idx < entity.end)


def _body_named_after(article, head):
    """ "the news agency Reuters", "the largest radical group, Hamas": the name in apposition
    after a noun for a body (anonymous_sources.csv organization) is the body that speaks."""
    if source_nouns().get(head.lemma_.lower()) != "organization":
        return None
    named = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
    if named is None:
        return None
    return next(
        (e for e in mentions(article) if e.label != "PERSON" and e.start <= named.idx < e.end),
        None,
    )


def _office_of(article, head, state: State) -> Speaker | None:
    """Whose spokesman: "his spokesman" is the spokesman of the person "his" refers to ("Mr
    Bannatyne's spokesman"); a bare "a spokesman" right after a sentence about an organisation
    speaks for it ("the Home Office defended the measures. A spokesman said"): "A spokesman",
    as written, with the organisation's side (anonymous_sources.csv spokesman words)."""
    if head.pos_ != "NOUN" or source_nouns().get(head.lemma_.lower()) != "anonymous":
        return None
    modifiers = [c for c in head.children if c.dep_ != "punct"]
    owner = next((c for c in modifiers if c.dep_ == "poss"), None)
    if owner is not None and len(modifiers) == 1 and owner.lower_ in ("his", "her"):
        person = _resolve_reference(article, owner, state)
        if person is not None and person.is_person:
            return Speaker(f"{person.name}'s {head.text}", "anonymous", person.side)
    if [c.lower_ for c in modifiers] in (["a"], ["an"]):
        body = _body_just_before(article, article.sentence_id(head.i), state)
        if body is not None:  # named as written (GUIDELINES.md), with the body's side
            return Speaker(_phrase_text(article.doc, [*modifiers, head]), "anonymous", body.side)
    return None


def _body_just_before(article, sentence_id: int, state: State) -> Speaker | None:
    """The organisation in the subject of the sentence before, else one that spoke in it."""
    previous = sentence_before_quote(article, sentence_id)
    if previous is None:
        return None
    for subject in (t for t in previous if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"):
        lo, hi = subtree_range(subject)
        bodies = [
            e
            for e in mentions(article)
            if lo <= e.start
            and e.end <= hi
            and (e.actor_type == "organization" if e.in_registry else e.label == "ORG")
        ]
        if bodies:
            return Speaker(bodies[0].canonical, "organization", bodies[0].side)
    spoke = [
        s
        for sid, _, s in state.recent
        if s.type == "organization" and sid == article.sentence_id(previous.start)
    ]
    return spoke[-1] if spoke else None


def _phrase_type(lemma: str) -> str:
    """speaker_type of a phrase by its head noun: anonymous_sources.csv, else document for a
    document noun ("Mr Sands' book"), else unknown."""
    if lemma in source_nouns():
        return source_nouns()[lemma]
    return "document" if lemma in quote_words("document_nouns") else "unknown"


def _speaks_for(head, named) -> bool:
    """A source, people or document noun whose name is only in a possessive or a prepositional
    phrase is not that name ("Mr Blair's official spokesman", "a spokesman for Mr Blair",
    "sources close to Mr Hockney", "Mr Flight's allies", "Labour's new posters", "Mr Sands'
    book"): the phrase is the speaker."""
    lemma = head.lemma_.lower()
    nouns = (*quote_words("people_nouns"), *quote_words("document_nouns"))
    if head.pos_ != "NOUN" or not (lemma in source_nouns() or lemma in nouns):
        return False
    document = _document_head(head)  # "the YouGov poll", "figures compiled by the Tories"
    modifiers = [
        c
        for c in head.children
        if c.dep_ in ("poss", "prep")
        or (c.dep_ == "amod" and any(g.dep_ == "prep" for g in c.children))  # "close to"
        or (document and c.dep_ in ("compound", "nmod", "acl"))
    ]
    return any(
        min(t.idx for t in c.subtree) <= named.start <= max(t.idx for t in c.subtree)
        for c in modifiers
    )


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


def _could_speak(head, phrase) -> bool:
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


def _named_institution(article, head):
    """The last organisation named before "the ministry", "the council", "the court" whose name
    ends in that noun ("the Defence Ministry", "Leeds City Council"); for "the company" or "the
    firm", the last organisation named before (outside the actor registry)."""
    lemma = head.lemma_.lower()
    before = [e for e in mentions(article) if e.label == "ORG" and e.end <= head.idx]
    named = [e for e in before if e.canonical.split()[-1].lower() in (lemma, head.lower_)]
    if not named and lemma in quote_words(
        "corporate_nouns"
    ):  # "Northvale Foods reported ... The company said"
        named = [e for e in before if not e.in_registry]
    return named[-1] if named else None


def _same_body_before(article, head, phrase, state: State) -> Speaker | None:
    """ "The committee", "the select committee": the body or text quoted a few sentences before
    under a longer name with the same head noun and every word of this phrase ("The Commons
    education select committee")."""
    if not _has_definite(head) or _phrase_type(head.lemma_.lower()) not in BODY_TYPES:
        return None
    words = {t.lower_ for t in phrase if t.dep_ != "det" and t.is_alpha}
    sentence_id = article.sentence_id(head.i)
    named = [
        (article.sentence_id_at(e.start), Speaker(e.canonical, "organization", e.side))
        for e in mentions(article)
        if e.label == "ORG" and e.end <= head.idx
    ]
    recent = [(sid, s) for sid, lemma, s in state.recent if lemma == head.lemma_.lower()]
    earlier = [
        s
        for sid, s in sorted(named + recent, key=lambda pair: pair[0])
        if 0 <= sentence_id - sid <= limit("body_memory_sentences")
        and words <= set((s.name or "").lower().split())
        and len((s.name or "").split()) > len(words) + 1
    ]
    return earlier[-1] if earlier else None


def _sources_named_before(article, head, phrase) -> str | None:
    """ "The sources", "the officials": the anonymous sources named just before under a longer
    phrase with the same head noun, whether or not they spoke there ("British defence sources
    have not revealed the offer. The sources say ..."; quotes.yaml role_memory_sentences)."""
    lemma = head.lemma_.lower()
    if (
        head.tag_ != "NNS"
        or source_nouns().get(lemma) != "anonymous"
        or not _has_definite(head)
        or len(phrase) != 2
    ):
        return None
    first = article.sentences[
        max(0, article.sentence_id(head.i) - limit("role_memory_sentences"))
    ].start
    earlier = [
        t
        for t in article.doc[first : phrase[0].i]
        if t.lemma_.lower() == lemma
        and t.tag_ == "NNS"
        and any(c.dep_ in ("amod", "compound") for c in t.lefts)
    ]
    if not earlier:
        return None
    last = earlier[-1]
    return _phrase_text(article.doc, [t for t in last.lefts if t.dep_ != "det"] + [last])


def _named_document(article, head, phrase) -> str | None:
    """ "The survey", "the report": the survey or report the article named before ("The Dun and
    Bradstreet survey has found ..."); in the lead, "A new report" is the one it names in the
    next sentences ("The Institute of Health report shows"). The name is a proper noun or a
    possessive before the same noun."""
    lemma = head.lemma_.lower()
    if (
        lemma not in quote_words("document_nouns")
        or head.tag_ != "NN"
        or any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in phrase)  # named, or "his report"
    ):
        return None
    sentence_id = article.sentence_id(head.i)
    if _has_definite(head):
        first = article.sentences[max(0, sentence_id - limit("body_memory_sentences"))].start
        tokens = list(article.doc[first : phrase[0].i])
    elif _in_lead(article, head) and any(c.lower_ in ("a", "an") for c in head.children):
        last = article.sentences[min(len(article.sentences) - 1, sentence_id + 2)].end
        tokens = list(article.doc[max(t.i for t in phrase) + 1 : last])
    else:
        return None
    named = [
        words
        for t in tokens
        if t.lemma_.lower() == lemma and t.tag_ == "NN" and (words := _named_before(t))
    ]
    if not named:
        return None
    return _phrase_text(article.doc, named[-1] if _has_definite(head) else named[0])


def _named_before(noun) -> list:
    """The noun with the name before it ("the Dun and Bradstreet survey", "Labour's report"):
    its modifiers when a proper noun is among them, or, where the parser split them off, the run of
    proper nouns right before it; none when no name comes before."""
    if any(c.pos_ == "PROPN" for c in noun.lefts):  # not "his report"
        return [*noun.lefts, noun]
    doc, start = noun.doc, noun.i
    while start > 0 and (
        doc[start - 1].pos_ == "PROPN"
        or (
            doc[start - 1].lower_ in ("of", "and", "&")
            and start > 1
            and doc[start - 2].pos_ == "PROPN"
        )
    ):
        start -= 1
    if start == noun.i:
        return []
    if start > 0 and doc[start - 1].dep_ == "det":
        start -= 1
    return list(doc[start : noun.i + 1])


def _named_papers(article, head) -> str | None:
    """ "The papers", "the newspaper", "both newspapers": the newspapers named a few sentences
    before (a name ending in a newspaper word of quotes.yaml media_name_words), with the titles
    joined to it ("the Sunday Times and Sunday Telegraph") when the noun is plural."""
    if head.lemma_.lower() not in quote_words("media_nouns") or not (
        _has_definite(head) or any(c.lower_ == "both" for c in head.children)
    ):
        return None
    sentence_id = article.sentence_id(head.i)
    papers = [
        e
        for e in mentions(article)
        if e.end <= head.idx
        and e.text.split()[-1].lower() in quote_words("media_name_words")
        and sentence_id - article.sentence_id_at(e.start) <= limit("body_memory_sentences")
    ]
    if not papers:
        return None
    named = article.doc.char_span(papers[-1].start, papers[-1].end, alignment_mode="expand")
    if named is None:
        return None
    title = named.root
    if head.tag_ in ("NNS", "NNPS") and title.conjuncts:
        phrase = [named[0], *(t for c in title.conjuncts for t in c.subtree)]
        return _phrase_text(article.doc, phrase)
    return named.text


def _body_subject(article, head) -> Speaker | None:
    """ "The Department of Foreign Affairs has moved to clarify what it says ...", "the
    Pentagon said in releasing the tape, which it said was made ...": the organisation named in
    a subject earlier in the same sentence."""
    sent = article.sentences[article.sentence_id(head.i)]
    for subject in (t for t in sent if t.dep_ in SUBJECT_DEPS and t.i < head.i):
        if subject.lower_ in word_list("pronouns"):
            continue
        lo, hi = subtree_range(subject)
        bodies = [
            e
            for e in article.rows_starting("entities", lo, hi)
            if e.label == "ORG" and e.start <= subject.idx < e.end
        ]
        if bodies:
            return Speaker(bodies[0].canonical, "organization", bodies[0].side)
    return None


def _last_body(article, sentence_id: int, state: State) -> Speaker | None:
    """ "It said ...": the organisation or document quoted last, a few sentences before."""
    bodies = [
        s
        for sid, _, s in state.recent
        if s.type in BODY_TYPES and 0 <= sentence_id - sid <= limit("role_memory_sentences")
    ]
    return bodies[-1] if bodies else None


def _same_source_again(article, head, state: State) -> Speaker | None:
    """ "the staff member", "The security source": an unnamed source that spoke a few sentences
    before under a phrase with the same head noun ("a staff member", "a Palestinian security
    source"), as it was first written."""
    if not _has_definite(head) or head.dep_ == "poss" or head.tag_ not in ("NN", "NNP"):
        return None
    sentence_id = article.sentence_id(head.i)
    earlier = [
        s
        for sid, lemma, s in state.recent
        if lemma == head.lemma_.lower()
        and s.type == "anonymous"
        and 0 <= sentence_id - sid <= limit("role_memory_sentences")
    ]
    return earlier[-1] if earlier else None


def _remember(article, head, lemma: str, speaker: Speaker, state: State) -> None:
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


def _apposed_name(head) -> str | None:
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


def _described_speaker(article, head, entity, state: State) -> Speaker | None:
    """A definite description of an office of a party or body ("The Conservative Party
    Co-Chairman", "The Scottish National Party's parliamentary leader") right after a person
    spoke: that person, when the body has a side, theirs is it (or unknown) and the description
    names no other office of it ("the party's deputy leader": quotes.yaml other_office_words).
    A person's office ("Mr Blair's official spokesman") is never the last speaker."""
    last = state.last_speaker
    if (
        last is None
        or entity.label == "PERSON"
        or not last.is_person
        or head.lemma_.lower() not in role_nouns()
        or not (
            _has_definite(head)
            or head.left_edge.lower_ == "the"  # "The Conservative Party Co-Chairman"
            or any(c.dep_ == "poss" for c in head.children)
        )
        or article.sentence_id(head.i) - state.last_speaker_sentence > limit("described_sentences")
        or entity.side is None
        or last.side not in (None, entity.side)
    ):
        return None
    words = {t.lower_ for t in head.subtree if t.i < head.i}
    if words & set(quote_words("other_office_words")):
        return None
    return last


def _post_nominal_person(article, head):
    """A letter title after a name and a comma read as the subject ("Richard Mawrey, QC told
    the hearing", "Jean Smith, MP, said"; quotes.yaml post_nominals): the person named."""
    if head.lower_ not in quote_words("post_nominals") or head.i < 1:
        return None
    comma = head.doc[head.i - 1]
    if comma.text != ",":
        return None
    return next((e for e in mentions(article) if e.label == "PERSON" and e.end == comma.idx), None)


def _plain_role(head) -> bool:
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


def _registry_role_holder(article, head, entity):
    """ "Ukraine's foreign minister", "the Ukrainian president": the one registry person of that
    side whose role holds the head noun and its qualifying words."""
    if entity.side is None:
        return None
    named = _pack_role_holder(article, head, qualifier=entity.text.lower())  # "the Tory leader"
    if named is not None and named.side == entity.side:
        return named
    words = {head.lemma_.lower()} | {
        c.lemma_.lower()
        for c in head.children
        if c.dep_ in ("amod", "compound") and c.ent_type_ == "" and c.pos_ in ("ADJ", "NOUN")
    }
    holders = [
        a
        for a in article.registry.actors
        if a.type == "person"
        and a.side == entity.side
        and all(re.search(rf"\b{re.escape(w)}\b", a.role.lower()) for w in words)
    ]
    return holders[0] if len(holders) == 1 else None


def _pack_role_holder(article, head, qualifier: str = ""):
    """ "the prime minister", "the Tory leader", "the home secretary": the registry person whose
    role these words name (head noun and its modifiers). Of several holders, the one the article
    names before, else the one in office on the publication day; without a publication day,
    only a sole holder."""
    words = {head.lemma_.lower()} | {
        c.lower_ for c in head.children if c.dep_ in ("amod", "compound") and c.is_alpha
    }
    words |= set(qualifier.split())  # the name qualifying the role ("Tory" of "the Tory leader")
    holders = [a for a in article.registry.actors if a.type == "person" and a.holds_role(words)]
    exact = [a for a in holders if words in a.roles()]  # "prime minister", not its deputy
    holders = exact or holders
    if len(holders) <= 1:
        undated = article.published is None or pd.isna(article.published)
        return holders[0] if holders and undated else _in_office(holders, article)
    named = {m.canonical for m in mentions(article) if m.end <= head.idx}
    mentioned = [a for a in holders if a.canonical in named]
    if len(mentioned) == 1:
        return mentioned[0]
    return _in_office(holders, article)


def _in_office(holders, article):
    """The one holder in office on the publication day (None: no day, or not one)."""
    if article.published is None or pd.isna(article.published):
        return None
    day = article.published.date()
    current = [a for a in holders if a.holds_role(set(), on=day)]
    return current[0] if len(current) == 1 else None


def _phrase_text(doc, phrase) -> str:
    start, end = min(t.idx for t in phrase), max(t.idx + len(t.text) for t in phrase)
    span = doc.char_span(
        start, end, alignment_mode="expand"
    )  # Doc.text would rebuild the whole text
    return re.sub(r"\s+", " ", span.text if span is not None else "").strip(" ,")


def _cut_at_clauses(head, phrase):
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


def _document_head(head) -> bool:
    return head.pos_ == "NOUN" and head.lemma_.lower() in quote_words("document_nouns")


def _made_by(clause) -> bool:
    """A past participle after a document noun naming its maker or client ("conducted for the
    BBC", "carried out by Professor Allsop")."""
    return (
        _document_head(clause.head)
        and clause.tag_ == "VBN"
        and any(c.dep_ in ("agent", "prep") and c.lower_ in ("by", "for") for c in clause.children)
    )


def _in_lead(article, head) -> bool:
    """In the first two sentences of the body: where a story names a person by role first and
    by name next (delayed identification), nowhere else."""
    body = next(
        (i for i, sent in enumerate(article.sentences) if sent.start_char >= article.headline_end),
        0,
    )
    return article.sentence_id(head.i) - body < 2


def _named_next(article, head) -> Speaker | None:
    """ "A spokesman for Afghanistan's Defence Ministry claims ... Defence Ministry spokesman
    Mohamad Habeel says": an indefinite role or source in the lead ("Iraq's ambassador" too),
    named in the next sentences with that title, is that person (when nobody so titled was
    named before)."""
    lemma = head.lemma_.lower()
    indefinite = any(
        (c.dep_ == "det" and c.lower_ in ("a", "an")) or (c.dep_ == "poss" and c.pos_ == "PROPN")
        for c in head.children
    )  # "a spokesman for the ministry", "Iraq's ambassador"
    if not indefinite or (lemma not in role_nouns() and lemma not in source_nouns()):
        return None
    if not _in_lead(article, head):
        return None
    if _titled_person(article, head) is not None:
        return None
    return _titled_person(article, head, ahead=True)


def _has_definite(head) -> bool:
    return any(c.lower_ in ("the", "this", "that") for c in head.children) or head.dep_ == "poss"


def _entity_in(article, phrase, head):
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


def _resolve_reference(article, head, state: State) -> Speaker | None:
    """A pronoun or role noun: a person subject earlier in the same sentence ("Trump told
    reporters he believes"), else the person in the previous sentence's subject, else the last
    speaker, else the last person named before it. "they" is never resolved to one person: it
    goes to a plural source quoted in the same or the two sentences before ("Union members said
    ... "We have no choice," they said"), else stays unresolved."""
    sentence_id = article.sentence_id(head.i)
    if head.lower_ == "it":  # never a person: a body earlier in the sentence, or quoted before
        return _body_subject(article, head) or _last_body(article, sentence_id, state)
    if head.lower_ == "they":
        return _they(article, head, state)
    lemma = head.lemma_.lower()
    memory = limit("role_memory_sentences")
    same_role = [
        s for sid, role, s in state.recent if role == lemma and 0 <= sentence_id - sid <= memory
    ]
    if (
        lemma not in word_list("pronouns") and same_role
    ):  # "A Hamas official told Reuters ... the official said"
        return same_role[-1]
    titled = _titled_person(article, head) if lemma not in word_list("pronouns") else None
    if titled is not None:  # "Archbishop Desmond Tutu ... the archbishop added"
        return titled
    sent = article.sentences[sentence_id]
    same = subject_person(article, sent, before=head.i, speaking=True) or subject_person(
        article, sent, before=head.i, outside=head.head
    )  # "Mr Lewis wants an inquiry into agencies - cash he says is wasted"
    if same is not None and _agrees(article, same, head):
        return same
    previous = sentence_before_quote(article, sentence_id)
    last = state.last_speaker
    spoke_before = (
        last is not None
        and one_source(last)
        and (
            state.last_quote_sentence if last.is_person else state.last_speaker_sentence
        )  # an unnamed spokesman who spoke indirectly just before: "He says ..." next
        >= (article.sentence_id(previous.start) if previous is not None else sentence_id)
    )
    if spoke_before and _agrees(article, last, head):  # "..., the Tory leader said. He went on"
        return last
    if previous is not None:
        person = subject_person(article, previous)
        if person is not None and _agrees(article, person, head):
            return person
    if last is not None and last.is_person and _agrees(article, last, head):
        return last
    if previous is not None and head.lower_ in word_list(
        "pronouns"
    ):  # "The central bank governor ... she told"
        role = next(
            (t for t in previous if t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in role_nouns()),
            None,
        )
        if role is not None:
            phrase = _cut_at_clauses(role, list(role.subtree))
            return Speaker(_phrase_text(article.doc, phrase), "unknown")
    persons = [e for e in mentions(article) if e.label == "PERSON" and e.end <= head.idx]
    for person in reversed(persons):
        if _agrees(article, Speaker.of_person(person), head):
            return Speaker.of_person(person)
    if lemma not in word_list("pronouns"):  # "The coroner ... Coroner X said"
        return _titled_person(article, head, ahead=True, qualified=not _in_lead(article, head))
    return None


def _titled_person(
    article, head, *, ahead: bool = False, qualified: bool = False
) -> Speaker | None:
    """ "The archbishop", "the South African archbishop": the last person named before it
    with that title ("Archbishop Desmond Tutu", "Foreign Secretary Jack Straw", "Guy Mansfield,
    the new chairman of the Bar Council", "the chairman, Guy Mansfield"); not one whose title
    names another office ("shadow chancellor Oliver Letwin" is not "the chancellor";
    quotes.yaml other_office_words). ``ahead``: the first person so titled in the next
    sentences instead, for a role that opens the story ("The coroner investigating the death
    ... has indicated ... Coroner Graeme Johnston said"; quotes.yaml named_later_sentences). With
    ``qualified``, only a role with words of its own, all in the person's title ("The finance
    minister has urged ... Scottish Finance Minister, Tom McCabe MSP, said"): a role after the
    lead."""
    lemma = head.lemma_.lower()
    own = {
        c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod") and c.i < head.i
    }
    if qualified and not own:
        return None
    other = set(quote_words("other_office_words")) - {t.lower_ for t in head.subtree}
    sentence_id = article.sentence_id(head.i)
    reach = limit("named_later_sentences")
    titled = [
        m
        for m in mentions(article)
        if m.label == "PERSON"
        and (
            m.start > head.idx and m.sentence_id - sentence_id <= reach
            if ahead
            else m.end <= head.idx
        )
        and lemma in (words := _title_words(article, m))
        and not words & other
        and (not qualified or own <= words)
    ]
    if not titled:
        return None
    return Speaker.of_person(titled[0] if ahead else titled[-1])


def _title_words(article, mention) -> set[str]:
    """Lemmas of the words that give a named person a title: before the name in its phrase,
    a title the NER took into the name ("Coroner Graeme Johnston"), in apposition to it, or the
    noun the name is in apposition to."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return set()
    root = span.root
    while root.dep_ == "compound" and root.head.i >= span.end:  # "Tom McCabe MSP": MSP
        root = root.head
    words = [t for t in root.subtree if t.i < span.start]
    words += [t for t in span if t.lower_ in person_titles() or t.lemma_.lower() in role_nouns()]
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            words += child.subtree
    if root.dep_ == "appos":
        words += [root.head, *(t for t in root.head.lefts)]
    if root.dep_ in SUBJECT_DEPS and root.head.lemma_.lower() in quote_words("title_verbs"):
        for child in root.head.children:  # "X was elected Prime Minister", "X is the head of"
            if child.dep_ in ("attr", "oprd"):
                words += [t for t in child.subtree if t.i <= child.i]
    lemmas = {t.lemma_.lower() for t in words}
    return lemmas | {title_words()[w] for w in lemmas if w in title_words()}


def _they(article, head, state: State) -> Speaker | None:
    """ "They said": a plural source or an organisation quoted in the same or the sentences just
    before ("Union members said ... they said", "the Conservatives insisted ... They said"),
    else the last plural noun naming people or bodies in this sentence or the one before ("The
    case is being brought by local supporters. They claim ...", "urged councils to limit
    increases but they have warned")."""
    sentence_id = article.sentence_id(head.i)
    memory = limit("group_memory_sentences")
    spoke = [(sid, s) for sid, s in state.groups if 0 <= sentence_id - sid <= memory] + [
        (sid, s)
        for sid, _, s in state.recent
        if s.type == "organization" and 0 <= sentence_id - sid <= memory
    ]
    if spoke:
        return max(spoke, key=lambda pair: pair[0])[1]
    previous = sentence_before_quote(article, sentence_id)
    start = previous.start if previous is not None else article.sentences[sentence_id].start
    plural = [
        t
        for t in article.doc[start : head.i]
        if t.tag_ in ("NNS", "NNPS")
        and t.dep_ in (*SUBJECT_DEPS, "dobj", "pobj")
        and _names_sources(t)
        and not article.quoted_index.holds(t.idx)
    ]
    if not plural:
        return None
    noun = plural[-1]
    words = [t for t in noun.lefts if t.dep_ in ("amod", "compound", "nmod")] + [noun]
    return Speaker(_phrase_text(article.doc, words), _phrase_type(noun.lemma_.lower()))


def _names_sources(noun) -> bool:
    """A plural noun that can name the people or bodies "they" stands for."""
    lemma = noun.lemma_.lower()
    return (
        lemma in source_nouns()
        or lemma in quote_words("people_nouns")
        or noun.lower_ in (quote_words("people_nouns"))
    )


def one_source(speaker: Speaker) -> bool:
    """A person, or one unnamed individual ("Mr Blair's official spokesman", "a spokesman for
    the minister", "a militant from the group"): "he added" in the next sentence is them."""
    if speaker.is_person:
        return True
    head = []  # the words before the phrase's first preposition: "a spokesman"
    for word in (speaker.name or "").split():
        if word.lower() in quote_words("phrase_prepositions"):
            break
        head.append(word)
    return (
        speaker.type == "anonymous"
        and bool(head)
        and (head[-1].lower() in role_nouns() or head[0].lower() in ("a", "an", "one"))
    )  # "a militant from the group": one person too


def sentence_before_quote(article, sentence_id: int):
    """The sentence before this one, or before the quotation this sentence continues: in
    '“Prizes are for publishers. Readers are for writers,” she says.' the sentence before "she"
    is the one before the opening mark. A "sentence" of a lone closing mark is skipped."""
    start = article.sentences[sentence_id].start_char
    quote = next((q for q in article.quoted_spans if q.start - 1 <= start < q.end), None)
    previous = sentence_id - 1
    while (
        quote is not None
        and previous >= 0
        and article.sentences[previous].start_char >= quote.start - 1
    ):
        previous -= 1
    while previous >= 0 and not any(ch.isalpha() for ch in article.sentences[previous].text):
        previous -= 1  # a closing mark split off as a sentence of its own
    return article.sentences[previous] if previous >= 0 else None


def subject_person(
    article, sent, before: int | None = None, speaking=False, outside=None
) -> Speaker | None:
    """The person named in the subject of the sentence's main verb (else of any verb); with
    ``before``, a subject before that token; ``speaking``: only the subject of a reporting verb
    ("Mr Blair has failed, he claimed": "he" is not Mr Blair); ``outside``: only a subject
    outside what that verb reports."""
    subjects = [t for t in sent if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"] or [
        t for t in sent if t.dep_ in SUBJECT_DEPS
    ]
    # a misparse with the name at the root ("Trevor Phillips, ..."), or in a root read as a noun
    if sent.root.pos_ == "PROPN" or (
        not subjects
        and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in sent.root.children)
    ):  # "Australian paceman Glenn McGrath begs to differ" read as one noun phrase
        subjects.append(sent.root)
    if before is not None:
        subjects = [t for t in subjects if t.i < before and t.lower_ not in word_list("pronouns")]
    if speaking:
        subjects = [t for t in subjects if t.head.lemma_.lower() in reporting_verbs()]
    if outside is not None:
        inside = {t.i for t in outside.subtree}
        subjects = [t for t in subjects if t.i not in inside]
    for subject in subjects:
        lo, hi = subtree_range(subject)
        persons = [
            e for e in mentions(article) if e.label == "PERSON" and lo <= e.start and e.end <= hi
        ]
        persons = (
            [e for e in persons if e.start <= subject.idx < e.end]
            or [e for e in persons if not _qualifier(article, e)]  # not "News of the World"'s
            or persons
        )
        persons = persons or [p for p in [apposed_to_verb(article, subject)] if p is not None]
        if persons:  # the name holding the subject's head ("PCSU secretary Hugh Lanning")
            return Speaker.of_person(persons[0])
        unrecognised = unrecognised_name(subject)  # "Piers Freelove is a benefit officer"
        if unrecognised is not None:
            full = _named_in_full(article, unrecognised)  # "Mr Gerber": Markus Gerber
            if full is not None:
                return replace(Speaker.of_person(full), words=phrase_words(subject))
            return Speaker(unrecognised, "person", is_person=True, words=phrase_words(subject))
    return None


def _named_in_full(article, name: str):
    """The one person of the article named in full with this surname."""
    surname = name.split()[-1]
    named = {
        m.canonical: m
        for m in mentions(article)
        if m.label == "PERSON" and " " in m.canonical and m.canonical.split()[-1] == surname
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _qualifier(article, mention) -> bool:
    """The name only qualifies another word of the phrase ("the Blair government", "Mr Blair's
    spokesman")."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("compound", "poss", "nmod", "amod")


def previous_subject_speaker(article, sent) -> Speaker | None:
    """A floating quote after a sentence whose subject spoke ("Witkoff called the talks
    positive. The talks were "productive" ...")."""
    sentence_id = article.sentence_id(sent.start)
    if sentence_id == 0:
        return None
    previous = article.sentences[sentence_id - 1]
    if previous.root.lemma_ in reporting_verbs():
        person = subject_person(article, previous)
        if person is not None:
            return replace(person, cue=previous.root.lemma_)
    return None
