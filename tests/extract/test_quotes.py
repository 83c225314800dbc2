"""Quotes and speakers: literal cases, including the ones that must yield nothing."""

import pytest

from analysis.evaluate import quotes as quotes_eval


def _quotes(parse, text):
    return [(q.text, q.kind, q.speaker) for q in parse(text).rows["quotes"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"We are close," Trump said.', [("We are close,", "direct", "Donald Trump")]),
        (
            "Rubio said: “This is delicate and complicated.”",
            [("This is delicate and complicated.", "direct", "Marco Rubio")],
        ),
        (
            "“If Russia is serious,” Witkoff said, “it will show it at the table.”",
            [
                ("If Russia is serious,", "direct", "Steve Witkoff"),
                ("it will show it at the table.", "direct", "Steve Witkoff"),
            ],
        ),
        (
            'Trump called Putin\'s response "very nice."',
            [("very nice.", "partial", "Donald Trump")],
        ),
        (
            "U.S. envoy Steve Witkoff calls the talks 'productive,' but a deal remains elusive.",
            [("productive,", "partial", "Steve Witkoff")],
        ),
    ],
)
def test_direct_and_partial_quotes(parse, text, expected):
    assert [q for q in _quotes(parse, text) if q[1] != "indirect"] == expected


@pytest.mark.parametrize(
    "text",
    [
        'Senator Lindsey Graham spoke on NBC\'s "Meet The Press" on Sunday.',
        "Trump's envoy met the drivers' union on Monday.",
        '"*" indicates required fields',
        "Officials in Jakarta would not discuss Beijing's so-called "
        '"nine-dash line" at the meeting.',
    ],
)
def test_titles_apostrophes_and_chrome_are_not_quotes(parse, text):
    assert [q for q in _quotes(parse, text) if q[1] != "indirect"] == []


def test_unbalanced_mark_does_not_sink_the_article(parse):
    text = 'A stray " mark here.\n\n"We will keep talking," Peskov said.'
    assert [(t, s) for t, _, s in _quotes(parse, text)] == [
        ("We will keep talking,", "Dmitry Peskov")
    ]


def test_offsets_point_at_the_quoted_words(parse):
    text = 'He said "we are close" and the Kremlin said it was "of course" ready.'
    article = parse(text)
    for row in article.rows["quotes"]:
        assert text[row.start : row.end] == row.text


def test_indirect_speech_and_according_to(parse):
    quotes = parse(
        "Zelenskiy stated that an understanding on security guarantees has been achieved. "
        "According to six people familiar with U.S. intelligence, Putin has not changed his aims."
    ).rows["quotes"]
    indirect = [(q.speaker, q.speaker_type, q.cue) for q in quotes if q.kind == "indirect"]
    assert indirect == [
        ("Volodymyr Zelenskyy", "person", "state"),
        ("six people familiar with U.S. intelligence", "anonymous", "according to"),
    ]


def test_pronouns_and_role_nouns_resolve_to_the_named_speaker(parse):
    quotes = parse(
        "Witkoff met Dmitriev in Florida. "
        'The American diplomat said "Russia is working toward peace."'
        ' "This is delicate," he remarked.'
    ).rows["quotes"]
    assert {q.speaker for q in quotes} == {"Steve Witkoff"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # "they" after a plural source quoted just before is that source
        (
            'Union members said they would strike. "We have no choice," they said.',
            [("they would strike", "Union members"), ("We have no choice,", "Union members")],
        ),
        # named people never quoted: "they" stays unresolved (never one person)
        (
            'Witkoff and Kushner met Putin. "It was productive," they said.',
            [("It was productive,", None)],
        ),
        # a plural noun naming people just before is who "they" are
        (
            'The ministers met in Brussels. "We are united," they said.',
            [("We are united,", "ministers")],
        ),
    ],
)
def test_they_goes_to_a_plural_source_only(parse, text, expected):
    assert [(t, s) for t, _, s in _quotes(parse, text)] == expected


def test_split_quote_pieces_share_a_group(parse):
    quotes = parse(
        "“If Russia is serious,” Witkoff said, “it will show it at the table.” "
        "Rubio said he agreed."
    ).rows["quotes"]
    direct = [q for q in quotes if q.kind != "indirect"]
    assert direct[0].quote_group == direct[1].quote_group


def test_multi_paragraph_quote_runs_on(parse):
    text = (
        "Zelenskyy spoke in his address.\n\n"
        '"Russia launched 400 drones at our cities.\n\n'
        '"This is not how anyone behaves who wants peace," he said.'
    )
    quotes = [q for q in parse(text).rows["quotes"] if q.kind != "indirect"]
    assert [q.text for q in quotes] == [
        "Russia launched 400 drones at our cities.",
        "This is not how anyone behaves who wants peace,",
    ]
    assert quotes[0].quote_group == quotes[1].quote_group
    assert {q.speaker for q in quotes} == {"Volodymyr Zelenskyy"}


def test_speaker_types(parse):
    quotes = parse(
        'The Kremlin confirmed Putin had "of course" agreed. Reuters reported that talks stalled. '
        'A Ukrainian official said, "We know the Americans are working on something."'
    ).rows["quotes"]
    types = {q.speaker: (q.speaker_type, q.speaker_side) for q in quotes}
    assert types["the Kremlin"] == ("organization", "Russia")
    assert types["Reuters"][0] == "media"
    assert types["A Ukrainian official"] == ("anonymous", "Ukraine")


SEED_DIRECT = [  # every direct quote of the seeds with its speaker, read by hand
    ("000", "productive and constructive meetings", "Steve Witkoff"),
    ("000", "Russia is working toward securing peace in Ukraine,", "Steve Witkoff"),
    ("000", "very nice,", "Donald Trump"),
    ("000", "of course", "the Kremlin"),
    ("000", "we are getting close", "Donald Trump"),
    ("001", "productive,", "Steve Witkoff"),
    ("001", "productive and constructive", "Steve Witkoff"),
    (
        "001",
        "shared strategic approach between Ukraine, the United States and Europe.",
        "Steve Witkoff",
    ),
    (
        "001",
        "does not currently have the capability to conquer and occupy all of Ukraine, "
        "let alone Europe.",
        "Tulsi Gabbard",
    ),
    ("001", "seize ships that are carrying sanctioned Russian oil", "Lindsey Graham"),
    (
        "001",
        "Russia a state sponsor of terrorism for kidnapping 20,000 Ukrainian kids.",
        "Lindsey Graham",
    ),
    ("002", "We feel the Russian position is really being heard.", "Kirill Dmitriev"),
    ("002", "We know the Americans are working on something,", "a Ukrainian official"),
    ("003", "This meeting was productive and successful,", "Rustem Umerov"),
    ("003", "Ukraine’s got some difficult little problems,", "Donald Trump"),
    (
        "003",
        "We don’t just want to end the war; we also want to help Ukraine be safe forever.",
        "Marco Rubio",
    ),
    ("003", "This is delicate, it’s complicated; there are a lot of moving parts,", "Marco Rubio"),
    (
        "003",
        "When Ukrainian troops leave the territories they hold, then the fighting will stop. "
        "If they don’t, then we’ll achieve that through military means.",
        "Vladimir Putin",
    ),
    (
        "003",
        "The U.S. is hearing us; the U.S. is supporting us; the U.S. is walking beside us.",
        "Rustem Umerov",
    ),
]


def test_every_direct_quote_of_the_seeds_with_its_speaker(seeds_corpus):
    quotes = seeds_corpus.quotes
    found = {
        (a[:3], t): s
        for a, t, s in zip(quotes["article_id"], quotes["text"], quotes["speaker"], strict=True)
    }
    for article, text, speaker in SEED_DIRECT:
        assert found.get((article, text)) == speaker, (article, text)
    assert not quotes["text"].str.contains("Meet The Press").any()


def test_gold_figures_stay_above_the_targets(parse):
    passages = quotes_eval.read_gold()
    counts = quotes_eval.score(passages, quotes_eval.predictor(parse))["all"]
    assert counts.gold >= 90
    assert counts.f1 >= 0.95 and counts.speaker_accuracy >= 0.93


def test_what_a_source_declined_to_say_is_not_a_quote(parse):
    text = "A company spokeswoman declined to say whether the change was linked to slowing growth."
    assert _quotes(parse, text) == []


def test_a_quote_of_two_sentences_goes_to_the_speaker_of_its_attribution(parse):
    text = (
        "The novelist Margaret Okoye still writes every morning. A typist, Clare Whitlow, says the "
        "handwriting has \u201cgot worse every decade\u201d.\n\n"
        "Asked about the prize, Okoye is dismissive. "
        "\u201cPrizes are for publishers. Readers are for writers,\u201d she says."
    )
    quotes = _quotes(parse, text)
    assert (
        "Prizes are for publishers. Readers are for writers,",
        "direct",
        "Margaret Okoye",
    ) in quotes
    assert not [q for q in quotes if q[1] == "indirect" and q[0].startswith("Readers")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Tolley's barrister, Simon Orchard, argued that his client had been under "
            "severe pressure.",
            "Simon Orchard",
        ),
        (
            "Crews rescued two children from a burning house, the county fire service said.",
            "the county fire service",
        ),
        (
            "Judge Helen Marsh jailed Tolley for six years. "
            "The judge said he had betrayed the tenants.",
            "Helen Marsh",
        ),
        (
            "The Defence Ministry plans to cancel the contract. "
            "The ministry said it would not comment on speculation.",
            "Defence Ministry",
        ),
        (
            "Northvale Foods reported a drop in profit. "
            "The company said it would cut about 400 jobs.",
            "Northvale Foods",
        ),
    ],
)
def test_indirect_speakers_named_by_role_apposition_or_institution(parse, text, speaker):
    assert [q[2] for q in _quotes(parse, text) if q[1] == "indirect"] == [speaker]


def test_a_sentence_ends_after_a_clock_time_when_a_new_one_begins(parse):
    text = (
        "Crews were called shortly after 11 p.m. "
        "Station Manager Gareth Lloyd said the fire had started."
    )
    assert [s.text.split()[0] for s in parse(text).sentences] == ["Crews", "Station"]
    assert [(q[0], q[2]) for q in _quotes(parse, text)] == [
        ("the fire had started", "Gareth Lloyd")
    ]


def test_independent_gold_set_stays_above_its_measured_level(parse):
    """tests/gold/quotes/independent.jsonl was coded by someone who never saw the rules (first
    run F1 0.915, speaker 0.859; 0.993 / 0.957 after the general fixes)."""
    passages = quotes_eval.read_gold([quotes_eval.QUOTES_GOLD / "independent.jsonl"])
    counts = quotes_eval.score(passages, quotes_eval.predictor(parse))["all"]
    assert counts.gold == 70
    assert counts.f1 >= 0.97 and counts.speaker_accuracy >= 0.93


def _speakers(parse, text):
    return [(q.kind, q.speaker) for q in parse(text).rows["quotes"]]


def test_he_is_the_speaker_before_not_a_person_named_in_the_claim(parse):
    text = (
        'Michael Howard said: "We will cut taxes for families. We will mend the roads."\n\n'
        "Gordon Brown has failed to fix the economy, he claimed."
    )
    assert ("indirect", "Michael Howard") in _speakers(parse, text)


def test_a_clause_on_a_noun_with_its_own_subject_is_said_by_that_subject(parse):
    text = (
        "Michael Howard spoke in Leeds. He described the problems he says face Britain as "
        '"a disgrace to us all".'
    )
    assert {speaker for _, speaker in _speakers(parse, text)} == {"Michael Howard"}


def test_who_says_is_said_by_the_person_the_clause_is_on(parse):
    text = 'Drafts go to a typist, Clare Whitlow, who says the writing has "got worse every year".'
    assert {speaker for _, speaker in _speakers(parse, text)} == {"Clare Whitlow"}


@pytest.mark.parametrize(
    "subject, speaker, kind",
    [
        ("That pattern suggests", None, "unknown"),
        ("Absolutely nothing suggests", None, "unknown"),
        ("The report said", "The report", "document"),
        ("Critics said", "Critics", "anonymous"),
    ],
)
def test_a_phrase_that_names_no_source_is_no_speaker(parse, subject, speaker, kind):
    (quote,) = parse(f'{subject} the plan is "doomed from the start".').rows["quotes"]
    assert (quote.speaker, quote.speaker_type) == (speaker, kind)


def test_a_passive_verb_is_said_by_its_agent(parse):
    text = 'The plans have been branded "deeply irresponsible" by the Liberal Democrats.'
    ((kind, speaker),) = _speakers(parse, text)
    assert speaker.endswith("Democrats")  # not "The plans"


@pytest.mark.parametrize(
    "text, content",
    [
        ("Mr Kennedy urged ministers to drop the plan.", "to drop the plan"),
        ("Mr Kennedy vowed to fight on.", "to fight on"),
        ("Mr Kennedy accused Labour of misleading voters.", "of misleading voters"),
    ],
)
def test_infinitive_and_charge_complements_are_indirect_speech(parse, text, content):
    assert [(q.kind, q.text) for q in parse(text).rows["quotes"]] == [("indirect", content)]


def test_a_passive_infinitive_is_not_speech(parse):
    text = "A Hamas official, who asked not to be named, said the talks had failed."
    assert [q.text for q in parse(text).rows["quotes"]] == ["the talks had failed"]


@pytest.mark.parametrize(
    "text, content",
    [
        (
            "Zelensky said territorial sovereignty is non-negotiable, creating a potential "
            "deadlock that few can overcome.",
            "territorial sovereignty is non-negotiable",
        ),
        (
            "Moscow said any foreign troop presence would be unacceptable, complicating talks.",
            "any foreign troop presence would be unacceptable",
        ),
        (
            "Witkoff said the meeting centered on two points: advancing the plan, and "
            "developing an economic plan.",
            "the meeting centered on two points: advancing the plan, and developing an "
            "economic plan",
        ),
    ],
)
def test_the_reporter_s_tail_after_a_comma_is_not_the_quote(parse, text, content):
    assert [q.text for q in parse(text).rows["quotes"] if q.kind == "indirect"] == [content]


def test_he_after_an_attributed_sentence_is_its_speaker(parse):
    text = (
        'Mr Brown\'s Budget was "all about the interests of the Labour party," the Tory leader '
        "said. He went on to accuse Mr Brown of giving with one hand."
    )
    rows = parse(text, topic="uk-politics-2005").rows["quotes"]
    assert {q.speaker for q in rows} == {"Michael Howard"}


def test_a_short_quoted_term_with_no_act_of_speech_is_no_quote(parse):
    text = 'The party called it a "secret weapon". Ministers debated the "red line" for weeks.'
    assert [q.text for q in parse(text).rows["quotes"]] == ["secret weapon"]  # "called" speaks


# --- real-news error classes (issue #16) ------------------------------------------------------


def test_a_headline_is_never_a_quote(parse):
    title = 'Blair hails "historic" deal'
    text = f'{title}\n\nTony Blair said the deal was "historic" for Europe.'
    rows = parse(text, title=title, topic="uk-politics-2005").rows["quotes"]
    assert [q.start > len(title) for q in rows] == [True, True]


def test_an_attribution_misread_under_the_quote_is_still_the_speaker(parse):
    text = (
        "Malcolm Shipley, of Leeds, said it was good. Katrina Bull, a prospective "
        "parliamentary candidate said Mr Blair had shown he could rouse the party's "
        'grassroots: "I think if every voter was able to spend time in a room with Tony, '
        'we will have no problem with turnout."'
    )
    (direct,) = [q for q in parse(text).rows["quotes"] if q.kind == "direct"]
    assert direct.speaker == "Katrina Bull"


@pytest.mark.parametrize(
    "subject, speaker, kind",
    [
        (
            "Prime Minister Tony Blair's official spokesman",
            "Prime Minister Tony Blair's official spokesman",
            "anonymous",
        ),  # fmt: skip
        ("A spokesman for Mr Blair", "A spokesman for Mr Blair", "anonymous"),
        ("Mr Sands' book", "Mr Sands' book", "document"),
    ],
)
def test_a_source_speaking_for_a_named_person_is_not_that_person(parse, subject, speaker, kind):
    text = f"{subject} said the troops would stay on standby."
    rows = parse(text, topic="uk-politics-2005").rows["quotes"]
    assert [(q.speaker, q.speaker_type) for q in rows] == [(speaker, kind)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr Kennedy believes the war was illegal.",
            [("indirect", "the war was illegal")],
        ),
        ("With hunting I think we will be successful.", []),  # a hedge, not a report
        (
            "Party strategists claim that turnout rises by 4%.",
            [("indirect", "turnout rises by 4%")],
        ),
        (
            "Government figures suggest TB has increased by 25%.",
            [("indirect", "TB has increased by 25%")],
        ),
        ("The men deny collecting the ballots.", [("indirect", "collecting the ballots")]),
        (
            "Iraq, they insisted, would not be a factor for most voters.",
            [("indirect", "would not be a factor for most voters")],
        ),
        (
            "Adrian Hilton was dropped after suggesting the treaty was an act of treason.",
            [("indirect", "the treaty was an act of treason")],
        ),
    ],
)
def test_indirect_speech_beyond_said_that(parse, text, expected):
    assert [(q.kind, q.text) for q in parse(text).rows["quotes"]] == expected


def test_the_person_a_film_shows_speaking_is_the_speaker(parse):
    text = (
        "The documentary showed Mr Nattrass, apparently talking about the EU, telling the "
        'meeting: "The Germans are the big losers here but they do not care."'
    )
    assert [q.speaker for q in parse(text).rows["quotes"]] == ["Nattrass"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            '"It might sound great, but it creates complacency among our voters," said '
            "Nottingham City Councillor Brian Parbutt.",
            "Brian Parbutt",
        ),
        (
            'But fertility expert Lord Winston said he thought it was "rather good" that '
            "ministers held views.",
            "Lord Winston",
        ),
    ],
)
def test_a_name_the_recogniser_missed_is_still_the_speaker(parse, text, speaker):
    assert {q.speaker for q in parse(text).rows["quotes"]} == {speaker}


def test_people_joined_by_and_speak_together(parse):
    text = "Mr Afzal, Mr Islam and Mr Kazi deny conspiring to commit election fraud."
    assert [q.speaker for q in parse(text).rows["quotes"]] == ["Afzal, Islam and Kazi"]


def test_he_after_a_spokesman_s_quote_is_the_spokesman(parse):
    text = (
        "Tony Blair's official spokesman said: \"There are British nationals there and we "
        'are making the usual contingency plans."\n\n'
        "He added the situation would be monitored carefully."
    )
    rows = parse(text, topic="uk-politics-2005").rows["quotes"]
    assert {q.speaker for q in rows} == {"Tony Blair's official spokesman"}


@pytest.mark.parametrize(
    "text, speakers",
    [
        (
            "Jean Corston chairs the inquiry. The report said deaths in custody were too high. "
            "It revealed that the boy had been depressed for weeks.",
            ["The report", "The report"],  # "it" is never a person
        ),
        (
            "The Commons education select committee said the project was a waste of money. "
            "The select committee found that the founders were caught up in enthusiasm.",
            ["The Commons education select committee"] * 2,
        ),
    ],
)
def test_it_and_the_short_name_of_a_body_go_back_to_that_body(parse, text, speakers):
    assert [q.speaker for q in parse(text).rows["quotes"]] == speakers


def test_a_text_that_is_all_headline_keeps_its_quotes(load_corpus, tmp_path):
    """The headline is never a quote, but a one-line file with no body is all headline: its
    quotes are the article's."""
    (tmp_path / "a.txt").write_text('The minister spoke. "We will not give up," she said.')
    quotes = load_corpus(tmp_path, cache=False).quotes
    assert list(quotes["text"]) == ["We will not give up,"]


def test_the_papers_are_the_newspapers_named_before(parse):
    text = (
        "A spokesman said he did not know where the stories in the Daily Mail and the Evening "
        "Standard had come from. The papers say the minister will resign within a week."
    )
    rows = parse(text).rows["quotes"]
    assert [q.speaker for q in rows][-1] == "the Daily Mail and the Evening Standard"


def test_the_committee_goes_back_to_its_longer_name_across_the_article(parse):
    text = (
        "The Commons transport select committee said the trains were unsafe. The rail network "
        "is old. Fares rose in March. Passengers complained. Trains were late. Stations were "
        "shut. Staff went on strike. The committee also said fares were too high. It urged the "
        "operators to cut them."
    )
    assert {q.speaker for q in parse(text).rows["quotes"]} == {
        "The Commons transport select committee"
    }


def test_letters_after_a_name_read_as_the_subject_are_that_person_s(parse):
    text = "Judge Mary Penrose, QC told the hearing the evidence against the men was weak."
    assert [q.speaker for q in parse(text).rows["quotes"]] == ["Mary Penrose"]


def test_the_mp_is_the_person_named_before(parse):
    text = (
        "Mark Dunn said he would fight on. The MP, who is seeing his lawyers, told reporters: "
        '"They cannot simply remove me like that."'
    )
    assert {q.speaker for q in parse(text).rows["quotes"]} == {"Mark Dunn"}


@pytest.mark.parametrize(
    "office, speaker",
    [
        ("housing spokeswoman", "Jane Hollis"),
        ("deputy spokeswoman", "The Tory party's deputy spokeswoman"),  # another office
    ],
)
def test_a_party_office_after_its_member_spoke_is_that_member(parse, office, speaker):
    text = (
        "Conservative Jane Hollis said the plan would fail. "
        f"The Tory party's {office} said voters deserved better homes."
    )
    rows = parse(text, topic="uk-politics-2005").rows["quotes"]
    assert [q.speaker for q in rows] == ["Jane Hollis", speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # a title before the name: "the bishop" is that person, not the last speaker
            "Bishop Mary Hollins called the cuts cruel. Council leader Tom Reid said they "
            "were unavoidable. The bishop said the poorest would pay.",
            "Mary Hollins",
        ),
        (  # a name set off between subject and verb, hung on the verb by the parser
            "However, one of the defendants, Sarah Quinn - who was cleared in 1990 - "
            "said the families were relieved.",
            "Sarah Quinn",
        ),
        (  # "adding" belongs to the verb that reports the clause, not to the clause's subject
            'Sarah Quinn was freed in 1990. She said Mr Reid had spoken with "real warmth", '
            'adding: "He listened to everyone."',
            "Sarah Quinn",
        ),
    ],
)
def test_speakers_by_title_apposition_and_participle(parse, text, speaker):
    quotes = _quotes(parse, text)
    last = max(quotes, key=lambda q: text.find(q[0]))
    assert last[2] == speaker


def test_a_title_naming_another_office_is_someone_else(parse):
    text = (
        "Deputy director Paul Grint attacked the budget. Council leader Tom Reid defended it. "
        "The director said the figures were sound."
    )
    assert [q[2] for q in _quotes(parse, text)] != ["Paul Grint"]
    assert len(_quotes(parse, text)) == 1


def test_a_persons_spokesman_is_not_the_last_speaker(parse):
    text = (
        '"The report is unfair," Paul Grint said. '
        'Mr Zelensky\'s official spokesman said the council would "study it carefully".'
    )
    speakers = [q[2] for q in _quotes(parse, text)]
    assert speakers[0] == "Paul Grint"
    assert set(speakers[1:]) == {"Mr Zelensky's official spokesman"}


def test_a_first_name_and_surname_with_post_nominal_letters_is_a_person(parse):
    from dataclasses import replace

    from analysis.extract.entities import _as_person

    rows = parse("The chairman, Guy Brennan QC, warned of a real risk.").rows["entities"]
    named = next(m for m in rows if "Brennan" in m.text)
    as_organisation = replace(named, label="ORG", canonical="Guy Brennan QC")
    person = _as_person(as_organisation, set())
    assert (person.label, person.canonical) == ("PERSON", "Guy Brennan")
    not_a_name = replace(named, label="ORG", canonical="Northvale Holdings QC")
    assert _as_person(not_a_name, set()).label == "ORG"


def test_a_quote_without_a_cue_goes_to_the_one_who_spoke_indirectly_just_before(parse):
    text = (
        '"We will win," said Dick Ames. The party has 12 seats. It needs 40 more. Polls are '
        "mixed. Neither does it have to fight every seat. As in America, Mr Ames says, the "
        'outcome will be decided by a few seats. "The internet was decisive there in 2004."'
    )
    assert [q[2] for q in _quotes(parse, text)] == ["Dick Ames"] * 3


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # a poll named by its pollster is the poll, a document speaker
            "However the Northvale poll, which questioned 2,000 adults, found 25% did not know "
            "how they would vote.",
            "the Northvale poll",
        ),
        (  # a participle naming the document's maker belongs to the speaker phrase
            "Research conducted by the Equal Pay Commission last year suggests the gap is "
            "widening.",
            "Research conducted by the Equal Pay Commission",
        ),
        (  # "it" is the organisation that spoke just before
            "The Home Office said it had not meant to discriminate against anyone. It said it "
            "would look at the implications of the ruling.",
            "The Home Office",
        ),
        (  # "his spokesman" is the spokesman of the person "his" refers to
            "Mr Bannatyne has given Labour £50,000. But his spokesman insisted the attack was "
            "not a stunt.",
            "Bannatyne's spokesman",
        ),
    ],
)
def test_documents_and_spokesmen_as_the_article_names_them(parse, text, speaker):
    indirect = [q[2] for q in _quotes(parse, text) if q[1] == "indirect"]
    assert indirect[-1] == speaker


def test_a_bare_spokesman_after_a_sentence_about_a_party_speaks_for_it(parse):
    text = "But the Conservative Party defended the plan. A spokesman said it was fair."
    rows = [q for q in parse(text, topic="uk-politics-2005").rows["quotes"]]
    assert [(q.speaker, q.speaker_side) for q in rows] == [("A spokesman", "Conservative")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The court heard how documents were taken by police to the elections office.",
            [("how documents were taken by police to the elections office", "The court")],
        ),
        ("I heard that he was leaving the party.", []),  # hearing is no report of speech
    ],
)
def test_what_a_court_heard_is_reported_there(parse, text, expected):
    rows = parse(text, topic="uk-politics-2005").rows["quotes"]
    assert [(q.text, q.speaker) for q in rows] == expected


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # parsed as two subjects: the one that is a name
            "Veteran Labour MP and former Cabinet minister Peter Hollis has said he will stand "
            "down at the next election.",
            "Peter Hollis",
        ),
        (  # two titles of one person joined by "and" are one speaker
            "Veteran Labour MP and former minister Anne Briggs has said she will stand down at "
            "the next election.",
            "Anne Briggs",
        ),
    ],
)
def test_a_person_under_two_titles_is_one_speaker(parse, text, speaker):
    assert [q[2] for q in _quotes(parse, text)] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # an organisation that spoke just before
            "The Greens insisted they would hold ministers to account. They said they would "
            "also press the government over the costs.",
            "Green Party",
        ),
        (  # the last plural noun naming people before it
            "The case against the three men is being brought by local Liberal Democrat "
            "supporters. They claim the trio benefited from the misuse of postal votes.",
            "local Liberal Democrat supporters",
        ),
        (
            "The minister has urged councils to limit increases but they have warned that "
            "they will struggle to maintain services.",
            "councils",
        ),
    ],
)
def test_they_goes_to_the_body_or_the_people_named_just_before(parse, text, speaker):
    rows = parse(text, topic="uk-politics-2005").rows["quotes"]
    theirs = [q for q in rows if not q.text.startswith("to ")]  # not what they were urged
    assert theirs and {q.speaker for q in theirs} == {speaker}


@pytest.mark.parametrize(
    "text, statement",
    [
        (  # a sentence with no reporting verb, right after its speaker spoke
            "He wants a phased withdrawal of troops, Mr Kennedy said in London. Any exit "
            'strategy must "augment and support" the democratic process.',
            'Any exit strategy must "augment and support" the democratic process',
        ),
        (  # the object of a reporting verb that holds the quoted words
            "Mr Blair hailed a deal bringing Turkey a step closer to membership as important "
            'for "peace and prosperity" in Europe.',
            "a deal bringing Turkey a step closer to membership as important for "
            '"peace and prosperity" in Europe',
        ),
        (  # a clause that opens with a short quote and goes on is the statement
            'There was an "absolute crisis" in recruitment, the committee said. "Major '
            'problems" are expected over the next ten years as the workforce ages, it said.',
            '"Major problems" are expected over the next ten years as the workforce ages',
        ),
    ],
)
def test_a_partial_quote_belongs_to_the_statement_around_it(parse, text, statement):
    rows = parse(text, topic="uk-politics-2005").rows["quotes"]
    groups = {q.quote_group for q in rows if q.text == statement}
    assert len(groups) == 1
    assert [q.kind for q in rows if q.quote_group in groups] == ["partial", "indirect"]


def test_a_quotation_that_lost_its_closing_mark_ends_with_its_sentence(parse):
    """Text without paragraph breaks: a quotation left open, narration, then a quotation
    attributed to someone else after its closing mark. The first ends with its sentence; the
    narration's own statements are found; the second quotation is its speaker's statement."""
    text = (
        'The mayor, Ellen Hart, spoke at dawn. "The storm has passed," Ms Hart said. "We still '
        "have much to rebuild, and it "
        "will take years. Crews worked through the night to clear the main roads. Power was "
        "restored to most homes by dawn. Schools will stay closed until Monday. Fire chief Tom "
        "Reyes warned residents to stay away from fallen lines. "
        '"Those cables can still kill you," Mr Reyes said.'
    )
    rows = parse(text).rows["quotes"]
    by_text = {q.text: q for q in rows}
    assert "We still have much to rebuild, and it will take years." in by_text
    assert by_text["Those cables can still kill you,"].speaker == "Tom Reyes"
    first = by_text["We still have much to rebuild, and it will take years."]
    assert first.speaker == "Ellen Hart"
    assert first.quote_group != by_text["Those cables can still kill you,"].quote_group
    assert any(q.kind == "indirect" and q.speaker == "Tom Reyes" for q in rows)


def test_a_quotation_reopened_after_a_full_stop_still_runs_on(parse):
    """The same layout with no attribution after the reopened quotation: one speech, several
    paragraphs run together, is left whole."""
    text = (
        'Mr Hart wrote: "Sorry for the late reply. Busy week. Council met twice. Budget is '
        'tight. "Roads first, then schools. We will manage."'
    )
    rows = parse(text).rows["quotes"]
    assert len({q.quote_group for q in rows if q.kind == "direct"}) == 1
    assert any(q.text.endswith("Budget is tight.") for q in rows)


@pytest.mark.parametrize(
    "text, speaker, statement",
    [
        (  # the object of "quoted ... as saying" says the words, not the outlet
            "The agency quoted a police officer as saying three people had died in the fire.",
            "a police officer",
            "three people had died in the fire",
        ),
        (  # through an apposition to the name
            "The paper reported the organisers, the Red Cross, as saying the march would go ahead.",
            "the Red Cross",
            "the march would go ahead",
        ),
        (  # a gerund reported
            "Neighbours reported hearing two loud bangs shortly after midnight.",
            "Neighbours",
            "hearing two loud bangs shortly after midnight",
        ),
        (  # "called for" a clause with its own subject and an infinitive
            "The safety board has called for drivers to be tested every five years.",
            "The safety board",
            "for drivers to be tested every five years",
        ),
    ],
)
def test_who_is_cited_and_what_is_called_for(parse, text, speaker, statement):
    rows = parse(text).rows["quotes"]
    assert [(q.speaker, q.text) for q in rows] == [(speaker, statement)]


def test_a_reported_clause_hung_on_its_condition_is_reported():
    """The parser sometimes hangs "says if X, Y" as says -> advcl(if X) -> ccomp(Y); the
    condition and its clause are then the content (a fixed parse: the misparse is the case)."""
    import spacy
    from spacy.tokens import Doc

    from analysis.extract import reporting

    words = ["Ms", "Boyd", "says", "if", "rain", "falls", "roads", "will", "close", "."]
    heads = [1, 2, 2, 5, 5, 2, 8, 8, 5, 2]
    deps = ["compound", "nsubj", "ROOT", "mark", "nsubj", "advcl", "nsubj", "aux", "ccomp", "punct"]
    lemmas = ["Ms", "Boyd", "say", "if", "rain", "fall", "road", "will", "close", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    content = reporting.content_of(doc[2])
    assert content is not None and content.i == 5
    assert [t.text for t in content.subtree][-3:] == ["roads", "will", "close"]


def test_someones_people_speak(parse):
    """ "..., his sponsors said": someone's people, after the words they said."""
    rows = parse("The explorer was killed in a shooting in Brazil today, his sponsors said.").rows[
        "quotes"
    ]
    assert [(q.speaker, q.text) for q in rows] == [
        ("his sponsors", "The explorer was killed in a shooting in Brazil today")
    ]


def test_a_role_that_opens_the_story_is_the_person_named_so_next(parse):
    """ "The coroner ... has indicated ..." in the lead, "Coroner Jane Miles said" after it."""
    text = (
        "The coroner investigating the death of a race marshal has indicated he will not "
        "delay the race. Coroner Jane Miles said her findings would be released in March."
    )
    rows = parse(text).rows["quotes"]
    assert len(rows) == 2 and all(q.speaker.endswith("Jane Miles") for q in rows)


def test_the_sources_are_those_named_just_before(parse):
    """ "The sources say": the sources named under a longer phrase just before, even where they
    did not speak."""
    text = (
        "Canada has offered ships, but senior naval sources have not revealed how many. The "
        "sources say the navy has too few engineers for the task."
    )
    rows = parse(text).rows["quotes"]
    assert [(q.speaker, q.speaker_type) for q in rows] == [("senior naval sources", "anonymous")]


def test_a_run_on_quotation_attributed_to_an_unresolved_role_stays_with_its_speaker(parse):
    """Lost paragraph breaks: '"... successful leaders. "I'm sure ...," the Opposition leader
    said.' The role is not resolved to anyone, so the quotation stays the named speaker's."""
    text = (
        "The Labor leader, Simon Crean, met the executive. Mr Crean says they know what to do. "
        '"Ann Hope and Neil Ward understood the party and that is why they were successful. '
        "\"I'm sure we don't need to teach them anything at all,\" the Opposition leader said."
    )
    direct = [q for q in parse(text).rows["quotes"] if q.kind == "direct"]
    assert len(direct) == 2 and len({q.quote_group for q in direct}) == 1


def test_a_source_in_the_lead_is_the_person_named_next_with_that_title(parse):
    """Delayed identification: "A spokesman for X claims ..." in the lead, "X spokesman Name
    says" next. Later in the story a bare "a spokesman" is not the next person so titled."""
    lead = (
        "A spokesman for the Kenyan Health Ministry claims the outbreak is over. Health "
        "Ministry spokesman David Otieno says no new cases were found."
    )
    assert {q.speaker for q in parse(lead).rows["quotes"]} == {"David Otieno"}
    later = (
        "The party backed the plan. It said it would watch the costs. The bill is long. "
        '"It will take a decade to work," a spokesman said. Rival spokesman Mark Owen '
        "said the plan was a mistake."
    )
    rows = parse(later).rows["quotes"]
    assert next(q for q in rows if q.text.startswith("It will")).speaker != "Mark Owen"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The findings show the patients recovered faster than expected.", "The findings"),
        (
            "Documents released today showed the army had approved the raid.",
            "Documents released today",  # the participle says which documents
        ),
        ("Mr Smith showed that he could win the seat.", None),
    ],
)
def test_a_document_shows_a_clause_a_person_does_not_report_it(parse, text, speaker):
    rows = parse(text).rows["quotes"]
    assert [q.speaker for q in rows] == ([speaker] if speaker else [])
    assert all(q.speaker_type == "document" for q in rows)


def test_an_unresolved_role_keeps_its_phrase_as_written(parse):
    """A role noun no one holds in the article is its phrase as written, not the bare noun."""
    text = "The director of nursing at the city hospital says no one has been admitted."
    rows = parse(text, topic=None).rows["quotes"]
    assert [q.speaker for q in rows] == ["The director of nursing at the city hospital"]


@pytest.mark.parametrize(
    "text, speaker, statement",
    [
        (  # "called for" a noun phrase: the demand
            "The teachers' union has called for an inquiry into the exam results.",
            "The teachers' union",
            "an inquiry into the exam results",
        ),
        (  # an agreement is a document that calls for something
            "The treaty calls for the withdrawal of all foreign troops.",
            "The treaty",
            "the withdrawal of all foreign troops",
        ),
        (  # the infinitive the parser hangs on the object
            "The health minister has urged hospitals to limit visits.",
            "The health minister",
            "to limit visits",
        ),
        (  # the infinitive after "called on X", hung on the verb
            "A spokesman for the club called on Mr Drake to quit the board.",
            "A spokesman for the club",
            "to quit the board",
        ),
    ],
)
def test_what_is_demanded_and_urged(parse, text, speaker, statement):
    rows = parse(text, topic=None).rows["quotes"]
    assert [(q.speaker, q.text) for q in rows] == [(speaker, statement)]


def test_calling_for_a_person_reports_nothing(parse):
    assert (
        parse("The crowd called for him after the final whistle.", topic=None).rows["quotes"] == []
    )


def test_a_qualified_role_is_the_person_titled_so_in_the_next_sentences(parse):
    """ "The finance minister has urged ..." after the lead, "Regional Finance Minister, Tom
    Barker MP, said" two sentences on: the same person (all the role's words in the title);
    "the health minister" is not him."""
    text = (
        "Councils will set their budgets on Thursday. Most expect large rises. "
        "The finance minister has urged councils to limit increases. They say costs are "
        "rising. Regional Finance Minister, Tom Barker MP, said he had given them more money."
    )
    rows = parse(text, topic=None).rows["quotes"]
    urged = next(q for q in rows if q.text == "to limit increases")
    assert urged.speaker == "Tom Barker"
    other = text.replace("The finance minister", "The health minister")
    rows = parse(other, topic=None).rows["quotes"]
    assert next(q for q in rows if q.text == "to limit increases").speaker != "Tom Barker"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Air raids on rebel positions had helped the advance, according to fighters on "
            "the ground.",
            "fighters on the ground",
        ),
        (
            "A man, 53, was killed by machine-gun fire near the town, Lebanese medics said.",
            "Lebanese medics",
        ),
    ],
)
def test_people_at_the_scene_are_sources(parse, text, speaker):
    rows = parse(text, topic=None).rows["quotes"]
    assert [(q.speaker, q.speaker_type) for q in rows] == [(speaker, "anonymous")]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The council was thrown by a claim by Tom Price that the mayor should be "
            '"sent to the back of the queue" at once.',
            "Tom Price",
        ),
        (
            "Jane Hill made a good impression, even if she was a little thrown by Mr Price's "
            'suggestion that young drunks should be "given a good beating" and sent home.',
            "Price",
        ),
    ],
)
def test_a_quotation_inside_someones_claim_is_theirs(parse, text, speaker):
    rows = parse(text, topic=None).rows["quotes"]
    assert [q.speaker.split()[-1] for q in rows if q.kind == "partial"] == [speaker.split()[-1]]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The news agency Reuters said the talks had failed.", "Reuters"),
        (  # read as two subjects of "said"
            "The Pakistan-based news agency Afghan Islamic Press said the city had fallen.",
            "Afghan Islamic Press",
        ),
        (  # the words of a statement it issued
            "But the largest radical group, Hamas, issued a statement vowing to continue "
            "its campaign.",
            "Hamas",
        ),
    ],
)
def test_a_body_named_after_its_noun_speaks(parse, text, speaker):
    rows = parse(text, topic=None).rows["quotes"]
    assert [(q.speaker, q.speaker_type) for q in rows] == [(speaker, "organization")]


@pytest.mark.parametrize(
    "text, opening, speaker",
    [
        (  # a quotation on its own after a sentence about "he": his
            'Tom Price spoke for an hour. "We will win," Mr Price said. Mrs Hill said the '
            "speech was long. He finished with a personal appeal to party activists to go out "
            'and win. "One day you will be able to tell your children that you were there."',
            "One day",
            "Tom Price",
        ),
        (  # the parser hangs "promised" on the reported clause: the reporter's, not "our town"
            'Tom Price launched his campaign on Monday. He said "our town" was being "sold off" '
            'by developers and promised a "firm but fair" policy on housing.',
            "firm but fair",
            "Tom Price",
        ),
        (  # "... begs to differ." parsed as one noun phrase: "He" is the person in it
            "Proteas batsman Jacques Kallis says there is no Australian bowler good enough to "
            "get him out. Australian paceman Glenn McGrath begs to differ. He believes he will "
            "return to his best against South Africa.",
            "he will",
            "Glenn McGrath",
        ),
    ],
)
def test_who_says_a_quotation_the_parser_or_the_layout_hides(parse, text, opening, speaker):
    rows = parse(text, topic=None).rows["quotes"]
    assert next(q for q in rows if q.text.startswith(opening)).speaker == speaker


def test_a_condition_inside_the_reported_content_keeps_its_if(parse):
    rows = parse(
        "Mr Smith noted that if the firm was wound up there would be a shortage of assets.",
        topic=None,
    ).rows["quotes"]
    assert [q.text for q in rows] == [
        "if the firm was wound up there would be a shortage of assets"
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # an unnamed source named again: the source as first written
            'A staff member told reporters: "He is still attached to a drip." The family has '
            'asked for privacy. "His breathing is normal," the staff member added.',
            "A staff member",
        ),
        (  # a possessive role in the lead: the person named next with that title
            "Iraq and Russia are close to signing a trade deal, Iraq's ambassador said on "
            "Saturday. The statement by Ambassador Karim Haddad came as talks went on.",
            "Karim Haddad",
        ),
    ],
)
def test_a_source_described_twice_is_one_speaker(parse, text, speaker):
    assert {q.speaker for q in parse(text, topic=None).rows["quotes"]} == {speaker}


def test_the_one_accused_is_not_the_accuser(parse):
    text = "The police are still looking for the man accused of starting the fire."
    assert parse(text, topic=None).rows["quotes"] == []


def test_he_after_a_spokesman_who_spoke_indirectly_is_the_spokesman(parse):
    """ "a spokesman for Minister X says ... He says ...": the spokesman, not a person named
    in an earlier story of the same page."""
    text = (
        "Batsman Tom Price says he was disappointed by the appeal. England finished on 255. "
        "A spokesman for Immigration Minister Jane Hill says damage from the fires is now "
        "estimated at $2 million. He says six officers were injured last night."
    )
    rows = parse(text, topic=None).rows["quotes"]
    assert next(q for q in rows if q.text.startswith("six officers")).speaker.startswith(
        "A spokesman"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # the person "he" resolves to is read from "he"
            'Zelensky said peace was close. "We are ready," he added.',
            [("Volodymyr Zelenskyy", "Zelensky"), ("Volodymyr Zelenskyy", "he")],
        ),
        (  # the phrase up to its apposition or clause, not beyond
            "A spokesman for the Kremlin, who declined to be named, said the talks had stalled.",
            [("Dmitry Peskov", "A spokesman for the Kremlin")],  # the pack's role holder
        ),
        (  # a paragraph that is only a quotation inherits the attribution it is read from
            '"We will not give up our land," Zelensky told reporters.\n\n"Not one village."',
            [("Volodymyr Zelenskyy", "Zelensky"), ("Volodymyr Zelenskyy", "Zelensky")],
        ),
    ],
)
def test_a_speaker_shows_the_words_it_was_read_from(parse, text, expected):
    article = parse(text)
    rows = article.rows["quotes"]
    assert [(q.speaker, q.speaker_text) for q in rows] == expected
    for q in rows:
        assert article.text[q.speaker_start : q.speaker_end] == q.speaker_text


def test_a_quote_without_a_speaker_has_no_speaker_words(parse):
    (row,) = parse('"We are ready to sign the agreement today."').rows["quotes"]
    assert row.speaker is None
    assert (row.speaker_start, row.speaker_end, row.speaker_text) == (None, None, None)


def test_a_speaker_phrase_under_a_joined_verb_keeps_its_words(parse):
    """The phrase is cut at clauses after its head, not at the clause that holds it ("and ...
    said": a verb joined to another)."""
    text = (
        "The talks stalled and a negotiator for the Ukrainian delegation said Kyiv would not "
        "cede land."
    )
    rows = parse(text).rows["quotes"]
    assert [q.speaker_text for q in rows] == ["a negotiator for the Ukrainian delegation"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (  # another source's report after "while" is not part of this one's
            "Unions say the nurses deserve a pay rise, while the Treasurer maintains the state "
            "cannot afford one.",
            [
                ("the nurses deserve a pay rise", "Unions"),
                ("the state cannot afford one", "Treasurer"),
            ],
        ),
        (  # a person in apposition speaks, whatever the subject's head
            "One of the liquidators, Richard Albarran, says the sale will go ahead next week.",
            [("the sale will go ahead next week", "Richard Albarran")],
        ),
        (  # people at the scene are sources
            "A bystander said the car had been travelling far too fast.",
            [("the car had been travelling far too fast", "A bystander")],
        ),
    ],
)
def test_seventh_round_sources(parse, text, expected):
    assert [(q.text, q.speaker) for q in parse(text, topic=None).rows["quotes"]] == expected


def test_a_surname_the_ner_missed_is_the_person_named_in_full_where_it_speaks(parse):
    from analysis.extract.entities import entity_rows

    text = "Coach Terry Walsh backed his striker. Walsh says referees should not punish effort."
    article = parse(text, until="entities", topic=None)
    lone = text.index("Walsh says")
    article.doc.ents = [e for e in article.doc.ents if e.start_char != lone]
    rows = entity_rows(article)
    assert [(r.text, r.label, r.canonical) for r in rows if r.start == lone] == [
        ("Walsh", "PERSON", "Terry Walsh")
    ]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Howard government says the detention centres will stay open.",
            "The Howard government",
        ),
        ("Enron administrators said the company could no longer pay.", "Enron administrators"),
        (
            "A Darwin hospital spokeswoman said the boy was in a stable condition.",
            "A Darwin hospital spokeswoman",
        ),
    ],
)
def test_a_name_that_only_qualifies_the_speaking_noun_is_not_the_speaker(parse, text, speaker):
    assert [q.speaker for q in parse(text, topic=None).rows["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # the recogniser missed "Ms Dunstan"; the article named her in full before
            "Kerry Dunstan, from the Tenants Union, says rents are too high. "
            '"Families are being forced out of their homes," Ms Dunstan said.',
            "Kerry Dunstan",
        ),
        (  # "she": the person of the subject, not the name that qualifies a word of it
            "Friends of the Blair government spokeswoman Jane Smith says the plan will work. "
            '"We are confident," she said.',
            "Jane Smith",
        ),
    ],
)
def test_the_person_a_quotation_goes_to_is_the_one_named_in_full(parse, text, speaker):
    assert [q.speaker for q in parse(text, topic=None).rows["quotes"]][-1] == speaker


def test_a_role_that_opens_the_story_is_the_person_so_titled_a_few_sentences_on(parse):
    text = (
        "The Tasmanian Premier says he will not resign over the hospital scandal. "
        "Two patients died at the Launceston hospital last year. "
        "A review found staff had been overworked for months. "
        "The report was released on Friday. "
        "Premier Jim Bacon says the Government has already hired 40 more nurses."
    )
    speakers = [q.speaker for q in parse(text, topic=None).rows["quotes"]]
    assert speakers[0] == "Jim Bacon"


def test_he_in_a_clause_is_the_subject_of_the_sentence_around_it_not_the_last_speaker(parse):
    text = (
        "Tom Reid, of the Taxpayers Alliance, published the list. "
        '"We need fewer agencies," Labour MP John Smith said. '
        'Mr Reid wants an inquiry into the councils, which he says are "a waste of money".'
    )
    quotes = parse(text, topic=None).rows["quotes"]
    assert {q.speaker for q in quotes if "waste" in q.text} == {"Tom Reid"}


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The Roy Morgan survey has tracked voting intentions since March. "
            "The survey says support for the Government has fallen.",
            "The Roy Morgan survey",
        ),
        (  # the lead's "A new report" is the one named next
            "A new report has found fewer young people are smoking. "
            "The Cancer Council report shows smoking rates have halved in a decade.",
            "The Cancer Council report",
        ),
    ],
)
def test_the_survey_is_the_survey_the_article_named(parse, text, speaker):
    quotes = parse(text, topic=None).rows["quotes"]
    assert {(q.speaker, q.speaker_type) for q in quotes} == {(speaker, "document")}


def test_the_speaker_of_he_said_according_to_a_transcript_is_he(parse):
    text = (
        "Rebel leader Jonas Savimbi spoke to his commanders by radio. "
        '"We will not lay down our arms," he said, according to a transcript released by the '
        "army."
    )
    quotes = parse(text, topic=None).rows["quotes"]
    assert [(q.kind, q.speaker) for q in quotes] == [("direct", "Jonas Savimbi")]


def test_a_subject_the_parser_stranded_still_speaks_and_is_he_next(parse):
    """'a militant ... told a crowd' read as in apposition to the place before it; then "he"
    is the one militant, not a person named earlier."""
    text = (
        "Prime Minister Ariel Sharon ordered air strikes. "
        '"The raids will continue as long as the enemy continues its occupation" of '
        "Palestinian lands in the Gaza Strip and West Bank, a militant from the brigade told a "
        'crowd with a megaphone. "They call us terrorists," he said.'
    )
    quotes = parse(text, topic=None).rows["quotes"]
    assert [q.speaker for q in quotes] == ["a militant from the brigade"] * 2


def _parse_of(words: str, heads: list[int], deps: str, tags: str, lemmas: str):
    """A one-sentence Doc with the given parse: a misparse the statistical parser makes in
    context, fixed here so the grammar rule is tested on it."""
    import spacy
    from spacy.tokens import Doc

    words = words.split()
    return Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=heads,
        deps=deps.split(),
        tags=tags.split(),
        lemmas=lemmas.split(),
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_a_relative_clause_between_a_participle_and_its_subject_is_passed_over():
    """The parse of "He ruled out care - which is on offer, saying it was unsustainable" that
    hangs "saying" on the relative clause: the one saying is He, not "which"."""
    from analysis.extract.reporting import subject_of

    doc = _parse_of(
        "He ruled out care - which is on offer , saying it was unsustainable .",
        [1, 1, 1, 1, 1, 6, 1, 6, 7, 6, 6, 12, 10, 12, 1],
        "nsubj ROOT prt dobj punct nsubj advcl prep pobj punct advcl nsubj ccomp acomp punct",
        "PRP VBD RP NN : WDT VBZ IN NN , VBG PRP VBD JJ .",
        "he rule out care - which be on offer , say it be unsustainable .",
    )
    assert subject_of(doc[10]).text == "He"  # saying


def test_who_said_it_is_never_the_subject_of_the_clause_above():
    """ "He relied on officials, who told him not to act", parsed with "told" hanging on
    "relied": the ones who told are the officials, never He."""
    from analysis.extract.reporting import subject_of

    doc = _parse_of(
        "He relied on officials , who told him not to act .",
        [1, 1, 1, 2, 1, 6, 1, 6, 10, 10, 6, 1],
        "nsubj ROOT prep pobj punct nsubj advcl dobj neg aux xcomp punct",
        "PRP VBD IN NNS , WP VBD PRP RB TO VB .",
        "he rely on official , who tell he not to act .",
    )
    subject = subject_of(doc[6])  # told
    assert subject is None or subject.text != "He"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "Retired admiral Peter Grant met the negotiators in Geneva on Monday. "
            "The former naval commander said the talks would resume in March.",
            "Peter Grant",
        ),
        (
            "Jane Marsh, who ran a primary school in Leeds for twenty years, quit the council. "
            "The former teacher said she had no regrets.",
            "Jane Marsh",
        ),
        (  # the person quoted just before, when the sentence before names nobody
            "Tom Ward says the budget is too small. "
            "He says the cuts will fall on the poorest families. "
            "The Member for Northgate says voters will punish the government.",
            "Tom Ward",
        ),
        (  # too plain a description
            "Peter Grant visited the factory on Monday. The man said he had seen nothing.",
            "The man",
        ),
        (  # a name, not a description
            "Anne Grey criticised the plans on Monday. "
            "The Scottish Executive said ministers would be told.",
            "The Scottish Executive",
        ),
    ],
)
def test_a_description_of_the_person_just_named_is_that_person(parse, text, speaker):
    assert [q.speaker for q in parse(text, topic=None).rows["quotes"]][-1] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (  # "Prime Minister" is an office, not a name; the person elected to it speaks
            "The new Fiji Prime Minister has told his people that there are tough times "
            "ahead. Sir John Carter, the leader of the Alliance Party, was elected Prime "
            "Minister on the first ballot.",
            "John Carter",
        ),
        (  # "Dr" is the doctor's title
            "An Iraqi doctor held at a Sydney detention centre claims he was barred from "
            "receiving an award. Dr Karim Haddad had been given a commendation at the awards.",
            "Karim Haddad",
        ),
    ],
)
def test_a_role_in_the_lead_is_the_person_the_next_sentence_gives_that_title(parse, text, speaker):
    assert [q.speaker for q in parse(text, topic=None).rows["quotes"]][0] == speaker


def test_it_is_the_body_in_the_subject_of_its_sentence(parse):
    text = (
        "The Department of Foreign Affairs has moved to clarify what it says are "
        "misunderstandings about a report on the Indian economy."
    )
    (quote,) = parse(text, topic=None).rows["quotes"]
    assert (quote.speaker, quote.speaker_type) == (
        "The Department of Foreign Affairs",
        "organization",
    )


def test_a_name_the_recogniser_missed_in_apposition_to_the_subject_is_the_speaker():
    """ "A spokesman for the governor, Akbar Jan, says ...", no entity on the name: Akbar
    Jan."""
    import spacy
    from spacy.tokens import Doc

    from analysis.extract.phrases import apposed_name

    words = "A spokesman for the governor , Akbar Jan , says the man left .".split()
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 9, 1, 4, 2, 4, 7, 4, 4, 9, 11, 12, 9, 9],
        deps=(
            "det nsubj prep det pobj punct compound appos punct ROOT det nsubj ccomp punct"
        ).split(),
        pos="DET NOUN ADP DET NOUN PUNCT PROPN PROPN PUNCT VERB DET NOUN VERB PUNCT".split(),
    )
    assert apposed_name(doc[1]) == "Akbar Jan"
    assert apposed_name(doc[11]) is None  # "the man left": no name set off


def test_a_description_of_a_body_just_quoted_is_that_body(parse):
    text = (
        'Amnesty International condemned the attacks. "These attacks are tragic," Amnesty '
        "said in a statement. The London-based organisation called on the government to "
        "remember that "
        "no abuse can excuse violations of human rights."
    )
    rows = parse(text, topic=None).rows["quotes"]
    assert rows[-1].speaker == "Amnesty International"


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "A doctor working for a relief agency said that he had treated six of the men.",
            "A doctor working for a relief agency",
        ),
        (
            "Official documents released today say the offer was made in writing.",
            "Official documents released today",
        ),
        (  # an aside in commas is not part of the source's description
            "The news agency, quoting informed sources, said the jets struck two vehicles.",
            "The news agency",
        ),
    ],
)
def test_a_participle_that_says_which_source_it_is_belongs_to_the_speaker(parse, text, speaker):
    assert [q.speaker for q in parse(text, topic=None).rows["quotes"]] == [speaker]


@pytest.mark.parametrize(
    "second, speaker",
    [
        ("Commander Ali Rahimi said the bombs hit a village south of the city.", "Ali Rahimi"),
        (  # a description of his own: someone else
            "Ali Rahimi, a farmer, said the bombs hit his village.",
            "the provincial military chief",
        ),
    ],
)
def test_a_role_named_for_the_first_time_in_the_next_sentence_is_that_person(
    parse, second, speaker
):
    text = (
        "Troops moved into the valley on Monday. Nearly 100 civilians have been killed in "
        f"three nights of airstrikes, the provincial military chief said. {second}"
    )
    assert parse(text, topic=None).rows["quotes"][0].speaker == speaker
