"""The actor registry: who and what the coverage talks about, with their side.

The topic pack's ``actors.csv`` has one row per actor: ``canonical`` name, ``type`` (person,
organization, media, group, place, site), spaCy ``label``, ``side`` (one of the sides of the
pack's ``topic.yaml``, or empty), ``role`` and ``aliases`` (``|``-separated spellings, matched
case-sensitively). Rows of type ``site`` name the publishing websites: they are chrome, never
entities. Without a pack the registry is empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..knowledge import optional_csv_rows, words
from ..knowledge.topics import active_sides

REGISTRY_FILE = "actors.csv"
TYPES = ("person", "organization", "media", "group", "place", "site")


@dataclass(frozen=True)
class Actor:
    canonical: str
    type: str
    label: str
    side: str | None
    role: str  # "|" separates names of one office ("Conservative leader|Tory leader")
    aliases: tuple[str, ...]
    start: date | None = None  # in that role from (the ``from`` column), when known
    end: date | None = None  # to (the ``to`` column)
    gender: str = ""  # the researcher's label (the ``gender`` column), "" when not given

    def roles(self) -> list[set[str]]:
        """The words of each name of the actor's role, lower case."""
        return [set(re.findall(r"[\w-]+", name.lower())) for name in self.role.split("|") if name]

    def holds_role(self, words: set[str], on: date | None = None) -> bool:
        """Does the actor's role hold all ``words`` (on day ``on``, when given and known)?"""
        if not any(words <= role for role in self.roles()):
            return False
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass
class Registry:
    actors: tuple[Actor, ...]
    by_alias: dict[str, Actor] = field(init=False)

    def __post_init__(self):
        self.by_alias = {}
        for actor in self.actors:
            for alias in (actor.canonical, *actor.aliases):
                self.by_alias.setdefault(alias, actor)
                if alias.startswith(("the ", "The ")):
                    self.by_alias.setdefault(alias[4:], actor)

    def lookup(self, text: str) -> Actor | None:
        """The actor a mention names ("Zelenskiy", "the Kremlin", "Kremlin's"), else None."""
        text = text.strip()
        for candidate in _mention_variants(text):
            actor = self.by_alias.get(candidate)
            if actor is not None:
                return actor
        return None

    def ruler_patterns(self) -> list[dict]:
        """spaCy EntityRuler phrase patterns, one per alias (sites excluded)."""
        return [
            {"label": actor.label, "pattern": alias, "id": actor.canonical}
            for actor in self.actors
            if actor.type != "site"
            for alias in sorted({actor.canonical, *actor.aliases})
        ]


def _mention_variants(text: str):
    yield text
    for suffix in words("possessive_suffixes"):
        if text.endswith(suffix):
            yield text[: -len(suffix)]
    if text[:4].lower() == "the ":
        yield text[4:]


def parse_actor(row: dict, *, sides=None, source: str = REGISTRY_FILE) -> Actor:
    """One registry row; ``sides``: the labels a side may take (default: the pack's)."""
    sides = tuple(s.label for s in active_sides()) if sides is None else tuple(sides)
    canonical = row["canonical"].strip()
    side = (row.get("side") or "").strip() or None
    kind = row["type"].strip()
    if side is not None and side not in sides:
        expected = f"one of {sides} (the sides of topic.yaml)" if sides else "no side: the "
        expected += "" if sides else "topic pack defines none"
        raise ValueError(f"{source}: {canonical!r} has side {side!r}; expected {expected}")
    if kind not in TYPES:
        raise ValueError(f"{source}: {canonical!r} has type {kind!r}; expected one of {TYPES}")
    aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
    return Actor(
        canonical,
        kind,
        row["label"].strip(),
        side,
        (row.get("role") or "").strip(),
        aliases,
        _day(row.get("from"), canonical, source),
        _day(row.get("to"), canonical, source),
        (row.get("gender") or "").strip(),
    )


def _day(value, canonical: str, source: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise ValueError(
            f"{source}: {canonical!r} has date {value!r}; expected YYYY-MM-DD"
        ) from err


def load_registry(name: str = REGISTRY_FILE) -> Registry:
    """The registry of the topic pack in use (empty without one)."""
    return Registry(tuple(parse_actor(row, source=name) for row in optional_csv_rows(name)))
