"""Quotes: who says what, direct, partial and indirect.

* **Direct and partial quotes** are the spans between paired quotation marks
  (``analysis.nlp.quote_marks``: straight, curly and single marks, apostrophes told apart, unpaired
  marks skipped, multi-paragraph quotations joined). A span woven into a sentence ("called the
  response "very nice"") or of fewer than four words is ``partial``; titles of works in title case
  ("Meet The Press") and spans without letters are not quotes.
* **Indirect quotes** are clausal complements of reporting verbs ("Zelenskiy stated that an
  understanding ... has been achieved") and clauses attributed "according to X".
* **Speakers** are the subjects of the reporting verb (``reporting_verbs.csv``; what a reporting
  verb's subject and content are on the parse: ``analysis.extract.reporting``), resolved to
  the registry's canonical name, a pronoun's or role noun's person, or an anonymous source by
  ``analysis.extract.speakers`` (its rules are there); quotes with no cue in their sentence
  inherit from the previous attributed quote within three sentences. The word lists and limits
  of the rules below are in ``quotes.yaml`` (packaged knowledge, ``analysis.knowledge``).
* Also: the headline is never a quote; an attribution set into its clause ("Iraq, they
  insisted, would not be a factor") reports the larger part around it; "I think" / "we
  believe" inside someone's words reports nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy
from spacy.attrs import LEMMA

from ..knowledge import knowledge_cache
from ..knowledge import words as word_list
from ..nlp.article import ParsedArticle, trimmed
from ..nlp.quote_marks import QuotedSpan
from .base import extractor
from .phrases import (
    BODY_TYPES,
    SPEAKER_LABELS,
    SUBJECT_DEPS,
    State,
    apposed_to_verb,
    appositive_person,
    gender_of,
    mentions,
    phrase_words,
    someones_people,
    subtree_range,
    unrecognised_name,
)
from .quote_knowledge import limit, quote_words, reporting_verbs, role_nouns, source_nouns
from .records import Quote, Speaker
from .references import (
    one_source,
    previous_subject_speaker,
    sentence_before_quote,
    subject_person,
)
from .reporting import (
    according_to,
    content_of,
    heard_by_a_hearing,
    hearing,
    own_belief,
    perceived_speaker,
    shown_by_a_document,
    speech_withheld,
    subject_of,
)
from .speakers import describe


@knowledge_cache
def _lead_in() -> re.Pattern:
    """A lead-in verb ending the text before a quotation ("He said")."""
    return re.compile(rf"\b({'|'.join(map(re.escape, quote_words('lead_in_verbs')))})$")


NO_SPEAKER = Speaker(None, "unknown")


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
    verbs_in = _reporting_tokens_by_sentence(article)
    spans = _lost_closing_marks(
        article,
        [
            s
            for s in article.quoted_spans
            if _is_quote(article.text, s) and not _in_headline(article, s.start)
        ],
        verbs_in,
    )
    rows, state = [], State()
    direct_by_sentence: dict[int, list[QuotedSpan]] = {}
    for span in spans:
        direct_by_sentence.setdefault(article.sentence_id_at(span.start), []).append(span)
    all_spans = [span for spans in direct_by_sentence.values() for span in spans]
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
            runs_on = previous_open and not _other_voice(rows[-1], speaker)
            group = state.last_group if runs_on else _group(state, speaker, sentence_id)
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
            if one_source(speaker):  # a person, or "a spokesman for the minister"
                state.last_speaker = speaker
                state.last_speaker_sentence = sentence_id
    rows = _without_terms(_woven_partials(_echoed_speakers(_group_speakers(rows))), spoken)
    return _floating_statements(article, rows, verbs_in)


def _other_voice(before: Quote, speaker: Speaker) -> bool:
    """A quotation that seems to run on from an open one but is attributed in its own sentence
    to another named person ('..., Mr Rumsfeld said') is a new statement; a role not resolved
    to anyone ('..., the Opposition leader said') does not part it from its speaker."""
    named = speaker.cue_token is not None and speaker.is_person
    return named and bool(before.speaker) and speaker.name != before.speaker


def _lost_closing_marks(article, spans: list[QuotedSpan], verbs_in) -> list[QuotedSpan]:
    """A quotation reopened after a full stop runs on from the mark before it (text that lost
    its paragraph breaks: ``analysis.nlp.quote_marks``). When the run would hold more sentences
    than ``run_on_sentences`` and the reopened quotation is attributed after its closing mark
    ('"...," Mr Rumsfeld said'), the reporter's narration lies between: the earlier quotation
    lost its closing mark, ends with its first sentence (GUIDELINES), and the next is a
    quotation of its own."""
    out = list(spans)
    for i, (span, following) in enumerate(zip(spans, spans[1:], strict=False)):
        first = article.sentence_id_at(span.start)
        if (
            not span.closed
            and following.start == span.end + 2
            and article.sentence_id_at(span.end - 1) - first > limit("run_on_sentences")
            and _attributed_after(article, following, verbs_in)
        ):
            end = trimmed(article.text, span.start, article.sentences[first].end_char)[1]
            out[i] = replace(span, end=end, closed=True)
    return out


def _attributed_after(article, span: QuotedSpan, verbs_in) -> bool:
    """A reporting verb follows the closing mark in its sentence ('"...," he said')."""
    if not span.closed:
        return False
    return any(t.idx > span.end for t in verbs_in.get(article.sentence_id_at(span.end), ()))


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
        "speaker_start": source.speaker_start,
        "speaker_end": source.speaker_end,
        "speaker_text": source.speaker_text,
    }
    if cue:
        taken.update(cue=source.cue, cue_tier=source.cue_tier)
    return replace(row, **taken)


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
        speaker_gender=gender_of(article, speaker.name) if speaker.type == "person" else None,
        **_speaker_words(article, speaker),
    )


def _speaker_words(article, speaker: Speaker) -> dict:
    """speaker_start, speaker_end and speaker_text: where the speaker was read from."""
    if speaker.name is None or speaker.words is None:
        return {}
    start, end = speaker.words
    return {"speaker_start": start, "speaker_end": end, "speaker_text": article.text[start:end]}


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
            return describe(article, subject, verb.lemma_, verb.i, state)
    according = according_to(sent, inside)
    if according is not None:
        cue = _pick_cue(sent, lo, hi, inside)
        if cue is not None and cue[0] in according.ancestors:
            # '"...," he said, according to a transcript': the transcript only carries his words
            return describe(article, cue[1], cue[0].lemma_, cue[0].i, state)
        return describe(article, according, "according to", None, state)
    owner = _claimed_by(article.doc[lo], inside)
    if owner is not None:  # "a claim by Peter Hain that the Tory leader is an "attack mongrel""
        return describe(article, owner, None, None, state)
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
        return describe(article, subject, verb.lemma_, verb.i, state)
    before = article.text[: max(span.start - 1, 0)].rstrip()
    if before.endswith(":"):  # "X put it bluntly: "...""
        colon = article.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        subject = subject_of(colon.sent.root) if colon is not None else None
        if subject is not None and subject.i not in inside:
            return describe(article, subject, None, None, state)
    sentence_id = article.sentence_id(sent.start)
    introduced = _introduced_person(article, sent, span, state)
    if introduced is not None:
        return introduced
    if state.last_speaker and sentence_id - state.last_speaker_sentence <= limit(
        "inherit_sentences"
    ):
        return replace(state.last_speaker, cue_token=None)
    fallback = previous_subject_speaker(article, sent)
    return fallback or NO_SPEAKER


def _claimed_by(token, inside: set[int]):
    """Whose claim a quotation is part of: the "by" or possessive owner of a noun of saying
    (quotes.yaml claim_nouns) whose clause holds the quotation ("a claim by Peter Hain that ...
    "attack mongrel"", "Mr Brown's warning that the plan was "reckless""), or None."""
    for ancestor in token.ancestors:
        if ancestor.i in inside:
            continue
        if ancestor.pos_ in ("VERB", "AUX") and ancestor.lemma_ in reporting_verbs():
            return None  # a verb of saying nearer the quotation attributes it
        if ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in quote_words("claim_nouns"):
            for child in ancestor.children:
                if child.dep_ == "poss":
                    return child
                if child.dep_ == "prep" and child.lower_ == "by":
                    return next((g for g in child.children if g.dep_ == "pobj"), None)
            return None
    return None


def _introduced_person(article, sent, span, state: State) -> Speaker | None:
    """A quotation with no attribution that opens its sentence right after a sentence whose
    subject is a person, and that held no quote, takes that person ("His friend, Saxon
    Spence, lays the blame on one issue. "You cannot underestimate ..."), before the last
    speaker."""
    if article.text[sent.start_char : span.start].strip(" \n\"'“‘"):
        return None  # words before the quotation: not a quotation on its own
    previous = sentence_before_quote(article, article.sentence_id(sent.start))
    if previous is None or state.last_quote_sentence >= article.sentence_id(previous.start):
        return None
    person = subject_person(article, previous)
    if person is not None:
        return person
    pronoun = next(  # "He finished with an appeal to activists. "One day you will ...""
        (
            t
            for t in previous
            if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she")
        ),
        None,
    )
    if pronoun is None:
        return None
    resolved = describe(article, pronoun, None, None, state)
    return resolved if resolved.is_person else None


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
        for e in mentions(article)
        if e.label == "PERSON" and verb.idx < e.start <= reach and e.end <= sent.end_char
    ]
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    named = [e for e in persons if subject is not None and e.start <= subject.idx < e.end]
    unrecognised = unrecognised_name(subject) if subject is not None else None
    if unrecognised is not None:
        return Speaker(
            unrecognised, "person", None, verb.lemma_.lower(), verb.i, is_person=True,
            words=phrase_words(subject),
        )  # fmt: skip
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
        subject = subject_of(verb)
        if subject is None or subject.i in inside or not heard_by_a_hearing(verb, subject):
            continue
        distance = lo - token.i if token.i < lo else token.i - hi
        if token.tag_ == "VBG" and perceived_speaker(token) is None:
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
        if head.lemma_ in reporting_verbs() and subject_of(head) is not None:
            verb = head
        else:
            break
    return verb


def _token_range(doc, start, end):
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)


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
        clause = content_of(token)
        aside = token if clause is None and _is_aside(token) else None
        clause = token.head if aside is not None else clause
        subject = subject_of(token)
        if clause is None and subject is not None and shown_by_a_document(token, subject):
            clause = next(c for c in token.children if c.dep_ == "ccomp")
        if (
            clause is None
            or subject is None
            or not heard_by_a_hearing(token, subject)
            or (
                subject.dep_ == "nsubjpass"
                and clause.dep_ != "ccomp"
                and not hearing(subject)  # "was urged to"; but "..., the hearing was told"
            )
            or _overlaps_quote(clause, in_quote, quoted_chars)
            or subject.i in in_quote
            or any(s <= subject.idx < e for s, e in quoted_chars)
            or not _speaker_like(article, subject)
            or speech_withheld(token)
            or own_belief(token, subject)
        ):
            continue
        offsets = _clause_offsets(clause, aside)
        if offsets is None:  # nothing but a mark and punctuation ("said that ...")
            continue
        found.append((*offsets, describe(article, subject, token.lemma_, token.i, state)))
    according = according_to(sent, in_quote)
    if according is not None and not found and not quoted:
        span = _according_clause(sent, according)
        if span is not None:
            found.append((*span, describe(article, according, "according to", None, state)))
    return found


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
    lo, hi = subtree_range(clause)
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
        someones_people(subject)
        or subject.lower_ in word_list("pronouns")
        or unrecognised_name(subject) is not None
        or lemma in source_nouns()
        or lemma in role_nouns()
        or apposed_to_verb(article, subject) is not None
        or appositive_person(article, subject) is not None  # "One of them, Richard Albarran,"
        or (
            subject.pos_ == "NOUN"
            and (lemma in quote_words("people_nouns") or lemma in quote_words("document_nouns"))
        )
    ):
        return True
    lo, hi = subtree_range(subject)
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
    tokens = [t for t in clause.subtree if not _opening_mark(t, clause) and t.i not in according]
    tokens = [t for t in tokens if not t.is_space]
    if aside is not None:
        tokens = _around_aside(tokens, aside)
    tokens = _without_commentary(tokens)
    while tokens and tokens[-1].is_punct and tokens[-1].text != "%":  # "by 25%" keeps its sign
        tokens.pop()
    if not tokens:
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _opening_mark(token, clause) -> bool:
    """The "that"/"whether" that opens a reported clause, or the "if" of a reported question
    ("asked if ..."); not the "if" of a condition inside the content ("noted that if HIH was
    wound up there would be a shortage") nor a "that" deeper in it."""
    if token.dep_ != "mark" or token.head.i != clause.i:
        return False
    return token.lower_ in ("that", "whether") or (token.lower_ == "if" and clause.dep_ == "ccomp")


def _without_commentary(tokens: list) -> list:
    """The reported clause without the reporter's tail after a comma: an apposition on the
    clause ("..., a promise that has sparked apprehension"), a participle ("..., expressing
    optimism", "..., creating a deadlock") or "even as ..." (the words are the reporter's), or
    another source's report."""
    for k, token in enumerate(tokens[1:-1], start=1):
        after = tokens[k + 1]
        if token.text != "," or after.is_punct:
            continue
        if any(t.text in (":", ";") for t in tokens[:k]):  # a list after a colon goes on
            return tokens
        tail = after if after.head.i == token.head.i or after.dep_ != "det" else after.head
        rest = {t.i for t in tokens[k + 1 :] if not t.is_punct}
        contrast = after.dep_ == "mark" and after.lower_ in quote_words("contrast_marks")
        clause = after.head if contrast else tail  # "..., while Qantas maintains"
        if _another_report(clause) and rest <= {t.i for t in clause.subtree}:
            return tokens[:k]
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


def _another_report(clause) -> bool:
    """ "..., while Qantas maintains it cannot afford it": a clause after the comma that reports
    another source's words, with its own subject, is that source's statement, not this one's."""
    return (
        clause.dep_ in ("advcl", "conj")
        and clause.lemma_.lower() in reporting_verbs()
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


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
