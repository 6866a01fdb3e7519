"""Loading the shipped taggers, and what happens when a model is missing."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg.ner
from kg.errors import ModelError
from kg.ner.tagger import Tagger


def test_load_is_cached() -> None:
    assert kg.ner.load("ar") is kg.ner.load("ar")


def test_missing_model_names_the_fix(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="kg train ner --lang ar"):
        Tagger("ar", tmp_path)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ModelError, match="ships ar, en"):
        kg.ner.load("fr")


def test_broken_model_file_is_a_model_error(tmp_path: Path) -> None:
    (tmp_path / "en.crfsuite").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="cannot read"):
        Tagger("en", tmp_path)


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_tag_returns_bio_labels_with_probabilities(lang: str) -> None:
    tagger = kg.ner.load(lang)
    tokens = ["قال", "الرئيس", "فلاديمير", "بوتين", "."] if lang == "ar" else [
        "President", "Vladimir", "Putin", "said", "."]
    tagged = tagger.tag(tokens)
    assert len(tagged) == len(tokens)
    for label, p in tagged:
        assert label == "O" or label[:2] in ("B-", "I-") and label[2:] in ("PER", "ORG", "LOC", "MISC")
        assert 0.0 <= p <= 1.0
    assert [y for y, _ in tagged[2:4]] == ["B-PER", "I-PER"] if lang == "ar" else [y for y, _ in tagged[1:3]] == ["B-PER", "I-PER"]


def test_empty_sentence_tags_to_nothing() -> None:
    assert kg.ner.load("en").tag([]) == []
