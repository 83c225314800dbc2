"""Quote extraction scored the way the GenderGapTracker project scores its extractor.

    python -m analysis.evaluate.quotes [PASSAGES.jsonl ...]

Gold: hand-annotated passages (``tests/gold/quotes/*.jsonl``), each quote given by its words as
they stand in the passage, its resolved speaker and its kind. A gold quote counts as found when
one predicted quote covers at least 30% of its characters (also reported at 80%); a predicted
quote is correct when it covers at least 30% of some gold quote's characters. Speaker accuracy
is measured over found quotes, comparing resolved names (case-insensitive; a gold speaker phrase
such as "a Ukrainian official" must match the predicted phrase). Prints precision, recall, F1 and
speaker accuracy, for all quotes and for direct (direct + partial) and indirect quotes apart.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass

from ..validate.scoring import Score
from . import GOLD_DIR, gold_arguments, gold_parser

QUOTES_GOLD = GOLD_DIR / "quotes"


@dataclass
class QuoteScore(Score):
    """Extraction scored as GenderGapTracker does, and the speakers of the found quotes."""

    speaker_right: int = 0  # found gold quotes whose best covering prediction has their speaker

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.found if self.found else float("nan")


def read_gold(paths=None) -> list[dict]:
    paths = paths or sorted(QUOTES_GOLD.glob("*.jsonl"))
    passages = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            passages += [json.loads(line) for line in fh if line.strip()]
    for passage in passages:
        cursor = {}
        for quote in passage["quotes"]:
            start = passage["text"].find(quote["text"], cursor.get(quote["text"], 0))
            if start < 0:
                raise ValueError(f"{passage['id']}: gold quote not in text: {quote['text']!r}")
            cursor[quote["text"]] = start + 1
            quote["start"], quote["end"] = start, start + len(quote["text"])
    return passages


def _without_acronym(name: str) -> str:
    return re.sub(r"\s*\([^()]*\)$", "", name.strip()).strip()


def _overlap(a_start, a_end, b_start, b_end) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """The same name, or one name ending the other ("Mr Howard", "Michael Howard"); an acronym
    in brackets after a name is the same body ("The Transport Workers Union (TWU)")."""
    if not gold or not predicted:
        return False
    g, p = _without_acronym(gold.casefold()), _without_acronym(predicted.casefold())
    return g == p or (len(g.split()) > 1 and g.split()[-1] == p.split()[-1] and (g in p or p in g))


def score(passages, predict, threshold: float = 0.3) -> dict[str, QuoteScore]:
    """predict(passage) -> list of quote records (start, end, speaker, kind)."""
    counts = {"all": QuoteScore(), "direct": QuoteScore(), "indirect": QuoteScore()}
    for passage in passages:
        predicted = predict(passage)
        for quote in passage["quotes"]:
            group = "indirect" if quote["kind"] == "indirect" else "direct"
            length = quote["end"] - quote["start"]
            covering = [
                p
                for p in predicted
                if _overlap(quote["start"], quote["end"], p.start, p.end) >= threshold * length
            ]
            for name in ("all", group):
                counts[name].gold += 1
            if covering:
                best = max(
                    covering, key=lambda p: _overlap(quote["start"], quote["end"], p.start, p.end)
                )
                right = same_speaker(quote["speaker"], best.speaker)
                for name in ("all", group):
                    counts[name].found += 1
                    counts[name].speaker_right += right
        for p in predicted:
            group = "indirect" if p.kind == "indirect" else "direct"
            hit = any(
                _overlap(q["start"], q["end"], p.start, p.end)
                >= threshold * (q["end"] - q["start"])
                for q in passage["quotes"]
            )
            for name in ("all", group):
                counts[name].predicted += 1
                counts[name].predicted_right += hit
    return counts


def predictor(parse=None):
    parse = gold_parser(parse)

    def predict(passage):
        return parse(passage["text"], published=passage.get("published")).rows["quotes"]

    return predict


def misses(passages, predict) -> list[str]:
    lines = []
    for passage in passages:
        predicted = predict(passage)
        for quote in passage["quotes"]:
            length = quote["end"] - quote["start"]
            covering = [
                p
                for p in predicted
                if _overlap(quote["start"], quote["end"], p.start, p.end) >= 0.3 * length
            ]
            if not covering:
                lines.append(
                    f"  MISSED  {passage['id']}: {quote['text'][:60]!r} ({quote['speaker']})"
                )
            else:
                best = max(
                    covering, key=lambda p: _overlap(quote["start"], quote["end"], p.start, p.end)
                )
                if not same_speaker(quote["speaker"], best.speaker):
                    lines.append(
                        f"  SPEAKER {passage['id']}: {quote['text'][:50]!r} gold "
                        f"{quote['speaker']!r}, got {best.speaker!r}"
                    )
        for p in predicted:
            if not any(
                _overlap(q["start"], q["end"], p.start, p.end) >= 0.3 * (q["end"] - q["start"])
                for q in passage["quotes"]
            ):
                lines.append(f"  EXTRA   {passage['id']}: {p.text[:60]!r} ({p.speaker})")
    return lines


def main(argv=None) -> int:
    paths = gold_arguments("analysis.evaluate.quotes", __doc__, argv, several=True)
    passages = read_gold(paths or None)
    predict = predictor()
    cache = {}

    def cached(passage):
        if passage["id"] not in cache:
            cache[passage["id"]] = predict(passage)
        return cache[passage["id"]]

    print(f"{len(passages)} passages, {sum(len(p['quotes']) for p in passages)} gold quotes")
    for threshold in (0.3, 0.8):
        for name, c in score(passages, cached, threshold).items():
            print(
                f"overlap >= {threshold:.0%} {name:8} gold {c.gold:3} found {c.found:3} "
                f"predicted {c.predicted:3}  "
                f"precision {c.precision:.3f}  recall {c.recall:.3f}  F1 {c.f1:.3f}  "
                f"speaker accuracy {c.speaker_accuracy:.3f}"
            )
    for line in misses(passages, cached):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
