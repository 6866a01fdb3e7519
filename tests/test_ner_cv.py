"""The cross-validation split of the NER training data (kg.ner.data.folds / fold_split)."""
from __future__ import annotations

import sys
from pathlib import Path

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


# --- benchmarks/ner_cv.py: --hp overrides of the fold networks, comparing two cv directories

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ner_cv():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import ner_cv
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return ner_cv


def test_fold_config_overrides_hparams_and_seed_without_touching_config(ner_cv) -> None:
    import copy

    from kg.ner.train import CONFIG

    before = copy.deepcopy(CONFIG["ar"])
    # one network per fold: seed 13 unless told (the shipped recipe is an ensemble of 13 and 14)
    one = {**before, "seeds": [13]}
    assert ner_cv.fold_config() == one and ner_cv.fold_config({}) == one
    cfg = ner_cv.fold_config({"seed": 14})
    assert cfg["seeds"] == [14]  # train_network takes the network's seed from cfg["seeds"]
    cfg = ner_cv.fold_config({"entity_dropout": 0.4})
    assert cfg["neural"] == {**before["neural"], "entity_dropout": 0.4}
    assert cfg["seeds"] == [13]
    assert {k: v for k, v in cfg.items() if k not in ("neural", "seeds")} == {
        k: v for k, v in before.items() if k not in ("neural", "seeds")}
    assert CONFIG["ar"] == before


def test_fold_config_rejects_unknown_hyper_parameters(ner_cv) -> None:
    with pytest.raises(ValueError, match="entity_drop"):
        ner_cv.fold_config({"entity_drop": 0.4})


def test_paired_bootstrap_gain_and_interval(ner_cv) -> None:
    import numpy as np

    rng = np.random.default_rng(0)
    gold = rng.integers(5, 15, size=200)
    base = np.stack([gold // 2, gold, gold], axis=1)  # F1 about 0.5 in every window
    gain, lo, hi, p = ner_cv.paired_bootstrap(base, base.copy(), 300, np.random.default_rng(1))
    assert gain == 0.0 and lo == hi == 0.0 and p == 0.0
    better = base.copy()
    better[:, 0] += 1  # one more true positive in every window
    gain, lo, hi, p = ner_cv.paired_bootstrap(better, base, 300, np.random.default_rng(1))
    expect = (better[:, 0].sum() - base[:, 0].sum()) / gold.sum()  # 2 tp / (predicted + gold), both = gold
    assert gain == pytest.approx(expect)
    assert 0 < lo <= gain <= hi and p == 1.0
    with pytest.raises(ValueError):
        ner_cv.paired_bootstrap(better[1:], base[1:] + [0, 0, 1], 10, np.random.default_rng(1))


def test_load_dirs_pairs_the_folds_every_directory_has(ner_cv, tmp_path: Path) -> None:
    import pickle

    sents = [([f"w{i}"], ["O"]) for i in range(10)]
    cuts = data.folds(10, 5)

    def fold(d: str, k: int, cut: range | None = None) -> None:
        r = cut or cuts[k - 1]
        (tmp_path / d / f"fold{k}").mkdir(parents=True)
        with (tmp_path / d / f"fold{k}" / "decoded.pkl").open("wb") as fh:
            pickle.dump({"fold": k, "range": (r.start, r.stop), "decoded": [], "seen": []}, fh)

    for k in (1, 2, 3):
        fold("a", k)
    for k in (2, 3, 10):
        fold("b", k, cuts[0] if k == 10 else None)
    (tmp_path / "b" / "fold4").mkdir()  # training, nothing decoded yet
    got = ner_cv.load_dirs([str(tmp_path / "a"), str(tmp_path / "b")], sents)
    assert [n for n, _ in got] == ["a", "b"]
    for _, zs in got:
        assert [z["range"] for z in zs] == [(2, 4), (4, 6)]
        assert [z["toks"] for z in zs] == [[["w2"], ["w3"]], [["w4"], ["w5"]]]
    same = ner_cv.load_dirs([str(tmp_path / "a"), str(tmp_path / "a") + "/"], sents)
    assert len({n for n, _ in same}) == 2  # the same directory twice: two labels
    fold("c", 2, cuts[3])  # fold2 of c holds out other sentences
    with pytest.raises(SystemExit):
        ner_cv.load_dirs([str(tmp_path / "a"), str(tmp_path / "c")], sents)


def test_unseen_counts_restrict_gold_and_predictions_alike(ner_cv) -> None:
    z = {"seen": ["a", "b"], "toks": [["a", "x", "b", "y"]], "gold": [["B-PER", "I-PER", "B-ORG", "B-LOC"]]}
    pred = [["B-PER", "I-PER", "B-PER", "B-ORG"]]
    # unseen-word gold: PER "a x", LOC "y"; predicted: PER "a x", ORG "y" (PER "b" is all seen)
    assert ner_cv.unseen_counts([z], [pred]) == (1, 2, 2)
    assert ner_cv.unseen_counts([z], [pred], "PER") == (1, 1, 1)
    assert ner_cv.unseen_counts([z], [pred], "ORG") == (0, 1, 0)


def test_ensemble_scores_average_marginals_or_emissions(ner_cv, tmp_path: Path) -> None:
    import numpy as np
    from test_ner_neural import _tiny_model

    from kg.ner.distil import mean_emission_scores
    from kg.ner.neural import NeuralTagger
    from kg.ner.resources import Resources
    _tiny_model(tmp_path, seed=1)
    (tmp_path / "b").mkdir()
    _tiny_model(tmp_path / "b", seed=2)
    (tmp_path / "ar_nn_2.npz").write_bytes((tmp_path / "b" / "ar_nn.npz").read_bytes())
    two = NeuralTagger("ar", tmp_path, Resources("ar"), members=2)
    sents = [["قال", "الرئيس", "بوتين", "في", "موسكو"], []]
    for average, want in (("marginals", ner_cv.mean_marginal_scores(two, sents)), ("emissions", mean_emission_scores(two, sents))):
        got = ner_cv.ensemble_scores(two, sents, average)
        for g, w in zip(got[:3], want[:3]):
            np.testing.assert_array_equal(g[0], w[0])
    assert not np.allclose(ner_cv.ensemble_scores(two, sents, "marginals")[1][0],
                           ner_cv.ensemble_scores(two, sents, "emissions")[1][0], atol=1e-3)
    with pytest.raises(ValueError, match="average"):
        ner_cv.ensemble_scores(two, sents, "votes")
    (tmp_path / "info.json").write_text('{"held_out": [0, 794]}')
    assert ner_cv.fold_teacher(tmp_path, range(0, 794), Resources("ar"))(sents[:1])[0].shape == (5, 9)
    with pytest.raises(SystemExit, match="holds out"):
        ner_cv.fold_teacher(tmp_path, range(794, 1589), Resources("ar"))
