"""The actor registry on literal rows (no spaCy model): lookups by alias, possessive and article;
rows with an unknown side or type are refused."""

import pytest

from analysis.knowledge import read_csv_rows
from analysis.knowledge.topics import load_topic, use_topic
from analysis.nlp.registry import Actor, Registry, load_registry, parse_actor

SIDES = ("US", "Russia", "Ukraine", "Europe", "Other")

KREMLIN = Actor(
    "the Kremlin", "organization", "ORG", "Russia", "presidential administration", ("Kremlin",)
)
ZELENSKYY = Actor(
    "Volodymyr Zelenskyy", "person", "PERSON", "Ukraine", "President", ("Zelenskiy", "Zelensky")
)
REGISTRY = Registry((KREMLIN, ZELENSKYY))


@pytest.mark.parametrize(
    "mention, actor",
    [
        ("the Kremlin", KREMLIN),
        ("The Kremlin", KREMLIN),
        ("Kremlin", KREMLIN),
        ("Kremlin's", KREMLIN),
        ("Kremlin\u2019s", KREMLIN),
        ("the Kremlin's", KREMLIN),
        ("  Kremlin ", KREMLIN),
        ("Volodymyr Zelenskyy", ZELENSKYY),
        ("Zelenskiy", ZELENSKYY),
        ("Zelensky's", ZELENSKYY),
        ("Zelensky'", ZELENSKYY),
        ("Moscow", None),
        ("kremlin", None),  # aliases are matched case-sensitively
        ("Kremlins", None),
    ],
)
def test_lookup(mention, actor):
    assert REGISTRY.lookup(mention) == actor


def test_the_first_actor_with_an_alias_keeps_it():
    other = Actor("Kremlin Palace", "place", "FAC", None, "", ("Kremlin",))
    assert Registry((KREMLIN, other)).lookup("Kremlin") == KREMLIN


def test_ruler_patterns_cover_every_alias_except_of_sites():
    site = Actor("PRISM News", "site", "ORG", None, "", ("PRISM",))
    patterns = Registry((KREMLIN, site)).ruler_patterns()
    assert patterns == [
        {"label": "ORG", "pattern": "Kremlin", "id": "the Kremlin"},
        {"label": "ORG", "pattern": "the Kremlin", "id": "the Kremlin"},
    ]


ROW = {
    "canonical": "Rustem Umerov",
    "type": "person",
    "label": "PERSON",
    "side": "Ukraine",
    "role": "Secretary of the NSDC",
    "aliases": "Umerov | Rustem Umerov||",
}


def test_a_row_becomes_an_actor_with_trimmed_names():
    assert parse_actor({**ROW, "canonical": " Rustem Umerov "}, sides=SIDES) == Actor(
        "Rustem Umerov",
        "person",
        "PERSON",
        "Ukraine",
        "Secretary of the NSDC",
        ("Umerov", "Rustem Umerov"),
    )


def test_an_empty_side_is_no_side():
    assert parse_actor({**ROW, "side": " "}, sides=SIDES).side is None
    assert parse_actor({**ROW, "side": None}, sides=()).side is None


@pytest.mark.parametrize(
    "change, message",
    [
        ({"side": "Mars"}, "'Rustem Umerov' has side 'Mars'"),
        ({"side": "ukraine"}, "has side 'ukraine'"),  # sides are case-sensitive
        ({"type": "robot"}, "'Rustem Umerov' has type 'robot'"),
        ({"type": ""}, "has type ''"),
    ],
)
def test_an_invalid_side_or_type_is_refused(change, message):
    with pytest.raises(ValueError, match=message):
        parse_actor({**ROW, **change}, sides=SIDES)


def test_a_side_needs_a_pack_that_defines_sides():
    with pytest.raises(ValueError, match="has side 'Ukraine'; expected no side"):
        parse_actor(ROW, sides=())


def test_a_registry_file_with_an_invalid_side_is_refused(tmp_path, monkeypatch):
    (tmp_path / "bad_actors.csv").write_text(
        "canonical,type,label,side,role,aliases\n"
        "Jane Example,person,PERSON,Atlantis,test actor,Example\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ANALYSIS_DATA_DIR", str(tmp_path))
    read_csv_rows.cache_clear()
    use_topic(load_topic("ukraine-peace-2025"))
    try:
        with pytest.raises(ValueError, match="bad_actors.csv: 'Jane Example' has side 'Atlantis'"):
            load_registry("bad_actors.csv")
    finally:
        use_topic(None)
        read_csv_rows.cache_clear()


def test_the_seed_pack_registry_resolves_the_kremlin_and_zelenskyy():
    use_topic(load_topic("ukraine-peace-2025"))
    try:
        registry = load_registry()
    finally:
        use_topic(None)
    assert registry.lookup("Kremlin's").canonical == "the Kremlin"
    assert registry.lookup("the Kremlin").side == "Russia"
    assert registry.lookup("Zelenskiy").canonical == "Volodymyr Zelenskyy"
