"""Word clusters from unlabeled news: PPMI co-occurrence, SVD, then k-means.

A stand-in for Brown clusters that builds in a couple of minutes on one core:

1. count each frequent word's left and right neighbours (window 2, position-aware)
   among the most frequent context words;
2. weight the counts by positive PMI and reduce them to ``dim`` dimensions with a
   truncated SVD;
3. k-means the unit-length word vectors into ``ks[0]`` fine clusters, then k-means
   the fine centroids into each coarser ``ks[i]`` so the levels nest like a tree.

Each word gets one id per level; the NER features use every level.  Building needs
numpy and scipy (training-time only); loading the shipped table needs neither.
"""
from __future__ import annotations

import gzip
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

#: word -> cluster ids, finest first.
ClusterTable = dict[str, tuple[str, ...]]


def build(
    sentences: Iterable[list[str]],
    *,
    min_count: int = 5,
    max_vocab: int = 80_000,
    n_context: int = 3000,
    dim: int = 100,
    ks: tuple[int, ...] = (2000, 800, 300, 120, 40),
    seed: int = 13,
    iterations: int = 15,
    offsets: tuple[int, ...] = (-2, -1, 1, 2),
    positional: bool = True,
    fit_vocab: int = 80_000,
) -> ClusterTable:
    """Cluster the words of a tokenised corpus.

    Args:
        sentences: token lists (already normalised the way the features look words up).
        min_count: words seen fewer times get no cluster.
        max_vocab: keep at most this many words, most frequent first.
        n_context: how many of the most frequent words serve as context features.
        dim: SVD dimensions.
        ks: cluster counts per level, finest first.
        seed: random seed for SVD start vector and k-means initialisation.
        iterations: k-means iterations per level.
        offsets: context positions relative to the word.
        positional: count each offset separately (syntactic clusters) or pool
            them into one bag of context words (topical clusters).
        fit_vocab: k-means is fitted on this many most frequent words; rarer words
            (noisier vectors) are then put in their nearest fine cluster.

    Returns:
        A table word -> cluster ids (``"c123"``), one per level.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    vocab, vec = _embed(sentences, min_count=min_count, max_vocab=max_vocab, n_context=n_context,
                        dim=dim, offsets=offsets, positional=positional, rng=rng)
    levels: list[Any] = []
    fit = vec[:fit_vocab]
    assign = _kmeans(fit, ks[0], rng, iterations, np.ones(len(fit)))
    if len(vec) > len(fit):
        labels = np.empty(len(vec), dtype=np.int64)
        for start in range(0, len(vec), 8192):
            labels[start: start + 8192] = np.argmax(vec[start: start + 8192] @ assign[1].T, axis=1)
        assign = (labels, assign[1])
    levels.append(assign[0])
    centroids, weights = assign[1], np.bincount(assign[0][:fit_vocab], minlength=ks[0]).astype(float)
    fine_to_level = np.arange(ks[0])
    for k in ks[1:]:
        lab, cent = _kmeans(centroids, k, rng, iterations, weights + 1e-3)
        fine_to_level = lab[fine_to_level]
        levels.append(fine_to_level[assign[0]])
        weights = np.bincount(lab, weights=weights, minlength=k)
        centroids = cent
    return {
        w: tuple(f"c{int(level[i])}" for level in levels) for i, w in enumerate(vocab)
    }


def embed(
    sentences: Iterable[list[str]],
    *,
    min_count: int = 5,
    max_vocab: int = 80_000,
    n_context: int = 3000,
    dim: int = 100,
    offsets: tuple[int, ...] = (-2, -1, 1, 2),
    positional: bool = True,
    seed: int = 13,
) -> tuple[list[str], Any]:
    """Unit-length PPMI-SVD word vectors (the first steps of :func:`build`).

    Returns:
        The vocabulary (most frequent first) and its ``(len(vocab), dim)`` float32 vectors.
    """
    import numpy as np

    vocab, vec = _embed(sentences, min_count=min_count, max_vocab=max_vocab, n_context=n_context,
                        dim=dim, offsets=offsets, positional=positional,
                        rng=np.random.default_rng(seed))
    return vocab, vec.astype(np.float32)


def _embed(
    sentences: Iterable[list[str]],
    *,
    min_count: int,
    max_vocab: int,
    n_context: int,
    dim: int,
    offsets: tuple[int, ...],
    positional: bool,
    rng: Any,
) -> tuple[list[str], Any]:
    import numpy as np
    from scipy import sparse
    from scipy.sparse.linalg import svds

    sents = [s for s in sentences if s]
    counts: Counter[str] = Counter()
    for s in sents:
        counts.update(s)
    vocab = [w for w, c in counts.most_common(max_vocab) if c >= min_count]
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(n_context, len(vocab))
    # One flat id array with -1 sentence separators.
    flat: list[int] = []
    for s in sents:
        flat.extend(index.get(w, -1) for w in s)
        flat.extend((-1, -1))
    ids = np.asarray(flat, dtype=np.int64)
    rows_l, cols_l = [], []
    n_slots = len(offsets) if positional else 1
    for slot, off in enumerate(offsets):
        slot = slot if positional else 0
        a, b = (ids[:-off], ids[off:]) if off > 0 else (ids[-off:], ids[:off])
        keep = (a >= 0) & (b >= 0) & (b < n_ctx)
        rows_l.append(a[keep])
        cols_l.append(b[keep] + slot * n_ctx)
    rows = np.concatenate(rows_l)
    cols = np.concatenate(cols_l)
    m = sparse.coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (rows, cols)), shape=(len(vocab), n_slots * n_ctx)
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    coo = m.tocoo()
    pmi = np.log(coo.data / total) - np.log(row_sum[coo.row] / total) - np.log(col_p[coo.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix(
        (pmi[keep], (coo.row[keep], coo.col[keep])), shape=m.shape
    )
    u, s, _ = svds(ppmi, k=dim, v0=rng.standard_normal(min(ppmi.shape)))
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    return vocab, vec


def _kmeans(x: Any, k: int, rng: Any, iterations: int, weights: Any) -> tuple[Any, Any]:
    """Weighted k-means (cosine geometry on unit vectors), k-means++-lite init."""
    import numpy as np

    k = min(k, len(x))
    p = weights / weights.sum()
    cent = x[rng.choice(len(x), size=k, replace=False, p=p)].copy()
    labels = np.zeros(len(x), dtype=np.int64)
    for _ in range(iterations):
        for start in range(0, len(x), 8192):
            chunk = x[start: start + 8192]
            labels[start: start + 8192] = np.argmax(chunk @ cent.T, axis=1)
        sums = np.zeros_like(cent)
        np.add.at(sums, labels, x * weights[:, None])
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms.ravel() == 0
        sums[~empty] /= norms[~empty]
        sums[empty] = cent[empty]
        cent = sums
    return labels, cent


def save(table: ClusterTable, path: str | Path) -> None:
    """Write ``word<TAB>id<TAB>id...`` lines, gzip-compressed, sorted for stable bytes."""
    with Path(path).open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        for w in sorted(table):
            gz.write(("\t".join((w, *table[w])) + "\n").encode("utf-8"))


def load(path: str | Path) -> ClusterTable:
    """Read a table written by :func:`save`.

    Words of the same cluster path share one tuple of ids (the levels nest, so there are
    as many paths as fine clusters): about 2,000 tuples for the shipped Arabic table's
    68,723 words instead of 68,723 tuples of five new strings each (some 25 MB less in
    every process that loads it, and fewer shared pages a worker writes refcounts to).
    """
    table: ClusterTable = {}
    paths: dict[tuple[str, ...], tuple[str, ...]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            ids = tuple(parts[1:])
            table[parts[0]] = paths.setdefault(ids, ids)
    return table
