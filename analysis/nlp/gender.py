"""Gender evidence from words: gendered titles, pronouns and first names (``gender.yaml``,
``first_names.csv.gz``).

Every call says what decided it (``basis``) and how sure it is (``confidence``)::

    >>> title_gender("Mrs")
    'female'
    >>> name_gender("Tessa Jowell")
    GenderCall(gender='female', basis='first_name', confidence=0.99, evidence='tessa')
    >>> name_gender("Jean Corston").gender  # p(female) 0.48: the name says nothing
    'unknown'

The first-name table is nomquamgender's name data (MIT licence): the probability that a bearer
of the name is recorded as female, from 36 sources. A name whose probability is less certain
than ``first_name.max_uncertainty`` gives ``unknown``. Names infer gender; they do not report
anyone's own identification.
"""

from __future__ import annotations

import csv
import gzip
import io
import unicodedata
from dataclasses import dataclass

from ..knowledge import knowledge_cache, knowledge_path, read_yaml

GENDER_FILE = "gender.yaml"
NAMES_FILE = "first_names.csv.gz"
UNKNOWN = "unknown"


@dataclass(frozen=True)
class GenderCall:
    """A gender with the evidence that decided it: basis is pack, title, pronoun, first_name
    or none."""

    gender: str = UNKNOWN
    basis: str = "none"
    confidence: float = 0.0
    evidence: str = ""


NO_CALL = GenderCall()


@knowledge_cache
def _by_word(key: str) -> dict[str, str]:
    return {w: gender for gender, ws in read_yaml(GENDER_FILE)[key].items() for w in ws}


def title_gender(word: str) -> str | None:
    """The gender a title says ("Mrs", "Lord"), or None."""
    return _by_word("titles").get(word.lower().rstrip("."))


def pronoun_gender(word: str) -> str | None:
    """The gender a third-person pronoun refers to ("she", "his"), or None."""
    return _by_word("pronouns").get(word.lower())


def confidence(basis: str) -> float:
    return float(read_yaml(GENDER_FILE)["confidence"][basis])


def pronoun_agreement() -> float:
    return float(read_yaml(GENDER_FILE)["pronoun_agreement"])


def common_given_name(word: str) -> bool:
    """A word the name table holds often enough to be taken for a first name (gender.yaml)."""
    counts = first_names().get(word.lower(), (0.0, 0))[1]
    return counts >= int(read_yaml(GENDER_FILE)["first_name"]["given_name_min_counts"])


@knowledge_cache
def first_names() -> dict[str, tuple[float, int]]:
    """name -> (p_female, counts) of the first-name table."""
    data = gzip.decompress(knowledge_path(NAMES_FILE).read_bytes()).decode("utf-8")
    return {
        row["name"]: (float(row["p_female"]), int(row["counts"]))
        for row in csv.DictReader(io.StringIO(data))
    }


def name_gender(full_name: str) -> GenderCall:
    """The gender a person's first name gives, with its probability; unknown when the table
    lacks the name or the name is not gendered enough (a title first is skipped)."""
    words = [w for w in full_name.split() if title_gender(w) is None]
    if len(words) < 2:  # a surname alone says nothing
        return NO_CALL
    first = _plain(words[0])
    p_female, counts = first_names().get(first, (0.5, 0))
    rule = read_yaml(GENDER_FILE)["first_name"]
    if counts < rule["min_counts"] or 0.5 - abs(0.5 - p_female) > rule["max_uncertainty"]:
        return NO_CALL
    gender = "female" if p_female >= 0.5 else "male"
    return GenderCall(gender, "first_name", round(max(p_female, 1 - p_female), 3), first)


def _plain(word: str) -> str:
    """Lower case without accents ("José" -> "jose")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip(".")
