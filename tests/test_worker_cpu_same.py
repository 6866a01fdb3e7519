"""The fourteenth session's worker CPU savings give what the code they replace gave.

Each test computes a value the new way and the way the code did before (kept here as the
reference): the name scorer's n-gram sum, the NER encoder's word rows, the Arabic token keys
shared by the extractors, the English NER features, the parser's widened float16 rows.
"""

from __future__ import annotations

import math
import random
import struct
from itertools import repeat
from typing import Any

import numpy as np
import pytest

from kg.events import parser as P
from kg.extract import gazetteer as G
from kg.extract import rules
from kg.model import Document, Mention
from kg.ner import neural
from kg.ner.features import EnglishFeaturizer, _shape
from kg.ner.resources import Resources
from kg.ner.translit import NameScorer, _gram_slices, ngrams
from kg.text.arabic import normalize
from kg.text.tokenize import token_keys, tokenize

AR_TEXT = ("قال وزير الخارجية الروسي سيرغي لافروف إن موسكو ستستضيف الوفد. وأعلنت الحكومة العراقية في بغداد، "
           "يوم الخميس، أن رئيس الوزراء حيدر العبادي التقى بالسفير الأمريكي. وقال لافروف للصحفيين: «نعم». ")


def _words(n: int, seed: int, letters: str = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءآأإؤئى") -> list[str]:
    rng = random.Random(seed)
    return [normalize("".join(rng.choice(letters) for _ in range(rng.randint(0, 14)))) for _ in range(n)]


def _old_score(scorer: NameScorer, word: str) -> float:
    z = scorer.bias + sum(map(scorer.weights.get, ngrams(word), repeat(0.0)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def test_name_scorer_sums_the_same_ngrams_in_the_same_order() -> None:
    rng = random.Random(5)
    words = _words(400, 1) + ["", "ا", "ab", "x" * 60]
    grams = {g for w in words for g in ngrams(w)}
    # weights of every size, some n-grams missing (they add 0.0), values whose sum depends on the order
    weights = {g: rng.uniform(-3, 3) * 10 ** rng.randint(-6, 2) for g in grams if rng.random() < 0.7}
    scorer = NameScorer(weights, -0.37)
    for w in words:
        marked = f"<{w}>"
        assert [marked[s] for s in _gram_slices(len(marked) + 1)] == ngrams(w)
        assert struct.pack("d", scorer._score(w)) == struct.pack("d", _old_score(scorer, w))  # bit for bit


def _old_word(enc: neural.Encoder, token: str) -> tuple[list[int], list[int], list[float]]:
    """Encoder.word as it was before (b5544ae)."""
    from kg.ner.arabic import is_arabic, split_proclitic

    n = normalize_ner(token)
    ar = is_arabic(n)
    pc, rest = split_proclitic(n) if ar else ("", n)
    wid = enc.words.get(n, 0)
    hit_rest = 0.0
    if rest != n and (enc.segment or not wid):
        rid = enc.words.get(rest, 0)
        if rid:
            wid, hit_rest = rid, 1.0
    cl = enc.res.clusters.get(n) or enc.res.clusters.get(rest)
    cids = [int(c[1:]) + 1 for c in cl[:5]] if cl else [0] * 5
    cids += [0] * (5 - len(cids))
    g = enc.res.gazetteer.get(n) or enc.res.gazetteer.get(rest)
    gid = (neural.GAZ_TYPES.index(g) + 1 if g in neural.GAZ_TYPES else len(neural.GAZ_TYPES) + 1) if g else 0
    ids = [wid, enc.train_words.get(n, 0), enc._procl.get(pc, 0), *cids, gid, enc.shapes.get(_shape(token)[:4], 0)]
    nm = 0.0
    if ar and enc.res.names is not None and len(rest) >= 2:
        nm = max(enc.res.names.score(n), enc.res.names.score(rest))
    dense = [nm, 1.0 if ar else 0.0, 1.0 if wid and not hit_rest else 0.0, hit_rest,
             min(len(rest), 20) / 10.0, 1.0 if any(c.isdigit() for c in token) else 0.0]
    if enc.segment:
        n = rest
    w = n if len(n) <= neural.MAX_CHARS - 2 else n[: (neural.MAX_CHARS - 2) // 2] + n[-((neural.MAX_CHARS - 2) // 2):]
    chars = [2] + [enc.chars.get(c, 1) for c in w] + [2]
    return ids, chars, dense


def normalize_ner(token: str) -> str:
    from kg.ner.arabic import normalize as ner_normalize

    return ner_normalize(token)


@pytest.mark.parametrize("segment", [False, True])
def test_ner_encoder_word_is_the_same_and_scores_a_bare_word_once(segment: bool) -> None:
    words = _words(300, 2) + ["", "بوتين", "والعراق", "للقوات", "وبالمستشفيات" * 3, "Putin", "2024", "٢٠٢٤", "«",
                             "US-led", "كيم", "وكيم", "x" * 40]
    rng = random.Random(3)
    grams = {g for w in words for g in ngrams(normalize_ner(w))}
    calls: list[str] = []
    scorer = NameScorer({g: rng.uniform(-1, 1) for g in grams}, 0.1)
    counted = scorer.score

    def score(word: str) -> float:
        calls.append(word)
        return counted(word)

    scorer.score = score  # type: ignore[method-assign]
    res = Resources("ar", clusters={normalize_ner("بوتين"): ("p0101", "p11"), "عراق": ("p1",) * 7},
                    names=scorer, gazetteer={"عراق": "country", "كيم": "person", "بوتين": "city"})
    vocab = {"words": ["بوتين", "عراق", "قوات"], "train_words": ["كيم"], "chars": list("ابتكيمنوعرق"),
             "shapes": ["a", "Xx", "d"], "flags": ["segment"] if segment else []}
    enc = neural.Encoder(vocab, res)
    for w in words:
        assert enc.word(w) == _old_word(enc, w)
    calls.clear()
    enc.word("كيم")  # no proclitic: the word is its own rest
    assert calls == ["كيم"]
    calls.clear()
    enc.word("والعراق")
    assert sorted(calls) == ["العراق"[2:], "والعراق"]


def test_token_keys_are_the_tokens_normalised() -> None:
    for text in ("", "أَب", "Kim met Putin.", AR_TEXT, AR_TEXT * 3 + "Putin's U.S. visit"):
        keys = token_keys(text)
        assert keys == [normalize(t.text) for t in tokenize(text)]
        keys.append("x")  # a new list each time: a caller may change it
        assert token_keys(text) == [normalize(t.text) for t in tokenize(text)]


def test_gazetteer_and_rules_read_the_same_keys_given_or_not() -> None:
    gaz = G.load("ar")
    for text in (AR_TEXT, AR_TEXT * 2, "زار لافروف بيونغ يانغ"):
        tokens = tokenize(text)
        assert gaz.find(text, tokens, token_keys(text)) == gaz.find(text, tokens)
        assert rules._arabic(text, tokens, [], [], keys=token_keys(text)) == rules._arabic(text, tokens, [], [])
        known = [Mention(start=text.index("لافروف"), end=text.index("لافروف") + 6, text="لافروف", label="PER",
                         source="rules", score=1.0)]
        assert (rules._propagate(text, tokens, known, keys=token_keys(text))
                == rules._propagate(text, tokens, known))
    doc = Document(id="t", text=AR_TEXT * 2, lang="ar")
    assert [m.text for m in G.extract(doc)]  # the extractor itself passes the keys


class _OldEnglish(EnglishFeaturizer):
    """EnglishFeaturizer.__call__ as it was before (b5544ae)."""

    def __call__(self, tokens: list[str]) -> Any:
        words = [self.word(t) for t in tokens]
        out = []
        n = len(words)
        alpha = [t for t in tokens if t[:1].isalpha()]
        caps = len(alpha) >= 3 and all(t.isupper() for t in alpha)
        for i, f in enumerate(words):
            feats = ["b"] + [f"{k}={v}" for k, v in f.items()]
            if caps:
                feats.append("capsent")
            if i == 0:
                feats.append("first")
            for off, keys in self.CONTEXT.items():
                j = i + off
                if 0 <= j < n:
                    g = words[j]
                    feats.extend(f"{off}:{k}={g[k]}" for k in keys if k in g)
                else:
                    feats.append(f"{off}:pad")
            if i > 0:
                feats.append(f"l-1|l={words[i-1]['l']}|{f['l']}")
            if i + 1 < n:
                feats.append(f"l|l+1={f['l']}|{words[i+1]['l']}")
            if self.use_gazetteer and i + 1 < n:
                g2 = self.res.gazetteer.get(f"{f['l']} {words[i+1]['l']}")
                if g2:
                    feats.append("g2=" + g2)
            out.append(feats)
        return out


@pytest.mark.parametrize("gazetteer", [True, False])
def test_english_ner_features_are_the_same(gazetteer: bool) -> None:
    res = Resources("en", clusters={"putin": ("c1", "c10", "c101"), "moscow": ("c2",)},
                    topics={"putin": ("t7",)}, gazetteer={"moscow": "city", "new york": "city", "putin": "person"})
    new = EnglishFeaturizer(res, use_gazetteer=gazetteer)
    old = _OldEnglish(res, use_gazetteer=gazetteer)
    for sent in (["Putin", "met", "Xi", "in", "Moscow", "."], ["New", "York"], ["SOCCER", "-", "JAPAN", "GET", "WIN"],
                 ["x"], [], ["U.S.-led", "1,000", "Kim's", "new", "york", "putin"]):
        assert new(sent) == old(sent)
    assert new._context()[0] == (-2, (("l", "-2:l="), ("sh", "-2:sh="), ("c1", "-2:c1=")), "-2:pad")

    class Narrow(EnglishFeaturizer):
        CONTEXT = {1: ("l",)}  # noqa: RUF012  (a subclass's own context is read)

    class NarrowOld(_OldEnglish):
        CONTEXT = {1: ("l",)}  # noqa: RUF012

    feats = Narrow(res)(["Putin", "met"])
    assert feats == NarrowOld(res)(["Putin", "met"]) and "1:l=met" in feats[0] and "1:pad" in feats[1]


def _half(bits: np.ndarray) -> np.ndarray:
    return bits.astype(np.uint16).view(np.float16)


def test_parser_widens_float16_rows_as_astype_does() -> None:
    every = _half(np.arange(1 << 16, dtype=np.uint32))
    table = P._half_table()
    assert table.dtype == np.float32
    assert np.array_equal(table.view(np.uint32), every.astype(np.float32).view(np.uint32))  # NaNs bit for bit


def test_parser_parses_the_same_with_float16_and_widened_weights() -> None:
    rng = np.random.default_rng(11)
    words = "the minister said that the army attacked the town on monday .".split()
    tags = "DT NN VBD IN DT NN VBD DT NN IN NNP .".split()
    names: set[str] = set()
    st = P.State(len(words))
    w, lw, t = P.pad(words, tags)
    while not st.done():  # every feature of the configurations a SHIFT-first walk meets, and more
        names.update(P.features(w, lw, t, st))
        st.apply(P.SHIFT if st.i < st.n else (P.RIGHT if len(st.stack) >= 2 else P.LEFT), 1)
    index = {f: r for r, f in enumerate(sorted(names))}
    half = (rng.standard_normal((len(index), P.N_CLASSES)) * 3).astype(np.float16)
    fast = P.Parser(index, half)
    plain = P.Parser(index, half.astype(np.float32))  # astype of the rows it sums, as before
    for k in range(40):
        perm = rng.permutation(len(words))[: 3 + k % 9]
        ws, ts = [words[i] for i in perm], [tags[i] for i in perm]
        assert fast.parse(ws, ts) == plain.parse(ws, ts)
    shipped = P.get_parser("en")
    if shipped is not None:
        assert shipped.weights.dtype == np.float16
        as32 = P.Parser(shipped.index, shipped.weights.astype(np.float32), shipped.lang)
        assert shipped.parse(words, tags) == as32.parse(words, tags)
