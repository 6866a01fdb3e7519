"""Self-training data for the neural tagger: confident machine-tagged news sentences.

A network trained on the gold sentences tags unlabeled news; a sentence is kept as
"silver" training data when every token's chosen label has a CRF marginal of at
least ``threshold`` and it holds at least ``min_entities`` entities.  The trainer
(:func:`kg.ner.neural_train.train`, ``hp["silver"]``) then mixes a fixed number of
silver sentences into each epoch.  Nothing here is written into the model files:
the silver sentences only move the weights, and the vocabularies come from gold.
"""
from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from kg.ner.conll import Sentence
from kg.ner.scoring import chunks


def news_sentences(
    texts: Iterable[str], min_len: int = 6, max_len: int = 50
) -> list[list[str]]:
    """Token lists of the sentences of ``texts`` (kg's tokeniser and sentence splitter),
    keeping sentences of ``min_len`` to ``max_len`` tokens, without duplicates.

    >>> news_sentences(["قال الرئيس محمد علي في القاهرة اليوم . قصير ."], min_len=3)
    [['قال', 'الرئيس', 'محمد', 'علي', 'في', 'القاهرة', 'اليوم', '.']]
    """
    from kg.ner.tokenize import split_sentences, tokenize

    seen: set[tuple[str, ...]] = set()
    out: list[list[str]] = []
    for text in texts:
        for s, e in split_sentences(text):
            seg = text[s:e]
            toks = [seg[a:b] for a, b in tokenize(seg)]
            key = tuple(toks)
            if min_len <= len(toks) <= max_len and key not in seen:
                seen.add(key)
                out.append(toks)
    return out


def sample_articles(path: Path, n: int, seed: int = 13) -> list[str]:
    """``n`` articles of a JSONL(.gz) news file drawn at random (fixed seed), in file order."""
    from kg.ner.data import iter_articles

    texts = list(iter_articles(path))
    keep = sorted(random.Random(seed).sample(range(len(texts)), min(n, len(texts))))
    return [texts[i] for i in keep]


def confident(
    tagged: Sequence[Sequence[tuple[str, float]]], threshold: float, min_entities: int = 1
) -> list[int]:
    """Indices of the tagged sentences whose least confident token is at least
    ``threshold`` sure of its label and which hold ``min_entities`` entities or more.

    >>> confident([[("B-PER", 0.99), ("O", 0.95)], [("O", 0.99)], [("B-LOC", 0.6)]], 0.9)
    [0]
    """
    keep = []
    for i, sent in enumerate(tagged):
        if not sent:
            continue
        if min(p for _, p in sent) < threshold:
            continue
        if len(chunks([y for y, _ in sent])) < min_entities:
            continue
        keep.append(i)
    return keep


def silver(
    tagger: Any,
    sentences: Sequence[list[str]],
    threshold: float = 0.9,
    min_entities: int = 1,
    batch: int = 32,
) -> list[Sentence]:
    """Tag ``sentences`` with ``tagger`` (a :class:`kg.ner.neural.NeuralTagger`) and keep
    the confident ones (see :func:`confident`) as ``(tokens, labels)`` pairs."""
    out: list[Sentence] = []
    for k in range(0, len(sentences), batch):
        part = list(sentences[k: k + batch])
        tagged = tagger.tag_batch(part)
        for i in confident(tagged, threshold, min_entities):
            out.append((part[i], [y for y, _ in tagged[i]]))
    return out


def build_silver(
    teacher_dir: Path,
    news_path: Path,
    res: Any,
    lang: str = "ar",
    articles: int = 3000,
    threshold: float = 0.9,
    min_entities: int = 1,
    seed: int = 13,
) -> list[Sentence]:
    """Silver sentences from ``articles`` random news articles tagged by the network in
    ``teacher_dir`` (which must not have seen any sentence the result is scored on)."""
    from kg.ner.neural import NeuralTagger

    sents = news_sentences(sample_articles(news_path, articles, seed))
    return silver(NeuralTagger(lang, teacher_dir, res), sents, threshold, min_entities)
