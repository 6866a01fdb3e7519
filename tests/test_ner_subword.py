"""Subword vectors (kg.ner.subword) and the two options of the neural tagger that
use them or segment clitics (``"subword"``, ``"segment"``).

The expected hashes were computed with gensim 4.4 (``ft_hash_bytes``,
``ft_ngram_hashes``), which trains the n-gram table; neither gensim nor torch nor
the shared data is needed here.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

from kg.ner import subword
from kg.ner.arabic import PROCLITICS
from kg.ner.neural import LABELS, N_DENSE, Encoder, NeuralTagger
from kg.ner.resources import Resources


def test_fnv1a_matches_fasttext_including_bytes_over_127() -> None:
    assert subword.fnv1a(b"abc") == 440920331
    # Arabic letters are two UTF-8 bytes >= 0x80, which fastText reads as signed chars.
    assert subword.fnv1a("<كت".encode()) == 668484733
    assert subword.fnv1a("تاب>".encode()) == 4074136096


def test_bucket_ids_are_gensims_ngram_hashes() -> None:
    assert sorted(subword.bucket_ids("بوتين", 1000)) == sorted(
        [882, 228, 183, 716, 914, 145, 370, 388, 329, 570, 612, 119, 611, 73])
    word = "شوارزنيغر"
    assert sorted(subword.bucket_ids(word, 7919)) == sorted(
        subword.fnv1a(g.encode()) % 7919 for g in subword.ngrams(word))
    # 3- to 6-grams of "<word>": 9 + 8 + 7 + 6 for a 9-letter word (11 characters).
    assert len(subword.ngrams(word)) == 30


def test_subword_vector_is_the_mean_of_its_ngram_rows() -> None:
    table = np.arange(40, dtype=np.float32).reshape(20, 2)
    got = subword.subword_vectors(table, ["ab", ""])
    rows = list(subword.bucket_ids("ab", 20))
    np.testing.assert_allclose(got[0], table[rows].mean(axis=0))
    assert got[1].tolist() == [0.0, 0.0]  # no n-gram at all


def _model(directory: Path, sub_dim: int = 0, flags: list[str] | None = None, hidden: int = 4) -> None:
    rng = np.random.default_rng(0)
    vocab: dict[str, list[str]] = {
        "words": ["قال", "الرئيس", "رئيس", "بوتين"], "train_words": ["قال"],
        "chars": sorted(set("قالرئيسبوتينموسكو")), "shapes": ["a"], **({"flags": flags} if flags else {})}
    dims = {"word": (5, 3), "tword": (2, 2), "procl": (len(PROCLITICS) + 1, 2),
            **{f"cl{k}": (3, 2) for k in range(5)}, "gaz": (4, 2), "shape": (2, 2),
            "char": (len(vocab["chars"]) + 3, 3)}
    arrays = {k: rng.normal(size=s).astype(np.float32) for k, s in dims.items()}
    d_in = sum(s[1] for k, s in dims.items() if k != "char") + 4 + N_DENSE + sub_dim
    n = len(LABELS)
    arrays.update(
        conv_w=rng.normal(size=(4, 3, 3)).astype(np.float32), conv_b=rng.normal(size=4).astype(np.float32),
        lstm_wx=rng.normal(size=(2, 4 * hidden, d_in)).astype(np.float32),
        lstm_wh=rng.normal(size=(2, 4 * hidden, hidden)).astype(np.float32),
        lstm_b=rng.normal(size=(2, 4 * hidden)).astype(np.float32),
        out_w=rng.normal(size=(n, 2 * hidden)).astype(np.float32), out_b=rng.normal(size=n).astype(np.float32),
        trans=rng.normal(size=(n, n)).astype(np.float32), start=rng.normal(size=n).astype(np.float32),
        end=rng.normal(size=n).astype(np.float32))
    np.savez(directory / "ar_nn.npz", **arrays)
    if sub_dim:
        np.savez(directory / "ar_nn_sub.npz", sub=rng.normal(size=(50, sub_dim)).astype(np.float16))
    with gzip.open(directory / "ar_nn_vocab.json.gz", "wt", encoding="utf-8") as fh:
        json.dump(vocab, fh, ensure_ascii=False)


def test_tagger_appends_the_subword_vector_of_any_word(tmp_path: Path) -> None:
    _model(tmp_path, sub_dim=3)
    tagger = NeuralTagger("ar", tmp_path, Resources("ar"))
    sub = tagger.p["sub"]
    assert sub.dtype == np.float16
    for word in ("بوتين", "كوندوليزا"):  # a known word and one that no table holds
        vec = tagger._vector(word)[0]
        np.testing.assert_allclose(vec[-3:], subword.subword_vectors(sub, [word])[0], rtol=1e-6)
    assert tagger.encoder.word("كوندوليزا")[0][0] == 0  # no word vector ...
    assert np.abs(tagger._vector("كوندوليزا")[0][-3:]).sum() > 0  # ... but a subword vector
    scores, _ = tagger.emissions([["قال", "كوندوليزا", "رايس"]])
    assert scores.shape == (1, 3, len(LABELS)) and np.isfinite(scores).all()


def test_model_without_subword_file_reads_no_subword_input(tmp_path: Path) -> None:
    _model(tmp_path)
    tagger = NeuralTagger("ar", tmp_path, Resources("ar"))
    assert "sub" not in tagger.p
    assert tagger._vector("بوتين").shape[-1] == tagger.p["lstm_wx"].shape[2]


def test_segment_flag_feeds_the_stem_to_chars_and_vectors() -> None:
    vocab = {"words": ["الكتاب", "كتاب"], "train_words": [], "chars": sorted(set("الكتاب")), "shapes": []}
    plain = Encoder(vocab, Resources("ar"))
    seg = Encoder({**vocab, "flags": ["segment"]}, Resources("ar"))
    ids_p, chars_p, dense_p = plain.word("الكتاب")
    ids_s, chars_s, dense_s = seg.word("الكتاب")
    assert ids_p[0] == 1 and dense_p[2:4] == [1.0, 0.0]  # the whole word's vector
    assert ids_s[0] == 2 and dense_s[2:4] == [0.0, 1.0]  # the stem's vector
    assert len(chars_p) == len("الكتاب") + 2 and chars_s == [2] + chars_p[3:]  # "ال" gone
    assert ids_p[2] == ids_s[2] != 0  # the proclitic is still an input


def test_neural_tagger_module_imports_subword_code_only_when_a_model_needs_it() -> None:
    import subprocess
    import sys

    code = "import sys, kg.ner.neural; print('kg.ner.subword' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
