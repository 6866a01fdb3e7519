"""The fifteenth session's worker CPU savings give what the code they replace gave.

Each test computes a value the new way and the way the code did before (kept here, or in
``test_worker_cpu_same``, as the reference).
"""

from __future__ import annotations

import random

import pytest

from kg.ner import features as F
from kg.ner.resources import Resources
from tests.test_worker_cpu_same import _OldEnglish

_VOCAB = ["Putin", "met", "Xi", "in", "Moscow", ".", "New", "York", "SOCCER", "-", "U.S.-led", "1,000", "Kim's",
          "new", "york", "putin", "the", "THE", "said", ",", "'", "Al-Assad", "x", "2024", "moscow", "Ab3"]


def _res() -> Resources:
    return Resources("en", clusters={"putin": ("c1", "c10", "c101"), "moscow": ("c2",), "the": ("c3", "c31")},
                     topics={"putin": ("t7",), "york": ("t1", "t2")},
                     gazetteer={"moscow": "city", "new york": "city", "putin": "person"})


@pytest.mark.parametrize("gazetteer", [True, False])
def test_english_features_made_once_per_type_are_the_same(gazetteer: bool, monkeypatch) -> None:
    res = _res()
    new = F.EnglishFeaturizer(res, use_gazetteer=gazetteer)
    old = _OldEnglish(res, use_gazetteer=gazetteer)
    rng = random.Random(5)
    monkeypatch.setattr(F, "_STRING_TYPES", 7)  # the bounded cache empties itself many times
    for _ in range(300):
        sent = [rng.choice(_VOCAB) for _ in range(rng.randint(0, 12))]
        assert new(sent) == old(sent)
    assert len(new._strings[1]) <= 7
    f, own, around = new.strings("Putin")
    assert own[0] == "w=Putin" and own == tuple(f"{k}={v}" for k, v in f.items())
    assert around[1][:2] == ("-1:l=putin", "-1:sh=Xx")  # what "Putin" gives the word after it
    feats = new(["Putin", "met", "Putin"])
    feats[0].append("changed")  # a caller's lists are its own
    assert new(["Putin", "met", "Putin"])[0] == old(["Putin", "met", "Putin"])[0]


def test_english_features_follow_a_changed_context() -> None:
    res = _res()
    feat = F.EnglishFeaturizer(res)
    old = _OldEnglish(res)
    sent = ["Putin", "met", "Xi", "in", "Moscow"]
    assert feat(sent) == old(sent)
    feat.CONTEXT = {1: ("l",), -3: ("sh", "c0")}  # an instance's own context, set after use
    old.CONTEXT = feat.CONTEXT
    assert feat(sent) == old(sent)
    assert "-3:sh=Xx" in feat(sent)[3]
