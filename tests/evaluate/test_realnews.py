"""Figures on real news (the BBC gold of tests/gold/bbc, development part) stay at their
measured level. Skipped when ../shared/corpora/bbc-politics is not beside the checkout."""

import pytest

from analysis.corpus.load import load_corpus
from analysis.evaluate import gender, realnews

pytestmark = [
    pytest.mark.slow,
    pytest.mark.model,
    pytest.mark.skipif(
        not realnews.BBC_CORPUS.is_dir(),
        reason="../shared/corpora/bbc-politics is not beside the checkout",
    ),
]


def test_quotes_speakers_and_sides_on_the_development_part():
    files = realnews.gold_articles(realnews.PARTS["dev"])
    coded = realnews.read_coded(realnews.BBC_GOLD / "quotes")
    predicted = realnews._predict(realnews.BBC_CORPUS, files)
    counts = realnews.RealScore()
    for f in files:
        text = (realnews.BBC_CORPUS / f).read_text(encoding="utf-8").rstrip("\n")
        gold = realnews.gold_statements(coded[f], text)
        realnews.score_article(gold, predicted[f], counts, realnews.actor_sides())
    whole = counts.by_kind["all"]
    assert whole.gold == 628
    # first run F1 0.760, speaker 0.723, side 0.829; 0.903 / 0.891 / 0.957 after the second
    # round, 0.903 / 0.909 / 0.960 after the third
    assert whole.f1 >= 0.89 and whole.speaker_accuracy >= 0.90
    assert counts.side_accuracy >= 0.95


def test_speaker_gender_on_the_development_part():
    files = gender.gold_articles(gender.PARTS["dev"])
    corpus = load_corpus([realnews.BBC_CORPUS / f for f in files], topic=realnews.BBC_TOPIC)
    result = gender.score(gender.gold_people(files), corpus)
    total = sum(result["gold"].values())
    assert total == 316 and result["gold"]["female"] == 49
    assert result["covered"] / total >= 0.92  # 0.934
    assert result["misgendered"] / total <= 0.03  # 0.006
    coded, predicted = result["statements"]["gold"], result["statements"]["predicted"]
    share = coded["female"] / sum(coded.values()) - predicted["female"] / sum(predicted.values())
    assert abs(share) <= 0.03  # women's share of statements: coded 0.112, predicted 0.107


def test_the_quote_gold_parts_share_no_article():
    """Each held-out part holds articles that no other gold (quotes, people, frames) uses; the
    fourth frame held-out part, only ever scored, shares the unscored part's articles, and the
    fifth those of the first two quote held-out parts (spent: their quotes were read, never
    their frames)."""
    import csv

    rows = list(csv.DictReader((realnews.BBC_GOLD / "articles.csv").open(encoding="utf-8")))
    parts = {row["part"]: set() for row in rows}
    for row in rows:
        parts[row["part"]].add(row["file"])
    sentences = list(csv.DictReader((realnews.BBC_GOLD / "sentences.csv").open()))
    shared = {"frames-heldout4", "frames-heldout5"}
    framed = {r["file"] for r in sentences if r["part"] not in shared}
    coded = realnews.read_coded(realnews.BBC_GOLD / "quotes")
    assert len(parts["quotes-heldout2"]) == 22 and parts["quotes-heldout2"] <= set(coded)
    assert len(parts["quotes-heldout3"]) == 22 and parts["quotes-heldout3"] <= set(coded)
    for held_out in ("quotes-heldout", "quotes-heldout2", "quotes-heldout3"):
        others = set().union(*(files for part, files in parts.items() if part != held_out))
        assert not parts[held_out] & (others | framed)
