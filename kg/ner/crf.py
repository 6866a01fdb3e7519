"""Thin helpers over python-crfsuite: fit a model, tag with marginals."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from kg.ner.conll import Sentence
from kg.ner.features import Features

#: Default training parameters (L-BFGS with elastic-net regularisation).
PARAMS: dict[str, float | int | bool] = {
    "c1": 0.05,
    "c2": 0.01,
    "max_iterations": 200,
    "feature.possible_transitions": True,
}


def fit(
    sentences: Sequence[Sentence],
    featurize: Callable[[list[str]], Features],
    model_path: str | Path,
    params: dict[str, float | int | bool] | None = None,
) -> None:
    """Train a CRF on ``sentences`` and write it to ``model_path``.

    Training is deterministic: L-BFGS with fixed data order has no random state.
    """
    fit_items([featurize(tokens) for tokens, _ in sentences], [tags for _, tags in sentences],
              model_path, params)


def fit_items(
    items: Sequence[Features],
    tags: Sequence[list[str]],
    model_path: str | Path,
    params: dict[str, float | int | bool] | None = None,
) -> None:
    """Train a CRF on precomputed feature lists (one per sentence) and their tags."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in zip(items, tags, strict=True):
        trainer.append(xseq, yseq)
    trainer.select("lbfgs")
    trainer.set_params({**PARAMS, **(params or {})})
    trainer.train(str(model_path))


def predict(
    model_path: str | Path,
    sentences: Sequence[list[str]],
    featurize: Callable[[list[str]], Features],
) -> list[list[str]]:
    """Tag token lists with a trained model file."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    try:
        return [list(tagger.tag(featurize(tokens))) if tokens else [] for tokens in sentences]
    finally:
        tagger.close()
