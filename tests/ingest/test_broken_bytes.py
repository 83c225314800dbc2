"""A stray byte or a character cut in half costs one character, not the article: the seed
article keeps its curly quotes and its quotes."""

from pathlib import Path

import pytest

from analysis.ingest.decoding import decode

SEED = next(Path(__file__).resolve().parents[2].joinpath("seeds").glob("001_*.txt"))


def _quotes(load_corpus, tmp_path, data: bytes):
    path = tmp_path / SEED.name
    path.write_bytes(data)
    corpus = load_corpus([path], cache=False)
    return corpus, {(q.speaker, q.text.replace("\ufffd", "")) for q in corpus.quotes.itertuples()}


@pytest.fixture
def clean(load_corpus, tmp_path_factory):
    return _quotes(load_corpus, tmp_path_factory.mktemp("clean"), SEED.read_bytes())[1]


def test_a_stray_byte_in_the_middle(load_corpus, tmp_path, clean):
    data = SEED.read_bytes()
    middle = data.index(b" ", len(data) // 2)  # between two words
    corpus, quotes = _quotes(load_corpus, tmp_path, data[:middle] + b"\xff" + data[middle:])
    assert quotes == clean
    assert "“" in corpus.articles.text.iloc[0] and "â€" not in corpus.articles.text.iloc[0]
    assert "invalid UTF-8 sequence" in corpus.problems.problem.iloc[0]


def test_the_last_closing_mark_cut_in_half(load_corpus, tmp_path, clean):
    data = SEED.read_bytes()
    last = data.rindex("”".encode())
    _, quotes = _quotes(load_corpus, tmp_path, data[: last + 2] + data[last + 3 :])
    assert quotes == clean


def test_windows_1252_with_smart_quotes():
    decoded = decode("“We’re close,” he said – again.".encode("cp1252"))
    assert decoded.text == "“We’re close,” he said – again." and "cp1252" in decoded.repair


def test_one_nul_byte_is_removed_not_the_file():
    text = "Talks resumed on Monday. " * 80
    decoded = decode(text[:1000].encode() + b"\x00" + text[1000:].encode())
    assert decoded.text == text and "1 control character removed" in decoded.repair


def test_mostly_control_bytes_is_binary():
    from analysis.errors import Unreadable

    with pytest.raises(Unreadable, match="binary"):
        decode(b"\x00\x01\x02\x03 text " * 50)


def test_mojibake_in_the_text_is_repaired():
    decoded = decode("He said he didnâ€™t know.".encode())
    assert decoded.text == "He said he didn’t know." and "ftfy" in decoded.repair


def test_a_file_cut_inside_its_last_closing_mark(load_corpus, tmp_path):
    data = "The minister spoke. “We will not give up,” she said. “We will never accept it".encode()
    _, quotes = _quotes(load_corpus, tmp_path, data + "”".encode()[:2])
    assert "We will never accept it" in {text for _, text in quotes}


def test_a_bom_inside_a_character_leaves_one_replacement_mark():
    """A byte-order mark inserted inside a curly quote's bytes breaks it into two bad sequences;
    once the mark is stripped they are one broken stretch: one U+FFFD, not two."""
    from analysis.ingest.fuzz import ingest

    padding = "The talks went on. " * 200
    data = f"{padding}Russia “does not”".encode()
    cut = data.index("“".encode()) + 2
    row, _ = ingest(data[:cut] + "\ufeff".encode() + data[cut:])
    assert row["text"].endswith("Russia \ufffddoes not”")
