"""Chrome removal on the seed pages (through a load of the seeds): expectations written by hand
from reading the seed pages."""

# Every piece of chrome in the seeds (issue 2, item 5), by hand.
CHROME = [
    "Liabooks Home|PRISM News",
    "PoliticsAI Analysis",
    "3 min readSource",
    "GeopoliticsDonald TrumpUS Foreign PolicyUkraine WarRussiaPeace Negotiations"
    "Ukraine Reconstruction",  # one run of tags
    "Related Articles",
    "Thoughts",
    "Back to top button",
    '"*" indicates required fields',
    "Share your perspective in the comments below!",
    "What role do you believe European nations should play in these potential peace negotiations?",
    "This content is AI-generated",
    "We recommend verifying with the original source.",
    "US TRENDING NEWS",
    "Toward a fragile peace\n",
]

# Sentences of reporting next to chrome that must survive cleaning.
KEPT = [
    "Trump administration's mediation efforts show first results",  # dek under "3 min readSource"
    # before the disclaimer
    "A week-long ceasefire on civilian targets, however welcome, falls far short",
    "U.S. envoy Steve Witkoff calls recent Ukraine peace talks in Florida 'productive,'",
    'He suggested the U.S. should "seize ships',  # before the tag run
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
    flagged = dict(
        zip(
            seeds_corpus.articles["article_id"], seeds_corpus.articles["ai_disclaimer"], strict=True
        )
    )
    assert flagged == {
        "000_065fb5c15ef4a347": True,
        "001_608096255bf34736": False,
        "002_e91f38832a2364a5": False,
        "003_4efbf8bebd05baf7": False,
        "004_520e1962ceb0d452": False,
    }


def test_removed_chrome_is_reported_per_article(seeds_corpus):
    removed = dict(
        zip(
            seeds_corpus.articles["article_id"],
            seeds_corpus.articles["chrome_removed"],
            strict=True,
        )
    )
    assert "Back to top button" in removed["004_520e1962ceb0d452"]
    assert removed["004_520e1962ceb0d452"].count("Toward a fragile peace") == 2
    assert '"*" indicates required fields' in removed["003_4efbf8bebd05baf7"]
