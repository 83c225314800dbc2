"""Pairing quotation marks on literal texts (no spaCy model): straight and curly marks, single
marks told apart from apostrophes, unpaired marks skipped, quotations running over paragraphs."""

import pytest

from analysis.nlp.quote_marks import QuotedSpan, inside, quoted_spans


def _quoted(text):
    return [(text[s.start : s.end], s.mark, s.closed) for s in quoted_spans(text)]


@pytest.mark.parametrize(
    "text",
    ['He said "we are close" today.', "He said \u201cwe are close\u201d today."],
    ids=["straight", "curly"],
)
def test_double_marks_straight_or_curly(text):
    assert quoted_spans(text) == [QuotedSpan(9, 21, "double", True)]
    assert _quoted(text) == [("we are close", "double", True)]


def test_two_quotations_in_one_sentence():
    text = (
        "\u201cIf Russia is serious,\u201d Witkoff said, \u201cit will show it at the table.\u201d"
    )
    assert _quoted(text) == [
        ("If Russia is serious,", "double", True),
        ("it will show it at the table.", "double", True),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Trump's envoy called the talks 'productive,' but the drivers' union disagreed.",
            ["productive,"],
        ),
        ("'It's over,' he said.", ["It's over,"]),
        ("the so-called \u2018peace plan\u2019 and Zelenskyy\u2019s reply", ["peace plan"]),
        ("Trump's envoy met the drivers' union on Monday.", []),
        ("It\u2019s the ministers\u2019 decision, officials said.", []),
    ],
)
def test_single_marks_are_told_apart_from_apostrophes(text, expected):
    assert [(quoted, "single", True) for quoted in expected] == _quoted(text)


def test_a_single_quotation_inside_a_double_one_is_not_a_span_of_its_own():
    text = "\u201cHe called it \u2018a farce\u2019,\u201d she said."
    assert _quoted(text) == [("He called it \u2018a farce\u2019,", "double", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a stray straight mark in a paragraph of its own sinks nothing after it
        (
            'A stray " mark here.\n\n"We will keep talking," Peskov said.',
            ["We will keep talking,"],
        ),
        # an opening curly mark never closed
        ("He said \u201cwe are close and left early.", []),
        # a second opening mark: the first one was stray
        ("Stray \u201cmark and \u201cwe are close\u201d he said.", ["we are close"]),
        # a closing mark with nothing open
        ("Nothing open\u201d here, \u201cbut this\u201d is quoted.", ["but this"]),
        # a mark left open in one paragraph does not pair with one in the next
        ('He said "we are close.\n\nOfficials said "nothing" else.', ["nothing"]),
    ],
)
def test_an_unpaired_mark_is_skipped(text, expected):
    assert [quoted for quoted, _, _ in _quoted(text)] == expected


def test_a_quotation_over_two_paragraphs_runs_to_the_end_of_the_first():
    text = (
        "Zelenskyy spoke in his address.\n\n"
        '"Russia launched 400 drones at our cities.\n\n'
        '"This is not how anyone behaves who wants peace," he said.'
    )
    assert _quoted(text) == [
        ("Russia launched 400 drones at our cities.", "double", False),
        ("This is not how anyone behaves who wants peace,", "double", True),
    ]


def test_an_open_mark_inside_a_sentence_does_not_run_on_into_the_next_paragraph():
    text = 'Officials said the "deal was close.\n\n"We are hopeful," the envoy said.'
    assert [quoted for quoted, _, _ in _quoted(text)] == ["We are hopeful,"]


def test_a_quotation_after_a_colon_runs_on():
    text = 'Rubio said: "This is delicate.\n\n"There are a lot of moving parts," he added.'
    assert [quoted for quoted, _, _ in _quoted(text)] == [
        "This is delicate.",
        "There are a lot of moving parts,",
    ]


def test_spans_without_words_between_marks_are_dropped():
    assert quoted_spans('An empty "" pair.') == []


def test_inside_is_within_one_span():
    spans = [QuotedSpan(9, 21, "double", True), QuotedSpan(30, 40, "single", True)]
    assert inside(spans, 9, 21) and inside(spans, 12, 15) and inside(spans, 30, 31)
    assert not inside(spans, 8, 12)
    assert not inside(spans, 15, 35)  # across two spans
    assert not inside(spans, 22, 29)


def test_a_quotation_reopened_after_a_full_stop_runs_on():
    # scraped text that lost its paragraph break: the second mark opens, not closes
    text = 'He said: "We won the vote. "Now we must win the argument," he added.'
    spans = [text[s.start : s.end] for s in quoted_spans(text)]
    assert spans == ["We won the vote.", "Now we must win the argument,"]
    assert not quoted_spans(text)[0].closed  # one statement: the second piece continues it


def test_a_quotation_opening_after_a_question_runs_on_into_the_next_paragraph():
    text = (
        'Is the aim to destroy the party, as a former member once declared? "No. The aim is '
        'to leave.\n"But it is not just that," he said.'
    )
    spans = [(text[s.start : s.end], s.closed) for s in quoted_spans(text)]
    assert spans[0] == ("No. The aim is to leave.", False)
    assert spans[1] == ("But it is not just that,", True)


def test_a_mark_that_can_only_close_opens_nothing():
    """A quotation whose opening mark was lost ('... from Europe." When he ...') leaves a mark
    that can only close: it does not open a quotation running to the next mark."""
    text = (
        'They want to buy arms from Europe." When he was in Tokyo, Mr Sato said his plan was '
        '" a worrying issue for Asia overall". Washington argues that the ban must stay.'
    )
    spans = [text[s.start : s.end] for s in quoted_spans(text)]
    assert spans == [" a worrying issue for Asia overall"]
