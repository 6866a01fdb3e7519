"""Contextual string embeddings: frozen character LMs as an extra input of the neural tagger
(kg.ner.charlm).

Needs torch (training); not the shared data: the tiny corpus of tests/test_ner_lm.py stands in.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from test_ner_lm import NEWS, _resources

from kg.ner import charlm
from kg.ner.neural import NeuralTagger

HP = {"hidden": 8, "char_filters": 6, "word_proj": 4, "train_word_dim": 3, "min_train_count": 1}
WORDS = ["الرئيس", "موسكو"]
LM = {"hidden": 6, "emb": 5, "batch": 3, "min_count": 1}


def _charlm() -> tuple[dict, dict]:
    arrays, info = charlm.pretrain([s.split() for s in NEWS] * 3, LM, log=lambda m: None)
    return arrays, info


def _train(tmp_path: Path, hp: dict, arrays: dict | None) -> dict:
    from kg.ner import neural_train

    tmp_path.mkdir(exist_ok=True)
    sents = [s.split() for s in NEWS]
    tags = [["O", "O", "B-PER", "O", "B-LOC"] + ["O"] * (len(s) - 5) for s in sents]
    vectors = np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)
    return neural_train.train(list(zip(sents, tags)), WORDS, vectors, _resources(), tmp_path,
                              hp={**HP, "epochs": 2, **hp}, log=lambda m: None, charlm=arrays)


def test_sentence_string_spans_cover_the_normalised_tokens() -> None:
    s, spans = charlm.sentence_string(["قال", "أحمد", "."])
    assert s == "\nقال احمد .\n"
    assert [s[a:b] for a, b in spans] == ["قال", "احمد", "."]


def test_numpy_runtime_matches_torch() -> None:
    torch = pytest.importorskip("torch")
    torch.manual_seed(0)
    chars = charlm.char_vocab([charlm.sentence_string(s.split())[0] for s in NEWS], 1)
    net = charlm._net(torch, len(chars), {**charlm.CHARLM_HPARAMS, **LM})
    with torch.no_grad():
        for p in net.parameters():
            p.normal_(0.0, 0.5)  # far from zero, so a wrong gate order or scaling would show
    rt = charlm.CharLM(charlm.export(net, chars))
    sents = [s.split() for s in NEWS] + [["كوندوليزا", "رايس", "xyz"]]  # unknown characters too
    ref = charlm.torch_embed(net, chars, sents)
    got = rt.embed(sents)
    assert got.shape == (sum(map(len, sents)), 12)
    np.testing.assert_allclose(got, ref, atol=1e-5)
    # One sentence alone gets the same embeddings as inside a padded batch.
    np.testing.assert_allclose(rt.embed([sents[-1]]), got[-3:], atol=1e-6)
    # Contextual: the same word in two sentences gets two different embeddings.
    i, j = sents[0].index("في"), len(sents[0]) + sents[1].index("في") if "في" in sents[1] else None
    if j is not None:
        assert not np.allclose(got[i], got[j])


def test_pretraining_learns_and_is_reproducible() -> None:
    pytest.importorskip("torch")
    hp = {**LM, "lr": 0.02}
    a, info = charlm.pretrain([s.split() for s in NEWS] * 20, hp, log=lambda m: None)
    b, _ = charlm.pretrain([s.split() for s in NEWS] * 20, hp, log=lambda m: None)
    for k in a:
        np.testing.assert_array_equal(a[k], b[k])
    # The mean loss per character over the (single) epoch ends below a uniform guess's.
    assert info["chars_trained"] > 0 and all(0 < x < np.log(info["char_types"] + 2) for x in info["loss"])


@pytest.mark.parametrize("mode", [True, "output"])
def test_tagger_with_char_embeddings_numpy_matches_torch(tmp_path: Path, mode: object) -> None:
    pytest.importorskip("torch")
    from kg.ner import neural_train

    arrays, _ = _charlm()
    info = _train(tmp_path, {"charlm": mode}, arrays)
    assert (tmp_path / "ar_nn_charlm.npz").is_file()
    with np.load(tmp_path / "ar_nn.npz") as z:
        assert z["out_w"].shape[1] == 2 * 8 + (12 if mode == "output" else 0)
        assert z["lstm_wx"].shape[2] == info["net"].lstm.input_size
    sents = [s.split() for s in NEWS] + [["كوندوليزا", "رايس", "في", "موسكو"]]
    ref = neural_train.torch_emissions(info["net"], info["encoder"], sents)
    nt = NeuralTagger("ar", tmp_path, _resources())
    assert nt.charlm is not None and nt.lm is None
    got, _ = nt.emissions(sents)
    for r, g in zip(ref, got):
        np.testing.assert_allclose(g[: len(r)], r, atol=1e-4)
    # The embeddings change what the tagger reads.
    nt.charlm.embed = lambda s: np.zeros((sum(map(len, s)), 12), dtype=np.float32)  # type: ignore[method-assign]
    without, _ = nt.emissions(sents)
    assert not np.allclose(got, without)


def test_option_is_off_by_default_and_a_plain_model_drops_a_stale_file(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from kg.ner import neural_train
    from kg.ner.train import CONFIG

    assert neural_train.HPARAMS["charlm"] is False
    assert not CONFIG["ar"].get("neural", {}).get("charlm") and "charlm" not in CONFIG["ar"]
    arrays, _ = _charlm()
    with pytest.raises(ValueError, match="needs the character"):
        _train(tmp_path, {"charlm": True}, None)
    with pytest.raises(ValueError, match="does not combine"):
        _train(tmp_path, {"charlm": True, "pos_dim": 4}, arrays)
    _train(tmp_path, {"charlm": True}, arrays)
    _train(tmp_path, {}, arrays)  # the option off: the arrays are ignored, the stale file removed
    assert not (tmp_path / "ar_nn_charlm.npz").exists()
    assert NeuralTagger("ar", tmp_path, _resources()).charlm is None


def test_kg_train_network_step_writes_the_character_lms(tmp_path: Path, write_news) -> None:
    pytest.importorskip("torch")
    from kg.ner.train import train_network

    write_news(NEWS)
    out = tmp_path / "model"
    out.mkdir()
    train = [(s.split(), ["O"] * len(s.split())) for s in NEWS]
    vectors = np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)
    cfg = {"neural": {**HP, "epochs": 1}, "charlm": {**LM, "tokens": 60}}
    info = train_network(train, WORDS, vectors, _resources(), out, "ar", cfg, tmp_path, log=lambda m: None)
    assert info["hparams"]["charlm"] is True and info["lm_pretraining"]["charlm"]["hidden"] == 6
    nt = NeuralTagger("ar", out, _resources())
    assert nt.charlm is not None and nt.charlm.dim == 12
    assert len(nt.tag_batch([NEWS[0].split()])[0]) == len(NEWS[0].split())
