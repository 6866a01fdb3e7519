"""A character n-gram scorer: does this Arabic word look like a (foreign) name?

Most person names in Arabic news that a tagger has never seen are transliterations
(``كريفوروتشكو``, ``بومبيو``); their letter patterns (long vowels in odd places,
``تش``, ``غ``, ``فيتش``...) differ from Arabic morphology.  This is a logistic
regression on character 1-5-grams of the normalised word, trained on the Arabic
person-name tokens of ANETAC (positives) against frequent words of unlabeled news
that are not names there (negatives).  Only the learned n-gram weights ship,
not the name lists.
"""
from __future__ import annotations

import gzip
import json
import math
from collections.abc import Iterable
from functools import lru_cache
from itertools import repeat
from pathlib import Path


def ngrams(word: str, n_max: int = 5) -> list[str]:
    """Character n-grams of ``<word>`` (``<``/``>`` mark the ends), n = 1..n_max.

    >>> ngrams("بوش", 2)
    ['<', 'ب', 'و', 'ش', '>', '<ب', 'بو', 'وش', 'ش>']
    """
    w = f"<{word}>"
    size = len(w) + 1
    return [w[i: i + n] for n in range(1, n_max + 1) for i in range(size - n)]


@lru_cache(maxsize=256)
def _gram_slices(size: int) -> tuple[slice, ...]:
    """The slices of :func:`ngrams` (``n_max`` 5) of a marked word of ``size - 1`` characters,
    in its order: a word's n-grams are then sliced in C (``map(w.__getitem__, ...)``)."""
    return tuple(slice(i, i + n) for n in range(1, 6) for i in range(size - n))


class NameScorer:
    """Scores words with learned n-gram weights; cached per word."""

    def __init__(self, weights: dict[str, float], bias: float) -> None:
        self.weights = weights
        self.bias = bias
        self.score = lru_cache(maxsize=200_000)(self._score)

    def _score(self, word: str) -> float:
        # the n-grams of ngrams(word), in its order (the same float sum), sliced without a Python loop
        w = f"<{word}>"
        z = self.bias + sum(map(self.weights.get, map(w.__getitem__, _gram_slices(len(w) + 1)), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def save(self, path: str | Path) -> None:
        """Write the weights as gzip-compressed JSON (stable bytes)."""
        payload = json.dumps(
            {"bias": round(self.bias, 4), "weights": {g: round(w, 3) for g, w in sorted(self.weights.items())}},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
        with Path(path).open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
            gz.write(payload)

    @classmethod
    def load(cls, path: str | Path) -> NameScorer:
        """Read weights written by :meth:`save`."""
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            d = json.load(fh)
        return cls(d["weights"], d["bias"])


def train(
    positives: Iterable[str],
    negatives: Iterable[str],
    *,
    l2: float = 1.0,
    prune: float = 0.02,
    max_iter: int = 200,
) -> NameScorer:
    """Fit the scorer by L2-regularised logistic regression (classes weighted equally).

    Args:
        positives: name tokens (normalised).
        negatives: ordinary words (normalised), disjoint from ``positives``.
        l2: regularisation strength.
        prune: n-grams whose |weight| is below this are dropped from the model.
        max_iter: L-BFGS iterations.
    """
    import numpy as np
    from scipy import sparse
    from scipy.optimize import minimize

    pos = sorted(set(positives))
    neg = sorted(set(negatives) - set(pos))
    words = pos + neg
    y = np.concatenate([np.ones(len(pos)), np.zeros(len(neg))])
    sw = np.where(y == 1, len(words) / (2 * len(pos)), len(words) / (2 * len(neg)))
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, w in enumerate(words):
        for g in sorted(set(ngrams(w))):  # sorted: column order must not follow str hashing
            rows.append(i)
            cols.append(vocab.setdefault(g, len(vocab)))
    x = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(words), len(vocab)))
    n = len(words)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        z = x @ w + b
        p = 1.0 / (1.0 + np.exp(-z))
        eps = 1e-12
        ll = -(sw * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum() / n
        g = sw * (p - y) / n
        grad = np.concatenate([x.T @ g + l2 * w / n, [g.sum()]])
        return ll + 0.5 * l2 * (w @ w) / n, grad

    res = minimize(loss, np.zeros(len(vocab) + 1), jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
    w = res.x
    inv = {i: g for g, i in vocab.items()}
    weights = {inv[i]: float(w[i]) for i in range(len(vocab)) if abs(w[i]) >= prune}
    return NameScorer(weights, float(w[-1]))
