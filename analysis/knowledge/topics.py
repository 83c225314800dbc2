"""Topic packs: what belongs to one story, kept apart from the generic knowledge.

A topic pack is a folder with a ``topic.yaml`` and the story's own files, each of which
overrides the generic file of the same name (file by file):

    topic.yaml         name, description, the sides (label and colour, in legend order), the
                       generic lexicons that apply, the home countries (``home``: a mention of
                       another country is foreign), and optionally ``extends:`` another pack
    actors.csv         the actor registry: canonical names, aliases, type, label, side, role
    story_frames.csv   the story's own frames (optional)
    frame_negations.csv, tone_overlay.csv, event_triggers.csv, chrome.yaml   (optional)

Built-in packs ship in ``analysis/knowledge/packs/``; ``python -m analysis topic copy NAME DIR``
makes an editable copy. A corpus folder holding a ``topic.yaml`` uses it without being asked.
Without a pack the workbench runs on generic knowledge alone: no registry, no sides.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import CorpusError
from . import packaged, use_layers

PACKS_DIR = "packs"
TOPIC_FILE = "topic.yaml"
# Okabe and Ito's palette, safe for colour-blind readers: sides without a colour of their own.
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
             "#000000")  # fmt: skip
GENERIC_LEXICONS = ("frames", "tone_cues", "news_tone")


@dataclass(frozen=True)
class Side:
    label: str
    colour: str


@dataclass(frozen=True)
class Topic:
    """A topic pack as loaded: its sides and the folders whose files it puts in effect."""

    name: str
    description: str
    sides: tuple[Side, ...]
    lexicons: tuple[str, ...]  # the generic lexicons that apply
    folders: tuple  # the pack's folder, then the folders of the packs it extends
    home: tuple[str, ...] = ()  # the story's home countries: any other country is foreign

    def record(self) -> dict:
        """What a corpus's provenance keeps of its topic pack."""
        return {
            "name": self.name,
            "sides": [{"label": s.label, "colour": s.colour} for s in self.sides],
            "folders": [str(folder) for folder in self.folders],
        }


_topic: Topic | None = None


def builtin_packs() -> list[str]:
    """The names of the packs that ship with the package."""
    folder = packaged() / PACKS_DIR
    return sorted(p.name for p in folder.iterdir() if (p / TOPIC_FILE).is_file())


def pack_folder(spec, *, relative_to: Path | None = None):
    """The folder of a pack given by name (built-in) or path (a folder or its topic.yaml)."""
    if isinstance(spec, str) and spec in builtin_packs():
        return packaged() / PACKS_DIR / spec
    path = Path(spec)
    if relative_to is not None and not path.is_absolute():
        path = relative_to / path
    if path.is_file() and path.name == TOPIC_FILE:
        path = path.parent
    if not (path / TOPIC_FILE).is_file():
        raise CorpusError(
            f"topic pack {spec!r}: no {TOPIC_FILE} in {path}; give a folder holding one, or one of "
            f"the built-in packs: {', '.join(builtin_packs())}"
        )
    return path


def load_topic(spec) -> Topic:
    """A topic pack and the packs it extends."""
    folders, specs = [], []
    folder = pack_folder(spec)
    while True:
        folders.append(folder)
        specs.append(_read_spec(folder))
        parent = specs[-1].get("extends")
        if not parent:
            break
        local = Path(str(folder)) if isinstance(folder, Path) else None
        folder = pack_folder(parent, relative_to=local)
        if any(str(folder) == str(seen) for seen in folders):
            raise CorpusError(f"topic pack {spec!r} extends itself through {parent!r}")
    first = next((s for s in specs if "name" in s), {})
    with_sides = next((s for s in specs if "sides" in s), {})
    with_lexicons = next((s for s in specs if "lexicons" in s), {"lexicons": GENERIC_LEXICONS})
    return Topic(
        name=str(first.get("name") or Path(str(folders[0])).name),
        description=str(first.get("description") or ""),
        sides=parse_sides(with_sides.get("sides") or [], source=folders[0]),
        lexicons=tuple(with_lexicons["lexicons"]),
        folders=tuple(folders),
        home=tuple(str(c) for c in next((s["home"] for s in specs if s.get("home")), ())),
    )


def _read_spec(folder) -> dict:
    path = folder / TOPIC_FILE
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise CorpusError(f"{path} is not valid YAML: {err}") from err
    if not isinstance(spec, dict):
        raise CorpusError(f"{path}: expected keys such as name, sides, extends; found {spec!r}")
    return spec


def parse_sides(entries, *, source) -> tuple[Side, ...]:
    """Sides from topic.yaml: labels (strings) or {label, colour}; missing colours come from
    the Okabe-Ito palette, in order."""
    sides = []
    for position, entry in enumerate(entries):
        entry = {"label": entry} if isinstance(entry, str) else dict(entry)
        if not entry.get("label"):
            raise CorpusError(f"{source}/{TOPIC_FILE}: side {position + 1} has no label")
        colour = entry.get("colour") or entry.get("color") or OKABE_ITO[position % len(OKABE_ITO)]
        sides.append(Side(str(entry["label"]), str(colour)))
    labels = [s.label for s in sides]
    if len(set(labels)) != len(labels):
        raise CorpusError(f"{source}/{TOPIC_FILE}: a side is listed twice in {labels}")
    return tuple(sides)


def find_topic(topic=None, source=None) -> Topic | None:
    """The pack a load uses: ``topic`` (a built-in name or a path), else a topic.yaml in the
    corpus folder, else none; ``topic=False``: none, whatever the folder holds."""
    if topic is False:  # no pack, even where the corpus folder has a topic.yaml
        return None
    if topic is not None:
        return load_topic(topic)
    if isinstance(source, (str, Path)) and Path(source).is_dir():
        if (Path(source) / TOPIC_FILE).is_file():
            return load_topic(Path(source))
    return None


def use_topic(topic: Topic | None) -> None:
    """Put a pack's files in effect (None: generic knowledge only)."""
    global _topic
    _topic = topic
    use_layers(topic.folders if topic is not None else ())


def active_sides() -> tuple[Side, ...]:
    return _topic.sides if _topic is not None else ()


def home_countries() -> tuple[str, ...]:
    """The pack's home countries (topic.yaml ``home``); none without a pack."""
    return _topic.home if _topic is not None else ()


def generic_lexicon_applies(name: str) -> bool:
    """Does the generic lexicon ``name`` (frames, tone_cues, news_tone) apply? Always
    without a pack; with one, when its topic.yaml lists it under ``lexicons``."""
    return _topic is None or name in _topic.lexicons


def write_skeleton(folder, *, name: str, description: str = "") -> Path:
    """A topic.yaml to fill in: the pack's name, an empty list of sides, the generic lexicons."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / TOPIC_FILE
    path.write_text(
        "# Drafted by `python -m analysis topic draft`: fill in the sides, then give each actor\n"
        f"# of actors.csv its side (or none), and rerun with topic={str(folder)!r}.\n"
        f"name: {name}\n"
        f"description: {description or 'what the story is about'}\n"
        "# Sides in legend order: a label each, and a colour if you want one (else Okabe-Ito).\n"
        "sides: []\n"
        "#  - {label: Government, colour: '#D55E00'}\n"
        "#  - {label: Opposition}\n"
        f"lexicons: [{', '.join(GENERIC_LEXICONS)}]\n",
        encoding="utf-8",
    )
    return path


def copy_pack(name: str, destination) -> Path:
    """An editable copy of a pack's own files (not those of the packs it extends)."""
    source = pack_folder(name)
    destination = Path(destination)
    if destination.exists() and any(destination.iterdir()):
        raise CorpusError(f"{destination} is not empty: copy the pack into a new folder")
    destination.mkdir(parents=True, exist_ok=True)
    for path in source.iterdir():
        if path.is_file():
            with path.open("rb") as src, (destination / path.name).open("wb") as dst:
                shutil.copyfileobj(src, dst)
    return destination
