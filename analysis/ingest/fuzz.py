"""Byte-level mutations of real articles, and the properties ingestion must keep on them.

Used by the fuzz tests (a few hundred cases in ``make test``) and by
``benchmarks/fuzz_ingest.py`` (a larger run, optionally through the extractors). A mutation is
``(kind, position, payload)``; ``mutate`` applies it to an article's bytes. ``check`` reads the
mutated bytes as ``load_corpus`` does (decode, clean) and returns what went wrong, or "":

- every input ends as an article or a problem (nothing raises);
- an article keeps at least ``MIN_RATIO`` of the characters of a clean decode of the bytes that
  remain (difflib ratio, both through the same cleaning);
- ``ftfy.badness.is_bad`` is False on the article's text.
"""

from __future__ import annotations

import difflib

from ..errors import Unreadable
from .articles import prepare_article
from .decoding import decode
from .records import Problem, RawArticle

KINDS = ("insert", "delete", "replace", "truncate", "reencode", "nul", "line_endings", "bom")
MIN_RATIO = 0.98


def mutate(data: bytes, kind: str, position: float, payload: bytes) -> tuple[bytes, str]:
    """The mutated bytes and the codec a clean decode of them uses."""
    at = int(position * len(data))
    if kind == "insert":
        return data[:at] + payload + data[at:], "utf-8"
    if kind == "delete":
        return data[:at] + data[at + max(1, len(payload)) :], "utf-8"
    if kind == "replace":
        return data[:at] + payload + data[at + len(payload) :], "utf-8"
    if kind == "truncate":
        return data[: max(1, at)], "utf-8"
    if kind == "reencode":
        return data.decode("utf-8").encode("cp1252", errors="replace"), "cp1252"
    if kind == "nul":
        return data[:at] + b"\x00" + data[at:], "utf-8"
    if kind == "line_endings":
        return data.replace(b"\n", b"\r\n", max(1, data.count(b"\n") // 2)), "utf-8"
    if kind == "bom":
        return data[:at] + "\ufeff".encode() + data[at:], "utf-8"
    raise ValueError(f"unknown mutation {kind!r}; expected one of {KINDS}")


def ingest(data: bytes, name: str = "article.txt") -> tuple[dict | None, list[Problem]]:
    """The article row (or None) and the problems, as load_corpus reads one file."""
    problems: list[Problem] = []
    try:
        decoded = decode(data)
    except Unreadable as err:
        return None, [Problem(name, str(err))]
    if decoded.repair:
        problems.append(Problem(name, decoded.repair, "repaired"))
    return prepare_article(RawArticle(name, name, decoded.text), problems), problems


def check(data: bytes, codec: str) -> str:
    """What is wrong with ingesting ``data`` ("" when every property holds)."""
    from ftfy.badness import is_bad

    row, problems = ingest(data)
    if row is None:
        return "" if problems else "neither an article nor a problem"
    reference, _ = ingest(data.decode(codec, errors="ignore").encode("utf-8"))
    if reference is not None:
        ratio = difflib.SequenceMatcher(None, row["text"], reference["text"]).ratio()
        if ratio < MIN_RATIO:
            return f"kept {ratio:.3f} of a clean decode"
    if is_bad(row["text"]):
        return "mojibake left in the text"
    return ""
