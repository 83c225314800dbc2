"""Where the workbench's knowledge files live, and how they are read and fingerprinted.

Knowledge (actor registry, chrome patterns, lexicons, verb lists) is data under ``data/`` so a
researcher can read and extend it without touching code. ``ANALYSIS_DATA_DIR`` points the
workbench at another copy of that folder.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import os
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_ENV = "ANALYSIS_DATA_DIR"
CACHE_ENV = "ANALYSIS_CACHE_DIR"
KNOWLEDGE_SUFFIXES = {".csv", ".yaml", ".yml", ".json", ".txt", ".tsv"}
NOT_KNOWLEDGE = {"cache", "processed"}  # generated folders under data/


def data_dir() -> Path:
    """The folder holding the knowledge files (``data/`` of the project unless overridden)."""
    return Path(os.environ.get(DATA_ENV, PROJECT_DIR / "data"))


def cache_dir() -> Path:
    """Where per-article annotations are cached (``data/cache`` unless overridden)."""
    return Path(os.environ.get(CACHE_ENV, data_dir() / "cache"))


def data_path(name: str) -> Path:
    path = data_dir() / name
    if not path.exists():
        raise FileNotFoundError(
            f"knowledge file {path} is missing: restore it from the repository or set {DATA_ENV}"
        )
    return path


@functools.cache
def read_yaml(name: str) -> dict:
    with data_path(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


@functools.cache
def read_csv_rows(name: str) -> tuple[dict, ...]:
    """Rows of a knowledge CSV as dicts; lines whose first cell starts with '#' are comments."""
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.lstrip().startswith("#"))
        return tuple(csv.DictReader(lines))


def knowledge_files() -> list[Path]:
    """Every knowledge file under the data folder (generated folders excluded), sorted."""
    root = data_dir()
    return sorted(
        p for p in root.rglob("*")
        if p.is_file() and p.suffix in KNOWLEDGE_SUFFIXES
        and not NOT_KNOWLEDGE & set(p.relative_to(root).parts)
    )


def files_hash(paths) -> str:
    """A short content hash over files (names relative to the project and contents)."""
    digest = hashlib.sha256()
    for path in sorted(Path(p) for p in paths):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def knowledge_hash() -> str:
    return files_hash(knowledge_files())


def source_hash() -> str:
    """Hash of the package's own code, so a code change invalidates cached annotations."""
    return files_hash(PACKAGE_DIR.rglob("*.py"))
