"""Drafting a topic pack from a corpus: the actors it mentions most, ready for a researcher to
give them sides.

``draft_actors(corpus)`` groups the entity mentions of a corpus loaded without a pack (names are
already joined within each article: "Blair" after "Tony Blair" is Tony Blair) into one row per
actor, most mentioned first. Across the corpus, a surname alone and an honorific form ("Mr
Blair", "Lord Falconer") join the one full name that ends in that surname, unless two people
share it; "the Home Office" is the Home Office, and the plural of a group's name joins its
singular ("Tories", "Tory"). A role is taken from the words before a name ("Home Secretary
Charles Clarke") or from an apposition after it ("Charles Clarke, the home secretary,") when
they end in a role noun. The ``side`` column is left empty for the researcher.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

import pandas as pd

from ..extract.entities import bare_name
from ..knowledge import read_csv_rows

ACTOR_LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "NORP": "group",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
COLUMNS = ["canonical", "type", "label", "side", "role", "from", "to", "aliases", "mentions",
           "articles"]  # fmt: skip
ROLE_WORDS_BEFORE = 4  # words before a name searched for a role ("Tory leader Michael Howard")
NOT_IN_ROLES = {"the", "a", "an", "said", "says", "by", "and", "of", "to", "with", "as", "from"}
APPOSITION = re.compile(r",\s+(?:the\s+)?([a-z][a-z -]{2,40}?),")  # ", the home secretary,"


def draft_actors(corpus, *, top: int = 150, min_mentions: int = 2) -> pd.DataFrame:
    """The corpus's most mentioned actors as rows of an ``actors.csv``: canonical name, type,
    spaCy label, an empty side, a role where one is written, the aliases seen, mentions and
    articles (role nouns: the packaged role_nouns.csv; honorifics: words.yaml)."""
    role_nouns = frozenset(row["lemma"].strip().lower() for row in read_csv_rows("role_nouns.csv"))
    mentions = corpus.entities[corpus.entities["label"].isin(ACTOR_LABELS)].copy()
    mentions["canonical"] = _merged_names(mentions)
    texts = corpus.articles.set_index("article_id")["text"]
    rows = []
    for canonical, group in mentions.groupby("canonical", sort=False):
        label = group["label"].mode().iloc[0]
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
            "articles": group["article_id"].nunique(),
        })  # fmt: skip
    table = pd.DataFrame(rows, columns=COLUMNS)
    table = table[table["mentions"] >= min_mentions]
    order = table.sort_values(["mentions", "articles", "canonical"], ascending=[False, False, True])
    return order.head(top).reset_index(drop=True)


def _merged_names(mentions: pd.DataFrame) -> list[str]:
    """Each mention's canonical name, with surnames and honorific forms of persons joined to the
    one full name of the corpus that ends in that surname."""
    persons = mentions[mentions["label"] == "PERSON"]
    full_names = defaultdict(set)
    for name in persons["canonical"]:
        words = bare_name(name).split()
        if len(words) > 1:
            full_names[words[-1]].add(" ".join(words))
    merged = []
    for name, label in zip(mentions["canonical"], mentions["label"], strict=True):
        bare = bare_name(name)
        words = bare.split()
        if label == "PERSON" and len(words) == 1 and len(full_names.get(words[0], ())) == 1:
            merged.append(next(iter(full_names[words[0]])))
        elif label == "PERSON" and bare != name and len(words) > 1:
            merged.append(bare)  # "Mr Tony Blair"
        elif label != "PERSON" and name[:4].lower() == "the " and len(name) > 4:
            merged.append(name[4:])  # "the Home Office" is the Home Office
        else:
            merged.append(name)
    return _singular_groups(merged, list(mentions["label"]))


def _singular_groups(names: list[str], labels: list[str]) -> list[str]:
    """A plural name of a group or organisation joins its singular when the corpus has both
    ("Tories" -> "Tory", "Conservatives" -> "Conservative")."""
    others = {name for name, label in zip(names, labels, strict=True) if label != "PERSON"}

    def singular(name: str) -> str:
        for plural, ending in (("ies", "y"), ("s", "")):
            if name.endswith(plural) and name[: -len(plural)] + ending in others:
                return name[: -len(plural)] + ending
        return name

    return [
        singular(name) if label != "PERSON" else name
        for name, label in zip(names, labels, strict=True)
    ]


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
