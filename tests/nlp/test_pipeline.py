"""The workbench pipeline: sentence boundaries after clock times, long texts parsed in pieces."""

import pandas as pd
import pytest

import analysis.nlp.pipeline as pipeline
from analysis.nlp.pipeline import clock_boundaries, split_text

STORY = (
    "Diplomats from the United States and Ukraine met in Geneva on Sunday to discuss a peace "
    "plan drafted in Washington. Officials said the talks were productive and would continue "
    "next week. Moscow said it had not been consulted about the latest draft, and European "
    "governments asked to be included in any settlement that touched their security. "
)


@pytest.mark.parametrize(
    "text, starts",
    [
        ("Shortly after 11 p.m. Station Manager Gareth Lloyd arrived.", ["Station"]),
        ("The talks resumed at 3 p.m. Monday in Geneva.", []),
        ("They met at 9 a.m. GMT and again at 4 p.m. Kyiv time.", []),
        ("He left at 5 a.m. and returned at 6 p.m.", []),
    ],
)
def test_clock_boundaries_mark_only_new_sentences(nlp, text, starts):
    doc = clock_boundaries(nlp.make_doc(text))
    assert [t.text for t in doc[1:] if t.is_sent_start] == starts


@pytest.mark.parametrize(
    "text, limit, pieces",
    [
        # after a paragraph break, else a sentence end, else a space
        ("aaaa\n\nbbbb. cccc dddd", 8, ["aaaa\n\n", "bbbb. ", "cccc ", "dddd"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),  # no place to cut: at the limit
        ("short", 10, ["short"]),
        ("", 10, [""]),
    ],
)
def test_split_text_cuts_at_the_latest_break(text, limit, pieces):
    assert split_text(text, limit) == pieces


def test_an_article_longer_than_the_model_limit_is_parsed_in_pieces(monkeypatch, load_corpus):
    long_text = "\n\n".join(f"Paragraph {i}. " + STORY for i in range(12))
    frame = pd.DataFrame({"article_id": ["long"], "text": [long_text]})
    whole = load_corpus(frame, cache=False)
    monkeypatch.setattr(pipeline, "MAX_CHARS", 700)
    pieces = load_corpus(frame, cache=False)
    text = pieces.articles.at[0, "text"]
    assert text == whole.articles.at[0, "text"]
    for row in pieces.sentences.itertuples():
        assert text[row.start : row.end] == row.text
    assert list(pieces.sentences["text"]) == list(whole.sentences["text"])
    assert list(pieces.entities["start"]) == list(whole.entities["start"])
