"""Property-based and fuzz tests (hypothesis): the loader and the cleaner never crash, keep every
sentence of reporting, and every span points at its own text."""
import string

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.clean import clean_article
from analysis.ingest import Unreadable, decode

SUBJECTS = ["The minister", "Officials", "Rustem Umerov", "The delegation", "Negotiators", "She"]
VERBS = ["said", "met", "announced", "rejected", "visited", "warned", "signed", "expected"]
OBJECTS = ["the plan", "reporters in Kyiv", "a new proposal", "the envoy on Sunday",
           "that talks would resume", "the ceasefire terms"]
sentence = st.builds(lambda s, v, o, end: f"{s} {v} {o}{end}", st.sampled_from(SUBJECTS),
                     st.sampled_from(VERBS), st.sampled_from(OBJECTS), st.sampled_from([".", "!", "?", '."']))
chrome_line = st.sampled_from(["Related Articles", "Back to top button", "3 min read", "Thoughts",
                               "Advertisement", "Share this article", "Politics"])

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.lists(st.one_of(sentence, chrome_line, st.just("")), min_size=1, max_size=25))
def test_cleaning_keeps_every_sentence_with_a_verb(lines):
    cleaned = clean_article("\n".join(lines))
    for line in lines:
        if line in {"", "Related Articles", "Back to top button", "3 min read", "Thoughts",
                    "Advertisement", "Share this article", "Politics"}:
            continue
        assert line in cleaned.text
    for chrome in ("Related Articles", "Back to top button", "Advertisement"):
        assert chrome not in cleaned.text.split("\n")


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_cleaning_never_crashes_and_leaves_no_control_characters(raw):
    cleaned = clean_article(raw)
    assert "\r" not in cleaned.text
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned.text)
    assert cleaned.text == cleaned.text.strip()


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_decoding_random_bytes_reports_or_decodes_never_crashes(data):
    try:
        decoded = decode(data)
    except Unreadable as err:
        assert str(err)
    else:
        assert isinstance(decoded.text, str) and decoded.text.strip()


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.binary(min_size=0, max_size=300), min_size=1, max_size=4),
       st.integers(min_value=0, max_value=200))
def test_loader_fuzz_random_and_truncated_files(tmp_path_factory, blobs, cut):
    folder = tmp_path_factory.mktemp("fuzz")
    good = "Officials met in Geneva on Sunday, and the envoy said talks would resume.\n"
    (folder / "good.txt").write_text(good, encoding="utf-8")
    (folder / "truncated.txt").write_bytes("Zelenskyy’s “plan” was discussed.".encode()[:cut % 40])
    for i, blob in enumerate(blobs):
        (folder / f"blob{i}.txt").write_bytes(blob)
    corpus = analysis.load_corpus(folder, cache=False)
    assert "good" in set(corpus.articles["article_id"])
    assert len(corpus.articles) + (corpus.problems["action"] == "skipped").sum() == len(blobs) + 2
    texts = corpus.articles.set_index("article_id")["text"]
    for table in (corpus.sentences, corpus.entities):
        for row in table.itertuples():
            assert texts[row.article_id][row.start:row.end] == row.text


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet=string.ascii_letters + " .,'\"“”’‘-\n", min_size=1, max_size=120),
                min_size=1, max_size=3))
def test_any_text_gives_valid_offsets_in_every_span_table(texts):
    corpus = analysis.load_corpus(pd.DataFrame({"article_id": [f"t{i}" for i in range(len(texts))],
                                                "text": texts}), cache=False)
    articles = corpus.articles.set_index("article_id")["text"]
    for name in ("sentences", "entities", "quotes"):
        for row in getattr(corpus, name).itertuples():
            assert articles[row.article_id][row.start:row.end] == row.text, name
