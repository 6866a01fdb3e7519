"""Language-model pretraining of the neural tagger's encoder (kg.ner.lm_pretrain).

Needs torch (the ``train`` extra, as pretraining does); not the shared data: a tiny
corpus, vocabulary and cluster table stand in.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest

from kg.ner import lm_pretrain
from kg.ner.neural import Encoder
from kg.ner.resources import Resources

NEWS = [
    "قال الرئيس بوتين في موسكو ان الحكومة ستجتمع غدا .",
    "واكد وزير الخارجية في القاهرة ان الاجتماع سيعقد غدا .",
    "قال الرئيس ماكرون في باريس ان الحكومة ستجتمع اليوم .",
]


def _resources() -> Resources:
    res = Resources("ar")
    words = {w for s in NEWS for w in s.split()}
    # Two fine clusters: capitals and everything else (level 1 puts them together).
    res.clusters = {w: (("c1" if w in ("موسكو", "القاهره", "باريس") else "c0"), "c0") for w in words}
    return res


def test_news_sentences_cut_at_sentence_ends_and_length(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "ا ب ج د ه . و ز\nح ط ي ك ل م ن س ع"}) + "\n")
    got = lm_pretrain.news_sentences(path, 1000, min_len=3, max_len=4)
    # "و ز" (2 tokens) is dropped; the second line is cut into pieces of 4 (the last, 2, dropped).
    assert got == [["ا", "ب", "ج", "د"], ["ح", "ط", "ي", "ك"], ["ل", "م", "ن", "س"]]


def test_targets_are_fine_cluster_ids_of_the_word_or_its_stem() -> None:
    res = _resources()
    vocab = {"words": [], "train_words": [], "chars": [], "shapes": []}
    types = lm_pretrain._Types(Encoder(vocab, res), res, level=0)
    ids = types.ids(["موسكو", "وموسكو", "قال", "كوندوليزا"])
    target = types.arrays()["target"]
    assert target[ids].tolist() == [2, 2, 1, 0]  # cluster + 1; the stem's cluster; none -> 0
    assert target[0] == -100  # the padding row is ignored by the loss
    assert types.ids(["موسكو"]) == ids[:1]  # one row per word type


def test_pretrained_encoder_initialises_the_tagger(tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    from kg.ner import neural_train
    from kg.ner.neural import LABELS

    res = _resources()
    sents = [s.split() for s in NEWS]
    train = [(s, ["O"] * len(s)) for s in sents]
    vocab = neural_train.make_vocab(train, ["الرئيس", "موسكو"], 1)
    vectors = np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)
    hp = {"hidden": 8, "char_filters": 6, "word_proj": 4, "train_word_dim": 3}
    state, losses = lm_pretrain.pretrain(sents * 20, vocab, vectors, res, hp, {"epochs": 4, "batch": 4,
                                         "dropout": 0.0, "word_dropout": 0.0}, log=lambda m: None)
    assert losses[-1] < losses[0] * 0.7  # it learns the (repetitive) news
    assert "lstm.weight_ih_l0" in state and "conv.weight" in state and "proj.weight" in state
    assert not any(k.startswith(("out.", "lm_", "trans", "start", "end", "vectors")) for k in state)
    lm_pretrain.save(state, tmp_path / "lm.npz")
    init = lm_pretrain.load(tmp_path / "lm.npz")
    # lr 0: the exported tagger holds exactly the pretrained encoder and LSTM.
    neural_train.train(train, ["الرئيس", "موسكو"], vectors, res, tmp_path, hp={**hp, "epochs": 1, "lr": 0.0,
                       "min_train_count": 1}, log=lambda m: None, init=init)
    with np.load(tmp_path / "ar_nn.npz") as z:
        np.testing.assert_allclose(z["conv_w"], init["conv.weight"])
        np.testing.assert_allclose(z["lstm_wx"][1], init["lstm.weight_ih_l0_reverse"])
        np.testing.assert_allclose(z["tword"], init["tword.weight"])
        assert z["out_w"].shape == (len(LABELS), 16)
    with pytest.raises(ValueError, match="does not have"):
        neural_train.train(train, ["الرئيس", "موسكو"], vectors, res, tmp_path, hp={**hp, "epochs": 1},
                           log=lambda m: None, init={**init, "lm_fwd.weight": np.zeros((3, 8))})
    assert torch.get_num_threads() == 1


def test_kg_train_pretraining_step_reads_the_news_with_the_networks_vocabulary(tmp_path: Path, write_news) -> None:
    pytest.importorskip("torch")
    from kg.ner import neural_train
    from kg.ner.train import pretrain_encoder

    write_news(NEWS)
    train = [(s.split(), ["O"] * len(s.split())) for s in NEWS[:2]]
    vectors = np.zeros((2, 4), dtype=np.float32)
    hp = {"hidden": 6, "char_filters": 5, "word_proj": 3, "train_word_dim": 2, "min_train_count": 1}
    state, info = pretrain_encoder(train, ["الرئيس", "موسكو"], vectors, _resources(), "ar", hp,
                                   {"tokens": 40, "batch": 2}, tmp_path, log=lambda m: None)
    # 40 tokens: the first four 11-12-token sentences of the shuffled articles.
    assert info["sentences"] == 4 and len(info["loss"]) == 1 and info["tokens"] == 40
    vocab = neural_train.make_vocab(train, ["الرئيس", "موسكو"], 1)
    assert state["tword.weight"].shape == (len(vocab["train_words"]) + 1, 2)
    assert state["char.weight"].shape[0] == len(vocab["chars"]) + 3


def test_pretraining_can_hand_over_the_token_inputs_only() -> None:
    pytest.importorskip("torch")
    from kg.ner import neural_train

    sents = [s.split() for s in NEWS]
    vocab = neural_train.make_vocab([(s, ["O"] * len(s)) for s in sents], [], 1)
    state, _ = lm_pretrain.pretrain(sents, vocab, np.zeros((0, 4), dtype=np.float32), _resources(),
                                    {"hidden": 4, "char_filters": 3}, {"transfer_lstm": False}, log=lambda m: None)
    assert "conv.weight" in state and "tword.weight" in state
    assert not any(k.startswith("lstm.") for k in state)
