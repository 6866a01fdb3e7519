"""kg's exceptions: one family, so the CLI can turn any of them into one clear line.

    KGError                  base class; never raised itself
    ├── InputError           a file or stream cannot be read as an article
    │   ├── EmptyInputError      nothing to read (empty file, whitespace only)
    │   ├── BinaryInputError     the bytes are not text
    │   └── EncodingError        the text's encoding cannot be determined
    ├── QueryError           a SPARQL query is malformed, refused or timed out
    ├── StoreError           a store is missing, broken, locked or from another version
    ├── ModelError           a shipped model is missing or cannot be loaded
    ├── ExportError          an output format is unknown or cannot be written
    ├── EngineError          (kg.parallel) the process pool or Dask cluster cannot run
    └── RemoteError          (kg.remote) a SPARQL server cannot be reached or refuses

Messages say what failed, what was expected and how to fix it.
"""
from __future__ import annotations


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """A file or stream cannot be read as an article."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class EncodingError(InputError):
    """The input's encoding cannot be determined or decoded."""


class QueryError(KGError):
    """A SPARQL query is malformed, refused or ran too long."""


class StoreError(KGError):
    """A store cannot be opened or written."""


class ModelError(KGError):
    """A model shipped with kg is missing or broken."""


class ExportError(KGError):
    """An export format is unknown or the output cannot be written."""
