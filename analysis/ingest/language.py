"""The language of an article, offline (py3langid: langid.py's model, shipped in its wheel).

The workbench's pipeline and lexicons are English. An article that is confidently in another
language (``CONFIDENCE``, on at least ``MIN_CHARACTERS`` characters) is not parsed: it keeps its
``articles`` row with ``language`` set, and a problem row says "language xx: not analysed". A
text too short or too mixed to tell is ``und`` (undetermined, ISO 639-2) and is parsed.

>>> detect_language("Les négociations ont repris lundi à Genève, a déclaré le ministre, "
...                 "et les deux délégations doivent se retrouver la semaine prochaine "
...                 "pour discuter du cessez-le-feu et des garanties de sécurité demandées.")
'fr'
>>> detect_language("Talks resumed.")
'und'
"""

from __future__ import annotations

import functools

ANALYSED = "en"  # the language of the pipeline and the lexicons
UNDETERMINED = "und"
CONFIDENCE = 0.95  # the detector's probability needed to name a language
MIN_CHARACTERS = 120  # shorter texts are undetermined
SAMPLE = 5000  # characters read from the start of the text


@functools.cache
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or ``und`` when it cannot be told."""
    sample = text[:SAMPLE]
    if len(sample.strip()) < MIN_CHARACTERS:
        return UNDETERMINED
    code, probability = _identifier().classify(sample)
    return code if probability >= CONFIDENCE else UNDETERMINED


def analysed(language: str) -> bool:
    """Is an article in this language parsed by the English pipeline?"""
    return language in (ANALYSED, UNDETERMINED)
