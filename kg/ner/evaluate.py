"""Score a tagger on a CoNLL file: ``kg eval ner FILE.conll --lang ar|en``."""
from __future__ import annotations

from pathlib import Path

from kg.ner.conll import Sentence, read_conll
from kg.ner.scoring import Report, score
from kg.ner.tagger import Tagger


def evaluate_sentences(tagger: Tagger, sentences: list[Sentence]) -> Report:
    """Tag the sentences' tokens and score against their gold tags (strict, entity level).

    Gold and predicted types are compared as kg's labels (``PERS`` counts as ``PER``).
    """
    pred = tagger.tag_many([tokens for tokens, _ in sentences])
    return score([tags for _, tags in sentences], pred)


def evaluate(path: str | Path, lang: str) -> Report:
    """Score the shipped ``lang`` model on a CoNLL file.

    Raises:
        kg.errors.InputError: the file is missing or not CoNLL.
        kg.errors.ModelError: the model is missing.
    """
    from kg.ner import load

    sentences = read_conll(path)  # a bad file fails before the model loads
    return evaluate_sentences(load(lang), sentences)
