"""A research workbench for studying news coverage.

    import analysis
    corpus = analysis.load_corpus("seeds/")
    corpus.articles, corpus.sentences, corpus.entities, corpus.quotes, corpus.events,
    corpus.frames, corpus.problems

Everything a notebook uses is named here (``__all__``); the subpackages follow the flow
ingest -> nlp -> extract -> corpus -> analyses -> charts -> report, each importing only from the
stages before it.
"""

import importlib

from . import charts, validate
from ._version import __version__
from .analyses.entities import actor_mentions, entity_markup, side_mentions, side_tone
from .analyses.framing import (
    article_frames,
    dominant_frames,
    frame_evidence,
    frame_profile,
    most_common_frame,
)
from .analyses.sourcing import (
    gender_shares,
    mentions_vs_quotes,
    quote_evidence,
    quotes_by_speaker,
    reporting_verbs,
    share_of_voice,
    source_type_shares,
    source_types,
    top_people_by_gender,
)
from .analyses.timeline import (
    actor_months,
    calendar_events,
    dated_events,
    event_outlets,
    events_per_week,
    publications,
)
from .analyses.tone import (
    cue_totals,
    headline_body_tone,
    polarity_histogram,
    sentence_arc,
    tone_cue_counts,
    voice_tone,
)
from .charts.entities import entity_html
from .corpus.corpus import Corpus, DatasetCorpus, open_corpus
from .corpus.load import load_corpus
from .corpus.query import chart_unit, preview
from .errors import CorpusError, ModelNotFound
from .report import notebook, provenance
from .report.runner import run_reports
from .validate.validity import frame_validity, validity_note

# Names whose modules load spaCy's pipeline code and TextBlob, imported when first used: a
# notebook that only reads a saved corpus (of any size) does not pay for them in memory.
_ANNOTATING = {"build_dataset": ".corpus.stream", "parse_article": ".extract",
               "load_model": ".nlp.model",
               "with_learned_frames": ".extract.frame_model",
               "use_learned_frames": ".extract.frame_model"}  # fmt: skip


def __getattr__(name: str):
    if name in _ANNOTATING:
        return getattr(importlib.import_module(_ANNOTATING[name], __name__), name)
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


__all__ = [
    "Corpus",
    "CorpusError",
    "DatasetCorpus",
    "build_dataset",
    "ModelNotFound",
    "__version__",
    "actor_mentions",
    "actor_months",
    "article_frames",
    "calendar_events",
    "chart_unit",
    "charts",
    "cue_totals",
    "dated_events",
    "dominant_frames",
    "entity_html",
    "entity_markup",
    "event_outlets",
    "events_per_week",
    "frame_evidence",
    "frame_profile",
    "frame_validity",
    "headline_body_tone",
    "load_corpus",
    "load_model",
    "mentions_vs_quotes",
    "gender_shares",
    "top_people_by_gender",
    "most_common_frame",
    "notebook",
    "open_corpus",
    "parse_article",
    "polarity_histogram",
    "preview",
    "provenance",
    "publications",
    "quote_evidence",
    "quotes_by_speaker",
    "reporting_verbs",
    "run_reports",
    "sentence_arc",
    "share_of_voice",
    "side_mentions",
    "side_tone",
    "source_type_shares",
    "source_types",
    "tone_cue_counts",
    "validate",
    "validity_note",
    "use_learned_frames",
    "voice_tone",
    "with_learned_frames",
]
