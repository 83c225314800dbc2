"""Altair chart functions, one module per analysis: each takes the small tidy DataFrame that an
analysis function returns and returns one ``alt.Chart`` (pivoting happens here, never in the
tables).

    overview   01_corpus_overview     timeline   02_timeline
    framing    03_framing             sourcing   04_sourcing
    entities   displaCy highlights of one article
    intervals  shares with their bootstrap intervals (framing, sourcing)
"""

from . import entities, framing, intervals, overview, sourcing, timeline

__all__ = ["entities", "framing", "intervals", "overview", "sourcing", "timeline"]
