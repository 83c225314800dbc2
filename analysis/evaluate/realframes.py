"""Frames and tone on real news: the BBC sentence gold (``tests/gold/bbc/sentences.csv``).

    python -m analysis.evaluate.realframes [--part dev|dev2|spent|heldout4|all]
        [--second] [--misses] [--learned] [--write]
    python -m analysis.evaluate.realframes --part heldout5 --final [--learned]   # once

Gold: 448 sentences (headline, lead and a random draw of body sentences) of 64 articles of
``../shared/corpora/bbc-politics`` that the quote gold does not use, coded from
``tests/gold/bbc/FRAMES.md`` by coders who never saw the code or the cue lists: the generic
Policy Frames Codebook frames of each sentence, its tone, and the tone toward each actor it
names. 336 sentences are the development part, 112 (other articles) the held-out part, scored
once, at the end; 150 were coded again by a second coder (``frames/second``). When that part
was spent, a second held-out part (``heldout2``: 126 sentences of 18 further articles, drawn
before coding, coded by two more coders, 42 of them by both) was set aside for the next round
of rule changes, and scored once, at its end. For a third round, two more parts were drawn
before coding from articles no gold used: ``dev2`` (168 sentences of 24 articles, coded once by
f7 and f8), a development sample whose wording no rule was fitted to, and ``heldout3`` (126
sentences of 18 articles, coded by f9 and f10, 42 of them also by s5), scored once at the end.
With no article of the corpus left unused, ``heldout4`` (154 sentences, coded by f11 and f12, 52
of them also by s6) was drawn from the 22 articles of the quote part ``heldout3`` before either
was scored (``scripts/draw_sentence_sample.py --from-part``), and scored once at the end of
the fourth round; the spent held-out parts are development data now (``--part spent``).
``heldout5`` (154 sentences of 22 articles of the first two quote held-out parts, whose
sentences no frame cue was ever read from; coded by f13 and f14, 52 also by s7) waits for the
end of the fifth round: only ``--final`` scores it, ``--misses`` never lists it, and the learned
frame layer (``--learned``, ``scripts/train_frame_model.py``) is never trained on it.

Frames: a gold sentence's predicted frames are the ``frames`` rows of the workbench sentences
that cover at least half of it; micro and per-frame precision, recall and F1 over (sentence,
frame) pairs, with bootstrap 95% intervals that resample articles. Tone: sentence polarity
(TextBlob, and TextBlob with the domain overlay) labelled positive above ``NEUTRAL_BAND``,
negative below minus it, neutral between; per-actor tone is the ``clause_polarity`` of the
actor's mentions in the sentence. Macro-F1, accuracy and Cohen's kappa against the coder, and the
majority-class baseline. ``--second`` scores the second coder against the first (the human
ceiling) and adds Krippendorff's alpha.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..analyses.tone import NEUTRAL_BAND, tone_label
from ..analyses.uncertainty import bootstrap_interval
from ..validate.scoring import Score
from .realnews import BBC_GOLD, BBC_TOPIC, parsed, real_news_parser

PARTS = {
    "dev": {"frames-dev"},
    "dev2": {"frames-dev2"},
    "heldout": {"frames-heldout"},
    "heldout2": {"frames-heldout2"},
    "heldout3": {"frames-heldout3"},
    "heldout4": {"frames-heldout4"},
    "heldout5": {"frames-heldout5"},
    "spent": {"frames-heldout", "frames-heldout2", "frames-heldout3", "frames-heldout4"},
    "all": {
        *("frames-dev", "frames-dev2", "frames-heldout", "frames-heldout2", "frames-heldout3"),
        "frames-heldout4",
    },
}
UNSCORED = {"frames-heldout5"}  # parts --misses never lists, and nothing trains on
TONES = ("negative", "neutral", "positive")
COVER = 0.5  # a workbench sentence stands for a gold sentence when it covers half of it
BOOTSTRAP = 2000


@dataclass
class GoldSentence:
    key: str
    file: str
    part: str
    position: str
    text: str
    frames: set[str] = field(default_factory=set)
    tone: str | None = None
    actors: list[dict] = field(default_factory=list)

    @property
    def article_id(self) -> str:
        return Path(self.file).stem

    @property
    def start(self) -> int:
        return int(self.key.rsplit(":", 1)[1])


def read_gold(parts: set[str], second: bool = False) -> list[GoldSentence]:
    """The gold sentences of ``parts`` with the first coder's codes (or the second coder's)."""
    with open(BBC_GOLD / "sentences.csv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["part"] in parts and (r["second"] or not second)]
    folder = BBC_GOLD / "frames" / ("second" if second else "")
    coded = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                coded[record["key"]] = record
    sentences = []
    for r in rows:
        code = coded.get(r["key"])
        if code is None:
            continue
        sentences.append(
            GoldSentence(
                r["key"], r["file"], r["part"], r["position"], r["sentence"],
                set(code["frames"]), code["tone"], code.get("actors", []),
            )
        )  # fmt: skip
    return sentences


def locate(sentence: GoldSentence, text: str) -> tuple[int, int]:
    """The gold sentence's span in the article text (its words, any spacing between them)."""
    pattern = re.compile(r"\s+".join(map(re.escape, sentence.text.split())))
    found = pattern.match(text, sentence.start) or pattern.search(text)
    if found is None:
        raise ValueError(f"gold sentence {sentence.key} not found in its article")
    return found.span()


# --- frames -------------------------------------------------------------------------------


def predicted_frames(gold: GoldSentence, span, sentences, frames) -> set[str]:
    """Frames of the workbench sentences that cover at least COVER of the gold span."""
    start, end = span
    ids = [
        s.sentence_id
        for s in sentences.itertuples()
        if min(end, s.end) - max(start, s.start) >= COVER * (end - start)
    ]
    return set(frames.loc[frames["sentence_id"].isin(ids), "frame"])


def frame_counts(pairs) -> dict[str, dict[str, np.ndarray]]:
    """Per frame ('all' for micro) and per article: true positives, false positives, false
    negatives. ``pairs``: (article_id, gold frames, predicted frames) per sentence."""
    articles = sorted({a for a, _, _ in pairs})
    index = {a: i for i, a in enumerate(articles)}
    counts: dict[str, dict[str, np.ndarray]] = defaultdict(
        lambda: {k: np.zeros(len(articles)) for k in ("tp", "fp", "fn")}
    )
    for article, gold, predicted in pairs:
        i = index[article]
        for frame in gold | predicted:
            kind = "tp" if frame in gold and frame in predicted else "fn" if frame in gold else "fp"
            counts[frame][kind][i] += 1
            counts["all"][kind][i] += 1
    return counts


def f1_of(tp, fp, fn) -> float:
    return Score.of_counts(int(tp.sum()), int(fp.sum()), int(fn.sum())).f1


def interval(statistic, *samples, seed: int = 0) -> tuple[float, float]:
    """Bootstrap 95% percentile interval of ``statistic(*samples)``, resampling articles (the
    samples' positions together)."""
    low, high = bootstrap_interval(statistic, *samples, resamples=BOOTSTRAP, seed=seed)
    return float(low), float(high)


def frame_report(pairs) -> list[str]:
    counts = frame_counts(pairs)
    lines = [f"{'frame':22} {'gold':>4} {'tp':>4} {'fp':>4} {'fn':>4}  prec   rec    F1"]
    order = ["all"] + sorted(
        (f for f in counts if f != "all"),
        key=lambda f: -counts[f]["tp"].sum() - counts[f]["fn"].sum(),
    )
    for frame in order:
        c = counts[frame]
        tp, fp, fn = (int(c[k].sum()) for k in ("tp", "fp", "fn"))
        s = Score.of_counts(tp, fp, fn)
        lines.append(
            f"{frame:22} {tp + fn:>4} {tp:>4} {fp:>4} {fn:>4}  {s.precision:.2f}  "
            f"{s.recall:.2f}  {s.f1:.2f}"
        )
    c = counts["all"]
    low, high = interval(f1_of, c["tp"], c["fp"], c["fn"])
    lines.append(f"micro F1 95% interval (articles resampled): {low:.3f} - {high:.3f}")
    return lines


# --- tone ---------------------------------------------------------------------------------


def tone_scores(gold: list[str], predicted: list[str]) -> dict[str, float]:
    """Macro-F1, accuracy and Cohen's kappa (scikit-learn)."""
    from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

    return {
        "macro_f1": f1_score(gold, predicted, labels=list(TONES), average="macro", zero_division=0),
        "accuracy": accuracy_score(gold, predicted),
        "kappa": cohen_kappa_score(gold, predicted, labels=list(TONES)),
        "n": len(gold),
    }


def tone_interval(truth, predicted, articles, measure: str) -> tuple[float, float]:
    """Bootstrap 95% interval of a tone measure (macro_f1 or accuracy), resampling articles."""
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, article in enumerate(articles):
        by_article[article].append(i)
    groups = list(by_article.values())

    def statistic(picked):
        items = [i for k in picked for i in groups[int(k)]]
        return tone_scores([truth[i] for i in items], [predicted[i] for i in items])[measure]

    return interval(statistic, np.arange(len(groups)))


def tone_line(name: str, gold: list[str], predicted: list[str]) -> str:
    s = tone_scores(gold, predicted)
    return (
        f"{name:34} n {s['n']:4}  macro-F1 {s['macro_f1']:.3f}  accuracy {s['accuracy']:.3f}  "
        f"kappa {s['kappa']:+.3f}"
    )


def majority_line(gold: list[str]) -> str:
    label = max(TONES, key=gold.count)
    return tone_line(f"always '{label}' (majority)", gold, [label] * len(gold))


def actor_matches(actor: dict, mention_texts: list[str]) -> bool:
    """Does one of the sentence's entity mentions name the gold actor (its name, the words as
    written, or their last word)?"""
    names = {actor.get("name") or ""} | {
        n.strip() for n in (actor.get("as_written") or "").split(",")
    }
    names = {n.casefold().removeprefix("the ") for n in names if len(n) > 2}
    names |= {n.split()[-1] for n in names if n.split()}
    return any(
        m.casefold().removeprefix("the ") in names or m.casefold().split()[-1] in names
        for m in mention_texts
        if m.strip()
    )


# --- the command --------------------------------------------------------------------------


@dataclass
class Comparison:
    """The workbench against the coder, sentence by sentence."""

    pairs: list = field(default_factory=list)  # (article_id, gold frames, predicted frames)
    tone_gold: list[str] = field(default_factory=list)
    textblob: list[str] = field(default_factory=list)  # TextBlob polarity, labelled
    domain: list[str] = field(default_factory=list)  # with the pack's tone overlay
    actor_gold: list[str] = field(default_factory=list)  # coded actors found as mentions
    actor_pred: list[str] = field(default_factory=list)
    actor_articles: list[str] = field(default_factory=list)
    actors_total: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def frames(self) -> Score:
        c = frame_counts(self.pairs)["all"]
        return Score.of_counts(int(c["tp"].sum()), int(c["fp"].sum()), int(c["fn"].sum()))


def compare(gold: list[GoldSentence], corpus_dir: Path, learned: bool = False) -> Comparison:
    """Load the gold sentences' articles (the BBC pack) and compare them sentence by sentence;
    ``learned``: with the frames of the learned layer added (``analysis.with_learned_frames``)."""
    from ..corpus.load import load_corpus

    files = sorted({g.file for g in gold})
    corpus = load_corpus([corpus_dir / f for f in files], topic=BBC_TOPIC, progress=False)
    if learned:
        from ..extract.frame_model import with_learned_frames

        corpus = with_learned_frames(corpus)
    sentences = dict(tuple(corpus.sentences.groupby("article_id")))
    frames = dict(tuple(corpus.frames.groupby("article_id")))
    entities = dict(tuple(corpus.entities.groupby("article_id")))
    texts = corpus.articles.set_index("article_id")["text"]
    empty_frames = corpus.frames.iloc[:0]
    result = Comparison()
    for g in gold:
        span = locate(g, texts[g.article_id])
        sents = sentences[g.article_id]
        covering = sents[
            [
                min(span[1], e) - max(span[0], s) >= COVER * (span[1] - span[0])
                for s, e in zip(sents.start, sents.end, strict=True)
            ]
        ]
        predicted = predicted_frames(g, span, sents, frames.get(g.article_id, empty_frames))
        result.pairs.append((g.article_id, g.frames, predicted))
        if predicted != g.frames:
            result.misses.append(
                f"  {g.key}: gold {sorted(g.frames)} got {sorted(predicted)}  {g.text[:90]!r}"
            )
        result.tone_gold.append(g.tone)
        result.textblob.append(tone_label(covering["polarity"].mean()))
        result.domain.append(tone_label(covering["polarity_domain"].mean()))
        result.actors_total += len(g.actors)
        for actor in g.actors if g.article_id in entities else ():
            ents = entities[g.article_id]
            inside = ents[(ents.start >= span[0]) & (ents.end <= span[1])]
            found = [
                row.clause_polarity
                for row in inside.itertuples()
                if actor_matches(actor, [row.text, row.canonical or ""])
            ]
            if found:
                scored = [p for p in found if p == p]
                result.actor_gold.append(actor["tone"])
                result.actor_articles.append(g.article_id)
                result.actor_pred.append(tone_label(sum(scored) / len(scored) if scored else 0.0))
    return result


def validity_entries(result: Comparison, gold: list[GoldSentence], part: str) -> dict:
    """The frames and tone entries of validity.yaml."""
    where = f"{len(gold)} hand-coded sentences of UK political news (BBC, 2004-05; {part} part)"
    first = {g.key: g for g in gold}
    both = [(first[s.key], s) for s in read_gold({g.part for g in gold}, second=True)]
    coders = frame_counts([(a.article_id, a.frames, b.frames) for a, b in both if a.key in first])
    counts = frame_counts(result.pairs)
    per_frame = {}
    for frame, c in counts.items():
        tp, fp, fn = (int(c[k].sum()) for k in ("tp", "fp", "fn"))
        score = Score.of_counts(tp, fp, fn)
        per_frame[frame] = {
            "precision": round(score.precision if tp + fp else 0.0, 3),
            "recall": round(score.recall if tp + fn else 0.0, 3),
            "gold": tp + fn,
        }
    whole = per_frame.pop("all")
    c = coders["all"]
    entries = {
        "frames": {
            **whole,
            "f1": round(result.frames.f1, 3),
            "f1_interval": [
                round(v, 3)
                for v in interval(
                    f1_of, counts["all"]["tp"], counts["all"]["fp"], counts["all"]["fn"]
                )
            ],
            "coders_f1": round(f1_of(c["tp"], c["fp"], c["fn"]), 3),
            "gold": where,
            "frame_precision": 0.75,
            "frame_min_gold": 20,
            "per_frame": per_frame,
        }
    }
    actors = f"{len(result.actor_gold)} coded actors of those sentences found as mentions"
    sentence_articles = [article for article, _, _ in result.pairs]
    for name, truth, predicted, basis, articles in (
        ("tone_sentence", result.tone_gold, result.domain, where, sentence_articles),
        ("tone_actor", result.actor_gold, result.actor_pred, actors, result.actor_articles),
    ):
        label = max(TONES, key=truth.count)
        majority = tone_scores(truth, [label] * len(truth))
        scores = tone_scores(truth, predicted)
        entries[name] = {
            **{k: round(float(scores[k]), 3) for k in ("macro_f1", "accuracy", "kappa")},
            **{
                f"{k}_interval": [round(v, 3) for v in tone_interval(truth, predicted, articles, k)]
                for k in ("macro_f1", "accuracy")
            },
            "gold": basis,
            "neutral_band": NEUTRAL_BAND,
            "majority": {
                "label": label,
                **{k: round(float(majority[k]), 3) for k in ("macro_f1", "accuracy")},
            },
        }
    return entries


def write_validity(result: Comparison, gold: list[GoldSentence], part: str, learned: bool):
    """Record the figures in validity.yaml; with the learned layer, only its frames entry
    (``frames_learned``: tone does not change)."""
    from ..validate.validity import record

    entries = validity_entries(result, gold, part)
    if learned:
        entries = {"frames_learned": entries["frames"]}
    path = None
    for measure, entry in entries.items():
        path = record(measure, entry)
    return path


def main(argv=None) -> int:
    parser = real_news_parser("analysis.evaluate.realframes", __doc__, PARTS)
    parser.add_argument("--second", action="store_true", help="second coder against the first")
    parser.add_argument("--misses", action="store_true", help="list misses (not on unscored parts)")
    parser.add_argument("--write", action="store_true", help="record the figures (validity.yaml)")
    parser.add_argument(
        "--learned", action="store_true", help="with the learned frame layer (needs [embeddings])"
    )
    parser.add_argument(
        "--final", action="store_true", help="score an unscored held-out part (once, at the end)"
    )
    args = parsed(parser, argv)
    if PARTS[args.part] & UNSCORED and not (args.final or args.second):
        parser.error(
            f"{args.part} holds an unscored held-out part: score it once, at the end of a round, "
            "with --final (and never with --misses)"
        )
    gold = read_gold(PARTS[args.part])
    if args.second:
        return _second(gold, read_gold(PARTS[args.part], second=True))
    result = compare(gold, args.corpus, learned=args.learned)
    if args.write:
        print(f"written to {write_validity(result, gold, args.part, args.learned)}")
    print(f"{len(gold)} sentences of {len({g.file for g in gold})} articles ({args.part})")
    print("\n".join(frame_report(result.pairs)))
    print("\nsentence tone")
    print(majority_line(result.tone_gold))
    print(tone_line("TextBlob", result.tone_gold, result.textblob))
    print(tone_line("TextBlob + domain overlay", result.tone_gold, result.domain))
    found, total = len(result.actor_gold), result.actors_total
    print(f"\ntone toward actors ({found} of {total} coded actors found as mentions)")
    if result.actor_gold:
        print(majority_line(result.actor_gold))
        print(tone_line("clause polarity of the mentions", result.actor_gold, result.actor_pred))
    if args.misses and not PARTS[args.part] & UNSCORED:
        print("\n".join(result.misses))
    return 0


def _second(first: list[GoldSentence], second: list[GoldSentence]) -> int:
    import krippendorff

    by_key = {g.key: g for g in first}
    both = [(by_key[s.key], s) for s in second if s.key in by_key]
    pairs = [(a.article_id, a.frames, b.frames) for a, b in both]
    print(f"{len(both)} sentences coded twice: the second coder scored against the first")
    print("\n".join(frame_report(pairs)))
    frames = sorted({f for a, b in both for f in a.frames | b.frames})
    alphas = {
        f: krippendorff.alpha(
            reliability_data=[
                [int(f in a.frames) for a, _ in both],
                [int(f in b.frames) for _, b in both],
            ],
            level_of_measurement="nominal",
        )
        for f in frames
    }
    print("Krippendorff's alpha per frame (nominal, present/absent):")
    print("  " + "  ".join(f"{f} {a:.2f}" for f, a in alphas.items()))
    print(f"mean alpha over frames {np.nanmean(list(alphas.values())):.3f}")
    gold_tone, second_tone = [a.tone for a, _ in both], [b.tone for _, b in both]
    print(tone_line("\nsentence tone, coder vs coder", gold_tone, second_tone))
    codes = {t: i for i, t in enumerate(TONES)}
    tone_alpha = krippendorff.alpha(
        reliability_data=[[codes[t] for t in gold_tone], [codes[t] for t in second_tone]],
        level_of_measurement="ordinal",
    )
    print(f"sentence tone Krippendorff's alpha (ordinal) {tone_alpha:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
