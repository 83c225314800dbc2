"""Ingest: sources to raw articles (folders, files, records, DataFrames), decoding, saved web
pages, cleaning of site chrome, and near-duplicate detection."""
