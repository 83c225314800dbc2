"""Peak memory of annotating a corpus (cache off): the largest resident set of the process and
of its worker processes, and their sum as an upper bound for the whole run.

    python benchmarks/memory.py benchmarks/corpora/c10000 [--n-process 1]
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args(argv)
    import analysis
    start = time.perf_counter()
    corpus = analysis.load_corpus(args.source, cache=False, n_process=args.n_process, progress=True)
    seconds = time.perf_counter() - start
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {"articles": len(corpus.articles), "sentences": len(corpus.sentences),
              "seconds": round(seconds), "peak_rss_mib": round(own), "peak_worker_rss_mib": round(children),
              # every process at its own peak at once: an upper bound for the whole run
              "peak_total_bound_mib": round(own + (args.n_process if args.n_process > 1 else 0) * children)}
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
