"""The cross-validation split of the NER training data (kg.ner.data.folds / fold_split)."""
from __future__ import annotations

import pytest

from kg.ner import data


@pytest.mark.parametrize("n,k", [(3973, 5), (10, 3), (5, 5), (11, 2)])
def test_folds_are_contiguous_disjoint_and_cover(n: int, k: int) -> None:
    cuts = data.folds(n, k)
    assert len(cuts) == k
    assert cuts[0].start == 0 and cuts[-1].stop == n
    for a, b in zip(cuts, cuts[1:]):
        assert a.stop == b.start  # contiguous, no gap, no overlap
    assert all(r.step == 1 and len(r) > 0 for r in cuts)
    assert sorted(i for r in cuts for i in r) == list(range(n))
    sizes = [len(r) for r in cuts]
    assert max(sizes) - min(sizes) <= 1


def test_folds_reject_more_folds_than_sentences() -> None:
    with pytest.raises(ValueError):
        data.folds(3, 5)


def test_fold_split_holds_out_one_block_in_order() -> None:
    sents = [([f"w{i}"], ["O"]) for i in range(23)]
    held_all = []
    for f in range(5):
        train, held = data.fold_split(sents, f, 5)
        r = data.folds(23, 5)[f]
        assert held == sents[r.start:r.stop]
        assert train == [s for i, s in enumerate(sents) if i not in r]  # order kept
        assert not {id(s) for s in train} & {id(s) for s in held}
        held_all.extend(held)
    assert held_all == sents  # every sentence held out exactly once
