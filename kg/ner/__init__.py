"""Named-entity recognition: CRF taggers for Arabic and English, trained by kg.

The lead's pipeline calls three things::

    tagger = kg.ner.load("ar")          # cached; raises ModelError if the model is missing
    tagger.tag(["قال", "بوتين"])         # [("O", 0.99), ("B-PER", 0.93)]
    mentions = kg.ner.extract(doc)      # Mentions with exact offsets into doc.text

Models live in ``kg/ner/models/`` and are rebuilt with ``kg train ner --lang ar|en``.
Nothing heavy is imported until one of these functions is called.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.model import Document, Mention
    from kg.ner.tagger import Tagger

__all__ = ["extract", "load"]

_CACHE: dict[str, Tagger] = {}


def load(lang: str) -> Tagger:
    """Return the shipped tagger for ``lang`` (``"ar"`` or ``"en"``), loading it once.

    Raises:
        kg.errors.ModelError: no model for ``lang`` or the model file is missing.
    """
    tagger = _CACHE.get(lang)
    if tagger is None:
        from kg.ner.tagger import Tagger

        tagger = _CACHE[lang] = Tagger(lang)
    return tagger


def extract(doc: Document) -> list[Mention]:
    """Find person, organization, place and misc names in ``doc.text``.

    See :func:`kg.ner.extract_mentions.extract` for details.
    """
    from kg.ner.extract_mentions import extract as _extract

    return _extract(doc)
