"""Rebuild ``analysis/knowledge/first_names.csv.gz`` from the nomquamgender package's name data.

    pip install nomquamgender && python scripts/make_first_names.py

nomquamgender (Van Buskirk, Clauset and Larremore, MIT licence; its notice is in
``analysis/knowledge/first_names.LICENSE``) gathers name-gender data from 36 sources. The
workbench ships the part it uses (names of letters only, at least MIN_COUNTS observations), not
the package: the package needs 350 MB of memory and a GPL dependency (unidecode) to load.
Columns: name (lower case, no accents), p_female (nomquamgender's p(gf)), counts.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from pathlib import Path

MIN_COUNTS = 10
TARGET = Path(__file__).resolve().parents[1] / "analysis" / "knowledge" / "first_names.csv.gz"


def main() -> None:
    import nomquamgender

    rows = sorted(
        (name, round(p_female, 3), counts)
        for name, (_sources, counts, p_female) in nomquamgender.dump().items()
        if re.fullmatch(r"[a-z][a-z'-]*", name) and counts >= MIN_COUNTS
    )
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(["name", "p_female", "counts"])
    writer.writerows(rows)
    with gzip.GzipFile(TARGET, "wb", mtime=0) as fh:  # byte-identical on every rebuild
        fh.write(text.getvalue().encode("utf-8"))
    print(f"{len(rows)} names -> {TARGET}")


if __name__ == "__main__":
    main()
