"""Validate: the researcher's loop for checking the extractors on their own corpus (export a
sample for hand coding, score the coded sample)."""
