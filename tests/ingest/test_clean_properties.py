"""Property-based tests (hypothesis) of the cleaner: it never crashes and keeps every sentence of
reporting (no spaCy model)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.ingest.clean import clean_article

SUBJECTS = ["The minister", "Officials", "Rustem Umerov", "The delegation", "Negotiators", "She"]
VERBS = ["said", "met", "announced", "rejected", "visited", "warned", "signed", "expected"]
OBJECTS = [
    "the plan",
    "reporters in Kyiv",
    "a new proposal",
    "the envoy on Sunday",
    "that talks would resume",
    "the ceasefire terms",
]
CHROME_LINES = [
    "Related Articles",
    "Back to top button",
    "3 min read",
    "Thoughts",
    "Advertisement",
    "Share this article",
    "Politics",
]
sentence = st.builds(
    lambda s, v, o, end: f"{s} {v} {o}{end}",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(OBJECTS),
    st.sampled_from([".", "!", "?", '."']),
)
chrome_line = st.sampled_from(CHROME_LINES)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.lists(st.one_of(sentence, chrome_line, st.just("")), min_size=1, max_size=25))
def test_cleaning_keeps_every_sentence_with_a_verb(lines):
    cleaned = clean_article("\n".join(lines))
    for line in lines:
        if line == "" or line in CHROME_LINES:
            continue
        assert line in cleaned.text
    for chrome in ("Related Articles", "Back to top button", "Advertisement"):
        assert chrome not in cleaned.text.split("\n")


@FAST
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_cleaning_never_crashes_and_leaves_no_control_characters(raw):
    cleaned = clean_article(raw)
    assert "\r" not in cleaned.text
    assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in cleaned.text)
    assert cleaned.text == cleaned.text.strip()
