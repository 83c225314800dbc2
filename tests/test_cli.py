"""The command line builds a saved corpus and describes it."""

import subprocess
import sys

import pytest

import analysis


def _run(*args, tmp_path):
    env = {"ANALYSIS_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, env=env
    )


@pytest.mark.model
def test_build_then_info(tmp_path):
    out = tmp_path / "built"
    result = _run("build", "seeds", "--out", str(out), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    corpus = analysis.open_corpus(out)
    assert len(corpus.articles) == 5 and len(corpus.sentences) > 100
    info = _run("info", str(out), tmp_path=tmp_path)
    assert (
        info.returncode == 0
        and "000_065fb5c15ef4a347" in info.stdout
        and "knowledge_hash" in info.stdout
    )


def test_build_of_a_missing_source_fails_with_a_message(tmp_path):
    result = _run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "o"), tmp_path=tmp_path)
    assert result.returncode == 2 and "does not exist" in result.stderr


@pytest.mark.parametrize("module", ["quotes", "framing", "timeline"])
def test_evaluation_commands_explain_themselves_and_reject_a_missing_gold_file(
    module, capsys, tmp_path
):
    import importlib

    command = importlib.import_module(f"analysis.evaluate.{module}")
    with pytest.raises(SystemExit) as done:
        command.main(["--help"])
    assert done.value.code == 0
    assert f"python -m analysis.evaluate.{module}" in capsys.readouterr().out
    with pytest.raises(SystemExit) as done:
        command.main([str(tmp_path / "missing.csv")])
    assert done.value.code == 2
    assert "missing.csv does not exist" in capsys.readouterr().err
