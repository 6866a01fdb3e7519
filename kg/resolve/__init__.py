"""Resolution: one entity per real-world person, organization and place.

* :func:`resolve_document` groups a document's mentions into entities with
  stable, content-derived keys (within-document coreference of names);
* :mod:`kg.resolve.translit` matches Arabic and English spellings of a name;
* :mod:`kg.resolve.link` gives the same key to the same entity across documents
  and languages;
* :mod:`kg.resolve.events` merges the same event reported by several documents.
"""
from __future__ import annotations

from kg.resolve.document import resolve_document

__all__ = ["resolve_document"]
