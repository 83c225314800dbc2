"""Command line: ``python -m analysis build|info|report|topic``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .analyses.drafting import draft_actors
from .corpus.corpus import open_corpus
from .corpus.load import load_corpus
from .errors import CorpusError, ModelNotFound
from .knowledge.topics import builtin_packs, copy_pack, write_skeleton
from .report.runner import ReportError, run_reports


def key_values(pairs: list[str] | None) -> dict:
    """``["outlet=BBC News"]`` -> ``{"outlet": "BBC News"}``."""
    found = {}
    for pair in pairs or ():
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise CorpusError(f"--default {pair!r}: expected FIELD=VALUE, e.g. outlet=BBC News")
        found[key.strip()] = value.strip()
    return found


def build(args) -> int:
    engine = {"engine": "dask", "scheduler": args.dask_scheduler} if args.dask_scheduler else {}
    corpus = load_corpus(
        args.source,
        metadata=args.metadata,
        cache=not args.no_cache,
        n_process=args.n_process,
        progress=args.progress,
        model=args.model,
        topic=args.topic,
        defaults=key_values(args.default),
        out=args.out,
        batch=args.batch,
        **engine,
    )
    print(f"{corpus!r}\nsaved to {args.out}")
    for row in corpus.problems.itertuples():
        print(f"{row.action}: {row.source}: {row.problem}", file=sys.stderr)
    return 0


def info(args) -> int:
    corpus = open_corpus(args.folder)
    print(repr(corpus))
    for key, value in sorted(corpus.provenance.items()):
        print(f"  {key}: {value}")
    articles = corpus.articles
    print(
        articles[["article_id", "outlet", "published", "n_sentences", "title"]].to_string(
            index=False
        )
    )
    return 0


def report(args) -> int:
    try:
        source, out = Path(args.source).resolve(), Path(args.out).resolve()
        written, status = run_reports(source, out, topic=args.topic), 0
    except ReportError as err:
        written, status = err.written, 1
        print(f"error: {err}", file=sys.stderr)
    for path in written:
        print(path)
    return status


def topic(args) -> int:
    if args.action == "list":
        print("\n".join(builtin_packs()))
    elif args.action == "copy":
        print(f"copied {args.name} to {copy_pack(args.name, args.folder)}")
    else:
        corpus = load_corpus(args.source, topic=False, progress=args.progress)  # generic only
        actors = draft_actors(corpus, top=args.top)
        out = Path(args.out)
        write_skeleton(out, name=out.name)
        actors.to_csv(out / "actors.csv", index=False)
        print(f"wrote {out / 'topic.yaml'} and {out / 'actors.csv'} ({len(actors)} actors): "
              "fill in the sides, then load the corpus with topic=" + repr(str(out)))  # fmt: skip
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    commands = main.add_subparsers(dest="command", required=True)
    b = commands.add_parser(
        "build", help="annotate a corpus into a folder of Parquet parts, batch by batch (resumable)"
    )
    b.add_argument("source", help="folder of .txt/.md, or a .txt/.md/.jsonl/.csv file")
    b.add_argument("--out", required=True, help="folder to write the tables into")
    b.add_argument("--batch", type=int, default=500,
                   help="articles per part (default 500); memory grows with it")  # fmt: skip
    b.add_argument("--metadata", help="CSV of metadata keyed by file or article_id")
    b.add_argument("--topic", help="topic pack: a built-in name or a folder with topic.yaml")
    b.add_argument(
        "--default",
        action="append",
        metavar="FIELD=VALUE",
        help="metadata for articles that lack it, e.g. --default 'outlet=BBC News'",
    )
    b.add_argument("--model", help="spaCy pipeline to use (default: en_core_web_sm if installed)")
    b.add_argument("--n-process", type=int, default=1, help="spaCy worker processes")
    b.add_argument("--no-cache", action="store_true", help="ignore and do not write the cache")
    b.add_argument(
        "--dask-scheduler",
        metavar="ADDRESS",
        help="annotate on this Dask cluster (e.g. tcp://10.0.0.5:8786) instead of locally",
    )
    b.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: on long runs)",
    )
    b.set_defaults(run=build)
    i = commands.add_parser("info", help="describe a saved corpus")
    i.add_argument("folder")
    i.set_defaults(run=info)
    r = commands.add_parser("report", help="run every notebook headless into HTML reports")
    r.add_argument("source", nargs="?", default="seeds", help="the corpus (default: seeds)")
    r.add_argument("--out", default="reports", help="folder for the reports (default: reports)")
    r.add_argument("--topic", help="topic pack: a built-in name or a folder with topic.yaml")
    r.set_defaults(run=report)
    t = commands.add_parser("topic", help="the built-in topic packs: list them, copy one to edit")
    actions = t.add_subparsers(dest="action", required=True)
    actions.add_parser("list", help="the names of the built-in packs")
    c = actions.add_parser("copy", help="an editable copy of a built-in pack")
    c.add_argument("name", help="a built-in pack (python -m analysis topic list)")
    c.add_argument("folder", help="a new folder for the copy")
    d = actions.add_parser("draft", help="draft a pack from a corpus: its most mentioned actors")
    d.add_argument("source", help="the corpus (a folder or a file)")
    d.add_argument("--out", required=True, help="the new pack's folder")
    d.add_argument("--top", type=int, default=150, help="actors to keep (default: 150)")
    d.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None)
    t.set_defaults(run=topic)
    return main


def main(argv=None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (CorpusError, ModelNotFound, FileNotFoundError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
