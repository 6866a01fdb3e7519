"""Document-context features of the second pass."""
from __future__ import annotations

from kg.ner.context import document_features, windows


def test_word_tagged_person_elsewhere_votes_person() -> None:
    words = [["قال", "بوتين"], ["وصل", "بوتين"]]
    first = [[("O", 0.99), ("B-PER", 0.9)], [("O", 0.99), ("O", 0.6)]]
    feats = document_features(words, first, key=lambda t: t)
    assert "dT=PER" in feats[1][1] and "dB=PER" in feats[1][1]
    # The first occurrence sees only the second, which was O.
    assert "dT=O" in feats[0][1]


def test_single_occurrence_gets_no_document_features() -> None:
    feats = document_features([["موسكو"]], [[("B-LOC", 0.9)]], key=lambda t: t)
    assert feats == [[[]]]


def test_short_keys_are_ignored() -> None:
    feats = document_features([["و", "و"]], [[("O", 1.0), ("O", 1.0)]], key=lambda t: t)
    assert feats == [[[], []]]


def test_windows_cover_every_sentence_once() -> None:
    ws = windows(23, 10)
    assert [i for r in ws for i in r] == list(range(23))
