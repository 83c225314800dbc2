"""Train the learned frame layer on the BBC frame gold, and say what it adds to the cue lists.

    python scripts/train_frame_model.py [--parts all] [--out analysis/knowledge/frame_model.npz]
        [--check]

Needs the optional dependencies (``pip install -e '.[embeddings]'``). The sentences of every
coded part of ``--parts`` (never an unscored held-out part) are read in their articles as the
workbench reads them (the BBC pack): each gold sentence stands for the workbench sentence that
covers most of it, and its features are those ``analysis.extract.frame_model`` computes at run
time (the sentence's, its headline's and its neighbours' embeddings; TF-IDF of word 1-2-grams).

1. Cross-validation by article (GroupKFold 5): in each fold, C and the probability threshold
   are chosen on the training articles alone (inner GroupKFold 4, for the micro F1 of cues OR
   model), then the fold's articles are scored. It prints the cue lists alone and cues OR model
   per frame, pooled and per part, with 95% intervals over articles: the honest estimate of
   what the layer adds on articles it was not trained on.
2. The model itself: C and threshold chosen the same way on all the sentences, one logistic
   regression per generic frame fitted on all of them, saved to ``--out``. ``--check`` only
   prints the figures.

Figures (2026-12-03; 1022 sentences of 146 articles, six parts; README, *The learned frame
layer*): see the README for the table this prints.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from analysis import load_corpus
from analysis.evaluate.realframes import COVER, PARTS, UNSCORED, frame_report, locate, read_gold
from analysis.evaluate.realnews import BBC_CORPUS, BBC_TOPIC
from analysis.extract.frame_model import FrameModel, sentence_features, word_vectorizer
from analysis.knowledge import PACKAGE_DIR
from analysis.nlp.encoder import encoder_path

OUT = PACKAGE_DIR / "knowledge" / "frame_model.npz"
OUTER_FOLDS, INNER_FOLDS = 5, 4
C_GRID = (0.3, 1.0, 3.0)
THRESHOLDS = np.round(np.arange(0.30, 0.96, 0.05), 2)
MIN_POSITIVES = 5  # a frame with fewer coded sentences gets no regression
MIN_DF = 2  # an n-gram must occur in two training sentences


@dataclass(frozen=True)
class Data:
    """One row per gold sentence: features, gold and cue frames as 0/1 columns per frame."""

    frames: tuple[str, ...]
    dense: np.ndarray
    texts: np.ndarray
    gold: np.ndarray
    cues: np.ndarray
    articles: np.ndarray
    parts: np.ndarray


def gather(parts: set[str]) -> Data:
    gold = read_gold(parts)
    files = sorted({g.file for g in gold})
    corpus = load_corpus([BBC_CORPUS / f for f in files], topic=BBC_TOPIC, progress=False)
    sentences = corpus.sentences.sort_values(["article_id", "sentence_id"]).reset_index(drop=True)
    dense = sentence_features(sentences)
    texts = corpus.articles.set_index("article_id")["text"]
    cue_frames = corpus.frames.groupby(["article_id", "sentence_id"])["frame"].agg(set)
    rows, cue_sets = [], []
    for g in gold:
        start, end = locate(g, texts[g.article_id])
        article = sentences[sentences["article_id"] == g.article_id]
        overlap = np.minimum(end, article["end"]) - np.maximum(start, article["start"])
        covering = article[overlap >= COVER * (end - start)]
        rows.append(int(overlap.idxmax()))
        cue_sets.append(
            set().union(*(cue_frames.get((g.article_id, s), set()) for s in covering.sentence_id))
        )
    counts = {}
    for g in gold:
        for frame in g.frames:
            counts[frame] = counts.get(frame, 0) + 1
    frames = tuple(sorted(f for f, n in counts.items() if n >= MIN_POSITIVES))
    return Data(
        frames=frames,
        dense=dense[rows],
        texts=sentences["text"].to_numpy(object)[rows],
        gold=np.array([[f in g.frames for f in frames] for g in gold], int),
        cues=np.array([[f in s for f in frames] for s in cue_sets], int),
        articles=np.array([g.article_id for g in gold]),
        parts=np.array([g.part for g in gold]),
    )


def fit(data: Data, rows: np.ndarray, c: float) -> FrameModel:
    """One regression per frame on ``rows``; threshold 0.5 until chosen."""
    words = word_vectorizer(min_df=MIN_DF)
    features = np.hstack([data.dense[rows], words.fit_transform(data.texts[rows]).toarray()])
    coef = np.zeros((len(data.frames), features.shape[1]))
    intercept = np.full(len(data.frames), -50.0)  # a frame with no positives is never given
    for k in range(len(data.frames)):
        labels = data.gold[rows, k]
        if labels.any():
            model = LogisticRegression(C=c, class_weight="balanced", max_iter=3000)
            model.fit(features, labels)
            coef[k], intercept[k] = model.coef_[0], model.intercept_[0]
    vocabulary = sorted(words.vocabulary_, key=words.vocabulary_.get)
    return FrameModel(
        frames=data.frames,
        vocabulary=tuple(vocabulary),
        idf=words.idf_,
        coef=coef,
        intercept=intercept,
        threshold=0.5,
        encoder=encoder_path().name if encoder_path().name != "model" else "all-MiniLM-L6-v2",
    )


def probabilities(model: FrameModel, data: Data, rows: np.ndarray) -> np.ndarray:
    return model.probabilities(data.dense[rows], list(data.texts[rows]))


def micro_f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    tp = int((gold & predicted).sum())
    wrong = int((gold ^ predicted).sum())
    return 2 * tp / (2 * tp + wrong) if tp + wrong else 0.0


def choose(data: Data, rows: np.ndarray) -> tuple[float, float]:
    """C and threshold with the best inner cross-validated micro F1 of cues OR model."""
    inner = {c: np.zeros((len(rows), len(data.frames))) for c in C_GRID}
    splits = GroupKFold(n_splits=INNER_FOLDS).split(rows, groups=data.articles[rows])
    for fit_at, held in splits:
        for c in C_GRID:
            inner[c][held] = probabilities(fit(data, rows[fit_at], c), data, rows[held])
    gold, cues = data.gold[rows], data.cues[rows]
    return max(
        ((c, t) for c in C_GRID for t in THRESHOLDS),
        key=lambda ct: micro_f1(gold, cues | (inner[ct[0]] >= ct[1]).astype(int)),
    )


def cross_validate(data: Data) -> np.ndarray:
    """Out-of-fold cues OR model predictions of every sentence."""
    predicted = np.zeros_like(data.gold)
    splits = GroupKFold(n_splits=OUTER_FOLDS).split(data.texts, groups=data.articles)
    for number, (train, test) in enumerate(splits):
        c, threshold = choose(data, train)
        model = fit(data, train, c)
        predicted[test] = data.cues[test] | (probabilities(model, data, test) >= threshold)
        print(f"fold {number}: C {c:g}, threshold {threshold:.2f}", file=sys.stderr)
    return predicted


def frame_set(frames: tuple[str, ...], row: np.ndarray) -> set[str]:
    return {frame for frame, present in zip(frames, row, strict=True) if present}


def pairs(data: Data, predicted: np.ndarray, rows: np.ndarray) -> list:
    """(article, gold frames, predicted frames) of each sentence of ``rows``: frame_report's."""
    return [
        (
            data.articles[i],
            frame_set(data.frames, data.gold[i]),
            frame_set(data.frames, predicted[i]),
        )
        for i in np.flatnonzero(rows)
    ]


def report(data: Data, learned: np.ndarray) -> None:
    subsets = {"all parts": np.ones(len(data.texts), bool)}
    subsets |= {part: data.parts == part for part in sorted(set(data.parts))}
    for name, rows in subsets.items():
        print(f"\n== {name}: {rows.sum()} sentences of {len(set(data.articles[rows]))} articles")
        for label, predicted in (("cue lists", data.cues), ("cues OR model (OOF)", learned)):
            lines = frame_report(pairs(data, predicted, rows))
            print(f"-- {label}: {lines[1].split(None, 1)[1]}  {lines[-1]}")
            if name == "all parts":
                print("\n".join(lines[:-1]))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", default="all", choices=sorted(PARTS))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="print the figures, save nothing")
    args = parser.parse_args(argv)
    if PARTS[args.parts] & UNSCORED:
        parser.error(f"{args.parts} holds an unscored held-out part: it is never trained on")
    data = gather(PARTS[args.parts])
    print(f"{len(data.texts)} sentences, frames: {', '.join(data.frames)}")
    report(data, cross_validate(data))
    if not args.check:
        rows = np.arange(len(data.texts))
        c, threshold = choose(data, rows)
        model = fit(data, rows, c)
        model = FrameModel(**{**model.__dict__, "threshold": float(threshold)})
        model.save(args.out)
        print(f"\nC {c:g}, threshold {threshold:.2f}: saved to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
