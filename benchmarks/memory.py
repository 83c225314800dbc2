"""Peak memory of annotating a corpus (cache off).

    python benchmarks/memory.py benchmarks/corpora/c10000 [--n-process 1]
    python benchmarks/memory.py benchmarks/corpora/c10000 --n-process 2 --out DIR [--batch 500]

With ``--out``, the streaming build (``load_corpus(..., out=DIR)``, one Parquet part per batch)
instead of the in-memory load; the corpus is then counted from the folder (row counts only).

Reports the largest resident set of this process and of any worker process (getrusage), and the
peak of the whole process tree sampled four times a second as proportional set size (PSS: pages
shared by forked workers, such as the spaCy model, are counted once, split between the processes
sharing them). Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import threading
import time
from pathlib import Path


def tree_pss_kib(pid: int) -> int:
    """PSS of a process and all its descendants, in KiB (processes that end meanwhile count 0)."""
    try:
        rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        own = next(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
        children = [
            int(c)
            for task in Path(f"/proc/{pid}/task").iterdir()
            for c in (task / "children").read_text().split()
        ]
    except (OSError, StopIteration, ValueError):
        return 0
    return own + sum(tree_pss_kib(child) for child in children)


class PeakSampler(threading.Thread):
    def __init__(self, interval: float = 0.25):
        super().__init__(daemon=True)
        self.interval, self.peak_kib, self.done = interval, 0, threading.Event()

    def run(self):
        while not self.done.wait(self.interval):
            self.peak_kib = max(self.peak_kib, tree_pss_kib(os.getpid()))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--out", type=Path, help="stream the build into this folder")
    parser.add_argument("--batch", type=int, default=500, help="articles per part (with --out)")
    args = parser.parse_args(argv)
    import analysis

    sampler = PeakSampler()
    sampler.start()
    start = time.perf_counter()
    streamed = {"out": args.out, "batch": args.batch} if args.out else {}
    corpus = analysis.load_corpus(
        args.source, cache=False, n_process=args.n_process, progress=True, **streamed
    )
    seconds = time.perf_counter() - start
    sampler.done.set()
    sampler.join()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB on Linux
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    result = {
        "articles": corpus.row_count("articles") if args.out else len(corpus.articles),
        "sentences": corpus.row_count("sentences") if args.out else len(corpus.sentences),
        "seconds": round(seconds),
        "peak_rss_mib": round(own),
        "peak_worker_rss_mib": round(children),
        "peak_tree_pss_mib": round(sampler.peak_kib / 1024),
    }
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
