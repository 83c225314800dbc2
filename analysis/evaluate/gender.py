"""Speaker gender on real news: the BBC politics gold (``tests/gold/bbc``).

    python -m analysis.evaluate.gender [--part dev|all] [--pack-genders] [--misses]

Gold: the gender of every named person quoted in 130 articles of
``../shared/corpora/bbc-politics``, coded from the article text alone by coders who never saw the
code: the ``people`` part (65 articles) and the speakers of the quote gold (65 articles; ``dev``
leaves out its held-out part). A gold person is matched to the person of the same article whose
canonical name is the gold name, or ends in the gold name's surname and shares its first name
or title.

Reported, over the gold people whose coded gender is female or male:
- coverage: the share the workbench gives female or male (not unknown);
- misgendered: the share it gives the other gender;
- per basis (pack, title, pronoun, first_name): how many people it decided, and its precision;
- the share of women among the people and among their statements, coded and predicted.
The gender is the corpus-level one (``corpus.people``): evidence pooled over the articles.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from ..nlp.gender import title_gender
from .realnews import BBC_GOLD, BBC_TOPIC, gold_articles, parsed, read_coded, real_news_parser

GENDERS = ("female", "male")
PARTS = {"dev": {"people", "quotes-dev"}, "all": {"people", "quotes-dev", "quotes-heldout"}}


def gold_people(files: list[str]) -> list[dict]:
    """One record per (article, person): file, name, gender, statements."""
    people = []
    by_file = read_people(BBC_GOLD / "people")
    quotes = read_coded(BBC_GOLD / "quotes")
    for file in files:
        if file in by_file:
            people += [{"file": file, **p} for p in by_file[file]]
        elif file in quotes:
            people += _speakers(file, quotes[file])
    return people


def read_people(folder: Path) -> dict[str, list[dict]]:
    import json

    coded = {}
    for path in sorted(folder.glob("*.jsonl")):
        for line in filter(str.strip, path.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            coded[record["file"]] = [
                {"name": p["name"], "gender": p["gender"], "statements": p.get("statements", 1)}
                for p in record["people"]
            ]
    return coded


def _speakers(file: str, quotes: list[dict]) -> list[dict]:
    counts, genders = Counter(), {}
    for quote in quotes:
        if quote.get("speaker_type") == "person" and " and " not in quote["speaker"]:
            counts[quote["speaker"]] += 1
            genders.setdefault(quote["speaker"], quote.get("gender") or "unknown")
    return [{"file": file, "name": n, "gender": genders[n], "statements": c}
            for n, c in counts.items()]  # fmt: skip


def match(name: str, candidates: list[str]) -> str | None:
    """The candidate that is the gold person: the same name, else the same surname with the
    same first name or title ("Mr Blair" ~ "Tony Blair" only when no other Blair is named)."""
    folded = {c.casefold(): c for c in candidates}
    if name.casefold() in folded:
        return folded[name.casefold()]
    words = name.split()
    same = [c for c in candidates if c.split()[-1].casefold() == words[-1].casefold()]
    if len(words) > 1:  # "Sandra Howard" is not the article's Michael Howard
        same = [c for c in same if len(c.split()) == 1 or c.split()[0] == words[0]
                or title_gender(words[0]) is not None]  # fmt: skip
    return same[0] if len(same) == 1 else None


def score(gold: list[dict], corpus) -> dict:
    people = corpus.people.set_index("canonical")
    entities = corpus.entities[corpus.entities["gender"].notna()]
    named = entities.groupby("article_id")["canonical"].apply(lambda s: sorted(set(s)))
    result = {"gold": Counter(), "covered": 0, "misgendered": 0, "unmatched": 0,
              "basis": Counter(), "basis_right": Counter(), "rows": []}  # fmt: skip
    statements = {"gold": Counter(), "predicted": Counter()}
    for person in gold:
        if person["gender"] not in GENDERS:
            continue
        result["gold"][person["gender"]] += 1
        statements["gold"][person["gender"]] += person["statements"]
        found = match(person["name"], named.get(Path(person["file"]).stem, []))
        row = people.loc[found] if found in people.index else None
        predicted = row["gender"] if row is not None else "unknown"
        basis = row["gender_basis"] if row is not None else "none"
        result["unmatched"] += row is None
        statements["predicted"][predicted] += person["statements"]
        if predicted in GENDERS:
            result["covered"] += 1
            result["misgendered"] += predicted != person["gender"]
            result["basis"][basis] += 1
            result["basis_right"][basis] += predicted == person["gender"]
        result["rows"].append((person["file"], person["name"], person["gender"], found,
                               predicted, basis))  # fmt: skip
    result["statements"] = statements
    return result


def report(result: dict) -> list[str]:
    total = sum(result["gold"].values())
    women = result["gold"]["female"]
    lines = [
        f"{total} gold people with a coded gender: {women} women, {result['gold']['male']} men "
        f"({result['unmatched']} not found among the article's persons)",
        f"coverage {result['covered'] / total:.3f}  misgendered "
        f"{result['misgendered'] / total:.3f} ({result['misgendered']} people)",
    ]
    for basis, n in result["basis"].most_common():
        right = result["basis_right"][basis]
        lines.append(f"  basis {basis:10} decided {n:4}  precision {right / n:.3f}")
    gold_s, pred_s = result["statements"]["gold"], result["statements"]["predicted"]
    lines.append(
        f"women's share of people: coded {women / total:.3f}; of statements: coded "
        f"{gold_s['female'] / sum(gold_s.values()):.3f}, predicted "
        f"{pred_s['female'] / sum(pred_s.values()):.3f} "
        f"(predicted unknown {pred_s['unknown'] / sum(pred_s.values()):.3f})"
    )
    return lines


def main(argv=None) -> int:
    parser = real_news_parser("analysis.evaluate.gender", __doc__, PARTS)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--write", action="store_true", help="record the figures (validity.yaml)")
    args = parsed(parser, argv)
    from ..corpus.load import load_corpus

    files = gold_articles(PARTS[args.part])
    corpus = load_corpus([args.corpus / f for f in files], topic=BBC_TOPIC, progress=False)
    result = score(gold_people(files), corpus)
    print("\n".join(report(result)))
    if args.write:
        from ..validate.validity import record

        total = sum(result["gold"].values())
        figures = {
            "coverage": round(result["covered"] / total, 3),
            "misgendered": round(result["misgendered"] / total, 3),
        }
        where = f"{total} quoted people of {len(files)} BBC politics articles ({args.part})"
        print(f"written to {record('speaker_gender', {'figures': figures, 'gold': where})}")
    if args.misses:
        for file, name, gold, found, predicted, basis in result["rows"]:
            if predicted != gold:
                print(f"  {file}: {name!r} {gold} -> {found!r} {predicted} ({basis})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
