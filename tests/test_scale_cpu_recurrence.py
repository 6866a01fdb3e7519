"""The eleventh session's CPU savings give the same results as the code they replace.

Each test computes a value the new way and the way the code did before (kept here as the
reference) and checks that they are equal (to float32 rounding: tests/fixtures/ner/floats.py).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
import pytest

from kg import ner
from kg.ner import neural

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "ner"))
from floats import same  # noqa: E402  (float32 outputs of two paths)


@pytest.fixture(scope="module")
def arabic_nn() -> neural.NeuralTagger:
    nn = ner.load("ar")._nn
    if nn is None:
        pytest.skip("the Arabic neural tagger is not installed")
    if nn._pos is not None or nn.lm is not None or nn.charlm is not None:
        pytest.skip("the reference below covers a tagger without POS or language-model inputs")
    return nn


def _padded_emissions(nn: neural.NeuralTagger, sentences: list[list[str]]) -> np.ndarray:
    """``member_emissions`` as it was: every sentence padded to the longest through the whole recurrence."""
    lengths = np.array([len(s) for s in sentences])
    b, t_max, h = len(sentences), int(lengths.max()), nn.hidden
    k_dirs = 2 * len(nn.ps)
    flat = nn._vectors([w for s in sentences for w in s])
    rows = np.repeat(np.arange(b), lengths)
    cols = np.concatenate([np.arange(n) for n in lengths])
    rcols = np.repeat(lengths, lengths) - 1 - cols
    xin = np.zeros((t_max, k_dirs, b, 4 * h), dtype=np.float32)
    for d in range(k_dirs):
        xin[rcols if d % 2 else cols, d, rows] = flat[:, d // 2] @ nn._wx[d] + nn._b[d]
    out = neural.lstm_scan(xin, nn._wh)
    n_lab = nn.p["out_b"].shape[0]
    scores = np.zeros((len(nn.ps), b, t_max, n_lab), dtype=np.float32)
    for k, p in enumerate(nn.ps):
        fwd = out[cols, 2 * k, rows]
        bwd = out[rcols, 2 * k + 1, rows]
        scores[k, rows, cols] = np.concatenate([fwd, bwd], axis=1) @ p["out_w"].T + p["out_b"]
    if nn.o_bias:
        scores[:, rows, cols, 0] -= nn.o_bias
    return scores


def _document(rng: random.Random, lengths: list[int]) -> list[list[str]]:
    words = ["قال", "الرئيس", "بوتين", "في", "موسكو", "يوم", "الخميس", "إن", "روسيا", "و", "كيم", "جونغ", "أون",
             "بيونغ", "يانغ", ".", "،", "2024", "وزير", "الدفاع", "Putin", "US-led", "«", "»"]
    return [[rng.choice(words) for _ in range(n)] for n in lengths]


@pytest.mark.parametrize("lengths", [
    [5], [1], [1, 1], [7, 1], [1, 7], [3, 3, 3], [40, 2, 1, 17, 2, 60, 1, 9],
    [12, 30, 30, 4, 1, 1, 1, 55, 8, 8, 2, 26, 70, 3, 14],
])
def test_ner_recurrence_longest_first_equals_padded(arabic_nn: neural.NeuralTagger, lengths: list[int]) -> None:
    sentences = _document(random.Random(sum(lengths)), lengths)
    new, mask = arabic_nn.member_emissions(sentences)
    old = _padded_emissions(arabic_nn, sentences)
    live = mask.astype(bool)
    assert same(new[:, live], old[:, live])  # equal where a token is (to float32 rounding)
    assert not new[:, ~live].any()  # and nothing past a sentence's end


def test_ner_recurrence_keeps_two_rows_active(arabic_nn: neural.NeuralTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    """One active row would be a vector product, rounded differently from the padded one."""
    seen: list[int] = []
    scan = neural.lstm_scan

    def spy(xin: np.ndarray, wh: np.ndarray, active: np.ndarray | None = None) -> np.ndarray:
        seen.extend([] if active is None else active.tolist())
        return scan(xin, wh, active)

    monkeypatch.setattr(neural, "lstm_scan", spy)
    arabic_nn.member_emissions(_document(random.Random(1), [30, 2, 1]))
    assert seen[:2] == [3, 2] and min(seen) == 2 and len(seen) == 30


def test_ner_projections_per_type_equal_the_documents_product(arabic_nn: neural.NeuralTagger,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوية"
    types = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 10))) for _ in range(300)})
    vecs = arabic_nn._new_vectors(types)
    whole = np.stack([vecs[:, d // 2] @ wx + b for d, (wx, b) in enumerate(zip(arabic_nn._wx, arabic_nn._b))], axis=1)
    for size in (1, 2, 13, len(types)):  # one type alone is the case a vector product would round differently
        got = np.concatenate([arabic_nn._new_projections(types[i:i + size]) for i in range(0, len(types), size)])
        assert got.dtype == np.float32 and same(got, whole)
    # through the caches (projections of 4 types, vectors of 8), in documents that each bring one
    # new type, with evictions from both
    monkeypatch.setattr(arabic_nn, "_proj_rows", neural.TypeRows(4))
    monkeypatch.setattr(arabic_nn, "_vec_rows", neural.TypeRows(8))
    for k in range(1, 40):
        sentences = [types[max(0, k - 3): k + 1], [types[0], types[k]]]
        new, mask = arabic_nn.member_emissions(sentences)
        assert same(new[:, mask.astype(bool)], _padded_emissions(arabic_nn, sentences)[:, mask.astype(bool)])
        assert len(arabic_nn._proj_rows.index) <= 4 and arabic_nn._proj_rows.rows.shape[0] <= 4
        assert len(arabic_nn._vec_rows.index) <= 8


def test_ner_one_token_document_is_not_projected_from_the_cache(arabic_nn: neural.NeuralTagger) -> None:
    for word in ["بوتين", "Putin", "و", "."]:
        new, _ = arabic_nn.member_emissions([[word]])
        assert same(new, _padded_emissions(arabic_nn, [[word]]))


def _viterbi_batch_before(scores: np.ndarray, lengths: list[int], trans: np.ndarray, start: np.ndarray,
                          end: np.ndarray) -> np.ndarray:
    """``viterbi_batch`` as it was: every row through every step, old and new values chosen by a mask."""
    b, t_max, n_lab = scores.shape
    lengths_a = np.asarray(lengths)
    delta = start + scores[:, 0]
    back = np.empty((b, t_max, n_lab), dtype=np.int64)
    back[:, 0] = np.arange(n_lab)
    ident = np.broadcast_to(np.arange(n_lab), (b, n_lab))
    for t in range(1, t_max):
        cand = delta[:, :, None] + trans[None]
        arg = cand.argmax(axis=1)
        new = np.take_along_axis(cand, arg[:, None, :], axis=1)[:, 0] + scores[:, t]
        live = (t < lengths_a)[:, None]
        back[:, t] = np.where(live, arg, ident)
        delta = np.where(live, new, delta)
    y = (delta + end).argmax(axis=1)
    path = np.empty((b, t_max), dtype=np.int64)
    rows = np.arange(b)
    for t in range(t_max - 1, 0, -1):
        path[:, t] = y
        y = back[rows, t, y]
    path[:, 0] = y
    return path


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_ner_viterbi_longest_first_equals_masked(dtype: type) -> None:
    rng = np.random.default_rng(11)
    n_lab = len(neural.LABELS)
    trans, start, end = (rng.normal(size=s).astype(np.float32) for s in ((n_lab, n_lab), n_lab, n_lab))
    bio_trans, bio_start = neural._bio_constraints()
    for lengths in ([1], [4], [1, 1], [3, 9, 1, 9, 2], [30, 1, 7, 7, 22, 2, 15, 1, 40]):
        scores = (rng.normal(size=(len(lengths), max(lengths), n_lab)) * 3).astype(dtype)
        scores[:, :, 1] = scores[:, :, 3]  # ties: the first label must win, as before
        for crf in ((trans, start, end), (bio_trans, bio_start, np.zeros(n_lab))):
            new = neural.viterbi_batch(scores, lengths, *crf)
            old = _viterbi_batch_before(scores, lengths, *crf)
            for k, n in enumerate(lengths):
                assert new[k, :n].tolist() == old[k, :n].tolist()
                assert new[k, :n].tolist() == neural.viterbi(scores[k, :n], *crf)


def _marginals_before(nn: neural.NeuralTagger, scores: np.ndarray, lengths: list[int]) -> np.ndarray:
    """``marginals`` as it was: every row through every step."""
    b, t_max, n_lab = scores.shape
    lengths_a = np.asarray(lengths)
    em = scores.astype(np.float64)
    em = np.exp(em - em.max(axis=2, keepdims=True))
    p = nn.ps[0]
    trans = np.exp(p["trans"].astype(np.float64))
    end = np.exp(p["end"].astype(np.float64))
    alpha = np.empty((b, t_max, n_lab))
    beta = np.empty((b, t_max, n_lab))
    a = np.exp(p["start"].astype(np.float64)) * em[:, 0]
    alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
    for t in range(1, t_max):
        a = (alpha[:, t - 1] @ trans) * em[:, t]
        alpha[:, t] = a / a.sum(axis=1, keepdims=True)
    beta[:, t_max - 1] = end
    for t in range(t_max - 2, -1, -1):
        nb = (em[:, t + 1] * beta[:, t + 1]) @ trans.T
        nb /= nb.sum(axis=1, keepdims=True)
        beta[:, t] = np.where((t < lengths_a - 1)[:, None], nb, end)
    m = alpha * beta
    return m / np.maximum(m.sum(axis=2, keepdims=True), 1e-300)


@pytest.mark.parametrize("lengths", [[1], [6], [1, 1], [2, 1], [1, 9], [3, 9, 1, 9, 2], [30, 1, 7, 7, 22, 2, 15, 1, 40]])
def test_ner_marginals_longest_first_equal_padded(arabic_nn: neural.NeuralTagger, lengths: list[int]) -> None:
    rng = np.random.default_rng(len(lengths) * 100 + max(lengths))
    scores = (rng.normal(size=(len(lengths), max(lengths), len(neural.LABELS))) * 4).astype(np.float32)
    new = arabic_nn.marginals(scores, lengths)
    old = _marginals_before(arabic_nn, scores, lengths)
    for k, n in enumerate(lengths):
        assert same(new[k, :n], old[k, :n])  # equal inside each sentence (past it: filler)
