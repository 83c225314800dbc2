"""Drafting a topic pack from a corpus: the actors it mentions most, ready for a researcher to
give them sides.

``draft_actors(corpus)`` groups the entity mentions of a corpus loaded without a pack (names are
already joined within each article: "Blair" after "Tony Blair" is Tony Blair) into one row per
actor, most mentioned first. Across the corpus, a surname alone and an honorific form ("Mr
Blair", "Lord Falconer") join the one full name that ends in that surname, unless two people
share it (for an honorific form: two people of its gender); "the Home Office" is the Home
Office, the plural of a group's name joins its singular ("Tories", "Tory"), short forms join
long ones ("SNP", "Commons", "BBC News") and a name the NER split in two is one ("Liberal" +
"Democrat"). A role is taken from the words before a name ("Home Secretary
Charles Clarke") or from an apposition after it ("Charles Clarke, the home secretary,") when
they end in a role noun. The ``side`` column is left empty for the researcher.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from ..extract.entities import bare_name
from ..knowledge import read_csv_rows, words
from ..nlp.gender import UNKNOWN, first_names, name_gender, title_gender

ACTOR_LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
COLUMNS = ["canonical", "type", "label", "side", "role", "from", "to", "aliases", "mentions",
           "actor_mentions", "articles", "quoted_in"]  # fmt: skip
SETTING_LABELS = {"GPE", "LOC", "FAC", "NORP"}  # names that are often a setting or an adjective
ROLE_WORDS_BEFORE = 4  # words before a name searched for a role ("Tory leader Michael Howard")
NOT_IN_ROLES = {"the", "a", "an", "said", "says", "by", "and", "of", "to", "with", "as", "from"}
APPOSITION = re.compile(r",\s+(?:the\s+)?([a-z][a-z -]{2,40}?),")  # ", the home secretary,"


def draft_actors(corpus, *, top: int = 150, min_mentions: int = 2) -> pd.DataFrame:
    """The corpus's most mentioned actors as rows of an ``actors.csv``: canonical name, type,
    spaCy label, an empty side, a role where one is written, the aliases seen, mentions,
    articles and the articles that quote them (role nouns: the packaged role_nouns.csv;
    honorifics: words.yaml). Actors are ranked by their mentions as an actor, at most
    PER_ARTICLE per article, plus one for each article in which they speak: the people a
    story quotes are its protagonists."""
    role_nouns = frozenset(row["lemma"].strip().lower() for row in read_csv_rows("role_nouns.csv"))
    texts = corpus.articles.set_index("article_id")["text"]
    lower = _lower_case_words(texts)
    mentions = _joined_neighbours(corpus.entities[corpus.entities["label"].isin(ACTOR_LABELS)])
    mentions["canonical"] = [_without_article(name) for name in mentions["canonical"]]
    mentions["as_named"] = mentions["canonical"]
    mentions["label"] = _person_labels(mentions)
    mentions["canonical"] = _merged_names(mentions, lower)
    mentions["as_actor"] = [_as_actor(m, texts[m.article_id]) for m in mentions.itertuples()]
    speaking = corpus.quotes.groupby("speaker")["article_id"].agg(set).to_dict()
    rows = []
    for canonical, group in mentions.groupby("canonical", sort=False):
        own = group[[_without_article(t) == canonical for t in group["text"]]]
        label = (own if len(own) else group)["label"].mode().iloc[0]
        names = {canonical, *group["as_named"], *group["text"]}
        quoted_in = set().union(*(speaking.get(name, set()) for name in names))
        rows.append({
            "canonical": canonical,
            "type": ACTOR_LABELS[label],
            "label": label,
            "side": "",
            "role": _role(group, texts, role_nouns) if label == "PERSON" else "",
            "from": "",
            "to": "",
            "aliases": "|".join(sorted(set(group["text"]) - {canonical})),
            "mentions": len(group),
            "actor_mentions": int(group["as_actor"].sum()),
            "rank": _spread(group) + len(quoted_in),
            "articles": group["article_id"].nunique(),
            "quoted_in": len(quoted_in),
        })  # fmt: skip
    table = pd.DataFrame(rows, columns=[*COLUMNS, "rank"])
    table = table[
        (table["mentions"] >= min_mentions)
        & ~_common_words(table, lower)
        & ~table["canonical"].map(_is_title_word)
    ]
    order = table.sort_values(["rank", "articles", "canonical"], ascending=[False, False, True])
    return order.head(top)[COLUMNS].reset_index(drop=True)


def _person_labels(mentions: pd.DataFrame) -> list[str]:
    """Each mention's label, a person's when the name is written with an honorific ("Ms
    Blears") or is one word the NER labels a person in most of its mentions ("Trump" once taken
    for an organisation), whatever spaCy's label."""
    one_word = mentions[~mentions["canonical"].str.contains(" ")]
    persons = one_word.groupby("canonical")["label"].agg(lambda x: (x == "PERSON").mean() > 0.5)
    return [
        "PERSON" if bare_name(name) != name or persons.get(name, False) else label
        for name, label in zip(mentions["canonical"], mentions["label"], strict=True)
    ]


def _lower_case_words(texts: pd.Series) -> Counter:
    """How often the corpus writes each word in lower case."""
    return Counter(re.findall(r"\b[a-z][a-z'-]+\b", " ".join(texts)))


def _common_words(table: pd.DataFrame, lower: Counter) -> pd.Series:
    """One-word names that the corpus writes more often in lower case: a common word that
    spaCy took for a name ("Home", "Bill", "Skills"), not an actor ("Labour", "Blair")."""
    return pd.Series(
        [" " not in name and not name.isupper() and lower[name.lower()] > mentions
         for name, mentions in zip(table["canonical"], table["mentions"], strict=True)],
        index=table.index,
    )  # fmt: skip


def _is_title_word(name: str) -> bool:
    """A one-word name that is a title, not an actor: a post-nominal or a role noun, or its
    plural ("MPs", "MEP", "Ministers"; words.yaml post_nominals, role_nouns.csv)."""
    if " " in name:
        return False
    word = name.lower()
    titles = {w.lower() for w in words("post_nominals")} | {
        row["lemma"].strip().lower() for row in read_csv_rows("role_nouns.csv")
    }
    return word in titles or (word.endswith("s") and word[:-1] in titles)


def _merged_names(mentions: pd.DataFrame, lower: Counter) -> list[str]:
    """Each mention's canonical name, with the forms of one actor joined: a middle initial is
    dropped when the corpus also has the name without it ("George W Bush" -> "George Bush"), a
    surname or honorific form joins the one full name of the corpus that ends in that surname
    and agrees with the honorific's gender, and groups join as ``_singular_groups`` and
    ``_long_forms`` say."""
    names, labels = list(mentions["canonical"]), list(mentions["label"])
    persons = (name for name, label in zip(names, labels, strict=True) if label == "PERSON")
    full_names = _full_names_by_surname(persons, lower)
    merged = [
        _person_name(name, full_names) if label == "PERSON" else name
        for name, label in zip(names, labels, strict=True)
    ]
    return _long_forms(_singular_groups(merged, labels), labels, list(mentions["article_id"]))


def _joined_neighbours(mentions: pd.DataFrame) -> pd.DataFrame:
    """Two mentions one space apart whose words the corpus also writes as one name are that
    name ("Liberal" + "Democrat" where the NER split "Liberal Democrat" once)."""
    whole = mentions.groupby("text")["label"].agg(lambda labels: labels.mode().iloc[0])
    rows = mentions.sort_values(["article_id", "start"]).to_dict("records")
    joined = []
    for row in rows:
        last = joined[-1] if joined else None
        text = f"{last['text']} {row['text']}" if last else ""
        if last and last["article_id"] == row["article_id"] and row["start"] == last["end"] + 1 \
                and text in whole.index:  # fmt: skip
            joined[-1] = {**last, "text": text, "canonical": text, "label": whole[text],
                          "end": row["end"]}  # fmt: skip
        else:
            joined.append(row)
    return pd.DataFrame(joined, columns=mentions.columns)


def _without_article(name: str) -> str:
    words = name.split(maxsplit=1)
    return words[1] if len(words) == 2 and words[0] in ("the", "The") else name


def _looks_like_full_name(words: list[str]) -> bool:
    """Two or more capitalised words and nothing else ("Tony Blair", not "ofNew Labour")."""
    return len(words) > 1 and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()
                                  for w in words)  # fmt: skip


def _full_names_by_surname(person_names, lower: Counter) -> dict[str, set[str]]:
    """Full names keyed by surname, a middle initial dropped when the name without it is also
    written ("George W Bush" and "George Bush" are one name). A name whose first word is no
    first name of the name table and is written in lower case elsewhere is no person's name
    ("Vote Blair" on a poster)."""
    full = {bare_name(name) for name in person_names}
    full = {
        name
        for name in full
        if _looks_like_full_name(words := name.split())
        and (words[0].lower() in first_names() or not lower[words[0].lower()])
    }
    by_surname = defaultdict(set)
    for name in full:
        short = _initials_dropped(name)
        by_surname[name.split()[-1]].add(short if short in full else name)
    return by_surname


def _initials_dropped(name: str) -> str:
    """ "George W Bush" -> "George Bush"."""
    words = name.split()
    return " ".join([words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1]])


def _person_name(name: str, full_names: dict[str, set[str]]) -> str:
    """The corpus's full name for one person mention, or the name as it stands. An honorific
    form joins only the full names that its gender does not contradict ("Mr Blair" is not
    Cherie Blair)."""
    words = bare_name(name).split()
    candidates = full_names.get(words[-1], set())
    if len(words) == 1:
        said = title_gender(name.split()[0]) if " " in name else None
        agreeing = {full for full in candidates
                    if not said or name_gender(full).gender in (UNKNOWN, said)}  # fmt: skip
        return next(iter(agreeing)) if len(agreeing) == 1 else name
    short = _initials_dropped(" ".join(words))
    return short if short in candidates else " ".join(words)


def _singular_groups(names: list[str], labels: list[str]) -> list[str]:
    """A plural name of a group or organisation joins its singular when the corpus has both
    ("Tories" -> "Tory", "Conservatives" -> "Conservative")."""
    others = set(names)

    def singular(name: str) -> str:
        for plural, ending in (("ies", "y"), ("s", "")):
            if name.endswith(plural) and name[: -len(plural)] + ending in others:
                return name[: -len(plural)] + ending
        return name

    return [singular(name) if len(name.split()) > 1 or label != "PERSON" else name
            for name, label in zip(names, labels, strict=True)]  # fmt: skip


PER_ARTICLE = 3


def _spread(group: pd.DataFrame) -> int:
    """Mentions as an actor, at most PER_ARTICLE per article."""
    return int(group[group["as_actor"]].groupby("article_id").size().clip(upper=PER_ARTICLE).sum())


def _as_actor(mention, text: str) -> bool:
    """Whether a mention names an actor rather than a setting or a quality: a place after a
    preposition of place ("in London") or a group name used as a modifier ("Labour MPs"; a
    group's one-word singular: "British", "Jewish") is not one; nor is a one-word
    person after "the" ("the Bill")."""
    before = text[max(0, mention.start - 20) : mention.start].split()
    after = text[mention.end : mention.end + 20].split()
    previous = before[-1].lower() if before else ""
    if mention.label in SETTING_LABELS:
        next_word = after[0] if after and text[mention.end : mention.end + 1] == " " else ""
        adjective = mention.label == "NORP" and " " not in mention.text and mention.text[-1] != "s"
        modifier = adjective or (mention.label == "NORP" and next_word.isalpha())
        return not modifier and previous not in words("place_prepositions")
    return not (mention.label == "PERSON" and previous == "the" and " " not in mention.text)


def _long_forms(names: list[str], labels: list[str], articles: list[str]) -> list[str]:
    """Short forms of an organisation or group join its long form when the corpus has both: an
    acronym ("SNP" -> "Scottish National Party", "UKIP" -> "UK Independence Party"), words cut
    short ("Lib Dem" -> "Liberal Democrat"), a name without "Party" ("Labour Party" -> "Labour"
    joins the other way: the party's everyday name is the shorter), the last word of exactly one
    organisation's long name written in the same articles ("Commons" -> "House of Commons"). Of
    several long forms with the same initials, a short form joins the one written in most of
    the same articles, and none that never shares an article with it ("EU" is the European
    Union, not Edinburgh University)."""
    groups = {n for n, label in zip(names, labels, strict=True) if label != "PERSON"}
    seen_in = defaultdict(set)
    for name, article in zip(names, articles, strict=True):
        seen_in[name].add(article)
    by_initials = defaultdict(set)
    for name in set(names):
        by_initials["".join(w[:1] for w in name.split())].add(name)
    everyone = set(names)
    longer = {}
    for name in groups:
        words = name.split()
        if words[-1] == "Party" and " ".join(words[:-1]) in groups:
            longer[name] = (" ".join(words[:-1]), float("inf"))
        elif len(words) > 1:
            clipped = _clipped(words, by_initials["".join(w[:1] for w in words)])
            for short in (_acronym(words), clipped):
                shared = len(seen_in[short] & seen_in[name])
                if short and short in everyone and short != name and shared:
                    if shared > longer.get(short, ("", 0))[1]:
                        longer[short] = (name, shared)
    organisations = {n for n, label in zip(names, labels, strict=True) if label == "ORG"}
    for name, long_name in _organisation_forms(organisations, Counter(names), seen_in).items():
        longer.setdefault(name, (long_name, 0))
    return [_longest_form(name, longer) for name in names]


def _organisation_forms(organisations: set[str], mentions: Counter, seen_in) -> dict[str, str]:
    """Short forms of organisations: the last word of exactly one organisation's name ("Commons"
    -> "House of Commons"), or its last words when the corpus writes the long name more often
    ("Radio 4" -> "BBC Radio 4", but "Conservative Party" is not the Scottish one), and
    a name that starts with an organisation's acronym ("BBC News" -> "BBC"), both when they
    share an article."""
    by_ending = defaultdict(set)
    for name in organisations:
        words = name.split()
        for k in range(1, len(words)):
            by_ending[" ".join(words[k:])].add(name)
    forms = {}
    for name in organisations:
        ends = by_ending.get(name, set())
        first = name.split()[0]
        end = next(iter(ends), "")
        if len(ends) == 1 and (" " not in name or mentions[end] > mentions[name]):
            forms[name] = end
        elif " " in name and first.isupper() and first in organisations:
            forms[name] = first
    return {name: form for name, form in forms.items() if seen_in[name] & seen_in[form]}


def _longest_form(name: str, longer: dict[str, tuple[str, float]]) -> str:
    """The name a short form joins, followed through ("Radio 4" -> "BBC Radio 4" -> "BBC")."""
    seen = {name}
    while name in longer and longer[name][0] not in seen:
        name = longer[name][0]
        seen.add(name)
    return name


def _acronym(words: list[str]) -> str:
    """ "Scottish National Party" -> "SNP"; a word in capitals is kept whole ("UK Independence
    Party" -> "UKIP"); "of", "the", "and" are skipped."""
    kept = [w for w in words if w not in ("of", "the", "and", "for")]
    return "".join(w if w.isupper() else w[:1] for w in kept)


def _clipped(words: list[str], groups: set[str]) -> str:
    """The name of ``groups`` (names with the same initials) whose words begin the words of a
    long name, three letters or more each ("Lib Dem" of "Liberal Democrat")."""
    for name in groups:
        short = name.split()
        if (
            len(short) == len(words)
            and short != words
            and all(len(s) >= 3 and w.startswith(s) for s, w in zip(short, words, strict=True))
        ):
            return name
    return ""


def _role(group: pd.DataFrame, texts: pd.Series, role_nouns: frozenset[str]) -> str:
    """The role written most often next to the person's name, or ""."""
    found = Counter()
    for mention in group.itertuples():
        text = texts[mention.article_id]
        before = text[max(0, mention.start - 60) : mention.start].split("\n")[-1].split()
        role = _role_before(before[-ROLE_WORDS_BEFORE:], role_nouns)
        if role:
            found[role] += 1
        after = APPOSITION.match(text[mention.end : mention.end + 60])
        if after and after.group(1).split()[-1] in role_nouns:
            found[after.group(1)] += 1
    return found.most_common(1)[0][0] if found else ""


def _role_before(words: list[str], role_nouns: frozenset[str]) -> str:
    """ "Tory leader" of "... Tory leader Michael Howard": the words before a name that end in
    a role noun, back to the first word that is not part of a title (a lower-case word belongs
    to it only before another lower-case word: "shadow home secretary", not "join Home
    Secretary")."""
    if not words or words[-1].lower() not in role_nouns:
        return ""
    phrase = [words[-1]]
    for word in reversed(words[:-1]):
        lower_before_upper = word[:1].islower() and phrase[0][:1].isupper()
        if (
            not word.replace("-", "").isalpha()
            or word.lower() in NOT_IN_ROLES
            or lower_before_upper
        ):
            break
        phrase.insert(0, word)
    return " ".join(phrase)
