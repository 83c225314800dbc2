"""Check the quote extractor on your own corpus: export a sample for hand coding, read the coded
file back, report precision, recall and speaker accuracy.

    python -m analysis.validate.quotes export path/to/articles sample.csv [--n 50] [--seed 1]
    (open sample.csv in a spreadsheet and fill the coded_* columns)
    python -m analysis.validate.quotes score sample.csv

The sample is of sentences (so quotes the extractor missed can be counted): one row per
predicted quote of a sampled sentence, or one empty row for a sentence without any. Coders fill
``coded_is_quote`` (yes/no: is this a quote or reported speech?), ``coded_speaker`` (the right
speaker when the predicted one is wrong; leave empty when right) and, on the sentence's first
row, ``coded_missed`` (how many quotes of the sentence the extractor did not find).
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from ..corpus.load import load_corpus
from .scoring import Score

CODING_COLUMNS = ["coded_is_quote", "coded_speaker", "coded_missed"]


def export_sample(corpus, path, *, n: int = 50, seed: int = 1) -> pd.DataFrame:
    sentences = corpus.sentences[["article_id", "sentence_id", "text"]].rename(
        columns={"text": "sentence"}
    )
    sample = sentences.sample(min(n, len(sentences)), random_state=seed).sort_values(
        ["article_id", "sentence_id"]
    )
    quotes = corpus.quotes[
        ["article_id", "sentence_id", "kind", "text", "speaker", "speaker_type", "cue"]
    ]
    rows = sample.merge(
        quotes.rename(columns={"text": "quote"}), on=["article_id", "sentence_id"], how="left"
    )
    for column in CODING_COLUMNS:
        rows[column] = ""
    rows.to_csv(path, index=False)
    return rows


def score_coded(path) -> dict:
    coded = pd.read_csv(path, dtype=str, keep_default_na=False)
    predicted = coded[coded["quote"].str.strip() != ""]
    is_quote = predicted["coded_is_quote"].str.strip().str.lower().isin(["yes", "y", "1", "true"])
    missed = pd.to_numeric(coded["coded_missed"], errors="coerce").fillna(0).sum()
    right = is_quote & (predicted["coded_speaker"].str.strip() == "")
    found = int(is_quote.sum())
    score = Score.of_counts(tp=found, fp=len(predicted) - found, fn=int(missed))
    return {
        "sentences": int(coded[["article_id", "sentence_id"]].drop_duplicates().shape[0]),
        "predicted": int(len(predicted)),
        "correct": found,
        "missed": int(missed),
        "precision": score.precision,
        "recall": score.recall,
        "speaker_accuracy": int(right.sum()) / found if found else float("nan"),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m analysis.validate.quotes", description=__doc__.splitlines()[0]
    )
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser(
        "export", help="write a sample of sentences and their quotes for coding"
    )
    export.add_argument("source")
    export.add_argument("out")
    export.add_argument("--n", type=int, default=50)
    export.add_argument("--seed", type=int, default=1)
    score = commands.add_parser(
        "score", help="precision, recall and speaker accuracy of a coded sample"
    )
    score.add_argument("coded")
    args = parser.parse_args(argv)
    if args.command == "export":
        rows = export_sample(load_corpus(args.source), args.out, n=args.n, seed=args.seed)
        print(f"wrote {len(rows)} rows to {args.out}: fill {', '.join(CODING_COLUMNS)}")
    else:
        for key, value in score_coded(args.coded).items():
            print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
