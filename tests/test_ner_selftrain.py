"""Self-training data (kg.ner.selftrain) and the POS input of the neural tagger (kg.ner.posfeat).

Neither torch nor the shared data is needed: a tiny random network (as in
test_ner_neural.py) stands in for a trained one.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np
import pytest
from test_ner_neural import _tiny_model

from kg.ner.neural import NeuralTagger
from kg.ner.resources import Resources
from kg.ner.selftrain import confident, news_sentences, silver

SENTS = [["قال", "الرئيس", "بوتين", "في", "موسكو"], ["بوتين", "قال"], ["في", "موسكو", "قال"]]


def test_confident_needs_every_token_sure_and_an_entity() -> None:
    tagged = [
        [("B-PER", 0.95), ("I-PER", 0.91), ("O", 0.99)],  # kept
        [("B-PER", 0.95), ("O", 0.89)],                   # one unsure token
        [("O", 0.99), ("O", 0.99)],                       # no entity
        [],                                               # empty
    ]
    assert confident(tagged, 0.9) == [0]
    assert confident(tagged, 0.85) == [0, 1]
    assert confident(tagged, 0.9, min_entities=0) == [0, 2]
    assert confident(tagged, 0.9, min_entities=2) == []


def test_news_sentences_split_filter_and_deduplicate() -> None:
    text = "قال الرئيس بوتين في موسكو اليوم. نعم. قال الرئيس بوتين في موسكو اليوم.\nوأضاف أن الوفد وصل إلى القاهرة"
    out = news_sentences([text], min_len=4, max_len=8)
    assert out == [["قال", "الرئيس", "بوتين", "في", "موسكو", "اليوم", "."],
                   ["وأضاف", "أن", "الوفد", "وصل", "إلى", "القاهرة"]]
    assert news_sentences([text], min_len=7, max_len=7) == [out[0]]


def test_silver_keeps_the_taggers_labels_of_confident_sentences(tmp_path: Path) -> None:
    _tiny_model(tmp_path)
    tagger = NeuralTagger("ar", tmp_path, Resources("ar"))
    tagged = tagger.tag_batch(SENTS)
    everything = silver(tagger, SENTS, threshold=0.0, min_entities=0, batch=2)
    assert everything == [(s, [y for y, _ in t]) for s, t in zip(SENTS, tagged)]
    cut = min(min(p for _, p in t) for t in tagged)
    kept = silver(tagger, SENTS, threshold=cut + 1e-9, min_entities=0)
    assert len(kept) < len(SENTS)
    assert silver(tagger, SENTS, threshold=1.01, min_entities=0) == []


def _with_pos(directory: Path, table: np.ndarray) -> None:
    """Give the tiny model a POS embedding: ``table`` rows, extra LSTM input columns."""
    from kg.ner.posfeat import UPOS

    with np.load(directory / "ar_nn.npz") as z:
        arrays = {k: z[k] for k in z.files}
    rng = np.random.default_rng(7)
    extra = rng.normal(size=(2, arrays["lstm_wx"].shape[1], table.shape[1])).astype(np.float32)
    arrays["lstm_wx"] = np.concatenate([arrays["lstm_wx"], extra], axis=2)
    arrays["pos"] = table.astype(np.float32)
    np.savez(directory / "ar_nn.npz", **arrays)
    with gzip.open(directory / "ar_nn_vocab.json.gz", "rt", encoding="utf-8") as fh:
        vocab = json.load(fh)
    vocab["pos"] = list(UPOS)
    with gzip.open(directory / "ar_nn_vocab.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(vocab, fh, ensure_ascii=False)


def test_pos_input_enters_after_the_word_inputs(tmp_path: Path) -> None:
    from kg.events.pos import get_tagger
    from kg.ner.posfeat import UPOS, PosIds

    if get_tagger("ar") is None:
        pytest.fail("kg/events/models/pos_ar.crfsuite is part of the package and must load")
    ids = PosIds()(SENTS)
    assert [len(x) for x in ids] == [len(s) for s in SENTS]
    assert all(1 <= i <= len(UPOS) for x in ids for i in x)
    plain_dir, zero_dir, pos_dir = tmp_path / "plain", tmp_path / "zero", tmp_path / "pos"
    for d in (plain_dir, zero_dir, pos_dir):
        d.mkdir()
        _tiny_model(d)
    _with_pos(zero_dir, np.zeros((len(UPOS) + 1, 3)))
    _with_pos(pos_dir, np.random.default_rng(3).normal(size=(len(UPOS) + 1, 3)))
    plain, _ = NeuralTagger("ar", plain_dir, Resources("ar")).emissions(SENTS)
    zero, _ = NeuralTagger("ar", zero_dir, Resources("ar")).emissions(SENTS)
    with_pos, _ = NeuralTagger("ar", pos_dir, Resources("ar")).emissions(SENTS)
    # Zero POS vectors add nothing, so the extra input columns must be the POS ones.
    np.testing.assert_allclose(zero, plain, rtol=1e-5, atol=1e-6)
    assert not np.allclose(with_pos, plain, atol=1e-3)
