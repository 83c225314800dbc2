"""The learned frame layer: a classifier that adds the generic frames a sentence's cues missed.

Opt-in (``analysis.with_learned_frames(corpus)``), because it needs the optional ``embeddings``
dependencies and roughly doubles the time a corpus takes to annotate. Cue lists stop at about
F1 0.60 on new articles (README, *Frames on real news*): coders read frames that no single
word carries. The layer reads each sentence three ways: its embedding (``analysis.nlp.encoder``),
the embedding of its article's headline and the mean embedding of the sentences before and after
it (coders read the sentence in its article), and TF-IDF of its word 1-2-grams. One logistic
regression per generic frame turns these into a probability; a sentence gets a frame from the
model when the probability reaches the model's threshold and its cues did not already give it.
The weights are a knowledge file (``frame_model.npz``), trained on the BBC frame gold by
``scripts/train_frame_model.py``, which also prints the cross-validated figures.

A row the model adds has ``source`` "model", its ``probability``, and as ``cues`` the words of
the sentence that weighed most for the frame, with their offsets: it stays traceable to the
words, like a cue row. Cue rows get ``source`` "cues".
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

from ..knowledge import knowledge_cache, knowledge_path
from ..nlp.article import words_pattern

MODEL_FILE = "frame_model.npz"
MAX_SENTENCES = 20_000  # above this, use_learned_frames(corpus) leaves the layer out by default
NGRAMS = (1, 2)
EVIDENCE_WORDS = 3  # words named as the cues of a model row
SOURCES = ("cues", "model")


@dataclass(frozen=True)
class FrameModel:
    """One logistic regression per frame over [dense features, TF-IDF of word 1-2-grams]."""

    frames: tuple[str, ...]
    vocabulary: tuple[str, ...]
    idf: np.ndarray
    coef: np.ndarray  # one row per frame: dense weights, then one weight per vocabulary entry
    intercept: np.ndarray
    threshold: float
    encoder: str  # the sentence encoder the dense features came from

    @property
    def dense_size(self) -> int:
        return self.coef.shape[1] - len(self.vocabulary)

    @functools.cached_property
    def words(self) -> TfidfVectorizer:
        """The fitted TF-IDF of the training sentences, rebuilt once from vocabulary and idf."""
        vectorizer = word_vectorizer(vocabulary={w: i for i, w in enumerate(self.vocabulary)})
        vectorizer.idf_ = self.idf
        return vectorizer

    def word_features(self, texts: list[str]):
        """The TF-IDF rows of ``texts`` (sparse: a corpus's sentences never become dense)."""
        return self.words.transform(texts)

    def probabilities(self, dense: np.ndarray, texts: list[str], words=None) -> np.ndarray:
        """The probability of each frame (columns) for each sentence (rows); ``words``: the
        texts' ``word_features`` when already at hand."""
        words = self.word_features(texts) if words is None else words
        size = self.dense_size
        logits = dense @ self.coef[:, :size].T + words @ self.coef[:, size:].T + self.intercept
        return 1 / (1 + np.exp(-np.asarray(logits)))

    def evidence(self, text: str, frame: str, words=None) -> list[str]:
        """The word n-grams of ``text`` that weighed most for ``frame``, strongest first
        (``words``: its row of ``word_features``, when already at hand)."""
        row = self.word_features([text]) if words is None else words
        row = row.tocoo()
        weights = row.data * self.coef[self.frames.index(frame), self.dense_size + row.col]
        chosen: list[str] = []
        for j in np.argsort(-weights):
            if weights[j] <= 0 or len(chosen) == EVIDENCE_WORDS:
                break
            ngram = self.vocabulary[row.col[j]]
            if not any(set(ngram.split()) & set(other.split()) for other in chosen):
                chosen.append(ngram)  # "would be" after "would" names no new word
        return chosen

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            frames=np.array(self.frames),
            vocabulary=np.array(self.vocabulary),
            idf=self.idf,
            coef=self.coef.astype(np.float32),
            intercept=self.intercept,
            threshold=np.array(self.threshold),
            encoder=np.array(self.encoder),
        )

    @classmethod
    def read(cls, path) -> FrameModel:
        with np.load(path, allow_pickle=False) as data:
            return cls(
                frames=tuple(str(f) for f in data["frames"]),
                vocabulary=tuple(str(w) for w in data["vocabulary"]),
                idf=data["idf"],
                coef=data["coef"].astype(np.float64),
                intercept=data["intercept"],
                threshold=float(data["threshold"]),
                encoder=str(data["encoder"]),
            )


def word_vectorizer(**options) -> TfidfVectorizer:
    """The TF-IDF of word 1-2-grams the model reads (lower case, sublinear counts)."""
    return TfidfVectorizer(ngram_range=NGRAMS, sublinear_tf=True, **options)


@knowledge_cache
def frame_model() -> FrameModel:
    """The frame model of the knowledge in effect (packaged, or a pack's own copy)."""
    with knowledge_path(MODEL_FILE).open("rb") as fh:
        return FrameModel.read(fh)


def context_features(sentences: pd.DataFrame, embeddings: np.ndarray) -> np.ndarray:
    """Each sentence's embedding beside its headline's and its neighbours' (rows as given).

    ``sentences`` has article_id, sentence_id and is_headline; ``embeddings`` one row per
    sentence. The headline is the mean of the article's headline sentences (its first sentence
    when none is marked); the neighbours are the mean of the sentences just before and after
    (zeros for a sentence alone).
    """
    headline = np.zeros_like(embeddings)
    neighbours = np.zeros_like(embeddings)
    order = sentences.reset_index(drop=True)
    for _, rows in order.groupby("article_id", sort=False):
        rows = rows.sort_values("sentence_id")
        index = rows.index.to_numpy()
        marked = index[rows["is_headline"].to_numpy(bool)]
        headline[index] = embeddings[marked if len(marked) else index[:1]].mean(axis=0)
        before = np.vstack([np.zeros_like(embeddings[:1]), embeddings[index[:-1]]])
        after = np.vstack([embeddings[index[1:]], np.zeros_like(embeddings[:1])])
        count = np.ones(len(index)) * 2
        count[0] -= 1
        count[-1] -= 1
        neighbours[index] = (before + after) / np.maximum(count, 1)[:, None]
    return np.hstack([embeddings, headline, neighbours])


def sentence_features(sentences: pd.DataFrame, encoder=None) -> np.ndarray:
    """The dense features of each sentence of a sentences table (``context_features``)."""
    from ..nlp.encoder import encode

    return context_features(sentences, encode(sentences["text"].tolist(), encoder))


def evidence_spans(text: str, start: int, words: list[str]) -> tuple[list[str], list[int]]:
    """Each evidence n-gram as written in the sentence (``text`` starting at ``start`` in the
    article), with its offset in the article; n-grams not found are left out."""
    written, starts = [], []
    for ngram in words:
        found = words_pattern(ngram).search(text)
        if found:
            written.append(found.group())
            starts.append(start + found.start())
    return written, starts


def learned_frame_rows(
    sentences: pd.DataFrame, frames: pd.DataFrame, model: FrameModel | None = None, encoder=None
) -> pd.DataFrame:
    """The frames rows the model adds: (sentence, frame) pairs at or above its threshold that the
    cue rows of ``frames`` do not already hold, with the columns of the frames table."""
    model = model or frame_model()
    if sentences.empty:
        return frames.iloc[:0]
    sentences = sentences.sort_values(["article_id", "sentence_id"]).reset_index(drop=True)
    texts = sentences["text"].tolist()
    words = model.word_features(texts)
    probabilities = model.probabilities(sentence_features(sentences, encoder), texts, words)
    have = set(zip(frames["article_id"], frames["sentence_id"], frames["frame"], strict=True))
    rows = []
    for i, k in zip(*np.nonzero(probabilities >= model.threshold), strict=True):
        sentence, frame = sentences.iloc[i], model.frames[k]
        if (sentence.article_id, sentence.sentence_id, frame) in have:
            continue
        evidence = model.evidence(sentence.text, frame, words[i])
        cues, starts = evidence_spans(sentence.text, int(sentence.start), evidence)
        rows.append(
            {
                "article_id": sentence.article_id,
                "sentence_id": int(sentence.sentence_id),
                "frame": frame,
                "frame_kind": "generic",
                "cues": cues,
                "cue_starts": starts,
                "quoted_cues": [],
                "negated": [],
                "in_quote_share": 0.0,
                "score": 0.0,
                "source": "model",
                "probability": float(probabilities[i, k]),
            }
        )
    return pd.DataFrame(rows, columns=frames.columns)


def with_learned_frames(corpus, model: FrameModel | None = None, encoder=None):
    """The corpus with the model's frames added to its frames table (``source`` tells cue rows
    from model rows; ``probability`` is the model's, empty for cue rows). A saved corpus is
    read into memory first."""
    from ..schemas import TABLES, validate

    if hasattr(corpus, "in_memory"):
        corpus = corpus.in_memory()
    cue_rows = corpus.frames[corpus.frames["source"] != "model"]
    added = learned_frame_rows(corpus.sentences, cue_rows, model, encoder)
    both = pd.concat([cue_rows, added], ignore_index=True) if len(added) else cue_rows
    both = both.sort_values(["article_id", "sentence_id", "frame"]).reset_index(drop=True)
    return dataclasses.replace(corpus, frames=validate(TABLES["frames"], both))


def use_learned_frames(corpus, wanted: bool | None = None, max_sentences=MAX_SENTENCES) -> bool:
    """Whether to add the learned layer: ``wanted`` when given; by default (None) when the
    sentence encoder is installed and the corpus has at most ``max_sentences`` sentences (the
    layer reads a corpus into memory and encodes every sentence: about 150 a second on 2 CPUs)."""
    if wanted is not None:
        return wanted
    from ..nlp.encoder import encoder_available

    count = corpus.row_count("sentences") if hasattr(corpus, "row_count") else len(corpus.sentences)
    return count <= max_sentences and encoder_available()
