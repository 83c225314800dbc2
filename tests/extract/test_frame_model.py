"""The learned frame layer (analysis.extract.frame_model): features, the model file, the rows it
adds, and that they stay traceable to words of the article."""

import numpy as np
import pandas as pd
import pytest

from analysis.errors import EncoderNotFound
from analysis.evaluate.realframes import PARTS, UNSCORED
from analysis.extract.frame_model import (
    FrameModel,
    context_features,
    evidence_spans,
    frame_model,
    word_vectorizer,
)
from analysis.nlp.encoder import dimension, encode, load_encoder


def _sentences(rows):
    return pd.DataFrame(rows, columns=["article_id", "sentence_id", "is_headline"])


def test_context_features_read_the_headline_and_the_neighbours_within_each_article():
    sentences = _sentences(
        [("a", 0, True), ("a", 1, False), ("a", 2, False), ("b", 0, False), ("b", 1, False)]
    )
    embeddings = np.array([[1.0, 0], [0, 1.0], [3.0, 3.0], [5.0, 0], [0, 7.0]])
    features = context_features(sentences, embeddings)
    own, headline, neighbours = features[:, :2], features[:, 2:4], features[:, 4:]
    assert (own == embeddings).all()
    assert (headline[:3] == [1.0, 0]).all()  # article a's marked headline
    assert (headline[3:] == [5.0, 0]).all()  # b has none marked: its first sentence
    assert neighbours[1].tolist() == [2.0, 1.5]  # the mean of the sentences before and after
    assert neighbours[0].tolist() == [0, 1.0]  # the first sentence has only the next one
    assert neighbours[3].tolist() == [0, 7.0]  # and no sentence of article a leaks into b


def test_context_features_follow_the_sentence_order_not_the_row_order():
    sentences = _sentences([("a", 1, False), ("a", 0, True)])
    features = context_features(sentences, np.array([[0, 1.0], [1.0, 0]]))
    assert features[0, 2:4].tolist() == [1.0, 0]  # the headline is row 1 (sentence 0)
    assert features[0, 4:].tolist() == [1.0, 0]


def _tiny_model(threshold=0.5) -> FrameModel:
    words = word_vectorizer().fit(["the tax rise", "a court ruling"])
    vocabulary = tuple(sorted(words.vocabulary_, key=words.vocabulary_.get))
    coef = np.zeros((2, 1 + len(vocabulary)))
    coef[0, 1 + vocabulary.index("tax")] = 20.0  # economic: "tax"
    coef[1, 1 + vocabulary.index("court")] = 20.0  # legality: "court"
    return FrameModel(
        frames=("economic", "legality"),
        vocabulary=vocabulary,
        idf=words.idf_,
        coef=coef,
        intercept=np.array([-5.0, -5.0]),
        threshold=threshold,
        encoder="test",
    )


def test_a_frame_model_survives_its_file(tmp_path):
    model = _tiny_model(threshold=0.7)
    model.save(tmp_path / "model.npz")
    again = FrameModel.read(tmp_path / "model.npz")
    assert again.frames == model.frames and again.vocabulary == model.vocabulary
    assert again.threshold == 0.7
    texts = ["The tax rise.", "Nothing here."]
    dense = np.zeros((2, 1))
    assert np.allclose(again.probabilities(dense, texts), model.probabilities(dense, texts))


def test_probabilities_and_evidence_come_from_the_words_that_weigh():
    model = _tiny_model()
    p = model.probabilities(np.zeros((2, 1)), ["A Tax rise is coming.", "The weather."])
    assert p[0, 0] > 0.5 > p[0, 1]  # "tax": economic, not legality
    assert (p[1] < 0.5).all()
    assert model.evidence("A Tax rise is coming.", "economic")[0] == "tax"
    assert model.evidence("The weather.", "economic") == []


def test_evidence_spans_point_into_the_article():
    text = "Ministers said the Tax   rise would stay."
    written, starts = evidence_spans(text, 100, ["tax rise", "absent"])
    assert written == ["Tax   rise"]
    assert starts == [100 + text.index("Tax")]


def test_the_learned_layer_is_never_trained_on_an_unscored_part():
    assert UNSCORED and not PARTS["all"] & UNSCORED


def test_a_missing_encoder_says_what_to_install(tmp_path):
    with pytest.raises(EncoderNotFound, match=r"\[embeddings\]"):
        load_encoder(tmp_path / "no-such-model")


@pytest.mark.model  # reads the sentence encoder: not for the fast tier
def test_the_packaged_model_covers_the_generic_frames():
    from analysis.knowledge import read_csv_rows

    generic = {row["frame"] for row in read_csv_rows("frames.csv") if row["kind"] == "generic"}
    model = frame_model()
    assert set(model.frames) <= generic and {"political", "economic"} <= set(model.frames)
    assert 0 < model.threshold < 1
    assert model.dense_size == 3 * dimension(load_encoder())
    assert encode([]).shape == (0, dimension(load_encoder()))


def test_learned_rows_add_only_frames_the_cues_missed(load_corpus, tmp_path):
    """On a corpus: every cue row stays as it was; the model rows are new (sentence, frame) pairs
    at or above the threshold, and their cues are words of the sentence at their offsets."""
    import analysis

    (tmp_path / "a.txt").write_text(
        "Opposition leaders round on Prime Minister\n\n"
        "The opposition leader accused the prime minister of misleading parliament over the "
        "cost of the scheme. Backbench MPs are expected to rebel in next week's vote. "
        "The Treasury insisted that families would be better off under the changes. Ministers "
        "want every school to offer breakfast clubs by next year. The leader of the house was "
        "jeered as he rose to speak.\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path, cache=False, topic=False)
    learned = analysis.with_learned_frames(corpus)
    frames = learned.frames
    cue_rows = frames[frames["source"] == "cues"].drop(columns=["source", "probability"])
    before = corpus.frames.drop(columns=["source", "probability"])
    pd.testing.assert_frame_equal(
        cue_rows.reset_index(drop=True), before.reset_index(drop=True), check_dtype=False
    )
    added = frames[frames["source"] == "model"]
    assert len(added), "the model adds no frame to a sentence of plain political news"
    assert not frames.duplicated(["article_id", "sentence_id", "frame"]).any()
    assert (added["probability"] >= frame_model().threshold).all()
    text = learned.articles.set_index("article_id")["text"]
    for row in added.itertuples():
        for cue, start in zip(row.cues, row.cue_starts, strict=True):
            assert text[row.article_id][start : start + len(cue)] == cue


def test_evidence_names_each_word_once():
    words = word_vectorizer().fit(["tax rise now", "court"])
    vocabulary = tuple(sorted(words.vocabulary_, key=words.vocabulary_.get))
    coef = np.zeros((1, len(vocabulary)))
    for ngram, weight in (("tax", 3.0), ("tax rise", 2.0), ("rise", 1.0), ("now", 0.5)):
        coef[0, vocabulary.index(ngram)] = weight
    model = FrameModel(("economic",), vocabulary, words.idf_, coef, np.zeros(1), 0.5, "test")
    assert model.evidence("Tax rise now", "economic") == ["tax", "rise", "now"]


class _Counted:
    """A corpus on disk as far as use_learned_frames looks: it counts rows without loading."""

    def __init__(self, sentences: int):
        self.sentences_count = sentences

    def row_count(self, table: str) -> int:
        assert table == "sentences"
        return self.sentences_count


def test_the_learned_layer_is_used_by_default_only_on_corpora_it_can_encode(monkeypatch):
    from analysis.extract import frame_model as module
    from analysis.nlp import encoder

    monkeypatch.setattr(encoder, "encoder_available", lambda: True)
    assert module.use_learned_frames(_Counted(20_000))
    assert not module.use_learned_frames(_Counted(20_001))
    assert module.use_learned_frames(_Counted(50), max_sentences=50)
    assert module.use_learned_frames(_Counted(10**6), wanted=True)  # asked for: always
    assert not module.use_learned_frames(_Counted(5), wanted=False)
    monkeypatch.setattr(encoder, "encoder_available", lambda: False)
    assert not module.use_learned_frames(_Counted(5))  # not installed: the cue lists alone


def test_an_encoder_is_available_only_where_its_folder_is(monkeypatch, tmp_path):
    from analysis.nlp import encoder

    monkeypatch.setenv(encoder.ENCODER_ENV, str(tmp_path / "absent"))
    assert not encoder.encoder_available()
    monkeypatch.setenv(encoder.ENCODER_ENV, str(tmp_path))
    assert encoder.encoder_available()  # sentence-transformers is installed here ([embeddings])
