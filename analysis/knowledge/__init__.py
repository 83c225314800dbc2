"""The workbench's knowledge files: where they live, how they are read and fingerprinted.

Knowledge (verb lists, lexicons, temporal rules, thresholds, the actor registry) is data, so a
researcher can read and extend it without touching code. It comes in layers, the first that has
a file wins, file by file (a layer never hides a whole folder):

1. ``$ANALYSIS_DATA_DIR``, when set: a folder of files that override everything below;
2. the **topic pack** in use (``analysis.knowledge.topics``): the story's own knowledge
   (``topic.yaml`` with its sides, ``actors.csv``, story frames, tone overlay, ...), then the
   packs it extends;
3. the **generic knowledge** shipped in this folder, read with ``importlib.resources``
   (reporting verbs, role nouns, anonymous sources, the Policy Frames Codebook cues, temporal
   rules, hedges and boosters, quote rules, site chrome).

Every reader of knowledge caches what it read with ``knowledge_cache``; choosing another pack
(``use_layers``) empties those caches. ``knowledge_hash`` covers every file in effect, so a
change to any of them re-annotates.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).resolve().parents[1]
PROJECT_DIR = PACKAGE_DIR.parent
DATA_ENV = "ANALYSIS_DATA_DIR"
CACHE_ENV = "ANALYSIS_CACHE_DIR"
APP_NAME = "analysis-workbench"  # the user cache folder's name
WORDS_FILE = "words.yaml"
# Files a topic pack may hold besides the generic ones it overrides.
PACK_FILES = frozenset(
    {"topic.yaml", "actors.csv", "story_frames.csv", "frame_negations.csv", "tone_overlay.csv"}
)

_layers: tuple = ()  # the pack folders in use, most specific first
_signature: tuple = ()  # what the cached knowledge was read from (folders, file times)
_caches: list = []


def knowledge_cache(function: Callable | None = None, *, maxsize: int | None = None):
    """``functools.cache`` for a reader of knowledge: emptied when another pack is chosen;
    ``@knowledge_cache(maxsize=N)`` keeps only the N most recently used results."""
    if function is None:
        return functools.partial(knowledge_cache, maxsize=maxsize)
    cached = functools.lru_cache(maxsize=maxsize)(function)
    _caches.append(cached)
    return cached


def use_layers(folders: Sequence) -> None:
    """Make ``folders`` (most specific first) the pack layers in effect over the generic
    knowledge; an empty sequence: generic knowledge only. The knowledge caches are emptied when
    the layers, or a file in them, changed since they were filled."""
    global _layers, _signature
    _layers = tuple(folders)
    signature = _files_signature(layers())
    if signature != _signature:
        _signature = signature
        for cached in _caches:
            cached.cache_clear()


def _files_signature(folders) -> tuple:
    """The folders and the name, size and modification time of each of their files."""
    found = []
    for folder in folders:
        entries = ()
        if isinstance(folder, Path) and folder.is_dir():
            entries = tuple(
                sorted(
                    (p.name, p.stat().st_size, p.stat().st_mtime_ns)
                    for p in folder.iterdir()
                    if p.is_file()
                )
            )
        found.append((str(folder), entries))
    return tuple(found)


@contextmanager
def using_layers(folders: Sequence):
    """Put ``folders`` in effect for a block, then the layers in effect before."""
    previous = _layers
    use_layers(folders)
    try:
        yield
    finally:
        use_layers(previous)


def data_dir() -> Path | None:
    """The override folder (``$ANALYSIS_DATA_DIR``), or None when it is not set."""
    folder = os.environ.get(DATA_ENV)
    return Path(folder) if folder else None


def cache_dir() -> Path:
    """Where annotations are cached: ``$ANALYSIS_CACHE_DIR``, else the user's cache folder."""
    folder = os.environ.get(CACHE_ENV)
    if folder:
        return Path(folder)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME))


def packaged() -> Traversable:
    """The generic knowledge shipped with the package."""
    return resources.files(__name__)


def layers() -> list:
    """Every folder whose files are in effect, first wins: override, packs, generic."""
    override = data_dir()
    return ([override] if override is not None else []) + list(_layers) + [packaged()]


def knowledge_path(name: str) -> Traversable:
    """The file in effect for ``name``."""
    for folder in layers():
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(
        f"knowledge file {name} is in no layer in effect ({', '.join(map(str, layers()))}): "
        f"restore it from the repository, add it to the topic pack or set {DATA_ENV}"
    )


def has_knowledge(name: str) -> bool:
    """Is there a file ``name`` in a layer in effect?"""
    return any((folder / name).is_file() for folder in layers())


@knowledge_cache
def read_yaml(name: str) -> dict:
    return yaml.safe_load(knowledge_path(name).read_text(encoding="utf-8")) or {}


@knowledge_cache
def read_csv_rows(name: str) -> tuple[dict, ...]:
    """Rows of a knowledge CSV as dicts; lines whose first cell starts with '#' are comments."""
    text = knowledge_path(name).read_text(encoding="utf-8")
    lines = (line for line in io.StringIO(text, newline="") if not line.lstrip().startswith("#"))
    return tuple(csv.DictReader(lines))


@knowledge_cache
def words(name: str) -> tuple[str, ...]:
    """A word list of ``words.yaml`` (negators, pronouns, possessive suffixes), in its order."""
    return tuple(str(word) for word in read_yaml(WORDS_FILE)[name])


def optional_csv_rows(name: str) -> tuple[dict, ...]:
    """Rows of a knowledge CSV that a pack may leave out (no file: no rows)."""
    return read_csv_rows(name) if has_knowledge(name) else ()


def knowledge_names() -> frozenset[str]:
    """The names a knowledge file can have: the generic files' and the pack files'."""
    return PACK_FILES | {p.name for p in packaged().iterdir() if p.is_file() and _data_name(p)}


def _data_name(path) -> bool:
    return Path(path.name).suffix in (".csv", ".yaml", ".gz")


def knowledge_files() -> list:
    """Every knowledge file in effect (one per name: the first layer's), sorted by name."""
    names = knowledge_names()
    chosen: dict[str, object] = {}
    for folder in layers():
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name in names and path.is_file():
                chosen.setdefault(path.name, path)
    return [chosen[name] for name in sorted(chosen)]


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
