"""Loading the seed corpus: metadata, sentences, registry-resolved entities."""
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.registry import load_registry

SEED_IDS = ["000_065fb5c15ef4a347", "001_608096255bf34736", "002_e91f38832a2364a5",
            "003_4efbf8bebd05baf7", "004_520e1962ceb0d452"]


def test_seeds_load_with_metadata(seeds_corpus):
    articles = seeds_corpus.articles.set_index("article_id")
    assert list(articles.index) == SEED_IDS
    assert articles.at["001_608096255bf34736", "outlet"] == "PRISM News"
    assert articles.at["002_e91f38832a2364a5", "outlet"] == "Archyde"
    assert articles.at["004_520e1962ceb0d452", "outlet"] == "US Trending News"
    assert articles.at["002_e91f38832a2364a5", "title"].startswith("Secret Talks and Shifting Sands")
    assert articles.at["000_065fb5c15ef4a347", "published"] == pd.Timestamp("2026-01-31 20:07:26")
    assert articles.at["003_4efbf8bebd05baf7", "published"] == pd.Timestamp("2025-12-01")
    assert articles.at["003_4efbf8bebd05baf7", "date_confidence"] == "low"
    assert pd.api.types.is_datetime64_any_dtype(articles["published"])
    assert seeds_corpus.problems.empty


def test_sentences_tile_the_text_and_carry_sentiment(seeds_corpus):
    texts = seeds_corpus.articles.set_index("article_id")["text"]
    for row in seeds_corpus.sentences.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text
    first = seeds_corpus.sentences.groupby("article_id")["sentence_id"].apply(list)
    assert all(ids == list(range(len(ids))) for ids in first)
    # "very nice" and "special" are in TextBlob's lexicon; the evidence words are kept
    sentence = seeds_corpus.sentences[seeds_corpus.sentences.text.str.contains('"very nice,"')].iloc[0]
    assert sentence.polarity > 0 and any("nice" in w for w in sentence.sentiment_words)


def test_a_heading_line_is_its_own_sentence(seeds_corpus):
    texts = set(seeds_corpus.sentences["text"])
    assert "Florida Meeting Signals Serious Intent" in texts
    assert "The Core Impasse: Territory" in texts


def _registry_mentions_in(text, registry):
    """(canonical, side) of every registry actor one of whose aliases occurs as a word in text."""
    found = set()
    for actor in registry.actors:
        if actor.type == "site":
            continue
        for alias in (actor.canonical, *actor.aliases):
            if re.search(rf"(?<![\w.]){re.escape(alias)}(?![\w])", text):
                found.add((actor.canonical, actor.side))
    return found


def test_every_registry_actor_in_the_seeds_is_found_with_its_side(seeds_corpus):
    registry = load_registry()
    for article_id, text in zip(seeds_corpus.articles["article_id"], seeds_corpus.articles["text"]):
        expected = _registry_mentions_in(text, registry)
        rows = seeds_corpus.entities[seeds_corpus.entities["article_id"] == article_id]
        found = set(zip(rows["canonical"], rows["side"]))
        assert expected - found == set(), article_id


def test_named_actors_of_the_seeds_resolve_to_canonical_names_and_sides(seeds_corpus):
    ents = seeds_corpus.entities
    sides = dict(zip(ents["canonical"], ents["side"]))
    assert sides["Volodymyr Zelenskyy"] == "Ukraine"  # Zelenskyy, Zelenskiy, Zelensky all occur
    assert set(ents[ents.canonical == "Volodymyr Zelenskyy"]["text"]) >= {"Zelenskyy", "Zelenskiy", "Zelensky"}
    assert sides["Dmitry Peskov"] == "Russia"  # written "Dmitri Peskov"
    assert sides["the Kremlin"] == "Russia"
    assert sides["Steve Witkoff"] == "US"
    assert sides["Rustem Umerov"] == "Ukraine"
    assert set(ents[ents.text == "Witkoff"]["canonical"]) == {"Steve Witkoff"}  # surname only


def test_no_place_is_labelled_person(seeds_corpus):
    ents = seeds_corpus.entities
    assert not ((ents.actor_type == "place") & (ents.label == "PERSON")).any()
    for place in ["Kyiv", "Abu Dhabi", "Zaporizhzhia", "Mar-a-Lago"]:
        labels = set(ents[ents.text == place]["label"])
        assert labels and labels <= {"GPE", "LOC", "FAC"}, place
    assert set(ents[ents.text == "Rustem Umerov"]["label"]) == {"PERSON"}


def test_site_names_are_not_entities(seeds_corpus):
    assert not seeds_corpus.entities["canonical"].isin(["PRISM News", "Liabooks", "Archyde", "US Trending News"]).any()


def test_entity_offsets_point_at_their_text(seeds_corpus):
    texts = seeds_corpus.articles.set_index("article_id")["text"]
    for row in seeds_corpus.entities.itertuples():
        assert texts[row.article_id][row.start:row.end] == row.text


def test_surname_of_an_unregistered_person_resolves_to_the_first_full_mention(parse):
    article = parse("Harriet Okonkwo-Blake, a trade lawyer, spoke in Lagos. Later, Okonkwo-Blake met reporters.")
    persons = [r for r in article.rows["entities"] if r["label"] == "PERSON"]
    assert persons and {r["canonical"] for r in persons} == {"Harriet Okonkwo-Blake"}


def test_hyphenated_pairs_of_registry_places_become_two_mentions(parse):
    article = parse("The U.S.-Ukraine meeting centered on four points.")
    canon = [r["canonical"] for r in article.rows["entities"]]
    assert "United States" in canon and "Ukraine" in canon


@pytest.mark.parametrize("text, expected", [
    # a first name before a registry surname alias names another person
    ("Union leader Sharon Graham said the deal was a betrayal.", [("Sharon Graham", "Sharon Graham", False)]),
    ("Eric Trump said the family business was thriving.", [("Eric Trump", "Eric Trump", False)]),
    # a title before the surname, or the surname alone, is the registry's person
    ("Senator Graham said the bill would pass.", [("Graham", "Lindsey Graham", True)]),
    ("On Monday Graham said the bill would pass.", [("Graham", "Lindsey Graham", True)]),
    # spellings of the registry person's own first name stay that person
    ("Steven Witkoff met Dmitri Peskov.", [("Steven Witkoff", "Steve Witkoff", True),
                                           ("Dmitri Peskov", "Dmitry Peskov", True)]),
])
def test_a_first_name_before_a_registry_surname_is_another_person(parse, text, expected):
    rows = parse(text, until="quotes").rows["entities"]
    assert [(r["text"], r["canonical"], r["in_registry"]) for r in rows] == expected


def test_speaker_with_a_registry_surname_keeps_her_own_name(parse):
    article = parse('Union leader Sharon Graham called the offer "a betrayal of every worker in this country." '
                    "She added that strikes would continue.")
    assert {r["speaker"] for r in article.rows["quotes"]} == {"Sharon Graham"}


def test_rows_gathered_in_chunks_keep_article_order(seeds_corpus, tmp_path, monkeypatch):
    """Cached articles are gathered before fresh ones, in chunks: the tables still come out in
    article order, equal to a plain load."""
    import analysis
    from analysis.load import TableChunks
    from analysis.schemas import TABLES

    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    files = sorted(Path("seeds").glob("*.txt"))
    analysis.load_corpus([files[1], files[3]], metadata="seeds/metadata.csv")  # fills the cache
    monkeypatch.setattr(TableChunks, "CHUNK", 2)
    mixed = analysis.load_corpus("seeds")
    assert mixed.cache_stats == {"from_cache": 2, "annotated": 3, "snapshot": False}
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(mixed, name), getattr(seeds_corpus, name))


def test_list_items_are_shared_between_rows_of_different_articles(tmp_path, monkeypatch):
    """Words in list columns (lexicon hits) recur in every article: one object per distinct word,
    even for articles read back from the cache (each cache file unpickles its own copies)."""
    import shutil

    import analysis
    monkeypatch.setenv("ANALYSIS_CACHE_DIR", str(tmp_path / "cache"))
    analysis.load_corpus("seeds")
    shutil.rmtree(tmp_path / "cache" / "corpora")
    corpus = analysis.load_corpus("seeds")
    assert corpus.cache_stats["from_cache"] == 5 and not corpus.cache_stats["snapshot"]
    words = [w for column in ("domain_words", "sentiment_words") for ws in corpus.sentences[column] for w in ws]
    assert len(set(words)) < len(words)
    assert len({id(w) for w in words}) == len(set(words))


def test_the_garbage_collector_is_paused_only_inside_the_block():
    import gc

    from analysis.bulk import gc_paused
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), gc_paused():
        raise ValueError
    assert gc.isenabled()
