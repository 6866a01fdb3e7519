"""Where kg's ontology and SHACL shapes live.

In a checkout (and an editable install) they are the repository's ``ontologies/``
folder; a regular install puts them under ``<prefix>/share/kg/ontologies``.
"""
from __future__ import annotations

import sys
from pathlib import Path


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl`` and ``shapes.ttl``."""
    repo = Path(__file__).resolve().parent.parent / "ontologies"
    if (repo / "kg.ttl").exists():
        return repo
    for prefix in (sys.prefix, sys.base_prefix):
        installed = Path(prefix) / "share" / "kg" / "ontologies"
        if (installed / "kg.ttl").exists():
            return installed
    return repo


def ontology_path() -> Path:
    return ontology_dir() / "kg.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"
