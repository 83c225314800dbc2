"""Quotes, speakers and their sides on real news: the BBC politics gold (``tests/gold/bbc``)
and the ABC news gold (``tests/gold/abc``, ``--gold abc``).

    python -m analysis.evaluate.realnews [--part dev|spent|heldout3|all] [--misses]
                                         [--corpus DIR]
    python -m analysis.evaluate.realnews --gold abc [--part abc-devs|abc-spent] [--misses]
    python -m analysis.evaluate.realnews --gold abc --part abc-heldout6 --final   # once

Gold: every quote of 109 articles of ``../shared/corpora/bbc-politics``, coded from
``tests/gold/bbc/GUIDELINES.md`` by coders who never saw the code (the spans, not the articles,
are in the repository). ``articles.csv`` splits them into a development part (44 articles) and
held-out parts that are scored once, at the end of a round of rule changes: ``heldout`` (21
articles, spent in the second round) and ``heldout2`` (22 articles no other gold uses, drawn
among those with at least four quotation marks and coded by two further coders before the third
round began, spent at its end) and ``heldout3`` (the last 22 articles of the corpus that no gold
used, 243 quotes coded by two further coders, q8 and q9, on 2026-12-02). The spent held-out
parts are development data now (``--part spent``, ``--misses`` lists them); ``--misses`` refuses
the unscored part.

The ABC gold is a second source and a second country: 240 ABC (Australian) news articles of
2001-02, the Lee corpus (``python scripts/fetch_abc_corpus.py`` puts them in ``corpora/abc-lee``),
drawn before coding (``scripts/draw_abc_articles.py``) into ``abc-dev`` (20 articles),
``abc-heldout`` (25, scored once, spent) and, later, ``abc-dev2`` (20) and ``abc-heldout2`` (25,
coded at the end of the fifth round, scored once at the end of the sixth, spent; ``abc-spent``:
every ABC part), and ``abc-dev3`` to ``abc-dev6`` (20 each, drawn and coded one after another in the
sixth round, and ``abc-dev7`` in the seventh; ``abc-devs``: the seven development parts), and
``abc-heldout3`` (25, coded at the
end of the sixth round, scored once at the end of the seventh, spent), and ``abc-heldout4`` (25,
coded at the end of the seventh round, scored once at the end of the eighth, spent), and, drawn
at the start of the eighth round, ``abc-dev8`` (20) and ``abc-heldout5`` (25, scored once at
the end of the ninth, spent), and, in the ninth, ``abc-dev9`` (20) and ``abc-heldout6`` (25, not
scored: only ``--final`` scores it, and ``--misses`` never lists it), coded from the same
guidelines with the differences of ``tests/gold/abc/GUIDELINES-ABC.md``. It is read with no
topic pack, as a researcher's first run on a new story would be.

Scored as GenderGapTracker scores its extractor, with statements: the rows of ``corpus.quotes``
that share a ``quote_group`` are one predicted statement, and a gold quote is found when one
statement covers at least 30% of its characters (also at 80%). A statement is right when it
covers 30% of some gold quote. Speaker accuracy is over the found quotes. Side accuracy is over
the found quotes whose gold speaker is one of the pack's actors: the share whose statement
carries that actor's side. ``--second`` scores one coder against the other on the articles that
two coded: the human ceiling.

A statement may cover several gold quotes: the guidelines code each pair of quotation marks as
its own quote, while the pieces of a split or run-on quotation share a ``quote_group``. The
"one-to-one" line scores as GenderGapTracker's own evaluation script matches, where a statement
is matched to one gold quote at most (greedily, in the gold's order) and is right only when
matched.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..knowledge import PROJECT_DIR
from ..nlp.article import words_pattern
from . import command_parser
from .quotes import QuoteScore, same_speaker

BBC_GOLD = PROJECT_DIR / "tests" / "gold" / "bbc"
BBC_CORPUS = PROJECT_DIR.parent / "shared" / "corpora" / "bbc-politics"
BBC_TOPIC = "uk-politics-2005"
KINDS = ("direct", "indirect", "mixed")
PARTS = {
    "dev": {"quotes-dev"},
    "heldout": {"quotes-heldout"},  # scored once, spent (tests/gold/bbc/heldout-quotes.txt)
    "heldout2": {"quotes-heldout2"},  # scored once, spent (tests/gold/bbc/heldout2-quotes.txt)
    "heldout3": {"quotes-heldout3"},  # scored once, spent (tests/gold/bbc/heldout3-quotes.txt)
    "spent": {"quotes-heldout", "quotes-heldout2", "quotes-heldout3"},  # now development data
    "all": {"quotes-dev", "quotes-heldout", "quotes-heldout2", "quotes-heldout3"},
}
UNSCORED: set[str] = set()  # parts --misses never lists (none left: a new corpus is needed)


@dataclass(frozen=True)
class GoldSet:
    """One coded corpus: where its gold and articles are, its topic pack, its parts."""

    gold: Path
    corpus: Path
    topic: str | None
    parts: dict[str, set[str]]
    unscored: frozenset[str]
    described: str


GOLD_SETS = {
    "bbc": GoldSet(
        BBC_GOLD,
        BBC_CORPUS,
        BBC_TOPIC,
        PARTS,
        frozenset(UNSCORED),
        "BBC politics articles (2004-05)",
    ),
    "abc": GoldSet(
        PROJECT_DIR / "tests" / "gold" / "abc",
        PROJECT_DIR / "corpora" / "abc-lee",
        None,
        {
            "abc-dev": {"abc-dev"},
            "abc-dev2": {"abc-dev2"},
            "abc-dev3": {"abc-dev3"},  # drawn and coded in the sixth round (q19, q20)
            "abc-dev4": {"abc-dev4"},  # drawn and coded in the sixth round (q21, q22)
            "abc-dev5": {"abc-dev5"},  # drawn and coded in the sixth round (q23, q24)
            "abc-dev6": {"abc-dev6"},  # drawn and coded in the sixth round (q25, q26)
            "abc-dev7": {"abc-dev7"},  # drawn and coded in the seventh round (q29, q30)
            "abc-dev8": {"abc-dev8"},  # drawn and coded in the eighth round (q35, q36)
            "abc-dev9": {"abc-dev9"},  # drawn and coded in the ninth round (q37, q38)
            "abc-devs": {
                *("abc-dev", "abc-dev2", "abc-dev3", "abc-dev4", "abc-dev5", "abc-dev6"),
                "abc-dev7",
            },
            "abc-heldout": {
                "abc-heldout"
            },  # scored once, spent (tests/gold/abc/heldout-quotes.txt)
            "abc-heldout2": {
                "abc-heldout2"
            },  # scored once, spent (tests/gold/abc/heldout2-quotes.txt)
            "abc-heldout3": {
                "abc-heldout3"
            },  # scored once, spent (tests/gold/abc/heldout3-quotes.txt)
            "abc-heldout4": {
                "abc-heldout4"
            },  # scored once, spent (tests/gold/abc/heldout4-quotes.txt)
            "abc-heldout5": {
                "abc-heldout5"
            },  # scored once, spent (tests/gold/abc/heldout5-quotes.txt)
            "abc-heldout6": {"abc-heldout6"},  # not scored yet: the next round's (q39, q40)
            "abc-spent": {  # development data now
                "abc-dev",
                "abc-dev2",
                "abc-dev3",
                "abc-dev4",
                "abc-dev5",
                "abc-dev6",
                "abc-dev7",
                "abc-dev8",
                "abc-dev9",
                "abc-heldout",
                "abc-heldout2",
                "abc-heldout3",
                "abc-heldout4",
                "abc-heldout5",
            },
        },
        frozenset({"abc-heldout6"}),
        "ABC news articles (2001-02)",
    ),
}


@dataclass
class Statement:
    """Rows of one quote_group (or one gold quote): their spans, speaker, side and kind."""

    spans: list[tuple[int, int]]
    speaker: str | None
    kind: str
    side: str | None = None
    words: list[tuple[int, int]] = field(default_factory=list)  # where the speaker was read

    def covers(self, start: int, end: int) -> int:
        return sum(max(0, min(end, e) - max(start, s)) for s, e in self.spans)


@dataclass
class RealScore:
    """Counts per quote kind ('all' and each of KINDS), and the side check."""

    by_kind: dict[str, QuoteScore] = field(
        default_factory=lambda: {k: QuoteScore() for k in ("all", *KINDS)}
    )
    side_checked: int = 0
    side_right: int = 0
    words_checked: int = 0  # found quotes whose gold attribution words are in the article
    words_right: int = 0  # ... whose predicted speaker was read from words overlapping them

    @property
    def side_accuracy(self) -> float:
        return self.side_right / self.side_checked if self.side_checked else float("nan")

    @property
    def words_accuracy(self) -> float:
        """Speakers scored by GenderGapTracker's own rule: right when the words the speaker was
        read from overlap the coder's attribution words ("he", "Mr Blair"), however either
        resolves them."""
        return self.words_right / self.words_checked if self.words_checked else float("nan")


def gold_articles(parts: set[str], gold: Path = BBC_GOLD) -> list[str]:
    with open(gold / "articles.csv", encoding="utf-8") as fh:
        return [row["file"] for row in csv.DictReader(fh) if row["part"] in parts]


def read_coded(folder: Path) -> dict[str, list[dict]]:
    """Gold quotes by file, from every coder's JSONL in ``folder``."""
    coded = {}
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8") as fh:
            for line in filter(str.strip, fh):
                record = json.loads(line)
                coded[record["file"]] = record["quotes"]
    return coded


def locate(quote: dict, text: str) -> tuple[int, int]:
    """A gold span's offsets: its ``occurrence``-th place in the article (default the first),
    counted over the whole file; a place in the headline is skipped when the body has one."""
    places, at = [], text.find(quote["text"])
    while at >= 0:
        places.append(at)
        at = text.find(quote["text"], at + 1)
    if not places:
        raise ValueError(f"gold quote not in its article: {quote['text'][:60]!r}")
    headline_end = text.find("\n")
    body = [p for p in places if p > headline_end] or places
    wanted = quote.get("occurrence", 1) - 1
    counted = places[wanted] if "occurrence" in quote and wanted < len(places) else -1
    start = counted if counted > headline_end else body[min(wanted, len(body) - 1)]
    return start, start + len(quote["text"])


def gold_statements(quotes: list[dict], text: str) -> list[Statement]:
    statements = []
    for q in quotes:
        span = locate(q, text)
        kind = q["kind"] if q["kind"] in KINDS else "direct"
        words = attribution_words(q.get("speaker_as_written") or "", span, text)
        statements.append(Statement([span], q["speaker"], kind, words=words))
    return statements


def attribution_words(as_written: str, span: tuple[int, int], text: str) -> list[tuple[int, int]]:
    """The place of the coder's attribution words ("he", "Mr Blair") nearest the quote, outside
    it (words, any spacing and case); none when they are not in the article."""
    if not as_written.split():
        return []
    pattern = words_pattern(as_written)
    start, end = span
    places = [
        m.span()
        for m in pattern.finditer(text)
        if not (start <= m.start() and m.end() <= end)  # words inside the quote are not it
    ]
    if not places:
        return []
    return [min(places, key=lambda p: max(start - p[1], p[0] - end, 0))]


def predicted_statements(rows) -> list[Statement]:
    """One statement per quote_group: direct when a row is direct, mixed when it joins a
    partial quote to an indirect one, else the kind of its rows."""
    groups = defaultdict(list)
    for row in rows.itertuples():
        groups[row.quote_group].append(row)
    statements = []
    for group in groups.values():
        kinds = {r.kind for r in group}
        kind = "direct" if "direct" in kinds else "mixed" if len(kinds) > 1 else group[0].kind
        kind = "direct" if kind == "partial" else kind
        spans = [(r.start, r.end) for r in group]
        speaker, side = (
            v if isinstance(v, str) else None for v in (group[0].speaker, group[0].speaker_side)
        )
        words = sorted(
            {
                (int(r.speaker_start), int(r.speaker_end))
                for r in group
                if not pd.isna(getattr(r, "speaker_start", None))
            }
        )
        statements.append(Statement(spans, speaker, kind, side, words))
    return statements


def score_article(
    gold,
    predicted,
    counts: RealScore,
    sides: dict[str, str],
    threshold=0.3,
    names=None,
    one_to_one=False,
):
    """Count one article's statements; ``names``: the pack's actor names (default: the BBC's).
    ``one_to_one``: GenderGapTracker's matching, where a predicted statement is matched to one
    gold quote at most (greedily, in the gold's order) and counts as correct only when matched;
    by default a statement may cover several gold quotes, and is correct when it covers one."""
    names = _pack_names() if names is None else names
    used: set[int] = set()
    for quote in gold:
        start, end = quote.spans[0]
        covering = [
            p
            for p in predicted
            if p.covers(start, end) >= threshold * (end - start)
            and not (one_to_one and id(p) in used)
        ]
        for name in ("all", quote.kind):
            counts.by_kind[name].gold += 1
        if not covering:
            continue
        best = max(covering, key=lambda p: p.covers(start, end))
        used.add(id(best))
        right = same_actor(quote.speaker, best.speaker, names)
        for name in ("all", quote.kind):
            counts.by_kind[name].found += 1
            counts.by_kind[name].speaker_right += right
        if quote.words:
            counts.words_checked += 1
            counts.words_right += any(
                min(e, pe) > max(s, ps) for s, e in quote.words for ps, pe in best.words
            )
        side = sides.get((quote.speaker or "").casefold())
        if side:
            counts.side_checked += 1
            counts.side_right += best.side == side
    for p in predicted:
        hit = (
            (id(p) in used)
            if one_to_one
            else any(
                p.covers(*q.spans[0]) >= threshold * (q.spans[0][1] - q.spans[0][0]) for q in gold
            )
        )
        for name in ("all", p.kind):
            counts.by_kind[name].predicted += 1
            counts.by_kind[name].predicted_right += hit


@functools.cache
def _pack_names() -> dict[str, str]:
    return actor_names()


def _actor_rows(topic: str = BBC_TOPIC) -> tuple[dict, ...]:
    from ..knowledge import read_csv_rows
    from ..knowledge.topics import load_topic, use_topic

    use_topic(load_topic(topic))
    try:
        return read_csv_rows("actors.csv")
    finally:
        use_topic(None)


def actor_names(topic: str = BBC_TOPIC) -> dict[str, str]:
    """Every name of the pack's actors (canonical, aliases; with and without "the"; case-folded)
    -> the canonical name."""
    names = {}
    for row in _actor_rows(topic):
        for name in [row["canonical"], *filter(None, row.get("aliases", "").split("|"))]:
            folded = name.casefold()
            names.setdefault(folded, row["canonical"])
            names.setdefault(folded.removeprefix("the "), row["canonical"])
            names.setdefault("the " + folded, row["canonical"])
    return names


def actor_sides(topic: str = BBC_TOPIC) -> dict[str, str]:
    """The pack's actors (every name, case-folded) and their sides."""
    side_of = {row["canonical"]: row.get("side") for row in _actor_rows(topic)}
    return {name: side_of[c] for name, c in actor_names(topic).items() if side_of.get(c)}


def same_actor(gold: str | None, predicted: str | None, names: dict[str, str]) -> bool:
    """The same speaker: the same name (quotes.same_speaker), or two names of one pack actor
    ("the Lib Dems" and "Liberal Democrats", "Mr Howard" and "Michael Howard")."""
    if same_speaker(gold, predicted):
        return True
    if not gold or not predicted:
        return False
    g, p = names.get(gold.casefold().strip()), names.get(predicted.casefold().strip())
    return g is not None and g == p


def misses(gold, predicted, file: str, text: str = "", names=None) -> list[str]:
    names = _pack_names() if names is None else names
    lines = []
    for quote in gold:
        start, end = quote.spans[0]
        covering = [p for p in predicted if p.covers(start, end) >= 0.3 * (end - start)]
        best = max(covering, key=lambda p: p.covers(start, end)) if covering else None
        if best is None:
            lines.append(
                f"  MISSED  {file}: [{quote.kind}] {quote.speaker!r} {text[start:end][:70]!r}"
            )
        elif not same_actor(quote.speaker, best.speaker, names):
            lines.append(
                f"  SPEAKER {file}: gold {quote.speaker!r}, got {best.speaker!r} "
                f"{text[start:end][:50]!r}"
            )
    for p in predicted:
        if not any(p.covers(*q.spans[0]) >= 0.3 * (q.spans[0][1] - q.spans[0][0]) for q in gold):
            s, e = p.spans[0]
            lines.append(f"  EXTRA   {file}: [{p.kind}] {p.speaker!r} {text[s:e][:70]!r}")
    return lines


def real_news_parser(command: str, doc: str, parts: dict) -> argparse.ArgumentParser:
    """The options every real-news evaluation takes: --part and --corpus."""
    parser = command_parser(command, doc)
    parser.add_argument("--part", choices=sorted(parts), default="dev")
    parser.add_argument("--corpus", type=Path, default=BBC_CORPUS)
    return parser


def parsed(parser: argparse.ArgumentParser, argv) -> argparse.Namespace:
    """The command line, refused with a clear message when the BBC corpus is not there."""
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        parser.error(f"the BBC corpus is not at {args.corpus} (use --corpus)")
    return args


def report(counts: RealScore, threshold: float) -> list[str]:
    lines = []
    for name, c in counts.by_kind.items():
        lines.append(
            f"overlap >= {threshold:.0%} {name:8} gold {c.gold:4} found {c.found:4} "
            f"predicted {c.predicted:4}  precision {c.precision:.3f}  recall {c.recall:.3f}  "
            f"F1 {c.f1:.3f}  speaker accuracy {c.speaker_accuracy:.3f}"
        )
    lines.append(
        f"overlap >= {threshold:.0%} speaker words (GenderGapTracker's rule: the attribution's "
        f"words overlap) {counts.words_accuracy:.3f} over {counts.words_checked} found quotes"
    )
    return lines


def main(argv=None) -> int:
    parts = {name: part for gold in GOLD_SETS.values() for name, part in gold.parts.items()}
    parser = real_news_parser("analysis.evaluate.realnews", __doc__, parts)
    parser.add_argument("--gold", choices=sorted(GOLD_SETS), default="bbc")
    parser.set_defaults(corpus=None)  # the gold set's own corpus
    parser.add_argument("--misses", action="store_true", help="list misses (not on unscored parts)")
    parser.add_argument("--second", action="store_true", help="coder against coder")
    parser.add_argument("--write", action="store_true", help="record the figures (validity.yaml)")
    parser.add_argument(
        "--final", action="store_true", help="score an unscored held-out part (once, at the end)"
    )
    args = parser.parse_args(argv)
    gold_set = GOLD_SETS[args.gold]
    if args.part not in gold_set.parts:
        parser.error(f"--gold {args.gold} has the parts {', '.join(sorted(gold_set.parts))}")
    if gold_set.parts[args.part] & gold_set.unscored and not args.final:
        parser.error(
            f"{args.part} holds an unscored held-out part: score it once, at the end of a round "
            "of rule changes, with --final (and never with --misses)"
        )
    args.corpus = args.corpus or gold_set.corpus
    if not args.corpus.is_dir():
        parser.error(f"the corpus is not at {args.corpus} (use --corpus)")
    files = gold_articles(gold_set.parts[args.part], gold_set.gold)
    coded = read_coded(gold_set.gold / "quotes")
    texts = {f: (args.corpus / f).read_text(encoding="utf-8").rstrip("\n") for f in files}
    if args.second:
        second = read_coded(gold_set.gold / "quotes" / "second")
        files = [f for f in files if f in second]
        predicted = {f: gold_statements(second[f], texts[f]) for f in files}
    else:
        predicted = _predict(args.corpus, files, gold_set.topic)
    bbc = gold_set.topic == BBC_TOPIC
    sides, names = (actor_sides(), _pack_names()) if bbc else ({}, {})
    print(f"{len(files)} articles, {sum(len(coded[f]) for f in files)} gold quotes")
    for threshold in (0.3, 0.8):
        counts, matched = RealScore(), RealScore()
        for f in files:
            gold = gold_statements(coded[f], texts[f])
            score_article(gold, predicted[f], counts, sides, threshold, names)
            score_article(gold, predicted[f], matched, sides, threshold, names, one_to_one=True)
        print("\n".join(report(counts, threshold)))
        print(
            report(matched, threshold)[0].replace(
                "all     ", "one-to-one (GenderGapTracker's matching)"
            )
        )
        if args.write and threshold == 0.3 and not args.second:
            _write_validity(counts, len(files), args.part, gold_set.described)
        print(
            f"overlap >= {threshold:.0%} side accuracy {counts.side_accuracy:.3f} "
            f"({counts.side_right}/{counts.side_checked} found quotes of the pack's actors)"
        )
    if args.misses and not gold_set.parts[args.part] & gold_set.unscored:
        for f in files:
            gold = gold_statements(coded[f], texts[f])
            print("\n".join(misses(gold, predicted[f], f, texts[f], names)))
    return 0


def _write_validity(counts: RealScore, articles: int, part: str, described: str) -> None:
    from ..validate.validity import record

    c = counts.by_kind["all"]
    figures = {
        "precision": c.precision,
        "recall": c.recall,
        "F1": c.f1,
        "speaker_accuracy": c.speaker_accuracy,
        "side_accuracy": counts.side_accuracy,
    }
    where = f"{c.gold} hand-coded quotes of {articles} {described} ({part} part)"
    entry = {"figures": {k: round(v, 3) for k, v in figures.items()}, "gold": where}
    print(f"written to {record('quotes', entry)}")


def _predict(
    corpus: Path, files: list[str], topic: str | None = BBC_TOPIC
) -> dict[str, list[Statement]]:
    from ..corpus.load import load_corpus

    loaded = load_corpus([corpus / f for f in files], topic=topic or False, progress=False)
    quotes = loaded.quotes
    return {f: predicted_statements(quotes[quotes["article_id"] == Path(f).stem]) for f in files}


if __name__ == "__main__":
    sys.exit(main())
