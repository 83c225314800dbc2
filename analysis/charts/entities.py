"""Entity highlights of one article with displaCy, drawn from ``analysis.entity_markup``
(no re-parse), in the colours of the topic pack's sides."""

from __future__ import annotations

from collections.abc import Sequence

from .sides import UNKNOWN_COLOUR, UNKNOWN_SIDE, light


def entity_html(markup: dict, *, sides: Sequence = ()) -> str:
    """HTML with each entity mention highlighted; labels that are sides (``corpus.sides``) take
    a light tint of the side's colour."""
    from spacy import displacy  # spaCy's renderer: imported only when an article is drawn

    colours = {side.label: light(side.colour) for side in sides}
    colours[UNKNOWN_SIDE] = light(UNKNOWN_COLOUR, 0.3)
    return displacy.render(
        markup, style="ent", manual=True, jupyter=False, options={"colors": colours}
    )
