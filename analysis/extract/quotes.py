"""Quotes and speakers: who says what, direct, partial and indirect.

* **Direct and partial quotes** are the spans between paired quotation marks
  (``analysis.nlp.quote_marks``: straight, curly and single marks, apostrophes told apart, unpaired
  marks skipped, multi-paragraph quotations joined). A span woven into a sentence ("called the
  response "very nice"") or of fewer than four words is ``partial``; titles of works in title case
  ("Meet The Press") and spans without letters are not quotes.
* **Indirect quotes** are clausal complements of reporting verbs ("Zelenskiy stated that an
  understanding ... has been achieved") and clauses attributed "according to X".
* **Speakers** are the subjects of the reporting verb (``reporting_verbs.csv``), resolved to
  the registry's canonical name through the entities of the sentence; pronouns and role nouns
  ("he", "the American diplomat") go to the person in the subject of the previous sentence, else
  the last speaker, else the last person named; quotes with no cue in their sentence inherit
  from the previous attributed quote within three sentences. Anonymous sources are recognised
  by ``anonymous_sources.csv``. The word lists and limits of the rules
  below are in ``quotes.yaml`` (packaged knowledge, ``analysis.knowledge``).
* Also: the headline is never a quote; an attribution set into its clause ("Iraq, they
  insisted, would not be a factor") reports the larger part around it; sources joined by "and"
  speak together; a source noun that only names a person in a possessive or a preposition
  ("Mr Blair's spokesman") is not that person; "it" goes back to a body or document, never to a
  person; "I think" / "we believe" inside someone's words reports nothing; "the papers" are
  the newspapers named before; "the committee" goes back to its longer name anywhere before;
  "Name, QC told" is Name's; a party's office ("The SNP's parliamentary leader") right after a
  member of that party spoke is that member.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy
import pandas as pd
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string

from ..knowledge import knowledge_cache, read_csv_rows, read_yaml
from ..knowledge import words as word_list
from ..nlp.article import ParsedArticle, trimmed
from ..nlp.gender import UNKNOWN, first_names, pronoun_gender
from ..nlp.quote_marks import QuotedSpan
from .base import extractor
from .records import Mention, Quote, Speaker

QUOTES_FILE = "quotes.yaml"
VERBS_FILE = "reporting_verbs.csv"
SOURCES_FILE = "anonymous_sources.csv"
ROLES_FILE = "role_nouns.csv"
TITLES_FILE = "person_titles.csv"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
SPEAKER_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC")  # entity labels that can name a speaker
ACTOR_SPEAKER_TYPE = {
    "person": "person",
    "organization": "organization",
    "group": "organization",
    "place": "organization",
    "media": "media",
}  # registry type -> speaker_type


@knowledge_cache
def reporting_verbs() -> dict[str, tuple[str, bool]]:
    """lemma -> (tier, reports indirect speech)."""
    return {
        row["lemma"].strip(): (row["tier"].strip(), row["indirect"].strip() == "yes")
        for row in read_csv_rows(VERBS_FILE)
    }


@knowledge_cache
def source_nouns() -> dict[str, str]:
    """Head-noun lemma -> anonymous | organization (anonymous_sources.csv)."""
    return {row["lemma"].strip(): row["type"].strip() for row in read_csv_rows(SOURCES_FILE)}


@knowledge_cache
def person_titles() -> frozenset[str]:
    """Words that stand before a person's name ("Lord", "Mrs", "Senator"; person_titles.csv)."""
    return frozenset(row["title"].strip().lower() for row in read_csv_rows(TITLES_FILE))


@knowledge_cache
def role_nouns() -> frozenset[str]:
    """Lemmas of nouns naming a person by office (role_nouns.csv)."""
    return frozenset(row["lemma"].strip().lower() for row in read_csv_rows(ROLES_FILE))


@knowledge_cache
def quote_words(kind: str) -> tuple[str, ...]:
    """A word list of quotes.yaml: withholding_verbs, scare_markers, corporate_nouns,
    title_small_words or lead_in_verbs."""
    return tuple(str(word).lower() for word in read_yaml(QUOTES_FILE).get(kind, ()))


@knowledge_cache
def limit(name: str) -> int:
    """One of the extractor's numbers (``limits`` in quotes.yaml, each explained there)."""
    return int(read_yaml(QUOTES_FILE)["limits"][name])


@knowledge_cache
def _lead_in() -> re.Pattern:
    """A lead-in verb ending the text before a quotation ("He said")."""
    return re.compile(rf"\b({'|'.join(map(re.escape, quote_words('lead_in_verbs')))})$")


NO_SPEAKER = Speaker(None, "unknown")
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


@extractor("quotes", requires=("entities",))
def quote_rows(article: ParsedArticle) -> list[Quote]:
    """One record per quoted span (direct, partial) or reported clause (indirect), with its
    speaker; pieces of one statement share ``quote_group``.

    >>> from analysis.extract import parse_article
    >>> [(q.kind, q.speaker, q.text) for q in parse_article(
    ...     'Zelensky said peace was close. "We are ready," he added.', topic="ukraine-peace-2025"
    ... ).rows["quotes"]]
    [('indirect', 'Volodymyr Zelenskyy', 'peace was close'), \
('direct', 'Volodymyr Zelenskyy', 'We are ready,')]
    """
    spans = [
        s
        for s in article.quoted_spans
        if _is_quote(article.text, s) and not _in_headline(article, s.start)
    ]
    rows, state = [], State()
    direct_by_sentence: dict[int, list[QuotedSpan]] = {}
    for span in spans:
        direct_by_sentence.setdefault(article.sentence_id_at(span.start), []).append(span)
    all_spans = [span for spans in direct_by_sentence.values() for span in spans]
    verbs_in = _reporting_tokens_by_sentence(article)
    near = _spans_near_sentences(article, all_spans)
    spoken: set[int] = set()  # statements with a reporting verb of their own
    previous_open = False
    for sentence_id, sent in enumerate(article.sentences):
        # indirect speech is attributed in reading order, with what the sentences before told
        indirect = (
            []
            if _in_headline(article, sent.start_char)
            else _indirect_in(article, sentence_id, near.get(sentence_id, []), verbs_in, state)
        )
        for span in direct_by_sentence.get(sentence_id, []):
            speaker = _speaker_for_span(article, sent, span, state)
            group = state.last_group if previous_open else _group(state, speaker, sentence_id)
            rows.append(
                _row(
                    article,
                    sentence_id,
                    span.start,
                    span.end,
                    _kind(article.text, span),
                    group,
                    speaker,
                )
            )
            previous_open = not span.closed
            if speaker.cue_token is not None or speaker.cue == "according to":
                spoken.add(group)
            _note_body(state, speaker, sentence_id)
            if speaker.name:
                state.last_speaker = speaker  # the quote ends in the sentence counted from
                state.last_quote_sentence = article.sentence_id_at(max(span.end - 1, span.start))
                state.last_speaker_sentence = state.last_quote_sentence
        for start, end, speaker in indirect:
            state.last_group += 1
            spoken.add(state.last_group)
            rows.append(
                _row(article, sentence_id, start, end, "indirect", state.last_group, speaker)
            )
            _note_body(state, speaker, sentence_id)
            if speaker.is_person:
                state.last_speaker = speaker
                state.last_speaker_sentence = sentence_id
    rows = _without_terms(_woven_partials(_echoed_speakers(_group_speakers(rows))), spoken)
    return _floating_statements(article, rows, verbs_in)


def _floating_statements(article, rows: list[Quote], verbs_in) -> list[Quote]:
    """A partial quote in a sentence with no reporting verb, whose speaker spoke just before, is
    part of a statement that is the whole sentence ('He wants a phased withdrawal, he said.
    Any exit strategy must "augment and support" the democratic process.'): the sentence is
    added to its group as the reported words (GUIDELINES: a mixed quote)."""
    grouped: dict[int, list[Quote]] = {}
    for row in rows:
        grouped.setdefault(row.quote_group, []).append(row)
    added: dict[int, Quote] = {}  # after the last row of its group
    for group in grouped.values():
        sentence_ids = {r.sentence_id for r in group}
        if (
            len(sentence_ids) != 1
            or any(r.kind != "partial" for r in group)
            or not group[0].speaker
            or verbs_in.get(group[0].sentence_id)
        ):
            continue
        sent = article.sentences[group[0].sentence_id]
        if sent.start_char < article.headline_end:
            continue
        start, end = trimmed(article.text, sent.start_char, sent.end_char)
        while end > start and article.text[end - 1] in ".!?;:, ":
            end -= 1
        sentence = replace(group[0], start=start, end=end, kind="indirect")
        added[id(group[-1])] = replace(sentence, text=article.text[start:end])
    return [r for row in rows for r in (row, added.get(id(row))) if r is not None]


def _note_body(state: State, speaker: Speaker, sentence_id: int) -> None:
    """An organisation, document or outlet that spoke: "it" in the next sentences ("The Home
    Office said it had not meant to discriminate. It said ...")."""
    if speaker.name and speaker.type in BODY_TYPES:
        state.recent.append((sentence_id, "", speaker))


def _in_headline(article: ParsedArticle, start: int) -> bool:
    """The headline is the editor's summary, not anyone's words: its quoted words echo the
    body ('Blair hails "historic" deal' ... Mr Blair said the deal was "historic"), which is
    where the quote is. A text that is all headline (one line, no body) has none: its words
    are the article."""
    has_body = bool(article.text[article.headline_end :].strip())
    return has_body and start < article.headline_end


def _group_speakers(rows: list[Quote]) -> list[Quote]:
    """Pieces of one statement share its speaker (a multi-paragraph quote is attributed at its
    end)."""
    known = {}
    for row in rows:
        if row.speaker is not None and row.kind != "indirect":
            known.setdefault(row.quote_group, row)
    return [
        _attributed_as(row, known.get(row.quote_group), cue=True) if row.speaker is None else row
        for row in rows
    ]


def _echoed_speakers(rows: list[Quote]) -> list[Quote]:
    """A quote with no known speaker that repeats the words of an attributed quote (a headline
    echoing the body: 'Productive' ... Witkoff calls the talks 'productive') shares its speaker
    and its statement (quote_group)."""
    known = {}
    for row in rows:
        if row.speaker_type in ("person", "organization", "media"):
            known.setdefault(_normalized(row.text), row)
    return [
        replace(
            _attributed_as(row, known[_normalized(row.text)], cue=False),
            quote_group=known[_normalized(row.text)].quote_group,  # one statement, said twice
        )
        if row.speaker_type == "unknown"
        and row.kind != "indirect"
        and _normalized(row.text) in known
        else row
        for row in rows
    ]


def _without_terms(rows: list[Quote], spoken: set[int]) -> list[Quote]:
    """A statement made only of short partial quotes, with no reporting verb of its own (none
    in its sentence: an inherited speaker is not one), is a quoted term or a scare quote, not
    speech ('debated the "red line"', 'a "secret weapon", as one activist put it')."""
    words: dict[int, int] = {}
    for row in rows:
        size = len(row.text.split()) if row.kind == "partial" else limit("scare_max_words") + 1
        words[row.quote_group] = words.get(row.quote_group, 0) + size
    return [
        row
        for row in rows
        if row.quote_group in spoken or words[row.quote_group] > limit("scare_max_words")
    ]


def _woven_partials(rows: list[Quote]) -> list[Quote]:
    """A partial quote inside a reported clause is part of that statement (mixed speech: said
    such attacks were "against Palestinian interests"): it takes the clause's quote_group and
    speaker."""
    clauses = [row for row in rows if row.kind == "indirect"]
    woven = []
    for row in rows:
        clause = next(
            (
                c
                for c in clauses
                if row.kind == "partial" and c.start <= row.start < row.end <= c.end + 1
            ),
            None,
        )
        woven.append(
            replace(_attributed_as(row, clause, cue=True), quote_group=clause.quote_group)
            if clause is not None
            else row
        )
    return woven


def _attributed_as(row: Quote, source: Quote | None, *, cue: bool) -> Quote:
    """The quote with the speaker of ``source`` (and its cue too, when ``cue``)."""
    if source is None:
        return row
    taken = {
        "speaker": source.speaker,
        "speaker_type": source.speaker_type,
        "speaker_side": source.speaker_side,
        "speaker_gender": source.speaker_gender,
    }
    if cue:
        taken.update(cue=source.cue, cue_tier=source.cue_tier)
    return replace(row, **taken)


def _gender_of(article: ParsedArticle, name: str | None) -> str:
    """The gender the article's evidence gives a named person (entities.gender), else unknown."""
    return next((m.gender for m in _mentions(article) if m.canonical == name and m.gender), UNKNOWN)


def _agrees(article: ParsedArticle, speaker: Speaker | None, pronoun) -> bool:
    """ "he" and "she" go only to a person whose gender is not the other one."""
    said = pronoun_gender(pronoun.text)
    if speaker is None or said is None or not speaker.is_person:
        return speaker is not None
    return _gender_of(article, speaker.name) in (said, UNKNOWN)


def _mentions(article: ParsedArticle) -> list[Mention]:
    """The entities extractor's records of the article (this extractor requires them)."""
    return article.rows.get("entities", [])


def _normalized(text: str) -> str:
    return re.sub(r"[^\w ]", "", text.casefold()).strip()


def _is_quote(text: str, span: QuotedSpan) -> bool:
    words = text[span.start : span.end].split()
    if not any(ch.isalpha() for ch in text[span.start : span.end]):
        return False
    before = (
        text[max(0, span.start - limit("scare_marker_reach")) : max(span.start - 1, 0)]
        .rstrip()
        .lower()
    )
    if before.endswith(
        quote_words("scare_markers")
    ):  # the so-called "red line": a term, not anyone's words
        return False
    small = quote_words("title_small_words")
    is_title = (
        len(words) <= limit("title_max_words")
        and all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in small for w in words)
        and len(words) > 1
        and not words[0].endswith((",", "."))
    )
    return not is_title


def _kind(text: str, span: QuotedSpan) -> str:
    """partial: woven into the sentence ('called it "very nice"') or a short fragment; direct:
    a statement of its own (a short one too when it is a whole sentence: "We lost everything.")."""
    quoted = text[span.start : span.end].strip()
    words = quoted.split()
    line = (
        text[: max(span.start - 1, 0)].rsplit("\n", 1)[-1].rstrip()
    )  # never look past a paragraph break
    woven = bool(line) and line[-1].isalnum() and not _lead_in().search(line)
    whole_sentence = bool(quoted) and quoted[0].isupper() and quoted.endswith((".", "!", "?", ","))
    short = len(words) < limit("direct_min_words") and not whole_sentence
    return "partial" if woven or short else "direct"


def _group(state: State, speaker: Speaker, sentence_id: int) -> int:
    """Pieces of one statement (same cue, same sentence) share a group."""
    key = speaker.cue_token
    if speaker.cue_token is not None and key in state.group_of_cue:
        return state.group_of_cue[key]
    state.last_group += 1
    if speaker.cue_token is not None:
        state.group_of_cue[key] = state.last_group
    return state.last_group


def _row(article, sentence_id, start, end, kind, group, speaker: Speaker) -> Quote:
    start, end = trimmed(article.text, start, end)
    return Quote(
        sentence_id=sentence_id,
        start=start,
        end=end,
        text=article.text[start:end],
        kind=kind,
        quote_group=group,
        speaker=speaker.name.strip(" -–—,;:") if speaker.name else speaker.name,  # "Alan Beith -"
        speaker_type=speaker.type,
        speaker_side=speaker.side,
        cue=speaker.cue,
        cue_tier=reporting_verbs().get(speaker.cue, (None,))[0] if speaker.cue else None,
        speaker_gender=_gender_of(article, speaker.name) if speaker.type == "person" else None,
    )


# --- attribution -------------------------------------------------------------------------


def _speaker_for_span(article, sent, span, state) -> Speaker:
    lo, hi = _token_range(article.doc, span.start, span.end)
    inside = set(range(lo, hi))
    last = article.sentences[article.sentence_id_at(max(span.end - 1, span.start))]
    if (
        last.start != sent.start
    ):  # "“Prizes are for publishers. Readers are for writers,” she says."
        cue = _pick_cue(last, lo, hi, inside)
        if cue is not None:
            verb, subject = cue
            return _describe(article, subject, verb.lemma_, verb.i, state)
    according = _according_to(sent, inside)
    if according is not None:
        return _describe(article, according, "according to", None, state)
    closes_statement = (
        article.text[span.start : span.end].rstrip().endswith((",", "!", "?"))
        or article.text[span.end + 1 : span.end + 2] == ","
    )
    inverted = _inverted_attribution(article, sent, hi) if closes_statement else None
    if inverted is not None:
        return inverted
    cue = _pick_cue(sent, lo, hi, inside)
    if cue is not None:
        verb, subject = cue
        return _describe(article, subject, verb.lemma_, verb.i, state)
    before = article.text[: max(span.start - 1, 0)].rstrip()
    if before.endswith(":"):  # "X put it bluntly: "...""
        colon = article.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        subject = _subject(colon.sent.root) if colon is not None else None
        if subject is not None and subject.i not in inside:
            return _describe(article, subject, None, None, state)
    sentence_id = article.sentence_id(sent.start)
    introduced = _introduced_person(article, sent, span, state)
    if introduced is not None:
        return introduced
    if state.last_speaker and sentence_id - state.last_speaker_sentence <= limit(
        "inherit_sentences"
    ):
        return replace(state.last_speaker, cue_token=None)
    fallback = _previous_subject_speaker(article, sent)
    return fallback or NO_SPEAKER


def _introduced_person(article, sent, span, state: State) -> Speaker | None:
    """A quotation with no attribution that opens its sentence right after a sentence whose
    subject is a person, and that held no quote, takes that person ("His friend, Saxon
    Spence, lays the blame on one issue. "You cannot underestimate ..."), before the last
    speaker."""
    if article.text[sent.start_char : span.start].strip(" \n\"'“‘"):
        return None  # words before the quotation: not a quotation on its own
    previous = _sentence_before_quote(article, article.sentence_id(sent.start))
    if previous is None or state.last_quote_sentence >= article.sentence_id(previous.start):
        return None
    return _subject_person(article, previous)


def _inverted_attribution(article, sent, hi: int) -> Speaker | None:
    """ "...," fumed shop owner Dave Miller: a reporting word right after the quote, followed by
    a named person (the one holding the verb's subject, when the parser found it), even when
    the parser misreads the verb."""
    doc = article.doc
    window = doc[hi : min(hi + limit("inverted_window"), sent.end)]
    verb = next((t for t in window if t.lemma_.lower() in reporting_verbs()), None)
    if verb is None:
        return None
    reach = verb.idx + limit("inverted_name_reach")
    persons = [
        e
        for e in _mentions(article)
        if e.label == "PERSON" and verb.idx < e.start <= reach and e.end <= sent.end_char
    ]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    named = [e for e in persons if subject is not None and e.start <= subject.idx < e.end]
    unrecognised = _unrecognised_name(subject) if subject is not None else None
    if unrecognised is not None:
        return Speaker(unrecognised, "person", None, verb.lemma_.lower(), verb.i, is_person=True)
    if named or persons:  # "said Nottingham City Councillor Brian Parbutt": the subject's name
        return Speaker.of_person((named or persons)[0], verb.lemma_.lower(), verb.i)
    return None


def _pick_cue(sent, lo: int, hi: int, inside: set[int]):
    """(reporting verb, its subject) nearest the quote: distance counted from the quote's edge,
    participles ("suggesting") kept as a last resort, unless a verb of showing names their
    speaker ("showed Mr X telling the meeting: ..."); a verb inside another reporting verb's
    clause ("said ... that intelligence shows ...") gives way to the outer one."""
    scored = []
    for token in sent:
        if (
            token.i in inside
            or token.lemma_ not in reporting_verbs()
            or token.pos_ not in ("VERB", "AUX")
        ):
            continue
        verb = _outermost_reporting(token, inside)
        subject = _subject(verb)
        if subject is None or subject.i in inside or not _heard_by_a_hearing(verb, subject):
            continue
        distance = lo - token.i if token.i < lo else token.i - hi
        if token.tag_ == "VBG" and _perceived_speaker(token) is None:
            distance *= limit("participle_penalty")
        scored.append((distance, token.i, verb, subject))
    if not scored:
        return None
    _, _, verb, subject = min(scored, key=lambda s: (s[0], s[1]))
    return verb, subject


def _outermost_reporting(token, inside: frozenset[int] | set[int] = frozenset()):
    """The reporting verb at the top of a chain ("said ... that X shows": said), never one
    inside the quotation (a misparse hangs "Bull said" under the quoted "I think")."""
    verb = token
    for _ in range(limit("outer_verb_steps")):
        head = verb.head
        if (
            head.i == verb.i
            or head.i in inside
            or verb.dep_ not in ("ccomp", "xcomp", "advcl", "conj")
        ):
            break
        if head.lemma_ in reporting_verbs() and _subject(head) is not None:
            verb = head
        else:
            break
    return verb


def _token_range(doc, start, end):
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


def _subject(verb):
    """The subject of a reporting verb, also across xcomp/conj chains ("went on to say"); a
    clause on a noun without a subject of its own is said by that noun ("officials speaking on
    condition of anonymity", "Ms Shah, who said"; but "the choices he says": he)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if by is not None:  # "branded "reckless" by the Liberal Democrats"
        return by
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # two subjects are a misparse of one phrase ("Veteran Labour MP and former Cabinet minister
    # Jack Cunningham has said"): the one that is a person's name
    own = (
        next((c for c in subjects if c.ent_type_ == "PERSON"), None) if len(subjects) > 1 else None
    )
    own = own or next(iter(subjects), None)
    if own is not None and own.tag_ not in ("WP", "WDT"):  # "Clare Whitlow, who says": Clare
        return own
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return (
            verb.head
        )  # "officials speaking on condition...", or a misparse of "Trump called ..."
    perceived = _perceived_speaker(verb)
    if perceived is not None:
        return perceived
    reporter = _reporter_of_clause(verb)
    if reporter is not None:
        return _subject(reporter)
    for token in (verb, _governing_verb(verb)):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if token.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or token.head.i == token.i:
            break
    return None


def _reporter_of_clause(verb):
    """ "He said Mr Blair had spoken with sincerity, adding: ...": a reporting participle the
    parser hung on the reported clause belongs to the verb that reports it (said), not to the
    clause's subject (Mr Blair)."""
    clause = verb.head
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in reporting_verbs()
        and clause.head.i < clause.i
    ):
        return clause.head
    return None


def _governing_verb(verb):
    """The verb a clause hangs on, through a preposition for a gerund ("was abandoned after
    suggesting ...": abandoned)."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return verb.head.head
    return verb.head


def _perceived_speaker(verb):
    """The object of a verb of showing or hearing speaks the reporting participle that follows
    it ("The documentary showed Mr Nattrass, apparently talking about the EU, telling the
    meeting: ..."; quotes.yaml perception_verbs). With any other verb the participle is the
    subject's ("Mr Blair attacked Mr Howard, saying ...": Mr Blair)."""
    token = verb
    for _ in range(limit("outer_verb_steps")):
        if token.dep_ not in ("advcl", "xcomp", "ccomp", "conj") or token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.lower() in quote_words("perception_verbs"):
            seen = next((c for c in token.children if c.dep_ == "dobj"), None)
            return seen if seen is not None and seen.i < verb.i else None
    return None


ACCORDING = hash_string("according")


def _according_to(sent, inside: set[int]):
    if not len(sent) or not (sent.to_array([LOWER]) == ACCORDING).any():
        return None  # no "according" in the sentence (read from its token array)
    for token in sent:
        if token.lower_ == "according" and token.i not in inside:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            if to is None and token.i + 1 < sent.end and token.doc[token.i + 1].lower_ == "to":
                to = token.doc[token.i + 1]
            if to is not None:
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def _describe(article, head, cue: str | None, cue_token: int | None, state: State) -> Speaker:
    """A speaker from the head token of the speaker phrase; sources joined by "and" speak
    together ("Mr Afzal, Mr Islam and Mr Kazi deny ...": one speaker naming all three)."""
    joined = [c for c in head.conjuncts if c.i > head.i and c.pos_ in ("PROPN", "NOUN")]
    if head.pos_ in ("PROPN", "NOUN") and joined:
        return _joint_speaker(article, [head, *joined], cue, cue_token, state)
    return _single_speaker(article, head, cue, cue_token, state)


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
    appositive = _appositive_person(article, head)
    if appositive is not None:  # "The union's leader, Tom Harris, said"
        return Speaker.of_person(appositive, cue, cue_token)
    titled = _post_nominal_person(article, head)
    if titled is not None:  # "Judge Richard Mawrey, QC told the hearing"
        return Speaker.of_person(titled, cue, cue_token)
    entity = _entity_in(article, phrase, head)
    unrecognised = _unrecognised_name(head)
    if unrecognised is not None:
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
        text = _phrase_text(doc, phrase)
        kind = _phrase_type(lemma)
        speaker = Speaker(text, kind, entity.side, cue, cue_token)
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
        return Speaker(
            head.text if lower not in pronouns else None, "unknown", cue=cue, cue_token=cue_token
        )
    office = _office_of(article, head, state)
    if office is not None:  # "his spokesman": Mr Bannatyne's; "A spokesman" of the body before
        speaker = replace(office, cue=cue, cue_token=cue_token)
        _remember(article, head, lemma, speaker, state)
        return speaker
    if head.pos_ == "PRON" or not _could_speak(head, phrase):
        # "you said", "absolutely nothing", "the choices he says", "that pattern suggests"
        return Speaker(None, "unknown", cue=cue, cue_token=cue_token)
    text = _phrase_text(doc, phrase)
    lemmas = [t.lemma_.lower() for t in phrase if t.pos_ in ("NOUN", "PROPN", "PRON")]
    kind = source_nouns().get(lemma) or next(
        (source_nouns()[x] for x in lemmas if x in source_nouns()), "unknown"
    )
    if kind == "unknown" and lemma in quote_words("document_nouns"):
        kind = "document"
    speaker = Speaker(text, kind, cue=cue, cue_token=cue_token)
    _remember(article, head, lemma, speaker, state)
    return speaker


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
    previous = _sentence_before_quote(article, sentence_id)
    if previous is None:
        return None
    for subject in (t for t in previous if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"):
        lo = min(t.idx for t in subject.subtree)
        hi = max(t.idx + len(t.text) for t in subject.subtree)
        bodies = [
            e
            for e in _mentions(article)
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


def _unrecognised_name(head) -> str | None:
    """A person's name the entity recogniser missed or misread: the proper nouns of the phrase's
    head from a known first name or a title on ("said Nottingham City Councillor Brian Parbutt",
    where "Nottingham City" was read as the person: Brian Parbutt; "fertility expert Lord
    Winston": Lord Winston)."""
    if head.pos_ != "PROPN" or head.ent_type_:
        return None
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
        (k for k, t in enumerate(names[:-1]) if t.lower_ in first_names() or _name_title(t)),
        None,
    )
    if first is None or any(t.ent_type_ for t in names[first:]):
        return None
    return " ".join(t.text for t in names[first:])


def _name_title(token) -> bool:
    """A title that names a person ("Lord Winston", "Mrs Spence"), not an office word that may
    stand in a longer phrase (quotes.yaml name_titles)."""
    return token.lower_ in quote_words("name_titles") and token.lower_ in person_titles()


def _could_speak(head, phrase) -> bool:
    """A speaker phrase names a source: a name, or a head noun that names people, a document,
    an anonymous source or a role (quotes.yaml, anonymous_sources.csv, role_nouns.csv)."""
    if head.pos_ == "PROPN" or any(t.ent_type_ for t in phrase):
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
    before = [e for e in _mentions(article) if e.label == "ORG" and e.end <= head.idx]
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
        for e in _mentions(article)
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
        for e in _mentions(article)
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


def _last_body(article, sentence_id: int, state: State) -> Speaker | None:
    """ "It said ...": the organisation or document quoted last, a few sentences before."""
    bodies = [
        s
        for sid, _, s in state.recent
        if s.type in BODY_TYPES and 0 <= sentence_id - sid <= limit("role_memory_sentences")
    ]
    return bodies[-1] if bodies else None


def _remember(article, head, lemma: str, speaker: Speaker, state: State) -> None:
    """Keep a phrase speaker for later references: "the official" (same head noun) and "they"
    (a plural head: "Union members said ... they said")."""
    sentence_id = article.sentence_id(head.i)
    state.recent.append((sentence_id, lemma, speaker))
    if head.tag_ in ("NNS", "NNPS"):
        state.groups.append((sentence_id, speaker))


def _appositive_person(article, head):
    """A person named in apposition anywhere in the subject ("The mayor of Kharkiv, Ihor
    Terekhov, said")."""
    for child in head.subtree:
        if child.dep_ == "appos":
            lo = min(t.idx for t in child.subtree)
            hi = max(t.idx + len(t.text) for t in child.subtree)
            persons = [
                e
                for e in _mentions(article)
                if e.label == "PERSON" and lo <= e.start and e.end <= hi
            ]
            if persons and not (head.ent_type_ == "PERSON"):
                return persons[0]
    return _apposed_to_verb(article, head)


def _apposed_to_verb(article, head):
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
                    for e in _mentions(article)
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
    return next((e for e in _mentions(article) if e.label == "PERSON" and e.end == comma.idx), None)


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
    named = {m.canonical for m in _mentions(article) if m.end <= head.idx}
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
            keep -= {t.i for t in token.subtree}
    return [t for t in phrase if t.i in keep] or [head]


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
    if head.lower_ == "it":  # never a person: the body or text quoted just before
        return _last_body(article, sentence_id, state)
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
    same = _subject_person(article, article.sentences[sentence_id], before=head.i, speaking=True)
    if same is not None and _agrees(article, same, head):
        return same
    previous = _sentence_before_quote(article, sentence_id)
    last = state.last_speaker
    spoke_before = (
        last is not None
        and _one_source(last)
        and state.last_quote_sentence
        >= (article.sentence_id(previous.start) if previous is not None else sentence_id)
    )
    if spoke_before and _agrees(article, last, head):  # "..., the Tory leader said. He went on"
        return last
    if previous is not None:
        person = _subject_person(article, previous)
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
    persons = [e for e in _mentions(article) if e.label == "PERSON" and e.end <= head.idx]
    for person in reversed(persons):
        if _agrees(article, Speaker.of_person(person), head):
            return Speaker.of_person(person)
    return None


def _titled_person(article, head) -> Speaker | None:
    """ "The archbishop", "the South African archbishop": the last person named before it
    with that title ("Archbishop Desmond Tutu", "Foreign Secretary Jack Straw", "Guy Mansfield,
    the new chairman of the Bar Council", "the chairman, Guy Mansfield"); not one whose title
    names another office ("shadow chancellor Oliver Letwin" is not "the chancellor";
    quotes.yaml other_office_words)."""
    lemma = head.lemma_.lower()
    other = set(quote_words("other_office_words")) - {t.lower_ for t in head.subtree}
    titled = [
        m
        for m in _mentions(article)
        if m.label == "PERSON"
        and m.end <= head.idx
        and lemma in (words := _title_words(article, m))
        and not words & other
    ]
    return Speaker.of_person(titled[-1]) if titled else None


def _title_words(article, mention) -> set[str]:
    """Lemmas of the words that give a named person a title: before the name in its phrase,
    in apposition to it, or the noun the name is in apposition to."""
    span = article.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return set()
    root = span.root
    words = [t for t in root.subtree if t.i < span.start]
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            words += child.subtree
    if root.dep_ == "appos":
        words += [root.head, *(t for t in root.head.lefts)]
    return {t.lemma_.lower() for t in words}


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
    previous = _sentence_before_quote(article, sentence_id)
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


def _one_source(speaker: Speaker) -> bool:
    """A person, or one unnamed individual ("Mr Blair's official spokesman"): "he added" in
    the next sentence is them."""
    if speaker.is_person:
        return True
    last_word = (speaker.name or "").split()[-1:] or [""]
    return speaker.type == "anonymous" and last_word[0].lower() in role_nouns()


def _sentence_before_quote(article, sentence_id: int):
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


def _subject_person(article, sent, before: int | None = None, speaking=False) -> Speaker | None:
    """The person named in the subject of the sentence's main verb (else of any verb); with
    ``before``, a subject before that token; ``speaking``: only the subject of a reporting verb
    ("Mr Blair has failed, he claimed": "he" is not Mr Blair)."""
    subjects = [t for t in sent if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"] or [
        t for t in sent if t.dep_ in SUBJECT_DEPS
    ]
    if sent.root.pos_ == "PROPN":  # a misparse with the name at the root: "Trevor Phillips, ..."
        subjects.append(sent.root)
    if before is not None:
        subjects = [t for t in subjects if t.i < before and t.lower_ not in word_list("pronouns")]
    if speaking:
        subjects = [t for t in subjects if t.head.lemma_.lower() in reporting_verbs()]
    for subject in subjects:
        lo = min(t.idx for t in subject.subtree)
        hi = max(t.idx + len(t.text) for t in subject.subtree)
        persons = [
            e for e in _mentions(article) if e.label == "PERSON" and lo <= e.start and e.end <= hi
        ]
        persons = [e for e in persons if e.start <= subject.idx < e.end] or persons
        persons = persons or [p for p in [_apposed_to_verb(article, subject)] if p is not None]
        if persons:  # the name holding the subject's head ("PCSU secretary Hugh Lanning")
            return Speaker.of_person(persons[0])
        unrecognised = _unrecognised_name(subject)  # "Piers Freelove is a benefit officer"
        if unrecognised is not None:
            return Speaker(unrecognised, "person", is_person=True)
    return None


def _previous_subject_speaker(article, sent) -> Speaker | None:
    """A floating quote after a sentence whose subject spoke ("Witkoff called the talks
    positive. The talks were "productive" ...")."""
    sentence_id = article.sentence_id(sent.start)
    if sentence_id == 0:
        return None
    previous = article.sentences[sentence_id - 1]
    if previous.root.lemma_ in reporting_verbs():
        person = _subject_person(article, previous)
        if person is not None:
            return replace(person, cue=previous.root.lemma_)
    return None


# --- indirect speech -------------------------------------------------------------------------


def _spans_near_sentences(article, spans) -> dict[int, list[QuotedSpan]]:
    """For each sentence, the quoted spans that overlap it or touch it (a superset of what
    ``_indirect_in`` keeps), in one pass over the spans."""
    near: dict[int, list[QuotedSpan]] = {}
    last = len(article.sentences) - 1
    for span in spans:
        first = max(0, article.sentence_id_at(max(0, span.start - 1)) - 1)
        end = min(last, article.sentence_id_at(max(0, span.end)) + 1)
        for sentence_id in range(first, end + 1):
            near.setdefault(sentence_id, []).append(span)
    return near


def _indirect_in(article, sentence_id: int, spans, verbs_in, state: State) -> list[tuple]:
    """(start, end, speaker) of each reported clause of one sentence: a reporting verb with a
    ``ccomp`` clause that holds no direct quote, said by a source-like subject; else an
    "according to X" clause in a sentence without quotation marks."""
    sent = article.sentences[sentence_id]
    here = [q for q in spans if q.start - 1 < sent.end_char and q.end + 1 > sent.start_char]
    quoted = [range(*_token_range(article.doc, s.start, s.end)) for s in here]
    quoted_chars = [(s.start - 1, s.end + 1) for s in here]
    in_quote = {i for r in quoted for i in r}
    found = []
    for token in verbs_in.get(sentence_id, ()):
        if token.i in in_quote or token.pos_ != "VERB":
            continue
        clause = _content_of(token)
        aside = token if clause is None and _is_aside(token) else None
        clause = token.head if aside is not None else clause
        subject = _subject(token)
        if (
            clause is None
            or subject is None
            or not _heard_by_a_hearing(token, subject)
            or (
                subject.dep_ == "nsubjpass"
                and clause.dep_ != "ccomp"
                and not _hearing(subject)  # "was urged to"; but "..., the hearing was told"
            )
            or _overlaps_quote(clause, in_quote, quoted_chars)
            or subject.i in in_quote
            or any(s <= subject.idx < e for s, e in quoted_chars)
            or not _speaker_like(article, subject)
            or _speech_withheld(token)
            or _own_belief(token, subject)
        ):
            continue
        offsets = _clause_offsets(clause, aside)
        if offsets is None:  # nothing but a mark and punctuation ("said that ...")
            continue
        found.append((*offsets, _describe(article, subject, token.lemma_, token.i, state)))
    according = _according_to(sent, in_quote)
    if according is not None and not found and not quoted:
        span = _according_clause(sent, according)
        if span is not None:
            found.append((*span, _describe(article, according, "according to", None, state)))
    return found


def _hearing(subject) -> bool:
    """A court, hearing or inquiry (quotes.yaml hearing_nouns)."""
    return subject.lemma_.lower() in quote_words("hearing_nouns")


def _heard_by_a_hearing(verb, subject) -> bool:
    """ "The court heard how ...", "an Election Court has heard" report what was said there;
    "I heard that ..." is no report (quotes.yaml hearing_verbs)."""
    return verb.lemma_.lower() not in quote_words("hearing_verbs") or _hearing(subject)


def _to_infinitive(verb) -> bool:
    """ "to drop the plan", not a passive "(asked not) to be named"."""
    children = list(verb.children)
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children) and not any(
        a.dep_ == "auxpass" for a in children
    )


def _content_of(verb):
    """What a reporting verb reports: its ``that`` clause (verbs whose ``indirect`` is yes);
    the infinitive of a verb of urging or promising ("urged ministers to drop the plan",
    "vowed to fight on"; quotes.yaml infinitive_verbs); the gerund of a verb of denying or
    admitting ("deny collecting votes"; quotes.yaml gerund_verbs); the "of"/"for" phrase of a
    verb of charging ("accused Labour of lying"; quotes.yaml charge_verbs)."""
    lemma = verb.lemma_.lower()
    if reporting_verbs().get(lemma, (None, False))[1]:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            return clause
    if lemma in quote_words("infinitive_verbs"):
        return next((c for c in verb.children if c.dep_ == "xcomp" and _to_infinitive(c)), None)
    if lemma in quote_words("gerund_verbs"):  # "deny collecting votes fraudulently"
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if lemma in quote_words("charge_verbs"):  # "of" on the verb, or on its object
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        charge = next(
            (c for head in (verb, *objects) for c in head.children
             if c.dep_ == "prep" and c.lower_ in ("of", "for")
             and any(g.dep_ in ("pcomp", "pobj") for g in c.children)),
            None,
        )  # fmt: skip
        if charge is not None:
            return charge
    return _quoted_object(verb)


def _quoted_object(verb):
    """The object of a reporting verb that holds a partial quote: the statement the quoted
    words are part of ("admitting a "brief attachment" to the party", "called for a "pause" in
    the legislation")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next((o for o in objects if any(t.is_quote for t in o.subtree)), None)


def _speech_withheld(verb) -> bool:
    """ "declined to say whether ...", "would not say if ...": the clause is what was not said."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in quote_words("withholding_verbs"):
        return True
    return any(c.dep_ == "neg" for c in verb.children)


def _own_belief(verb, subject) -> bool:
    """ "I think ...", "we believe ...": a speaker's hedge inside their own words (a transcript
    without quotation marks), not a report of someone's position (quotes.yaml belief_verbs,
    first_person_subjects)."""
    return verb.lemma_.lower() in quote_words("belief_verbs") and subject.lower_ in quote_words(
        "first_person_subjects"
    )


def _reporting_tokens_by_sentence(article) -> dict[int, list]:
    """Tokens whose lemma is a reporting verb, found from the lemma array (no Python pass over
    every token)."""
    doc = article.doc
    if not len(doc):
        return {}
    hashes = numpy.array(
        [doc.vocab.strings.add(lemma) for lemma in reporting_verbs()], dtype=numpy.uint64
    )
    indices = numpy.flatnonzero(numpy.isin(doc.to_array(LEMMA), hashes))
    grouped: dict[int, list] = {}
    for i in indices:
        grouped.setdefault(article.sentence_id(int(i)), []).append(doc[int(i)])
    return grouped


def _overlaps_quote(clause, in_quote: set[int], quoted_chars) -> bool:
    """A reported clause that holds a direct quote is that quote's attribution, not a second
    quote."""
    lo = min(t.idx for t in clause.subtree)
    hi = max(t.idx + len(t.text) for t in clause.subtree)
    covered = sum(max(0, min(hi, e) - max(lo, s)) for s, e in quoted_chars)
    opens_with_quote = any(s <= lo + 1 < e for s, e in quoted_chars)
    return (
        opens_with_quote and covered * 3 >= hi - lo
    ) or covered * 2 >= hi - lo  # a partial quote inside a longer clause keeps both


def _speaker_like(article, subject) -> bool:
    """Only people, organisations, places acting as governments, pronouns, role nouns,
    generic sources, nouns of people and documents report speech ("strategists claim", "the
    papers suggest", "government figures suggest"; "the pattern suggests" does not)."""
    lemma = subject.lemma_.lower()
    if (
        subject.lower_ in word_list("pronouns")
        or _unrecognised_name(subject) is not None
        or lemma in source_nouns()
        or lemma in role_nouns()
        or _apposed_to_verb(article, subject) is not None
        or (
            subject.pos_ == "NOUN"
            and (lemma in quote_words("people_nouns") or lemma in quote_words("document_nouns"))
        )
    ):
        return True
    lo = min(t.idx for t in subject.subtree)
    hi = max(t.idx + len(t.text) for t in subject.subtree)
    return (
        any(
            e.label in SPEAKER_LABELS and e.start <= subject.idx < e.end + 1
            for e in article.rows_starting("entities", lo, hi)
        )
        or subject.ent_type_ in SPEAKER_LABELS
    )


def _is_aside(verb) -> bool:
    """A reporting verb set into the clause it reports, with a subject of its own ("Iraq, they
    insisted, would not be a factor"; "The Tories, he said, can cut crime")."""
    return (
        verb.dep_ == "parataxis"
        and reporting_verbs().get(verb.lemma_.lower(), (None, False))[1]
        and any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _around_aside(tokens: list, aside) -> list:
    """The larger part of a clause around its attribution (GUIDELINES: one quote, the larger
    part): "Iraq, they insisted, would not be a factor" -> "would not be a factor"; nothing
    when that part is shorter than ``aside_min_tokens`` (a misparse)."""
    inside = {t.i for t in aside.subtree}
    parts = [
        [t for t in tokens if t.i < aside.i and t.i not in inside],
        [t for t in tokens if t.i > aside.i and t.i not in inside],
    ]
    for part in parts:
        while part and part[0].is_punct:
            part.pop(0)
        while part and part[-1].is_punct:
            part.pop()
    larger = max(parts, key=lambda p: sum(len(t.text_with_ws) for t in p))
    return larger if len(larger) >= limit("aside_min_tokens") else []


def _clause_offsets(clause, aside=None) -> tuple[int, int] | None:
    """The offsets of a reported clause: without a leading "that"/"whether", an "according to"
    phrase, an attribution set into it (``aside``) and the reporter's commentary."""
    according = {t.i for t in clause.subtree if t.lower_ == "according" for t in t.subtree}
    tokens = [
        t
        for t in clause.subtree
        if not (t.dep_ == "mark" and t.lower_ in ("that", "whether", "if")) and t.i not in according
    ]
    tokens = [t for t in tokens if not t.is_space]
    if aside is not None:
        tokens = _around_aside(tokens, aside)
    tokens = _without_commentary(tokens)
    while tokens and tokens[-1].is_punct and tokens[-1].text != "%":  # "by 25%" keeps its sign
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _without_commentary(tokens: list) -> list:
    """The reported clause without the reporter's tail after a comma: an apposition on the
    clause ("..., a promise that has sparked apprehension"), a participle ("..., expressing
    optimism", "..., creating a deadlock") or "even as ..." (the words are the reporter's)."""
    for k, token in enumerate(tokens[1:-1], start=1):
        after = tokens[k + 1]
        if token.text != "," or after.is_punct:
            continue
        if any(t.text in (":", ";") for t in tokens[:k]):  # a list after a colon goes on
            return tokens
        tail = after if after.head.i == token.head.i or after.dep_ != "det" else after.head
        rest = {t.i for t in tokens[k + 1 :] if not t.is_punct}
        if not rest <= {t.i for t in tail.subtree}:  # "Graham Tolley, 54, had shown": no tail
            continue
        if (
            (tail.dep_ == "appos" and tail.head.i < token.i)
            or (tail.tag_ == "VBG" and tail.dep_ == "advcl" and tail.head.pos_ in ("VERB", "AUX"))
            or (
                after.lower_ == "even"
                and tokens[k + 2 : k + 3]
                and tokens[k + 2].lower_ in ("as", "though", "while")
            )
        ):
            return tokens[:k]
    return tokens


def _according_clause(sent, pobj):
    prep = pobj.head.head if pobj.head.lower_ == "to" else pobj.head
    phrase = {t.i for t in prep.subtree}
    rest = [t for t in sent if t.i not in phrase and not t.is_space]
    while rest and rest[0].is_punct:
        rest.pop(0)
    while rest and rest[-1].is_punct:
        rest.pop()
    if len(rest) < limit("according_min_tokens"):
        return None
    return rest[0].idx, rest[-1].idx + len(rest[-1].text)
