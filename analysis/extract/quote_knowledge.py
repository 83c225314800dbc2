"""The knowledge the quote and speaker rules read (packaged data files, ``analysis.knowledge``):
reporting verbs, anonymous-source nouns, role nouns, person titles, and the word lists and
limits of ``quotes.yaml``."""

from __future__ import annotations

from ..knowledge import knowledge_cache, read_csv_rows, read_yaml

QUOTES_FILE = "quotes.yaml"
VERBS_FILE = "reporting_verbs.csv"
SOURCES_FILE = "anonymous_sources.csv"
ROLES_FILE = "role_nouns.csv"
TITLES_FILE = "person_titles.csv"


@knowledge_cache
def reporting_verbs() -> dict[str, tuple[str, bool]]:
    """lemma -> (tier, reports indirect speech)."""
    return {
        row["lemma"].strip(): (row["tier"].strip(), row["indirect"].strip() == "yes")
        for row in read_csv_rows(VERBS_FILE)
    }


@knowledge_cache
def source_nouns() -> dict[str, str]:
    """Head-noun lemma -> anonymous | organization (anonymous_sources.csv)."""
    return {row["lemma"].strip(): row["type"].strip() for row in read_csv_rows(SOURCES_FILE)}


@knowledge_cache
def person_titles() -> frozenset[str]:
    """Words that stand before a person's name ("Lord", "Mrs", "Senator"; person_titles.csv)."""
    return frozenset(row["title"].strip().lower() for row in read_csv_rows(TITLES_FILE))


@knowledge_cache
def role_nouns() -> frozenset[str]:
    """Lemmas of nouns naming a person by office (role_nouns.csv)."""
    return frozenset(row["lemma"].strip().lower() for row in read_csv_rows(ROLES_FILE))


@knowledge_cache
def quote_words(kind: str) -> tuple[str, ...]:
    """A word list of quotes.yaml: withholding_verbs, scare_markers, corporate_nouns,
    title_small_words or lead_in_verbs."""
    return tuple(str(word).lower() for word in read_yaml(QUOTES_FILE).get(kind, ()))


@knowledge_cache
def title_words() -> dict[str, str]:
    """A title's abbreviation -> the office noun it stands for ("dr" -> "doctor"; quotes.yaml
    title_abbreviations)."""
    return {
        str(k).lower(): str(v).lower()
        for k, v in read_yaml(QUOTES_FILE)["title_abbreviations"].items()
    }


@knowledge_cache
def limit(name: str) -> int:
    """One of the extractor's numbers (``limits`` in quotes.yaml, each explained there)."""
    return int(read_yaml(QUOTES_FILE)["limits"][name])
