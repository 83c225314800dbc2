"""An article in another language keeps its articles row with its language, is not parsed by
the English pipeline, and a problem row says so."""

from analysis.ingest.language import analysed, detect_language

FRENCH = (
    "Les négociations ont repris lundi à Genève, a déclaré le ministre des affaires étrangères, "
    "et les deux délégations doivent se retrouver la semaine prochaine pour discuter du "
    "cessez-le-feu et des garanties de sécurité demandées par Kiev."
)
ENGLISH = (
    "Talks resumed in Geneva on Monday, the foreign minister said, and the two delegations are "
    "to meet again next week to discuss the ceasefire and the security guarantees Kyiv wants."
)


def test_detection():
    assert (detect_language(FRENCH), detect_language(ENGLISH)) == ("fr", "en")
    assert detect_language("Talks resumed.") == "und" and analysed("und")


def test_a_french_article_is_kept_but_not_analysed(load_corpus, tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    corpus = load_corpus(tmp_path, cache=False)
    languages = dict(zip(corpus.articles["article_id"], corpus.articles["language"], strict=True))
    assert languages == {"en": "en", "fr": "fr"}
    assert set(corpus.sentences["article_id"]) == {"en"}
    assert corpus.problems["problem"].str.contains("language fr: not analysed").sum() == 1
