"""The numpy BiLSTM-CRF (kg.ner.neural): decoding, marginals, padding, the shipped model.

A tiny random model is written to a temporary directory, so these tests need
neither torch nor the shared data.  That the numpy forward pass reproduces torch's
is checked by ``benchmarks/ner_neural.py --check-torch`` (torch is training-only).
"""
from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import numpy as np
import pytest

import kg.ner
from kg.ner.arabic import PROCLITICS
from kg.ner.neural import LABELS, N_DENSE, NeuralTagger, decode_marginals, viterbi
from kg.ner.resources import Resources


def _tiny_model(directory: Path, seed: int = 0, hidden: int = 5) -> None:
    rng = np.random.default_rng(seed)
    vocab = {"words": ["قال", "الرئيس", "بوتين"], "train_words": ["قال", "بوتين"],
             "chars": sorted(set("قالرئيسبوتينموسكو")), "shapes": ["a"]}
    dims = {"word": (4, 3), "tword": (3, 2), "procl": (len(PROCLITICS) + 1, 2),
            **{f"cl{k}": (3, 2) for k in range(5)}, "gaz": (4, 2), "shape": (2, 2),
            "char": (len(vocab["chars"]) + 3, 3)}
    arrays = {k: rng.normal(size=s).astype(np.float32) for k, s in dims.items()}
    n_filters = 4
    d_in = sum(s[1] for s in dims.values() if s is not dims["char"]) + n_filters + N_DENSE
    n = len(LABELS)
    arrays.update(
        conv_w=rng.normal(size=(n_filters, 3, 3)).astype(np.float32),
        conv_b=rng.normal(size=n_filters).astype(np.float32),
        lstm_wx=rng.normal(size=(2, 4 * hidden, d_in)).astype(np.float32),
        lstm_wh=rng.normal(size=(2, 4 * hidden, hidden)).astype(np.float32),
        lstm_b=rng.normal(size=(2, 4 * hidden)).astype(np.float32),
        out_w=rng.normal(size=(n, 2 * hidden)).astype(np.float32),
        out_b=rng.normal(size=n).astype(np.float32),
        trans=rng.normal(size=(n, n)).astype(np.float32),
        start=rng.normal(size=n).astype(np.float32),
        end=rng.normal(size=n).astype(np.float32),
    )
    np.savez(directory / "ar_nn.npz", **arrays)
    with gzip.open(directory / "ar_nn_vocab.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(vocab, fh, ensure_ascii=False)


@pytest.fixture()
def tiny(tmp_path: Path) -> NeuralTagger:
    _tiny_model(tmp_path)
    return NeuralTagger("ar", tmp_path, Resources("ar"))


def test_neural_marginals_match_brute_force_enumeration(tiny: NeuralTagger) -> None:
    sent = ["قال", "بوتين", "موسكو"]
    scores, _ = tiny.emissions([sent])
    em = scores[0].astype(np.float64)
    p = tiny.p
    n = len(LABELS)
    totals = np.zeros((3, n))
    z = 0.0
    best, best_path = -np.inf, None
    for path in itertools.product(range(n), repeat=3):
        s = p["start"][path[0]] + p["end"][path[-1]] + sum(em[t, y] for t, y in enumerate(path))
        s += sum(p["trans"][a, b] for a, b in zip(path, path[1:]))
        w = np.exp(s)
        z += w
        for t, y in enumerate(path):
            totals[t, y] += w
        if s > best:
            best, best_path = s, list(path)
    np.testing.assert_allclose(tiny.marginals(scores, [3])[0], totals / z, rtol=1e-4, atol=1e-6)
    assert viterbi(em, p["trans"], p["start"], p["end"]) == best_path


def test_neural_padding_does_not_change_a_sentence(tiny: NeuralTagger) -> None:
    short, long_ = ["بوتين", "قال"], ["قال", "الرئيس", "بوتين", "في", "موسكو", "."]
    alone = tiny.tag_batch([short])[0]
    together = tiny.tag_batch([long_, short, []])
    assert together[2] == []
    assert [y for y, _ in together[1]] == [y for y, _ in alone]
    np.testing.assert_allclose([q for _, q in together[1]], [q for _, q in alone], rtol=1e-5)
    probs = tiny.marginals_batch([long_, short])
    assert [m.shape for m in probs] == [(6, len(LABELS)), (2, len(LABELS))]
    np.testing.assert_allclose(probs[0].sum(axis=1), 1.0, rtol=1e-5)


def test_decode_marginals_never_starts_an_entity_with_i() -> None:
    probs = np.full((3, len(LABELS)), 0.01)
    i_per, b_loc, o = LABELS.index("I-PER"), LABELS.index("B-LOC"), LABELS.index("O")
    probs[0, i_per], probs[0, o] = 0.6, 0.3   # I-PER first is invalid
    probs[1, i_per] = 0.9                      # I-PER after O is invalid
    probs[2, b_loc] = 0.9
    labels = [y for y, _ in decode_marginals(probs)]
    assert labels[0] != "I-PER" and labels[2] == "B-LOC"
    assert not any(y.startswith("I-") and (k == 0 or labels[k - 1][2:] != y[2:])
                   for k, y in enumerate(labels))


def test_shipped_arabic_model_finds_a_person_and_a_place() -> None:
    tagger = kg.ner.load("ar")
    tokens = ["وقال", "الرئيس", "الروسي", "فلاديمير", "بوتين", "في", "موسكو", "امس", "."]
    labels = [y for y, _ in tagger.tag(tokens)]
    assert labels[3:5] == ["B-PER", "I-PER"]
    assert labels[6] == "B-LOC"
    assert labels[0] == "O" and labels[-1] == "O"


def test_ensemble_of_identical_members_keeps_the_marginals(tmp_path: Path) -> None:
    _tiny_model(tmp_path)
    (tmp_path / "ar_nn_2.npz").write_bytes((tmp_path / "ar_nn.npz").read_bytes())
    one = NeuralTagger("ar", tmp_path, Resources("ar"))
    two = NeuralTagger("ar", tmp_path, Resources("ar"), members=2)
    sents = [["قال", "الرئيس", "بوتين", "في", "موسكو"], ["بوتين"]]
    for a, b in zip(one.marginals_batch(sents), two.marginals_batch(sents)):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)
    # an ensemble is one CRF over the mean emissions: two copies of a network are that network
    assert two.tag_batch(sents) == one.tag_batch(sents)


def test_ensemble_is_one_crf_over_two_members_mean_emissions(tmp_path: Path) -> None:
    _tiny_model(tmp_path, seed=1)
    (tmp_path / "b").mkdir()
    _tiny_model(tmp_path / "b", seed=2)
    (tmp_path / "ar_nn_2.npz").write_bytes((tmp_path / "b" / "ar_nn.npz").read_bytes())
    sents = [["قال", "الرئيس", "بوتين", "في", "موسكو"]]
    first = NeuralTagger("ar", tmp_path, Resources("ar"))
    second = NeuralTagger("ar", tmp_path / "b", Resources("ar"))
    two = NeuralTagger("ar", tmp_path, Resources("ar"), members=2)
    mean = (first.member_emissions(sents)[0][0] + second.member_emissions(sents)[0][0]) / 2
    crf = tuple((a + b) / 2 for a, b in zip(first.crf(), second.crf()))
    want = first.marginals(mean, [5], crf=crf)[0]
    np.testing.assert_allclose(two.marginals_batch(sents)[0], want, rtol=1e-5, atol=1e-7)
    assert [y for y, _ in two.tag_batch(sents)[0]] == [LABELS[k] for k in viterbi(mean[0], *crf)]
    # not the mean of the members' marginals (the weaker ensemble out of fold)
    mean_marginals = (first.marginals_batch(sents)[0] + second.marginals_batch(sents)[0]) / 2
    assert not np.allclose(two.marginals_batch(sents)[0], mean_marginals, atol=1e-3)


def test_o_bias_trades_o_for_entity_labels(tmp_path: Path) -> None:
    _tiny_model(tmp_path)
    sent = ["قال", "الرئيس", "بوتين", "في", "موسكو"]
    plain = NeuralTagger("ar", tmp_path, Resources("ar")).marginals_batch([sent])[0]
    biased = NeuralTagger("ar", tmp_path, Resources("ar"), o_bias=1.0).marginals_batch([sent])[0]
    o = LABELS.index("O")
    assert (biased[:, o] < plain[:, o]).all()
    forced = NeuralTagger("ar", tmp_path, Resources("ar"), o_bias=-100.0).tag_batch([sent])[0]
    assert [y for y, _ in forced] == ["O"] * len(sent)
