"""Speakers: who a speaker phrase names, from its head token, the sentence and the sentences
before (``analysis.extract.quotes`` finds the phrase; here it becomes a ``Speaker``).

* A name resolves to the registry's canonical name through the entities of the sentence; a
  generic source or office qualified by a name ("Russian officials", "a Hamas official") is
  the phrase as written, with the name's side. Anonymous sources are recognised by
  ``anonymous_sources.csv``, offices by ``role_nouns.csv``, titles by ``person_titles.csv``.
* A person set off in apposition speaks ("The union's leader, Tom Harris, said"); sources
  joined by "and" speak together; a source noun that only names a person in a possessive or a
  preposition ("Mr Blair's spokesman") is not that person; "Name, QC told" is Name's.
* Pronouns, roles and descriptions ("he", "the American diplomat", "the organisation") are
  resolved by ``references``; the words and shapes of phrases are read by ``phrases``.
"""

from __future__ import annotations

from dataclasses import replace

from ..knowledge import words as word_list
from .phrases import (
    State,
    apposed_name,
    appositive_person,
    could_speak,
    cut_at_clauses,
    document_head,
    entity_in,
    has_definite,
    mentions,
    only_qualifies,
    person_at,
    phrase_kind,
    phrase_text,
    phrase_type,
    phrase_words,
    plain_role,
    remember,
    unrecognised_name,
)
from .quote_knowledge import (
    quote_words,
    role_nouns,
    source_nouns,
)
from .records import Speaker
from .references import (
    body_described,
    described_speaker,
    named_document,
    named_in_next_sentences,
    named_institution,
    named_papers,
    office_of,
    pack_role_holder,
    person_described,
    registry_role_holder,
    resolve_reference,
    same_body_before,
    same_source_again,
    so_titled,
    sources_named_before,
)

ACTOR_SPEAKER_TYPE = {
    "person": "person",
    "organization": "organization",
    "group": "organization",
    "place": "organization",
    "media": "media",
}  # registry type -> speaker_type


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
        person = person_described(article, head, state)
        if person is not None:
            speaker = replace(person, cue=cue, cue_token=cue_token)
    as_written = article.text[slice(*phrase_words(head))]
    if not speaker.is_person and speaker.name == as_written:
        body = body_described(article, head, state)  # "Amnesty said ... The organisation"
        if body is not None:
            speaker = replace(body, cue=cue, cue_token=cue_token)
    return replace(speaker, words=phrase_words(head))


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
    phrase = cut_at_clauses(head, phrase)
    appositive = appositive_person(article, head)
    if appositive is not None:  # "The union's leader, Tom Harris, said"
        return Speaker.of_person(appositive, cue, cue_token)
    apposed = apposed_name(head)
    if apposed is not None:  # "A spokesman for the governor, Akbar Jan, says": a missed name
        return Speaker(apposed, "person", None, cue, cue_token, is_person=True)
    titled = _post_nominal_person(article, head)
    if titled is not None:  # "Judge Richard Mawrey, QC told the hearing"
        return Speaker.of_person(titled, cue, cue_token)
    body = _body_named_after(article, head)
    if body is not None:  # "the news agency Reuters said"
        return Speaker(body.canonical, "organization", body.side, cue, cue_token)
    entity = entity_in(article, phrase, head)
    unrecognised = unrecognised_name(head)
    if unrecognised is not None and not person_at(entity, head):  # "Ms Johnston" is Hetty's
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
        holder = registry_role_holder(article, head, entity) if lemma in role_nouns() else None
        if holder is not None:
            return Speaker(holder.canonical, "person", holder.side, cue, cue_token, is_person=True)
        if has_definite(head) and lemma in role_nouns() and plain_role(head):
            resolved = resolve_reference(article, head, state)
            if resolved is not None:
                return replace(resolved, cue=cue, cue_token=cue_token)
        described = described_speaker(article, head, entity, state)
        if described is not None:  # "Tory Liam Fox said ... The Conservative Party Co-Chairman"
            return replace(described, cue=cue, cue_token=cue_token)
        named_next = named_in_next_sentences(article, head)
        if named_next is not None:  # "A spokesman for the ministry claims ... Spokesman X says"
            return replace(named_next, cue=cue, cue_token=cue_token)
        titled = so_titled(article, head)
        if titled is not None:  # "The Tasmanian Premier says ... Premier Jim Bacon says"
            return replace(titled, cue=cue, cue_token=cue_token)
        text = phrase_text(doc, phrase)
        kind = phrase_type(lemma)
        speaker = Speaker(text, kind, entity.side, cue, cue_token)
        remember(article, head, lemma, speaker, state)
        return speaker
    if entity is not None and only_qualifies(head, entity):
        # "a Goshen police dispatcher", "the Bush administration", "Party strategists": the
        # name qualifies the noun that speaks
        speaker = Speaker(
            phrase_text(doc, phrase), phrase_kind(phrase, lemma), entity.side, cue, cue_token
        )
        remember(article, head, lemma, speaker, state)
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
    if source_nouns().get(lemma) == "organization" and has_definite(head) and plain_role(head):
        named = named_institution(article, head)  # "the Defence Ministry ... the ministry said"
        if named is not None:
            return Speaker(named.canonical, "organization", named.side, cue, cue_token)
    earlier = same_body_before(article, head, phrase, state)
    if earlier is not None:  # "The joint committee on human rights found ... The committee"
        speaker = replace(earlier, cue=cue, cue_token=cue_token)
        remember(article, head, lemma, speaker, state)  # "It urged ..." next
        return speaker
    document = named_document(article, head, phrase)
    if document is not None:  # "The Dun and Bradstreet survey has found ... The survey says"
        speaker = Speaker(document, "document", cue=cue, cue_token=cue_token)
        remember(article, head, lemma, speaker, state)
        return speaker
    papers = named_papers(article, head)
    if papers is not None:  # "the Sunday Times and Sunday Telegraph ... The papers suggest"
        speaker = Speaker(papers, "media", None, cue, cue_token)
        remember(article, head, lemma, speaker, state)
        return speaker
    if lemma in role_nouns() and has_definite(head):
        holder = pack_role_holder(article, head)  # "the prime minister": the pack's Tony Blair
        if holder is not None:
            return Speaker(holder.canonical, "person", holder.side, cue, cue_token, is_person=True)
    lower = head.lower_
    pronouns = word_list("pronouns")
    if lower in pronouns or (lemma in role_nouns() and has_definite(head) and plain_role(head)):
        resolved = resolve_reference(article, head, state)
        if resolved is not None:
            return replace(resolved, cue=cue, cue_token=cue_token)
        as_written = phrase_text(doc, phrase) if lower not in pronouns else None
        return Speaker(as_written, "unknown", cue=cue, cue_token=cue_token)  # "the director of ..."
    titled = so_titled(article, head)
    if titled is not None:  # "the finance minister": so titled
        return replace(titled, cue=cue, cue_token=cue_token)
    again = same_source_again(article, head, state)
    if again is not None:  # "a staff member said ... the staff member added"
        return replace(again, cue=cue, cue_token=cue_token)
    named_before = sources_named_before(article, head, phrase)
    if named_before is not None:  # "British defence sources have not revealed ... The sources"
        speaker = Speaker(named_before, "anonymous", cue=cue, cue_token=cue_token)
        remember(article, head, lemma, speaker, state)
        return speaker
    named_next = named_in_next_sentences(article, head)
    if named_next is not None:  # "A police spokesman says ... Police spokesman X said"
        return replace(named_next, cue=cue, cue_token=cue_token)
    office = office_of(article, head, state)
    if office is not None:  # "his spokesman": Mr Bannatyne's; "A spokesman" of the body before
        speaker = replace(office, cue=cue, cue_token=cue_token)
        remember(article, head, lemma, speaker, state)
        return speaker
    if head.pos_ == "PRON" or not could_speak(head, phrase):
        # "you said", "absolutely nothing", "the choices he says", "that pattern suggests"
        return Speaker(None, "unknown", cue=cue, cue_token=cue_token)
    speaker = Speaker(
        phrase_text(doc, phrase), phrase_kind(phrase, lemma), cue=cue, cue_token=cue_token
    )
    remember(article, head, lemma, speaker, state)
    return speaker


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


def _speaks_for(head, named) -> bool:
    """A source, people or document noun whose name is only in a possessive or a prepositional
    phrase is not that name ("Mr Blair's official spokesman", "a spokesman for Mr Blair",
    "sources close to Mr Hockney", "Mr Flight's allies", "Labour's new posters", "Mr Sands'
    book"): the phrase is the speaker."""
    lemma = head.lemma_.lower()
    nouns = (*quote_words("people_nouns"), *quote_words("document_nouns"))
    if head.pos_ != "NOUN" or not (lemma in source_nouns() or lemma in nouns):
        return False
    document = document_head(head)  # "the YouGov poll", "figures compiled by the Tories"
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


def _post_nominal_person(article, head):
    """A letter title after a name and a comma read as the subject ("Richard Mawrey, QC told
    the hearing", "Jean Smith, MP, said"; quotes.yaml post_nominals): the person named."""
    if head.lower_ not in quote_words("post_nominals") or head.i < 1:
        return None
    comma = head.doc[head.i - 1]
    if comma.text != ",":
        return None
    return next((e for e in mentions(article) if e.label == "PERSON" and e.end == comma.idx), None)
