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


def _old_find_cue(stems: list[str], keys: list[str], i: int) -> tuple[str, ...] | None:
    """rules._find_cue as it was (the cue candidates gathered and sorted at every token)."""
    from kg.extract import rules

    index = rules._cue_index()
    candidates = [rc for s in dict.fromkeys(stems) for rc in index.get(s, ())]
    if not candidates:
        return None
    candidates.sort()
    for _rank, cue in candidates:
        if tuple(keys[i + 1 : i + len(cue)]) == cue[1:]:
            return cue
    return None


def test_cue_rules_read_of_a_token_what_they_read_before() -> None:
    from kg.extract import rules
    from kg.text.arabic import normalize, strip_clitics
    from kg.text.tokenize import token_keys

    text = ("قال وزير الخارجية الروسي سيرغي لافروف ووزير الدفاع الأمريكي مارك إسبر إن وزارة الداخلية "
            "والحكومة المحلية وبوزارة الخارجية والرئيس الأمريكي دونالد ترامب والمتحدث باسم الحركة فوزي برهوم "
            "وللشركة الفرنسية ورئيس الوزراء العراقي حيدر العبادي والأمين العام للأمم المتحدة. ")
    keys = token_keys(text) + [normalize(c) for c in list(rules.AR_PERSON_CUES)[:200]]
    keys += ["و" + k for k in keys[:60]] + ["ل" + k for k in keys[:60]] + ["", "-", "،"]
    rng = random.Random(4)
    for i, key in enumerate(keys):
        stems = strip_clitics(key)[:3]
        cues, head = rules._token_rules(key)
        assert head == next(((s, p) for s, p in stems if s in rules.AR_ORG_HEADS), None)
        assert rules._first_stems(key) == tuple(stems)
        window = keys[i:] if rng.random() < 0.5 else [key, *rng.sample(keys, 4)]
        assert rules._find_cue(window, 0) == _old_find_cue([s for s, _ in stems], window, 0)
        assert bool(cues) == any(rules._cue_index().get(s) for s, _ in stems)
    assert any(rules._find_cue(keys, i) for i in range(len(keys)))  # the text holds cues
    assert any(rules._token_rules(k)[1] for k in keys)  # and organization heads


def test_arabic_play_reads_each_word_once_and_judges_as_before() -> None:
    from kg.events import sports
    from kg.text.arabic import normalize

    def old_play(words: list[str], sports_doc: bool) -> bool:
        forms = sports._forms(words)
        return (sports_doc or not forms.isdisjoint(sports.AR_GAME)) and forms.isdisjoint(sports.AR_VIOLENCE)

    pool = sorted(sports.AR_GAME)[:40] + sorted(sports.AR_VIOLENCE)[:40] + [normalize(w) for w in (
        "واصل الهلال هجومه في المباراه وبالمباراه للمباراه قتل 20 مشجعا اعمال شغب بعد الوزير قال اليوم").split()]
    pool += ["و" + w for w in pool[:30]] + ["بال" + w for w in pool[30:60]]
    rng = random.Random(8)
    seen = set()
    for _ in range(3000):
        words = [rng.choice(pool) for _ in range(rng.randint(0, 8))]
        for doc in (False, True):
            got = sports.play(words, doc)
            assert got == old_play(words, doc)
            seen.add((doc, got))
    assert seen == {(False, False), (False, True), (True, False), (True, True)}
    assert sports._word_play(sorted(sports.AR_GAME)[0]) & 1
    assert sports._word_play(sorted(sports.AR_VIOLENCE)[0]) & 2
