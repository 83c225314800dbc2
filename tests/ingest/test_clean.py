"""Chrome removal: expectations written by hand from reading the seed pages."""
import pytest

from analysis.clean import clean_article, normalize_text

SEEDS = "seeds"

# Every piece of chrome in the seeds (issue 2, item 5), by hand.
CHROME = [
    "Liabooks Home|PRISM News", "PoliticsAI Analysis", "3 min readSource",
    "GeopoliticsDonald TrumpUS Foreign PolicyUkraine WarRussiaPeace NegotiationsUkraine Reconstruction",
    "Related Articles", "Thoughts", "Back to top button", '"*" indicates required fields',
    "Share your perspective in the comments below!",
    "What role do you believe European nations should play in these potential peace negotiations?",
    "This content is AI-generated", "We recommend verifying with the original source.",
    "US TRENDING NEWS", "Toward a fragile peace\n",
]

# Sentences of reporting next to chrome that must survive cleaning.
KEPT = [
    "Trump administration's mediation efforts show first results",  # dek under "3 min readSource"
    "A week-long ceasefire on civilian targets, however welcome, falls far short",  # before disclaimer
    "U.S. envoy Steve Witkoff calls recent Ukraine peace talks in Florida 'productive,'",
    "He suggested the U.S. should \"seize ships",  # before the tag run
    "The coming months will be critical in determining",  # before the reader prompt
    "shines through in this delicate diplomatic dance.",  # before the form chrome
    "Toward a Fragile Peace: Recent high-level diplomacy",  # a caption-like lead that is reporting
    "Still, the willingness of all major parties to remain engaged",  # before "Back to top button"
    "The Core Impasse: Territory",  # a section heading
]


def test_no_chrome_survives_in_the_seeds(seeds_corpus):
    for text in seeds_corpus.articles["text"]:
        for chrome in CHROME:
            assert chrome not in text, chrome


def test_every_sentence_of_reporting_next_to_chrome_survives(seeds_corpus):
    joined = "\n".join(seeds_corpus.articles["text"])
    for sentence in KEPT:
        assert sentence in joined, sentence


def test_the_headline_appears_once_as_first_paragraph(seeds_corpus):
    for row in seeds_corpus.articles.itertuples():
        if isinstance(row.title, str):
            assert row.text.startswith(row.title + "\n\n")
            assert row.text.count(row.title) == 1
            assert row.headline_end == len(row.title)


def test_ai_disclaimer_flag_is_set_only_where_the_page_carried_one(seeds_corpus):
    flagged = dict(zip(seeds_corpus.articles["article_id"], seeds_corpus.articles["ai_disclaimer"]))
    assert flagged == {"000_065fb5c15ef4a347": True, "001_608096255bf34736": False,
                       "002_e91f38832a2364a5": False, "003_4efbf8bebd05baf7": False,
                       "004_520e1962ceb0d452": False}


def test_removed_chrome_is_reported_per_article(seeds_corpus):
    removed = dict(zip(seeds_corpus.articles["article_id"], seeds_corpus.articles["chrome_removed"]))
    assert "Back to top button" in removed["004_520e1962ceb0d452"]
    assert removed["004_520e1962ceb0d452"].count("Toward a fragile peace") == 2
    assert '"*" indicates required fields' in removed["003_4efbf8bebd05baf7"]


def test_outlet_is_read_from_a_masthead_when_metadata_has_none():
    cleaned = clean_article("Liabooks Home|PRISM News\nA headline here\n\nBody text said things.")
    assert cleaned.outlet == "PRISM News"
    banner = clean_article("US TRENDING NEWS\n\nA headline here\n\nBody text said things.")
    assert banner.outlet == "US Trending News"
    assert banner.text.startswith("A headline here\n\n")


def test_title_is_inferred_from_a_headline_like_first_line_only():
    assert clean_article("Talks Resume in Geneva\n\nDiplomats met on Monday.").headline == "Talks Resume in Geneva"
    assert clean_article("Diplomats met on Monday in Geneva to talk.\nMore text.").headline is None


def test_metadata_title_is_put_first_when_the_body_lacks_it():
    cleaned = clean_article("Diplomats met on Monday.", title="Talks Resume")
    assert cleaned.text == "Talks Resume\n\nDiplomats met on Monday."


def test_a_repeated_sentence_of_reporting_is_not_taken_for_a_caption():
    raw = "Headline Words Here\n\nThe talks ended.\nOfficials left.\nThe talks ended."
    assert clean_article(raw).text.count("The talks ended.") == 2


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb\rc", "a\nb\nc"),
    ("zero\u200bwidth\ufeff", "zerowidth"),
    ("bell\x07 tab\t", "bell tab\t"),
])
def test_normalize_text(raw, expected):
    assert normalize_text(raw) == expected
