"""Side colours and legends from the topic pack (``corpus.sides``): the same in every chart.

With no sides (no pack, or a pack without sides) a chart draws its marks in one neutral colour,
shows no legend, and says in its subtitle that no sides are defined.
"""

from __future__ import annotations

from collections.abc import Sequence

import altair as alt

UNKNOWN_SIDE = "unknown"  # actors the pack gives no side
UNKNOWN_COLOUR = "#c7c7c7"
NO_SIDES = "No sides defined: choose a topic pack that defines them (load_corpus(topic=...))"


def side_colour(field: str, sides: Sequence, *, title: str = "Side", legend: bool = True):
    """The colour encoding of a side column: the pack's sides in legend order, then unknown."""
    if not sides:
        return alt.value(UNKNOWN_COLOUR)
    scale = alt.Scale(
        domain=[side.label for side in sides] + [UNKNOWN_SIDE],
        range=[side.colour for side in sides] + [UNKNOWN_COLOUR],
    )
    return alt.Color(
        f"{field}:N", scale=scale, title=title, legend=alt.Legend() if legend else None
    )


def side_title(text: str, sides: Sequence):
    """A chart title that says when no sides are defined."""
    return text if sides else alt.TitleParams(text, subtitle=NO_SIDES)


def light(colour: str, amount: float = 0.55) -> str:
    """The colour mixed with white (highlight backgrounds stay readable behind text)."""
    red, green, blue = (int(colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    mixed = (round(c + (255 - c) * amount) for c in (red, green, blue))
    return "#" + "".join(f"{c:02x}" for c in mixed)
