"""Compare two saved corpora table by table: the same rows, columns, values and dtypes.

    python scripts/compare_corpora.py OLD_DIR NEW_DIR

Both folders are written by ``corpus.save`` (or ``python -m analysis build SOURCE --out DIR``).
Provenance (package code hash, knowledge hash) is not compared: a refactoring changes it while
the tables must stay the same. Exits 1 and names each table that differs, with the first
difference pandas finds.
"""

from __future__ import annotations

import sys

import pandas as pd

from analysis import open_corpus


def differences(old_dir, new_dir) -> list[str]:
    """One line per table that differs between the two saved corpora."""
    old, new = open_corpus(old_dir).tables(), open_corpus(new_dir).tables()
    found = []
    for name in sorted(set(old) | set(new)):
        if name not in old or name not in new:
            found.append(f"{name}: only in {'new' if name in new else 'old'}")
            continue
        try:
            pd.testing.assert_frame_equal(old[name], new[name], check_exact=True)
        except AssertionError as err:
            found.append(f"{name}: {' '.join(str(err).split())[:400]}")
    return found


def main(argv=None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    found = differences(*args)
    for line in found:
        print(line)
    if not found:
        print(f"identical: every table of {args[0]} equals {args[1]}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
