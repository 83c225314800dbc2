"""Which country a place name names: an ISO 3166 alpha-3 code, through pycountry (names, official
and common names) and the aliases of ``words.yaml`` (``country_aliases``: "Russia", "Britain",
"UK"). Short upper-case names are read only as aliases, so "IT" or "MP" never names a country.

>>> country_code("Iraq"), country_code("the US"), country_code("Scotland"), country_code("Ohio")
('IRQ', 'USA', 'GBR', None)
"""

from __future__ import annotations

import pycountry

from ..knowledge import knowledge_cache, read_yaml
from ..knowledge.topics import home_countries as home_names

WORDS_FILE = "words.yaml"


@knowledge_cache
def _aliases() -> dict[str, str]:
    aliases = read_yaml(WORDS_FILE).get("country_aliases") or {}
    return {str(name).casefold(): str(code) for name, code in aliases.items()}


@knowledge_cache
def country_code(name: str) -> str | None:
    """The alpha-3 code of the country ``name`` names, or None."""
    name = name.strip()
    for article in ("the ", "The "):
        name = name.removeprefix(article)
    if len(name) < 2 or not name[0].isupper():
        return None
    alias = _aliases().get(name.casefold())
    if alias or (name.isupper() and len(name) <= 3):
        return alias
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


@knowledge_cache
def home_countries() -> frozenset[str]:
    """The codes of the topic pack's home countries (topic.yaml ``home``): a mention of any
    other country is foreign."""
    return frozenset(code for name in home_names() if (code := country_code(name)))
