"""Throughput of load_corpus (cache off) against a bare nlp.pipe over the same texts.

    python benchmarks/throughput.py benchmarks/corpora/c1000 [--n-process 1 2] [--limit 300]

Both sides use the same spaCy model, the same cleaned texts, the same batch size and the same
number of processes, in the same run, alternating (bare, workbench, bare, workbench) to even out
machine noise, after one warm-up of each (so that loading the models is timed on neither side).
Reports words per second (word = non-space, non-punctuation token, counted the same way on both
sides) and the ratio. ``--learned`` adds the learned frame layer (``analysis.with_learned_frames``,
the optional ``embeddings`` dependencies) to the workbench side: what opting in costs.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from spacy.attrs import IS_PUNCT, IS_SPACE

import analysis
from analysis.nlp.model import load_model


def bare_pipe(nlp, texts, n_process, batch_size):
    start = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, n_process=n_process, batch_size=batch_size):
        # counted from token arrays, as load_corpus counts n_words (a Python loop over the
        # tokens would slow the bare side down)
        words += (
            int(len(doc) - doc.to_array([IS_PUNCT, IS_SPACE]).any(axis=1).sum()) if len(doc) else 0
        )
    return words, time.perf_counter() - start


def workbench(source, n_process, batch_size, learned=False):
    start = time.perf_counter()
    corpus = analysis.load_corpus(
        source, cache=False, n_process=n_process, batch_size=batch_size, progress=False
    )
    if learned:
        corpus = analysis.with_learned_frames(corpus)
    return int(corpus.articles["n_words"].sum()), time.perf_counter() - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=300, help="articles to use")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--learned", action="store_true", help="with the learned frame layer")
    args = parser.parse_args(argv)
    files = sorted(args.source.glob("*.txt"))[: args.limit]
    corpus = analysis.load_corpus(
        files, cache=False, progress=False
    )  # cleaned texts for the bare side
    texts = list(corpus.articles["text"])
    nlp = load_model()
    # Warm both sides (models loaded, lexicon matchers built, caches filled) so that neither
    # timing includes one-off set-up.
    bare_pipe(nlp, texts[:8], 1, args.batch_size)
    workbench(files[:8], 1, args.batch_size, args.learned)
    results = []
    for n_process in args.n_process:
        bare, bench = [], []
        for _ in range(args.rounds):
            bare.append(bare_pipe(nlp, texts, n_process, args.batch_size))
            bench.append(workbench(files, n_process, args.batch_size, args.learned))
        bare_wps = sum(w for w, _ in bare) / sum(s for _, s in bare)
        bench_wps = sum(w for w, _ in bench) / sum(s for _, s in bench)
        row = {
            "n_process": n_process,
            "articles": len(texts),
            "bare_words_per_s": round(bare_wps),
            "workbench_words_per_s": round(bench_wps),
            "ratio": round(bench_wps / bare_wps, 3),
            "learned_frames": args.learned,
        }
        results.append(row)
        print(json.dumps(row))
    return results


if __name__ == "__main__":
    main()
