"""The validation helper: export a sample of sentences for hand coding, score the coded file."""

import math

import pandas as pd
import pytest

from analysis.validate.quotes import CODING_COLUMNS, export_sample, score_coded

HEADER = "article_id,sentence_id,sentence,kind,quote,speaker,speaker_type,cue," + ",".join(
    CODING_COLUMNS
)


def test_a_coded_sample_is_scored(tmp_path):
    """4 predicted quotes, 3 coded as quotes (one with the wrong speaker), 3 missed in all."""
    path = tmp_path / "coded.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                "a,0,S0,direct,We are close,Donald Trump,person,say,yes,,",
                "a,0,S0,indirect,talks go on,Donald Trump,person,say,yes,Marco Rubio,1",
                "a,1,S1,partial,very nice,Donald Trump,person,call,no,,",
                "a,2,S2,,,,,,,,2",
                "b,0,S0,direct,We feel heard,Kirill Dmitriev,person,say,Y,,",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    figures = score_coded(path)
    assert figures == {
        "sentences": 4,
        "predicted": 4,
        "correct": 3,
        "missed": 3,
        "precision": 0.75,
        "recall": 0.5,
        "speaker_accuracy": pytest.approx(2 / 3),
    }


def test_an_uncoded_sample_has_no_figures(tmp_path):
    path = tmp_path / "coded.csv"
    path.write_text(HEADER + "\na,0,S0,,,,,,,,\n", encoding="utf-8")
    figures = score_coded(path)
    assert (figures["sentences"], figures["predicted"], figures["missed"]) == (1, 0, 0)
    assert all(math.isnan(figures[k]) for k in ("precision", "recall", "speaker_accuracy"))


def test_validation_round_trip(seeds_corpus, tmp_path):
    path = tmp_path / "sample.csv"
    rows = export_sample(seeds_corpus, path, n=20, seed=3)
    coded = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(coded.columns[-3:]) == CODING_COLUMNS
    assert (coded[CODING_COLUMNS] == "").all().all()
    predicted = coded["quote"] != ""
    n = int(predicted.sum())
    assert n > 0
    # a coder: every predicted quote is a quote, the first one has the wrong speaker, one quote
    # was missed
    coded.loc[predicted, "coded_is_quote"] = "yes"
    coded.loc[coded.index[predicted][0], "coded_speaker"] = "Someone Else"
    coded.loc[coded.index[0], "coded_missed"] = "1"
    coded.to_csv(path, index=False)
    figures = score_coded(path)
    assert (figures["predicted"], figures["correct"], figures["missed"]) == (n, n, 1)
    assert figures["precision"] == 1.0
    assert figures["recall"] < 1.0 and figures["speaker_accuracy"] < 1.0
    assert figures["sentences"] == 20 and len(rows) >= 20
