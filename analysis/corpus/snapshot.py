"""Whole-corpus snapshots: a loaded corpus saved as Parquet in the cache, keyed by its inputs.

The per-article cache (``cache.ArticleCache``) spares the parsing, but a warm load would still
unpickle one file per article and rebuild every table. A snapshot is the finished corpus,
written with ``Corpus.save`` under ``<cache>/corpora/<key>/``; the key hashes every article's
cache key (itself a hash of the raw input and the pipeline fingerprint) and the notes about
unreadable inputs, so any change to a file, its metadata, the model, the code or the knowledge
files makes a new key. A snapshot folder is written under a temporary name and renamed into
place, so readers see a whole snapshot or none. Only the most recently used few are kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from .corpus import Corpus, open_corpus

KEEP = 4  # snapshots kept; the per-article cache still serves the others
FOLDER = "corpora"


def snapshot_key(article_keys: list[str], notes: list[dict]) -> str:
    """One key for a corpus: its articles' cache keys in order and the notes on skipped input."""
    digest = hashlib.sha256()
    for key in article_keys:
        digest.update(key.encode() + b"\n")
    digest.update(json.dumps(notes, sort_keys=True, default=str).encode())
    return digest.hexdigest()[:32]


class CorpusSnapshots:
    def __init__(self, cache_folder: Path, keep: int = KEEP):
        self.folder = Path(cache_folder) / FOLDER
        self.keep = keep

    def get(self, key: str) -> Corpus | None:
        """The saved corpus, or None when there is none (or it cannot be read: then it is
        ignored)."""
        path = self.folder / key
        if not path.is_dir():
            return None
        try:
            corpus = open_corpus(path).in_memory()
            os.utime(path)  # most recently used: pruned last
        except Exception:  # a snapshot removed or damaged under us: rebuild from the article cache
            return None
        return corpus

    def put(self, key: str, corpus: Corpus) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        final = self.folder / key
        if final.exists():
            return
        scratch = Path(tempfile.mkdtemp(dir=self.folder, prefix=f".{key}.", suffix=".tmp"))
        try:
            corpus.save(scratch)
            os.rename(scratch, final)
        except OSError:
            if not final.is_dir():
                raise
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
        self.prune()

    def prune(self) -> None:
        """Remove all but the ``keep`` most recently used snapshots, and scratch folders that a
        process killed while writing left behind for more than an hour."""
        folders = [p for p in self.folder.iterdir() if p.is_dir()]
        saved = sorted((p for p in folders if not p.name.startswith(".")), key=_mtime, reverse=True)
        abandoned = [
            p for p in folders if p.name.startswith(".") and time.time() - _mtime(p) > 3600
        ]
        for path in saved[self.keep :] + abandoned:
            shutil.rmtree(path, ignore_errors=True)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed meanwhile by another process pruning
        return 0.0
