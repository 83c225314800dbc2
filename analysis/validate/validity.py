"""How valid each charted measure is, as measured: the figures the notebooks state next to their
charts, read from ``validity.yaml`` (shipped with the package).

The evaluation commands regenerate it with ``--write`` (from a checkout, with
``../shared/corpora`` beside it):

    python -m analysis.evaluate.realframes --part dev --write   # frames, sentence and actor tone
    python -m analysis.evaluate.realnews --part dev --write     # quotes and speakers
    python -m analysis.evaluate.gender --part dev --write       # speaker gender

A measure without an entry says that it was never validated on real news. A tone measure that
does not beat the majority-class baseline (on macro-F1 and on accuracy) is exploratory. A frame
with at least ``frame_min_gold`` gold sentences and precision below ``frame_precision`` is
charted with a warning.

>>> "frames" in measured()
True
>>> statement("no_such_measure")
'no_such_measure: never validated on real news.'
"""

from __future__ import annotations

import os
import tempfile
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml

FILE = "validity.yaml"
NAMES = {
    "frames": "Frames (lexical frame cues, per sentence)",
    "frames_learned": "Frames with the learned layer (cues OR model, analysis.with_learned_frames)",
    "tone_sentence": "Sentence tone (polarity_domain)",
    "tone_actor": "Tone toward actors (clause_polarity of their mentions)",
    "quotes": "Quotes (statements, GenderGapTracker's 30% overlap)",
    "speaker_gender": "Speaker gender",
    "events": "Dated events",
    "entities": "Entities and their actors",
}


def measured(path: Path | None = None) -> dict:
    """Every measured entry of validity.yaml (or of the file at ``path``), by measure."""
    source = path or resources.files("analysis.validate").joinpath(FILE)
    return yaml.safe_load(source.read_text(encoding="utf-8")) or {}


def exploratory(entry: dict) -> bool:
    """Does a tone measure fail to beat always answering the majority class?"""
    base = entry.get("majority") or {}
    return not (
        entry.get("macro_f1", 0) > base.get("macro_f1", 0)
        and entry.get("accuracy", 0) > base.get("accuracy", 0)
    )


def statement(measure: str, path: Path | None = None) -> str:
    """One sentence on the measure's validity, with its figures and the gold behind them."""
    entry = measured(path).get(measure)
    name = NAMES.get(measure, measure)
    if not entry:
        return f"{name}: never validated on real news."
    gold = entry.get("gold", "")
    if measure.startswith("frames"):
        return (
            f"{name}: precision {entry['precision']:.2f}, recall {entry['recall']:.2f}, F1 "
            f"{entry['f1']:.2f}{_interval(entry, 'f1')} on {gold} (two human coders: F1 "
            f"{entry['coders_f1']:.2f})."
        )
    if measure.startswith("tone"):
        base = entry["majority"]
        verdict = (
            "exploratory: it does not beat always answering the majority class"
            if exploratory(entry)
            else "better than always answering the majority class"
        )
        return (
            f"{name}: macro-F1 {entry['macro_f1']:.2f}{_interval(entry, 'macro_f1')}, accuracy "
            f"{entry['accuracy']:.2f}{_interval(entry, 'accuracy')}, "
            f"Cohen's kappa {entry['kappa']:.2f} on {gold}; always '{base['label']}': macro-F1 "
            f"{base['macro_f1']:.2f}, accuracy {base['accuracy']:.2f}; {verdict}."
        )
    figures = ", ".join(f"{k.replace('_', ' ')} {v:.2f}" for k, v in entry["figures"].items())
    return f"{name}: {figures} on {gold}."


def _interval(entry: dict, key: str) -> str:
    low_high = entry.get(f"{key}_interval")
    return f" (95% interval {low_high[0]:.2f}-{low_high[1]:.2f})" if low_high else ""


def frame_validity(path: Path | None = None, measure: str = "frames") -> pd.DataFrame:
    """Per frame: measured precision, recall and gold count, and the label a chart gives it
    (with a warning when a frame with enough gold falls below the precision target, and a note
    when it was measured on few or no sentences). ``measure``: "frames" (the cue lists) or
    "frames_learned" (with the learned layer)."""
    entry = measured(path).get(measure) or {}
    target, least = entry.get("frame_precision", 0.75), entry.get("frame_min_gold", 20)
    rows = []
    for frame, f in (entry.get("per_frame") or {}).items():
        if f["gold"] >= least and f["precision"] < target:
            note = f"⚠ P {f['precision']:.2f} < {target:.2f}"
        elif f["gold"] < least:
            note = f"P {f['precision']:.2f} on {f['gold']} sentences"
        else:
            note = f"P {f['precision']:.2f}"
        rows.append({"frame": frame, **f, "validity": note, "frame_label": f"{frame} ({note})"})
    return pd.DataFrame(
        rows, columns=["frame", "precision", "recall", "gold", "validity", "frame_label"]
    )


def validity_note(*measures: str):
    """The statements of ``measures`` as Markdown in a notebook (a string elsewhere)."""
    text = "\n".join(f"- {statement(m)}" for m in measures)
    text = "**Measured validity** (`analysis/validate/validity.yaml`):\n\n" + text
    try:
        from IPython.display import Markdown
    except ImportError:  # pragma: no cover - IPython ships with the notebooks' dependencies
        return text
    return Markdown(text)


def record(measure: str, entry: dict, path: Path | None = None) -> Path:
    """Write one measure's entry into validity.yaml (atomically; the other entries kept)."""
    path = path or Path(__file__).with_name(FILE)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else {}
    data = {**(data or {}), measure: entry}
    handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as fh:
        fh.write(f"# Written by the evaluation commands (--write); see {__name__}.\n")
        yaml.safe_dump(data, fh, sort_keys=True, allow_unicode=True)
    os.replace(temp, path)
    return path
