"""Optional mention extractor: a spaCy pipeline the user has installed (``--ner spacy:NAME``).

kg never downloads a pipeline; ``spacy.load(NAME)`` must find it installed
(``pip install en_core_web_sm`` from a wheel you have).  spaCy's labels map to
kg's: PERSON -> PER, ORG and NORP-as-organisation -> ORG, GPE/LOC/FAC -> LOC.
"""
from __future__ import annotations

import functools
from typing import Any

from kg.errors import ModelError
from kg.model import LOC, ORG, PER, Document, Mention
from kg.text.arabic import normalize

LABELS = {"PERSON": PER, "PER": PER, "ORG": ORG, "GPE": LOC, "LOC": LOC, "FAC": LOC}


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name, disable=["lemmatizer", "textcat"])
    except OSError:
        raise ModelError(
            f"spaCy pipeline {name!r} is not installed; install its package (kg never downloads models) "
            "or use --ner crf"
        ) from None


def extract(doc: Document, name: str) -> list[Mention]:
    """Mentions found by the spaCy pipeline ``name``, with character offsets into ``doc.text``."""
    nlp = _load(name)
    out = []
    for ent in nlp(doc.text).ents:
        label = LABELS.get(ent.label_)
        if label is None:
            continue
        out.append(Mention(ent.start_char, ent.end_char, ent.text, label=label, score=0.8,
                           source="ner", norm=normalize(ent.text)))
    return out
