"""Training a CRF end to end on a tiny fixture (no shared data needed)."""
from __future__ import annotations

from pathlib import Path

from kg.ner import crf
from kg.ner.conll import read_conll
from kg.ner.features import featurizer
from kg.ner.resources import Resources
from kg.ner.scoring import score

FIX = Path(__file__).parent / "fixtures" / "ner"


def test_fit_then_predict_recovers_training_labels(tmp_path: Path) -> None:
    sents = read_conll(FIX / "ar_small.conll")
    f = featurizer(Resources("ar"))
    crf.fit(sents, f, tmp_path / "m.crfsuite", {"c1": 0.0, "c2": 0.001, "max_iterations": 100})
    pred = crf.predict(tmp_path / "m.crfsuite", [t for t, _ in sents], f)
    assert score([g for _, g in sents], pred).micro.f1 == 1.0


def test_fit_is_deterministic(tmp_path: Path) -> None:
    sents = read_conll(FIX / "en_small.conll")
    f = featurizer(Resources("en"))
    for name in ("a", "b"):
        crf.fit(sents, f, tmp_path / f"{name}.crfsuite", {"max_iterations": 30})
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
