"""The workbench's knowledge files: where they live, how they are read and fingerprinted.

Knowledge (verb lists, lexicons, temporal rules, thresholds, the actor registry) is data, so a
researcher can read and extend it without touching code. It comes from two places:

* **generic knowledge** ships inside the package, in this folder, read with
  ``importlib.resources`` (reporting verbs, role nouns, anonymous sources, the Policy Frames
  Codebook cues, temporal rules, hedges and boosters, quote rules);
* **story knowledge** (the actor registry, site chrome, story frames, the tone overlay) lives in
  the project's ``data/`` folder, or wherever ``$ANALYSIS_DATA_DIR`` points.

A file of the same name in the data folder overrides the packaged one, file by file, never
the whole folder. ``knowledge_hash`` covers every file in effect, so editing one re-annotates.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).resolve().parents[1]
PROJECT_DIR = PACKAGE_DIR.parent
DATA_ENV = "ANALYSIS_DATA_DIR"
CACHE_ENV = "ANALYSIS_CACHE_DIR"
KNOWLEDGE_SUFFIXES = {".csv", ".yaml", ".yml", ".json", ".txt", ".tsv"}
WORDS_FILE = "words.yaml"
NOT_KNOWLEDGE = {"cache", "processed"}  # generated folders under data/


def data_dir() -> Path:
    """The folder of story knowledge (``data/`` of the project unless overridden)."""
    return Path(os.environ.get(DATA_ENV, PROJECT_DIR / "data"))


def cache_dir() -> Path:
    """Where per-article annotations are cached (``data/cache`` unless overridden)."""
    return Path(os.environ.get(CACHE_ENV, data_dir() / "cache"))


def packaged() -> Traversable:
    """The generic knowledge shipped with the package."""
    return resources.files(__name__)


def knowledge_path(name: str) -> Traversable:
    """The file in effect for ``name``: the data folder's copy, else the packaged one."""
    local = data_dir() / name
    if local.is_file():
        return local
    shipped = packaged() / name
    if shipped.is_file():
        return shipped
    raise FileNotFoundError(
        f"knowledge file {name} is in neither {data_dir()} nor the package: restore it from the "
        f"repository or set {DATA_ENV}"
    )


def has_knowledge(name: str) -> bool:
    """Is there a file ``name`` in the data folder or the package?"""
    return (data_dir() / name).is_file() or (packaged() / name).is_file()


@functools.cache
def read_yaml(name: str) -> dict:
    return yaml.safe_load(knowledge_path(name).read_text(encoding="utf-8")) or {}


@functools.cache
def read_csv_rows(name: str) -> tuple[dict, ...]:
    """Rows of a knowledge CSV as dicts; lines whose first cell starts with '#' are comments."""
    text = knowledge_path(name).read_text(encoding="utf-8")
    lines = (line for line in io.StringIO(text, newline="") if not line.lstrip().startswith("#"))
    return tuple(csv.DictReader(lines))


@functools.cache
def words(name: str) -> tuple[str, ...]:
    """A word list of ``words.yaml`` (negators, pronouns, possessive suffixes), in its order."""
    return tuple(str(word) for word in read_yaml(WORDS_FILE)[name])


def optional_csv_rows(name: str) -> tuple[dict, ...]:
    """Rows of a knowledge CSV that a project may leave out (no file: no rows)."""
    return read_csv_rows(name) if has_knowledge(name) else ()


def _is_knowledge(path, root: Path | None = None) -> bool:
    if not path.is_file() or Path(path.name).suffix not in KNOWLEDGE_SUFFIXES:
        return False
    return root is None or not NOT_KNOWLEDGE & set(Path(path).relative_to(root).parts)


def knowledge_files() -> list[Traversable]:
    """Every knowledge file in effect (the data folder's, then the package's that it does not
    override), sorted by name."""
    root = data_dir()
    local = [p for p in root.rglob("*") if _is_knowledge(p, root)] if root.is_dir() else []
    names = {p.name for p in local}
    shipped = [p for p in packaged().iterdir() if _is_knowledge(p) and p.name not in names]
    return sorted(local + shipped, key=lambda p: (p.name, str(p)))


def files_hash(paths) -> str:
    """A short content hash over files (their names and contents)."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: (p.name, str(p))):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def knowledge_hash() -> str:
    return files_hash(knowledge_files())


def source_hash() -> str:
    """Hash of the package's own code, so a code change invalidates cached annotations."""
    return files_hash(PACKAGE_DIR.rglob("*.py"))
