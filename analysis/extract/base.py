"""How an extractor declares itself: the table it makes and the tables it reads."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def extractor(table: str, *, requires: tuple[str, ...] = ()) -> Callable:
    """Mark a function ``ParsedArticle -> list[record]`` as the extractor of ``table`` that
    reads the records of the tables in ``requires`` from ``article.rows``."""

    def declare(function: Callable) -> Callable:
        function.table = table
        function.requires = tuple(requires)
        return function

    return declare


def check_order(extractors: Sequence[Callable]) -> tuple[Callable, ...]:
    """The extractors, after checking that each runs after the ones it requires."""
    made: set[str] = set()
    for function in extractors:
        missing = [table for table in function.requires if table not in made]
        if missing:
            raise ValueError(
                f"extractor of {function.table!r} requires {missing}, which no earlier "
                f"extractor makes"
            )
        made.add(function.table)
    return tuple(extractors)
