"""Real-world inputs (issue 8): saved web pages, odd exports, encodings, long and duplicate
articles, and the rule that no input disappears silently."""
import json
import multiprocessing
from pathlib import Path

import pandas as pd
import pytest

import analysis
import analysis.nlp as nlp_module
from analysis.ingest import Unreadable, decode

FIXTURES = Path(__file__).parent / "fixtures" / "html"
STORY = ("Diplomats from the United States and Ukraine met in Geneva on Sunday to discuss a peace "
         "plan drafted in Washington. Officials said the talks were productive and would continue "
         "next week. Moscow said it had not been consulted about the latest draft, and European "
         "governments asked to be included in any settlement that touched their security. ")


# --- saved web pages ---------------------------------------------------------------------

def test_saved_pages_load_with_their_metadata_and_without_page_chrome():
    corpus = analysis.load_corpus(FIXTURES, cache=False)
    articles = corpus.articles.set_index("article_id")
    assert sorted(articles.index) == ["broadcast_page", "wire_story"]
    wire = articles.loc["wire_story"]
    assert wire.title == "EU ministers back new sanctions package as talks stall"
    assert wire.outlet == "The Daily Ledger"
    assert wire.url == "https://dailyledger.example/world/eu-sanctions-package"
    assert wire.published == pd.Timestamp("2025-12-15")
    assert "We will keep up the pressure until Moscow is ready" in wire.text
    for chrome in ["Subscribe", "Related stories", "Great reporting", "All rights reserved", "Sport"]:
        assert chrome not in wire.text, chrome
    broadcast = articles.loc["broadcast_page"]
    assert broadcast.outlet == "Northside Broadcasting" and broadcast.published == pd.Timestamp("2025-11-20")
    assert "cookies" not in broadcast.text and "Sign up" not in broadcast.text
    assert "no innovations" in broadcast.text


def test_a_page_without_an_article_is_a_problem_not_an_article():
    corpus = analysis.load_corpus(FIXTURES, cache=False)
    problem = corpus.problems.set_index(corpus.problems["source"].map(lambda s: Path(s).name))
    assert "without article text" in problem.at["no_article.html", "problem"]


# --- record exports with other column names ---------------------------------------------

def test_common_export_column_names_are_mapped(tmp_path):
    path = tmp_path / "export.jsonl"
    rows = [{"id": "n1", "Headline": "Talks in Geneva", "body": STORY, "pubdate": "2025-11-30",
             "source": "Wire Service", "link": "https://example.org/n1"}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    article = analysis.load_corpus(path, cache=False).articles.iloc[0]
    assert (article.article_id, article.title, article.outlet, article.url) == (
        "n1", "Talks in Geneva", "Wire Service", "https://example.org/n1")
    assert article.published == pd.Timestamp("2025-11-30")


def test_unknown_layout_lists_the_accepted_names(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("words,when\nhello,2025\n", encoding="utf-8")
    with pytest.raises(analysis.CorpusError) as err:
        analysis.load_corpus(path)
    message = str(err.value)
    assert "odd.csv" in message and all(name in message for name in ["body", "content", "text"])


# --- encodings -----------------------------------------------------------------------------

SAMPLE = "Zelenskyy’s “plan” – café"


@pytest.mark.parametrize("data, repaired", [
    (SAMPLE.encode("utf-8"), False),
    (SAMPLE.encode("utf-8-sig"), False),
    (SAMPLE.encode("utf-16"), False),  # with BOM
    (SAMPLE.encode("cp1252"), True),
])
def test_encodings_are_detected_and_decoded(data, repaired):
    decoded = decode(data)
    assert decoded.text == SAMPLE
    assert (decoded.repair is not None) == repaired


def test_windows_1252_file_loads_and_is_recorded_as_repaired(tmp_path):
    (tmp_path / "legacy.txt").write_bytes(("The minister’s “red lines” remain. " + STORY).encode("cp1252"))
    corpus = analysis.load_corpus(tmp_path, cache=False)
    assert "The minister’s “red lines” remain." in corpus.articles.at[0, "text"]
    assert corpus.problems.iloc[0]["action"] == "repaired"
    assert "cp1252" in corpus.problems.iloc[0]["problem"]


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03\x04\x05\x06\x07" * 64, bytes(range(256)) * 4])
def test_undecodable_bytes_are_a_clear_problem(data):
    with pytest.raises(Unreadable, match="binary|encoding"):
        decode(data)


def test_control_characters_are_stripped(tmp_path):
    (tmp_path / "ctl.txt").write_text("Officials\x0b met\x1b in Geneva.\x7f " + STORY, encoding="utf-8")
    text = analysis.load_corpus(tmp_path, cache=False).articles.at[0, "text"]
    assert text.startswith("Officials met in Geneva.")


# --- long articles -------------------------------------------------------------------------

def test_an_article_longer_than_the_model_limit_is_parsed_in_pieces(monkeypatch):
    long_text = "\n\n".join(f"Paragraph {i}. " + STORY for i in range(12))
    frame = pd.DataFrame({"article_id": ["long"], "text": [long_text]})
    whole = analysis.load_corpus(frame, cache=False)
    monkeypatch.setattr(nlp_module, "MAX_CHARS", 700)
    pieces = analysis.load_corpus(frame, cache=False)
    text = pieces.articles.at[0, "text"]
    assert text == whole.articles.at[0, "text"]
    for row in pieces.sentences.itertuples():
        assert text[row.start:row.end] == row.text
    assert list(pieces.sentences["text"]) == list(whole.sentences["text"])
    assert list(pieces.entities["start"]) == list(whole.entities["start"])


# --- duplicates and syndication ------------------------------------------------------------

def test_exact_and_near_duplicates_point_at_the_earliest_original():
    edited = STORY.replace("productive", "useful") * 1
    frame = pd.DataFrame({
        "article_id": ["repost", "wire", "rewrite", "other"],
        "title": ["Talks go on", "Geneva talks", "A different headline", "Paris"],
        "text": [STORY * 2, STORY * 2, (edited + STORY), "Protesters gathered in Paris on Saturday "
                 "to demand higher wages, and unions said more strikes would follow next month."],
        "published": ["2025-12-02", "2025-12-01", "2025-12-03", "2025-12-01"]})
    articles = analysis.load_corpus(frame, cache=False).articles.set_index("article_id")
    assert pd.isna(articles.at["wire", "duplicate_of"])
    assert articles.at["repost", "duplicate_of"] == "wire"
    assert articles.at["repost", "duplicate_similarity"] == pytest.approx(1.0)
    assert articles.at["rewrite", "duplicate_of"] == "wire"
    assert 0.8 <= articles.at["rewrite", "duplicate_similarity"] < 1.0
    assert pd.isna(articles.at["other", "duplicate_of"])


def test_deduplicated_corpus_drops_the_copies_from_every_table():
    frame = pd.DataFrame({"article_id": ["a", "b"], "text": [STORY, STORY]})
    corpus = analysis.load_corpus(frame, cache=False)
    dedup = corpus.deduplicated()
    assert list(dedup.articles["article_id"]) == ["a"]
    assert set(dedup.sentences["article_id"]) == {"a"} and set(dedup.entities["article_id"]) == {"a"}
    assert len(corpus.sentences) == 2 * len(dedup.sentences)


# --- nothing lost ----------------------------------------------------------------------------

def test_every_input_file_is_an_article_or_a_problem(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.md").write_text("Heading Line\n\n" + STORY, encoding="utf-8")
    (tmp_path / "c.html").write_text((FIXTURES / "wire_story.html").read_text(), encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")
    (tmp_path / "e.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / "f.txt").write_bytes(b"\x00" * 100)
    corpus = analysis.load_corpus(tmp_path, cache=False)
    skipped = corpus.problems[corpus.problems["action"] == "skipped"]["source"].map(lambda s: Path(s).name)
    loaded = {Path(s).name for s in corpus.articles["source"]}
    inputs = {p.name for p in tmp_path.iterdir()}
    assert loaded | set(skipped) == inputs
    assert not loaded & set(skipped)


def _build(args):
    source, cache = args
    import os
    os.environ["ANALYSIS_CACHE_DIR"] = cache
    corpus = analysis.load_corpus(source)
    return len(corpus.sentences)


def test_two_processes_building_at_once_leave_a_valid_cache(tmp_path, monkeypatch):
    cache = str(tmp_path / "cache")
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        sizes = pool.map(_build, [("seeds", cache), ("seeds", cache)])
    assert sizes[0] == sizes[1] > 100
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", cache)
    again = analysis.load_corpus("seeds")
    assert again.cache_stats == {"from_cache": 5, "annotated": 0, "snapshot": True}
    assert len(again.sentences) == sizes[0]
    assert not list(Path(cache).rglob("*.tmp"))
