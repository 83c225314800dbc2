"""LexisNexis Academic plain-text downloads: one row per article of the export, with outlet
(normalised), date, headline, byline and section (own fixture in the format's layout; the
reference sample in ../shared/formats is read when it is there)."""

from pathlib import Path

import pytest

from analysis.ingest.sources import read_source

EXPORT = """\ufeff
Download Request: Selected Items: 1-2
Time Of Request: Friday, March 20, 2018  16:51:31

                               1 of 2 DOCUMENTS



                               The Herald (Glasgow)

                            March 3, 2015 Tuesday
                                   Edition 1;

Ministers defend the budget

BYLINE: Jane Doe

SECTION: NEWS; Pg. 4

LENGTH: 40 words


The finance minister said the budget was fair. Opposition parties said it
would hurt families.

Talks continue on Friday.

LOAD-DATE: March 4, 2015

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

                               2 of 2 DOCUMENTS



                               The Scotsman

                            March 4, 2015 Wednesday

Budget row deepens

LENGTH: 20 words


The row over the budget deepened on Wednesday, a spokesman said.

LOAD-DATE: March 5, 2015
"""


def test_each_article_of_an_export_is_a_row(tmp_path):
    path = tmp_path / "herald.txt"
    path.write_bytes(EXPORT.replace("\n", "\r\n").encode("utf-8"))
    articles, problems = read_source(path)
    assert [a.article_id for a in articles] == ["herald-001", "herald-002"]
    first = articles[0]
    assert first.source == f"{path}#1"
    assert first.meta["outlet"] == "The Herald" and first.meta["outlet_original"] == (
        "The Herald (Glasgow)"
    )
    assert (first.meta["published"], first.meta["byline"], first.meta["section"]) == (
        "2015-03-03",
        "Jane Doe",
        "NEWS; Pg. 4",
    )
    assert first.text.startswith("Ministers defend the budget\n\nThe finance minister said")
    assert "would hurt families.\n\nTalks continue on Friday." in first.text
    assert "LOAD-DATE" not in first.text and "LENGTH" not in first.text
    assert articles[1].meta["title"] == "Budget row deepens"


def test_the_loaded_corpus_carries_byline_and_section(tmp_path, load_corpus):
    (tmp_path / "herald.txt").write_text(EXPORT, encoding="utf-8")
    corpus = load_corpus(tmp_path / "herald.txt", cache=False)
    row = corpus.articles.set_index("article_id").loc["herald-001"]
    assert (row.outlet, row.byline, row.section) == ("The Herald", "Jane Doe", "NEWS; Pg. 4")
    assert str(row.published.date()) == "2015-03-03"
    assert row.length_words == 40


SAMPLE = Path(__file__).resolve().parents[3] / "shared" / "formats" / "lexisnexis" / "sample.TXT"


@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/formats is not beside the checkout")
def test_the_reference_sample_gives_its_ten_documents():
    articles, _ = read_source(SAMPLE)
    assert len(articles) == 10
    assert {a.meta["outlet"] for a in articles} >= {"The Sun", "The Times", "Guardian"}
