"""Distilling an ensemble into one network (kg.ner.distil; ``hp["distil"]`` of kg.ner.neural_train).

The teacher's side (mean emissions under the mean CRF) needs neither torch nor the shared data
(tiny random models, as in test_ner_neural.py); the student's loss and the tiny trainings need
torch (the ``train`` extra).
"""
from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from test_ner_lm import _resources
from test_ner_neural import _tiny_model

from kg.ner import distil
from kg.ner.neural import LABELS, NeuralTagger, viterbi
from kg.ner.resources import Resources

SENTS = [["قال", "الرئيس", "بوتين", "في", "موسكو"], ["بوتين"], []]


def _pair(tmp_path: Path) -> NeuralTagger:
    _tiny_model(tmp_path, seed=1)
    (tmp_path / "b").mkdir()
    _tiny_model(tmp_path / "b", seed=2)
    (tmp_path / "ar_nn_2.npz").write_bytes((tmp_path / "b" / "ar_nn.npz").read_bytes())
    return NeuralTagger("ar", tmp_path, Resources("ar"), members=2)


def _brute_marginals(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    n, n_lab = em.shape
    out = np.zeros((n, n_lab))
    for ys in itertools.product(range(n_lab), repeat=n):
        s = start[ys[0]] + end[ys[-1]] + sum(em[t, y] for t, y in enumerate(ys))
        s += sum(trans[a, b] for a, b in zip(ys, ys[1:]))
        for t, y in enumerate(ys):
            out[t, y] += np.exp(s)
    return out / out.sum(axis=1, keepdims=True)


def test_teacher_is_one_crf_over_the_members_mean_emissions(tmp_path: Path) -> None:
    two = _pair(tmp_path)
    em, _ = two.member_emissions(SENTS[:1])
    mean = em.mean(axis=0)[0]
    trans, start, end = distil.mean_crf(two)
    np.testing.assert_allclose(trans, (two.ps[0]["trans"] + two.ps[1]["trans"]) / 2, rtol=1e-6)
    scores, probs, paths, crf = distil.mean_emission_scores(two, SENTS)
    np.testing.assert_allclose(scores[0], mean, rtol=1e-6)
    np.testing.assert_allclose(probs[0], _brute_marginals(mean, trans, start, end), rtol=1e-4, atol=1e-6)
    assert paths[0].tolist() == viterbi(mean, trans, start, end)
    assert probs[2].shape == (0, len(LABELS))  # an empty sentence
    # The tagger decodes an ensemble the same way; not as the mean of the members' marginals
    # (how it did before: a weaker ensemble out of fold).
    np.testing.assert_allclose(probs[0], two.marginals_batch(SENTS[:1])[0], rtol=1e-6)
    assert [lab for lab, _ in two.tag_batch(SENTS[:1])[0]] == [LABELS[y] for y in paths[0]]
    lengths = [len(SENTS[0])]
    mean_marginals = sum(two.marginals(em[k][:1], lengths, k) for k in range(2)) / 2
    assert not np.allclose(probs[0], mean_marginals[0], atol=1e-3)
    got = distil.teacher_marginals(two, SENTS, batch=1)
    assert [g.dtype for g in got] == [np.float32] * 3
    np.testing.assert_allclose(got[1], probs[1], rtol=1e-6)


def test_teacher_of_one_network_is_its_own_crf(tmp_path: Path) -> None:
    _tiny_model(tmp_path)
    one = NeuralTagger("ar", tmp_path, Resources("ar"))
    for a, b in zip(distil.teacher_marginals(one, SENTS[:2]), one.marginals_batch(SENTS[:2])):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)


def test_torch_log_marginals_match_enumeration_and_numpy_with_padding() -> None:
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(3)
    n_lab = 3
    trans, start, end = (rng.normal(size=s).astype(np.float32) for s in ((n_lab, n_lab), n_lab, n_lab))
    em = rng.normal(size=(2, 4, n_lab)).astype(np.float32)
    lengths = [4, 2]
    mask = torch.tensor([[1.0, 1, 1, 1], [1, 1, 0, 0]])
    got = distil.crf_log_marginals(torch, torch.from_numpy(em), mask, *(torch.from_numpy(x) for x in (trans, start, end)))
    for b, n in enumerate(lengths):
        want = _brute_marginals(em[b, :n], trans, start, end)
        np.testing.assert_allclose(got[b, :n].exp().numpy(), want, rtol=1e-4, atol=1e-6)
    one = SimpleNamespace(ps=[{"trans": trans, "start": start, "end": end}])
    np.testing.assert_allclose(got[1, :2].exp().numpy(), NeuralTagger.marginals(one, em, lengths)[1, :2],
                               rtol=1e-4, atol=1e-6)


def test_kl_term_is_zero_when_the_student_is_the_teacher() -> None:
    torch = pytest.importorskip("torch")
    rng = np.random.default_rng(5)
    n_lab = len(LABELS)
    em = torch.from_numpy(rng.normal(size=(2, 3, n_lab)).astype(np.float32))
    crf = [torch.from_numpy(rng.normal(size=s).astype(np.float32)) for s in ((n_lab, n_lab), n_lab, n_lab)]
    mask = torch.tensor([[1.0, 1, 1], [1, 1, 0]])
    log_p = distil.crf_log_marginals(torch, em, mask, *crf)
    q = distil.pad_targets(torch, [log_p[0].exp().numpy(), log_p[1, :2].exp().numpy()], 3, n_lab)
    assert abs(float(distil.kl_to_teacher(torch, log_p, q, mask))) < 1e-5
    other = distil.crf_log_marginals(torch, em.flip(2), mask, *crf)
    assert float(distil.kl_to_teacher(torch, other, q, mask)) > 0.1
    # The filler past a sentence's end never counts.
    assert float(distil.kl_to_teacher(torch, other, q, torch.zeros(2, 3))) == 0.0


NEWS = [["قال", "الرئيس", "ماكرون", "في", "باريس"], ["واكد", "وزير", "الخارجية", "في", "القاهرة"]]


def _train(tmp_path: Path, name: str, hp: dict, **kw: object) -> dict[str, np.ndarray]:
    from kg.ner import neural_train

    res = _resources()
    sents = [s.split() for s in ("قال الرئيس بوتين في موسكو ان الحكومة ستجتمع غدا .",
                                 "واكد وزير الخارجية في القاهرة ان الاجتماع سيعقد غدا .")]
    train = [(s, ["O", "O", "B-PER", "O", "B-LOC"] + ["O"] * (len(s) - 5)) for s in sents]
    vectors = np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)
    out = tmp_path / name
    out.mkdir()
    small = {"hidden": 6, "char_filters": 4, "word_proj": 4, "train_word_dim": 3, "epochs": 2, "batch": 2,
             "min_train_count": 1}
    neural_train.train(train, ["الرئيس", "موسكو"], vectors, res, out, hp={**small, **hp}, log=lambda m: None, **kw)
    with np.load(out / "ar_nn.npz") as z:
        return {k: z[k] for k in z.files}


def test_distillation_is_off_by_default_and_changes_the_network_when_on(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    seen: list[list[list[str]]] = []

    def teacher(sentences: list[list[str]]) -> list[np.ndarray]:
        seen.append(list(sentences))
        out = []
        for s in sentences:  # a teacher sure every token is B-ORG
            q = np.full((len(s), len(LABELS)), 1e-3, dtype=np.float32)
            q[:, LABELS.index("B-ORG")] = 1.0
            out.append(q / q.sum(axis=1, keepdims=True))
        return out

    plain = _train(tmp_path, "plain", {})
    off = _train(tmp_path, "off", {}, teacher=teacher, unlabeled=NEWS)
    assert not seen  # hp["distil"] 0: the teacher is never asked
    assert all(np.array_equal(plain[k], off[k]) for k in plain)
    on = _train(tmp_path, "on", {"distil": 5.0}, teacher=teacher, unlabeled=NEWS)
    assert len(seen) == 1 and len(seen[0]) == 2  # the training sentences only (no "distil_news")
    assert not np.allclose(plain["out_b"], on["out_b"])
    b_org = LABELS.index("B-ORG")
    assert on["out_b"][b_org] - on["out_b"].mean() > plain["out_b"][b_org] - plain["out_b"].mean()
    seen.clear()
    news = _train(tmp_path, "news", {"distil": 5.0, "distil_news": 1.0}, teacher=teacher, unlabeled=NEWS)
    assert seen[1] == NEWS  # the news sentences are taught too
    assert not np.allclose(on["out_b"], news["out_b"])
    with pytest.raises(ValueError, match="teacher"):
        _train(tmp_path, "none", {"distil": 1.0})


def test_news_pool_leaves_out_the_sample_and_cuts_sentences(tmp_path: Path) -> None:
    full = tmp_path / "full.jsonl.gz"
    arts = [{"id": "a", "text": "ا ب ج د ه . و ز"}, {"id": "b", "text": "ح ط ي ك ل م ن س ع ف ص"},
            {"id": "c", "text": "ق ر ش ت ث خ"}]
    with gzip.open(full, "wt", encoding="utf-8") as fh:
        fh.writelines(json.dumps(a, ensure_ascii=False) + "\n" for a in arts)
    sample = tmp_path / "sample.jsonl"
    sample.write_text(json.dumps({"id": "b", "text": "..."}) + "\n", encoding="utf-8")
    got = distil.news_pool(full, 10, exclude=sample, min_len=3, max_len=6)
    assert sorted(map(tuple, got)) == [("ا", "ب", "ج", "د", "ه", "."), ("ق", "ر", "ش", "ت", "ث", "خ")]
    assert len(distil.news_pool(full, 1, exclude=sample, min_len=3, max_len=6)) == 1
    everything = distil.news_pool(full, 10, min_len=3, max_len=6)
    assert ["ح", "ط", "ي", "ك", "ل", "م"] in everything


def test_train_network_trains_the_teacher_ensemble_first(tmp_path: Path) -> None:
    pytest.importorskip("torch")
    from kg.ner.train import train_network

    res = _resources()
    sents = [s.split() for s in ("قال الرئيس بوتين في موسكو ان الحكومة ستجتمع غدا .",
                                 "واكد وزير الخارجية في القاهرة ان الاجتماع سيعقد غدا .")]
    train = [(s, ["O", "O", "B-PER", "O", "B-LOC"] + ["O"] * (len(s) - 5)) for s in sents]
    vectors = np.random.default_rng(0).normal(size=(2, 6)).astype(np.float32)
    small = {"hidden": 6, "char_filters": 4, "word_proj": 4, "train_word_dim": 3, "epochs": 2, "batch": 2,
             "min_train_count": 1}
    logs: list[str] = []
    outs = {}
    for name, extra in (("plain", {}), ("student", {"distil": {"teacher_seeds": [1, 2], "news": 0, "weight": 5.0}})):
        out = tmp_path / name
        out.mkdir()
        info = train_network(train, ["الرئيس", "موسكو"], vectors, res, out, "ar",
                             {"neural": small, "seeds": [1], **extra}, tmp_path, log=logs.append)
        with np.load(out / "ar_nn.npz") as z:
            outs[name] = {k: z[k] for k in z.files}
    assert info["distillation"] == {"teacher_seeds": [1, 2], "news": 0, "weight": 5.0}
    assert info["hparams"]["distil"] == 5.0 and info["hparams"]["distil_news"] == 0.0
    assert sum("distillation teacher" in m for m in logs) == 2
    assert not (tmp_path / "student" / "ar_nn_2.npz").exists()  # one network ships
    assert not np.allclose(outs["plain"]["out_b"], outs["student"]["out_b"])
