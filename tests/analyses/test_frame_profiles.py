"""Frame profiles (shares of sentences per frame) and frame evidence (cues in context)."""

from types import SimpleNamespace

import pandas as pd

from analysis.analyses.framing import frame_evidence, frame_profile


def test_profiles_count_every_sentence_of_an_outlet(seeds_corpus):
    profile = frame_profile(seeds_corpus, by="outlet")
    row = profile[
        (profile["outlet"] == "Archyde") & (profile["frame"] == "territorial_concession")
    ].iloc[0]
    archyde = seeds_corpus.articles[seeds_corpus.articles["outlet"] == "Archyde"]["article_id"]
    assert row["sentences"] == seeds_corpus.sentences["article_id"].isin(archyde).sum()
    assert 0 < row["sentences_with_frame"] <= row["sentences"]


def _corpus():
    """Three articles by hand: a (Wire, 4 sentences), b (Wire, 2), c (no outlet, 1)."""
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["Wire", "Wire", None],
            "text": [
                "Troops massed at the border. Talks stalled.",
                "Sanctions bite.",
                "Aid arrived.",
            ],
        }
    )
    sentences = pd.DataFrame(
        {
            "article_id": ["a", "a", "a", "a", "b", "b", "c"],
            "sentence_id": [0, 1, 2, 3, 0, 1, 0],
        }
    )
    frames = pd.DataFrame(
        [
            ("a", 0, "security", "generic", ["Troops", "border"], [0, 21], [], 2.0),
            ("a", 1, "security", "generic", ["Talks"], [29], [], 1.0),
            ("a", 1, "diplomatic_deadlock", "story", ["stalled"], [35], ["stalled"], 1.0),
            ("b", 0, "security", "generic", ["Sanctions"], [0], [], 1.0),
            ("c", 0, "quality_of_life", "generic", ["Aid"], [0], [], 1.0),
        ],
        columns=[
            "article_id",
            "sentence_id",
            "frame",
            "frame_kind",
            "cues",
            "cue_starts",
            "quoted_cues",
            "score",
        ],
    )
    return SimpleNamespace(articles=articles, sentences=sentences, frames=frames)


def test_profile_per_article_gives_shares_with_their_counts():
    profile = frame_profile(_corpus())
    got = {
        (r.article_id, r.frame): (r.sentences_with_frame, r.sentences, r.share)
        for r in profile.itertuples()
    }
    assert got == {
        ("a", "security"): (2, 4, 0.5),
        ("a", "diplomatic_deadlock"): (1, 4, 0.25),
        ("b", "security"): (1, 2, 0.5),
        ("c", "quality_of_life"): (1, 1, 1.0),
    }
    # per article, the most frequent frame first
    assert list(profile["frame"][profile["article_id"] == "a"]) == [
        "security",
        "diplomatic_deadlock",
    ]


def test_profile_per_outlet_pools_articles_and_names_the_unknown_outlet():
    profile = frame_profile(_corpus(), by="outlet")
    got = {(r.outlet, r.frame): (r.sentences_with_frame, r.sentences) for r in profile.itertuples()}
    assert got == {
        ("Wire", "security"): (3, 6),
        ("Wire", "diplomatic_deadlock"): (1, 6),
        ("(unknown)", "quality_of_life"): (1, 1),
    }
    assert profile.set_index(["outlet", "frame"]).at[("Wire", "security"), "share"] == 0.5


def test_evidence_shows_each_cue_with_the_words_around_it():
    evidence = frame_evidence(_corpus(), "security", width=8)
    assert evidence[["article_id", "left", "cue", "right"]].values.tolist() == [
        ["a", "", "Troops", " massed "],
        ["a", " at the ", "border", ". Talks "],
        ["a", "border. ", "Talks", " stalled"],
        ["b", "", "Sanctions", " bite."],
    ]
    assert not evidence["quoted"].any()


def test_keyword_in_context_of_the_seeds(seeds_corpus):
    kwic = frame_evidence(seeds_corpus, "sanctions")
    assert len(kwic) > 0
    texts = seeds_corpus.articles.set_index("article_id")["text"]
    for row in kwic.itertuples():
        assert row.cue in texts[row.article_id]


def test_article_frames_weight_the_headline_and_lead():
    """Headline + lead (weight 2 each) show 'economic'; three of four body sentences show
    'political': political has the larger share, economic the larger weighted share."""
    from types import SimpleNamespace

    import pandas as pd

    from analysis.analyses.framing import article_frames

    sentences = pd.DataFrame(
        {
            "article_id": ["a"] * 6,
            "sentence_id": range(6),
            "is_headline": [True, False, False, False, False, False],
        }
    )
    frames = pd.DataFrame(
        {
            "article_id": ["a"] * 5,
            "sentence_id": [0, 1, 2, 3, 4],
            "frame": ["economic", "economic", "political", "political", "political"],
            "frame_kind": ["generic"] * 5,
        }
    )
    table = article_frames(SimpleNamespace(sentences=sentences, frames=frames)).set_index("frame")
    assert table.loc["political", "share"] == 3 / 6
    assert table.loc["economic", "weighted_share"] == 4 / 8  # weights 2+2+1+1+1+1
    assert table.loc["economic", "primary"] and not table.loc["political", "primary"]
    assert table.loc["economic", "in_headline"] and table.loc["economic", "in_lead"]
    assert not table.loc["political", "in_lead"]
