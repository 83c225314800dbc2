"""Sources of every supported kind, and bad input: named, skipped, recorded; inputs untouched."""

import hashlib
import json
import shutil
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis import CorpusError

GOOD = "Diplomats met in Geneva on Monday. The talks ended without a deal, officials said.\n"


def _digest(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "also_good.md").write_text("Second Story Headline\n\n" + GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    (folder / "latin1.txt").write_bytes("Le pr\xe9sident a parl\xe9.".encode("latin-1"))
    (folder / "notes.pdf").write_bytes(b"ignored: not an article suffix")
    return folder


def test_bad_files_are_skipped_named_and_recorded_and_the_rest_load(messy_folder, load_corpus):
    corpus = load_corpus(messy_folder, cache=False)
    assert sorted(corpus.articles["article_id"]) == ["also_good", "good", "latin1"]
    problems = corpus.problems.assign(file=corpus.problems["source"].map(lambda s: Path(s).name))
    by_file = dict(
        zip(
            problems["file"], zip(problems["problem"], problems["action"], strict=True), strict=True
        )
    )
    assert by_file["empty.txt"] == ("empty file", "skipped")
    assert "binary" in by_file["binary.txt"][0] and by_file["binary.txt"][1] == "skipped"
    assert by_file["notes.pdf"][1] == "skipped" and "not an article file" in by_file["notes.pdf"][0]
    assert by_file["latin1.txt"][1] == "repaired" and "not UTF-8" in by_file["latin1.txt"][0]
    assert "président a parlé" in corpus.articles.set_index("article_id").at["latin1", "text"]


def test_inputs_are_never_modified(messy_folder, load_corpus):
    before = _digest(messy_folder)
    load_corpus(messy_folder)  # with the cache on
    assert _digest(messy_folder) == before


def test_missing_path_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        analysis.load_corpus(tmp_path / "nowhere")


def test_folder_without_articles_is_a_clear_error(tmp_path):
    expected = r"no \.txt, \.md, \.html, \.htm, \.docx, \.jsonl, \.csv files"
    with pytest.raises(CorpusError, match=expected):
        analysis.load_corpus(tmp_path)


def test_csv_without_text_column_names_the_file_and_the_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("headline,when\nTalks,2025-01-01\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"export\.csv has no text column.*headline"):
        analysis.load_corpus(path)


def test_a_bad_csv_among_several_sources_is_recorded_and_the_rest_load(tmp_path, load_corpus):
    bad = tmp_path / "bad.csv"
    bad.write_text("headline\nTalks\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    corpus = load_corpus([bad, good], cache=False)
    assert list(corpus.articles["article_id"]) == ["good"]
    assert "no text column" in corpus.problems.set_index("source").at[str(bad), "problem"]


def test_duplicate_ids_are_kept_renamed_and_recorded(tmp_path, load_corpus):
    path = tmp_path / "batch.jsonl"
    rows = [
        {"article_id": "a1", "text": GOOD},
        {"article_id": "a1", "text": "Another story said this."},
        {"article_id": "a2", "text": GOOD + " More."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    corpus = load_corpus(path, cache=False)
    assert list(corpus.articles["article_id"]) == ["a1", "a1~2", "a2"]
    assert corpus.articles.set_index("article_id").at["a1", "text"] == GOOD.strip()
    assert corpus.problems["problem"].str.contains("duplicate article_id 'a1'.*'a1~2'").sum() == 1


def test_dataframe_source_with_optional_columns(load_corpus):
    frame = pd.DataFrame(
        {
            "text": [GOOD, "The Kremlin said it was ready to talk."],
            "title": ["Geneva Talks", None],
            "outlet": ["Wire", "Wire"],
            "published": ["2025-11-30T10:00:00+01:00", None],
        }
    )
    corpus = load_corpus(frame, cache=False)
    articles = corpus.articles
    assert len(articles) == 2
    assert articles["article_id"].str.fullmatch(r"[0-9a-f]{16}").all()  # stable hash of the text
    assert articles.at[0, "published"] == pd.Timestamp("2025-11-30 09:00:00")  # converted to UTC
    assert pd.isna(articles.at[1, "published"])
    assert articles.at[0, "text"].startswith("Geneva Talks\n\n")
    again = load_corpus(frame, cache=False)
    assert list(again.articles["article_id"]) == list(articles["article_id"])


def test_csv_source_with_ids_and_an_empty_row(tmp_path, load_corpus):
    path = tmp_path / "articles.csv"
    pd.DataFrame(
        {"article_id": ["x1", "x2"], "text": [GOOD, ""], "outlet": ["Wire", "Wire"]}
    ).to_csv(path, index=False)
    corpus = load_corpus(path, cache=False)
    assert list(corpus.articles["article_id"]) == ["x1"]
    assert corpus.problems.iloc[0]["problem"] == "empty text"
    assert "record 2" in corpus.problems.iloc[0]["source"]


def test_single_text_file_uses_its_stem_as_id(tmp_path, load_corpus):
    path = tmp_path / "story_42.txt"
    path.write_text(GOOD, encoding="utf-8")
    assert list(load_corpus(path, cache=False).articles["article_id"]) == ["story_42"]


def test_explicit_metadata_and_an_unparseable_date(tmp_path, load_corpus):
    folder = tmp_path / "a"
    folder.mkdir()
    (folder / "one.txt").write_text(GOOD, encoding="utf-8")
    meta = pd.DataFrame(
        {
            "file": ["one.txt", "ghost.txt"],
            "outlet": ["Wire", "X"],
            "published": ["not a date", "2025-01-01"],
        }
    )
    corpus = load_corpus(folder, metadata=meta, cache=False)
    assert corpus.articles.at[0, "outlet"] == "Wire"
    assert pd.isna(corpus.articles.at[0, "published"])
    notes = " | ".join(corpus.problems["problem"])
    assert "'not a date' is not a date" in notes and "describes no article" in notes


def test_the_seed_metadata_file_is_read_automatically(tmp_path, load_corpus):
    copy = tmp_path / "seeds"
    shutil.copytree("seeds", copy)
    corpus = load_corpus(copy, cache=False)
    assert corpus.articles["published"].notna().all()
