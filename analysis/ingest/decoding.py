"""Bytes to text, losing as little as the bytes allow, and saying what was repaired.

- A byte order mark decides (UTF-8, UTF-16, UTF-32).
- Text that is UTF-8 but for a few broken sequences (at most one per ``BAD_UTF8_PER_BYTES``
  bytes: a stray byte, a last character cut in half) is UTF-8: each broken sequence becomes
  U+FFFD, and the repair note counts them and gives the first one's byte offset. One bad byte
  costs one character, not the article.
- Only bytes that are not UTF-8 as a whole are decoded as the likeliest legacy codepage
  (charset-normalizer among ``FALLBACK_ENCODINGS``; Windows-1252 is preferred when it reads the
  same).
- Mojibake already in the text ("donâ€™t", "â€œ", "Ã©") is repaired with ftfy's
  ``fix_encoding`` (nothing else of ftfy: quotes stay curly), and noted.
- C0 control characters other than tab, newline, carriage return and form feed are removed,
  and noted. A file is refused as binary only when at least ``BINARY_SHARE`` of its bytes are
  NUL or such controls.

>>> decode("“Quoted,” she said.".encode("utf-8")[:-1] + b"\\xff.").repair
'1 invalid UTF-8 sequence replaced (the first at byte 22)'
>>> decode("“It’s done”".encode("cp1252")).text
'“It’s done”'
>>> decode("donâ€™t".encode("utf-8")).text
'don’t'
"""

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
BAD_UTF8_PER_BYTES = 1000  # at most one broken UTF-8 sequence per this many bytes: still UTF-8
BINARY_SHARE = 0.10  # NUL and C0 control bytes (other than \t \n \r \f) that make a file binary


@dataclass(frozen=True)
class Decoded:
    text: str
    repair: str | None = None  # what was repaired, in words; None when nothing was


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # C0 (not \t\n\r\f), DEL, C1
_REPLACED_RUN = re.compile("\ufffd{2,}")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> Decoded:
    """Text from bytes, with a note of every repair (see the module's rules)."""
    if not data.strip(b" \t\r\n\x00"):
        raise Unreadable("empty file")
    text, notes = _text(data)
    return _cleaned(text, notes)


def _text(data: bytes) -> tuple[str, list[str]]:
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), []
    if len(_CONTROL_BYTES.findall(data)) >= BINARY_SHARE * len(data):
        raise Unreadable("binary file (NUL or control bytes), not text")
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as err:
        first_bad = err.start
    limit = max(1, len(data) // BAD_UTF8_PER_BYTES)
    broken = _broken_utf8(data, limit + 1)
    if len(broken) <= limit:
        plural = "s" if len(broken) > 1 else ""
        note = (
            f"{len(broken)} invalid UTF-8 sequence{plural} replaced (the first at byte {first_bad})"
        )
        text = _REPLACED_RUN.sub("\ufffd", data.decode("utf-8", errors="replace"))
        return text, [note]  # one broken run costs one character
    guess = _guess_encoding(data)
    if guess is None:
        raise Unreadable(
            f"binary file or unknown encoding (byte 0x{data[first_bad]:02x} at position "
            f"{first_bad} is not UTF-8); save it as UTF-8 text"
        )
    encoding, text = guess
    return text, [f"not UTF-8: decoded as {encoding}"]


def _broken_utf8(data: bytes, most: int) -> list[int]:
    """Byte offsets of the broken UTF-8 sequences, counting up to ``most``."""
    broken, position = [], 0
    while len(broken) < most:
        try:
            data[position:].decode("utf-8")
            break
        except UnicodeDecodeError as err:
            broken.append(position + err.start)
            position += err.end
    return broken


def _cleaned(text: str, notes: list[str]) -> Decoded:
    """Mojibake repaired (ftfy) and control characters removed, each noted."""
    from ftfy import fix_encoding

    fixed = fix_encoding(text)
    if fixed != text:
        notes.append(f"mojibake repaired with ftfy ({_changed(text, fixed)} characters changed)")
    controls = len(_CONTROL.findall(fixed))
    if controls:
        fixed = _REPLACED_RUN.sub("\ufffd", _CONTROL.sub("", fixed))
        notes.append(f"{controls} control character{'s' if controls > 1 else ''} removed")
    if not fixed.strip():
        raise Unreadable("empty file")
    return Decoded(fixed, "; ".join(notes) or None)


def _changed(before: str, after: str) -> int:
    import difflib

    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return sum(
        max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    )


def _guess_encoding(data: bytes):
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=FALLBACK_ENCODINGS).best()
    if best is None:
        return None
    text = str(best)
    try:
        if data.decode("cp1252") == text:
            return "cp1252", text  # the same text: name the likelier Western encoding
    except UnicodeDecodeError:
        pass
    if len(_CONTROL.findall(text[:8192])) > max(2, len(text[:8192]) // 100):
        return None  # control characters everywhere: binary read as a codepage
    return best.encoding, text


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise
    except OSError as err:
        raise Unreadable(f"cannot be read: {err.strerror or err}") from err


def read_text_file(path: Path) -> Decoded:
    return decode(read_bytes(path))
