"""Events (who did what to whom, where, when) and relations between entities.

``kg.events.extract(doc)`` is the pipeline step: it appends
:class:`kg.model.Event` objects (PLOVER category, CAMEO code, trigger, roles,
date, modality, reporter, confidence) and :class:`kg.model.Relation` objects
(leaderOf, position, memberOf, country, locatedIn) to the document.

Modules: :mod:`~kg.events.lexicon` (trigger lexicon and matching),
:mod:`~kg.events.build_lexicon` (rebuilds its data files from the PETRARCH
dictionaries), :mod:`~kg.events.sentence` (tokens and entity chunks),
:mod:`~kg.events.roles`, :mod:`~kg.events.modality`, :mod:`~kg.events.timex`,
:mod:`~kg.events.relations`, :mod:`~kg.events.extractor`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.model import Document

__all__ = ["extract"]


def extract(doc: Document) -> Document:
    """Add events and relations to ``doc`` and return it (see :mod:`kg.events.extractor`)."""
    from kg.events.extractor import extract as _extract

    return _extract(doc)
