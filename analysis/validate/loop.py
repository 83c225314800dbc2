"""The validation loop on a researcher's own corpus: draw a coding sheet, let people code it,
score the coded sheet.

    sheet = validate.sample(corpus, "frames", n=100, stratify="frame", seed=1)
    validate.write_sheet(sheet, "frames_sheet")      # frames_sheet.csv and frames_sheet.xlsx
    ... coders fill coder1_* (and coder2_*) in a spreadsheet ...
    report = validate.score("frames_sheet.xlsx")
    print(report.summary())

A sheet holds **rows** (what the workbench found: a quote, a frame of a sentence, a dated event,
an entity, a person's gender, a sentence's tone) and, for the tables where something can be
missed, **non-rows** (sentences where it found nothing), so that recall can be estimated. Each
item records its stratum, the stratum's sampling fraction and the weight (1 / fraction) that
scoring gives it. Coders answer, per item, ``coderK_correct`` (yes/no: is what the workbench
says right?) and ``coderK_missed`` (how many items of the table the sentence holds that the
workbench did not give; on non-rows this is the only question). Precision is the weighted share
of rows coded correct; recall is weighted found / (found + missed). Intervals are bootstrap
95% percentile intervals over the sheet's items; agreement is Krippendorff's alpha (the
``krippendorff`` package) on "is there an item here", machine against each coder and coder
against coder.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..analyses.tone import tone_label
from ..analyses.uncertainty import bootstrap_interval

TABLES = ("quotes", "frames", "events", "entities", "speaker_gender", "tone")
WITH_NON_ROWS = {"quotes", "frames", "events", "entities"}  # tables where a sentence can lack one
STRATA = {"quotes": "kind", "frames": "frame", "events": "granularity", "entities": "label",
          "speaker_gender": "gender", "tone": "tone"}  # fmt: skip
NON_ROW = "(none found)"  # the stratum of the sentences where the workbench found nothing
CODERS = ("coder1", "coder2")
YES = {"yes", "y", "1", "true", "x"}
RELIABLE, TENTATIVE = 0.80, 0.667  # Krippendorff's conventions
CODEBOOK = {
    "quotes": "A quote is speech or writing the text attributes to a source: direct (in quotation "
    "marks), indirect (a reporting verb and the content it reports) or a partial quote. "
    "'correct' = the words are a quote (speaker aside); coderK_speaker = the right speaker, as "
    "the article names them, when the speaker given is wrong (empty when it is right).",
    "frames": "A frame is the angle the sentence takes on its subject (Policy Frames Codebook: "
    "economic, capacity_resources, morality, fairness_equality, legality, policy_prescription, "
    "crime_punishment, security_defense, health_safety, quality_of_life, cultural_identity, "
    "public_opinion, political, external_relations; tests/gold/bbc/FRAMES.md defines each). "
    "'correct' = the sentence itself invokes the frame, not merely mentions a topic word.",
    "events": "A dated event is something the sentence says happened or will happen at a time "
    "it names. 'correct' = the date given is the date the sentence means, at the granularity "
    "given (day, month, year).",
    "entities": "An entity is a person, organisation, place or group named in the sentence. "
    "'correct' = the words are a name of that kind (label) and the canonical name is who or "
    "what is meant.",
    "speaker_gender": "The gender of a quoted person as the article's own evidence gives it "
    "(pronouns, titles, an unambiguous first name). 'correct' = the gender given is the "
    "person's; read the person's articles when the sentence does not tell.",
    "tone": "The evaluative tone of what the sentence reports or says: positive, negative or "
    "neutral, apart from its topic. 'correct' = the tone given is the sentence's.",
}
COLUMN_HELP = {
    "item": "the item's number in the sheet",
    "table": "the table coded",
    "stratum": "the stratum the item was drawn from (a frame, a quote kind, ...; "
    f"'{NON_ROW}' for a sentence where the workbench found nothing)",
    "sampling_fraction": "the share of its stratum that was drawn",
    "weight": "1 / sampling_fraction: how many items of the corpus the item stands for",
    "article_id": "the article", "sentence_id": "the sentence's number in its article",
    "context": "the sentence before and after, for reading", "sentence": "the sentence coded",
    "machine": "what the workbench says (empty on a non-row)",
    "coderK_correct": "yes or no: is what the workbench says right? (leave empty on a non-row)",
    "coderK_missed": "how many items of this table the sentence holds that the workbench did "
    "not give (0 when none)",
    "coderK_speaker": "quotes only: the right speaker when the one given is wrong (empty when "
    "right)",
}  # fmt: skip


@dataclass
class Sheet:
    table: str
    items: pd.DataFrame
    codebook: str = ""


def sample(corpus, table: str, n: int = 100, *, stratify: str | None = "auto", seed: int = 1,
           non_rows: float = 0.3, articles: int | None = None) -> Sheet:  # fmt: skip
    """A coding sheet of ``n`` items of ``table`` (one of TABLES): rows of the workbench's output,
    drawn per stratum (``stratify``: a column of the table; "auto": the table's natural one; None:
    no strata), and, for quotes, frames, events and entities, ``non_rows`` of ``n`` drawn from
    the sentences where the table has nothing.

    ``articles``: on a corpus with more articles than that, the items are drawn from that many
    articles picked at random first (a two-stage sample: the sampling fractions and weights are
    those within the picked articles), so that a corpus on disk of any size is never loaded."""
    if table not in TABLES:
        raise ValueError(f"table {table!r}: expected one of {', '.join(TABLES)}")
    corpus = _picked_articles(corpus, articles, seed)
    rows = _rows(corpus, table)
    column = STRATA[table] if stratify == "auto" else stratify
    rows["stratum"] = rows[column].astype(str) if column else "all"
    wanted_non_rows = round(n * non_rows) if table in WITH_NON_ROWS else 0
    parts = [_draw(rows, n - wanted_non_rows, seed)]
    if wanted_non_rows:
        empty = _sentences_without(corpus, rows)
        empty["stratum"], empty["machine"] = NON_ROW, ""
        parts.append(_draw(empty, wanted_non_rows, seed))
    items = pd.concat(parts, ignore_index=True)
    items = _with_context(corpus, items).sort_values(["stratum", "article_id", "sentence_id"])
    items.insert(0, "item", range(1, len(items) + 1))
    items.insert(1, "table", table)
    questions = ("correct", "missed", "speaker") if table == "quotes" else ("correct", "missed")
    for coder in CODERS:
        for question in questions:
            items[f"{coder}_{question}"] = ""
    keep = ["item", "table", "stratum", "sampling_fraction", "weight", "article_id",
            "sentence_id", "context", "sentence", "machine",
            *(f"{c}_{q}" for c in CODERS for q in questions)]  # fmt: skip
    return Sheet(table, items[keep].reset_index(drop=True), CODEBOOK[table])


def _picked_articles(corpus, articles: int | None, seed: int):
    """The corpus, or a Corpus in memory of ``articles`` of its articles drawn at random."""
    if articles is None:
        return corpus
    ids = corpus.sql("select article_id from articles order by article_id")["article_id"]
    if len(ids) <= articles:
        return corpus
    picked = np.random.default_rng(seed).choice(ids.to_numpy(), size=articles, replace=False)
    return corpus.filter(article_ids=set(picked))


def _rows(corpus, table: str) -> pd.DataFrame:
    """The table's items with a ``machine`` column: what a coder judges."""
    if table == "quotes":
        q = corpus.quotes
        return q.assign(machine=q["kind"] + ": «" + q["text"] + "» - " + q["speaker"].fillna("?"))
    if table == "frames":
        f = corpus.frames
        return f.assign(machine=f["frame"] + " (cues: " + f["cues"].map(", ".join) + ")")
    if table == "events":
        e = corpus.events
        date = e["date"].dt.strftime("%Y-%m-%d").fillna("?")
        return e.assign(machine=date + " (" + e["granularity"] + ") from «" + e["date_text"] + "»")
    if table == "entities":
        e = corpus.entities
        return e.assign(machine=e["text"] + " = " + e["canonical"] + " (" + e["label"] + ")")
    if table == "speaker_gender":
        people = corpus.people[corpus.people["statements"] > 0].set_index("canonical")
        mentions = corpus.entities[corpus.entities["label"] == "PERSON"]
        first = mentions.drop_duplicates("canonical").set_index("canonical")
        rows = first.loc[first.index.intersection(people.index)].reset_index()
        rows["gender"] = rows["canonical"].map(people["gender"]).fillna("unknown")
        return rows.assign(machine=rows["canonical"] + ": " + rows["gender"])
    s = corpus.sentences
    tone = s["polarity_domain"].map(tone_label)
    return s.assign(tone=tone, machine=tone)


def _sentences_without(corpus, rows: pd.DataFrame) -> pd.DataFrame:
    keys = set(zip(rows["article_id"], rows["sentence_id"], strict=True))
    sentences = corpus.sentences[["article_id", "sentence_id"]]
    mask = [
        k not in keys for k in zip(sentences["article_id"], sentences["sentence_id"], strict=True)
    ]
    return sentences[mask].copy()


def _draw(items: pd.DataFrame, n: int, seed: int) -> pd.DataFrame:
    """``n`` items, allocated to strata in proportion to their size (at least one each while
    ``n`` allows), with each stratum's sampling fraction and weight."""
    if n <= 0 or items.empty:
        return items.iloc[:0].assign(sampling_fraction=[], weight=[])
    sizes = items.groupby("stratum").size()
    share = sizes / sizes.sum() * min(n, len(items))
    take = np.maximum(np.floor(share), 1).astype(int).clip(upper=sizes)
    while take.sum() > n and (take > 1).any():
        take[take.idxmax()] -= 1
    parts = []
    for stratum, size in sizes.items():
        drawn = items[items["stratum"] == stratum].sample(int(take[stratum]), random_state=seed)
        parts.append(drawn.assign(sampling_fraction=take[stratum] / size,
                                  weight=size / take[stratum]))  # fmt: skip
    return pd.concat(parts)


def _with_context(corpus, items: pd.DataFrame) -> pd.DataFrame:
    text = corpus.sentences.set_index(["article_id", "sentence_id"])["text"]

    def at(article, sentence):
        return text.get((article, sentence), "")

    items = items.copy()
    items["sentence"] = [
        at(a, s) for a, s in zip(items["article_id"], items["sentence_id"], strict=True)
    ]
    items["context"] = [
        f"{at(a, s - 1)} [...] {at(a, s + 1)}".strip()
        for a, s in zip(items["article_id"], items["sentence_id"], strict=True)
    ]
    return items


def write_sheet(sheet: Sheet, path) -> tuple[Path, Path]:
    """``path``.csv and ``path``.xlsx (openpyxl): the items, and in the workbook a codebook
    sheet that explains the table coded and each column."""
    base = Path(path).with_suffix("")
    csv_path, xlsx_path = base.with_suffix(".csv"), base.with_suffix(".xlsx")
    sheet.items.to_csv(csv_path, index=False)
    codebook = pd.DataFrame(
        [{"column": "(the table)", "meaning": sheet.codebook},
         *({"column": c, "meaning": m} for c, m in COLUMN_HELP.items())]
    )  # fmt: skip
    with pd.ExcelWriter(xlsx_path, engine="openpyxl") as writer:
        sheet.items.to_excel(writer, sheet_name="items", index=False)
        codebook.to_excel(writer, sheet_name="codebook", index=False)
    return csv_path, xlsx_path


@dataclass
class Report:
    table: str
    items: int
    precision: tuple[float, float, float]  # estimate, low, high
    recall: tuple[float, float, float]
    f1: tuple[float, float, float]
    per_stratum: pd.DataFrame
    alphas: dict[str, float] = field(default_factory=dict)
    speaker_accuracy: float = float("nan")  # quotes: weighted share of right rows whose speaker
    # the coder left as right

    @property
    def verdict(self) -> str:
        alpha = self.alphas.get("machine vs coder1", float("nan"))
        if alpha != alpha:
            return "no verdict: the sheet has no agreement to measure"
        word = ("reliable" if alpha >= RELIABLE else
                "tentative" if alpha >= TENTATIVE else "not reliable")  # fmt: skip
        return f"{self.table}: {word} (Krippendorff's alpha {alpha:.2f}, machine vs coder1)"

    def scores(self) -> pd.DataFrame:
        """Precision, recall and F1 with their intervals, one row each (``measure``, ``share``,
        ``share_low``, ``share_high``: the layout of ``charts.intervals.share_intervals``)."""
        rows = [("precision", *self.precision), ("recall", *self.recall), ("F1", *self.f1)]
        return pd.DataFrame(rows, columns=["measure", "share", "share_low", "share_high"])

    def summary(self) -> str:
        def f(v):
            return f"{v[0]:.2f} (95% interval {v[1]:.2f}-{v[2]:.2f})"

        alphas = "; ".join(f"{k} {v:.2f}" for k, v in self.alphas.items())
        figures = f"precision {f(self.precision)}, recall {f(self.recall)}, F1 {f(self.f1)}"
        if self.speaker_accuracy == self.speaker_accuracy:
            figures += f", speaker accuracy {self.speaker_accuracy:.2f}"
        return f"{self.table}, {self.items} coded items: {figures}; alpha: {alphas}\n{self.verdict}"


def read_sheet(path) -> pd.DataFrame:
    path = Path(path)
    if path.suffix.lower() == ".xlsx":
        return pd.read_excel(path, sheet_name="items", dtype=str, keep_default_na=False)
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def score(sheet, *, coder: str = "coder1", resamples: int = 1000, seed: int = 0) -> Report:
    """Weighted precision, recall and F1 with bootstrap intervals, per stratum too, and
    Krippendorff's alpha; ``sheet``: a path (.csv, .xlsx), a Sheet or a DataFrame."""
    items = sheet.items if isinstance(sheet, Sheet) else (
        sheet if isinstance(sheet, pd.DataFrame) else read_sheet(sheet))  # fmt: skip
    items = items.astype(str)
    coded = items[(items[f"{coder}_correct"].str.strip() != "") |
                  (items[f"{coder}_missed"].str.strip() != "")]  # fmt: skip
    counts = _counts(coded, coder)
    estimate = _prf(counts)
    intervals = _intervals(counts, resamples, seed)
    per_stratum = []
    for stratum, part in coded.groupby("stratum"):
        p, r, f1 = _prf(_counts(part, coder))
        per_stratum.append({"stratum": stratum, "items": len(part), "precision": p,
                            "recall": r, "f1": f1})  # fmt: skip
    return Report(
        table=str(items["table"].iloc[0]) if len(items) else "",
        items=len(coded),
        precision=(estimate[0], *intervals[0]),
        recall=(estimate[1], *intervals[1]),
        f1=(estimate[2], *intervals[2]),
        per_stratum=pd.DataFrame(per_stratum),
        alphas=_alphas(items),
        speaker_accuracy=_speaker_accuracy(coded, coder),
    )


def _speaker_accuracy(coded: pd.DataFrame, coder: str) -> float:
    """Of the rows coded as right quotes, the weighted share whose speaker the coder left as
    right (NaN without a speaker column or without right rows)."""
    column = f"{coder}_speaker"
    if column not in coded:
        return float("nan")
    right = (coded["machine"].str.strip() != "") & coded[
        f"{coder}_correct"
    ].str.strip().str.lower().isin(YES)
    weight = pd.to_numeric(coded["weight"], errors="coerce").fillna(1.0)[right]
    if not weight.sum():
        return float("nan")
    return float(weight[coded.loc[right, column].str.strip() == ""].sum() / weight.sum())


def _counts(coded: pd.DataFrame, coder: str) -> np.ndarray:
    """Per item: weight x (right row, wrong row, missed items)."""
    weight = pd.to_numeric(coded["weight"], errors="coerce").fillna(1.0).to_numpy()
    is_row = (coded["machine"].str.strip() != "").to_numpy()
    right = coded[f"{coder}_correct"].str.strip().str.lower().isin(YES).to_numpy()
    missed = pd.to_numeric(coded[f"{coder}_missed"], errors="coerce").fillna(0).to_numpy()
    return np.column_stack([weight * (is_row & right), weight * (is_row & ~right), weight * missed])


def _prf(counts: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = counts.sum(axis=0) if len(counts) else (0.0, 0.0, 0.0)
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * p * r / (p + r) if p == p and r == r and p + r else float("nan")
    return p, r, f1


def _intervals(counts: np.ndarray, resamples: int, seed: int):
    def statistic(picked, axis=-1):
        totals = counts[picked.astype(int)].sum(axis=-2)
        tp, fp, fn = totals[..., 0], totals[..., 1], totals[..., 2]
        with np.errstate(invalid="ignore", divide="ignore"):
            p, r = tp / (tp + fp), tp / (tp + fn)
            return np.stack([p, r, 2 * p * r / (p + r)])

    low, high = bootstrap_interval(statistic, np.arange(len(counts)), vectorized=True,
                                   resamples=resamples, seed=seed, width=3)  # fmt: skip
    return [(float(low[i]), float(high[i])) for i in range(3)]


def _presence(items: pd.DataFrame, coder: str) -> list[float]:
    """Per item: is there an item of the table here, as ``coder`` codes it (NaN: not coded)."""
    values = []
    for row in items.itertuples():
        correct, missed = getattr(row, f"{coder}_correct").strip(), getattr(row, f"{coder}_missed")
        missed = pd.to_numeric(missed, errors="coerce")
        if not correct and missed != missed:
            values.append(np.nan)
        elif row.machine.strip():
            values.append(float(correct.lower() in YES or (missed == missed and missed > 0)))
        else:
            values.append(float(missed == missed and missed > 0))
    return values


def _alphas(items: pd.DataFrame) -> dict[str, float]:
    """Krippendorff's alpha (nominal) of each pair of raters on presence, and Cohen's kappa
    (scikit-learn) of the machine against coder1."""
    import krippendorff
    from sklearn.metrics import cohen_kappa_score

    machine = [float(bool(m.strip())) for m in items["machine"]]
    codes = {coder: _presence(items, coder) for coder in CODERS}
    pairs = {"machine vs coder1": (machine, codes["coder1"]),
             "machine vs coder2": (machine, codes["coder2"]),
             "coder1 vs coder2": (codes["coder1"], codes["coder2"])}  # fmt: skip
    alphas = {}
    for name, (a, b) in pairs.items():
        both = [(x, y) for x, y in zip(a, b, strict=True) if x == x and y == y]
        if len(both) >= 2 and len({v for pair in both for v in pair}) > 1:
            alphas[name] = float(krippendorff.alpha(reliability_data=np.array(both).T,
                                                    level_of_measurement="nominal"))  # fmt: skip
            if name == "machine vs coder1":
                x, y = zip(*both, strict=True)
                alphas["kappa machine vs coder1"] = float(cohen_kappa_score(x, y))
    return alphas
