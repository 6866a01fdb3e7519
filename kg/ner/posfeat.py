"""Part-of-speech input for the neural NER tagger (an option, off by default).

The tags come from the event coder's Arabic POS tagger (:mod:`kg.events.pos`, a CRF
trained on UD Arabic-PUD and shipped as ``kg/events/models/pos_ar.crfsuite``), so no
second POS model is built or shipped.  A network trained with ``hp["pos_dim"] > 0``
reads each token's UPOS tag through a small embedding (``pos`` in ``<lang>_nn.npz``,
the tag list as ``pos`` in the vocabulary file).
"""
from __future__ import annotations

from collections.abc import Sequence

#: Universal POS tags (UD v2), in the order of the embedding rows (row 0: unknown).
UPOS = ("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X")


class PosIds:
    """Maps sentences to per-token POS ids (``tags.index(tag) + 1``; 0 for a tag not in ``tags``).

    Raises:
        kg.errors.ModelError: the POS model (``kg/events/models/pos_ar.crfsuite``) is missing.
    """

    def __init__(self, tags: Sequence[str] = UPOS, lang: str = "ar") -> None:
        from kg.events.pos import get_tagger

        tagger = get_tagger(lang)
        if tagger is None:
            from kg.errors import ModelError

            raise ModelError(
                f"the NER model reads part-of-speech tags, but the POS model kg/events/models/pos_{lang}.crfsuite "
                "is missing; rebuild it with: python -m kg.events.train_pos ../shared/data"
            )
        self._tagger = tagger
        self.index = {t: i + 1 for i, t in enumerate(tags)}

    def __call__(self, sentences: Sequence[Sequence[str]]) -> list[list[int]]:
        """POS ids of each sentence's tokens."""
        get = self.index.get
        return [[get(t, 0) for t in self._tagger.tag(list(s))] if s else [] for s in sentences]
