"""The validation loop from the shell.

python -m analysis.validate sample CORPUS TABLE OUT [--n 100] [--seed 1] [--topic PACK]
    writes OUT.csv and OUT.xlsx (a coding sheet of TABLE: quotes, frames, events, entities,
    speaker_gender or tone, with its codebook)
python -m analysis.validate score SHEET [--coder coder1]
    prints precision, recall and F1 with 95% intervals, per stratum, Krippendorff's alpha
    and the verdict line
"""

from __future__ import annotations

import argparse
import sys

from .loop import TABLES, sample, score, write_sheet


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m analysis.validate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("sample", help="write a coding sheet")
    draw.add_argument("corpus")
    draw.add_argument("table", choices=TABLES)
    draw.add_argument("out")
    draw.add_argument("--n", type=int, default=100)
    draw.add_argument("--seed", type=int, default=1)
    draw.add_argument("--topic", default=None)
    scored = commands.add_parser("score", help="score a coded sheet (.csv or .xlsx)")
    scored.add_argument("sheet")
    scored.add_argument("--coder", default="coder1")
    args = parser.parse_args(argv)
    if args.command == "sample":
        from ..corpus.load import load_corpus

        corpus = load_corpus(args.corpus, topic=args.topic)
        paths = write_sheet(sample(corpus, args.table, n=args.n, seed=args.seed), args.out)
        print("\n".join(str(p) for p in paths))
        return 0
    report = score(args.sheet, coder=args.coder)
    print(report.summary())
    print(report.per_stratum.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
