"""The people table: one row per distinct person, from the entities and quotes tables.

A person is a canonical name that the entities table gives a gender call (a person mention) or
that speaks as ``speaker_type`` person. Each article's call for the person (entities.gender,
decided from that article's evidence) is pooled over the corpus: the pack's gender when the pack
gives one; else the calls of the strongest basis found (title, then pronoun, then first name),
by majority, the confidence scaled by the share of those calls that agree.
"""

from __future__ import annotations

import pandas as pd

from ..nlp.gender import UNKNOWN

BASIS_ORDER = ("pack", "title", "pronoun", "first_name", "none")
COLUMNS = ["canonical", "gender", "gender_basis", "gender_confidence", "gender_evidence", "side",
           "statements", "quoted_words", "mentions", "articles"]  # fmt: skip


def people_table(entities: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    persons = entities[entities["gender"].notna()]
    speakers = quotes[(quotes["speaker_type"] == "person") & quotes["speaker"].notna()]
    calls = persons.drop_duplicates(["canonical", "article_id"])
    rows = []
    for name in sorted(set(persons["canonical"]) | set(speakers["speaker"])):
        said = speakers[speakers["speaker"] == name]
        named = persons[persons["canonical"] == name]
        rows.append({
            "canonical": name,
            **_pooled(calls[calls["canonical"] == name]),
            "side": named["side"].dropna().mode().iloc[0] if named["side"].notna().any()
            else _first(said["speaker_side"]),
            "statements": said[["article_id", "quote_group"]].drop_duplicates().shape[0],
            "quoted_words": int(said["text"].str.split().str.len().sum()),
            "mentions": len(named),
            "articles": len(set(named["article_id"]) | set(said["article_id"])),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=COLUMNS)


def _pooled(calls: pd.DataFrame) -> dict:
    """One gender from the articles' calls for a person (strongest basis, then majority)."""
    for basis in BASIS_ORDER[:-1]:
        chosen = calls[calls["gender_basis"] == basis]
        if len(chosen):
            votes = chosen["gender"].value_counts()
            gender, agreeing = votes.index[0], int(votes.iloc[0])
            example = chosen[chosen["gender"] == gender].iloc[0]
            share = agreeing / len(chosen)
            return {
                "gender": gender,
                "gender_basis": basis,
                "gender_confidence": round(float(example["gender_confidence"]) * share, 3),
                "gender_evidence": f"{example['gender_evidence']} ({example['article_id']})"
                + (f"; {agreeing} of {len(chosen)} articles agree" if len(chosen) > 1 else ""),
            }
    return {"gender": UNKNOWN, "gender_basis": "none", "gender_confidence": 0.0,
            "gender_evidence": ""}  # fmt: skip


def _first(values: pd.Series):
    values = values.dropna()
    return values.iloc[0] if len(values) else None
