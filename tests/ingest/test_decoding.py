"""Bytes to text: encodings detected and decoded, undecodable bytes refused with the reason
(no spaCy model)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.errors import Unreadable
from analysis.ingest.decoding import decode

SAMPLE = "Zelenskyy’s “plan” – café"


@pytest.mark.parametrize(
    "data, repaired",
    [
        (SAMPLE.encode("utf-8"), False),
        (SAMPLE.encode("utf-8-sig"), False),
        (SAMPLE.encode("utf-16"), False),  # with BOM
        (SAMPLE.encode("cp1252"), True),
    ],
)
def test_encodings_are_detected_and_decoded(data, repaired):
    decoded = decode(data)
    assert decoded.text == SAMPLE
    assert (decoded.repair is not None) == repaired


def test_a_legacy_encoding_is_named_in_the_repair():
    assert decode(SAMPLE.encode("cp1252")).repair == "not UTF-8: decoded as cp1252"


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03\x04\x05\x06\x07" * 64, bytes(range(256)) * 4])
def test_undecodable_bytes_are_a_clear_problem(data):
    with pytest.raises(Unreadable, match="binary|encoding"):
        decode(data)


@pytest.mark.parametrize("data", [b"", b"  \r\n\t", b"\x00\x00"])
def test_empty_input_is_refused_as_empty(data):
    with pytest.raises(Unreadable, match="empty file"):
        decode(data)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_decoding_random_bytes_reports_or_decodes_never_crashes(data):
    try:
        decoded = decode(data)
    except Unreadable as err:
        assert str(err)
    else:
        assert isinstance(decoded.text, str) and decoded.text.strip()
