"""Property-based and fuzz tests (hypothesis) of the loader: random and truncated files never
crash it, and every span of every table points at its own text (cleaning and decoding:
tests/ingest/test_clean_properties.py, tests/ingest/test_decoding.py)."""

import string

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.binary(min_size=0, max_size=300), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=200),
)
def test_loader_fuzz_random_and_truncated_files(tmp_path_factory, load_corpus, blobs, cut):
    folder = tmp_path_factory.mktemp("fuzz")
    good = "Officials met in Geneva on Sunday, and the envoy said talks would resume.\n"
    (folder / "good.txt").write_text(good, encoding="utf-8")
    (folder / "truncated.txt").write_bytes("Zelenskyy’s “plan” was discussed.".encode()[: cut % 40])
    for i, blob in enumerate(blobs):
        (folder / f"blob{i}.txt").write_bytes(blob)
    corpus = load_corpus(folder, cache=False)
    assert "good" in set(corpus.articles["article_id"])
    assert len(corpus.articles) + (corpus.problems["action"] == "skipped").sum() == len(blobs) + 2
    texts = corpus.articles.set_index("article_id")["text"]
    for table in (corpus.sentences, corpus.entities):
        for row in table.itertuples():
            assert texts[row.article_id][row.start : row.end] == row.text


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.text(alphabet=string.ascii_letters + " .,'\"“”’‘-\n", min_size=1, max_size=120),
        min_size=1,
        max_size=3,
    )
)
def test_any_text_gives_valid_offsets_in_every_span_table(load_corpus, texts):
    frame = pd.DataFrame({"article_id": [f"t{i}" for i in range(len(texts))], "text": texts})
    corpus = load_corpus(frame, cache=False)
    articles = corpus.articles.set_index("article_id")["text"]
    for name in ("sentences", "entities", "quotes"):
        for row in getattr(corpus, name).itertuples():
            assert articles[row.article_id][row.start : row.end] == row.text, name
