"""Speakers scored by GenderGapTracker's own rule: the words the speaker was read from overlap
the coder's attribution words (analysis.evaluate.realnews)."""

from analysis.evaluate.realnews import RealScore, Statement, attribution_words, score_article

TEXT = 'He spoke first. "We will win," he said. Later he left, "for good".'


def test_attribution_words_are_the_place_nearest_the_quote_outside_it():
    quote = TEXT.index("We will win")
    span = (quote, quote + len("We will win,"))
    (place,) = attribution_words("he", span, TEXT)
    assert TEXT[place[0] : place[1]] == "he" and place[0] == TEXT.index("he said")
    (place,) = attribution_words("He  spoke", span, TEXT)  # any spacing and case
    assert place[0] == 0
    assert attribution_words("Mr Smith", span, TEXT) == []
    assert attribution_words("", span, TEXT) == []


def test_words_inside_the_quote_are_not_its_attribution():
    text = '"He is wrong," said Ann. He left.'
    span = (1, len('"He is wrong,') - 1)
    (place,) = attribution_words("he", span, text)
    assert place[0] == text.index("He left")


def test_a_speaker_is_right_by_words_when_they_overlap_however_it_was_resolved():
    said = TEXT.index("he said")
    quote = TEXT.index("We will win")
    gold = [Statement([(quote, quote + 12)], "Ann Smith", "direct", words=[(said, said + 2)])]
    other_name = [Statement([(quote, quote + 12)], "Bob Jones", "direct", words=[(said, said + 7)])]
    elsewhere = [Statement([(quote, quote + 12)], "Ann Smith", "direct", words=[(0, 2)])]
    by_words = RealScore()
    score_article(gold, other_name, by_words, {}, names={})
    assert by_words.words_checked == 1 and by_words.words_right == 1
    assert by_words.by_kind["all"].speaker_right == 0  # by name it is wrong
    by_name = RealScore()
    score_article(gold, elsewhere, by_name, {}, names={})
    assert by_name.words_right == 0 and by_name.by_kind["all"].speaker_right == 1
    unlocated = RealScore()
    score_article(
        [Statement(gold[0].spans, "Ann Smith", "direct")], other_name, unlocated, {}, names={}
    )
    assert unlocated.words_checked == 0
