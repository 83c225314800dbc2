"""Entity highlights of one article with displaCy, drawn from the entities table (no re-parse)."""
from __future__ import annotations

from spacy import displacy

from .corpus import Corpus

SIDE_COLORS = {"US": "#aec7e8", "Russia": "#ff9896", "Ukraine": "#ffe680", "Europe": "#98df8a",
               "Other": "#c7c7c7"}


def entity_markup(corpus: Corpus, article_id: str, *, by: str = "side") -> dict:
    """displaCy's manual format for one article: labels are sides (default) or spaCy labels."""
    text = corpus.articles.set_index("article_id").at[article_id, "text"]
    rows = corpus.entities[corpus.entities["article_id"] == article_id].sort_values("start")
    ents = [{"start": int(r.start), "end": int(r.end),
             "label": (r.side if isinstance(r.side, str) else "unknown") if by == "side" else r.label}
            for r in rows.itertuples()]
    return {"text": text, "ents": ents, "title": article_id}


def entity_html(corpus: Corpus, article_id: str, *, by: str = "side") -> str:
    """HTML with each entity mention highlighted (colour = side, or spaCy label)."""
    options = {"colors": SIDE_COLORS} if by == "side" else {}
    return displacy.render(entity_markup(corpus, article_id, by=by), style="ent", manual=True,
                           jupyter=False, options=options)
