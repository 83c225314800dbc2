"""load_corpus: sources -> a Corpus (annotated in ``build``, or streamed to disk by ``stream``).

Sources are read here (a folder, a file, a DataFrame; metadata and defaults joined), the topic
pack is put in effect, and the raw articles are annotated by ``build.corpus_of`` (cache and
snapshot there). With ``out=`` the tables are streamed to a folder instead; a folder that holds
a saved corpus is opened as it is.
"""

from __future__ import annotations

from ..ingest.sources import read_source
from ..knowledge.topics import find_topic, use_topic
from .corpus import Corpus, is_dataset, open_corpus

ENGINES = ("local", "dask")


def load_corpus(
    source,
    *,
    metadata=None,
    cache: bool = True,
    n_process: int = 1,
    progress: bool | None = None,
    model: str | None = None,
    batch_size: int = 16,
    engine: str = "local",
    scheduler=None,
    topic=None,
    defaults: dict | None = None,
    out=None,
    batch: int = 500,
) -> Corpus:
    """Load articles from a folder, a file (.txt/.md/.html/.jsonl/.csv) or a DataFrame.

    metadata: a CSV path or DataFrame keyed by ``file`` or ``article_id`` (a folder's own
    metadata.csv is read automatically). cache: reuse and store per-article annotations.
    n_process: spaCy worker processes. progress: a progress bar (None: only on long work, never
    under CI or pytest). model: the spaCy pipeline (default: see analysis.nlp.model).
    engine: "local", or "dask" to annotate on the Dask cluster at ``scheduler`` (an address or a
    distributed.Client). topic: the topic pack, a built-in name or a folder (default: the
    ``topic.yaml`` in the corpus folder, else none: generic knowledge, no sides; False: none
    even where the folder has a topic.yaml). defaults:
    metadata for every article that lacks it, e.g. ``{"outlet": "BBC News"}``. out: a folder to
    stream the annotated tables into, ``batch`` articles at a time (a resumable build, see
    ``analysis.corpus.stream``); the corpus is then opened from that folder. A folder that holds
    a saved corpus is opened as it is.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "dask" and scheduler is None:
        raise ValueError(
            'engine="dask" needs scheduler= (an address such as "tcp://host:8786" or a Client)'
        )
    if is_dataset(source):
        return open_corpus(source)
    # annotating needs spaCy's pipeline code and TextBlob: imported here, not when the package
    # is, so that opening a saved corpus (a notebook on a large dataset) does not load them
    from .build import corpus_of
    from .stream import build_dataset

    options = {"n_process": n_process, "progress": progress, "model": model,
               "batch_size": batch_size, "engine": engine, "scheduler": scheduler}  # fmt: skip
    if out is not None:
        return build_dataset(source, out, batch=batch, metadata=metadata, topic=topic,
                             defaults=defaults, cache=cache, **options)  # fmt: skip
    chosen = find_topic(topic, source)
    use_topic(chosen)
    raws, problems = read_source(source, metadata, defaults=defaults)
    return corpus_of(raws, problems, chosen, cache=cache, **options)
