"""Accuracy measurement against hand-annotated gold data: one module per extractor.

Each module runs as a command, e.g. ``python -m analysis.evaluate.quotes``, and prints precision,
recall and the figures the README reports.
"""
