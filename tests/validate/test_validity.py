"""The measured validity the notebooks state: statements from validity.yaml, warnings for frames
below the precision target, exploratory tone measures, atomic recording."""

from analysis.validate import validity

TONE = {
    "macro_f1": 0.40,
    "accuracy": 0.52,
    "kappa": 0.1,
    "gold": "266 coded actors",
    "majority": {"label": "neutral", "macro_f1": 0.28, "accuracy": 0.73},
}
FRAMES = {
    "precision": 0.74,
    "recall": 0.59,
    "f1": 0.66,
    "coders_f1": 0.93,
    "gold": "336 sentences",
    "frame_precision": 0.75,
    "frame_min_gold": 20,
    "per_frame": {
        "political": {"precision": 0.70, "recall": 0.6, "gold": 117},
        "economic": {"precision": 0.86, "recall": 0.8, "gold": 55},
        "morality": {"precision": 0.50, "recall": 0.5, "gold": 15},
    },
}


def test_recording_keeps_the_other_measures(tmp_path):
    path = tmp_path / "validity.yaml"
    validity.record("frames", FRAMES, path)
    validity.record("tone_actor", TONE, path)
    assert set(validity.measured(path)) == {"frames", "tone_actor"}
    assert not list(tmp_path.glob("*.tmp"))


def test_statements_give_the_figures_or_say_never_validated(tmp_path):
    path = tmp_path / "validity.yaml"
    validity.record("frames", FRAMES, path)
    frames = validity.statement("frames", path)
    assert "precision 0.74, recall 0.59, F1 0.66 on 336 sentences" in frames
    assert "F1 0.93" in frames
    assert validity.statement("events", path) == "Dated events: never validated on real news."


def test_a_tone_measure_below_the_majority_class_is_exploratory(tmp_path):
    path = tmp_path / "validity.yaml"
    validity.record("tone_actor", TONE, path)
    assert "exploratory" in validity.statement("tone_actor", path)
    better = {**TONE, "accuracy": 0.80}
    validity.record("tone_actor", better, path)
    assert "exploratory" not in validity.statement("tone_actor", path)


def test_frames_below_the_precision_target_carry_a_warning(tmp_path):
    path = tmp_path / "validity.yaml"
    validity.record("frames", FRAMES, path)
    labels = validity.frame_validity(path).set_index("frame")["validity"]
    assert labels["political"].startswith("⚠")  # 117 gold sentences, P 0.70 < 0.75
    assert not labels["economic"].startswith("⚠")
    assert labels["morality"] == "P 0.50 on 15 sentences"  # too few to judge


def test_the_shipped_file_covers_the_charted_measures():
    shipped = validity.measured()
    assert {"frames", "tone_sentence", "tone_actor", "quotes", "speaker_gender"} <= set(shipped)
    assert all(0 <= f["precision"] <= 1 for f in shipped["frames"]["per_frame"].values())
