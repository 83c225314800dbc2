"""Running every notebook headless into reports/ (owned by the reports issue)."""
from __future__ import annotations


def run_reports(corpus_path, out_dir, notebooks=None) -> list:
    raise NotImplementedError("reports are not built yet")
