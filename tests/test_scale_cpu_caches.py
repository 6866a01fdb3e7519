"""The ninth session's CPU savings give the same results as the code they replace, in bounded memory.

Each test computes a value the new way and the way the code did before (kept here as the
reference), and checks that the caches stop growing at their bounds.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from kg import ner
from kg.events.lexicon import Lexicon, get_lexicon
from kg.model import Document, Entity
from kg.ner import neural
from kg.ner.context import _labelled
from kg.resolve import link
from kg.resolve.romanize import END, Romanizer, default_romanizer
from kg.text.arabic import normalize

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ner"))
from floats import same  # noqa: E402  (float32 outputs of two paths)

#: Word types of every kind the character CNN meets: empty, one letter (one window), long
#: (cut to both ends), Latin, digits, punctuation, clitics.
WORDS = ["", "و", "a", "ب", "ab", "في", "بوتين", "وبالمستشفيات", "الاستراتيجيات" * 3, "Putin", "2024", "٢٠٢٤",
         "«", ".", "كيم", "جونغ", "اون", "x" * 40, "للقوات", "والعراق", "US-led", "Ω"]


def _arabic_words(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
    return sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(n)})


@pytest.fixture(scope="module")
def arabic_nn() -> neural.NeuralTagger:
    nn = ner.load("ar")._nn
    if nn is None:
        pytest.skip("the Arabic neural tagger is not installed")
    return nn


def test_ner_vectors_built_in_a_batch_equal_one_type_at_a_time(arabic_nn: neural.NeuralTagger) -> None:
    types = WORDS + _arabic_words(400)
    one_by_one = np.stack([arabic_nn._vector(t) for t in types])
    for size in (len(types), 1, 2, 13):
        batched = np.concatenate([arabic_nn._new_vectors(types[i:i + size]) for i in range(0, len(types), size)])
        assert batched.dtype == one_by_one.dtype
        assert same(batched, one_by_one)  # equal to float32 rounding (fixtures/ner/floats.py)


def test_ner_vector_cache_is_bounded(arabic_nn: neural.NeuralTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(neural, "CACHE_TYPES", 64)
    monkeypatch.setattr(arabic_nn, "_cache", {})
    monkeypatch.setattr(arabic_nn, "_rows", None)
    monkeypatch.setattr(arabic_nn, "_hits", None)  # all three restored together: one consistent cache
    words = _arabic_words(300, seed=3)
    for i in range(0, len(words), 25):
        tokens = words[i:i + 25] + words[:5]  # new types and repeats of old ones
        got = arabic_nn._vectors(tokens)
        assert same(got, np.stack([arabic_nn._vector(t) for t in tokens]))
        assert len(arabic_nn._cache) <= 64 and arabic_nn._rows.shape[0] <= 64
    many = words[:100]  # one call with more types than the cache holds
    assert same(arabic_nn._vectors(many + many[:3]), np.stack([arabic_nn._vector(t) for t in many + many[:3]]))
    assert len(arabic_nn._cache) <= 64


def test_ner_labelled_path_equals_indexing_token_by_token() -> None:
    rng = np.random.default_rng(5)
    labels = neural.LABELS
    for n in (0, 1, 7):
        probs = rng.random((n, len(labels)))
        path = rng.integers(0, len(labels), n)
        old = [(labels[y], float(probs[t, y])) for t, y in enumerate(path)]
        assert _labelled(labels, probs, path) == old
        assert _labelled(labels, probs, list(path)) == old


def _old_flags(lex: Lexicon, w: str) -> tuple[bool, bool, bool]:
    stems = [s for s, _ in lex.analyses(w)]
    kinds = {f.entry.kind for st in stems for f in lex.own.get(st, ())}
    return (any(s in lex._event_forms for s in stems), "v" in kinds and len(kinds) > 1,
            any(s in lex.own or s in lex.dict for s in stems))


def test_lexicon_word_flags_are_the_direct_tests_and_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    lex = get_lexicon("ar")
    monkeypatch.setattr(lex, "_flags", {})
    monkeypatch.setattr(lex, "FLAGS_MAX", 50)
    words = [normalize(w) for w in ("قتل", "قصف", "استضاف", "وتستضيف", "الرئيس", "في", "رفض", "المظاهرات")]
    words += _arabic_words(200, seed=11)
    for w in words:
        assert lex._word_flags(w) == _old_flags(lex, w)
        assert lex.could_trigger([w]) == _old_flags(lex, w)[0]
        assert lex.ambiguous([w]) == _old_flags(lex, w)[1]
        assert len(lex._flags) <= 50
    assert lex.could_trigger([normalize("استضاف")]) and lex.ambiguous([normalize("قتل")])


def test_linker_contexts_equal_a_count_per_key() -> None:
    doc = Document(id="d", text="", lang="ar")
    for key, typ in [("country/KP", "Country"), ("city/1", "City"), ("org/kcna", "Organization"),
                     ("person/kim", "Person"), ("country/RU", "Country")]:
        doc.entities[key] = Entity(key=key, type=typ)
    context = link._contexts(doc)
    for key in [*doc.entities, "person/absent"]:
        old = Counter(k for k, e in doc.entities.items() if k != key and e.type in ("Country", "Organization", "City"))
        assert context(key) == old and list(context(key)) == list(old)


def test_romanizer_memos_give_the_same_words_and_stay_bounded() -> None:
    table = default_romanizer()
    fresh = Romanizer(table.emit, table.trigrams, table.bigrams, table.weight)
    words = _arabic_words(150, seed=2)
    for w in words:
        fresh._lm_memo.clear()  # no memo left from the word before
        fresh._options_memo.clear()
        alone = fresh._word(w, 8)
        assert table._word(w, 8) == alone
    # the memos are keyed by what the table can write, not by the words seen
    written = {ch for subs in table.emit.values() for sub, _ in subs for ch in str(sub)} | {END}
    assert all(len(h) <= 2 and ch in written for h, ch in table._lm_memo)
    assert all(len(k) == 3 for k in table._options_memo)
