"""TagLM: a frozen language model's states as an extra input of the neural tagger (kg.ner.taglm).

Needs torch (training); not the shared data: the tiny corpus of tests/test_ner_lm.py stands in.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_ner_lm import NEWS, _resources

from kg.ner import lm_pretrain
from kg.ner.neural import NeuralTagger

HP = {"hidden": 8, "char_filters": 6, "word_proj": 4, "train_word_dim": 3, "min_train_count": 1}
WORDS = ["الرئيس", "موسكو"]


def _lm(vocab: dict, vectors: np.ndarray, hidden: int = 5) -> dict:
    sents = [s.split() for s in NEWS]
    state, _ = lm_pretrain.pretrain(sents * 4, vocab, vectors, _resources(), {**HP, "hidden": hidden},
                                    {"epochs": 1, "batch": 4}, log=lambda m: None)
    return state


def _train(tmp_path: Path, hp: dict, lm: dict | None) -> dict:
    from kg.ner import neural_train

    tmp_path.mkdir(exist_ok=True)
    sents = [s.split() for s in NEWS]
    tags = [["O", "O", "B-PER", "O", "B-LOC"] + ["O"] * (len(s) - 5) for s in sents]
    return neural_train.train(list(zip(sents, tags)), WORDS, _vectors(), _resources(), tmp_path,
                              hp={**HP, "epochs": 2, **hp}, log=lambda m: None, lm=lm)


def _vectors() -> np.ndarray:
    return np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)


def _vocab() -> dict:
    from kg.ner import neural_train

    return neural_train.make_vocab([(s.split(), []) for s in NEWS], WORDS, 1)


# Joined at the LSTM's input, or at its output (with the tagger's state size, 8, the numpy
# runner runs the language model inside the tagger's recurrence; with 5, on its own).
@pytest.mark.parametrize("mode,hidden", [(True, 5), ("output", 5), ("output", 8)])
def test_numpy_runner_reproduces_torch_with_the_language_model_states(tmp_path: Path, mode: object,
                                                                      hidden: int) -> None:
    pytest.importorskip("torch")
    from kg.ner import neural_train

    lm = _lm(_vocab(), _vectors(), hidden)
    info = _train(tmp_path, {"taglm": mode}, lm)
    assert (tmp_path / "ar_nn_lm.npz").is_file()
    with np.load(tmp_path / "ar_nn.npz") as z:
        wide = 2 * 8 + (2 * hidden if mode == "output" else 0)
        assert z["out_w"].shape[1] == wide  # the emission layer reads the language model's states too
        assert z["lstm_wx"].shape[2] == info["net"].lstm.input_size
    with np.load(tmp_path / "ar_nn_lm.npz") as z:  # the language model is frozen: exported as pretrained
        np.testing.assert_allclose(z["lstm_wh"][0], lm["lstm.weight_hh_l0"])
        np.testing.assert_allclose(z["conv_w"], lm["conv.weight"])
    sents = [s.split() for s in NEWS] + [["كوندوليزا", "رايس", "في", "موسكو"]]
    ref = neural_train.torch_emissions(info["net"], info["encoder"], sents)
    nt = NeuralTagger("ar", tmp_path, _resources())
    assert nt.lm is not None and nt.lm_at == ("output" if mode == "output" else "input")
    assert nt._lm_merged == (mode == "output" and hidden == 8)
    got, _ = nt.emissions(sents)
    for r, g in zip(ref, got):
        np.testing.assert_allclose(g[: len(r)], r, atol=1e-4)
    # The states depend on the context: the same word in two sentences gets two different inputs.
    st = nt.lm.states([sents[0], sents[2]])
    i, j = sents[0].index("في"), len(sents[0]) + sents[2].index("في")
    assert not np.allclose(st[i], st[j])
    # A sentence's states do not depend on the others in the batch (padding changes nothing).
    np.testing.assert_allclose(nt.lm.states([sents[3]]), nt.lm.states(sents)[-len(sents[3]):], atol=1e-5)


def test_online_states_train_and_match_the_precomputed_ones_without_dropout(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    lm = _lm(_vocab(), _vectors())
    # Without word dropout, states computed per batch equal the precomputed ones: same training.
    a = _train(tmp_path / "a", {"taglm": "output", "word_dropout": 0.0}, lm)
    b = _train(tmp_path / "b", {"taglm": "output", "word_dropout": 0.0, "lm_online": True}, lm)
    with np.load(tmp_path / "a" / "ar_nn.npz") as za, np.load(tmp_path / "b" / "ar_nn.npz") as zb:
        np.testing.assert_allclose(za["out_w"], zb["out_w"], atol=1e-5)
    # With word dropout the language model reads the dropped words too: a different training.
    c = _train(tmp_path / "c", {"taglm": "output", "word_dropout": 0.5, "lm_online": True}, lm)
    d = _train(tmp_path / "d", {"taglm": "output", "word_dropout": 0.5}, lm)
    assert not np.allclose(c["net"].out.weight.detach().numpy(), d["net"].out.weight.detach().numpy())
    assert a["epochs"] == b["epochs"] == 2


def test_states_change_what_the_tagger_reads_and_a_plain_model_drops_a_stale_file(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    lm = _lm(_vocab(), _vectors())
    _train(tmp_path, {"taglm": True}, lm)
    sents = [s.split() for s in NEWS]
    with_lm, _ = NeuralTagger("ar", tmp_path, _resources()).emissions(sents)
    nt = NeuralTagger("ar", tmp_path, _resources())
    nt.lm.states = lambda s: np.zeros((sum(map(len, s)), 10), dtype=np.float32)  # type: ignore[method-assign]
    without, _ = nt.emissions(sents)
    assert not np.allclose(with_lm, without)
    _train(tmp_path, {}, None)  # a model without TagLM in the same directory
    assert not (tmp_path / "ar_nn_lm.npz").exists()
    assert NeuralTagger("ar", tmp_path, _resources()).lm is None


def test_taglm_needs_the_language_models_lstm(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    with pytest.raises(ValueError, match="needs the language model"):
        _train(tmp_path, {"taglm": True}, None)
    lm = {k: v for k, v in _lm(_vocab(), _vectors()).items() if not k.startswith("lstm.")}
    with pytest.raises(ValueError, match="LSTM"):
        _train(tmp_path, {"taglm": True}, lm)


def test_kg_train_network_step_writes_the_frozen_language_model(tmp_path: Path, write_news) -> None:
    pytest.importorskip("torch")
    from kg.ner.train import train_network

    write_news(NEWS)
    out = tmp_path / "model"
    out.mkdir()
    train = [(s.split(), ["O"] * len(s.split())) for s in NEWS]
    cfg = {"neural": {**HP, "epochs": 1, "lr": 0.0, "taglm": "output"},
           "lm": {"tokens": 40, "batch": 2, "transfer_lstm": False}}
    info = train_network(train, WORDS, _vectors(), _resources(), out, "ar", cfg, tmp_path, log=lambda m: None)
    assert info["lm_pretraining"]["transfer_lstm"] is False and info["hparams"]["taglm"] == "output"
    with np.load(out / "ar_nn_lm.npz") as lm, np.load(out / "ar_nn.npz") as nn:
        assert lm["lstm_wh"].shape == nn["lstm_wh"].shape  # both hidden 8 ...
        assert not np.allclose(lm["lstm_wh"], nn["lstm_wh"])  # ... but the tagger's LSTM started fresh
        np.testing.assert_allclose(lm["conv_w"], nn["conv_w"])  # the token inputs handed over (lr 0 keeps them)
    nt = NeuralTagger("ar", out, _resources())
    assert nt._lm_merged and len(nt.tag_batch([NEWS[0].split()])[0]) == len(NEWS[0].split())
