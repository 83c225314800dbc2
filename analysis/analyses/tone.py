"""Sentence tone over a corpus: the polarity distribution, optimism and scepticism cues, the
sentiment arc, headline against body, and the narrator's voice against quoted voices."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..corpus.query import corpus_sql, grouped, tables_of

POLARITY_STEP = 0.1  # width of a polarity bin
CUE_COLUMNS = ("n_hedge", "n_booster", "n_optimism", "n_scepticism")  # sentences columns
NEUTRAL_BAND = 0.1  # |polarity| at or below this is a neutral sentence (validation, evaluation)


def tone_label(polarity: float, band: float = NEUTRAL_BAND) -> str:
    """positive above ``band``, negative below minus it, neutral between (and with no score).

    >>> [tone_label(p) for p in (0.3, -0.2, 0.05, float("nan"))]
    ['positive', 'negative', 'neutral', 'neutral']
    """
    if polarity != polarity:  # NaN: no scored word
        return "neutral"
    return "positive" if polarity > band else "negative" if polarity < -band else "neutral"


def polarity_histogram(corpus, *, step: float = POLARITY_STEP, by: str = "article_id"):
    """Sentences per TextBlob polarity bin (``bin_start`` to ``bin_end``, the start included;
    1.0 falls in the last bin) per article (or per outlet, ...: ``group_column``). ``corpus``: a
    corpus, or its sentences table."""
    corpus = tables_of(corpus, sentences=None)
    group, source = grouped(corpus, "sentences", by, "s")
    last = round(2 / step) - 1
    counts = corpus_sql(corpus, f"""
        select {group} as "{by}",
            least(cast(floor(round((coalesce(s.polarity, 1) + 1) / $step, 9)) as integer),
                  $last) as bin,
            count(*) as sentences
        from {source} group by all order by all""", {"step": step, "last": last})  # fmt: skip
    edges = np.round(np.arange(-1, 1 + step / 2, step), 10)
    counts["bin_start"] = edges[counts["bin"]]
    counts["bin_end"] = edges[counts["bin"] + 1]
    return counts.drop(columns="bin")


def cue_totals(corpus, by: str = "article_id", *, cues=CUE_COLUMNS) -> pd.DataFrame:
    """Hedges, boosters, optimism and scepticism cues per article (or per outlet, ...), with the
    sentences counted. ``corpus``: a corpus, or its sentences table."""
    corpus = tables_of(corpus, sentences=None)
    group, source = grouped(corpus, "sentences", by, "s")
    sums = ", ".join(f'cast(sum(s."{cue}") as bigint) as "{cue}"' for cue in cues)
    return corpus_sql(corpus, f"""
        select {group} as "{by}", count(*) as sentences, {sums}
        from {source} group by all order by all""")  # fmt: skip


def tone_cue_counts(corpus, by: str = "article_id") -> pd.DataFrame:
    """Optimism and scepticism cues per article (or per outlet, ...), long form (``by``, cue,
    count)."""
    data = cue_totals(corpus, by, cues=("n_optimism", "n_scepticism")).drop(columns="sentences")
    data = data.melt(by, var_name="cue", value_name="count")
    data["cue"] = data["cue"].str.replace("n_", "", regex=False)
    return data


def sentence_arc(corpus, by: str = "article_id") -> pd.DataFrame:
    """Domain and TextBlob polarity sentence by sentence through each article, with the text;
    with another ``by`` (outlet, ...), their means over the group's articles at each position
    (``sentences``: how many; the text only where one sentence stands behind the point)."""
    corpus = tables_of(corpus, sentences=None)
    group, source = grouped(corpus, "sentences", by, "s")
    return corpus_sql(corpus, f"""
        select {group} as "{by}", s.sentence_id, avg(s.polarity_domain) as polarity_domain,
            avg(s.polarity) as polarity, count(*) as sentences,
            case when count(*) = 1 then any_value(s.text) end as text
        from {source} group by all order by all""")  # fmt: skip


def headline_body_tone(corpus, by: str = "article_id") -> pd.DataFrame:
    """Mean domain polarity of the headline and of the body, per article (or per outlet, ...),
    with the sentences behind each mean."""
    corpus = tables_of(corpus, sentences=None)
    group, source = grouped(corpus, "sentences", by, "s")
    return corpus_sql(corpus, f"""
        select {group} as "{by}",
            case when s.is_headline then 'headline' else 'body' end as part,
            avg(s.polarity_domain) as polarity, count(*) as sentences
        from {source} group by all order by all""")  # fmt: skip


def voice_tone(corpus, by: str = "article_id") -> pd.DataFrame:
    """Mean polarity of the narrator's words (author) and of quoted words, per article (or per
    outlet, ...): a voice with no scored sentence has no row."""
    corpus = tables_of(corpus, sentences=None)
    group, source = grouped(corpus, "sentences", by, "s")
    means = corpus_sql(corpus, f"""
        select {group} as "{by}", avg(s.author_polarity) as author,
            avg(s.quoted_polarity) as quoted
        from {source} group by all order by all""")  # fmt: skip
    return means.melt(by, var_name="voice", value_name="polarity").dropna()
