"""Every column of every table is documented, and the shared contract check passes."""

import subprocess
import sys
from pathlib import Path

import pytest

from analysis.schemas import TABLES

CONTRACT = {
    "articles": ["article_id", "title", "outlet", "published", "text"],
    "sentences": ["article_id", "sentence_id", "start", "end", "text", "polarity", "subjectivity"],
    "entities": ["article_id", "sentence_id", "start", "end", "text", "label", "canonical", "side"],
    "quotes": [
        "article_id",
        "sentence_id",
        "start",
        "end",
        "text",
        "kind",
        "quote_group",
        "speaker",
        "speaker_type",
        "speaker_side",
        "cue",
    ],
    "events": [
        "article_id",
        "sentence_id",
        "date",
        "granularity",
        "date_text",
        "event_type",
        "actors",
        "place",
        "text",
    ],
    "frames": ["article_id", "sentence_id", "frame", "cues", "score"],
    "problems": ["source", "problem"],
}


@pytest.mark.parametrize("table", list(TABLES))
def test_every_column_is_documented(table):
    columns = TABLES[table].to_schema().columns
    undocumented = [
        name for name, column in columns.items() if not (column.description or "").strip()
    ]
    assert undocumented == []


@pytest.mark.parametrize("table", list(CONTRACT))
def test_schemas_hold_the_contract_columns(table):
    assert set(CONTRACT[table]) <= set(TABLES[table].to_schema().columns)


@pytest.mark.parametrize("table", list(TABLES))
def test_corpus_tables_match_their_schema(seeds_corpus, table):
    frame = getattr(seeds_corpus, table)
    assert list(frame.columns) == list(TABLES[table].to_schema().columns)
    TABLES[table].validate(frame)


@pytest.mark.model  # the check loads the seeds in a subprocess
def test_shared_contract_check_passes(tmp_path):
    script = Path("..") / "shared" / "contract_check.py"
    if not script.exists():
        pytest.skip("../shared/contract_check.py is not beside this checkout")
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env={"ANALYSIS_CACHE_DIR": str(tmp_path), "PATH": ""},
    )
    assert "contract holds" in result.stdout, result.stdout + result.stderr
