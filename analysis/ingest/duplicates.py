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
SCHEME = "affine32"  # datasketch >= 2.0's collision-free permutations
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[str]:
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(body: str):
    """MinHash values of a body's shingles (computed once per article, then cached)."""
    sketch = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME)
    sketch.update_batch([s.encode("utf-8") for s in shingles(body)])
    return sketch.hashvalues


def find_duplicates(
    articles: pd.DataFrame, signatures=None, *, threshold: float = THRESHOLD
) -> pd.DataFrame:
    """Columns duplicate_of (the original's article_id or missing) and duplicate_similarity.

    signatures: one MinHash value array per article (from ``signature``); computed when absent."""
    if signatures is None:
        signatures = [
            signature(text[int(end) :])
            for text, end in zip(articles["text"], articles["headline_end"], strict=True)
        ]
    signatures = dict(zip(articles.index, signatures, strict=True))
    order = articles.assign(_pos=range(len(articles))).sort_values(
        ["published", "_pos"], na_position="last", kind="stable"
    )
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    sketches, original_of, found = {}, {}, {}
    ids = articles["article_id"]
    for index in order.index:
        sketch = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashvalues=signatures[index])
        matches = [(sketch.jaccard(sketches[key]), key) for key in lsh.query(sketch)]
        matches = [(similarity, key) for similarity, key in matches if similarity >= threshold]
        if matches:
            similarity, key = max(matches, key=lambda m: (m[0], -order.index.get_loc(m[1])))
            original_of[index] = original_of[key]
            found[index] = (ids[original_of[key]], similarity)
        else:
            original_of[index] = index
        sketches[index] = sketch
        lsh.insert(index, sketch)
    result = pd.DataFrame(
        {
            "duplicate_of": pd.Series(
                {i: found[i][0] for i in found}, index=articles.index, dtype=object
            ),
            "duplicate_similarity": pd.Series(
                {i: found[i][1] for i in found}, index=articles.index, dtype=float
            ),
        }
    )
    return result
