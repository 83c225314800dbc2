"""Fuzzing ingestion with byte-level mutations of real articles (no spaCy model): every input
ends as an article or a problem, an article keeps 98% of a clean decode, no mojibake is left."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest.fuzz import KINDS, check, mutate

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = (
    sorted((ROOT / "seeds").glob("*.txt"))
    + sorted((ROOT.parent / "shared" / "corpora" / "bbc-politics").glob("*.txt"))[:40]
)


@pytest.mark.parametrize("kind", KINDS)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    article=st.sampled_from(ARTICLES),
    position=st.floats(0, 1),
    payload=st.binary(min_size=1, max_size=1),
)
def test_mutated_articles_keep_their_text(kind, article, position, payload):
    data, codec = mutate(article.read_bytes(), kind, position, payload)
    assert check(data, codec) == ""
