"""Entity rows: spaCy NER mentions resolved to canonical actors and sides.

The registry's aliases are labelled by the pipeline's entity ruler; here every mention is looked
up in the registry (``canonical``, ``side``, corrected ``label``); a surname-only PERSON mention
not in the registry resolves to the article's full mention of that person ("Graham" -> the
"Lindsey Graham" named earlier), and so does a lone surname the NER took for a place or an
organisation after the full name ("Okoye is dismissive" after "Margaret Okoye"). Dates, numbers
and amounts are not entities here: the timeline reads dates itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy
from spacy.attrs import ORTH
from spacy.strings import hash_string

from ..knowledge import words as word_list
from ..nlp.article import ParsedArticle, trimmed
from ..nlp.gender import UNKNOWN, common_given_name, first_names, name_gender, title_gender
from .base import extractor
from .gender import person_genders
from .quote_knowledge import limit, person_titles, reporting_verbs, role_nouns
from .records import Mention
from .tone import clause_tone

ENTITY_LABELS = frozenset(
    {
        "PERSON",
        "NORP",
        "FAC",
        "ORG",
        "GPE",
        "LOC",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
    }
)  # spaCy labels kept as entities
SURNAME_MISLABELS = {"GPE", "ORG", "NORP", "LOC", "PRODUCT"}  # labels NER gives a lone surname
# labels NER gives "Ms Hart" (after a quotation: '"...," Ms Hart said' as a work of art)
HONORIFIC_MISLABELS = SURNAME_MISLABELS | {"WORK_OF_ART", "FAC", "EVENT"}
TERMINAL = (".", "!", "?", '"', "”", ":")
TONE_TYPES = {"person", "organization", "group", "media"}
HYPHENS = re.compile(r"[-–—]")
REGNAL = re.compile(r"II|III|IV|VI{0,3}|IX|XI{0,3}")  # a regnal number: "John Paul II"
HYPHENATED = re.compile(r"(?<!\S)[\w.]+(?:[-–—][\w.]+)+")
ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3}")  # QCA, DfES, EOC: 2+ capitals
SPELLED_NAME = re.compile(r"[A-Z][\w'-]*(?:\s+(?:(?:and|of|for|on)\s+)?[A-Z][\w'-]*)+")


@extractor("entities")
def entity_rows(article: ParsedArticle) -> list[Mention]:
    """One record per named-entity mention, resolved through the actor registry.

    >>> from analysis.extract import parse_article
    >>> article = parse_article("Zelensky met Trump in Florida.", topic="ukraine-peace-2025")
    >>> [(m.text, m.canonical, m.side) for m in article.rows["entities"]]
    [('Zelensky', 'Volodymyr Zelenskyy', 'Ukraine'), ('Trump', 'Donald Trump', 'US'), \
('Florida', 'Florida', 'US')]
    """
    headings = _heading_sentences(article)
    mentions = [
        row
        for ent in article.doc.ents
        if ent.label_ in ENTITY_LABELS
        for row in _mentions(article, ent)
        if row.in_registry or row.sentence_id not in headings
    ]
    mentions += _unlabelled_compounds(article)
    mentions += _unlabelled_speakers(article, mentions)
    mentions.sort(key=lambda row: row.start)
    titled = _titled_surnames(mentions)
    surnames = {m.canonical.split()[-1] for m in mentions if m.label == "PERSON"}
    mentions = [
        _after_honorific(article, _as_person(_with_clause_tone(article, row), titled, surnames))
        for row in mentions
    ]
    full_names = _full_person_names(mentions)
    lone_persons = {m.canonical for m in mentions if m.label == "PERSON" and " " not in m.canonical}
    first_start: dict[str, int] = {}  # canonical -> start of its first mention so far
    resolved = []
    for row in mentions:
        if row.in_registry:
            row = _article_namesake(article, row, full_names)
        elif row.label == "PERSON":  # "Blair", "Mr Blair": the article's "Tony Blair"
            title = _title_of(article, row) if " " not in row.canonical else ""
            name = f"{title} {row.canonical}" if title else row.canonical  # "Sir" of "Sir Alan"
            full = _full_name(name, full_names)
            row = replace(row, canonical=row.canonical if full == name and title else full)
        elif (
            row.label in SURNAME_MISLABELS
            and row.canonical in full_names
            and row.start > first_start.get(full_names[row.canonical][0], row.start)
        ):
            # "Okoye is dismissive" tagged as a place after "Margaret Okoye": the person again
            row = replace(row, label="PERSON", canonical=full_names[row.canonical][0])
        elif (
            row.label in ("ORG", "PRODUCT")
            and row.canonical in lone_persons
            and _says(article, row)
        ):  # "Gambill said" read as an organisation, where "Gambill" is a person elsewhere
            row = replace(row, label="PERSON")
        elif row.label in SURNAME_MISLABELS and _titled_name_speaks(article, row):
            row = replace(row, label="PERSON")  # "UN envoy Terje Roed-Larsen warned", an ORG
        elif row.label == "ORG" and (spelled := _spelled_out(row.canonical, article, row.start)):
            row = replace(row, canonical=spelled)  # "the QCA": the article's full name
        elif row.label == "ORG" and (longer := _named_longer(row.canonical, resolved)):
            row = replace(row, canonical=longer)  # "Phillips" after "Phillips Petroleum"
        first_start.setdefault(row.canonical, row.start)
        resolved.append(row)
    return _with_genders(article, resolved)


def _named_longer(name: str, earlier: list[Mention]) -> str | None:
    """The one organisation named just before with this word and one or two more ("Phillips"
    after "Phillips Petroleum", "Amnesty" after "Amnesty International"): its short form. Not an
    acronym ("BBC" after "BBC News"), nor a name already used on its own before."""
    if " " in name or name.isupper() or any(m.canonical == name for m in earlier):
        return None
    longer = {
        m.canonical
        for m in earlier
        if m.label == "ORG"
        and m.canonical.startswith(name + " ")
        and 0 < len(extra := m.canonical.split()[1:]) <= 2
        and all(w.isalpha() and w[0].isupper() for w in extra)  # not "Veritas - Latin"
    }
    return longer.pop() if len(longer) == 1 else None


def _says(article: ParsedArticle, row: Mention) -> bool:
    """The mention is the subject of a reporting verb ("Gambill said")."""
    span = article.doc.char_span(row.start, row.end, alignment_mode="expand")
    root = span.root if span is not None else None
    return (
        root is not None
        and root.dep_ in ("nsubj", "nsubjpass")
        and root.head.lemma_.lower() in reporting_verbs()
    )


def _titled_name_speaks(article: ParsedArticle, row: Mention) -> bool:
    """A first name and a surname that speaks after an office word ("UN Middle East envoy Terje
    Roed-Larsen warned", "the head of security, Jabril Rajoub says") or in apposition to the
    noun that speaks ("One bystander, Marius duPlessis, said"): a person, whatever the NER's
    label."""
    words = row.text.split()
    span = article.doc.char_span(row.start, row.end, alignment_mode="expand")
    if span is None or not 2 <= len(words) <= 3 or not common_given_name(words[0]):
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":  # "One bystander, Marius duPlessis,"
        root = root.head
    elif _office_before(article.doc, span.start) is None:
        return False
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in reporting_verbs()


def _office_before(doc, start: int):
    """The office word right before a name ("envoy Terje Roed-Larsen"), or heading the phrase
    before its comma ("the Palestinian head of security, Jabril Rajoub says"), else None."""
    if not start:
        return None
    word = doc[start - 1]
    if word.text == "," and start > 1:
        word = doc[start - 2]
        if word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.head.i < word.i:
            word = word.head.head  # security -> of -> head
    return word if word.lemma_.lower() in role_nouns() else None


def _article_namesake(article: ParsedArticle, row: Mention, full_names) -> Mention:
    """ "Ms Kelly" after the article named Lorraine Kelly, and never the pack's Ruth Kelly in
    full: the article's own person of that surname, not the pack's (an honorific and a surname
    only; a bare surname stays the pack's)."""
    title = _title_of(article, row)
    if row.actor_type != "person" or not title or row.canonical in article.text:
        return row
    titled = f"{title} {row.text.split()[-1]}"
    own = _full_name(titled, full_names)
    if own in (titled, row.canonical):
        return row
    return replace(
        row, canonical=own, label="PERSON", side=None, actor_type=None, in_registry=False
    )


def _spelled_out(name: str, article: ParsedArticle, before: int) -> str | None:
    """The name an acronym abbreviates, written in full earlier in the article: the last run of
    capitalised words (joined by "and", "of", "for") whose initials the acronym's capitals are
    ("QCA" after "The Qualifications and Curriculum Authority (QCA)", "DfES" after "the
    Department for Education and Skills"), or None."""
    acronym = ACRONYM.fullmatch(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE))
    if acronym is None:
        return None
    letters = "".join(ch for ch in acronym.group() if ch.isupper())
    runs = article.memo("spelled_names", lambda: _spelled_names(article.text))
    earlier = [phrase for start, phrase in runs.get(letters, ()) if start < before]
    return earlier[-1] if earlier else None


def _spelled_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """Initials -> (start, words) of every run of capitalised words and of each of its
    suffixes starting with a capital ("The Qualifications and Curriculum Authority" is also
    "Qualifications and Curriculum Authority", QCA), in text order: one pass per article."""
    runs: dict[str, list[tuple[int, str]]] = {}
    for match in SPELLED_NAME.finditer(text):
        words = match.group().split()
        for k, word in enumerate(words[:-1]):
            if word[0].isupper():
                initials = "".join(w[0] for w in words[k:] if w[0].isupper())
                runs.setdefault(initials, []).append((match.start(), " ".join(words[k:])))
    return runs


def _as_person(row: Mention, titled: set[str], surnames: frozenset[str] = frozenset()) -> Mention:
    """A person's name the NER labelled otherwise ("Nicola Sturgeon" as an organisation) is a
    person when the article also writes it with an honorific ("Ms Sturgeon") and its first word
    is a first name of the name table; post-nominal letters leave a person's name ("Philippe
    Sands QC" is Philippe Sands; words.yaml post_nominals), and make one of a first name and a
    surname the NER took for an organisation ("Guy Mansfield QC"); a common first name and the
    surname of a person the article names ("Otis Ferry" as a product, beside "Bryan Ferry")."""
    words = row.canonical.split()
    if row.in_registry or len(words) < 2:
        return row
    first_name = words[0].lower() in first_names()
    if row.label in HONORIFIC_MISLABELS and words[0].lower().rstrip(".") in word_list("honorifics"):
        return replace(row, label="PERSON")  # "Mr Ladyman" read as an organisation
    if words[-1] in word_list("post_nominals") and (
        row.label == "PERSON" or (row.label in SURNAME_MISLABELS and first_name and len(words) <= 4)
    ):
        return replace(row, label="PERSON", canonical=" ".join(words[:-1]))
    if row.label in SURNAME_MISLABELS and len(words) <= 3 and first_name and words[-1] in titled:
        return replace(row, label="PERSON")
    if row.label in SURNAME_MISLABELS and len(words) == 2 and common_given_name(words[0]):
        if words[-1] in surnames:  # "Otis Ferry" as a product, beside "Bryan Ferry"
            return replace(row, label="PERSON")
    return row


def _after_honorific(article: ParsedArticle, row: Mention) -> Mention:
    """A lone surname right after an honorific the NER left out, read as an organisation or a
    place ("Lord Tebbit", "Dr Fox's view"): a person."""
    if row.in_registry or row.label not in HONORIFIC_MISLABELS or " " in row.text:
        return row
    word = _word_before(article, row.start)
    honorific = word[:1].isupper() and word.lower().rstrip(".") in word_list("honorifics")
    return replace(row, label="PERSON") if honorific else row


def _titled_surnames(mentions: list[Mention]) -> set[str]:
    """The surnames the article writes with an honorific ("Ms Sturgeon": Sturgeon), whatever
    the NER's label ("Mr Schneiders" read as an organisation)."""
    honorifics = word_list("honorifics")
    return {
        words[-1]
        for m in mentions
        if (m.label == "PERSON" or m.label in HONORIFIC_MISLABELS)
        and len(words := m.canonical.split()) > 1
        and words[0].lower().rstrip(".") in honorifics
    }


def _full_name(name: str, full_names: dict[str, list[str]]) -> str:
    """The article's full name for a surname or honorific form: of the full names ending in that
    surname, the first whose first name does not contradict the title's gender ("Mrs Howard" is
    the article's Sandra Howard, and not its Michael Howard when she is never named in full).
    A title used with the first name ("Sir Alan", "Dame Stella"; words.yaml
    first_name_honorifics) is the full name that starts with it."""
    words = name.split()
    said = title_gender(words[0]) if len(words) > 1 else None
    bare = bare_name(name)  # "Parker Bowles" of "Mrs Parker Bowles": a full name ending in it
    if len(words) == 2 and words[0].lower() in word_list("first_name_honorifics"):
        given = [f for names in full_names.values() for f in names if f.split()[0] == bare]
        if given:  # "Sir Alan": the article's Sir Alan Budd
            return given[0]
    named_so = [
        f
        for f in full_names.get(bare.split()[-1], ())
        if any(f" {name}".endswith(f" {bare}") for name in (f, _without_number(f)))
    ]
    if not named_so and " " not in bare and len(bare) >= limit("misspelt_surname_letters"):
        named_so = [  # "Romanszko" after "Richard Romaszko": the article's typo of his name
            f for key, names in full_names.items() if _one_edit_apart(key, bare) for f in names
        ]
    for full in named_so:
        named = name_gender(full).gender
        if not said or named == UNKNOWN or named == said:
            return full
    return name


def _one_edit_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed ("Romaszko", "Romanszko"); not the same word nor
    its plural."""
    if a == b or abs(len(a) - len(b)) > 1 or a + "s" == b or b + "s" == a:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long, strict=False)) if x != y), len(short))
    return short[i:] == long[i + 1 :]


def _with_genders(article: ParsedArticle, rows: list[Mention]) -> list[Mention]:
    """Each person mention with the article's gender call for that person."""
    calls = person_genders(article, rows)
    return [
        replace(row, gender=call.gender, gender_basis=call.basis,
                gender_confidence=call.confidence, gender_evidence=call.evidence)
        if (call := calls.get(row.canonical)) is not None and _named_person(row)
        else row
        for row in rows
    ]  # fmt: skip


def _named_person(row: Mention) -> bool:
    return row.actor_type == "person" if row.in_registry else row.label == "PERSON"


def _with_clause_tone(article: ParsedArticle, row: Mention) -> Mention:
    """Tone toward actors: persons, organisations, groups, media."""
    if row.actor_type in TONE_TYPES or row.label in ("PERSON", "ORG"):
        polarity, scored = clause_tone(article, row.start, row.end)
        return replace(row, clause_polarity=polarity, clause_words=scored)
    return row


def _heading_sentences(article: ParsedArticle) -> set[int]:
    """Headline and section headings: title-case lines where the small NER guesses wildly."""
    return {
        i
        for i, sent in enumerate(article.sentences)
        if sent.start_char < article.headline_end
        or _is_heading(article.text[sent.start_char : sent.end_char])  # == sent.text
    }


def _is_heading(text: str) -> bool:
    text = text.strip()
    return "\n" not in text and len(text.split()) <= 12 and not text.endswith(TERMINAL)


def _mentions(article: ParsedArticle, ent) -> list[dict]:
    """Rows for one NER span: itself, or its registry parts ("U.S.-Ukraine" -> two places)."""
    start, end = trimmed(article.text, ent.start_char, ent.end_char)
    newline = article.text.find("\n", start, end)
    end = newline if newline != -1 else end
    parts = _compound_parts(article, start, end)
    if parts:
        return [row for s, e in parts if (row := _mention(article, ent, s, e)) is not None]
    row = _mention(article, ent, start, end)
    return [row] if row is not None else []


def _unlabelled_compounds(article: ParsedArticle) -> list[dict]:
    """Registry names joined into one token outside any entity ("U.S.-Ukraine meeting")."""
    rows = []
    for match in HYPHENATED.finditer(article.text):
        span = article.doc.char_span(match.start(), match.end())
        if span is None or len(span) != 1 or span[0].ent_iob_ != "O":
            continue
        for start, end in _compound_parts(article, match.start(), match.end()) or ():
            row = _mention(article, span, start, end)
            if row is not None:
                rows.append(row)
    return rows


def _unlabelled_speakers(article: ParsedArticle, mentions: list[Mention]) -> list[Mention]:
    """A surname the NER left unlabelled where it says something ("Waugh says ...", the
    sentence's first word), after the article named that person in full ("Steve Waugh"): a
    mention of the person."""
    surnames = {
        m.text.split()[-1] for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1
    }
    if not surnames or not len(article.doc):
        return []
    words = article.doc.to_array([ORTH])  # the surnames' places, from the word array
    places = numpy.flatnonzero(numpy.isin(words, [hash_string(name) for name in surnames]))
    rows = []
    for token in (article.doc[int(i)] for i in places):
        if token.ent_iob_ == "O" and token.pos_ == "PROPN":
            span = article.doc[token.i : token.i + 1]
            row = _mention(article, span, token.idx, token.idx + len(token.text))
            if row is not None and _says(article, row):
                rows.append(replace(row, label="PERSON", canonical=token.text))
    return rows


def _compound_parts(article, start, end):
    """Offsets of the parts of a hyphenated compound when every part is a registry alias."""
    pieces, offset = [], start
    for piece in HYPHENS.split(article.text[start:end]):
        pieces.append((offset, offset + len(piece)))
        offset += len(piece) + 1
    if len(pieces) < 2 or not all(article.registry.lookup(article.text[s:e]) for s, e in pieces):
        return None
    return pieces


def _mention(article: ParsedArticle, ent, start: int, end: int) -> Mention | None:
    text = article.text[start:end]
    for suffix in word_list("possessive_suffixes"):
        if text.endswith(suffix) and len(text) > len(suffix):
            end -= len(suffix)
            text = text[: -len(suffix)]
            break
    if ent.label_ == "PERSON":  # "Shane Bradford of Ballidu": the name, not where he lives
        end = start + len(text := _without_place(text))
    actor = article.registry.lookup(text) or (
        article.registry.lookup(ent.ent_id_)
        if ent.ent_id_ and (start, end) == (ent.start_char, ent.end_char)
        else None
    )
    if actor is not None and actor.type == "site":
        return None
    title = _title_before(article, start)
    if actor is not None and actor.type == "person" and _contradicts(title, actor.canonical):
        # "Baroness Kennedy" is not the pack's Charles Kennedy: an unregistered person
        actor, start, text = None, start - len(title) - 1, f"{title} {text}"
    return Mention(
        sentence_id=article.sentence_id(ent),
        start=start,
        end=end,
        text=text,
        label=actor.label if actor else ent.label_,
        canonical=actor.canonical if actor else " ".join(text.split()),
        side=actor.side if actor else None,
        actor_type=actor.type if actor else None,
        in_registry=actor is not None,
    )


def _without_place(name: str) -> str:
    """A person's name without the place the recogniser ran on into ("Shane Bradford of
    Ballidu"): a first name and a surname before "of"; a title's "of" stays ("Duke of York",
    "Prince Edward of Wessex")."""
    before, of, _ = name.partition(" of ")
    words = before.split()
    if not of or len(words) < 2 or words[0].lower() in person_titles():
        return name
    return before if common_given_name(words[0]) else name


def _title_of(article: ParsedArticle, row: Mention) -> str:
    """The gendered title of a two-word mention ("Ms Kelly"), or the one right before a mention
    the NER cut it from ("Sir" of "Sir Alan"), else ""."""
    words = row.text.split()
    if len(words) == 2 and title_gender(words[0]) is not None:
        return words[0]
    return _title_before(article, row.start)


def _title_before(article: ParsedArticle, start: int) -> str:
    """The honorific right before a name ("Baroness" of "Baroness Kennedy"), else ""."""
    word = _word_before(article, start)
    return word if word and title_gender(word) is not None else ""


def _word_before(article: ParsedArticle, start: int) -> str:
    """The word a space before ``start`` ("Lord" of "Lord Tebbit"), else ""."""
    before = article.text[max(0, start - 20) : start]
    words = before.split()
    return words[-1] if words and before.endswith(" ") else ""


def _contradicts(title: str, full_name: str) -> bool:
    """A title whose gender is not the one the full name's first name gives."""
    said = title_gender(title) if title else None
    named = name_gender(full_name).gender
    return said is not None and named not in (UNKNOWN, said)


def _full_person_names(mentions: list[Mention]) -> dict[str, list[str]]:
    """Surname -> the article's multi-word names ending in it, without their honorifics, in
    order (unregistered persons; an honorific and a surname, "Mr Blair", is no full name)."""
    names: dict[str, list[str]] = {}
    for row in mentions:
        full = bare_name(row.canonical)  # "Sir Alan Budd": Alan Budd
        parts = full.split()
        if row.label == "PERSON" and len(parts) > 1:
            if full not in names.setdefault(parts[-1], []):
                names[parts[-1]].append(full)
            if len(parts) > 2 and REGNAL.fullmatch(parts[-1]):  # "John Paul II": also "Paul"
                names.setdefault(parts[-2], []).append(full)
    return names


def _without_number(name: str) -> str:
    """ "John Paul II" -> "John Paul"."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 2 and REGNAL.fullmatch(words[-1]) else name


def bare_name(name: str) -> str:
    """A name without the honorifics before it ("Mr Blair" -> "Blair"; words.yaml)."""
    words = name.split()
    honorifics = word_list("honorifics")
    while len(words) > 1 and words[0].lower().rstrip(".") in honorifics:
        words = words[1:]
    return " ".join(words)
