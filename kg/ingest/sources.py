"""Which inputs to read: files, folders (recursively, sorted) and ``-`` for stdin."""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import EmptyInputError, InputError

TEXT, HTML, JSONL, JSONL_GZ, JSON = "text", "html", "jsonl", "jsonl.gz", "json"

#: File name endings kg reads, and the format each means.
SUFFIXES: dict[str, str] = {
    ".jsonl.gz": JSONL_GZ,
    ".ndjson.gz": JSONL_GZ,
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".html": HTML,
    ".htm": HTML,
    ".xhtml": HTML,
    ".jsonl": JSONL,
    ".ndjson": JSONL,
    ".json": JSON,
}

STDIN = "-"


@dataclass(frozen=True)
class Source:
    """One input to read.

    Attributes:
        path: the file, or None for standard input.
        name: how messages refer to it (the path as given, or ``<stdin>``).
        explicit: named by the user (errors stop the run) rather than found in a
            folder (errors are reported and the file is skipped).
        format: one of the format names above, or None to guess from the content.
    """

    path: Path | None
    name: str
    explicit: bool
    format: str | None


def format_of(path: Path) -> str | None:
    """The format a file name announces, or None.

    >>> format_of(Path("a/news.JSONL.gz")), format_of(Path("page.htm")), format_of(Path("x.pdf"))
    ('jsonl.gz', 'html', None)
    """
    name = path.name.lower()
    for suffix, fmt in SUFFIXES.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return fmt
    return None


def _folder(root: Path) -> list[Path]:
    found: list[tuple[tuple[str, ...], Path]] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=None, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        for name in filenames:
            path = base / name
            if not name.startswith(".") and format_of(path) is not None:
                found.append((path.relative_to(root).parts, path))
    return [path for _, path in sorted(found)]


def expand(sources: Iterable[str | os.PathLike[str]]) -> Iterator[Source]:
    """Turn the user's inputs into the files to read, in a stable order.

    Args:
        sources: paths of files or folders, or ``"-"`` for standard input.

    Raises:
        InputError: a path does not exist or cannot be listed.
        EmptyInputError: a folder holds no file kg can read.
    """
    for item in sources:
        if isinstance(item, str) and item == STDIN:
            yield Source(None, "<stdin>", True, None)
            continue
        path = Path(item)
        try:
            is_dir, exists = path.is_dir(), path.exists()
        except (OSError, ValueError) as exc:
            raise InputError(f"{item}: cannot be opened ({exc}); check the path") from None
        if not exists:
            raise InputError(f"{item}: no such file or folder; check the path")
        if is_dir:
            try:
                files = _folder(path)
            except OSError as exc:
                raise InputError(f"{item}: the folder cannot be listed ({exc.strerror or exc})") from None
            if not files:
                raise EmptyInputError(
                    f"folder {item} holds no .txt, .html, .json or .jsonl files; "
                    "give the files themselves or a folder that has them"
                )
            for file in files:
                yield Source(file, str(file), False, format_of(file))
        else:
            yield Source(path, str(path), True, format_of(path))
