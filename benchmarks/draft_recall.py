"""How much of a built-in pack a drafted pack recovers from the corpus alone.

    python benchmarks/draft_recall.py ../shared/corpora/bbc-politics uk-politics-2005 [--top 100]

Loads the corpus without a pack, drafts its actors (``python -m analysis topic draft``) and
counts the pack's actors that occur at least ``--min`` times (entity mentions written as the
actor's canonical name or one of its aliases) and, of those, the ones that the first ``--top``
drafted rows hold (a row whose canonical name or one of whose aliases is one of the actor's
names). Prints both counts, the share, and the actors missed.
"""

from __future__ import annotations

import argparse
import json
import sys

import analysis
from analysis.analyses.drafting import draft_actors
from analysis.knowledge import read_csv_rows
from analysis.knowledge.topics import load_topic, use_topic


def pack_names(pack: str) -> dict[str, set[str]]:
    use_topic(load_topic(pack))
    rows = read_csv_rows("actors.csv")
    use_topic(None)
    return {r["canonical"]: {r["canonical"], *filter(None, r["aliases"].split("|"))} for r in rows}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("pack")
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--min", type=int, default=3)
    args = parser.parse_args(argv)
    names = pack_names(args.pack)
    corpus = analysis.load_corpus(args.corpus, topic=False, progress=False)
    draft = draft_actors(corpus, top=args.top)
    drafted = [{row.canonical, *filter(None, row.aliases.split("|"))} for row in draft.itertuples()]
    texts = corpus.entities["text"]
    occurring = [actor for actor, forms in names.items() if texts.isin(forms).sum() >= args.min]
    held = [actor for actor in occurring if any(names[actor] & row for row in drafted)]
    print(json.dumps({"pack_actors_occurring": len(occurring), "held_in_top": len(held),
                      "share": round(len(held) / max(len(occurring), 1), 3), "top": args.top,
                      "missed": sorted(set(occurring) - set(held))}, indent=1))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
