"""Shared fixtures, and the ``model`` marker that splits the suite into two tiers.

A test that uses one of ``MODEL_FIXTURES`` (they load the spaCy model) is marked ``model``
automatically; ``pytest -m "not model and not slow"`` is then the fast tier, which must never
load the model: for tests not marked ``model``, ``spacy.load`` of an installed pipeline fails.
"""

import os
from pathlib import Path

import pytest

MODEL_FIXTURES = {"nlp", "parse", "seeds_corpus", "load_corpus"}
# Doctests of the package that parse text (they have no fixtures to go by).
MODEL_CALLS = ("parse_article", "load_corpus", "workbench_pipeline", "load_model")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())) or _doctest_parses(item):
            item.add_marker(pytest.mark.model)


def _doctest_parses(item) -> bool:
    examples = getattr(getattr(item, "dtest", None), "examples", ())
    return any(call in example.source for example in examples for call in MODEL_CALLS)


@pytest.fixture(autouse=True)
def _fast_tier_loads_no_model(request, monkeypatch):
    """A test not marked ``model`` must not load a spaCy pipeline (an uninstalled name still
    reaches spaCy, which refuses it)."""
    if request.node.get_closest_marker("model") is None:
        import spacy

        real_load = spacy.load

        def guarded_load(name, *args, **kwargs):
            if spacy.util.is_package(str(name)) or Path(str(name)).exists():
                raise AssertionError(
                    f"{request.node.nodeid} loads the spaCy model {name!r} but is not marked "
                    f"`model`: use one of the fixtures {sorted(MODEL_FIXTURES)} or mark it"
                )
            return real_load(name, *args, **kwargs)

        monkeypatch.setattr(spacy, "load", guarded_load)
    yield


@pytest.fixture(autouse=True)
def _topic_restored():
    """A test that loads a corpus with another topic pack leaves the pack in effect before it
    (load_corpus puts its pack in effect for the process)."""
    from analysis.knowledge import topics

    before = topics._topic
    yield
    if topics._topic is not before:
        topics.use_topic(before)


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the user's cache, and start from an empty one."""
    os.environ["ANALYSIS_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield


# The pack whose registry the extractor tests' names and sides follow (the seeds' story).
TEST_TOPIC = "ukraine-peace-2025"


@pytest.fixture(scope="session")
def nlp():
    """The workbench pipeline with the seeds' topic pack in effect."""
    from analysis.knowledge.topics import load_topic, use_topic
    from analysis.nlp.pipeline import workbench_pipeline

    use_topic(load_topic(TEST_TOPIC))
    return workbench_pipeline()


@pytest.fixture(scope="session")
def parse(nlp):
    """parse(text, published=None, title=None, until=None, topic=TEST_TOPIC) -> ParsedArticle
    with extractor rows; another ``topic`` (or None: no pack) builds its own pipeline."""
    from analysis.extract import parse_article

    def _parse(text, *, topic=TEST_TOPIC, **kwargs):
        if topic != TEST_TOPIC:
            return parse_article(text, topic=topic, **kwargs)
        return parse_article(text, nlp=nlp, topic=topic, **kwargs)

    return _parse


@pytest.fixture(scope="session")
def seeds_corpus():
    """The seed corpus, loaded once for the session (cache off)."""
    import analysis

    return analysis.load_corpus("seeds", cache=False)


@pytest.fixture
def load_corpus():
    """analysis.load_corpus, for tests that load (and so parse) a corpus of their own."""
    import analysis

    return analysis.load_corpus
