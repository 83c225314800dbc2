"""Duplicates marked in a loaded corpus (cleaned text, headline apart), and the deduplicated
corpus (the detection itself on literal texts: tests/ingest/test_duplicates.py)."""

import pandas as pd
import pytest

STORY = (
    "Diplomats from the United States and Ukraine met in Geneva on Sunday to discuss a peace "
    "plan drafted in Washington. Officials said the talks were productive and would continue "
    "next week. Moscow said it had not been consulted about the latest draft, and European "
    "governments asked to be included in any settlement that touched their security. "
)


def test_exact_and_near_duplicates_point_at_the_earliest_original(load_corpus):
    edited = STORY.replace("productive", "useful")
    other = (
        "Protesters gathered in Paris on Saturday to demand higher wages, and unions said more "
        "strikes would follow next month."
    )
    frame = pd.DataFrame(
        {
            "article_id": ["repost", "wire", "rewrite", "other"],
            "title": ["Talks go on", "Geneva talks", "A different headline", "Paris"],
            "text": [STORY * 2, STORY * 2, edited + STORY, other],
            "published": ["2025-12-02", "2025-12-01", "2025-12-03", "2025-12-01"],
        }
    )
    articles = load_corpus(frame, cache=False).articles.set_index("article_id")
    assert pd.isna(articles.at["wire", "duplicate_of"])
    assert articles.at["repost", "duplicate_of"] == "wire"
    assert articles.at["repost", "duplicate_similarity"] == pytest.approx(1.0)
    assert articles.at["rewrite", "duplicate_of"] == "wire"
    assert 0.8 <= articles.at["rewrite", "duplicate_similarity"] < 1.0
    assert pd.isna(articles.at["other", "duplicate_of"])


def test_deduplicated_corpus_drops_the_copies_from_every_table(load_corpus):
    frame = pd.DataFrame({"article_id": ["a", "b"], "text": [STORY, STORY]})
    corpus = load_corpus(frame, cache=False)
    dedup = corpus.deduplicated()
    assert list(dedup.articles["article_id"]) == ["a"]
    assert set(dedup.sentences["article_id"]) == {"a"} and set(dedup.entities["article_id"]) == {
        "a"
    }
    assert len(corpus.sentences) == 2 * len(dedup.sentences)
