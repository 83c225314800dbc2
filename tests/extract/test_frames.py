"""Frames: cues from the lexicon files, negation and quotation awareness, gold figures."""

import pandas as pd
import pytest

from analysis.evaluate import framing as framing_eval
from analysis.extract.frames import frame_rows
from analysis.extract.records import Quote
from analysis.knowledge.topics import copy_pack


def _frames(parse, text):
    return {row.frame: row for row in parse(text).rows["frames"]}


def test_cues_fire_on_lemmas_with_the_words_shown(parse):
    frames = _frames(
        parse, "Kyiv refused to cede any territory, and Moscow demanded sanctions relief."
    )
    assert frames["territorial_concession"].cues == ["cede", "territory"]
    assert frames["territorial_concession"].score == 2.0
    assert "sanctions" in frames["sanctions"].cues


def test_negated_progress_counts_as_deadlock(parse):
    frames = _frames(parse, "The latest round of talks produced no breakthrough.")
    assert "diplomatic_progress" not in frames
    assert frames["diplomatic_deadlock"].negated == ["breakthrough"]


@pytest.mark.parametrize(
    "text, frame, negated",
    [
        ("Negotiators did not make progress on prisoner exchanges.", "external_relations", []),
        ("The delegation did not reach a deal.", "external_relations", []),
        ("A breakthrough did not happen.", "diplomatic_deadlock", ["breakthrough"]),
        ("Progress was not made in Geneva.", "diplomatic_deadlock", ["Progress"]),
    ],
)
def test_a_negated_verb_negates_its_object_not_its_subject(parse, text, frame, negated):
    frames = _frames(parse, text)
    assert frames[frame].negated == negated


def test_a_negated_topic_cue_still_shows_its_generic_frame(parse):
    frames = _frames(parse, "Residents were left without food for a week.")
    assert frames["quality_of_life"].negated == ["food"]


def test_phrase_cues_match_any_inflection_once(parse):
    frames = _frames(parse, "Foreign ministers met in Geneva.")
    assert frames["external_relations"].cues == ["Foreign ministers"]
    assert frames["external_relations"].cue_starts == [0]


def test_cues_inside_quotes_are_marked(parse):
    frames = _frames(parse, 'The envoy called the meetings "productive and constructive."')
    assert frames["diplomatic_progress"].quoted_cues == ["productive", "constructive"]
    assert frames["diplomatic_progress"].in_quote_share == 1.0


def test_names_are_not_frame_cues(parse):
    assert "economic" not in _frames(parse, "They met at the World Economic Forum in Davos.")


def test_a_weak_cue_alone_does_not_make_a_frame(parse):
    assert "external_relations" not in _frames(parse, "The talks resumed.")  # "talk" weighs 0.5


def test_every_seed_article_has_frames_with_cue_words(seeds_corpus):
    assert set(seeds_corpus.frames["article_id"]) == set(seeds_corpus.articles["article_id"])
    assert seeds_corpus.frames["cues"].map(len).gt(0).all()


def test_editing_a_lexicon_changes_the_frames_without_code(tmp_path, load_corpus):
    """A copy of a pack, a story frame added to it: the next load shows the frame."""
    pack = copy_pack("ukraine-peace-2025", tmp_path / "pack")
    frame = pd.DataFrame({"text": ["A storm hit the coast."]})
    assert "weather" not in set(load_corpus(frame, topic=pack, cache=False).frames["frame"])
    with (pack / "story_frames.csv").open("a", encoding="utf-8") as fh:
        fh.write("weather,story,storm,lemma,1,weather events\n")
    corpus = load_corpus(frame, topic=pack, cache=False)
    assert "weather" in set(corpus.frames["frame"])


def test_a_pack_file_named_like_a_packaged_lexicon_replaces_it(tmp_path, load_corpus):
    """A pack's frames.csv (the name of the packaged generic frames) replaces the generic one."""
    pack = copy_pack("ukraine-peace-2025", tmp_path / "pack")
    (pack / "frames.csv").write_text(
        "frame,kind,cue,match,weight,gloss\ndrought,generic,drought,lemma,1,dry spells\n",
        encoding="utf-8",
    )
    text = pd.DataFrame({"text": ["The drought ruined the economy."]})
    frames = set(load_corpus(text, topic=pack, cache=False).frames["frame"])
    assert "drought" in frames and "economic" not in frames


def test_no_story_frame_leaks_into_another_pack(load_corpus):
    text = pd.DataFrame({"text": ["Ukraine refused to cede territory in the Donbas."]})
    seeds = set(load_corpus(text, topic="ukraine-peace-2025", cache=False).frames["frame"])
    assert "territorial_concession" in seeds
    uk = load_corpus(text, topic="uk-politics-2005", cache=False).frames
    assert set(uk["frame_kind"]) <= {"generic"}
    none = load_corpus(text, cache=False).frames
    assert set(none["frame_kind"]) <= {"generic"}


def test_hand_coded_sample_precision_and_recall_stay_above_the_floor(parse):
    """Sentences written for the project or taken from the seeds (P 0.83 / R 0.83 before the
    generic cues were widened for real domestic news; 0.78 / 0.84 after, while the BBC gold went
    from F1 0.37 to 0.66: tests/evaluate/test_realframes.py)."""
    gold = framing_eval.read_gold()
    assert len(gold) >= 60
    total = framing_eval.micro(framing_eval.evaluate(gold, parse=parse))
    assert total.precision >= 0.76 and total.recall >= 0.80


def _quote(kind, start, end, text):
    return Quote(
        sentence_id=0,
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,
        quote_group=0,
        speaker="The envoy",
        speaker_type="person",
        speaker_side=None,
        cue="say",
        cue_tier="neutral",
    )


def test_quote_rows_mark_cues_as_quoted_without_marks(parse):
    text = "The envoy said the talks were productive and constructive."
    article = parse(text)
    start = text.index("the talks")
    article.rows["quotes"] = [_quote("indirect", start, len(text) - 1, text)]
    progress = {r.frame: r for r in frame_rows(article)}["diplomatic_progress"]
    assert progress.quoted_cues == []  # a reported (indirect) clause is not the source's words
    article.rows["quotes"] = [_quote("partial", start, len(text) - 1, text)]
    progress = {r.frame: r for r in frame_rows(article)}["diplomatic_progress"]
    assert progress.quoted_cues == ["productive", "constructive"]
    article.rows["quotes"] = []
    progress = {r.frame: r for r in frame_rows(article)}["diplomatic_progress"]
    assert progress.quoted_cues == []


def test_independent_frame_set_stays_above_its_measured_level(parse):
    """tests/gold/framing/independent.csv was coded by someone who never saw the lexicons (first
    run P 0.70 / R 0.41 / F1 0.52; 0.73 / 0.51 / 0.60 after general cues were added; 0.70 / 0.59
    / 0.64 with the cues for domestic news)."""
    gold = framing_eval.read_gold(framing_eval.GOLD.with_name("independent.csv"))
    total = framing_eval.micro(framing_eval.evaluate(gold, parse=parse))
    assert len(gold) == 60
    assert total.f1 >= 0.62 and total.precision >= 0.69


def test_a_foreign_country_is_external_relations_where_the_pack_names_its_home(
    load_corpus, tmp_path
):
    """The pack's home countries (topic.yaml ``home``) are not foreign; any other country named
    is a cue of external relations. Without a pack nothing is foreign."""
    (tmp_path / "a.txt").write_text(
        "Ministers meet\n\nThe minister said Britain would send aid to Iraq.\n\n"
        "The minister said Britain would send aid to Scotland.\n",
        encoding="utf-8",
    )
    uk = load_corpus(tmp_path, topic="uk-politics-2005", cache=False).frames
    external = uk[uk.frame == "external_relations"]
    assert [c for cues in external.cues for c in cues] == ["Iraq"]
    none = load_corpus(tmp_path, topic=False, cache=False).frames
    assert "external_relations" not in set(none.frame)


def test_a_party_named_as_an_actor_is_political_but_not_as_a_label(load_corpus, tmp_path):
    """ "The Tories attacked the plan": the party acts, a political frame. "A Tory MP said": the
    party only labels the MP."""
    (tmp_path / "a.txt").write_text(
        "Plan for schools\n\nThe Tories attacked the plan on Monday.\n\n"
        "A Tory MP visited the school on Monday.\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path, topic="uk-politics-2005", cache=False)
    political = corpus.frames[corpus.frames.frame == "political"]
    sentences = corpus.sentences.set_index("sentence_id").loc[political.sentence_id, "text"]
    assert list(sentences) == ["The Tories attacked the plan on Monday."]
    assert list(political.cues) == [["Tories"]]


UK = "uk-politics-2005"


@pytest.mark.parametrize(
    "text, expected",
    [
        # a plan is a policy as a noun, not as the verb
        ("Protesters plan to challenge the ruling.", {"public_opinion"}),
        # "must" and "should" prescribe, unless they guess ("must have been")
        ("There must have been a mistake.", set()),
        ("The policy would empower local clubs.", {"policy_prescription"}),
        ("Hospital waiting times are to be cut.", {"health_safety", "policy_prescription"}),
        # not cues: a title, an election, a kind of migrant, a legal defence
        ("The health secretary visited a school in Leeds.", set()),
        ("The town held a mock poll for pupils.", set()),
        ("Ms Roche said legal migration is something to welcome.", set()),
        (
            "Householders who use reasonable force have a defence to murder.",
            {"crime_punishment", "legality"},
        ),
        # phrases and word classes
        (
            "Plans to give murderers lighter sentences were watered down.",
            {"crime_punishment", "policy_prescription"},
        ),
        ("The minister was caught up in a race row.", {"fairness_equality", "political"}),
        ("Many people are concerned about the new runway.", {"public_opinion"}),
        ("Small firms are beginning to narrow the digital divide.", {"fairness_equality"}),
        # terrorism is a threat to security (codebook), not by itself a crime
        (
            "States must work together to fight global terrorism.",
            {"policy_prescription", "security_defense"},
        ),
        # hyphenated cues match their words as spaCy splits them
        ("Critics said the posters were anti-Semitic.", {"cultural_identity"}),
        # weak cues: children, defending a record and a war as a reference point frame nothing
        ("The children played in the park after school.", set()),
        ("The minister defended his record on Monday.", set()),
        ("He wrote the speech in the run-up to the Iraq war.", set()),
        # codebook words: legality, criminalising, discrimination, disgrace, deceit, politics
        ("Ministers questioned the legality of the tolls.", {"legality"}),
        ("The bill would criminalise squatting.", {"crime_punishment", "policy_prescription"}),
        ("Critics called the dress code discriminatory.", {"fairness_equality"}),
        ("The councillor brought the council into disrepute.", {"morality"}),
        ("He was accused of deceiving his colleagues.", {"morality"}),
        ("The report was politically motivated.", {"political"}),
        ("Ministers announced an overhaul of school inspections.", {"policy_prescription"}),
        ("A shake-up of school inspections was announced.", {"policy_prescription"}),
        # a law named by its year
        ("The 1701 Act still governs the succession.", {"legality"}),
        # policy: what a government plans, whether a policy works, a policy on something,
        # what is needed, vital or should be done
        ("The government is planning to close the depot.", {"policy_prescription"}),
        ("Officials insist the strategy is working.", {"policy_prescription"}),
        ("Critics attacked his policy on fishing.", {"policy_prescription"}),
        ("A change of direction is needed.", {"policy_prescription"}),
        ("The railway needs more investment.", {"economic", "policy_prescription"}),
        ("It is vital that councils act quickly.", {"policy_prescription"}),
        ("Speed cameras should be moved.", {"policy_prescription"}),
        ("There should be more buses in rural areas.", {"policy_prescription"}),
        # equal treatment, legal powers, leaving office, an offence, a religious community,
        # crowds of the public, MPs as written, courting voters
        ("Women want the same status as men.", {"fairness_equality"}),
        ("The board has the power to suspend councillors.", {"legality"}),
        ("She will stand down next year.", {"political"}),
        ("It is an offence to feed the pigeons.", {"crime_punishment"}),
        ("Leaders of the Hindu community met the mayor.", {"cultural_identity"}),
        ("Thousands of supporters gathered outside.", {"public_opinion"}),
        ("Tory MPs' fears over bickering", {"political"}),
        ("The party is trying to woo older voters.", {"political"}),
        # not cues: titles written with capitals, spin doctors, one person's job, law and
        # order (crime), an election poll
        ("Health Secretary Jane Smith opened the ward.", set()),
        ("The Finance Minister visited Leeds.", set()),
        ("The spin doctors were out in force.", set()),
        ("She wants to get on with the job.", set()),
        ("Law and order will be a big issue.", set()),
        ("It is not a poll issue for the party.", set()),
    ],
)
def test_generic_frame_rules(parse, text, expected):
    assert {row.frame for row in parse(text, topic=UK).rows["frames"]} == expected


def test_race_as_a_modifier_is_fairness_a_race_for_office_is_not(parse):
    assert "fairness_equality" in {
        f.frame for f in parse("A race row erupted.", topic=UK).rows["frames"]
    }
    leadership = parse("He is the favourite in the leadership race.", topic=UK).rows["frames"]
    assert {f.frame for f in leadership} == {"political"}


def test_two_cues_on_the_same_words_count_once(parse):
    """A lemma cue and a phrase cue of one frame on the same word ("MPs") weigh once, and a
    cue that does not count inside a name hides no cue on the same words that does."""
    headline = parse("MPs assess Scots fishing industry", topic=UK).rows["frames"]
    assert {row.frame: row.score for row in headline}["political"] == 1.0
    rebate = parse("He attacked the rebate from the European Union.", topic=UK).rows["frames"]
    assert "external_relations" in {row.frame for row in rebate}


@pytest.mark.parametrize(
    "text, frame",
    [
        ("Suspects were held without trial.", "crime_punishment"),
        ("He froze petrol duty until September.", "morality"),
        ("Gordon Brown's closest ally denied it.", "external_relations"),
        ("He courted controversy again.", "legality"),
        ("The bill will be debated before becoming law.", "legality"),
        ("He repeated calls for the mayor to apologise.", "policy_prescription"),
        ("Spending on health and education will rise.", "health_safety"),
    ],
)
def test_not_cues_drop_a_cue_that_means_something_else(parse, text, frame):
    assert frame not in {row.frame for row in parse(text, topic=UK).rows["frames"]}


@pytest.mark.parametrize(
    "text, frame, cue",
    [
        ("Campaigners have challenged the runway in the High Court.", "legality", "Court"),
        ("There were four arrests under the Hunting Act.", "legality", "Hunting Act"),
        ("She said the effect would be to undermine the UN.", "external_relations", "UN"),
    ],
)
def test_patterns_marked_for_names_count_inside_names(parse, text, frame, cue):
    """A court, a law or an international body is a cue even as a name, where other cues in
    names are not ("World Economic Forum")."""
    frames = {row.frame: row for row in parse(text, topic=UK).rows["frames"]}
    assert frames[frame].cues == [cue]


def test_a_country_that_only_labels_a_noun_is_not_external_relations(load_corpus, tmp_path):
    """ "The Iraq war": a war (security, with the troops: "war" alone is a weak cue), not
    relations with Iraq; "aid to Iraq" is."""
    (tmp_path / "a.txt").write_text(
        "War and aid\n\nThe Iraq war and its troops dominated the campaign.\n\n"
        "Britain will send aid to Iraq.\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path, topic=UK, cache=False)
    external = corpus.frames[corpus.frames.frame == "external_relations"]
    assert [c for cues in external.cues for c in cues] == ["Iraq"]
    assert "security_defense" in set(corpus.frames.frame)


def test_patterns_follow_the_cue_lists_in_effect(tmp_path, load_corpus):
    """A pattern cue ("are to be cut": an announced policy) counts where the generic cues are in
    effect; a pack whose frames.csv replaces them drops the generic patterns too."""
    text = pd.DataFrame({"text": ["Hospital waiting times are to be cut."]})
    generic = set(load_corpus(text, topic=UK, cache=False).frames["frame"])
    assert "policy_prescription" in generic
    pack = copy_pack("ukraine-peace-2025", tmp_path / "pack")
    (pack / "frames.csv").write_text(
        "frame,kind,cue,match,weight,gloss\nhospital,generic,hospital,lemma,1,hospitals\n",
        encoding="utf-8",
    )
    assert set(load_corpus(text, topic=pack, cache=False).frames["frame"]) == {"hospital"}


def test_a_bad_pattern_names_the_file_and_the_entry(tmp_path):
    from spacy.vocab import Vocab

    from analysis.extract import frames as frames_module
    from analysis.knowledge import using_layers

    (tmp_path / "frame_patterns.yaml").write_text(
        "patterns:\n  - {frame: economic, cue: broken, weight: 1, tokens: [{LEMMA: {IN: 3}}]}\n",
        encoding="utf-8",
    )
    with using_layers([tmp_path]), pytest.raises(ValueError, match="frame_patterns.yaml.*broken"):
        frames_module.pattern_matcher(Vocab())


def test_patterns_are_found_in_later_sentences_at_their_own_offsets(parse):
    """The matcher runs only on sentences that hold every word a pattern needs: a hit in the
    third sentence keeps its sentence_id and its offsets into the article text."""
    from analysis.extract.frames import pattern_hits

    text = "The weather was fine. Ministers met in London. Protesters challenged the plans."
    article = parse(text)
    hits = [h for h in pattern_hits(article) if h.cue.cue == "plan"]
    assert [(h.text, h.sentence_id, text[h.start : h.end]) for h in hits] == [("plans", 2, "plans")]
    assert article.doc[hits[0].token_start].text == "plans"
