"""LexisNexis Academic plain-text downloads: many articles in one file.

The layout (see ``../shared/formats/lexisnexis``): a request header, then for each article a
line "N of M DOCUMENTS", centred lines with the outlet, the date ("January 11, 2010 Monday")
and edition notes, the headline, leading fields (BYLINE, SECTION, LENGTH...), the body, and
trailing fields (LOAD-DATE, LANGUAGE, GRAPHIC, PUBLICATION-TYPE, URL...). Each article becomes a
``RawArticle`` with id ``<stem>-<nnn>`` and source ``<file>#<n>``; its metadata: title, outlet
(normalised: "The Times (London)" is "The Times", the original kept as ``outlet_original``),
published, byline, section, url, length_words.

>>> is_export("x\\n\\n        1 of 2 DOCUMENTS\\n")
True
>>> normalised_outlet("The Guardian (London)")
'The Guardian'
"""

from __future__ import annotations

import re

import pandas as pd

from .records import RawArticle

DOCUMENT = re.compile(r"^\s*(\d+) of (\d+) DOCUMENTS?\s*$", re.M)
FIELD = re.compile(r"^([A-Z][A-Z-]+(?: [A-Z][A-Z-]+)?): ?(.*)$")
TRAILING = {
    "LOAD-DATE",
    "LANGUAGE",
    "GRAPHIC",
    "PUBLICATION-TYPE",
    "JOURNAL-CODE",
    "URL",
    "DOCUMENT-TYPE",
    "NOTES",
    "CORRECTION-DATE",
    "SUBJECT",
    "GEOGRAPHIC",
    "COPYRIGHT",
}
CENTRED = 8  # leading spaces of the centred header lines (outlet, date, edition)
WEEKDAY = re.compile(r"\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$")


def is_export(text: str) -> bool:
    """Is the text a LexisNexis Academic download ("1 of 10 DOCUMENTS")?"""
    return DOCUMENT.search(text) is not None


def normalised_outlet(outlet: str) -> str:
    """The outlet without a place in brackets ("The Sun (England)" -> "The Sun")."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", outlet).strip()


def read_export(text: str, stem: str, source: str) -> list[RawArticle]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    marks = list(DOCUMENT.finditer(text))
    articles = []
    for k, mark in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        article = _article(text[mark.end() : end], f"{stem}-{k + 1:03d}", f"{source}#{k + 1}")
        if article is not None:
            articles.append(article)
    return articles


def _article(block: str, article_id: str, source: str) -> RawArticle | None:
    lines = block.split("\n")
    header, i = [], 0
    while i < len(lines) and (not lines[i].strip() or _centred(lines[i])):
        if lines[i].strip():
            header.append(lines[i].strip())
        i += 1
    fields, title, body, trailing = {}, [], [], False
    for line in lines[i:]:
        field = FIELD.match(line)
        if field and (field.group(1) in TRAILING or not body):
            name = field.group(1)
            trailing = trailing or name in TRAILING
            fields[name] = field.group(2).strip()
        elif trailing:
            continue
        elif not fields:
            title.append(line.strip())
        elif body or line.strip():  # blank lines between the leading fields are not body
            body.append(line)
    text = "\n".join(body).strip()
    if not text:
        return None
    outlet = header[0] if header else None
    headline = " ".join(t for t in title if t)
    meta = {
        "title": headline or None,
        "outlet": normalised_outlet(outlet) if outlet else None,
        "outlet_original": outlet,
        "published": export_date(header[1]) if len(header) > 1 else None,
        "byline": fields.get("BYLINE"),
        "section": fields.get("SECTION"),
        "url": fields.get("URL"),
        "length_words": words_length(fields.get("LENGTH")),
    }
    return RawArticle(
        article_id, source, article_text(headline, text), {k: v for k, v in meta.items() if v}
    )


def _centred(line: str) -> bool:
    return len(line) - len(line.lstrip(" ")) >= CENTRED


def export_date(line: str) -> str | None:
    """The date of an export's date line ("July 1, 2019 Monday 9:20 AM GMT" -> "2019-07-01")."""
    try:
        return pd.Timestamp(WEEKDAY.sub("", line).strip()).strftime("%Y-%m-%d")
    except (ValueError, TypeError):
        return None


def words_length(field: str | None) -> int | None:
    """The word count of a LENGTH field ("355 words" -> 355)."""
    found = re.match(r"\s*([\d,]+)\s+words?\b", field or "")
    return int(found.group(1).replace(",", "")) if found else None


def article_text(headline: str | None, body: str) -> str:
    """The headline, a blank line, and the body's paragraphs (each on one line)."""
    return f"{headline}\n\n{_paragraphs(body)}" if headline else _paragraphs(body)


def _paragraphs(text: str) -> str:
    """Hard-wrapped lines joined into paragraphs (blank lines separate paragraphs)."""
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())
