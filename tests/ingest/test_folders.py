"""Every entry of a folder is accounted for: articles (also in subfolders), records of .jsonl
and .csv files, and a problem row for the rest (broken links, link loops, other types)."""

import json
import os

import pytest

from analysis.ingest.sources import read_source

TEXT = "The minister said the talks would resume on Monday in Geneva."


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "guardian" / "2005").mkdir(parents=True)
    (tmp_path / "guardian" / "2005" / "talks.txt").write_text(TEXT)
    (tmp_path / "flat.txt").write_text(TEXT + " Again.")
    (tmp_path / "batch.jsonl").write_text(json.dumps({"article_id": "r1", "text": TEXT + " R."}))
    (tmp_path / "metadata.csv").write_text("file,outlet\nflat.txt,BBC\n")
    (tmp_path / "topic.yaml").write_text("name: mine\n")
    (tmp_path / "notes.pdf").write_bytes(b"PK\x03\x04")
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    os.symlink(tmp_path, tmp_path / "guardian" / "loop")
    return tmp_path


def test_nested_articles_records_and_reserved_names(folder):
    articles, problems = read_source(folder)
    assert sorted(a.article_id for a in articles) == ["flat", "guardian/2005/talks", "r1"]
    by_source = {p.source: p.problem for p in problems}
    assert "broken link" in by_source[str(folder / "broken.txt")]
    assert "link loop" in by_source[str(folder / "guardian" / "loop")]
    assert "not an article file" in by_source[str(folder / "notes.pdf")]
    assert not any("metadata.csv" in p.source or "topic.yaml" in p.source for p in problems)


def test_every_entry_is_an_article_or_a_problem(folder):
    articles, problems = read_source(folder)
    sources = [a.source for a in articles] + [p.source for p in problems]
    accounted = {source.split(" record ")[0] for source in sources}  # "batch.jsonl record 1"
    for root, dirs, files in os.walk(folder):
        for name in files + [d for d in dirs if os.path.islink(os.path.join(root, d))]:
            path = os.path.join(root, name)
            if name in ("metadata.csv", "topic.yaml") or "loop" in root:
                continue
            assert path in accounted, path
