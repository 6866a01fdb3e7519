"""Two-pass tagging: sentence features first, then document context (see :mod:`kg.ner.context`).

Training the second pass needs first-pass output on the training data that the
first pass did not see: it is produced by k-fold jackknifing over contiguous
blocks of sentences (documents in the corpora are contiguous), so the second
pass learns how far to trust first-pass guesses on unseen text.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kg.ner.conll import Sentence
from kg.ner.context import document_features, windows
from kg.ner.features import Features

Featurize = Callable[[list[str]], Features]


def tag_with_marginals(crf: Any, xseq: Features) -> list[tuple[str, float]]:
    """Labels and their marginals from an open ``pycrfsuite.Tagger``."""
    labels = crf.tag(xseq)
    return [(y, crf.marginal(y, i)) for i, y in enumerate(labels)]


def second_pass_items(
    base: Sequence[Features], doc_feats: Sequence[list[list[str]]]
) -> list[Features]:
    """Append document features of each token and its neighbours to its base features."""
    out: list[Features] = []
    for xseq, dseq in zip(base, doc_feats):
        n = len(xseq)
        items: Features = []
        for i, x in enumerate(xseq):
            extra = list(dseq[i])
            if i > 0:
                extra.extend("-1" + f for f in dseq[i - 1])
            if i + 1 < n:
                extra.extend("+1" + f for f in dseq[i + 1])
            items.append(x + extra)
        out.append(items)
    return out


def jackknife(
    sentences: Sequence[Sentence],
    featurize: Featurize,
    params: dict[str, Any],
    workdir: Path,
    folds: int = 5,
) -> list[list[tuple[str, float]]]:
    """First-pass ``(label, marginal)`` for every training sentence, each from a model
    trained on the other folds."""
    import pycrfsuite

    from kg.ner import crf

    n = len(sentences)
    bounds = [round(k * n / folds) for k in range(folds + 1)]
    out: list[list[tuple[str, float]]] = []
    for k in range(folds):
        lo, hi = bounds[k], bounds[k + 1]
        path = workdir / f"fold{k}.crfsuite"
        crf.fit(list(sentences[:lo]) + list(sentences[hi:]), featurize, path, params)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        out.extend(tag_with_marginals(tagger, featurize(t)) for t, _ in sentences[lo:hi])
        tagger.close()
    return out


def doc_features_windowed(
    tokens: Sequence[list[str]],
    first: Sequence[list[tuple[str, float]]],
    key: Callable[[str], str],
    window: int,
) -> list[list[list[str]]]:
    """Document features over fixed windows of ``window`` sentences."""
    out: list[list[list[str]]] = []
    for r in windows(len(tokens), window):
        out.extend(document_features([tokens[i] for i in r], [first[i] for i in r], key))
    return out


def document_items(
    featurize: Featurize, sentences: Sequence[list[str]], lang: str, occurrences: bool
) -> list[Features]:
    """First-pass CRF items of one document's sentences.

    With ``occurrences``, each token also gets the neighbours of its other
    occurrences in the document (:func:`kg.ner.context.occurrence_features`).
    """
    xs = [featurize(t) if t else [] for t in sentences]
    if not occurrences:
        return xs
    from kg.ner.context import occurrence_features
    from kg.ner.features import context_form, doc_key

    occ = occurrence_features(sentences, doc_key(lang), context_form(lang))
    return [[x + o for x, o in zip(xseq, oseq)] for xseq, oseq in zip(xs, occ)]


def corpus_items(
    featurize: Featurize, sentences: Sequence[list[str]], lang: str, occurrences: bool, window: int
) -> list[Features]:
    """:func:`document_items` over consecutive windows of ``window`` sentences, for
    corpora without document breaks."""
    out: list[Features] = []
    for r in windows(len(sentences), window):
        out.extend(document_items(featurize, [sentences[i] for i in r], lang, occurrences))
    return out
