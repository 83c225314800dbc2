"""Accuracy measurement against hand-annotated gold data: one module per extractor.

Each module runs as a command, e.g. ``python -m analysis.evaluate.quotes``, and prints precision,
recall and the figures the README reports.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

from ..knowledge import PROJECT_DIR

GOLD_DIR = PROJECT_DIR / "tests" / "gold"  # the gold sets of the repository
# The topic pack whose registry the gold sets' speaker names and sides follow.
GOLD_TOPIC = "ukraine-peace-2025"


def gold_parser(parse=None):
    """``parse(text, **options)`` with the gold sets' topic pack in effect."""
    from ..extract import parse_article

    return parse or functools.partial(parse_article, topic=GOLD_TOPIC)


def command_parser(command: str, doc: str) -> argparse.ArgumentParser:
    """The argument parser of ``python -m <command>``; --help prints the module's docstring."""
    return argparse.ArgumentParser(
        prog=f"python -m {command}",
        description=doc,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def gold_arguments(command: str, doc: str, argv, *, several: bool = False) -> list[Path]:
    """The gold files named on the command line (empty: the module's own gold set); --help
    prints the module's docstring."""
    parser = command_parser(command, doc)
    parser.add_argument(
        "gold",
        type=Path,
        nargs="*" if several else "?",
        help="hand-annotated gold file(s); default: the set under tests/gold/",
    )
    gold = parser.parse_args(argv).gold
    paths = list(gold) if several else [gold] if gold else []
    for path in paths:
        if not path.is_file():
            parser.error(f"gold file {path} does not exist")
    return paths
