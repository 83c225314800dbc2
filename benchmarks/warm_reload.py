"""Warm reload: load an annotated corpus again from the cache, and open a saved corpus.

    python benchmarks/warm_reload.py benchmarks/corpora/c1000 [--n-process 2]

The first (cold) load fills a private cache folder; then the medians of three loads of each kind
are reported, in seconds: a warm load (the whole corpus comes from its snapshot in the cache), a
load from the per-article cache alone (snapshot removed first, as after changing one file; it
writes the snapshot again), and open_corpus on a saved copy.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--n-process", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["ANALYSIS_CACHE_DIR"] = str(Path(scratch) / "cache")
        import analysis

        cold = timed(
            lambda: analysis.load_corpus(args.source, n_process=args.n_process, progress=False)
        )
        corpus = analysis.load_corpus(args.source)
        saved = corpus.save(Path(scratch) / "saved")
        warm = statistics.median(timed(lambda: analysis.load_corpus(args.source)) for _ in range(3))
        snapshots = Path(scratch) / "cache" / "corpora"

        def from_articles():
            shutil.rmtree(snapshots)
            return timed(lambda: analysis.load_corpus(args.source))

        rebuilt = statistics.median(from_articles() for _ in range(3))
        opened = statistics.median(timed(lambda: analysis.open_corpus(saved)) for _ in range(3))
    result = {
        "articles": len(corpus.articles),
        "cold_s": round(cold, 1),
        "warm_from_cache_s": round(warm, 2),
        "from_article_cache_s": round(rebuilt, 2),
        "open_saved_s": round(opened, 2),
    }
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
