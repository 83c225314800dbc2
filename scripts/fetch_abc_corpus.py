"""Fetch the second real-news corpus: 350 ABC (Australian Broadcasting Corporation) news articles
of 2001-02, the Lee corpus, into ``corpora/abc-lee/`` (one plain-text file per article).

    python scripts/fetch_abc_corpus.py [--out corpora/abc-lee]

The articles are the document-similarity corpus of M. D. Lee, B. Pincombe and M. Welsh, "An
empirical evaluation of models of text document similarity" (CogSci 2005), as redistributed in
the test data of the gensim wheel on PyPI (``lee_background.cor``: 300 articles, ``lee.cor``: 50
more). The script downloads that one wheel with pip (a package registry, nothing else), checks
the two files against their SHA-256, and writes ``lee-background-NNN.txt`` and ``lee-NNN.txt``
(numbered from 1 in file order). The text is as published: one paragraph per article, no
headline, paragraph breaks lost. Use them for research and testing only, like the BBC corpus;
the gold in ``tests/gold/abc`` holds spans, never whole articles.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

WHEEL = "gensim==4.4.0"
PLATFORM = ("--platform", "manylinux_2_28_x86_64", "--python-version", "3.11")
FILES = {  # member of the wheel -> (file prefix, encoding, SHA-256)
    "gensim/test/test_data/lee_background.cor": (
        "lee-background",
        "ascii",
        "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb",
    ),
    "gensim/test/test_data/lee.cor": (
        "lee",
        "latin-1",
        "a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e",
    ),
}
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "corpora" / "abc-lee"


def download_wheel(folder: Path) -> Path:
    command = [sys.executable, "-m", "pip", "download", WHEEL, "--no-deps", "--quiet"]
    command += ["--only-binary=:all:", *PLATFORM, "--dest", str(folder)]
    subprocess.run(command, check=True)
    (wheel,) = folder.glob("gensim-*.whl")
    return wheel


def articles(wheel: Path) -> dict[str, str]:
    """File name -> article text, from the two corpus files of the wheel."""
    out = {}
    with zipfile.ZipFile(wheel) as archive:
        for member, (prefix, encoding, digest) in FILES.items():
            data = archive.read(member)
            if hashlib.sha256(data).hexdigest() != digest:
                raise SystemExit(f"{member} in {wheel.name} is not the expected file")
            lines = data.decode(encoding).splitlines()
            for number, line in enumerate(filter(str.strip, lines), start=1):
                out[f"{prefix}-{number:03d}.txt"] = line.strip() + "\n"
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        texts = articles(download_wheel(Path(tmp)))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=args.out.parent) as tmp:  # whole, or not at all
        for name, text in texts.items():
            (Path(tmp) / name).write_text(text, encoding="utf-8")
        shutil.rmtree(args.out, ignore_errors=True)
        Path(tmp).rename(args.out)
    print(f"{len(texts)} articles in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
