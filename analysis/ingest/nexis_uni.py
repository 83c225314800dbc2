"""Nexis Uni Word downloads (``.docx``): many articles in one file.

The layout (see ``../shared/formats/lexisnexis/sample.DOCX``): a cover page and a table of
contents, then one block per article: the headline, the outlet ("The Guardian(London)"), the date
line ("July 1, 2019 Monday 9:20 AM GMT"), an optional copyright line, leading fields
("Section:", "Length:", "Byline:"), the word "Body", the body's paragraphs, optional trailing
fields ("Classification", "Language:", "Load-Date:"...) and "End of Document". Each article
becomes a ``RawArticle`` with id ``<stem>-<nnn>`` and source ``<file>#<n>``, with the metadata
of a LexisNexis Academic download (``lexisnexis``). A Word file without that layout is read as
one article: its first paragraph is the headline.

The paragraphs are read with python-docx; nothing here opens the zip by hand.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError

from ..errors import Unreadable
from .lexisnexis import article_text, export_date, normalised_outlet, words_length
from .records import RawArticle

END = "End of Document"
BODY = "Body"
FIELD = re.compile(r"^([A-Z][A-Za-z-]+(?: [A-Z][a-z]+)?):\s*(.*)$")
DATE_LINE = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) \d{1,2}, \d{4}\b"
)
TRAILING = {
    "Classification",
    "Language",
    "Publication-Type",
    "Journal Code",
    "Subject",
    "Organization",
    "Person",
    "Geographic",
    "Industry",
    "Ticker",
    "Company",
    "Load-Date",
    "Graphic",
    "Notes",
    "Correction-Date",
}


def paragraphs(path: Path) -> list[str]:
    """The non-empty paragraphs of a Word file, stripped; ``Unreadable`` when it is not one."""
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise Unreadable(f"not a readable Word (.docx) file: {err}") from err
    return [p.text.strip() for p in document.paragraphs if p.text.strip()]


def read_docx(path: Path, stem: str, source: str) -> list[RawArticle]:
    """The articles of a Nexis Uni download, or the Word file as one article."""
    lines = paragraphs(path)
    if not lines:
        raise Unreadable("the Word file has no text")
    blocks = _blocks(lines)
    articles = [
        article
        for k, block in enumerate(blocks)
        if (article := _article(block, f"{stem}-{k + 1:03d}", f"{source}#{k + 1}")) is not None
    ]
    if articles:
        return articles
    text = article_text(lines[0], "\n\n".join(lines[1:]))
    return [RawArticle(stem, source, text, {"title": lines[0]})]


def _blocks(lines: list[str]) -> list[list[str]]:
    """The lines of each article: up to each "End of Document", from the headline (the line
    before the outlet, which is the line before the first date line of the block)."""
    blocks, current = [], []
    for line in lines:
        if line == END:
            blocks.append(current)
            current = []
        else:
            current.append(line)
    return [block[start:] for block in blocks if (start := _headline_index(block)) is not None]


def _headline_index(block: list[str]) -> int | None:
    body = block.index(BODY) if BODY in block else len(block)
    for i in range(2, body):
        if DATE_LINE.match(block[i]):
            return i - 2
    return None


def _article(block: list[str], article_id: str, source: str) -> RawArticle | None:
    headline, outlet, date_line, *rest = block
    if BODY not in rest:
        return None
    at = rest.index(BODY)
    fields = dict(m.groups() for line in rest[:at] if (m := FIELD.match(line)))
    body = []
    for line in rest[at + 1 :]:
        field = FIELD.match(line)
        if line in TRAILING or (field and field.group(1) in TRAILING):
            break
        body.append(line)
    if not body:
        return None
    meta = {
        "title": headline,
        "outlet": normalised_outlet(outlet),
        "outlet_original": outlet,
        "published": export_date(date_line),
        "byline": fields.get("Byline"),
        "section": fields.get("Section"),
        "length_words": words_length(fields.get("Length")),
    }
    text = article_text(headline, "\n\n".join(body))
    return RawArticle(article_id, source, text, {k: v for k, v in meta.items() if v})
