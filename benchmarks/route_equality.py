"""Every notebook on a corpus in memory and on the same corpus saved on disk: the same charts.

    python benchmarks/route_equality.py SOURCE [--topic PACK]

Loads SOURCE (a folder of articles) and saves it as a Parquet dataset (``Corpus.save``), runs
every notebook on both (``analysis.run_reports``: in memory, then opened in place with
``open_corpus``), and compares each chart's Vega-Lite spec, data included, and each table the
notebooks print (their text output); prints what differs and exits 1 if anything does. The
first cell's output (the corpus's own description) differs by design and is not compared.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import nbformat

import analysis


def figures(folder: Path) -> dict[str, dict]:
    specs = {}
    for path in sorted((folder / "figures").glob("*.vl.json")):
        spec = json.loads(path.read_text())
        spec.pop("usermeta", None)  # provenance: names the corpus's path
        specs[path.name] = spec
    return specs


def printed_tables(folder: Path) -> dict[str, list[str]]:
    """Per notebook, the text of every code cell's output after the first (a DataFrame's repr),
    but the provenance the runner appends (it names the corpus's path and the time)."""
    tables = {}
    for path in sorted(folder.glob("*.ipynb")):
        cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        tables[path.name] = [
            output.get("data", {}).get("text/plain", "")
            for cell in cells[3:]  # parameters, injected parameters, setup
            for output in cell.get("outputs", [])
            if not output.get("data", {}).get("text/plain", "").startswith("Provenance")
        ]
    return tables


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path)
    parser.add_argument("--topic")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="routes-"))
    analysis.load_corpus(args.source, topic=args.topic).save(work / "saved")
    analysis.run_reports(args.source, work / "memory", topic=args.topic)
    analysis.run_reports(work / "saved", work / "disk")
    differ = []
    for kind, read in (("charts", figures), ("notebooks' tables", printed_tables)):
        memory, disk = read(work / "memory"), read(work / "disk")
        names = sorted(set(memory) | set(disk))
        different = [name for name in names if memory.get(name) != disk.get(name)]
        print(f"{kind}: {len(names)} compared, {len(different)} differ")
        differ += [f"{kind}: {name}" for name in different]
    for name in differ:
        print("differs:", name)
    print(f"{'DIFFERENT' if differ else 'the same'} (reports in {work})")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
