"""The speed shortcuts of the extractors give exactly what the plain computation gives.

Each shortcut skips work that cannot change a result: TextBlob is not asked about words none of
which it can score, a date pattern is not run over a text without a word every match holds, the
frame patterns run only the entries whose needed words a sentence has, the clause tone of a
mention reads the verb's subtree and the word polarities once per article. Each test compares the
shortcut with the plain computation, on cases chosen where a careless shortcut would go wrong.
"""

import math
import random

import pytest

# Words that start or change a TextBlob assessment (lexicon words, intensifiers, negations, "!",
# the sarcasm mark, emoticons) among words that do not.
TEXTBLOB_WORDS = (
    *("good", "bad", "very", "really", "new", "not", "no", "never", "n't", "!", "(!)"),
    *(":)", ":-d", ":(", ";-)", "<3", "talks", "the", "a", "envoy", "met", ",", ".", "2025"),
    *("'s", "u.s.", "--", "?", "(", ")", "kyiv", "is", "an"),
)


def _plain_chunks(text, words):
    """The sentence score without the shortcut: TextBlob asked every time."""
    from textblob.en import sentiment as pattern_sentiment

    result = pattern_sentiment(words)
    return (float(result[0]), float(result[1])), [
        (" ".join(w for w in chunk if w), float(p)) for chunk, p, *_ in result.assessments
    ]


def _shortcut_chunks(text, words):
    from analysis.extract.sentences import assessed_chunks

    (polarity, subjectivity), chunks = assessed_chunks(text, 0, words)
    return (float(polarity), float(subjectivity)), [(c[0], c[1]) for c in chunks]


@pytest.mark.parametrize(
    "words",
    [
        ["it", "was", "(!)"],  # sarcasm: subjectivity 1.0 without any lexicon word
        ["talks", "ended", ":)"],  # an emoticon scores
        ["they", "said", ":-d"],  # emoticons are compared lower-cased
        ["not", "a", "deal", "!"],  # a negation and "!" alone score nothing
        ["not", "very", "good", "!"],  # ... but change a lexicon word's score
        ["the", "talks", "continued", "."],
        [],
    ],
)
def test_textblob_is_skipped_only_for_words_it_cannot_score(words):
    text = " ".join(words)
    assert _shortcut_chunks(text, words) == _plain_chunks(text, words)


def test_textblob_shortcut_on_random_sentences():
    rng = random.Random(0)
    for _ in range(3000):
        words = rng.choices(TEXTBLOB_WORDS, k=rng.randint(0, 9))
        text = " ".join(words)
        assert _shortcut_chunks(text, words) == _plain_chunks(text, words), words


# Words that make TextBlob forget a preceding modifier or negation ("talks", "2025") among words
# that do not ("a", "'s", "''a": two characters or fewer, apostrophes aside) and words that score.
STRETCH_WORDS = (*TEXTBLOB_WORDS, "''a", "'''", "ceasefire", "negotiators", "of", "to", "ok")


def test_textblob_scores_only_the_stretches_that_can_assess_with_the_same_result():
    """Dropping the stretches between resetting words that hold no scoring word and no "!"
    leaves TextBlob's score and chunks as they are, on long sentences where most is dropped."""
    from analysis.extract.sentences import scored_stretches

    rng = random.Random(1)
    dropped = 0
    for _ in range(3000):
        words = rng.choices(STRETCH_WORDS, k=rng.randint(0, 40))
        text = " ".join(words)
        assert _shortcut_chunks(text, words) == _plain_chunks(text, words), words
        dropped += len(words) - len(scored_stretches(words))
    assert dropped > 10_000  # the shortcut did drop words


@pytest.mark.parametrize(
    "words",
    [
        ["not", "a", "good", "deal"],  # the negation is kept across a small word
        ["not", "the", "talks", "good"],  # ... and forgotten at a longer one
        ["very", "''a", "good"],  # "''a" is a small word once its apostrophes go
        ["good", "talks", "talks", "!"],  # "!" boosts the assessment before it, however far
        ["really", "talks", "not", "good"],
    ],
)
def test_resetting_words_cut_textblob_stretches_where_it_forgets(words):
    text = " ".join(words)
    assert _shortcut_chunks(text, words) == _plain_chunks(text, words)


def test_the_sarcasm_mark_and_emoticons_score_although_not_in_the_lexicon():
    """The shortcut's list of scoring words holds more than TextBlob's lexicon: without "(!)"
    and the emoticons these sentences would wrongly score (0.0, 0.0)."""
    assert _shortcut_chunks("it was (!)", ["it", "was", "(!)"])[0] == (0.0, 1.0)
    assert _shortcut_chunks("talks ended :)", ["talks", "ended", ":)"])[0][0] > 0


def _plain_expressions(text):
    """find_expressions with every pattern run over the text."""
    from analysis.extract import dates

    original = dates._may_match
    dates._may_match = lambda *args: True
    try:
        return dates.find_expressions(text)
    finally:
        dates._may_match = original


@pytest.mark.parametrize(
    "text",
    [
        "Two days ago, over the past three weeks, on the 3rd, this morning and on Monday.",
        "OVER THE PAST THREE DAYS the talks stalled; TWO WEEKS AGO they met.",
        "Over the pa\u017ft three days (a long s) and \u0130N SPRING talks stalled.",
        "Held in 2019, on 24 January 2025, on Christmas Eve or Valentine\u2019s Day.",
        "The envoy met the minister. Nothing was dated.",
        "Later this month, early March, May 9 and the weekend before last Friday.",
        "",
    ],
)
def test_date_patterns_skipped_only_where_they_cannot_match(text):
    from analysis.extract.dates import find_expressions

    assert find_expressions(text) == _plain_expressions(text)


def test_a_long_s_still_finds_the_ignore_case_date():
    """re.IGNORECASE matches "ſ" to "s", which str.lower() does not: the text is searched."""
    from analysis.extract.dates import find_expressions

    assert [e.kind for e in find_expressions("Over the pa\u017ft three days.")] == ["relative_span"]


SENTENCES = (
    "Protesters plan to challenge the plans. The health secretary said the plan would empower "
    "clubs. A race row followed the leadership race. Ministers met in London. The High Court "
    "ruled on the Hunting Act, and the UN held a mock poll on the policy."
)


def test_frame_patterns_match_as_the_full_matcher_does(parse):
    """Running only the entries whose words a sentence has finds what the matcher of every
    entry finds on every sentence, in the same order."""
    from analysis.extract.frames import pattern_hits_by_section, pattern_matcher

    article = parse(SENTENCES, until="frames")
    matcher, cues, _ = pattern_matcher(article.doc.vocab)
    plain = [
        (cues[match_id], sentence[start:end].start, sentence[start:end].end)
        for sentence in article.sentences
        for match_id, start, end in matcher(sentence)
    ]
    hits = pattern_hits_by_section(article)
    fast = [
        ((section, h.cue), h.token_start, h.token_end) for section in hits for h in hits[section]
    ]
    assert sorted(fast, key=repr) == sorted(plain, key=repr)
    for section in hits:  # and each section in the matcher's order
        assert [(h.cue, h.token_start, h.token_end) for h in hits[section]] == [
            (cue, s, e) for (sec, cue), s, e in plain if sec == section
        ]
    assert plain  # the text holds pattern cues


def _plain_clause_tone(article, start, end):
    """The clause tone without memos (the computation as first written)."""
    from analysis.extract.tone import overlay_tables, word_polarity

    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return math.nan, []
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    sent = span.sent
    overlay, neutral = overlay_tables()
    scored = []
    for token in verb.subtree:
        if sent.start <= token.i < sent.end and not (span.start <= token.i < span.end):
            polarity = word_polarity(token, overlay, neutral)
            if polarity is not None:
                scored.append((token.text, polarity))
    if not scored:
        return math.nan, []
    return sum(p for _, p in scored) / len(scored), [f"{w} ({p:+.2f})" for w, p in scored]


def test_clause_tone_reads_each_subtree_once_with_the_same_result(parse):
    from analysis.extract.tone import clause_tone

    article = parse(
        "Putin and Trump launched a devastating attack while Zelenskyy welcomed the productive "
        "talks. Critics said Macron and Starmer failed, but Merz praised them."
    )
    mentions = article.rows["entities"]
    assert len(mentions) >= 5
    for row in mentions:  # twice: the second time from the article's memos
        for _ in range(2):
            fast, plain = (
                f(article, row.start, row.end) for f in (clause_tone, _plain_clause_tone)
            )
            assert fast[1] == plain[1]
            assert fast[0] == plain[0] or (math.isnan(fast[0]) and math.isnan(plain[0]))


def test_sentence_starts_read_from_the_array_are_those_span_sent_finds(parse):
    """The sentence start read once per Doc is the one ``Span.sent`` walks to, for every token,
    and negation told with it is negation told by ``is_negated`` alone, for every cue hit."""
    from analysis.nlp.lexicons import is_negated, sentence_starts

    article = parse(
        "Talks ended without progress.\nNo breakthrough came\n\nNegotiators did not make "
        "progress. A breakthrough did not happen, and the talks were not productive at 3 p.m. "
        "Monday. Officials said there was no deadlock."
    )
    doc = article.doc
    start = sentence_starts(doc)
    assert [start(i) for i in range(len(doc))] == [
        doc[i : i + 1].sent.start for i in range(len(doc))
    ]
    hits = article.cue_hits
    assert [h.negated for h in hits] == [is_negated(doc[h.token_start : h.token_end]) for h in hits]
    assert any(h.negated for h in hits) and not all(h.negated for h in hits)


QUOTE_PIECES = ('"', "\u201c", "\u201d", "\u201e", "\ufffd", "'", "\u2018", "\u2019", " ", ". ",
                "? ", ":", "\n", "\n\n", "a", "No", "said", "1")  # fmt: skip


def test_double_quotes_pair_the_same_visiting_only_the_marks(monkeypatch):
    """Visiting only the double marks and broken characters finds the spans that a walk over
    every character finds (straight, curly, broken and reopening marks, paragraphs)."""
    import re

    from analysis.nlp import quote_marks

    rng = random.Random(2)
    texts = ["".join(rng.choices(QUOTE_PIECES, k=rng.randint(0, 60))) for _ in range(3000)]
    texts.append('He said: "No. The aim is peace. "We will \ufffdwin\ufffd.\n\n"Yes," he said.')
    fast = [quote_marks.quoted_spans(text) for text in texts]
    monkeypatch.setattr(quote_marks, "_DOUBLE_MARK", re.compile(r"[\s\S]"))  # every character
    assert fast == [quote_marks.quoted_spans(text) for text in texts]
    assert sum(len(spans) for spans in fast) > 1000


def test_according_to_is_looked_for_only_in_sentences_that_hold_it(parse):
    from analysis.extract.reporting import according_to

    def plain(sent, inside):
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

    article = parse(
        "The talks failed, according to two officials. Nobody else spoke. According to Kyiv, "
        "the strikes went on. ACCORDING TO the envoy, progress was made."
    )
    found = []
    for sent in article.sentences:
        for inside in (set(), set(range(sent.start, sent.end))):
            fast, reference = according_to(sent, inside), plain(sent, inside)
            assert (fast.i if fast is not None else None) == (
                reference.i if reference is not None else None
            )
            found.append(fast is not None)
    assert found.count(True) >= 2
