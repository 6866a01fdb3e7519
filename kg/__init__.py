"""kg: turn Arabic and English news into a knowledge graph (RDF + NetworkX), offline.

The public functions are imported lazily so that ``import kg`` (and ``kg --help``)
stays fast.
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "build": "kg.pipeline",
    "process": "kg.pipeline",
    "query": "kg.query",
    "to_networkx": "kg.graph.nx",
    "export": "kg.export",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
