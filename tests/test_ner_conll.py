"""Reading the three CoNLL layouts kg meets."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ner.conll import normalize_tag, read_conll

FIX = Path(__file__).parent / "fixtures" / "ner"


def test_anercorp_layout_maps_pers_to_per() -> None:
    sents = read_conll(FIX / "ar_small.conll")
    assert len(sents) == 3
    tokens, tags = sents[0]
    assert tokens[3:5] == ["فلاديمير", "بوتين"]
    assert tags[3:5] == ["B-PER", "I-PER"]


def test_conll2003_layout_skips_docstart_and_reads_last_column() -> None:
    sents = read_conll(FIX / "en_small.conll")
    assert [len(t) for t, _ in sents] == [11, 8]
    assert sents[0][1][:2] == ["B-PER", "I-PER"]
    assert sents[1][1][1] == "B-MISC"


def test_uner_layout_skips_comments() -> None:
    (tokens, tags), = read_conll(FIX / "uner_small.iob2")
    assert tokens == ["Is", "Miramar", "in", "Argentina", "?"]
    assert tags == ["O", "B-LOC", "O", "B-LOC", "O"]


def test_tag_normalisation() -> None:
    assert normalize_tag("I-MIS2") == "I-MISC"
    assert normalize_tag("S-LOC") == "B-LOC"
    assert normalize_tag("weird") == "O"


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such CoNLL file"):
        read_conll(tmp_path / "nope.conll")


def test_line_without_tag_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.conll"
    bad.write_text("lonely\n", encoding="utf-8")
    with pytest.raises(InputError, match=":1:"):
        read_conll(bad)
