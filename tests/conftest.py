import os

import pytest


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the user's cache, and start from an empty one."""
    os.environ["ANALYSIS_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    yield


@pytest.fixture(scope="session")
def nlp():
    from analysis.nlp import workbench_pipeline
    return workbench_pipeline()


@pytest.fixture(scope="session")
def parse(nlp):
    """parse(text, published=None, title=None, until=None) -> ParsedArticle with extractor rows."""
    from analysis.extractors import parse_article

    def _parse(text, **kwargs):
        return parse_article(text, nlp=nlp, **kwargs)
    return _parse


@pytest.fixture(scope="session")
def seeds_corpus():
    """The seed corpus, loaded once for the session (cache off)."""
    import analysis
    return analysis.load_corpus("seeds", cache=False)
