"""Tables for sourcing analysis: who is quoted, how much, from which side, with which verbs."""

from __future__ import annotations

import pandas as pd

UNKNOWN_LABEL = "(unknown)"  # an outlet or speaker that is not known


def _quotes(corpus) -> pd.DataFrame:
    quotes = corpus.quotes.merge(
        corpus.articles[["article_id", "outlet"]], on="article_id", how="left"
    )
    quotes["outlet"] = quotes["outlet"].fillna(UNKNOWN_LABEL)
    quotes["speaker"] = quotes["speaker"].fillna(UNKNOWN_LABEL)
    quotes["speaker_side"] = quotes["speaker_side"].fillna("unknown")
    quotes["words"] = quotes["text"].str.split().str.len()
    return quotes


def quotes_by_speaker(corpus) -> pd.DataFrame:
    """Statements (quote groups), quote rows and quoted words per speaker, with side and type."""
    quotes = _quotes(corpus)
    keys = ["speaker", "speaker_type", "speaker_side"]
    table = (
        quotes.groupby(keys)
        .agg(quotes=("text", "size"), words=("words", "sum"), articles=("article_id", "nunique"))
        .reset_index()
    )
    statements = (
        quotes.drop_duplicates(["article_id", "quote_group"])
        .groupby(keys)
        .size()
        .rename("statements")
    )
    table = table.merge(statements.reset_index(), on=keys)
    return table.sort_values(["statements", "words"], ascending=False).reset_index(drop=True)


def share_of_voice(corpus, by: str = "article_id") -> pd.DataFrame:
    """Quoted words and statements per side, per article or outlet, with the share of words."""
    quotes = _quotes(corpus)
    table = (
        quotes.groupby([by, "speaker_side"])
        .agg(words=("words", "sum"), quotes=("text", "size"))
        .reset_index()
    )
    table["share_of_words"] = table["words"] / table.groupby(by)["words"].transform("sum")
    return table


def source_types(corpus) -> pd.DataFrame:
    """Named persons vs organisations vs media vs anonymous vs unknown sources, per article."""
    return (
        _quotes(corpus)
        .groupby(["article_id", "speaker_type"])
        .size()
        .rename("quotes")
        .reset_index()
    )


def reporting_verbs(corpus) -> pd.DataFrame:
    """Reporting verbs with their connotation tier (neutral, endorsing, distancing, guilt,
    emotive)."""
    quotes = _quotes(corpus)
    quotes = quotes[quotes["cue"].notna()]
    return (
        quotes.groupby(["cue", "cue_tier"], dropna=False)
        .agg(quotes=("text", "size"), speakers=("speaker", "nunique"))
        .reset_index()
        .sort_values("quotes", ascending=False)
    )


def mentions_vs_quotes(corpus) -> pd.DataFrame:
    """Who is talked about vs who gets to speak: mentions and statements per registry actor."""
    entities = corpus.entities[
        corpus.entities["actor_type"].isin(["person", "organization", "media"])
    ]
    mentions = entities.groupby(["canonical", "side"], dropna=False).size().rename("mentions")
    quotes = _quotes(corpus)
    statements = (
        quotes.drop_duplicates(["article_id", "quote_group"])
        .groupby("speaker")
        .size()
        .rename("statements")
    )
    table = mentions.reset_index().merge(
        statements, left_on="canonical", right_index=True, how="left"
    )
    table["statements"] = table["statements"].fillna(0).astype(int)
    table["side"] = table["side"].fillna("unknown")
    return table.sort_values("mentions", ascending=False).reset_index(drop=True)
