"""A learned frame classifier against the workbench's lexical frame rules, on the BBC sentence gold.

    python benchmarks/frame_classifier.py [--parts frames-dev frames-heldout frames-heldout2]
        [--cache DIR] [--data FILE]

Data: the gold sentences of ``--parts`` (``tests/gold/bbc/sentences.csv``, read as
``analysis.evaluate.realframes`` reads them), the frames the rules give each of them
(``realframes.compare``: the frames of the workbench sentences that cover half of it) and its
spaCy lemmas. ``--cache DIR`` is the workbench's annotation cache (``$ANALYSIS_CACHE_DIR``), so
that a second run parses nothing; ``--data FILE`` saves these records as JSON, and a later run
reads them back instead of gathering them.

Variants, scored as micro precision, recall and F1 over (sentence, frame) pairs:
  a   the rules;
  b   TF-IDF (word 1-2-grams and lemmas) and one logistic regression per frame (one-vs-rest,
      balanced classes, liblinear), one probability threshold for all frames;
  b'  b with a threshold per frame (frames with fewer than 5 training positives keep b's);
  c   b with the rules' frames as features (one per frame); c' c with a threshold per frame;
  d1  rules OR b; d2 rules OR b with b's threshold tuned for the union;
  d3  rules AND b; d4 rules AND b with the threshold tuned for that veto.
C (1 or 10) and every threshold (0.10 to 0.90 by 0.05) are chosen on the training sentences only,
by an inner GroupKFold(4) by article. The outer evaluation is GroupKFold(5) by article over the
parts pooled, scored on the out-of-fold predictions: pooled, per part, and on the parts other
than dev (the rules were written on dev wording). Intervals are 95% percentile intervals of
2000 bootstrap resamples of articles (seed 0); the paired bootstrap gives the share of resamples
where a variant beats the rules, and the interval of the F1 difference. Then: shuffled
GroupKFold with seeds 1-3; per-frame F1; (e) train on frames-dev, test once on frames-heldout2;
(e') train on every other part, test on frames-heldout2; a learning curve (half and three
quarters of each fold's training articles). About 5 minutes on an idle 2-CPU machine, warm cache.

Figures (2026-12-02; 574 sentences of 82 articles, 14 frames; micro F1, 95% article CI):
                            pooled (OOF)        heldout+heldout2 only   (e) dev -> heldout2
  a   rules                 0.692 (0.65-0.73)   0.565                   0.532 (0.45-0.60)
  b   tfidf-LR              0.485 (0.44-0.53)   0.490                   0.493 (0.38-0.59)
  c   + rule features       0.675 (0.63-0.71)   0.582                   0.527 (0.45-0.60)
  d2  rules OR b (tuned)    0.703 (0.66-0.74)   0.597                   0.541 (0.45-0.61)
d2 minus rules, paired: pooled [-0.001, +0.022] (better in 97% of resamples), heldout+heldout2
[+0.011, +0.055] (100%). The classifier alone stays far below the rules; with them it adds 0.01
pooled and about 0.03 off the development wording.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from analysis.evaluate.realframes import BOOTSTRAP, PARTS, compare, read_gold
from analysis.evaluate.realnews import BBC_CORPUS
from analysis.knowledge import CACHE_ENV
from analysis.nlp.model import load_model, model_name

SEED = 0
(DEV_PART,) = PARTS["dev"]
(HELDOUT2_PART,) = PARTS["heldout2"]
DEFAULT_PARTS = sorted(PARTS["dev"] | PARTS["heldout"] | PARTS["heldout2"])
OUTER_FOLDS = 5
INNER_FOLDS = 4
C_GRID = (1.0, 10.0)
THRESHOLDS = np.round(np.arange(0.10, 0.91, 0.05), 2)
MIN_POSITIVES_FOR_OWN_THRESHOLD = 5
REPEAT_SEEDS = (1, 2, 3)
TRAINING_SHARES = (0.5, 0.75)
LEMMA_TOKEN = r"(?u)\b\w[\w'-]*\b"
VARIANTS = {
    "a": "rules",
    "b": "tfidf-LR",
    "b'": "tfidf-LR per-frame thr",
    "c": "tfidf-LR + rule feats",
    "c'": "c per-frame thr",
    "d1": "rules OR b",
    "d2": "rules OR b(thr tuned for union)",
    "d3": "rules AND b",
    "d4": "rules AND b(veto thr tuned)",
}
PER_FRAME_VARIANTS = ("a", "b", "c", "d2")
LEARNING_CURVE_VARIANTS = ("b", "c", "d2")


# --- data ---------------------------------------------------------------------------------


def gather_records(parts: list[str]) -> list[dict]:
    """One record per gold sentence: its codes, the rules' frames and its lemmas."""
    started = time.perf_counter()
    gold = read_gold(set(parts))
    comparison = compare(gold, BBC_CORPUS)
    log(f"rules compared in {time.perf_counter() - started:.0f}s; micro {comparison.frames}")
    nlp = load_model()
    log(f"spaCy model: {model_name()}")
    docs = nlp.pipe([sentence.text for sentence in gold])
    triples = zip(gold, comparison.pairs, docs, strict=True)
    return [
        sentence_record(sentence, predicted, doc) for sentence, (_, _, predicted), doc in triples
    ]


def sentence_record(sentence, predicted: set[str], doc) -> dict:
    words = (token.lemma_.lower() for token in doc if not (token.is_punct or token.is_space))
    return {
        "key": sentence.key,
        "file": sentence.file,
        "part": sentence.part,
        "position": sentence.position,
        "text": sentence.text,
        "gold": sorted(sentence.frames),
        "rules": sorted(predicted),
        "lemmas": " ".join(words),
    }


def load_records(parts: list[str], data_file: Path | None) -> list[dict]:
    """The records of ``data_file`` when it exists, else gathered (and saved there if given)."""
    if data_file is not None and data_file.exists():
        log(f"records read from {data_file}")
        return json.loads(data_file.read_text(encoding="utf-8"))
    records = gather_records(parts)
    if data_file is not None:
        data_file.write_text(json.dumps(records, indent=0), encoding="utf-8")
    return records


@dataclass(frozen=True)
class FrameData:
    """The gold as arrays: one row per sentence; the frame matrices have one column per frame."""

    frames: tuple[str, ...]
    gold: np.ndarray  # 1 where the coder gave the sentence the frame
    rules: np.ndarray  # 1 where the rules gave it
    articles: np.ndarray  # the sentence's article file: the unit of folds and resamples
    parts: np.ndarray
    texts: np.ndarray
    lemmas: np.ndarray

    @classmethod
    def from_records(cls, records: list[dict]) -> FrameData:
        frames = tuple(sorted(frames_in(records, "gold") | frames_in(records, "rules")))
        return cls(
            frames=frames,
            gold=frame_matrix(records, "gold", frames),
            rules=frame_matrix(records, "rules", frames),
            articles=np.array([r["file"] for r in records]),
            parts=np.array([r["part"] for r in records]),
            texts=np.array([r["text"] for r in records], dtype=object),
            lemmas=np.array([r["lemmas"] for r in records], dtype=object),
        )


def frames_in(records: list[dict], column: str) -> set[str]:
    return {frame for record in records for frame in record[column]}


def frame_matrix(records: list[dict], column: str, frames: tuple[str, ...]) -> np.ndarray:
    return np.array([[frame in record[column] for frame in frames] for record in records], int)


# --- scores -------------------------------------------------------------------------------


class MicroScore(NamedTuple):
    precision: float
    recall: float
    f1: float
    tp: int
    fp: int
    fn: int


def micro_score(gold: np.ndarray, predicted: np.ndarray) -> MicroScore:
    tp = int((gold & predicted).sum())
    fp = int(((1 - gold) & predicted).sum())
    fn = int((gold & (1 - predicted)).sum())
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return MicroScore(precision, recall, f1, tp, fp, fn)


def f1(gold: np.ndarray, predicted: np.ndarray) -> float:
    return micro_score(gold, predicted).f1


def article_counts(gold, predicted, articles) -> np.ndarray:
    """tp, fp, fn of each article (rows in ``np.unique(articles)`` order)."""
    scores = [
        micro_score(gold[articles == a], predicted[articles == a]) for a in np.unique(articles)
    ]
    return np.array([(score.tp, score.fp, score.fn) for score in scores])


def count_f1(tp, fp, fn) -> float:
    return 2 * tp / (2 * tp + fp + fn)


def resampled_totals(counts: np.ndarray) -> Iterator[np.ndarray]:
    """Column totals of BOOTSTRAP resamples of the rows (articles) of ``counts``, seed SEED."""
    rng = np.random.default_rng(SEED)
    for _ in range(BOOTSTRAP):
        yield counts[rng.choice(len(counts), len(counts))].sum(axis=0)


def f1_interval(gold, predicted, articles) -> np.ndarray:
    """95% bootstrap interval of micro F1, resampling articles."""
    counts = article_counts(gold, predicted, articles)
    return np.percentile([count_f1(*totals) for totals in resampled_totals(counts)], [2.5, 97.5])


def paired_difference(gold, predicted, baseline, articles) -> tuple[float, np.ndarray]:
    """Share of article resamples where ``predicted`` beats ``baseline`` on F1, and the 95%
    interval of the difference (both on the same resamples)."""
    both = np.hstack(
        [article_counts(gold, predicted, articles), article_counts(gold, baseline, articles)]
    )
    differences = np.array(
        [count_f1(*totals[:3]) - count_f1(*totals[3:]) for totals in resampled_totals(both)]
    )
    return (differences > 0).mean(), np.percentile(differences, [2.5, 97.5])


# --- the classifier -----------------------------------------------------------------------


def sentence_features(data: FrameData, train, test, *, with_rules: bool):
    """TF-IDF of word 1-2-grams and of lemmas (fitted on ``train``), and the rules' frames."""
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    lemmas = TfidfVectorizer(sublinear_tf=True, token_pattern=LEMMA_TOKEN)
    train_blocks = [
        words.fit_transform(data.texts[train]),
        lemmas.fit_transform(data.lemmas[train]),
    ]
    test_blocks = [words.transform(data.texts[test]), lemmas.transform(data.lemmas[test])]
    if with_rules:
        train_blocks.append(sparse.csr_matrix(data.rules[train].astype(float)))
        test_blocks.append(sparse.csr_matrix(data.rules[test].astype(float)))
    return sparse.hstack(train_blocks).tocsr(), sparse.hstack(test_blocks).tocsr()


def frame_probabilities(data: FrameData, train, test, *, with_rules: bool, c: float):
    """One-vs-rest logistic regression: the probability of each frame for each test sentence."""
    train_features, test_features = sentence_features(data, train, test, with_rules=with_rules)
    probabilities = np.zeros((len(test), len(data.frames)))
    for k in range(len(data.frames)):
        labels = data.gold[train, k]
        if labels.any():  # a frame that no training sentence has is never predicted
            model = LogisticRegression(
                C=c, class_weight="balanced", solver="liblinear", random_state=SEED, max_iter=2000
            )
            model.fit(train_features, labels)
            probabilities[:, k] = model.predict_proba(test_features)[:, 1]
    return probabilities


def inner_probabilities(data: FrameData, train, *, with_rules: bool, c: float):
    """Out-of-fold probabilities on the training sentences (inner GroupKFold by article)."""
    train = np.asarray(train)
    probabilities = np.zeros((len(train), len(data.frames)))
    folds = GroupKFold(n_splits=INNER_FOLDS).split(train, groups=data.articles[train])
    for fit_rows, held_rows in folds:
        probabilities[held_rows] = frame_probabilities(
            data, train[fit_rows], train[held_rows], with_rules=with_rules, c=c
        )
    return probabilities


def at_least(probabilities: np.ndarray, threshold) -> np.ndarray:
    return (probabilities >= threshold).astype(int)


def best_threshold(score: Callable[[float], float]) -> float:
    """The first of THRESHOLDS with the highest score."""
    return max(THRESHOLDS, key=score)


@dataclass(frozen=True)
class Tuning:
    """What the inner cross-validation chose for one classifier on one training set."""

    c: float
    threshold: float
    union_threshold: float  # for rules OR p >= t
    veto_threshold: float  # for rules AND p >= t
    frame_thresholds: np.ndarray


def tune(data: FrameData, train, *, with_rules: bool) -> Tuning:
    """C and the thresholds, chosen on the training sentences alone."""
    gold, rules = data.gold[train], data.rules[train]
    inner = {c: inner_probabilities(data, train, with_rules=with_rules, c=c) for c in C_GRID}
    c, threshold = max(
        ((c, t) for c in C_GRID for t in THRESHOLDS),
        key=lambda pair: f1(gold, at_least(inner[pair[0]], pair[1])),
    )
    probabilities = inner[c]
    return Tuning(
        c=c,
        threshold=threshold,
        union_threshold=best_threshold(lambda t: f1(gold, at_least(probabilities, t) | rules)),
        veto_threshold=best_threshold(lambda t: f1(gold, at_least(probabilities, t) & rules)),
        frame_thresholds=frame_thresholds(gold, probabilities, threshold),
    )


def frame_thresholds(gold, probabilities, fallback: float) -> np.ndarray:
    """A threshold per frame; ``fallback`` for frames with too few training positives."""
    thresholds = np.full(gold.shape[1], fallback)
    for k in range(gold.shape[1]):
        if gold[:, k].sum() >= MIN_POSITIVES_FOR_OWN_THRESHOLD:
            thresholds[k] = single_frame_threshold(gold[:, k], probabilities[:, k])
    return thresholds


def single_frame_threshold(gold_column, probability_column) -> float:
    return best_threshold(lambda t: f1(gold_column, at_least(probability_column, t)))


def predict_variants(data: FrameData, train, test) -> tuple[dict[str, np.ndarray], str]:
    """Each variant's predictions on ``test`` after training on ``train``; what was chosen."""
    tuned_b = tune(data, train, with_rules=False)
    tuned_c = tune(data, train, with_rules=True)
    prob_b = frame_probabilities(data, train, test, with_rules=False, c=tuned_b.c)
    prob_c = frame_probabilities(data, train, test, with_rules=True, c=tuned_c.c)
    rules = data.rules[test]
    learned = at_least(prob_b, tuned_b.threshold)
    predictions = {
        "a": rules,
        "b": learned,
        "b'": at_least(prob_b, tuned_b.frame_thresholds),
        "c": at_least(prob_c, tuned_c.threshold),
        "c'": at_least(prob_c, tuned_c.frame_thresholds),
        "d1": rules | learned,
        "d2": rules | at_least(prob_b, tuned_b.union_threshold),
        "d3": rules & learned,
        "d4": rules & at_least(prob_b, tuned_b.veto_threshold),
    }
    return predictions, describe_choice(tuned_b, tuned_c)


def describe_choice(tuned_b: Tuning, tuned_c: Tuning) -> str:
    return (
        f"b: C {tuned_b.c:g} thr {tuned_b.threshold:.2f} union {tuned_b.union_threshold:.2f}"
        f" veto {tuned_b.veto_threshold:.2f}; c: C {tuned_c.c:g} thr {tuned_c.threshold:.2f}"
    )


# --- cross-validation ---------------------------------------------------------------------


@dataclass(frozen=True)
class CrossValidation:
    predictions: dict[str, np.ndarray]  # variant -> out-of-fold predictions of every sentence
    fold_f1: dict[str, list[float]]
    choices: list[str]


def cross_validate(data: FrameData, folds: Iterable) -> CrossValidation:
    predictions, fold_f1, choices = {}, defaultdict(list), []
    for number, (train, test) in enumerate(folds):
        fold_predictions, choice = predict_variants(data, train, test)
        choices.append(choice)
        log(f"fold {number}: {len(test)} test sentences; {choice}")
        for variant, predicted in fold_predictions.items():
            predictions.setdefault(variant, np.zeros_like(data.gold))[test] = predicted
            fold_f1[variant].append(f1(data.gold[test], predicted))
    return CrossValidation(predictions, dict(fold_f1), choices)


def article_folds(data: FrameData, seed: int | None = None):
    """GroupKFold by article; shuffled when a seed is given."""
    splitter = GroupKFold(n_splits=OUTER_FOLDS, shuffle=seed is not None, random_state=seed)
    return splitter.split(data.texts, groups=data.articles)


def fewer_training_articles(data: FrameData, folds, share: float, rng: np.random.Generator):
    """The folds with each training set cut to a random ``share`` of its articles."""
    for train, test in folds:
        articles = np.unique(data.articles[train])
        kept = rng.choice(articles, int(len(articles) * share), replace=False)
        yield train[np.isin(data.articles[train], kept)], test


# --- the report ---------------------------------------------------------------------------


def variant_name(variant: str) -> str:
    return f"{variant} {VARIANTS[variant]}"


def score_line(variant: str, gold, predicted, extra: str = "") -> str:
    score = micro_score(gold, predicted)
    return (
        f"{variant_name(variant):38} P {score.precision:.3f}  R {score.recall:.3f}"
        f"  F1 {score.f1:.3f}  (tp {score.tp} fp {score.fp} fn {score.fn}){extra}"
    )


def short_part(part: str) -> str:
    return part.removeprefix("frames-")


def frames_by_frequency(data: FrameData) -> np.ndarray:
    return np.argsort(-data.gold.sum(0))


def report_pooled(data: FrameData, pooled: CrossValidation) -> None:
    print(
        f"\n== 1. GroupKFold({OUTER_FOLDS}) by article, all parts pooled:"
        " micro over OOF predictions =="
    )
    print("   [fold F1 mean +- sd, min-max]; 95% CI resamples articles")
    for variant, predicted in pooled.predictions.items():
        spread = fold_spread(pooled.fold_f1[variant])
        low, high = f1_interval(data.gold, predicted, data.articles)
        print(score_line(variant, data.gold, predicted, f"  {spread}  CI {low:.2f}-{high:.2f}"))
    print("chosen per fold:")
    for number, choice in enumerate(pooled.choices):
        print(f"  fold {number}: {choice}")


def fold_spread(fold_f1: list[float]) -> str:
    scores = np.array(fold_f1)
    mean, sd = scores.mean(), scores.std(ddof=1)
    return f"folds {mean:.3f}+-{sd:.3f} [{scores.min():.2f}-{scores.max():.2f}]"


def report_by_part(data: FrameData, pooled: CrossValidation, parts: list[str]) -> None:
    print("\n-- same OOF predictions, scored by part (rules were fitted on dev wording) --")
    for part in parts:
        rows = data.parts == part
        print_scores(data, pooled, f"{part} ({rows.sum()} sentences)", rows)
    non_dev = [short_part(part) for part in parts if part != DEV_PART]
    if non_dev:
        rows = data.parts != DEV_PART
        print_scores(data, pooled, f"non-dev ({'+'.join(non_dev)}, {rows.sum()} sentences)", rows)


def print_scores(data: FrameData, pooled: CrossValidation, heading: str, rows) -> None:
    print(f" {heading}")
    for variant, predicted in pooled.predictions.items():
        print("  " + score_line(variant, data.gold[rows], predicted[rows]))


def report_paired(data: FrameData, pooled: CrossValidation) -> None:
    print(
        "\n-- paired article bootstrap vs rules (pooled OOF): P(variant > rules),"
        " 95% CI of F1 diff --"
    )
    rules = pooled.predictions["a"]
    subsets = {"all": np.ones(len(data.gold), bool), "non-dev": data.parts != DEV_PART}
    for variant, predicted in pooled.predictions.items():
        if variant == "a":
            continue
        columns = []
        for label, rows in subsets.items():
            if rows.any():
                share, (low, high) = paired_difference(
                    data.gold[rows], predicted[rows], rules[rows], data.articles[rows]
                )
                columns.append(f"{label}: {share:.2f} [{low:+.3f},{high:+.3f}]")
        print(f"  {variant_name(variant):38} " + "   ".join(columns))


def report_repeats(data: FrameData) -> None:
    seeds = "-".join(str(seed) for seed in (REPEAT_SEEDS[0], REPEAT_SEEDS[-1]))
    print(f"\n-- repeated GroupKFold({OUTER_FOLDS}, shuffle) seeds {seeds}: pooled OOF micro F1 --")
    repeats = [cross_validate(data, article_folds(data, seed)) for seed in REPEAT_SEEDS]
    for variant in VARIANTS:
        scores = (f1(data.gold, run.predictions[variant]) for run in repeats)
        print(f"  {variant_name(variant):38} " + "  ".join(f"{score:.3f}" for score in scores))


def report_per_frame(data: FrameData, pooled: CrossValidation) -> None:
    print("\n== 2. per-frame F1 (pooled OOF), gold positives per frame ==")
    print(f"{'frame':22} {'gold':>4} " + " ".join(f"{v:>6}" for v in PER_FRAME_VARIANTS))
    for k in frames_by_frequency(data):
        scores = (f1(data.gold[:, k], pooled.predictions[v][:, k]) for v in PER_FRAME_VARIANTS)
        row = " ".join(f"{score:6.2f}" for score in scores)
        print(f"{data.frames[k]:22} {data.gold[:, k].sum():>4} {row}")


def report_train_test(data: FrameData, train, test, *, intervals: bool) -> dict[str, np.ndarray]:
    """Train once on ``train``, score once on ``test``; the predictions by variant."""
    predictions, choice = predict_variants(data, train, test)
    print(f" chosen: {choice}")
    gold, articles = data.gold[test], data.articles[test]
    for variant, predicted in predictions.items():
        extra = ""
        if intervals:
            low, high = f1_interval(gold, predicted, articles)
            extra = f"  CI {low:.2f}-{high:.2f}"
        print(" " + score_line(variant, gold, predicted, extra))
    return predictions


def report_dev_to_heldout2(data: FrameData) -> None:
    print(f"\n== e. train {DEV_PART} only, test {HELDOUT2_PART} (once) ==")
    train = np.flatnonzero(data.parts == DEV_PART)
    test = np.flatnonzero(data.parts == HELDOUT2_PART)
    predictions = report_train_test(data, train, test, intervals=True)
    print(f" per frame ({short_part(HELDOUT2_PART)} gold, F1 rules / b / c):")
    for k in frames_by_frequency(data):
        gold = data.gold[test, k]
        row = " ".join(f"{f1(gold, predictions[v][:, k]):.2f}" for v in ("a", "b", "c"))
        print(f"   {data.frames[k]:22} {gold.sum():>3}  {row}")


def report_more_training(data: FrameData, parts: list[str]) -> None:
    others = "+".join(short_part(part) for part in parts if part != HELDOUT2_PART)
    heldout2 = short_part(HELDOUT2_PART)
    print(f"\n== e'. train {others}, test {heldout2} (more training data) ==")
    train = np.flatnonzero(data.parts != HELDOUT2_PART)
    test = np.flatnonzero(data.parts == HELDOUT2_PART)
    report_train_test(data, train, test, intervals=False)


def report_learning_curve(data: FrameData) -> None:
    print(
        f"\n== learning curve: GroupKFold({OUTER_FOLDS}) pooled, training on a share of the"
        " training articles (b, c) =="
    )
    rng = np.random.default_rng(SEED)  # one stream for every share, drawn in order
    for share in TRAINING_SHARES:
        folds = fewer_training_articles(data, article_folds(data), share, rng)
        predictions = cross_validate(data, folds).predictions
        scores = (f"{v} {f1(data.gold, predictions[v]):.3f}" for v in LEARNING_CURVE_VARIANTS)
        print(f"  share {share}: " + "  ".join(scores))


def report(data: FrameData, parts: list[str]) -> None:
    print(
        f"{len(data.gold)} sentences, {len(set(data.articles))} articles, {len(data.frames)}"
        f" frames, {data.gold.sum()} gold (sentence, frame) pairs"
    )
    pooled = cross_validate(data, article_folds(data))
    report_pooled(data, pooled)
    report_by_part(data, pooled, parts)
    report_paired(data, pooled)
    report_repeats(data)
    report_per_frame(data, pooled)
    if {DEV_PART, HELDOUT2_PART} <= set(parts):
        report_dev_to_heldout2(data)
    if HELDOUT2_PART in parts and len(parts) > 1:
        report_more_training(data, parts)
    report_learning_curve(data)


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", nargs="+", default=DEFAULT_PARTS, metavar="PART")
    parser.add_argument("--cache", type=Path, help="annotation cache folder ($ANALYSIS_CACHE_DIR)")
    parser.add_argument("--data", type=Path, help="JSON of the gathered sentences: read or saved")
    args = parser.parse_args(argv)
    if args.cache is not None:
        os.environ[CACHE_ENV] = str(args.cache)
    records = load_records(args.parts, args.data)
    report(FrameData.from_records(records), args.parts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
