"""Frames: lexical frame cues per sentence, explainable by the words that fired.

Each frame has a documented cue list in ``frames.csv`` (generic frames after the Policy Frames
Codebook, packaged) or the topic pack's ``story_frames.csv``. Cues are matched on spaCy lemmas
(single words) or lower-case words (phrases) in the article's one parse
(``analysis.nlp.lexicons``). A negated cue of a story frame does not count ("no breakthrough"),
or counts for the frame named in the pack's ``frame_negations.csv`` (no progress -> deadlock); a
generic frame names a topic, which negation does not change ("without food" is about quality of
life, "no military solution" about security), so its negated cues count for it. A sentence
shows a frame when the weights of its distinct cues sum to at least ``THRESHOLD``.

A cue may also be a kind of entity: a country other than the pack's home countries, unless it
only labels a noun ("the Iraq war"), or a party (``match`` entity in frames.csv). And a cue may
be a spaCy token pattern of ``frame_patterns.yaml``, for a word that is a cue only in one word
class or phrase: "the plans" (a noun) is policy, "protesters plan a challenge" is not; "a race
row" (race modifying a noun) is fairness, "the leadership race" is not; "the policy would
empower clubs" evaluates a policy. Its ``not_cues`` drop a cue in a phrase where it means
something else: "health" in "health secretary" (a title), "poll" in "a mock poll" (an
election). A cue inside a name does not count ("World Economic Forum"), except a pattern marked
``names: true`` ("the High Court", "the Hunting Act", "the UN"). Patterns count only for frames
that the cue lists in effect define, so a pack that replaces the generic cues drops their
patterns too. Cues inside quotation marks are kept apart (``quoted_cues``) so that a frame can
be told as the outlet's or a source's.
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher

from ..knowledge import has_knowledge, knowledge_cache, optional_csv_rows, read_yaml
from ..nlp.article import ParsedArticle
from ..nlp.countries import country_code, home_countries
from ..nlp.lexicons import ENTITY_MATCH, Cue, Hit, frame_cue_rows, is_negated
from ..nlp.quote_marks import QuotedSpan, SpanIndex
from ..nlp.registry import load_registry
from .base import extractor
from .records import FrameHit, Quote

THRESHOLD = 1.0
NEGATIONS_FILE = "frame_negations.csv"
PATTERNS_FILE = "frame_patterns.yaml"
SECTIONS = ("patterns", "not_cues")  # the sections of frame_patterns.yaml
NAME_SPAN_LABELS = {"ORG", "PERSON", "FAC", "WORK_OF_ART", "EVENT", "LAW"}  # a cue inside is a name


@knowledge_cache
def frame_kinds() -> dict[str, str]:
    """frame -> generic | story."""
    return {row["frame"]: row["kind"] for row in frame_cue_rows()}


@knowledge_cache
def negated_frames() -> dict[str, str]:
    return {row["frame"]: row["negated_frame"] for row in optional_csv_rows(NEGATIONS_FILE)}


FOREIGN_COUNTRY = "foreign country"  # the entity cues of frames.csv: not a home country,
POLITICAL_PARTY = "political party"  # a party
PARTY_ROLE = "party"  # the role of a party in a pack's actors.csv


@knowledge_cache
def entity_cues() -> dict[str, tuple[Cue, ...]]:
    """The frame cues that are kinds of entity (``match`` = entity in frames.csv), by kind."""
    cues: dict[str, tuple[Cue, ...]] = {}
    for row in frame_cue_rows():
        if row["match"].strip() == ENTITY_MATCH:
            cue = Cue("frame", row["frame"], row["cue"].strip().lower(), float(row["weight"]))
            cues[cue.cue] = (*cues.get(cue.cue, ()), cue)
    return cues


def entity_hits(entities, doc=None, registry=None) -> list[Hit]:
    """Hits of the entity cues: a place entity that names a country other than the pack's home
    countries ("Iraq", "the US") is a ``foreign country`` (only when the pack names its home
    countries: without them nothing is foreign), unless it only labels a noun ("the Iraq war",
    "the US legal code": a war, a code, not relations with a state); a mention of a party (an
    actor of ``registry``, default the pack's, whose role is "party", an organisation named
    "... Party") is a ``political party``."""
    home = home_countries()
    registry = registry if registry is not None else load_registry()
    kinds = {
        FOREIGN_COUNTRY: lambda e: (
            bool(home)
            and e.label == "GPE"
            and (code := country_code(e.text)) is not None
            and code not in home
            and not _modifier(doc, e)
        ),
        POLITICAL_PARTY: lambda e: is_party(e, registry) and not _modifier(doc, e),
    }
    return [
        Hit(cue, e.start, e.end, -1, -1, e.sentence_id, e.text, False)
        for e in entities
        for kind, test in kinds.items()
        if entity_cues().get(kind) and test(e)
        for cue in entity_cues()[kind]
    ]


@knowledge_cache
def pattern_entries(section: str = "patterns") -> tuple[dict, ...]:
    """The entries of a section of ``frame_patterns.yaml`` (``patterns``: frame, cue, weight,
    gloss, tokens; ``not_cues``: frame, gloss, tokens) whose frame the cue lists in effect
    define; none without the file."""
    if not has_knowledge(PATTERNS_FILE):
        return ()
    entries = read_yaml(PATTERNS_FILE).get(section) or []
    return tuple(entry for entry in entries if entry["frame"] in frame_kinds())


@knowledge_cache
def pattern_matcher(vocab) -> tuple[Matcher, dict[int, tuple[str, Cue]], tuple]:
    """One spaCy ``Matcher`` of both sections' entries, built once per vocabulary (one pass over
    a Doc finds cues and not-cues); the section and cue of each match id (entries that share a
    frame and cue are alternatives of one cue; a not-cue weighs nothing); and each entry's
    ``required_words`` as string hashes, to skip the sentences where no entry can match."""
    matcher = Matcher(vocab)
    cues, needs = {}, []
    for section, number, entry in _entries():
        key, name = _entry_key(section, number, entry)
        cue = Cue("frame", entry["frame"], name, float(entry.get("weight", 0)))
        try:
            matcher.add(key, literal_starts(entry["tokens"]))
        except ValueError as error:
            raise ValueError(f"{PATTERNS_FILE}, {section} entry {name!r}: {error}") from error
        cues[vocab.strings[key]] = (section, cue)
        needs.append(
            tuple(
                frozenset(vocab.strings.add(word) for word in words)
                for words in required_words(entry["tokens"])
            )
        )
    return matcher, cues, tuple(needs)


def _entries() -> list[tuple[str, int, dict]]:
    """(section, number in its section, entry) of both sections, in the matcher's order."""
    return [
        (section, number, entry)
        for section in SECTIONS
        for number, entry in enumerate(pattern_entries(section))
    ]


def _entry_key(section: str, number: int, entry: dict) -> tuple[str, str]:
    """The match key of an entry ("section|frame|cue") and its cue name."""
    name = str(entry.get("cue", f"not a cue {number}")).lower()
    return f"{section}|{entry['frame']}|{name}", name


@knowledge_cache(maxsize=2048)  # one per set of candidate entries: bounded over a long build
def entries_matcher(vocab, entries: tuple[int, ...]) -> Matcher:
    """A ``Matcher`` of only some entries (positions in ``pattern_matcher``'s order), added in
    that order under the same keys. Where the other entries cannot match (a word they need is
    missing), it finds what the full matcher finds, in the same order (the Matcher follows each
    pattern on its own), at the cost of these few patterns instead of all of them."""
    matcher = Matcher(vocab)
    chosen = set(entries)
    for position, (section, number, entry) in enumerate(_entries()):
        if position in chosen:
            matcher.add(_entry_key(section, number, entry)[0], literal_starts(entry["tokens"]))
    return matcher


@knowledge_cache
def _entries_by_first_need(vocab) -> tuple[dict[int, tuple[int, ...]], tuple[int, ...]]:
    """Word hash -> the entries whose first needed token may be that word; and the entries that
    need no word (candidates in every sentence)."""
    _, _, needs = pattern_matcher(vocab)
    index: dict[int, tuple[int, ...]] = {}
    for position, entry in enumerate(needs):
        for word in entry[0] if entry else ():
            index[word] = (*index.get(word, ()), position)
    return index, tuple(position for position, entry in enumerate(needs) if not entry)


def possible_entries(vocab, present: set[int]) -> tuple[int, ...]:
    """The entries (positions) that find every word they need among ``present`` (the LEMMA,
    LOWER and ORTH hashes of a sentence's tokens), in order: the only ones that can match."""
    _, _, needs = pattern_matcher(vocab)
    index, always = _entries_by_first_need(vocab)
    candidates = set(always)
    for word in index.keys() & present:
        candidates.update(index[word])
    return tuple(
        position
        for position in sorted(candidates)
        if all(not need.isdisjoint(present) for need in needs[position])
    )


WORD_ATTRS = ("LEMMA", "LOWER", "ORTH", "TEXT")  # token attributes whose values are words


def required_words(tokens: list[dict]) -> list[frozenset[str]]:
    """For each token that a match needs (no ``OP``, or ``OP: "+"``) and that names its words,
    the words of which one must be in the sentence.

    >>> needs = required_words([{"LEMMA": {"IN": ["plan", "scheme"]}}, {"POS": "ADV", "OP": "*"},
    ...                         {"LOWER": "to"}])
    >>> [sorted(words) for words in needs]
    [['plan', 'scheme'], ['to']]
    """
    needs = []
    for token in tokens:
        if token.get("OP", "1") not in ("1", "+"):
            continue
        for attr in WORD_ATTRS:
            value = token.get(attr)
            if isinstance(value, str):
                needs.append(frozenset([value]))
            elif isinstance(value, dict) and isinstance(value.get("IN"), list):
                needs.append(frozenset(value["IN"]))
    return needs


def literal_starts(tokens: list[dict]) -> list[list[dict]]:
    """One pattern as alternatives whose first token has literal values instead of ``IN`` sets:
    the same matches, faster, since the Matcher tests a set against every token of a Doc for a
    pattern that starts with one, and a literal value in compiled code.

    >>> literal_starts([{"LEMMA": {"IN": ["plan", "scheme"]}}, {"LOWER": "to"}])
    [[{'LEMMA': 'plan'}, {'LOWER': 'to'}], [{'LEMMA': 'scheme'}, {'LOWER': 'to'}]]
    """
    first, rest = tokens[0], list(tokens[1:])
    sets = {
        attr: value["IN"]
        for attr, value in first.items()
        if isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list)
    }
    starts = [dict(first)]
    for attr, values in sets.items():
        starts = [{**start, attr: value} for start in starts for value in values]
    return [[start, *rest] for start in starts]


@knowledge_cache
def cues_in_names() -> frozenset[tuple[str, str]]:
    """(frame, cue) of the patterns marked ``names: true``: cues that count inside a name ("the
    High Court" is a court), where other cues do not ("World Economic Forum")."""
    return frozenset(
        (entry["frame"], str(entry["cue"]).lower())
        for entry in pattern_entries()
        if entry.get("names")
    )


def pattern_hits(article: ParsedArticle, section: str = "patterns") -> list[Hit]:
    """Hits of a section's token patterns, each with its sentence and whether it is negated.

    >>> from analysis.extract import parse_article
    >>> article = parse_article("Protesters plan to challenge the plans.", until="frames")
    >>> [hit.text for hit in pattern_hits(article) if hit.cue.label == "policy_prescription"]
    ['plans']
    """
    return pattern_hits_by_section(article)[section]


def pattern_hits_by_section(article: ParsedArticle) -> dict[str, list[Hit]]:
    """The hits of every section's token patterns: each sentence where some entry finds every
    word it needs is matched by those entries only (a pattern does not cross sentences)."""
    _, cues, _ = pattern_matcher(article.doc.vocab)
    hits = {section: [] for section in SECTIONS}
    if not cues or not len(article.doc):
        return hits
    words = article.doc.to_array([LEMMA, LOWER, ORTH])
    for sentence_id, sentence in enumerate(article.sentences):
        present = set(words[sentence.start : sentence.end].ravel().tolist())
        entries = possible_entries(article.doc.vocab, present)
        if not entries:
            continue
        for match_id, start, end in entries_matcher(article.doc.vocab, entries)(sentence):
            section, cue = cues[match_id]
            span = sentence[start:end]
            where = (span.start_char, span.end_char, span.start, span.end, sentence_id)
            negated = is_negated(span, sentence.start)  # the span lies in the sentence
            hits[section].append(Hit(cue, *where, span.text, negated))
    return hits


def without_not_cues(hits: list[Hit], vetoes: list[Hit]) -> list[Hit]:
    """The hits, without those that lie inside a not-cue of their frame (``vetoes``: hits of
    ``not_cues`` of ``frame_patterns.yaml``): "health" in "health secretary" is a title, not a
    health frame; "poll" in "a mock poll" is no opinion poll."""
    spans = [(h.cue.label, h.start, h.end) for h in vetoes]
    return [
        hit
        for hit in hits
        if not any(f == hit.cue.label and s <= hit.start and hit.end <= e for f, s, e in spans)
    ]


def _modifier(doc, mention) -> bool:
    """Is the mention only a modifier of a noun ("Labour MP", "Tory tax cuts", "Liberal Democrat
    leader Charles Kennedy"): a label, not the party as an actor?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand") if doc else None
    if span is None:
        return False
    root = span.root
    return root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN")


def is_party(mention, registry) -> bool:
    """Does the mention name a political party: an actor of the registry whose role is "party",
    or an organisation whose name ends in "Party"?"""
    actor = registry.lookup(mention.canonical or mention.text)
    if actor is not None:
        return PARTY_ROLE in actor.role.lower().split("|")
    return mention.label in ("ORG", "NORP") and mention.text.lower().endswith(" party")


def longest_hits(hits: list[Hit]) -> list[Hit]:
    """The hits in text order, without a hit that lies inside a longer hit of the same frame
    ("foreign" inside "foreign ministers" is one cue, the phrase), or on the same words as
    another hit of the same frame (a lemma cue and a phrase cue for one word, "MPs", count
    once: the heavier). One sweep per frame."""
    kept = []
    by_frame: dict[str, list[Hit]] = {}
    for hit in hits:
        by_frame.setdefault(hit.cue.label, []).append(hit)
    for same in by_frame.values():
        reach, reach_start = -1, -1  # the furthest end so far, and where that hit starts
        for hit in sorted(same, key=lambda h: (h.start, h.start - h.end, -h.cue.weight)):
            if hit.end < reach or (hit.end == reach and reach_start <= hit.start):
                continue  # inside a longer hit, or on the same words as a heavier one
            kept.append(hit)
            if hit.end > reach:
                reach, reach_start = hit.end, hit.start
    return sorted(kept, key=lambda h: (h.start, h.cue.source, h.cue.label))


def _counts_in_names(cue: Cue) -> bool:
    return cue.cue in entity_cues() or (cue.label, cue.cue) in cues_in_names()


def quote_row_spans(quotes: list[Quote]) -> list[QuotedSpan]:
    """Quoted spans from the quotes table's direct and partial rows (start/end offsets), so a
    cue the quotes extractor attributes to a source is marked as quoted even without marks."""
    return [
        QuotedSpan(int(q.start), int(q.end), "row", True)
        for q in quotes
        if q.kind in ("direct", "partial") and q.start is not None and q.end is not None
    ]


@extractor("frames", requires=("entities", "quotes"))
def frame_rows(article: ParsedArticle) -> list[FrameHit]:
    """One record per sentence and frame whose distinct cues weigh at least ``THRESHOLD``.

    >>> from analysis.extract import parse_article
    >>> [(f.frame, f.cues) for f in parse_article(
    ...     "The court ruled the law unconstitutional.").rows["frames"]]
    [('legality', ['court', 'law', 'unconstitutional'])]
    """
    spans = list(article.quoted_spans)
    spans += quote_row_spans(article.rows.get("quotes") or [])
    names = SpanIndex(
        (e.start, e.end) for e in article.rows.get("entities", []) if e.label in NAME_SPAN_LABELS
    )
    quoted = SpanIndex((s.start, s.end) for s in spans)
    by_key: dict[tuple[int, str], dict] = {}
    patterns = pattern_hits_by_section(article)
    hits = [h for h in article.cue_hits if h.cue.source == "frame"] + patterns["patterns"]
    hits = without_not_cues(hits, patterns["not_cues"]) + entity_hits(
        article.rows.get("entities", []), article.doc, article.registry
    )
    # "World Economic Forum" is a name, not an economic frame: dropped before the longest hits
    # are chosen, so that a cue that does not count in a name hides none that does
    hits = longest_hits([h for h in hits if not names.holds(h.start) or _counts_in_names(h.cue)])
    for hit in hits:
        frame = hit.cue.label
        if hit.negated and frame_kinds().get(frame) != "generic":
            frame = negated_frames().get(frame)  # "no breakthrough": deadlock, not progress
            if frame is None:
                continue
        row = by_key.setdefault(
            (hit.sentence_id, frame),
            {
                "sentence_id": hit.sentence_id,
                "frame": frame,
                "frame_kind": frame_kinds().get(frame, "story"),
                "cues": [],
                "cue_lemmas": set(),
                "cue_starts": [],
                "quoted_cues": [],
                "negated": [],
                "score": 0.0,
            },
        )
        if hit.cue.cue in row["cue_lemmas"]:
            continue  # distinct cues only
        row["cue_lemmas"].add(hit.cue.cue)
        row["cues"].append(hit.text)
        row["cue_starts"].append(hit.start)
        row["score"] += hit.cue.weight
        if quoted.holds(hit.start, hit.end):
            row["quoted_cues"].append(hit.text)
        if hit.negated:
            row["negated"].append(hit.text)
    rows = []
    for row in by_key.values():
        if row["score"] >= THRESHOLD:
            row.pop("cue_lemmas")
            rows.append(FrameHit(**row, in_quote_share=len(row["quoted_cues"]) / len(row["cues"])))
    return sorted(rows, key=lambda r: (r.sentence_id, r.frame))
