"""References: who a pronoun, a role or a description points to, read from the sentence and the
sentences around it (``speakers`` calls these when a phrase names no one itself).

* "he", "she" and a role noun ("the American diplomat") go to a person subject earlier in the
  same sentence, else the person in the previous sentence's subject, else the last speaker,
  else the last person named, with gender agreement; "it" to the organisation in the subject of
  its sentence or the body quoted just before, never to a person; "they" to a plural source
  quoted just before.
* "the official" goes back to "a Hamas official"; "the committee", "the survey", "the papers",
  "the company" to the body, document or newspapers named before; "the archbishop" to the
  person named with that title; a role in the lead to the person named next with that title;
  a description of a person ("the former teacher") or of a kind of body ("the organisation")
  to the one the sentences just before were about.
"""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from ..knowledge import words as word_list
from .phrases import (
    BODY_TYPES,
    SUBJECT_DEPS,
    State,
    agrees,
    apposed_to_verb,
    cut_at_clauses,
    has_definite,
    in_lead,
    is_description,
    mentions,
    phrase_text,
    phrase_type,
    phrase_words,
    subtree_range,
    unrecognised_name,
)
from .quote_knowledge import (
    limit,
    person_titles,
    quote_words,
    reporting_verbs,
    role_nouns,
    source_nouns,
    title_words,
)
from .records import Speaker


def person_described(article, head, state: State) -> Speaker | None:
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
        or not is_description(head)
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


def body_described(article, head, state: State) -> Speaker | None:
    """ "The organisation", "Australia's second largest bank", "the groups": a description of
    a kind of body (quotes.yaml corporate_nouns) that no rule resolved is the named
    organisation quoted in the two sentences before ("Amnesty said ... The organisation
    called on ...")."""
    if head.lemma_.lower() not in quote_words("corporate_nouns") or not is_description(head):
        return None
    sentence_id = article.sentence_id(head.i)
    names = {e.canonical for e in mentions(article) if e.label == "ORG" and e.end <= head.idx}
    bodies = [
        s
        for sid, _, s in state.recent
        if s.type in ("organization", "media") and s.name in names and 0 <= sentence_id - sid <= 2
    ]
    return bodies[-1] if bodies else None


def so_titled(article, head) -> Speaker | None:
    """A definite role: the person named before with that title and the role's own words, else,
    in the lead, the first person so titled in the next sentences ("Iraq's ambassador ...
    Ambassador X")."""
    if head.lemma_.lower() not in role_nouns() or not has_definite(head):
        return None
    qualified = not in_lead(article, head)
    return _titled_person(article, head, qualified=True) or _titled_person(
        article, head, ahead=True, qualified=qualified
    )


def office_of(article, head, state: State) -> Speaker | None:
    """Whose spokesman: "his spokesman" is the spokesman of the person "his" refers to ("Mr
    Bannatyne's spokesman"); a bare "a spokesman" right after a sentence about an organisation
    speaks for it ("the Home Office defended the measures. A spokesman said"): "A spokesman",
    as written, with the organisation's side (anonymous_sources.csv spokesman words)."""
    if head.pos_ != "NOUN" or source_nouns().get(head.lemma_.lower()) != "anonymous":
        return None
    modifiers = [c for c in head.children if c.dep_ != "punct"]
    owner = next((c for c in modifiers if c.dep_ == "poss"), None)
    if owner is not None and len(modifiers) == 1 and owner.lower_ in ("his", "her"):
        person = resolve_reference(article, owner, state)
        if person is not None and person.is_person:
            return Speaker(f"{person.name}'s {head.text}", "anonymous", person.side)
    if [c.lower_ for c in modifiers] in (["a"], ["an"]):
        body = _body_just_before(article, article.sentence_id(head.i), state)
        if body is not None:  # named as written (GUIDELINES.md), with the body's side
            return Speaker(phrase_text(article.doc, [*modifiers, head]), "anonymous", body.side)
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


def named_institution(article, head):
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


def same_body_before(article, head, phrase, state: State) -> Speaker | None:
    """ "The committee", "the select committee": the body or text quoted a few sentences before
    under a longer name with the same head noun and every word of this phrase ("The Commons
    education select committee")."""
    if not has_definite(head) or phrase_type(head.lemma_.lower()) not in BODY_TYPES:
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


def sources_named_before(article, head, phrase) -> str | None:
    """ "The sources", "the officials": the anonymous sources named just before under a longer
    phrase with the same head noun, whether or not they spoke there ("British defence sources
    have not revealed the offer. The sources say ..."; quotes.yaml role_memory_sentences)."""
    lemma = head.lemma_.lower()
    if (
        head.tag_ != "NNS"
        or source_nouns().get(lemma) != "anonymous"
        or not has_definite(head)
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
    return phrase_text(article.doc, [t for t in last.lefts if t.dep_ != "det"] + [last])


def named_document(article, head, phrase) -> str | None:
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
    if has_definite(head):
        first = article.sentences[max(0, sentence_id - limit("body_memory_sentences"))].start
        tokens = list(article.doc[first : phrase[0].i])
    elif in_lead(article, head) and any(c.lower_ in ("a", "an") for c in head.children):
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
    return phrase_text(article.doc, named[-1] if has_definite(head) else named[0])


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


def named_papers(article, head) -> str | None:
    """ "The papers", "the newspaper", "both newspapers": the newspapers named a few sentences
    before (a name ending in a newspaper word of quotes.yaml media_name_words), with the titles
    joined to it ("the Sunday Times and Sunday Telegraph") when the noun is plural."""
    if head.lemma_.lower() not in quote_words("media_nouns") or not (
        has_definite(head) or any(c.lower_ == "both" for c in head.children)
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
        return phrase_text(article.doc, phrase)
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


def same_source_again(article, head, state: State) -> Speaker | None:
    """ "the staff member", "The security source": an unnamed source that spoke a few sentences
    before under a phrase with the same head noun ("a staff member", "a Palestinian security
    source"), as it was first written."""
    if not has_definite(head) or head.dep_ == "poss" or head.tag_ not in ("NN", "NNP"):
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


def described_speaker(article, head, entity, state: State) -> Speaker | None:
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
            has_definite(head)
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


def registry_role_holder(article, head, entity):
    """ "Ukraine's foreign minister", "the Ukrainian president": the one registry person of that
    side whose role holds the head noun and its qualifying words."""
    if entity.side is None:
        return None
    named = pack_role_holder(article, head, qualifier=entity.text.lower())  # "the Tory leader"
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


def pack_role_holder(article, head, qualifier: str = ""):
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


def named_in_next_sentences(article, head) -> Speaker | None:
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
    if not in_lead(article, head):
        return None
    if _titled_person(article, head) is not None:
        return None
    return _titled_person(article, head, ahead=True)


def resolve_reference(article, head, state: State) -> Speaker | None:
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
    if same is not None and agrees(article, same, head):
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
    if spoke_before and agrees(article, last, head):  # "..., the Tory leader said. He went on"
        return last
    if previous is not None:
        person = subject_person(article, previous)
        if person is not None and agrees(article, person, head):
            return person
    if last is not None and last.is_person and agrees(article, last, head):
        return last
    if previous is not None and head.lower_ in word_list(
        "pronouns"
    ):  # "The central bank governor ... she told"
        role = next(
            (t for t in previous if t.dep_ in SUBJECT_DEPS and t.lemma_.lower() in role_nouns()),
            None,
        )
        if role is not None:
            phrase = cut_at_clauses(role, list(role.subtree))
            return Speaker(phrase_text(article.doc, phrase), "unknown")
    persons = [e for e in mentions(article) if e.label == "PERSON" and e.end <= head.idx]
    for person in reversed(persons):
        if agrees(article, Speaker.of_person(person), head):
            return Speaker.of_person(person)
    if lemma not in word_list("pronouns"):  # "The coroner ... Coroner X said"
        return _titled_person(article, head, ahead=True, qualified=not in_lead(article, head))
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
    return Speaker(phrase_text(article.doc, words), phrase_type(noun.lemma_.lower()))


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
