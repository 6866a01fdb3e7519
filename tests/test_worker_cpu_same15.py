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
    from kg.text.arabic import normalize, strip_clitics

    def old_play(words: list[str], sports_doc: bool) -> bool:
        forms = {stem for w in words for stem, _ in strip_clitics(w)}  # the sentence's forms, as play() gathered them
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


def test_plural_nationality_is_memoised_and_answers_as_before() -> None:
    from kg.events import groups
    from kg.text.arabic import normalize

    words = [normalize(w) for w in ("الفلسطينيين والفلسطينيين للفلسطينيين فلسطينيون الإسرائيليون السوريين "
                                    "المصريون الجيش قوات الأمن الفلسطيني").split()]
    words += ["Palestinians", "palestinians", "Syrians", "Americans", "troops", "Iraqis"]
    for lang in ("ar", "en"):
        for w in words:
            assert groups.plural_nationality(w, lang) == groups.plural_nationality.__wrapped__(w, lang)
    assert groups.plural_nationality(normalize("الفلسطينيين"), "ar") == "PS"
    assert groups.plural_nationality("palestinians", "en") == "PS"
    assert groups.plural_nationality.cache_info().hits > 0


class _OldTypeRows:
    """kg.ner.neural.TypeRows as it was: an eviction moved the kept rows to the array's front."""

    def __init__(self, limit: int) -> None:
        self.limit, self.index, self.rows, self.hits = limit, {}, None, None

    def get(self, tokens, build):  # type: ignore[no-untyped-def]
        import numpy as np

        limit, cache = self.limit, self.index
        types = list(dict.fromkeys(tokens))
        new = [t for t in types if t not in cache]
        if len(cache) + len(new) > limit:
            self.evict(limit // 2)
            new = [t for t in types if t not in cache]
            if len(cache) + len(new) > limit:
                cache.clear()
                new = types
                if len(new) > limit:
                    vecs = build(new)
                    at = {t: k for k, t in enumerate(new)}
                    return vecs[[at[t] for t in tokens]]
        if new:
            vecs = build(new)
            used = len(cache)
            rows = self.rows
            if rows is None or rows.shape[0] < used + len(new):
                cap = min(limit, max(1024, 2 * (used + len(new))))
                grown = np.empty((cap, *vecs.shape[1:]), dtype=vecs.dtype)
                hits = np.zeros(cap, dtype=np.int64)
                if used:
                    grown[:used] = rows[:used]
                    hits[:used] = self.hits[:used]
                self.rows, self.hits = grown, hits
            self.rows[used: used + len(new)] = vecs
            self.hits[used: used + len(new)] = 0
            cache.update(zip(new, range(used, used + len(new))))
        at = cache.__getitem__
        self.hits[list(map(at, types))] += 1
        return self.rows[list(map(at, tokens))]

    def evict(self, keep: int) -> None:
        import numpy as np

        cache = self.index
        used = len(cache)
        if used <= keep:
            return
        kept = np.sort(np.argsort(-self.hits[:used], kind="stable")[:keep])
        by_row = [""] * used
        for t, r in cache.items():
            by_row[r] = t
        self.rows[:keep] = self.rows[kept]
        self.hits[:keep] = self.hits[kept]
        cache.clear()
        cache.update((by_row[r], k) for k, r in enumerate(kept.tolist()))


def test_type_rows_keep_the_same_types_without_moving_rows() -> None:
    import numpy as np

    from kg.ner.neural import TypeRows

    def build(types: list[str]) -> np.ndarray:
        built.extend(types)
        return np.array([[float(hash(t) % 9973), float(len(t))] for t in types], dtype=np.float32)

    rng = random.Random(12)
    vocab = [f"w{k}" for k in range(120)]
    for limit in (4, 9, 30):
        new, old = TypeRows(limit), _OldTypeRows(limit)
        built: list[str] = []
        for _ in range(400):
            tokens = [rng.choice(vocab[: rng.choice((10, 40, 120))]) for _ in range(rng.randint(1, 12))]
            before = {t: r for t, r in new.index.items()}
            got = new.get(tokens, build)
            n_new = len(built)
            assert np.array_equal(got, old.get(tokens, build))
            del built[n_new:]  # the old one builds the same types again
            assert list(new.index) == list(old.index)  # the same types kept, in the same order
            assert len(set(new.index.values())) == len(new.index)
            assert new.rows is None or new.rows.shape[0] <= limit
            moved = {t for t in before if t in new.index and new.index[t] != before[t]}
            assert moved <= set(tokens)  # a kept type stays in its row (one of this call may have been built again)
            for t, r in new.index.items():
                assert np.array_equal(new.rows[r], build([t])[0])
            del built[n_new:]
