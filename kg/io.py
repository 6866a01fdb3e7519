"""Reading and writing graph files: atomic writes, format guessing, loading into Oxigraph."""
from __future__ import annotations

import contextlib
import gzip
import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from kg.errors import ExportError, InputError, ModelError

#: File extension -> pyoxigraph RdfFormat attribute name.
RDF_EXTENSIONS = {
    ".ttl": "TURTLE",
    ".turtle": "TURTLE",
    ".nt": "N_TRIPLES",
    ".nq": "N_QUADS",
    ".trig": "TRIG",
    ".jsonld": "JSON_LD",
    ".json": "JSON_LD",
    ".rdf": "RDF_XML",
    ".owl": "RDF_XML",
    ".xml": "RDF_XML",
    ".n3": "N3",
}


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path``; on success rename it over ``path``.

    A crash or an exception leaves the old file (or no file) in place, never half a file.

    Raises:
        ExportError: the folder cannot be made or written, or writing failed (a full disk,
            a quota): one line for the command line instead of a traceback.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create folder {path.parent}: {exc.strerror}") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write in {path.parent}: {exc.strerror}") from None
    try:
        # mkstemp makes the file 0600; give it the mode a plain open() would
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, mode, encoding=encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {path}: {exc.strerror or exc}; the old file, if any, is kept") from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str | Path, data: bytes | str) -> Path:
    """Write ``data`` to ``path`` atomically (temp file + rename)."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_open(path, "wb") as f:
        f.write(raw)
    return Path(path)


def rdf_format(path: Path) -> Any:
    """The pyoxigraph RdfFormat for a file name, or an InputError naming the known ones."""
    import pyoxigraph as ox

    name = RDF_EXTENSIONS.get(path.suffix.lower())
    if name is None:
        raise InputError(
            f"{path}: unknown graph file type {path.suffix!r}; use one of {', '.join(sorted(RDF_EXTENSIONS))}"
        )
    return getattr(ox.RdfFormat, name)


def load_store(path: Path) -> Any:
    """Parse an RDF file into a new in-memory ``pyoxigraph.Store``.

    Raises:
        InputError: missing, empty, unknown type, or not valid RDF (with the parser's position).
    """
    import pyoxigraph as ox

    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path} is a folder; to query a store use --store {path}")
    fmt = rdf_format(path)
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"{path} is not valid {fmt.name}: {exc}") from None
    except (OSError, ValueError) as exc:
        raise InputError(f"{path} cannot be read as {fmt.name}: {exc}") from None
    return store


def load_dataset(path: str | Path) -> Any:
    """An rdflib ``Dataset`` (backed by Oxigraph) holding the graph file at ``path``."""
    from oxrdflib import OxigraphStore
    from rdflib import Dataset

    from kg.namespace import PREFIXES

    ds = Dataset(store=OxigraphStore(store=load_store(Path(path))))
    for p, iri in PREFIXES.items():
        ds.bind(p, iri, override=True)
    return ds


def write_json_table(path: str | Path, data: dict[str, Any]) -> Path:
    """Write a model table as gzipped JSON (keys sorted, no timestamp in the gzip header, so
    the same table gives the same bytes), atomically."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    with atomic_open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as gz:
        gz.write(raw)
    return Path(path)


def read_json_table(path: str | Path, fmt: str, what: str, rebuild: str) -> dict[str, Any]:
    """Read a table written by :func:`write_json_table` whose ``"format"`` is ``fmt``.

    Args:
        what: what the table is, for messages ("the romanisation table").
        rebuild: the command that rebuilds it, for messages.

    Raises:
        ModelError: the file is missing, unreadable or of another format.
    """
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read {what} {path}: {exc}; rebuild it with `{rebuild}`") from exc
    if not isinstance(data, dict) or data.get("format") != fmt:
        found = data.get("format") if isinstance(data, dict) else None
        raise ModelError(f"{path} is not {what} of kg (format {found!r})")
    return data
