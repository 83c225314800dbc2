"""Per-article annotation cache: one file per article, keyed by its content and the pipeline.

The key (see ``analysis.corpus.build.raw_key``) hashes the raw input (article id, source,
metadata, text) and the
pipeline fingerprint (model name and version, package version and code, knowledge files), so
editing a lexicon or upgrading the model never serves stale rows. Writes are atomic: a file
is written under a temporary name and renamed into place.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path


class ArticleCache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, key: str):
        try:
            with self._path(key).open("rb") as fh:
                value = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError):
            return None
        return value

    def put(self, key: str, value) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def write_atomically(path: Path, data: bytes) -> None:
    """Write bytes so that readers see the old file or the whole new one, never a part."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
