"""Role nouns as speakers resolve to the topic pack's holder of that role: the one the article
names, else the one in office on the publication day, else only a sole holder."""

import pytest

UK = "uk-politics-2005"


def speaker(parse, text, **kwargs):
    (quote,) = [q for q in parse(text, topic=UK, **kwargs).rows["quotes"] if q.kind == "direct"]
    return quote.speaker, quote.speaker_side


def test_a_sole_holder_is_the_speaker_without_a_date(parse):
    assert speaker(parse, '"We will win the argument," the prime minister said.') == (
        "Tony Blair",
        "Labour",
    )


def test_another_name_of_the_role_in_the_pack(parse):
    assert speaker(parse, '"We will cut taxes for families," the Tory leader said.') == (
        "Michael Howard",
        "Conservative",
    )


@pytest.mark.parametrize(
    "published, holder",
    [("2004-06-01", "David Blunkett"), ("2005-03-01", "Charles Clarke"), (None, None)],
)
def test_of_two_holders_the_one_in_office_on_the_day(parse, published, holder):
    name, _ = speaker(parse, '"The law will change," the home secretary said.', published=published)
    assert name == holder or (holder is None and name not in ("David Blunkett", "Charles Clarke"))


def test_of_two_holders_the_one_the_article_names(parse):
    text = 'Charles Clarke visited Leeds.\n\n"The law will change," the home secretary said.'
    assert speaker(parse, text)[0] == "Charles Clarke"


def test_a_pronoun_that_names_no_one_is_no_speaker(parse):
    (quote,) = parse('"We will see what happens," you said.').rows["quotes"]
    assert quote.speaker is None and quote.speaker_type == "unknown"


def test_a_missing_publication_day_is_no_day(parse):
    # load_corpus gives NaT, not None, for an article without a date: the sole holder still speaks
    import pandas as pd

    name, side = speaker(parse, '"We will win," the prime minister said.', published=pd.NaT)
    assert (name, side) == ("Tony Blair", "Labour")
