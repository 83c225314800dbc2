"""The grammar of reporting verbs, on spaCy's parse alone: who a reporting verb's subject is,
and what it reports.

``subject_of`` finds the speaker phrase's head: the verb's subject, the agent of a passive
("branded "reckless" by the Liberal Democrats"), the object cited "as saying", the noun a
participle hangs on ("officials speaking on condition of anonymity"), the issuer of a statement
("Hamas issued a statement vowing ..."), the object of a verb of showing ("showed Mr X telling
the meeting"), or the reporter of a clause the parser hung a participle on. ``content_of`` finds
the reported content: a ``that`` clause, the infinitive of a verb of urging or promising, the
gerund of a verb of denying, the "of" phrase of a verb of charging, the noun a verb of demanding
asks for, or an object holding a partial quote. The word lists are those of ``quotes.yaml``
(``analysis.extract.quote_knowledge``); ``analysis.extract.quotes`` turns what these find into
rows, and ``analysis.extract.speakers`` the heads into speakers.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import hash_string

from .phrases import SUBJECT_DEPS
from .quote_knowledge import limit, quote_words, reporting_verbs


def subject_of(verb):
    """The subject of a reporting verb, also across xcomp/conj chains ("went on to say"); a
    clause on a noun without a subject of its own is said by that noun ("officials speaking on
    condition of anonymity", "Ms Shah, who said"; but "the choices he says": he)."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if by is not None:  # "branded "reckless" by the Liberal Democrats"
        return by
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # two subjects are a misparse of one phrase ("Veteran Labour MP and former Cabinet minister
    # Jack Cunningham has said"): the one that is a person's name
    own = (
        next((c for c in subjects if c.ent_type_ == "PERSON"), None)
        or next(  # "the charity Oxfam said" read as two subjects
            (c for c in subjects[1:] if c.ent_type_ in ("ORG", "GPE", "NORP")), None
        )
        if len(subjects) > 1
        else None
    )
    own = own or next(iter(subjects), None)
    if own is not None and own.tag_ not in ("WP", "WDT"):  # "Clare Whitlow, who says": Clare
        return own
    cited = cited_as_saying(verb)
    if cited is not None:
        return cited
    if (
        verb.dep_ in ("acl", "relcl")
        and verb.head.pos_ in ("PROPN", "NOUN", "PRON")
        and not passive_participle(verb)  # "the man accused of ...": not the accuser
    ):
        issuer = issuer_of(verb.head)
        if issuer is not None:  # "Hamas issued a statement vowing to ...": Hamas
            return issuer
        return (
            verb.head
        )  # "officials speaking on condition...", or a misparse of "Trump called ..."
    perceived = perceived_speaker(verb)
    if perceived is not None:
        return perceived
    reporter = reporter_of_clause(verb)
    if reporter is not None:
        return subject_of(reporter)
    token, steps = verb, 2
    while steps:
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        subject = next((c for c in subjects if c.tag_ not in ("WDT", "WP")), None)
        if subject is None and any(c.tag_ == "WP" for c in subjects):
            break  # "officials, who told him": the officials (below), not the clause above
        if subject is not None:
            return subject
        if token.dep_ not in ("xcomp", "conj", "advcl", "pcomp") or token.head.i == token.i:
            break
        # a relative clause on a thing is passed over: "He ruled out X - which is on offer
        # elsewhere, saying ...": He
        steps -= 0 if subjects else 1
        token = governing_verb(token)
    return stranded_subject(verb)


def stranded_subject(verb):
    """A subject the parser attached elsewhere ('"...", a militant from the group told a
    crowd', read as in apposition to the place before it): the one phrase between the last
    punctuation and a finite verb, when a noun heads it."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc, start = verb.doc, verb.i
    while start > verb.sent.start and not doc[start - 1].is_punct:
        start -= 1
    roots = [t for t in doc[start : verb.i] if not start <= t.head.i < verb.i]
    if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN"):
        return roots[0]
    return None


def issuer_of(noun):
    """The subject that issued a document ("Hamas issued a statement vowing ...", "the party
    released a report saying ..."): the document's words are its issuer's."""
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in quote_words("document_nouns"):
        return None
    return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def passive_participle(verb) -> bool:
    """ "the man accused of masterminding the attacks": a past participle on a noun with no
    object is passive, the noun its patient; with an object it is a misparse of an active verb
    ("Trump called Putin's response ...")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    )


def cited_as_saying(verb):
    """ "AFP quoted the sponsors as saying ...": the words are the object's, not the subject's
    (a passive "was quoted as saying" has its speaker for subject)."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "as":
        return None
    cited = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
    named = cited
    while named is not None and not named.ent_type_:  # "the sponsors, PR company Jour J"
        named = next((c for c in named.children if c.dep_ == "appos"), None)
    return named if named is not None else cited


def reporter_of_clause(verb):
    """ "He said Mr Blair had spoken with sincerity, adding: ...": a reporting participle the
    parser hung on the reported clause belongs to the verb that reports it (said), not to the
    clause's subject (Mr Blair)."""
    clause = verb.head
    if (
        (verb.tag_ == "VBG" or verb.dep_ == "conj")  # "He said X was "stolen" and promised ..."
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in reporting_verbs()
        and clause.head.i < clause.i
    ):
        return clause.head
    return None


def governing_verb(verb):
    """The verb a clause hangs on, through a preposition for a gerund ("was abandoned after
    suggesting ...": abandoned)."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return verb.head.head
    return verb.head


def perceived_speaker(verb):
    """The object of a verb of showing or hearing speaks the reporting participle that follows
    it ("The documentary showed Mr Nattrass, apparently talking about the EU, telling the
    meeting: ..."; quotes.yaml perception_verbs). With any other verb the participle is the
    subject's ("Mr Blair attacked Mr Howard, saying ...": Mr Blair)."""
    token = verb
    for _ in range(limit("outer_verb_steps")):
        if token.dep_ not in ("advcl", "xcomp", "ccomp", "conj") or token.head.i == token.i:
            return None
        token = token.head
        if token.lemma_.lower() in quote_words("perception_verbs"):
            seen = next((c for c in token.children if c.dep_ == "dobj"), None)
            return seen if seen is not None and seen.i < verb.i else None
    return None


ACCORDING = hash_string("according")


def according_to(sent, inside: set[int]):
    if not len(sent) or not (sent.to_array([LOWER]) == ACCORDING).any():
        return None  # no "according" in the sentence (read from its token array)
    for token in sent:
        if token.lower_ == "according" and token.i not in inside:
            to = next((c for c in token.children if c.lower_ == "to"), None)
            if to is None and token.i + 1 < sent.end and token.doc[token.i + 1].lower_ == "to":
                to = token.doc[token.i + 1]
            if to is not None:
                pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
    return None


def shown_by_a_document(verb, subject) -> bool:
    """ "The findings show the cells grew ...", "documents showed the US approved ...": a
    document reports the clause it shows (quotes.yaml document_verbs); a person showing
    something does not."""
    return (
        verb.lemma_.lower() in quote_words("document_verbs")
        and subject.lemma_.lower() in quote_words("document_nouns")
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def hearing(subject) -> bool:
    """A court, hearing or inquiry (quotes.yaml hearing_nouns)."""
    return subject.lemma_.lower() in quote_words("hearing_nouns")


def heard_by_a_hearing(verb, subject) -> bool:
    """ "The court heard how ...", "an Election Court has heard" report what was said there;
    "I heard that ..." is no report (quotes.yaml hearing_verbs)."""
    return verb.lemma_.lower() not in quote_words("hearing_verbs") or hearing(subject)


def to_infinitive(verb) -> bool:
    """ "to drop the plan", not a passive "(asked not) to be named"."""
    children = list(verb.children)
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in children) and not any(
        a.dep_ == "auxpass" for a in children
    )


def conditional_report(verb):
    """ "Mr Koperberg says if fire activity increases celebrations will be cancelled": the
    parser hangs the reported clause on its condition; the condition and its clause are the
    content."""
    for clause in verb.children:
        if (
            clause.dep_ == "advcl"
            and clause.i > verb.i
            and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)
            and any(c.dep_ == "ccomp" and c.i > clause.i for c in clause.children)
        ):
            return clause
    return None


def for_clause(verb):
    """ "called for pilots to be better trained": a clause of its own subject and an infinitive,
    opened by "for"."""
    for clause in verb.children:
        children = list(clause.children)
        if (
            clause.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        ):
            return clause
    return None


def infinitive_after_object(verb):
    """ "urged councils to limit increases", "called on Mr Hockney to quit": the infinitive the
    parser hung on the object or on the verb as an adverbial clause, after an object."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    if not objects:
        return None
    candidates = [c for o in objects for c in o.children if c.dep_ in ("acl", "relcl")] + [
        c for c in verb.children if c.dep_ == "advcl" and c.i > objects[0].i
    ]
    return next((c for c in candidates if to_infinitive(c)), None)


def demanded(verb):
    """The noun phrase a verb of demanding asks for ("called for a second inquiry"), not a
    person it calls ("called for him")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i == verb.i + 1:
            asked = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if asked is not None and asked.pos_ == "NOUN":
                return asked
    return None


def content_of(verb):
    """What a reporting verb reports: its ``that`` clause (verbs whose ``indirect`` is yes);
    the infinitive of a verb of urging or promising ("urged ministers to drop the plan",
    "vowed to fight on"; quotes.yaml infinitive_verbs); the gerund of a verb of denying or
    admitting ("deny collecting votes"; quotes.yaml gerund_verbs); the "of"/"for" phrase of a
    verb of charging ("accused Labour of lying"; quotes.yaml charge_verbs)."""
    lemma = verb.lemma_.lower()
    if reporting_verbs().get(lemma, (None, False))[1]:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if clause is not None or (clause := conditional_report(verb)) is not None:
            return clause
    if lemma in quote_words("infinitive_verbs"):
        infinitive = (
            next((c for c in verb.children if c.dep_ == "xcomp" and to_infinitive(c)), None)
            or for_clause(verb)
            or infinitive_after_object(verb)
        )
        if infinitive is not None:
            return infinitive
    if lemma in quote_words("demand_verbs"):  # "called for an inquiry into ..."
        asked = demanded(verb)
        if asked is not None:
            return asked
    if lemma in quote_words("gerund_verbs"):  # "deny collecting votes fraudulently"
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if lemma in quote_words("charge_verbs"):  # "of" on the verb, or on its object
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        charge = next(
            (c for head in (verb, *objects) for c in head.children
             if c.dep_ == "prep" and c.lower_ in ("of", "for")
             and any(g.dep_ in ("pcomp", "pobj") for g in c.children)),
            None,
        )  # fmt: skip
        if charge is not None:
            return charge
    return quoted_object(verb)


def quoted_object(verb):
    """The object of a reporting verb that holds a partial quote: the statement the quoted
    words are part of ("admitting a "brief attachment" to the party", "called for a "pause" in
    the legislation")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next((o for o in objects if any(t.is_quote for t in o.subtree)), None)


def speech_withheld(verb) -> bool:
    """ "declined to say whether ...", "would not say if ...": the clause is what was not said."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in quote_words("withholding_verbs"):
        return True
    return any(c.dep_ == "neg" for c in verb.children)


def own_belief(verb, subject) -> bool:
    """ "I think ...", "we believe ...": a speaker's hedge inside their own words (a transcript
    without quotation marks), not a report of someone's position (quotes.yaml belief_verbs,
    first_person_subjects)."""
    return verb.lemma_.lower() in quote_words("belief_verbs") and subject.lower_ in quote_words(
        "first_person_subjects"
    )
