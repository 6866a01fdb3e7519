"""Problems that do not stop reading: broken JSONL lines, undecodable bytes.

They go to the caller's ``errors`` list when one is given, as
``(path, line, message)`` tuples (``line`` is None when the problem is not tied
to a line), and are issued as :class:`IngestWarning` otherwise.
"""
from __future__ import annotations

import warnings
from typing import Union


class IngestWarning(UserWarning):
    """A part of an input was skipped or repaired, but reading went on."""


#: One reported problem: (path, line number or None, message).
Problem = tuple[str, Union[int, None], str]  # noqa: UP007 (a runtime alias on 3.9+)
#: The ``errors`` list callers pass to :func:`kg.ingest.read`.
Problems = list[Problem]


def report(errors: Problems | None, path: str, line: int | None, message: str) -> None:
    """Record a non-fatal problem.

    Args:
        errors: the caller's list, or None to issue a warning instead.
        path: the file (or ``"<stdin>"``) the problem is in.
        line: the 1-based line number, if the problem is tied to one.
        message: what was wrong and what was done about it.
    """
    if errors is not None:
        errors.append((path, line, message))
        return
    where = f"{path}:{line}" if line is not None else path
    warnings.warn(f"{where}: {message}", IngestWarning, stacklevel=3)
