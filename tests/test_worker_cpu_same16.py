"""The sixteenth session's worker CPU savings give what the code they replace gave.

Each test computes a value the new way and the way the code did before (kept here as the
reference), or checks the setting a pool worker now makes.
"""

from __future__ import annotations

import gc
import random

import numpy as np
import pytest

from kg import ner, parallel
from kg.ner import neural


@pytest.fixture(scope="module")
def arabic_nn() -> neural.NeuralTagger:
    nn = ner.load("ar")._nn
    if nn is None:
        pytest.skip("the Arabic neural tagger is not installed")
    if nn._pos is not None or nn.lm is not None or nn.charlm is not None or not nn._project_types:
        pytest.skip("the reference below covers a tagger whose inputs are its word types' projections")
    return nn


def _old_scatter(nn: neural.NeuralTagger, sentences: list[list[str]]) -> np.ndarray:
    """The recurrence's input as member_emissions built it before: one scatter per direction."""
    lengths = np.array([len(s) for s in sentences])
    b, t_max, h = len(sentences), int(lengths.max()), nn.hidden
    k_dirs = 2 * len(nn.ps)
    tokens = [w for s in sentences for w in s]
    rows = np.repeat(np.arange(b), lengths)
    cols = np.concatenate([np.arange(n) for n in lengths])
    rcols = np.repeat(lengths, lengths) - 1 - cols
    order = np.argsort(-lengths, kind="stable")
    rank = np.empty(b, dtype=np.intp)
    rank[order] = np.arange(b)
    srows = rank[rows]
    xin = np.zeros((t_max, k_dirs, b, 4 * h), dtype=np.float32)
    proj = nn._projections(tokens)
    for d in range(k_dirs):
        xin[rcols if d % 2 else cols, d, srows] = proj[:, d]
    return xin


_WORDS = ["قال", "الرئيس", "بوتين", "في", "موسكو", "يوم", "الخميس", "إن", "روسيا", "و", "كيم", "جونغ", "أون",
          "بيونغ", "يانغ", ".", "،", "2024", "وزير", "الدفاع", "Putin", "«", "»"]


@pytest.mark.parametrize("lengths", [[2], [7, 1], [1, 7], [3, 3, 3], [40, 2, 1, 17, 2, 60, 1, 9]])
def test_ner_recurrence_input_in_one_scatter_is_the_same(arabic_nn: neural.NeuralTagger, lengths: list[int],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(sum(lengths))
    sentences = [[rng.choice(_WORDS) for _ in range(n)] for n in lengths]
    seen: list[np.ndarray] = []
    scan = neural.lstm_scan

    def spy(xin: np.ndarray, wh: np.ndarray, active: np.ndarray | None = None) -> np.ndarray:
        seen.append(xin.copy())
        return scan(xin, wh, active)

    monkeypatch.setattr(neural, "lstm_scan", spy)
    arabic_nn.member_emissions(sentences)
    assert len(seen) == 1
    assert np.array_equal(seen[0], _old_scatter(arabic_nn, sentences))  # bit for bit, zeros included


def test_ner_odd_directions_read_reversed() -> None:
    assert neural.NeuralTagger._odd_dirs(4).tolist() == [False, True, False, True]
    assert neural.NeuralTagger._odd_dirs(2).tolist() == [False, True]


def test_ner_ensemble_crf_made_once_with_the_same_values(arabic_nn: neural.NeuralTagger) -> None:
    first = arabic_nn.crf()
    assert arabic_nn.crf() is first  # not made again for every document
    if len(arabic_nn.ps) > 1:
        for got, name in zip(first, ("trans", "start", "end")):
            want = np.mean([p[name] for p in arabic_nn.ps], axis=0).astype(np.float32)
            assert got.dtype == want.dtype and np.array_equal(got, want)


def test_worker_gc_makes_full_collections_rarer() -> None:
    before = gc.get_threshold()
    try:
        parallel.worker_gc()
        young, middle, oldest = gc.get_threshold()
        assert (young, middle) == before[:2] == (700, 10)  # the young generations as Python sets them
        assert oldest == parallel.WORKER_GC_THRESHOLDS[2] == 100
    finally:
        gc.set_threshold(*before)


def test_pool_worker_init_sets_the_collector(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import signal

    called: list[bool] = []
    monkeypatch.setattr(parallel, "worker_gc", lambda: called.append(True))
    old = signal.getsignal(signal.SIGINT)
    try:
        parallel._worker_init(os.getpid())  # the parent watch waits on this process: it never fires
    finally:
        signal.signal(signal.SIGINT, old)
    assert called == [True]


def test_run_makes_full_collections_rarer_while_it_streams() -> None:
    from kg.model import Document

    before = gc.get_threshold()
    docs = [Document(id=f"d{k}", text="زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ.", lang="ar") for k in range(3)]
    seen = []
    for outcome in parallel.run(docs, jobs=1, ner="none", steps=("sentences", "mentions")):
        seen.append((outcome.id, gc.get_threshold()))
    assert [i for i, _ in seen] == ["d0", "d1", "d2"]
    assert all(t == (before[0], before[1], max(before[2], 100)) for _, t in seen)
    assert gc.get_threshold() == before  # as they were once the stream ends


def test_rare_full_collections_restores_the_thresholds_on_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError):
        with parallel.rare_full_collections():
            assert gc.get_threshold()[2] == 100
            raise ValueError("boom")
    assert gc.get_threshold() == before
