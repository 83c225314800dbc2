"""Topic packs on literal folders (no spaCy model): what a topic.yaml gives, how packs extend
and override each other, which knowledge is in effect."""

import pandas as pd
import pytest

from analysis.errors import CorpusError
from analysis.ingest.sources import read_source
from analysis.knowledge import has_knowledge, knowledge_path, packaged, read_csv_rows
from analysis.knowledge.topics import (
    OKABE_ITO,
    builtin_packs,
    copy_pack,
    find_topic,
    load_topic,
    use_topic,
    write_skeleton,
)
from analysis.nlp.lexicons import frame_cue_rows


@pytest.fixture(autouse=True)
def _generic_afterwards():
    yield
    use_topic(None)


def test_the_built_in_packs():
    assert {"ukraine-peace-2025", "uk-politics-2005"} <= set(builtin_packs())
    uk = load_topic("uk-politics-2005")
    assert [s.label for s in uk.sides] == [
        "Labour", "Conservative", "Liberal Democrat", "Other party", "Non-party"
    ]  # fmt: skip
    assert uk.sides[0].colour == "#D55E00"


def test_sides_without_colours_take_the_colour_blind_safe_palette(tmp_path):
    (tmp_path / "topic.yaml").write_text("name: t\nsides: [Blue team, {label: Red team}]\n")
    topic = load_topic(tmp_path)
    assert [(s.label, s.colour) for s in topic.sides] == [
        ("Blue team", OKABE_ITO[0]), ("Red team", OKABE_ITO[1])
    ]  # fmt: skip


def test_a_pack_extends_another_and_overrides_single_files(tmp_path):
    (tmp_path / "topic.yaml").write_text("extends: uk-politics-2005\n")
    (tmp_path / "actors.csv").write_text(
        "canonical,type,label,side,role,aliases\nJane Example,person,PERSON,Labour,MP,Example\n"
    )
    topic = load_topic(tmp_path)
    assert topic.name == "uk-politics-2005" and topic.sides == load_topic("uk-politics-2005").sides
    use_topic(topic)
    assert [row["canonical"] for row in read_csv_rows("actors.csv")] == ["Jane Example"]
    assert knowledge_path("topic.yaml") == tmp_path / "topic.yaml"  # the pack's own first
    assert knowledge_path("reporting_verbs.csv").parent == packaged()  # generic, packaged


def test_no_pack_means_generic_knowledge_only():
    use_topic(None)
    assert not has_knowledge("actors.csv") and not has_knowledge("story_frames.csv")
    assert {row["kind"] for row in frame_cue_rows()} == {"generic"}


def test_story_frames_come_only_with_their_pack():
    use_topic(load_topic("ukraine-peace-2025"))
    assert "territorial_concession" in {row["frame"] for row in frame_cue_rows()}
    use_topic(load_topic("uk-politics-2005"))
    assert {row["kind"] for row in frame_cue_rows()} == {"generic"}


def test_a_topic_yaml_beside_the_corpus_is_found(tmp_path):
    (tmp_path / "topic.yaml").write_text("extends: ukraine-peace-2025\n")
    (tmp_path / "a.txt").write_text("Some text of an article.\n")
    assert find_topic(None, tmp_path).name == "ukraine-peace-2025"
    assert find_topic(None, tmp_path / "a.txt") is None
    assert find_topic("uk-politics-2005", tmp_path).name == "uk-politics-2005"
    articles, problems = read_source(tmp_path)
    assert [a.article_id for a in articles] == ["a"] and problems == []  # topic.yaml is no article


def test_an_unknown_pack_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="no topic.yaml in .*; give a folder holding one"):
        load_topic(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match="ukraine-peace-2025"):
        load_topic("ukraine-peace")


def test_a_pack_that_extends_itself_is_refused(tmp_path):
    (tmp_path / "topic.yaml").write_text(f"extends: {tmp_path}\n")
    with pytest.raises(CorpusError, match="extends itself"):
        load_topic(tmp_path)


def test_copy_and_skeleton(tmp_path):
    copy = copy_pack("uk-politics-2005", tmp_path / "mine")
    assert {p.name for p in copy.iterdir()} == {"topic.yaml", "actors.csv"}
    assert load_topic(copy).name == "uk-politics-2005"
    with pytest.raises(CorpusError, match="not empty"):
        copy_pack("uk-politics-2005", copy)
    skeleton = write_skeleton(tmp_path / "drafted", name="drafted")
    topic = load_topic(skeleton.parent)
    assert topic.name == "drafted" and topic.sides == ()


def test_defaults_fill_metadata_that_every_file_lacks(tmp_path):
    (tmp_path / "a.txt").write_text("One article.\n")
    (tmp_path / "b.txt").write_text("Another article.\n")
    (tmp_path / "metadata.csv").write_text("file,outlet\nb.txt,The Herald\n")
    articles, _ = read_source(tmp_path, defaults={"outlet": "BBC News"})
    assert {a.article_id: a.meta["outlet"] for a in articles} == {
        "a": "BBC News",
        "b": "The Herald",
    }
    with pytest.raises(CorpusError, match="only these metadata fields take a default"):
        read_source(pd.DataFrame({"text": ["x y z"]}), defaults={"colour": "red"})
