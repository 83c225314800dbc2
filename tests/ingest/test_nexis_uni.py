"""Nexis Uni Word downloads: one row per article of the file, with headline, outlet (normalised),
date, byline, section and length (own fixture, written with python-docx in the format's layout;
the reference sample in ../shared/formats is read when it is there)."""

from pathlib import Path

import docx
import pytest

from analysis.ingest.sources import read_source

NBSP = "\u00a0"
COVER = [
    "",
    "Date and Time: Monday, 2. March 2015 10:00:00 CET",
    "Job Number: 00000042",
    "Documents (2)",
    "1. Ministers defend the budget",
    "Client/Matter: -None-",
    "Search Terms: budget",
    "2. Budget row deepens",
    "Client/Matter: -None-",
    "",
]
FIRST = [
    "Ministers defend the budget",
    "The Herald (Glasgow)",
    "March 3, 2015 Tuesday 9:20 AM GMT",
    "",
    "\nCopyright 2015 Herald & Times Group All Rights Reserved",
    "\n",
    f"Section:{NBSP}NEWS; Pg. 4",
    f"Length:{NBSP}1,040 words",
    f"Byline:{NBSP}Jane Doe",
    "Body",
    "",
    "The finance minister said the budget was fair.",
    "",
    'Opposition parties said it would "hurt families".',
    "Classification",
    f"Language:{NBSP}ENGLISH",
    f"\nSubject:{NBSP}BUDGETS (90%)",
    f"\nLoad-Date:{NBSP}March 4, 2015",
    "\nEnd of Document",
]
SECOND = [
    "",
    "Budget row deepens",
    "The Scotsman",
    "March 4, 2015 Wednesday",
    f"Length:{NBSP}20 words",
    "Body",
    "The row over the budget deepened on Wednesday, a spokesman said.",
    f"\nLoad-Date:{NBSP}March 5, 2015",
    "\nEnd of Document",
]


def write_docx(path: Path, lines: list[str]) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def test_each_article_of_a_download_is_a_row(tmp_path):
    path = write_docx(tmp_path / "herald.docx", COVER + FIRST + SECOND)
    articles, problems = read_source(path)
    assert problems == []
    assert [a.article_id for a in articles] == ["herald-001", "herald-002"]
    first, second = articles
    assert first.source == f"{path}#1"
    assert first.meta == {
        "title": "Ministers defend the budget",
        "outlet": "The Herald",
        "outlet_original": "The Herald (Glasgow)",
        "published": "2015-03-03",
        "byline": "Jane Doe",
        "section": "NEWS; Pg. 4",
        "length_words": 1040,
    }
    assert first.text == (
        "Ministers defend the budget\n\nThe finance minister said the budget was fair.\n\n"
        'Opposition parties said it would "hurt families".'
    )
    assert second.meta["title"] == "Budget row deepens" and second.meta["length_words"] == 20
    assert "Load-Date" not in second.text and "Client/Matter" not in first.text


def test_a_word_file_of_one_article_is_one_article(tmp_path):
    path = write_docx(tmp_path / "letter.docx", ["Blair hails deal", "", "The deal was agreed."])
    [article], _ = read_source(path)
    assert article.article_id == "letter"
    assert article.text == "Blair hails deal\n\nThe deal was agreed."


def test_a_broken_word_file_is_a_problem_and_the_folder_still_loads(tmp_path):
    write_docx(tmp_path / "good.docx", COVER + FIRST + SECOND)
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    articles, problems = read_source(tmp_path)
    assert [a.article_id for a in articles] == ["good-001", "good-002"]
    assert len(problems) == 1 and problems[0].source.endswith("broken.docx")
    assert "not a readable Word (.docx) file" in problems[0].problem


def test_the_loaded_corpus_carries_the_download_metadata(tmp_path, load_corpus):
    write_docx(tmp_path / "herald.docx", COVER + FIRST + SECOND)
    corpus = load_corpus(tmp_path, cache=False)
    row = corpus.articles.set_index("article_id").loc["herald-001"]
    assert (row.outlet, row.outlet_original, row.byline) == (
        "The Herald",
        "The Herald (Glasgow)",
        "Jane Doe",
    )
    assert (row.section, row.length_words, str(row.published.date())) == (
        "NEWS; Pg. 4",
        1040,
        "2015-03-03",
    )
    assert row.source.endswith("herald.docx#1")
    quotes = corpus.quotes[corpus.quotes.article_id == "herald-001"]
    assert "hurt families" in set(quotes.text)


SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "formats" / "lexisnexis" / "sample.DOCX"


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/formats is not beside the checkout")
def test_the_reference_sample_gives_its_ten_documents():
    articles, problems = read_source(SAMPLE)
    assert problems == [] and len(articles) == 10
    assert {a.meta["outlet"] for a in articles} == {"The Guardian"}
    assert all(a.meta.get("published", "").startswith("2019-07-0") for a in articles)
    assert all(a.meta["length_words"] > 0 and a.meta.get("byline") for a in articles)
    for article in articles:
        assert not any(
            marker in article.text
            for marker in ("End of Document", "Load-Date", "Classification", "Copyright")
        )
