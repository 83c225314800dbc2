"""Real-world inputs (issue 8): saved web pages, odd exports, encodings, and the rule that no
input disappears silently (loaded through load_corpus)."""

import json
from pathlib import Path

import pandas as pd
import pytest

import analysis

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
STORY = (
    "Diplomats from the United States and Ukraine met in Geneva on Sunday to discuss a peace "
    "plan drafted in Washington. Officials said the talks were productive and would continue "
    "next week. Moscow said it had not been consulted about the latest draft, and European "
    "governments asked to be included in any settlement that touched their security. "
)


# --- saved web pages ---------------------------------------------------------------------


def test_saved_pages_load_with_their_metadata_and_without_page_chrome(load_corpus):
    corpus = load_corpus(FIXTURES, cache=False)
    articles = corpus.articles.set_index("article_id")
    assert sorted(articles.index) == ["broadcast_page", "wire_story"]
    wire = articles.loc["wire_story"]
    assert wire.title == "EU ministers back new sanctions package as talks stall"
    assert wire.outlet == "The Daily Ledger"
    assert wire.url == "https://dailyledger.example/world/eu-sanctions-package"
    assert wire.published == pd.Timestamp("2025-12-15")
    assert "We will keep up the pressure until Moscow is ready" in wire.text
    for chrome in [
        "Subscribe",
        "Related stories",
        "Great reporting",
        "All rights reserved",
        "Sport",
    ]:
        assert chrome not in wire.text, chrome
    broadcast = articles.loc["broadcast_page"]
    assert broadcast.outlet == "Northside Broadcasting"
    assert broadcast.published == pd.Timestamp("2025-11-20")
    assert "cookies" not in broadcast.text and "Sign up" not in broadcast.text
    assert "no innovations" in broadcast.text


def test_a_page_without_an_article_is_a_problem_not_an_article(load_corpus):
    corpus = load_corpus(FIXTURES, cache=False)
    problem = corpus.problems.set_index(corpus.problems["source"].map(lambda s: Path(s).name))
    assert "without article text" in problem.at["no_article.html", "problem"]


# --- record exports with other column names ---------------------------------------------


def test_common_export_column_names_are_mapped(tmp_path, load_corpus):
    path = tmp_path / "export.jsonl"
    rows = [
        {
            "id": "n1",
            "Headline": "Talks in Geneva",
            "body": STORY,
            "pubdate": "2025-11-30",
            "source": "Wire Service",
            "link": "https://example.org/n1",
        }
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    article = load_corpus(path, cache=False).articles.iloc[0]
    assert (article.article_id, article.title, article.outlet, article.url) == (
        "n1",
        "Talks in Geneva",
        "Wire Service",
        "https://example.org/n1",
    )
    assert article.published == pd.Timestamp("2025-11-30")


def test_unknown_layout_lists_the_accepted_names(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("words,when\nhello,2025\n", encoding="utf-8")
    with pytest.raises(analysis.CorpusError) as err:
        analysis.load_corpus(path)
    message = str(err.value)
    assert "odd.csv" in message and all(name in message for name in ["body", "content", "text"])


# --- encodings (decoding itself: test_decoding.py) -----------------------------------------


def test_windows_1252_file_loads_and_is_recorded_as_repaired(tmp_path, load_corpus):
    (tmp_path / "legacy.txt").write_bytes(
        ("The minister’s “red lines” remain. " + STORY).encode("cp1252")
    )
    corpus = load_corpus(tmp_path, cache=False)
    assert "The minister’s “red lines” remain." in corpus.articles.at[0, "text"]
    assert corpus.problems.iloc[0]["action"] == "repaired"
    assert "cp1252" in corpus.problems.iloc[0]["problem"]


def test_control_characters_are_stripped(tmp_path, load_corpus):
    (tmp_path / "ctl.txt").write_text(
        "Officials\x0b met\x1b in Geneva.\x7f " + STORY, encoding="utf-8"
    )
    text = load_corpus(tmp_path, cache=False).articles.at[0, "text"]
    assert text.startswith("Officials met in Geneva.")


# --- nothing lost ----------------------------------------------------------------------------


def test_every_input_file_is_an_article_or_a_problem(tmp_path, load_corpus):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text("Heading Line\n\n" + STORY, encoding="utf-8")
    (tmp_path / "c.html").write_text((FIXTURES / "wire_story.html").read_text(), encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "e.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "f.txt").write_bytes(b"\x00" * 100)
    corpus = load_corpus(tmp_path, cache=False)
    skipped = corpus.problems[corpus.problems["action"] == "skipped"]["source"].map(
        lambda s: Path(s).name
    )
    loaded = {Path(s).name for s in corpus.articles["source"]}
    inputs = {p.name for p in tmp_path.iterdir()}
    assert loaded | set(skipped) == inputs
    assert not loaded & set(skipped)
