"""A corpus larger than memory, queried in place: open, SQL, filter and keyword in context.

    python benchmarks/dataset.py [--articles 100000] [--source seeds] [--out DIR]

Builds a synthetic dataset by replicating the annotated tables of a real corpus (the seeds by
default: loaded once, from the cache when warm) until it holds ``--articles`` articles, written
in the layout of a streaming build (one part per table per 500 articles; article ids made
unique), then times ``open_corpus``, ``quotes_by_speaker`` and ``share_of_voice`` (SQL over the
Parquet parts), ``filter`` (one outlet, one month) and ``kwic``, and prints the process's peak
resident memory. No 100,000-article parse is needed.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import analysis
from analysis.analyses.sourcing import quotes_by_speaker, share_of_voice
from analysis.corpus import layout
from analysis.corpus.corpus import DERIVED, write_provenance

PER_PART = 500


def synthesize(corpus, out: Path, articles: int) -> None:
    """Copies of the corpus's tables, article ids suffixed, ``PER_PART`` articles per part."""
    copies_per_part = max(1, PER_PART // len(corpus.articles))
    parts = -(-articles // (copies_per_part * len(corpus.articles)))
    for index in range(parts):
        for name, frame in corpus.tables().items():
            if name in DERIVED or "article_id" not in frame.columns:
                continue
            copies = []
            for copy in range(copies_per_part):
                suffix = f"-{index * copies_per_part + copy:06d}"
                copies.append(frame.assign(article_id=frame["article_id"] + suffix))
            layout.write_part(out, name, index, pd.concat(copies))
    layout.write_part(out, "problems", parts, corpus.problems)
    write_provenance(out, {**corpus.provenance, "n_articles": parts * copies_per_part * 5})


def timed(label: str, call):
    start = time.perf_counter()
    result = call()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<28} {time.perf_counter() - start:8.2f} s   peak so far {peak:6.0f} MB")
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--source", default="seeds")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="dataset-"))
    if not (out / "provenance.json").exists():
        timed("synthesize", lambda: synthesize(analysis.load_corpus(args.source), out,
                                               args.articles))  # fmt: skip
    corpus = timed("open_corpus", lambda: analysis.open_corpus(out))
    print(json.dumps({name: corpus.row_count(name) for name in corpus.on_disk()}))
    timed("quotes_by_speaker (SQL)", lambda: quotes_by_speaker(corpus))
    timed("share_of_voice by outlet", lambda: share_of_voice(corpus, by="outlet"))
    outlet = corpus.sql("select outlet from articles where outlet is not null limit 1").iloc[0, 0]
    part = timed("filter(outlet, month)", lambda: corpus.filter(
        outlet=outlet, published=("2025-12-01", "2025-12-31")))  # fmt: skip
    print(f"  -> {part!r}")
    lines = timed("kwic('ceasefire')", lambda: corpus.kwic("ceasefire"))
    print(f"  -> {len(lines)} lines")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB (folder {out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
