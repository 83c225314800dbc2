"""One pandera schema per table: every column typed and described.

``TABLES`` maps each table of a Corpus to its schema, in the order they are documented.
"""

from .articles import Articles
from .base import build, columns, list_columns, validate
from .entities import Entities
from .events import Events
from .frames import Frames
from .people import People
from .problems import Problems
from .quotes import Quotes
from .sentences import Sentences

TABLES = {
    "articles": Articles,
    "sentences": Sentences,
    "entities": Entities,
    "quotes": Quotes,
    "events": Events,
    "frames": Frames,
    "problems": Problems,
    "people": People,
}

__all__ = [
    "TABLES",
    "Articles",
    "Entities",
    "Events",
    "Frames",
    "People",
    "Problems",
    "Quotes",
    "Sentences",
    "build",
    "columns",
    "list_columns",
    "validate",
]
