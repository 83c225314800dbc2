"""The validation loop: a coding sheet with rows and non-rows, stratum fractions and weights; a
coded sheet scored with weighted precision and recall, intervals and Krippendorff's alpha."""

import pandas as pd
import pytest

from analysis import validate
from analysis.validate.loop import NON_ROW, TABLES


@pytest.mark.parametrize("table", TABLES)
def test_every_table_gives_a_sheet_whose_weights_add_up_to_its_strata(seeds_corpus, table):
    sheet = validate.sample(seeds_corpus, table, n=30, seed=1)
    items = sheet.items
    assert 0 < len(items) <= 30 and sheet.codebook
    assert set(items["table"]) == {table}
    rows = items[items["stratum"] != NON_ROW]
    assert (rows["machine"] != "").all() and items["sentence"].str.len().gt(0).all()
    assert ((items["weight"] * items["sampling_fraction"]).round(9) == 1).all()
    if table in ("quotes", "frames", "events", "entities"):
        assert (items["stratum"] == NON_ROW).sum() == 9  # 30% of the sheet: recall
        assert (items.loc[items["stratum"] == NON_ROW, "machine"] == "").all()


def test_the_sheet_is_written_as_csv_and_a_workbook_with_a_codebook(seeds_corpus, tmp_path):
    sheet = validate.sample(seeds_corpus, "quotes", n=12, seed=2)
    csv_path, xlsx_path = validate.write_sheet(sheet, tmp_path / "quotes_sheet")
    assert len(pd.read_csv(csv_path)) == len(sheet.items)
    book = pd.read_excel(xlsx_path, sheet_name=None)
    assert set(book) == {"items", "codebook"}
    assert "coderK_correct" in set(book["codebook"]["column"])
    assert len(validate.read_sheet(xlsx_path)) == len(sheet.items)


def _coded(rows: list[tuple]) -> pd.DataFrame:
    """(stratum, weight, machine, coder1 correct, coder1 missed, coder2 correct, coder2 missed)"""
    columns = ["stratum", "weight", "machine", "coder1_correct", "coder1_missed",
               "coder2_correct", "coder2_missed"]  # fmt: skip
    frame = pd.DataFrame(rows, columns=columns)
    return frame.assign(table="frames")


def test_precision_and_recall_are_weighted_by_the_sampling_fractions():
    """Stratum a: weight 1, 2 rows, both right; stratum b: weight 3, 2 rows, one right; one
    non-row (weight 2) hides one missed item: P = (2 + 3) / (2 + 6), R = 5 / (5 + 2)."""
    sheet = _coded([
        ("a", 1, "x", "yes", "0", "yes", "0"), ("a", 1, "x", "yes", "0", "yes", "0"),
        ("b", 3, "y", "yes", "0", "yes", "0"), ("b", 3, "y", "no", "0", "no", "0"),
        (NON_ROW, 2, "", "", "1", "", "1"), (NON_ROW, 2, "", "", "0", "", "0"),
    ])  # fmt: skip
    report = validate.score(sheet)
    assert report.precision[0] == pytest.approx(5 / 8)
    assert report.recall[0] == pytest.approx(5 / 7)
    assert report.precision[1] <= report.precision[0] <= report.precision[2]
    assert set(report.per_stratum["stratum"]) == {"a", "b", NON_ROW}
    assert report.alphas["coder1 vs coder2"] == pytest.approx(1.0)


def test_the_verdict_follows_krippendorffs_conventions():
    agree = [("a", 1, "x", "yes", "0", "yes", "0")] * 6 + [(NON_ROW, 1, "", "", "0", "", "0")] * 6
    assert "reliable" in validate.score(_coded(agree)).verdict
    assert "not reliable" not in validate.score(_coded(agree)).verdict
    disagree = [("a", 1, "x", "no", "0", "no", "0")] * 6 + [(NON_ROW, 1, "", "", "1", "", "1")] * 6
    assert "not reliable" in validate.score(_coded(disagree)).verdict


def test_the_loop_runs_from_the_shell(tmp_path, capsys):
    from pathlib import Path

    from analysis.validate.__main__ import main

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    assert main(["sample", str(seeds), "frames", str(tmp_path / "sheet"), "--n", "10"]) == 0
    assert (tmp_path / "sheet.xlsx").is_file() and (tmp_path / "sheet.csv").is_file()
    coded = Path(__file__).resolve().parents[2] / "notebooks" / "validation"
    assert main(["score", str(coded / "frames_seeds_coded.csv")]) == 0
    out = capsys.readouterr().out
    assert "95% interval" in out and "Krippendorff's alpha" in out


def test_quotes_are_scored_with_their_speakers():
    """Four quote rows (weight 1), three coded as quotes, one of them with the wrong speaker,
    two missed quotes: P 3/4, R 3/5, speaker accuracy 2/3."""
    rows = pd.DataFrame(
        [("direct", 1, "direct: «We are close» - Donald Trump", "yes", "0", ""),
         ("indirect", 1, "indirect: «talks go on» - Donald Trump", "yes", "1", "Marco Rubio"),
         ("partial", 1, "partial: «very nice» - Donald Trump", "no", "0", ""),
         ("direct", 1, "direct: «We feel heard» - Kirill Dmitriev", "Y", "0", ""),
         (NON_ROW, 1, "", "", "1", "")],
        columns=["stratum", "weight", "machine", "coder1_correct", "coder1_missed",
                 "coder1_speaker"],
    ).assign(table="quotes", coder2_correct="", coder2_missed="", coder2_speaker="")  # fmt: skip
    report = validate.score(rows)
    assert report.precision[0] == pytest.approx(3 / 4)
    assert report.recall[0] == pytest.approx(3 / 5)
    assert report.speaker_accuracy == pytest.approx(2 / 3)
    assert "speaker accuracy 0.67" in report.summary()


def test_a_quote_sheet_asks_for_the_speaker(seeds_corpus):
    items = validate.sample(seeds_corpus, "quotes", n=10, seed=3).items
    assert {"coder1_speaker", "coder2_speaker"} <= set(items.columns)
    frames = validate.sample(seeds_corpus, "frames", n=10, seed=3).items
    assert "coder1_speaker" not in frames.columns
