"""Removing site chrome from article text, driven by ``chrome.yaml`` (packaged;
a topic pack may replace it).

``clean_article`` returns the cleaned text (headline first, then the body), the headline, the
outlet when a masthead names it, every removed piece (so each article reports what was taken
out) and the flags set by flagged passages (``ai_disclaimer``). Only whole lines matching a
pattern, flagged passages and repeated captions are removed: a line of reporting is never cut.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..knowledge import knowledge_cache, read_yaml

CHROME_FILE = "chrome.yaml"
_REPLACED_RUN = re.compile("\ufffd{2,}")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Unicode Cc except \t and \n
_TERMINAL = tuple(".!?\"”’'")


@dataclass(frozen=True)
class Cleaned:
    text: str
    headline: str | None
    outlet: str | None
    removed: tuple[str, ...]
    flags: frozenset[str]


@dataclass(frozen=True)
class ChromeRules:
    outlet_lines: tuple[re.Pattern, ...]
    lines: tuple[re.Pattern, ...]
    inline: tuple[re.Pattern, ...]
    passages: tuple[tuple[re.Pattern, str | None, str], ...]  # (pattern, flag, hint)
    tag_run: re.Pattern
    caption_max_words: int


@knowledge_cache
def chrome_rules(name: str = CHROME_FILE) -> ChromeRules:
    spec = read_yaml(name)
    return ChromeRules(
        outlet_lines=tuple(re.compile(p) for p in spec.get("outlet_lines", [])),
        lines=tuple(re.compile(p, re.IGNORECASE) for p in spec.get("lines", [])),
        inline=tuple(re.compile(p, re.IGNORECASE) for p in spec.get("inline", [])),
        passages=tuple(
            (re.compile(p["pattern"], re.IGNORECASE), p.get("flag"), p.get("hint", "").lower())
            for p in spec.get("passages", [])
        ),
        tag_run=re.compile(spec.get("tag_run", r"(?!)")),
        caption_max_words=int(spec.get("caption_max_words", 12)),
    )


def normalize_text(raw: str) -> str:
    """Unix newlines, no control or zero-width characters, NFC, one U+FFFD for a run of them
    (two broken sequences that only a stripped character separated are one broken stretch);
    spaces and words untouched."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH)
    text = _REPLACED_RUN.sub("\ufffd", _CONTROL.sub("", text))
    return unicodedata.normalize("NFC", text)


def line_key(line: str) -> str:
    """How two lines are compared for repetition: case, spacing and quote style ignored."""
    line = line.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(line.casefold().split())


def looks_like_headline(line: str) -> bool:
    words = line.split()
    return 2 <= len(words) <= 25 and not line.rstrip().endswith(".")


def clean_article(
    raw: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    rules: ChromeRules | None = None,
) -> Cleaned:
    rules = rules or chrome_rules()
    text, removed, flags = _remove_passages(normalize_text(raw), rules)
    lines = text.split("\n")
    found_outlet = _take_outlet(lines, rules, removed)
    outlet_key = line_key(outlet or found_outlet or "")
    lines = [_strip_line(line, rules, outlet_key, removed) for line in lines]
    headline = title.strip() if title and title.strip() else _first_headline(lines)
    lines = _drop_repeats(lines, headline, rules.caption_max_words, removed)
    body = _join(lines)
    text = f"{headline}\n\n{body}" if headline and body else (headline or body)
    return Cleaned(text, headline, found_outlet, tuple(removed), frozenset(flags))


def _remove_passages(text, rules):
    removed, flags = [], set()
    lowered = text.lower()
    for pattern, flag, hint in rules.passages:
        if hint and hint not in lowered:
            continue
        for match in pattern.finditer(text):
            removed.append(match.group(0).strip())
            if flag:
                flags.add(flag)
        text = pattern.sub("", text)
    return text, removed, flags


def _take_outlet(lines, rules, removed):
    """Remove a masthead among the first three non-empty lines; return the outlet it names."""
    nonempty = [i for i, line in enumerate(lines) if line.strip()][:3]
    for i in nonempty:
        for pattern in rules.outlet_lines:
            match = pattern.fullmatch(lines[i].strip())
            if match:
                removed.append(lines[i].strip())
                lines[i] = ""
                return _outlet_name(match.group("outlet"))
    return None


def _outlet_name(text):
    """'US TRENDING NEWS' -> 'US Trending News'; mixed-case names are kept as written."""
    words = text.split()
    if not text.isupper():
        return " ".join(words)
    return " ".join(w if len(w) <= 3 else w.capitalize() for w in words)


def _strip_line(line, rules, outlet_key, removed):
    stripped = line.strip()
    if not stripped:
        return ""
    is_chrome = (
        any(p.fullmatch(stripped) for p in rules.lines)
        or rules.tag_run.fullmatch(stripped)
        or (outlet_key and line_key(stripped) == outlet_key)
    )
    if is_chrome:
        removed.append(stripped)
        return ""
    for pattern in rules.inline:
        match = pattern.search(stripped)
        if match and match.group(0).strip():
            removed.append(match.group(0).strip())
            stripped = (stripped[: match.start()] + stripped[match.end() :]).strip()
    return stripped


def _first_headline(lines):
    first = next((line for line in lines if line.strip()), None)
    return first if first and looks_like_headline(first) else None


def _drop_repeats(lines, headline, caption_max_words, removed):
    """Remove every copy of the headline and of captions (short lines repeated in the page)."""
    headline_key = line_key(headline) if headline else None
    counts = Counter(line_key(line) for line in lines if line)
    kept = []
    for line in lines:
        key = line_key(line)
        is_caption = (
            counts[key] > 1
            and len(line.split()) <= caption_max_words
            and not line.endswith(_TERMINAL)
        )
        if line and key == headline_key:
            continue  # the headline is put back once, as the first paragraph
        if line and is_caption:
            removed.append(line)
            continue
        kept.append(line)
    if headline_key and counts[headline_key] > 1:
        removed.extend([headline] * (counts[headline_key] - 1))
    return kept


def _join(lines):
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
