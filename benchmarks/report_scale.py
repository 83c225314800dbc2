"""Time and peak memory of ``make report`` on a corpus, notebook by notebook.

    python benchmarks/report_scale.py DATASET [--out DIR] [--notebooks 01_corpus_overview ...]

Runs each notebook as ``make report`` does (``analysis.run_reports``: papermill, then HTML) on
the corpus (a folder of articles, or a saved corpus such as the 100,000-article dataset of
``benchmarks/dataset.py``), and prints, per notebook and in all, the wall-clock time and the
peak proportional set size (PSS) of this process and its kernel, sampled four times a second
(``benchmarks/memory.py``). Linux only (reads /proc).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from memory import PeakSampler

import analysis
from analysis.report.runner import discover


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--notebooks", nargs="*")
    args = parser.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="reports-"))
    rows, start = [], time.perf_counter()
    for notebook in discover(args.notebooks):
        sampler = PeakSampler()
        sampler.start()
        began = time.perf_counter()
        analysis.run_reports(args.corpus, out, [notebook])
        sampler.done.set()
        sampler.join()
        rows.append({"notebook": notebook.stem, "seconds": round(time.perf_counter() - began),
                     "peak_tree_pss_mib": round(sampler.peak_kib / 1024)})  # fmt: skip
        print(json.dumps(rows[-1]), flush=True)
    total = {"notebooks": len(rows), "seconds": round(time.perf_counter() - start),
             "peak_tree_pss_mib": max(row["peak_tree_pss_mib"] for row in rows)}  # fmt: skip
    print(json.dumps(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
