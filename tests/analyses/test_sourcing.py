"""Sourcing tables and the validation helper (export a sample, score the coded file)."""
import pandas as pd

from analysis import sourcing
from analysis.quote_validation import export_sample, score_coded


def test_statements_are_counted_as_quote_groups(seeds_corpus):
    table = sourcing.quotes_by_speaker(seeds_corpus).set_index("speaker")
    graham = seeds_corpus.quotes[seeds_corpus.quotes["speaker"] == "Lindsey Graham"]
    assert table.at["Lindsey Graham", "quotes"] == len(graham)
    assert table.at["Lindsey Graham", "statements"] == graham["quote_group"].nunique() < len(graham)


def test_share_of_voice_sums_to_one_per_article(seeds_corpus):
    shares = sourcing.share_of_voice(seeds_corpus).groupby("article_id")["share_of_words"].sum()
    assert (shares.round(6) == 1).all()


def test_mentions_vs_statements(seeds_corpus):
    table = sourcing.mentions_vs_quotes(seeds_corpus).set_index("canonical")
    assert table.at["Vladimir Putin", "mentions"] > table.at["Vladimir Putin", "statements"] >= 1


def test_validation_round_trip(seeds_corpus, tmp_path):
    path = tmp_path / "sample.csv"
    rows = export_sample(seeds_corpus, path, n=20, seed=3)
    coded = pd.read_csv(path, dtype=str, keep_default_na=False)
    predicted = coded["quote"] != ""
    assert predicted.sum() > 0
    # a coder: every predicted quote is a quote, the first one has the wrong speaker, one quote was missed
    coded.loc[predicted, "coded_is_quote"] = "yes"
    coded.loc[coded.index[predicted][0], "coded_speaker"] = "Someone Else"
    coded.loc[coded.index[0], "coded_missed"] = "1"
    coded.to_csv(path, index=False)
    figures = score_coded(path)
    n = int(predicted.sum())
    assert figures["precision"] == 1.0
    assert figures["recall"] == n / (n + 1)
    assert figures["speaker_accuracy"] == (n - 1) / n
    assert figures["sentences"] == 20 and len(rows) >= 20
