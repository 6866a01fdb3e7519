"""Resolution: one entity per real-world person, organization and place.

* :func:`resolve_document` groups a document's mentions into entities with
  stable, content-derived keys (within-document coreference of names);
* :mod:`kg.resolve.nameness` keeps spans that are no name out of the entity layer;
* :mod:`kg.resolve.translit` matches Arabic and English spellings of a name;
* :mod:`kg.resolve.link` gives the same key to the same entity across documents
  and languages;
* :mod:`kg.resolve.events` merges the same event reported by several documents;
* :mod:`kg.resolve.labelling` holds the entity layer's labelling rules.

Submodules are imported when first used (``kg.graph.rdf`` needs only the labelling rules).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.resolve.document import resolve_document

__all__ = ["resolve_document"]


def __getattr__(name: str) -> Any:
    if name == "resolve_document":
        from kg.resolve.document import resolve_document

        return resolve_document
    raise AttributeError(f"module 'kg.resolve' has no attribute {name!r}")
