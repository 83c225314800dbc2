"""Entity highlights of one article with displaCy, drawn from ``analyses.entities.entity_markup``
(no re-parse)."""

from __future__ import annotations

from spacy import displacy

SIDE_COLORS = {
    "US": "#aec7e8",
    "Russia": "#ff9896",
    "Ukraine": "#ffe680",
    "Europe": "#98df8a",
    "Other": "#c7c7c7",
}


def entity_html(markup: dict) -> str:
    """HTML with each entity mention highlighted (colour = side when the labels are sides)."""
    sides = {ent["label"] for ent in markup["ents"]} <= {*SIDE_COLORS, "unknown"}
    options = {"colors": SIDE_COLORS} if sides else {}
    return displacy.render(markup, style="ent", manual=True, jupyter=False, options=options)
