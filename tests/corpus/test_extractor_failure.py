"""An extractor that fails on one article costs that article's table only: a problem row names
the article, the extractor and the error, and the corpus loads."""

import analysis.extract as extract


def test_one_extractor_failing_on_one_article(load_corpus, tmp_path, monkeypatch):
    (tmp_path / "calm.txt").write_text('Talks went on. "We are close," Mr Smith said on Monday.')
    (tmp_path / "odd.txt").write_text('Talks stalled. "We are far," Ms Jones said on Tuesday.')
    real = next(e for e in extract.EXTRACTORS if e.table == "events")

    def failing(article):
        if article.article_id == "odd":
            raise IndexError("clause offsets out of range")
        return real(article)

    failing.table, failing.requires = real.table, getattr(real, "requires", ())
    monkeypatch.setattr(
        extract, "EXTRACTORS", tuple(failing if e is real else e for e in extract.EXTRACTORS)
    )
    corpus = load_corpus(tmp_path, cache=False)
    assert set(corpus.articles["article_id"]) == {"calm", "odd"}
    assert set(corpus.quotes["article_id"]) == {"calm", "odd"}  # its other tables stay
    assert set(corpus.events["article_id"]) == {"calm"}
    (problem,) = corpus.problems[corpus.problems["source"].str.contains("odd")].itertuples()
    assert "events" in problem.problem and "IndexError" in problem.problem
