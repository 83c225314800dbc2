"""Entities: named actors of the seeds resolved through the registry to canonical names and
sides, places and sites told apart, unregistered people and surnames."""

import re

import pytest

from analysis.nlp.registry import load_registry


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
    for article_id, text in zip(
        seeds_corpus.articles["article_id"], seeds_corpus.articles["text"], strict=True
    ):
        expected = _registry_mentions_in(text, registry)
        rows = seeds_corpus.entities[seeds_corpus.entities["article_id"] == article_id]
        found = set(zip(rows["canonical"], rows["side"], strict=True))
        assert expected - found == set(), article_id


def test_named_actors_of_the_seeds_resolve_to_canonical_names_and_sides(seeds_corpus):
    ents = seeds_corpus.entities
    sides = dict(zip(ents["canonical"], ents["side"], strict=True))
    assert sides["Volodymyr Zelenskyy"] == "Ukraine"  # Zelenskyy, Zelenskiy, Zelensky all occur
    assert set(ents[ents.canonical == "Volodymyr Zelenskyy"]["text"]) >= {
        "Zelenskyy",
        "Zelenskiy",
        "Zelensky",
    }
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
    sites = ["PRISM News", "Liabooks", "Archyde", "US Trending News"]
    assert not seeds_corpus.entities["canonical"].isin(sites).any()


def test_entity_offsets_point_at_their_text(seeds_corpus):
    texts = seeds_corpus.articles.set_index("article_id")["text"]
    for row in seeds_corpus.entities.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.text


def test_surname_of_an_unregistered_person_resolves_to_the_first_full_mention(parse):
    article = parse(
        "Harriet Okonkwo-Blake, a trade lawyer, spoke in Lagos. Later, Okonkwo-Blake met reporters."
    )
    persons = [r for r in article.rows["entities"] if r.label == "PERSON"]
    assert persons and {r.canonical for r in persons} == {"Harriet Okonkwo-Blake"}


def test_hyphenated_pairs_of_registry_places_become_two_mentions(parse):
    article = parse("The U.S.-Ukraine meeting centered on four points.")
    canon = [r.canonical for r in article.rows["entities"]]
    assert "United States" in canon and "Ukraine" in canon


@pytest.mark.parametrize(
    "text, expected",
    [
        # a first name before a registry surname alias names another person
        (
            "Union leader Sharon Graham said the deal was a betrayal.",
            [("Sharon Graham", "Sharon Graham", False)],
        ),
        (
            "Eric Trump said the family business was thriving.",
            [("Eric Trump", "Eric Trump", False)],
        ),
        # a title before the surname, or the surname alone, is the registry's person
        ("Senator Graham said the bill would pass.", [("Graham", "Lindsey Graham", True)]),
        ("On Monday Graham said the bill would pass.", [("Graham", "Lindsey Graham", True)]),
        # spellings of the registry person's own first name stay that person
        (
            "Steven Witkoff met Dmitri Peskov.",
            [
                ("Steven Witkoff", "Steve Witkoff", True),
                ("Dmitri Peskov", "Dmitry Peskov", True),
            ],
        ),
    ],
)
def test_a_first_name_before_a_registry_surname_is_another_person(parse, text, expected):
    rows = parse(text, until="quotes").rows["entities"]
    assert [(r.text, r.canonical, r.in_registry) for r in rows] == expected


def test_speaker_with_a_registry_surname_keeps_her_own_name(parse):
    article = parse(
        'Union leader Sharon Graham called the offer "a betrayal of every worker in this country." '
        "She added that strikes would continue."
    )
    assert {r.speaker for r in article.rows["quotes"]} == {"Sharon Graham"}


@pytest.mark.parametrize(
    "text, short, full",
    [
        (
            "The Northvale Housing Authority (NHA) has warned ministers. The NHA said rents "
            "would rise.",
            "NHA",
            "Northvale Housing Authority",
        ),
        (
            "The Department for Rural Affairs would not comment. Later the DfRA said it had no "
            "plans.",
            "DfRA",
            "Department for Rural Affairs",
        ),
        (  # a knight is called by his first name: "Sir Alan" is the article's Sir Alan Budd
            "Sir Alan Budd found a chain of events linked to the minister. On Tuesday Sir Alan "
            "said the application was processed in 52 days.",
            "Alan",
            "Alan Budd",
        ),
        (  # "Justice Curtis" is the article's Justice Richard Curtis
            "Roy Whiting was jailed on the recommendation of trial judge Justice Richard Curtis. "
            '"You are an evil man," Justice Curtis said.',
            "Curtis",
            "Richard Curtis",
        ),
        (  # a company named in full, then by its first word
            "Boral Industries announced 300 job cuts on Monday. A Boral spokesman said the "
            "plant would close. Boral says demand has fallen.",
            "Boral",
            "Boral Industries",
        ),
    ],
)
def test_a_short_form_is_the_articles_full_name(parse, text, short, full):
    """An acronym is the organisation spelled out before it; a title and a first name or a
    surname is the person named in full; an organisation's first word, the organisation."""
    rows = parse(text).rows["entities"]
    assert {m.canonical for m in rows if short in m.text} == {full}


@pytest.mark.parametrize(
    "text, short",
    [
        # an acronym is not the larger body's short form
        ("BBC News reported the vote. The BBC said turnout was low.", "BBC"),
        # a name used on its own before the longer one is itself
        ("Amnesty has criticised the law. Amnesty International said it was unfair.", "Amnesty"),
    ],
)
def test_a_body_is_not_shortened_from_a_longer_one_it_stands_apart_from(parse, text, short):
    rows = parse(text, topic=None).rows["entities"]
    assert short in {m.canonical for m in rows if m.text.removeprefix("The ") == short}


def test_an_acronym_spelled_out_nowhere_stays_itself(parse):
    rows = parse("The BBC said the NHS was under strain.").rows["entities"]
    assert {m.canonical for m in rows} >= {"BBC", "NHS"}


def test_a_title_of_the_other_gender_is_not_the_registry_person(parse):
    rows = parse(
        "Charles Kennedy spoke first. Baroness Kennedy said trust was low.",
        topic="uk-politics-2005",
    ).rows["entities"]
    assert [(m.text, m.canonical, m.in_registry) for m in rows if "Kennedy" in m.text] == [
        ("Charles Kennedy", "Charles Kennedy", True),
        ("Baroness Kennedy", "Baroness Kennedy", False),
    ]


def test_honorific_forms_join_full_names_with_two_word_surnames(parse):
    rows = parse(
        "Camilla Parker Bowles arrived at noon. Mrs Parker Bowles said she was happy."
    ).rows["entities"]
    assert {m.canonical for m in rows if "Bowles" in m.text} == {"Camilla Parker Bowles"}


def test_an_honorific_and_a_surname_read_as_an_organisation_is_a_person():
    from analysis.extract.entities import _as_person
    from analysis.extract.records import Mention

    row = Mention(0, 0, 11, "Mr Ladyman", "ORG", "Mr Ladyman", None, None, False)
    assert _as_person(row, set()).label == "PERSON"


def test_the_articles_own_namesake_is_not_the_packs_person(parse):
    """ "Ms Kelly" after the article named Lorraine Kelly (and never Ruth Kelly in full) is
    Lorraine Kelly, not the uk-politics-2005 pack's education secretary."""
    text = (
        "The panel included the presenter Lorraine Kelly and two MPs. Asked about the plan, "
        "Ms Kelly said she would not trust it."
    )
    rows = parse(text, topic="uk-politics-2005").rows["entities"]
    kelly = [m for m in rows if "Kelly" in m.text]
    assert {m.canonical for m in kelly} == {"Lorraine Kelly"}
    assert not any(m.in_registry for m in kelly)


def test_a_first_name_and_a_named_persons_surname_is_a_person():
    """ "Otis Ferry" labelled a product beside "Bryan Ferry": a common first name and the
    surname of a person the article names is a person."""
    from analysis.extract.entities import _as_person
    from analysis.extract.records import Mention

    row = Mention(0, 0, 10, "Otis Ferry", "PRODUCT", "Otis Ferry", None, None, False)
    assert _as_person(row, set(), frozenset({"Ferry"})).label == "PERSON"
    assert _as_person(row, set(), frozenset({"Blair"})).label == "PRODUCT"


def test_a_name_read_as_an_organisation_beside_an_honorific_is_the_person(parse):
    """ "The Wilderness Society's Lyndon Schneiders" read as an organisation, and "Mr
    Schneiders" too: both the person, and the honorific form takes the full name."""
    text = (
        "The Rainforest Council's Lyndon Schneiders says he hopes the ruling helps. "
        '"It is the right sentence," Mr Schneiders said.'
    )
    rows = parse(text, topic=None).rows
    assert {q.speaker for q in rows["quotes"]} == {"Lyndon Schneiders"}


def test_a_regnal_number_belongs_to_the_name(parse):
    """ "Pope John Paul II ... John Paul said", "the pope said": one person."""
    text = (
        "Pope John Paul II urged delegates to protect the environment. "
        'Later the pope said humans must "take care of it." '
        '"Peace is the fruit of a joint commitment," John Paul said.'
    )
    rows = parse(text, topic=None).rows["quotes"]
    assert rows and {q.speaker for q in rows} == {"John Paul II"}


def test_a_surname_read_as_an_organisation_where_it_says_something_is_the_person(parse):
    """ "Gambill said" read as an organisation, where "Gambill" is a person elsewhere in the
    article: a person, so that "he said" after it is his."""
    text = (
        "The pair, runners-up last year, both won their singles. Then Gambill wore down a "
        "determined opponent to win 6-4, 6-4. Gambill said the win was a great way to start "
        'the tennis year. "I got a little tentative at the end," he said. Gambill was pressed '
        "hard before taking the first set. Later Gambill and his coach left the stadium."
    )
    assert {q.speaker for q in parse(text, topic=None).rows["quotes"]} == {"Gambill"}


def test_a_misspelt_surname_is_the_person_named_in_full(parse):
    """ "Romanszko" after "Richard Romaszko" (a typo of the article): the same person; a
    surname two letters off is someone else."""
    text = (
        "Richard Romaszko was thrown from the raft. Romaszko said he swam to the bank. "
        '"Before we knew it, we were in the river," Mr Romanszko said.'
    )
    rows = parse(text, topic=None).rows["quotes"]
    assert {q.speaker for q in rows} == {"Richard Romaszko"}
    other = text.replace("Romanszko", "Romanovsky")
    rows = parse(other, topic=None).rows["quotes"]
    assert "Richard Romaszko" not in {q.speaker for q in rows if q.text.startswith("Before")}


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Shane Bradford of Ballidu", "Shane Bradford"),
        ("Duke of York", "Duke of York"),
        ("Prince Edward of Wessex", "Prince Edward of Wessex"),
        ("Bank of England", "Bank of England"),
    ],
)
def test_a_persons_name_ends_before_the_place_the_recogniser_ran_on_into(name, expected):
    from analysis.extract.entities import _without_place

    assert _without_place(name) == expected


def _labels_when_read_as_organisation(parse, text: str, name: str) -> list[tuple[str, str]]:
    """The entity rows of ``text`` when the recogniser labels ``name``, and nothing else, an
    organisation (a misreading the model makes in some contexts, fixed here)."""
    from spacy.tokens import Span

    from analysis.extract.entities import entity_rows

    article = parse(text, topic=None)
    start = text.index(name)
    span = article.doc.char_span(start, start + len(name))
    article.doc.ents = [Span(article.doc, span.start, span.end, label="ORG")]
    return [(m.text, m.label) for m in entity_rows(article)]


@pytest.mark.parametrize(
    "text, name, label",
    [
        (  # an office word right before the name
            '"We are close to war," UN envoy Terje Roed-Larsen warned. Israel blamed them.',
            "Terje Roed-Larsen",
            "PERSON",
        ),
        (  # an office phrase closed by a comma
            "However the Palestinian head of security, Jabril Rajoub says militants must yield.",
            "Jabril Rajoub",
            "PERSON",
        ),
        (  # in apposition to the noun that speaks
            "One bystander, Marius duPlessis, said his son was missing.",
            "Marius duPlessis",
            "PERSON",
        ),
        (  # no office word
            '"We are close to war," The UN\'s Terje Roed-Larsen warned. Israel blamed them.',
            "Terje Roed-Larsen",
            "ORG",
        ),
    ],
)
def test_a_first_name_and_surname_after_an_office_word_that_speaks_is_a_person(
    parse, text, name, label
):
    """ "UN envoy Terje Roed-Larsen warned", the name read as an organisation: a person, so
    that "he said" next is his."""
    assert (name, label) in _labels_when_read_as_organisation(parse, text, name)


@pytest.mark.parametrize(
    "text, name, label",
    [
        ("Tory peer Lord Tebbit said he agreed with the view.", "Tebbit", "PERSON"),
        ("She agreed with Dr Fox's view on the case.", "Fox", "PERSON"),
        ("She agreed with the Conservative Fox view on the case.", "Fox", "ORG"),
    ],
)
def test_a_lone_surname_after_an_honorific_the_ner_left_out_is_a_person(parse, text, name, label):
    assert _labels_when_read_as_organisation(parse, text, name) == [(name, label)]
