"""Exact and near-duplicate articles (syndicated wire copy, lightly edited reposts).

Bodies (the text after the headline: outlets retitle wire stories) are compared as sets of
word 5-gram shingles. MinHash LSH (datasketch) finds candidate pairs in near-linear time; a
candidate is a duplicate when the estimated Jaccard similarity of the shingles reaches
``threshold``. Every duplicate points at the cluster's original: the earliest published article
(load order breaks ties and stands in for unknown dates).
"""
from __future__ import annotations

import re

import pandas as pd
from datasketch import MinHash, MinHashLSH

THRESHOLD = 0.8
SHINGLE = 5
NUM_PERM = 128
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def _minhash(shingle_set: set[str]) -> MinHash:
    sketch = MinHash(num_perm=NUM_PERM, seed=1)
    sketch.update_batch([s.encode("utf-8") for s in shingle_set])
    return sketch


def find_duplicates(articles: pd.DataFrame, *, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Columns duplicate_of (the original's article_id or missing) and duplicate_similarity."""
    order = articles.assign(_pos=range(len(articles))).sort_values(
        ["published", "_pos"], na_position="last", kind="stable")
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sketches, original_of = {}, {}
    result = pd.DataFrame({"duplicate_of": pd.Series([None] * len(articles), dtype=object),
                           "duplicate_similarity": float("nan")}, index=articles.index)
    for index, row in order.iterrows():
        body = row["text"][int(row["headline_end"]):]
        sketch = _minhash(shingles(body))
        matches = [(sketch.jaccard(sketches[key]), key) for key in lsh.query(sketch)]
        matches = [(sim, key) for sim, key in matches if sim >= threshold]
        if matches:
            similarity, key = max(matches, key=lambda m: (m[0], -order.index.get_loc(m[1])))
            result.loc[index] = [articles.at[original_of[key], "article_id"], similarity]
            original_of[index] = original_of[key]
        else:
            original_of[index] = index
        key = index
        sketches[key] = sketch
        lsh.insert(key, sketch)
    return result
