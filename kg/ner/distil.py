"""Distilling an ensemble of neural taggers into one network (training only; off by default).

The teacher is an ensemble of trained networks decoded as one CRF: the members' mean
emissions under their mean transition / start / end scores (out of fold on ANERcorp CAMeL
train, two seeds decoded this way beat each seed alone; BENCHMARKS.md, "NER", thirteenth
session; it is how :mod:`kg.ner.neural` decodes an ensemble).  Two members tag at about three
quarters of one network's speed, so no ensemble is shipped; a student learns it instead.  Its soft targets are the teacher's
forward-backward marginals per token, on the training sentences and, with
``hp["distil_news"]``, on unlabeled news sentences (:func:`news_pool`); the student is the
usual network trained with ``hp["distil"]`` times the KL divergence from the teacher's
marginals to its own CRF's marginals (:func:`crf_log_marginals`, :func:`kl_to_teacher`) added
to the gold sentences' negative log-likelihood (news sentences carry the KL term alone).
See :func:`kg.ner.neural_train.train` (``teacher=``, ``unlabeled=``).
"""
from __future__ import annotations

import gzip
import json
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: The 3,000-article ANT sample that kg's scale and event benchmarks read (relative to the data
#: directory): no distillation sentence is taken from it.
NEWS_SAMPLE = "ant_arabic_news/ant_multisource_sample.jsonl"


def mean_crf(nt: Any) -> tuple[Any, Any, Any]:
    """The members' mean ``(transitions, start, end)`` scores of a :class:`kg.ner.neural.NeuralTagger`
    (:meth:`~kg.ner.neural.NeuralTagger.crf`)."""
    return nt.crf()


def mean_emission_scores(nt: Any, sentences: list[list[str]]) -> tuple[list[Any], list[Any], list[Any], tuple]:
    """Per sentence, the ensemble's scores (the members' mean emissions), marginals and best
    path under the members' mean CRF, and that CRF: how kg decodes an ensemble
    (:func:`kg.ner.tagger.decode_scores`).  One member: its own CRF.  Empty sentences get empty arrays."""
    from kg.ner.tagger import decode_scores

    return decode_scores(nt, sentences)


def teacher_marginals(nt: Any, sentences: Sequence[list[str]], batch: int = 64) -> list[Any]:
    """The ensemble's marginals ``(len(sentence), len(LABELS))`` (float32) per sentence
    (:func:`mean_emission_scores`), in batches of ``batch`` sentences."""
    import numpy as np

    out: list[Any] = []
    for i in range(0, len(sentences), batch):
        _, probs, _, _ = mean_emission_scores(nt, list(sentences[i: i + batch]))
        out.extend(np.asarray(p, dtype=np.float32) for p in probs)
    return out


def crf_log_marginals(torch: Any, em: Any, mask: Any, trans: Any, start: Any, end: Any) -> Any:
    """Log marginals ``(B, T, L)`` of a linear-chain CRF over padded emissions ``(B, T, L)``
    (``mask`` ``(B, T)``: 1 inside a sentence; entries past its end are filler), by
    forward-backward in log space, differentiable in every argument."""
    b, t_max, n_lab = em.shape
    alphas = [start + em[:, 0]]
    for t in range(1, t_max):
        nxt = torch.logsumexp(alphas[-1].unsqueeze(2) + trans.unsqueeze(0), dim=1) + em[:, t]
        alphas.append(torch.where(mask[:, t].unsqueeze(1) > 0, nxt, alphas[-1]))
    end_b = end.unsqueeze(0).expand(b, n_lab)
    betas = [end_b]
    for t in range(t_max - 2, -1, -1):
        nxt = torch.logsumexp(trans.unsqueeze(0) + (em[:, t + 1] + betas[-1]).unsqueeze(1), dim=2)
        betas.append(torch.where(mask[:, t + 1].unsqueeze(1) > 0, nxt, end_b))
    betas.reverse()
    log_z = torch.logsumexp(alphas[-1] + end, dim=1)
    return torch.stack(alphas, dim=1) + torch.stack(betas, dim=1) - log_z.view(b, 1, 1)


def kl_to_teacher(torch: Any, log_p: Any, q: Any, mask: Any) -> Any:
    """Sum over the tokens inside sentences of KL(q || p): the teacher's marginals ``q``
    against the student's log marginals ``log_p`` (both ``(B, T, L)``); 0 when they agree."""
    per = (torch.special.xlogy(q, q) - q * log_p).sum(dim=2)
    return (per * mask).sum()


def pad_targets(torch: Any, qs: Sequence[Any], t_max: int, n_lab: int) -> Any:
    """The teacher's marginals of a batch, zero-padded to ``(B, t_max, n_lab)``."""
    out = torch.zeros(len(qs), t_max, n_lab)
    for i, q in enumerate(qs):
        out[i, : len(q)] = torch.from_numpy(q)
    return out


def news_pool(
    path: Path, n_sentences: int, seed: int = 17, exclude: Path | None = None, min_len: int = 5, max_len: int = 50,
) -> list[list[str]]:
    """``n_sentences`` news sentences (raw tokens, cut as :func:`kg.ner.lm_pretrain.news_sentences`
    cuts them) from the articles of ``path`` in a fixed pseudo-random order, leaving out the
    articles whose ``id`` is in the JSONL file ``exclude`` (e.g. the 3,000-article ANT sample
    that kg's scale and event benchmarks read)."""
    from kg.ner.lm_pretrain import _pieces
    from kg.ner.tokenize import tokenize

    skip: set[str] = set()
    if exclude is not None:
        with exclude.open(encoding="utf-8") as fh:
            skip = {json.loads(line).get("id") for line in fh if line.strip()}
    opener = gzip.open if path.suffix == ".gz" else open
    texts = []
    with opener(path, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        for line in fh:
            art = json.loads(line)
            if art.get("id") not in skip:
                texts.append((art.get("text") or "").replace("#", " "))
    random.Random(seed).shuffle(texts)
    out: list[list[str]] = []
    for text in texts:
        for piece in _pieces(text, tokenize, max_len):
            if len(piece) >= min_len:
                out.append(piece)
                if len(out) >= n_sentences:
                    return out
    return out
