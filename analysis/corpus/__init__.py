"""Corpus: loading (sources to validated tables), the annotation engines (local processes or a
Dask cluster), the pipeline fingerprint, the per-article cache, whole-corpus snapshots, steps
over whole tables (event linking) and the ``Corpus`` bundle itself."""
