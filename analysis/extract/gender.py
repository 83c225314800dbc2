"""The gender of each person an article names, with the evidence that decided it.

Evidence, strongest first (``gender.yaml``):

1. ``pack``: the topic pack's ``actors.csv`` gives the person a ``gender`` (any label the
   researcher uses), confidence 1.0;
2. ``title``: the article writes the person with a gendered title ("Mrs Kelly", "Lord
   Falconer");
3. ``pronoun``: the pronouns that follow the person in a sentence that names no one else, and
   in the next sentence when it names no one ("Ruth Kelly spoke. She said ..."), outside
   quotation marks, agree (``pronoun_agreement``);
4. ``first_name``: the first-name table (``analysis.nlp.gender.name_gender``).

Only persons get a gender: organisations, groups, documents and anonymous sources never do.

>>> from analysis.extract import parse_article
>>> article = parse_article("Ruth Kelly spoke in Leeds. She said it went well. Jack Straw agreed.")
>>> calls = person_genders(article, article.rows["entities"])
>>> calls["Ruth Kelly"].gender, calls["Ruth Kelly"].basis
('female', 'pronoun')
>>> calls["Jack Straw"].gender, calls["Jack Straw"].basis
('male', 'first_name')
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..nlp.article import ParsedArticle
from ..nlp.gender import (
    GenderCall,
    confidence,
    name_gender,
    pronoun_agreement,
    pronoun_gender,
    title_gender,
)
from .records import Mention


def person_genders(article: ParsedArticle, mentions: list[Mention]) -> dict[str, GenderCall]:
    """canonical -> GenderCall for every person the mentions name."""
    persons = [m for m in mentions if _is_person(m)]
    votes = _pronoun_votes(article, persons)
    calls = {}
    for canonical in dict.fromkeys(m.canonical for m in persons):
        forms = [_with_title(article.text, m) for m in persons if m.canonical == canonical]
        calls[canonical] = (
            _pack_call(article, canonical)
            or _title_call(forms)
            or _pronoun_call(votes.get(canonical, Counter()))
            or name_gender(canonical)
        )
    return calls


def _is_person(mention: Mention) -> bool:
    return mention.actor_type == "person" if mention.in_registry else mention.label == "PERSON"


def _pack_call(article: ParsedArticle, canonical: str) -> GenderCall | None:
    actor = article.registry.lookup(canonical)
    if actor is None or not actor.gender:
        return None
    return GenderCall(actor.gender, "pack", confidence("pack"), "actors.csv")


def _with_title(text: str, mention: Mention) -> str:
    """The mention with a gendered title written just before it that the NER left out ("Lord"
    of "Lord Strathclyde", "Mr" of "Mr Justice Forbes")."""
    before = text[max(0, mention.start - 20) : mention.start].split()[-2:]
    for i, word in enumerate(before):
        if title_gender(word) is not None and all(w[:1].isupper() for w in before[i:]):
            return " ".join([*before[i:], mention.text])
    return mention.text


def _title_call(forms: list[str]) -> GenderCall | None:
    said = {(title_gender(form.split()[0]), form) for form in forms if len(form.split()) > 1}
    genders = {gender for gender, _ in said if gender}
    if len(genders) != 1:
        return None
    gender = genders.pop()
    evidence = next(form for g, form in sorted(said, key=str) if g == gender)
    return GenderCall(gender, "title", confidence("title"), evidence)


def _pronoun_call(votes: Counter) -> GenderCall | None:
    total = sum(votes.values())
    if not total:
        return None
    gender, count = votes.most_common(1)[0]
    if count / total < pronoun_agreement():
        return None
    return GenderCall(gender, "pronoun", confidence("pronoun"), f"{count} of {total} pronouns")


def _pronoun_votes(article: ParsedArticle, persons: list[Mention]) -> dict[str, Counter]:
    """Gendered pronouns outside quotations after a person, in a sentence that names only that
    person, and in the next sentence when it names no one."""
    named = defaultdict(list)
    for mention in persons:
        named[mention.sentence_id].append(mention)
    quoted = article.quoted_index
    votes: dict[str, Counter] = defaultdict(Counter)
    for sentence_id, here in named.items():
        if len({m.canonical for m in here}) != 1:
            _vote_for_subject(article, sentence_id, here, votes)
            continue
        window = [(sentence_id, here[0].end)]
        if sentence_id + 1 < len(article.sentences) and sentence_id + 1 not in named:
            window.append((sentence_id + 1, 0))
        for sid, after in window:
            for token in article.sentences[sid]:
                gender = pronoun_gender(token.text)
                if gender and token.idx >= after and not quoted.holds(token.idx):
                    votes[here[0].canonical][gender] += 1
    return votes


def _vote_for_subject(article, sentence_id: int, here: list[Mention], votes) -> None:
    """A sentence naming several people: its subject's person takes the next sentence's
    subject pronoun."""
    if sentence_id + 1 >= len(article.sentences):
        return
    sent = article.sentences[sentence_id]
    subject = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    following = article.sentences[sentence_id + 1]
    pronoun = next((t for t in following.root.children if t.dep_ == "nsubj"), None)
    if subject is None or pronoun is None or pronoun_gender(pronoun.text) is None:
        return
    lo = min(t.idx for t in subject.subtree)
    hi = max(t.idx + len(t.text) for t in subject.subtree)
    inside = [m for m in here if lo <= m.start and m.end <= hi]
    if inside and not article.quoted_index.holds(pronoun.idx):
        votes[inside[0].canonical][pronoun_gender(pronoun.text)] += 1
