"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM, else the likeliest legacy
encoding; binary and empty files are refused with the reason."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import Unreadable

FALLBACK_ENCODINGS = [
    "cp1252",
    "utf_16",
    "utf_16_le",
    "utf_16_be",
    "iso8859_15",
    "cp1251",
    "latin_1",
]


@dataclass(frozen=True)
class Decoded:
    text: str
    repair: str | None = None  # how the bytes were repaired, when they were not UTF-8


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> Decoded:
    """Text from bytes: UTF-8 (BOM or not), UTF-16/32 by BOM, else the likeliest legacy encoding."""
    if not data.strip(b" \t\r\n\x00"):
        raise Unreadable("empty file")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return Decoded(_checked(data.decode(encoding, errors="strict")))
    try:
        return Decoded(_checked(data.decode("utf-8")))
    except UnicodeDecodeError as err:
        first_bad = err.start
    guess = _guess_encoding(data)
    if guess is None:
        raise Unreadable(
            f"binary file or unknown encoding (byte 0x{data[first_bad]:02x} at position "
            f"{first_bad} is not UTF-8); save it as UTF-8 text"
        )
    encoding, text = guess
    return Decoded(text, f"not UTF-8: decoded as {encoding}")


def _guess_encoding(data: bytes):
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=FALLBACK_ENCODINGS).best()
    if best is None:
        return None
    text = str(best)
    try:
        if data.decode("cp1252") == text:
            return "cp1252", _checked(text)  # the same text: name the likelier Western encoding
    except UnicodeDecodeError:
        pass
    try:
        return best.encoding, _checked(text)
    except Unreadable:
        return None


def _checked(text: str) -> str:
    """Reject decoded text that is really binary (many control characters) or empty."""
    if not text.strip():
        raise Unreadable("empty file")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise Unreadable("binary file (control bytes), not text")
    return text


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise Unreadable(f"cannot be read: {err.strerror or err}") from err


def read_text_file(path: Path) -> Decoded:
    return decode(read_bytes(path))
