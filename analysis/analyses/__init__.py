"""Corpus-level analyses: functions that take a ``Corpus`` (or its tables) and return the small,
tidy DataFrames that the notebooks show and the charts draw (sourcing tables, frame profiles,
actor mentions, entity highlights)."""
