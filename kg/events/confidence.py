"""An event's ``kg:confidence``: the probability that it is right, read from ``data/confidence.json``.

"Right" means that a reader of the sentence finds the event's category fitting, its modality true
(not asserted when denied or hypothetical) and no stated role wrong; a missing role is allowed.  The
data file holds one logistic regression per language, fitted by ``benchmarks/confidence_fit.py`` on
596 events of unseen Arabic and English news labelled by reading (``benchmarks/confidence_labels.tsv``,
BENCHMARKS.md "Confidence, measured (twentieth session)").  Its inputs are what the extractor knows
when it emits an event: the category, a noun or a verb trigger, whether an agent, a target, a place
and a date were found, the modality, the sentence's length, the lexicon entry's source and prior, and
whether the event is what a speaker says (speech, criticism, demand).  An agent, a target, a place, a
date and a higher prior never lower the probability (their coefficients are bounded at zero).

A relation's confidence is the share right of its predicate in its language, measured the same way
on 200 labelled relations (``benchmarks/confidence_relation_labels.tsv``).
"""
from __future__ import annotations

import functools
import json
import math
from pathlib import Path

_DATA = Path(__file__).with_name("data") / "confidence.json"


@functools.cache
def _model() -> dict:
    with _DATA.open(encoding="utf-8") as fh:
        return json.load(fh)


def coefficients(lang: str) -> dict[str, float] | None:
    """The model's coefficients for ``lang`` (``None`` for a language without a model)."""
    model = _model().get(lang)
    return model["coef"] if model else None


def relation(lang: str, predicate: str, fallback: float) -> float:
    """Confidence of a relation: its predicate's measured share right in ``lang``, else ``fallback``."""
    return _model().get("relations", {}).get(lang, {}).get(predicate, fallback)


def probability(coef: dict[str, float], category: str, **on: float) -> float:
    """The logistic model's probability, rounded to two decimals and kept within [0.05, 0.95] (a few
    hundred labels cannot tell more): ``on`` names the features set."""
    z = coef.get("bias", 0.0) + coef.get(f"cat:{category}", 0.0)
    for k, v in on.items():
        if v:
            z += coef.get(k, 0.0) * v
    return round(min(0.95, max(0.05, 1.0 / (1.0 + math.exp(-z)))), 2)


def word_feature(words: int) -> float:
    """Sentence length in tens of tokens past 30, capped at 80 tokens (as the model was fitted)."""
    return (min(words, 80) - 30) / 10


def said(lang: str, category: str, speaker: bool, fallback: float) -> float:
    """Confidence of an event a speaker's words state (speech, criticism, demand events)."""
    coef = coefficients(lang)
    if coef is None:
        return fallback
    return probability(coef, category, said=1.0, agent=float(speaker))
