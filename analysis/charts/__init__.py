"""Altair chart functions, one module per analysis: each function takes long-form tables and
returns one ``alt.Chart`` (pivoting happens here, never in the tables)."""
