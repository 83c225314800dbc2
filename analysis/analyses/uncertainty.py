"""How sure a share is: percentile bootstrap intervals that resample articles.

A share of a corpus (of voice by side, of statements by gender, of sentences by frame, of quotes
by source type) comes from a handful of articles, and the articles, not the quotes or sentences,
are the sampled units: quotes of one article are not independent. ``share_intervals`` resamples
the articles of each group with replacement (``scipy.stats.bootstrap``, percentile method) and
gives the 2.5th and 97.5th percentiles of each share. A group of one article cannot say how
another article would have gone: its interval (``within=``) resamples its own parts instead,
sentences or statements, and so says how sure the share is of that article's own text; without
``within`` it has none (NaN).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

RESAMPLES = 1000
LEVEL = 0.95
SEED = 0
BATCH_CELLS = 4_000_000  # values a batch of resamples may hold: memory stays flat on large corpora


def share_intervals(
    items: pd.DataFrame,
    group: str,
    category: str,
    *,
    weight: str | None = None,
    totals: pd.DataFrame | None = None,
    unit: str = "article_id",
    within: str | None = None,
    resamples: int = RESAMPLES,
    seed: int = SEED,
) -> pd.DataFrame:
    """Per ``group`` and ``category``: the share and its bootstrap interval (``share_low``,
    ``share_high``), resampling ``unit`` (articles) within the group.

    ``items`` has one row per counted thing (a quote, a sentence with a frame) with ``group``,
    ``category``, ``unit`` and optionally a ``weight`` column (quoted words). The share is the
    category's total over the group's total; with ``totals`` (columns ``group``, ``unit`` and
    ``total``: every unit of each group, e.g. each article of an outlet with its sentences) it is
    over those totals instead, so shares need not sum to one.

    A group of one article (``group`` is ``unit``) has no articles to resample: with ``within``
    (a column of ``items`` naming the article's own parts, e.g. ``sentence_id`` or
    ``quote_group``) the interval resamples those parts instead (with ``totals``, the article's
    total counts its parts, those without the category included); without it, NaN.
    """
    rows = []
    values = items.assign(_w=items[weight].astype(float) if weight else 1.0)
    if group == unit:  # one article per group: resample its parts, or no interval
        values = values.assign(_unit=values[within] if within else values[unit])
        if within and totals is not None:
            totals = _part_totals(values, totals, group)
        elif totals is not None:
            totals = totals.assign(_unit=totals[group])
        unit = "_unit"
    for key, part in values.groupby(group, sort=False):
        counts = part.pivot_table(index=unit, columns=category, values="_w", aggfunc="sum",
                                  fill_value=0.0)  # fmt: skip
        if totals is not None:
            own = totals[totals[group] == key].set_index(unit)["total"]
            counts = counts.reindex(own.index, fill_value=0.0)
            denominators = own.to_numpy(float)
        else:
            denominators = counts.sum(axis=1).to_numpy(float)
        matrix = counts.to_numpy(float)
        share = (
            matrix.sum(axis=0) / denominators.sum() if denominators.sum() else matrix[0] * np.nan
        )
        low, high = _percentiles(matrix, denominators, resamples, seed)
        for i, name in enumerate(counts.columns):
            rows.append({group: key, category: name, "share": share[i],
                         "share_low": low[i], "share_high": high[i]})  # fmt: skip
    return pd.DataFrame(rows, columns=[group, category, "share", "share_low", "share_high"])


def _part_totals(values: pd.DataFrame, totals: pd.DataFrame, group: str) -> pd.DataFrame:
    """Totals of one-article groups as parts that count one each: the parts with items, then
    as many empty parts as the article's total leaves ("_none0", "_none1", ...)."""
    rows = []
    for key, total in totals.groupby(group)["total"].sum().items():
        seen = list(dict.fromkeys(values.loc[values[group] == key, "_unit"]))
        parts = seen + [f"_none{i}" for i in range(max(0, int(total) - len(seen)))]
        rows += [{group: key, "_unit": part, "total": 1.0} for part in parts]
    return pd.DataFrame(rows, columns=[group, "_unit", "total"])


def _percentiles(matrix: np.ndarray, denominators: np.ndarray, resamples: int, seed: int):
    """The bootstrap interval of each column's share (column sums over the denominators' sum),
    resampling rows; NaN with fewer than two rows.

    The same draws and percentiles as ``bootstrap_interval`` (``scipy.stats.bootstrap``: rows
    picked with ``integers(0, n, (batch, n))`` from the same generator), but each resample is a
    vector of how often each row was picked, so that the sums are one matrix product instead of
    a copy of every picked row: 100,000 articles take seconds, not a minute."""
    rows = len(matrix)
    if rows < 2 or not denominators.sum():
        nothing = np.full(matrix.shape[1], np.nan)
        return nothing, nothing
    generator, shares = np.random.default_rng(seed), []
    batch = max(1, BATCH_CELLS // rows)
    for start in range(0, resamples, batch):
        size = min(batch, resamples - start)
        picked = generator.integers(0, rows, (size, rows)) + np.arange(size)[:, None] * rows
        times = np.bincount(picked.ravel(), minlength=size * rows).reshape(size, rows)
        with np.errstate(invalid="ignore", divide="ignore"):
            shares.append((times @ matrix) / (times @ denominators)[:, None])
    tail = (1 - LEVEL) / 2 * 100
    low, high = np.percentile(np.concatenate(shares), [tail, 100 - tail], axis=0)
    return low, high


def bootstrap_interval(statistic, *samples, vectorized: bool = False, resamples: int = RESAMPLES,
                       seed: int = SEED, width: int | None = None):  # fmt: skip
    """The percentile 95% interval (low, high) of ``statistic`` over ``samples`` resampled
    together (``scipy.stats.bootstrap``, paired); NaN (of ``width`` values, or one) when there
    are fewer than two units to resample. Every interval of the workbench comes from here.
    Resamples are drawn in batches of at most ``BATCH_CELLS`` values (the same draws as one
    batch), so that 100,000 articles do not take gigabytes."""
    from scipy.stats import bootstrap

    if len(samples[0]) < 2:
        nothing = np.full(width, np.nan) if width else float("nan")
        return nothing, nothing
    result = bootstrap(
        samples,
        statistic,
        paired=len(samples) > 1,
        vectorized=vectorized,
        n_resamples=resamples,
        batch=max(1, BATCH_CELLS // (len(samples[0]) * (width or 1))),
        confidence_level=LEVEL,
        method="percentile",
        random_state=np.random.default_rng(seed),
    )
    return result.confidence_interval.low, result.confidence_interval.high
