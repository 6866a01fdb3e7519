"""The shipped POS models tell verbs from nouns and participles."""

from __future__ import annotations

import pytest

from kg.events.pos import get_tagger, word_features
from kg.events.train_pos import join_clitics


def test_english_tags_finite_verbs_and_participles() -> None:
    tagger = get_tagger("en")
    if tagger is None:
        pytest.skip("English POS model not installed")
    tags = tagger.tag("Israel attacked the besieged town on Monday".split())
    assert tags[1] == "VBD"
    assert tags[3] in ("VBN", "JJ")
    assert tags[4].startswith("NN")


def test_arabic_tags_verbs() -> None:
    tagger = get_tagger("ar")
    if tagger is None:
        pytest.skip("Arabic POS model not installed")
    tags = tagger.tag("وقال الرئيس إن الجيش قصف المدينة".split())
    assert tags[0] == "VERB" and tags[1] == "NOUN"


def test_clitics_are_joined_with_the_content_tag() -> None:
    sent = [
        ("و", "CCONJ", False),
        ("قال", "VERB", True),
        ("ل", "ADP", False),
        ("أوباما", "PROPN", True),
        (".", "PUNCT", True),
    ]
    assert join_clitics(sent) == [("وقال", "VERB"), ("لأوباما", "PROPN"), (".", "PUNCT")]


def test_features_see_neighbours() -> None:
    f = word_features(["the", "attack", "began"], 1, "en")
    assert "w=attack" in f and "w-1=the" in f and "w+1=began" in f


def test_sentence_features_are_word_features_of_every_word() -> None:
    from kg.events.pos import sentence_features

    for lang, words in (
        ("en", ["The", "attack", "on", "Gaza", ",", "Israel", "said", "."]),
        ("en", ["Hi"]),
        ("ar", ["قال", "الرئيس", "إن", "روسيا"]),
    ):
        assert sentence_features(words, lang) == [word_features(words, i, lang) for i in range(len(words))]
