"""The persistent graph: an on-disk Oxigraph store that documents are added to and removed from.

Layout (all in one ``pyoxigraph.Store`` directory):

* one named graph per document, IRI ``kgid:doc/<id>`` (as :func:`kg.graph.rdf.document_iri`);
* the resolved entity layer, named graph ``kgid:graph/entities``;
* a meta graph ``kgid:graph/meta`` with the store's format version, each document's
  content hash and its contribution to the entity layer, and each entity's summed
  state (:mod:`kg.resolve.layer`), so removing a document keeps the entity layer
  exactly as if the document had never been added.  An entity's state literal holds
  its names, types and ids; its co-mentioned entities (the ``context`` linking reads,
  which grows with the corpus for a frequent entity) are not kept there but summed
  from the documents' contributions when an ingest starts, so a write costs what it
  adds, not what the corpus said before;
* the default graph: the merge of all the data graphs, each triple once, kept in step
  on every write (:mod:`kg.union`), so that SPARQL counts a fact two documents state
  once.  A store written before kg kept it gets it the next time it is opened for writing.

Every write (one document, or one batch of :meth:`Store.add_many`) commits in one
SPARQL update that deletes and inserts only what changed (an entity's layer quads are
diffed against those of its previous state), which Oxigraph applies in one transaction; the graphs of new documents
are bulk-loaded just before it, under a marker that the update removes, and a store
opened after a crash in between drops what that load left (:meth:`Store._recover`).
During :func:`ingest` (``Store.spooling``) the graphs of new documents do not go to the
store batch by batch: they are appended to a spool file in the store's directory
(``kg-spool.nq``, fsynced before the batch's update commits; the update records the
documents and the spool's new length) and bulk-loaded, ``SPOOL_CHUNK`` bytes per call,
when the spool holds half as much as was loaded before it (and at least ``SPOOL_FLOOR``),
and at the end.  A bulk load between every two updates made RocksDB's background
compaction grow with the store; loading seldom cut it by a third over 9,000 articles
(BENCHMARKS.md, "Twelfth session: a spool for the document graphs").  A store opened for
writing first cuts the spool back to its recorded length and loads what it records (loading
twice is harmless: a store is a set).  A store opened read-only does not see documents still
spooled; they are loaded at the end of the ingest, or when a killed ingest's store is next
opened for writing.
After a crash a document is either fully in the store (or its spool) or not at all.  Re-adding a
document with the same content hash is a no-op; with a new hash its graph is replaced.

    >>> import tempfile
    >>> with Store(tempfile.mkdtemp()) as st:
    ...     st.documents()
    {}
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import pyoxigraph
import pyoxigraph as ox

from kg import union
from kg.errors import StoreError
from kg.resolve.layer import (
    EntityState,
    contributions,
    entity_quads,
    weighted_contributions,
)

if TYPE_CHECKING:
    from kg.model import Document

#: Bump when the on-disk layout changes; a store of another format is refused.
#: Format 1 kept each entity's context inside its state literal; a format-1 store is read
#: as it is and converted when it is opened for writing (:meth:`Store._upgrade`).
STORE_FORMAT = "2"
_READABLE_FORMATS = ("1", STORE_FORMAT)

_ID = union.ID_BASE
_S = "https://w3id.org/newskg/store#"
ENTITY_GRAPH = ox.NamedNode(_ID + "graph/entities")
META_GRAPH = union.META_GRAPH
_STORE_NODE = union.STORE_NODE
_FORMAT = ox.NamedNode(_S + "format")
_WRITTEN_BY = ox.NamedNode(_S + "writtenBy")
_DOC_ID = ox.NamedNode(_S + "docId")
_HASH = ox.NamedNode(_S + "contentHash")
_CONTRIB = ox.NamedNode(_S + "contribution")
_STATE = ox.NamedNode(_S + "state")
_SPOOLED = ox.NamedNode(_S + "spooled")  # bytes of the spool whose documents are recorded
_LOADED = ox.NamedNode(_S + "loadedBytes")  # bytes of document N-Quads bulk-loaded so far

#: The spool's file name inside the store directory (see :meth:`Store.load_spool`).
SPOOL_NAME = "kg-spool.nq"
#: The spool is loaded when it holds this share of the bytes loaded before it, and at least
#: ``SPOOL_FLOOR`` bytes (about 430 ANT articles), so the number of loads grows with the log
#: of the corpus, not with the number of batches.
SPOOL_RATIO = 0.5
SPOOL_FLOOR = 32 << 20
#: Bytes of N-Quads per ``bulk_load`` call when the spool is loaded: Oxigraph's bulk loader
#: holds about 1.2 KB per row of one call in memory (650 MB for 500,000 rows).
SPOOL_CHUNK = 16 << 20
#: Near the end of an ingest that knows how many articles are left, the spool is also loaded
#: when it holds this share of what they are expected to add (the last batch is then loaded
#: alone, after the workers have ended; the loads before it overlap their last documents).
SPOOL_TAIL_RATIO = 0.5
#: Characters of SPARQL updates (entity layers, records, the union graph's copies) after which the
#: store's memtables are flushed to disk.  RocksDB, as Oxigraph opens it, keeps a column
#: family's writes in memory until 128 MB of them have gathered (a bulk load flushes the
#: memtables it overlaps as a side effect, and the spool's loads come further and further
#: apart); without a flush of its own the parent's memory grew with the corpus by the writes
#: since the last load (a write-ahead log of 115 MB after 7,000 ANT articles; BENCHMARKS.md,
#: "Twentieth session: memory that does not grow with the corpus").
FLUSH_CHARS = 16 << 20
#: Documents :func:`ingest` writes before it closes and reopens Oxigraph's handle on the store
#: (:meth:`Store._reopen`); None: never.  RocksDB, as Oxigraph opens it, caches the blocks it
#: reads (a 32 MB cache for the quad indexes, 128 MB for the strings) and keeps every table
#: file's index in memory; they filled over the run, 41 MB of the parent at 2,944 ANT articles
#: and 164 MB at 8,834.  Reopened every 1,000 documents they held 58 MB at 8,834 articles and
#: the parent's peak fell from 662 to 526 MB, at no measurable CPU (BENCHMARKS.md, "Twentieth
#: session: memory that does not grow with the corpus").
REOPEN_DOCS: int | None = 1000

#: Graphs that are kg's bookkeeping, not documents.
INTERNAL_GRAPHS = (ENTITY_GRAPH, META_GRAPH)


def document_iri(doc_id: str) -> str:
    """IRI of a document's named graph (the same as :func:`kg.graph.rdf.document_iri`)."""
    return _ID + "doc/" + quote(doc_id, safe="-_.~")


def _meta_node(kind: str, name: str) -> ox.NamedNode:
    """The meta graph's node for a document or entity.  Documents and entities are
    named there by literals only, so the meta graph never links to the data graphs
    (queries over the union of all graphs do not walk into it)."""
    return ox.NamedNode(f"{_ID}store/{kind}/{hashlib.sha1(name.encode()).hexdigest()[:24]}")


def entity_key(iri: str) -> str:
    """The entity key of an entity IRI (the inverse of :func:`kg.graph.rdf.entity_iri`)."""
    from urllib.parse import unquote

    from kg.graph.rdf import entity_iri

    local = iri.removeprefix(_ID)
    for candidate in (local, unquote(local)):
        if str(entity_iri(candidate)) == iri:
            return candidate
    return unquote(local)


class Prepared:
    """A document's data ready for :meth:`Store.add_many`, without per-quad Python objects
    for its (large) named graph.

    Attributes:
        nquads: N-Quads (UTF-8) of the document's named graph, followed by the same
            triples in the default graph (the store's union copy, :mod:`kg.union`).
        entity_quads: its entity-layer contribution, as ``pyoxigraph.Quad`` s in
            ``kgid:graph/entities`` (a few per entity).
        mentions: entity IRI -> how many ``kg:hasMention`` rows the graph holds for it
            (the weights of :func:`kg.resolve.layer.contributions`).
    """

    __slots__ = ("nquads", "entity_quads", "mentions")

    def __init__(self, nquads: bytes, entity_quads: list[pyoxigraph.Quad], mentions: dict[str, int]) -> None:
        self.nquads = nquads
        self.entity_quads = entity_quads
        self.mentions = mentions

    @classmethod
    def from_document(cls, doc: Document) -> Prepared:
        """A processed, linked document (its event IRIs already carry their shared keys)."""
        from collections import Counter

        from kg.graph.rdf import EntityLayer, document_nquads, entity_iri

        layer = EntityLayer()
        for e in doc.entities.values():
            layer.add(e)
        weights = Counter(str(entity_iri(m.entity)) for m in doc.mentions if m.entity)
        return cls(document_nquads(doc, default_copy=True)[0], list(_iter_quads(layer.quads())), dict(weights))

    @classmethod
    def from_written(cls, doc: Document, written: bytes, layer: bytes) -> Prepared:
        """A document whose RDF is already N-Quads, e.g. written by a worker process
        (:attr:`kg.parallel.DocResult.nquads` and ``entity_nquads``, valid after linking).

        Args:
            doc: the processed, linked document.
            written: its named graph (:func:`kg.graph.rdf.document_quads`).
            layer: its entity-layer contribution (the layer of its entities alone).
        """
        from collections import Counter

        from kg.graph.rdf import document_iri, entity_iri

        weights: dict[str, int] = {}
        for key, n in Counter(m.entity for m in doc.mentions if m.entity).items():  # an IRI per key, not per mention
            iri = str(entity_iri(key))
            weights[iri] = weights.get(iri, 0) + n
        # the union copy: the same rows without their graph (one IRI, always last on a row)
        copy = written.replace(f" <{document_iri(doc.id)}> .\n".encode(), b" .\n")
        return cls(written + copy, list(ox.parse(layer, format=ox.RdfFormat.N_QUADS)), weights)

    def doc_quads(self) -> list[pyoxigraph.Quad]:
        """The document's graph as ``pyoxigraph.Quad`` s (parsed from the N-Quads)."""
        return [q for q in ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS)
                if not isinstance(q.graph_name, ox.DefaultGraph)]


def finish_spool(path: str | Path, *, pending: bool | None = None) -> None:
    """Before a reader opens the store at ``path``: if documents are recorded whose graphs are
    still spooled (an ingest was killed, or is running), load them through a writable open when
    no writer holds the store, so that a reader sees every recorded document; else warn
    (``RuntimeWarning``) that they are missing from query results.  Does nothing for a store
    with nothing spooled, or one kg did not write.

    Args:
        path: the store's directory.
        pending: whether the caller already knows something is spooled (None: look).
    """
    import warnings

    if pending is None:
        try:
            st = ox.Store.read_only(str(path))
        except OSError:
            return
        pending = any(int(_value(q.object)) > 0 for q in st.quads_for_pattern(_STORE_NODE, _SPOOLED, None, META_GRAPH))
        del st
    if not pending:
        return
    try:
        Store(path).close()  # the writable open loads the spool, close flushes
    except StoreError:
        warnings.warn(
            f"the store at {path} is being written by another kg process (or was left so): documents "
            f"it recorded in {SPOOL_NAME} are not in query results until that ingest ends or `kg ingest "
            f"--store {path}` runs again", RuntimeWarning, stacklevel=3,
        )


def _open_read_only(path: Path, attempts: int = 5) -> Any:
    """Oxigraph's read-only view of the store at ``path``.  A writer compacting in the same moment
    may delete a file of the version the reader is opening ("IO error: No such file or
    directory"): open again (a few times, briefly apart) before taking the store for damaged."""
    import time

    for attempt in range(attempts - 1):
        try:
            return ox.Store.read_only(str(path))
        except RuntimeError as exc:
            if "No such file" not in str(exc):
                raise
            time.sleep(0.05 * (attempt + 1))
    return ox.Store.read_only(str(path))


def _refuse_other_folder(path: Path) -> None:
    """Refuse a folder that holds files but no store: RocksDB writes its ``CURRENT`` file when
    it creates a store and only ever replaces it, so a folder without one is the user's own
    (``--store ~/Documents`` would have put a database among their files) or a store that
    lost it (which RocksDB cannot open either)."""
    if path.is_dir() and not (path / "CURRENT").exists() and next(path.iterdir(), None) is not None:
        raise StoreError(
            f"{path} holds files but no kg store (no CURRENT file); give --store a new or empty folder, "
            "or restore the store from a copy if this was one"
        )


def open_store(path: str | Path, *, read_only: bool = False) -> Store:
    """Open (or, unless ``read_only``, create) the kg store at ``path``; see :class:`Store`."""
    return Store(path, read_only=read_only)


class Store:
    """A kg graph on disk.

    Args:
        path: the store's directory (created if missing, unless ``read_only``).
        read_only: open for queries only; several readers may share a store.

    Raises:
        StoreError: the directory is not a kg store, was written by another store
            format, is locked by another writer, or (read-only) does not exist.
    """

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path} is a file, not a store directory; give a directory to --store")
        _refuse_other_folder(self.path)
        try:
            if read_only:
                if not self.path.is_dir() or not any(self.path.iterdir()):
                    raise StoreError(f"no kg store at {self.path}; create one with `kg ingest FILES... --store {self.path}`")
                self._ox = _open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(self.path))
        except OSError as exc:
            if "LOCK:" not in str(exc):  # not RocksDB's lock: a full disk, a folder kg may not write ...
                raise StoreError(f"cannot open the store at {self.path}: {exc}") from None
            raise StoreError(
                f"cannot open the store at {self.path}: {exc}. Is another kg process writing to it? "
                "Wait for it to finish, or open the store read-only for queries"
            ) from None
        except RuntimeError as exc:  # RocksDB: a damaged store ("Corruption: ...")
            raise StoreError(
                f"the store at {self.path} is damaged and cannot be opened ({exc}). Nothing in it was changed; "
                f"restore it from a copy, or rebuild it with `kg ingest FILES... --store NEW_DIR`"
            ) from None
        #: Whether new documents' graphs go through the spool (:func:`ingest` sets it).
        self.spooling = False
        #: How many documents the running ingest still expects after the batch being written
        #: (None: unknown); with it the spool is also loaded when it holds ``SPOOL_TAIL_RATIO`` of
        #: what the rest of the run is expected to add (:meth:`_spool_due`).
        self.spool_docs_left: int | None = None
        self._spooled = self._loaded_bytes = 0
        self._run_docs = self._run_bytes = 0  # documents and bytes spooled since this open
        self._unflushed = 0  # characters of SPARQL updates since the last flush (FLUSH_CHARS)
        self._check_version()
        if read_only and self._meta_int(_SPOOLED):
            self._finish_for_reader()
        if not read_only:
            self._settle_spool()
            if self._loading():
                self._recover()

    # -- lifecycle -----------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Load what is still spooled, flush to disk and release the store (its lock, for a writer)."""
        ox_store = getattr(self, "_ox", None)
        if ox_store is not None:
            try:
                if not self.read_only and self._spooled:
                    self.load_spool()  # on an error it stays spooled for the next writable open
            finally:
                if not self.read_only:
                    try:
                        ox_store.flush()
                    except OSError:
                        pass
                del self._ox

    @property
    def ox(self) -> pyoxigraph.Store:
        """Alias of :attr:`oxigraph`."""
        return self.oxigraph

    @property
    def oxigraph(self) -> pyoxigraph.Store:
        """The underlying ``pyoxigraph.Store`` (for SPARQL through :mod:`kg.query`)."""
        try:
            return self._ox
        except AttributeError:
            raise StoreError(f"the store at {self.path} is closed") from None

    def _check_version(self) -> None:
        st = self.oxigraph
        marks = [_value(q.object) for q in st.quads_for_pattern(_STORE_NODE, _FORMAT, None, META_GRAPH)]
        if marks:
            if marks[0] not in _READABLE_FORMATS:
                raise StoreError(
                    f"the store at {self.path} has kg store format {marks[0]}, but this kg reads format "
                    f"{STORE_FORMAT}; re-ingest the articles into a new store (kg ingest FILES... --store NEWDIR)"
                )
            if not self.read_only and not union.has_union(st):
                union.build(st)  # a store from before the union default graph
            if not self.read_only and marks[0] != STORE_FORMAT:
                self._upgrade()
            return
        if next(iter(st.quads_for_pattern(None, None, None)), None) is not None:
            raise StoreError(
                f"{self.path} holds an Oxigraph store that kg did not write (no kg version marker); "
                "give kg an empty or new directory"
            )
        if not self.read_only:
            from kg import __version__

            st.extend([
                ox.Quad(_STORE_NODE, _FORMAT, ox.Literal(STORE_FORMAT), META_GRAPH),
                ox.Quad(_STORE_NODE, _WRITTEN_BY, ox.Literal(f"kg {__version__}"), META_GRAPH),
                union.MARK,
            ])

    def _loading(self) -> bool:
        """Whether a batch's graphs were being loaded when the last writer stopped."""
        return next(iter(self.oxigraph.quads_for_pattern(*_LOADING[:3], META_GRAPH)), None) is not None

    def _recover(self) -> None:
        """Undo a batch that was cut short between its two steps (see :meth:`_write`).

        The graphs of a batch's new documents are bulk-loaded (fast, but not atomic)
        under a marker, and only the SPARQL update that follows records them in the meta
        graph and removes the marker.  If the marker is still there, the writer died in
        between: every document graph without a record is dropped, and so is every triple
        of the union default graph that no remaining data graph states.  The documents
        are then processed again by the next ingest.
        """
        st = self.oxigraph
        prefix = _ID + "doc/"
        recorded = {document_iri(_value(q.object)) for q in st.quads_for_pattern(None, _DOC_ID, None, META_GRAPH)}
        orphans = [g for g in st.named_graphs() if isinstance(g, ox.NamedNode) and g.value.startswith(prefix)
                   and g.value not in recorded]
        parts = [f"DROP SILENT GRAPH {g}" for g in orphans]
        parts.append(f"DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} "
                     f"FILTER(?h != {META_GRAPH}) }} }}")
        parts.append(_LOADING_DELETE)
        self._update(parts, [])

    # -- the spool ----------------------------------------------------------------

    @property
    def spool_path(self) -> Path:
        """The file where an ingest's new document graphs wait to be bulk-loaded."""
        return self.path / SPOOL_NAME

    def _meta_int(self, predicate: ox.NamedNode) -> int:
        for q in self.oxigraph.quads_for_pattern(_STORE_NODE, predicate, None, META_GRAPH):
            return int(_value(q.object))
        return 0

    def _finish_for_reader(self) -> None:
        """A read-only open found documents recorded whose graphs are still spooled: see
        :func:`finish_spool`."""
        del self._ox
        finish_spool(self.path, pending=True)
        self._ox = ox.Store.read_only(str(self.path))

    def _settle_spool(self) -> None:
        """On a writable open: cut the spool back to the length its records committed (the
        tail of a batch whose record never committed: those documents are processed again),
        then load what is recorded (the graphs of documents already recorded)."""
        self._spooled = self._meta_int(_SPOOLED)
        self._loaded_bytes = self._meta_int(_LOADED)
        size = self.spool_path.stat().st_size if self.spool_path.exists() else 0
        if size < self._spooled:
            raise StoreError(
                f"the store at {self.path} records {self._spooled} bytes of document graphs in {SPOOL_NAME} "
                f"but the file holds {size}: the store lost data; re-ingest the articles into a new store"
            )
        if size > self._spooled:
            os.truncate(self.spool_path, self._spooled)
        if self._spooled:
            self.load_spool()
        elif size:
            self.spool_path.unlink()

    def _append_spool(self, data: bytes) -> int:
        """Append a batch's graphs to the spool and fsync it; returns the new length (not yet
        recorded: the batch's update records it)."""
        with open(self.spool_path, "ab") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
            return f.tell()

    def load_spool(self) -> None:
        """Bulk-load the spooled document graphs into the store and empty the spool.

        Loaded ``SPOOL_CHUNK`` bytes at a time, whole lines.  Loading twice is harmless (a
        store is a set), so a crash during the load is mended by loading again at the next
        open; the spool's record is cleared only after the load, the file after that.
        """
        self._writable()
        if not self._spooled:
            return
        try:
            with open(self.spool_path, "rb") as f:
                rest, left = b"", self._spooled
                while left > 0:
                    piece = f.read(min(SPOOL_CHUNK, left))
                    if not piece:
                        break
                    left -= len(piece)
                    data = rest + piece
                    cut = data.rfind(b"\n") + 1
                    rest = data[cut:]
                    if cut:
                        self.oxigraph.bulk_load(data[:cut], format=ox.RdfFormat.N_QUADS)
                    del data, piece
                if rest:
                    self.oxigraph.bulk_load(rest, format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"loading the spooled documents into the store at {self.path} failed: {exc}; "
                             "they stay spooled and are loaded the next time the store is opened for writing") from None
        loaded = self._loaded_bytes + self._spooled
        self._update([_meta_delete(_SPOOLED), _meta_delete(_LOADED)],
                     [ox.Quad(_STORE_NODE, _LOADED, ox.Literal(str(loaded)), META_GRAPH)])
        self._spooled, self._loaded_bytes = 0, loaded
        self.spool_path.unlink(missing_ok=True)
        _trim()

    def _spool_due(self) -> bool:
        """Whether the spool is loaded now: when it holds ``SPOOL_RATIO`` of what was loaded
        before it (and ``SPOOL_FLOOR``), or, near the end of an ingest that knows how many
        documents are left (:attr:`spool_docs_left`), when it holds ``SPOOL_TAIL_RATIO`` of
        what the rest of the run is expected to spool (and ``SPOOL_CHUNK``).  The last load,
        after the workers have ended, then holds the last batch instead of up to a third of
        the run (131 of 397 MB for the 3,000 ANT articles), and the loads before it overlap
        the workers' last documents."""
        if self._spooled >= max(SPOOL_FLOOR, SPOOL_RATIO * self._loaded_bytes):
            return True
        left = self.spool_docs_left
        if left is None or not self._run_docs or self._spooled < SPOOL_CHUNK:
            return False
        return self._spooled >= SPOOL_TAIL_RATIO * left * self._run_bytes / self._run_docs

    def _reopen(self) -> bool:
        """Close Oxigraph's handle on the store and open it again (:data:`REOPEN_DOCS`), which
        empties RocksDB's block caches and table readers; not done (False) while anything else
        holds the handle (a query's results being read)."""
        import sys

        if self.read_only or sys.getrefcount(self._ox) > 2:  # the attribute and the argument
            return False
        self._ox.flush()
        del self._ox
        self._unflushed = 0
        for attempt in range(3):
            try:
                self._ox = ox.Store(str(self.path))
                return True
            except OSError as exc:  # still open: an iterator of the old handle not yet collected
                import gc
                import time

                gc.collect()
                time.sleep(0.05 * attempt)
                error = exc
        raise StoreError(f"cannot open the store at {self.path} again after a write: {error}; "
                         "what was written is in it: run the same `kg ingest` again to go on") from None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only; open it without read_only to change it")

    # -- reading -------------------------------------------------------------------

    def documents(self) -> dict[str, str]:
        """Every document in the store: id -> content hash."""
        out: dict[str, str] = {}
        hashes = {_value(q.subject): _value(q.object) for q in self.oxigraph.quads_for_pattern(None, _HASH, None, META_GRAPH)}
        for q in self.oxigraph.quads_for_pattern(None, _DOC_ID, None, META_GRAPH):
            out[_value(q.object)] = hashes.get(_value(q.subject), "")
        return out

    def content_hash(self, doc_id: str) -> str | None:
        """The content hash a document was stored with, or None if it is not in the store."""
        for q in self.oxigraph.quads_for_pattern(_meta_node("doc", doc_id), _HASH, None, META_GRAPH):
            return _value(q.object)
        return None

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and self.content_hash(doc_id) is not None

    def __len__(self) -> int:
        return sum(1 for _ in self.oxigraph.quads_for_pattern(None, _DOC_ID, None, META_GRAPH))

    def entity_state(self, iri: str) -> EntityState | None:
        """The summed state of an entity (by IRI), or None if no document mentions it.

        Its context is summed from every document's contribution (a scan: for
        inspection and tests; :meth:`entity_states` sums them all in one pass)."""
        for q in self.oxigraph.quads_for_pattern(_meta_node("entity", iri), _STATE, None, META_GRAPH):
            data = json.loads(_value(q.object))
            state = EntityState.from_json(data)
            if "context" not in data:
                state.context.update(self._contexts(iri).get(iri, {}))
            return state
        return None

    def entity_states(self) -> Iterator[tuple[str, EntityState]]:
        """Every entity of the layer with its summed state."""
        contexts: dict[str, Counter[str]] | None = None
        for q in self.oxigraph.quads_for_pattern(None, _STATE, None, META_GRAPH):
            data = json.loads(_value(q.object))
            state = EntityState.from_json(data)
            if "context" not in data:  # a format-1 state literal holds its context itself
                if contexts is None:
                    contexts = self._contexts()
                state.context.update(contexts.get(data["iri"], {}))
            yield data["iri"], state

    def _contexts(self, only: str | None = None) -> dict[str, Counter[str]]:
        """Entity IRI -> its co-mentioned entities with counts, summed over the documents'
        contributions (one pass over the records)."""
        out: dict[str, Counter[str]] = {}
        for q in self.oxigraph.quads_for_pattern(None, _CONTRIB, None, META_GRAPH):
            for iri, contrib in json.loads(_value(q.object)).items():
                if (only is None or iri == only) and contrib.get("context"):
                    out.setdefault(iri, Counter()).update(contrib["context"])
        return out

    def quads(self, *, internal: bool = False) -> Iterator[pyoxigraph.Quad]:
        """All quads: document graphs and the entity layer (the meta graph and the
        union default graph only if ``internal``)."""
        if internal:
            yield from self.oxigraph.quads_for_pattern(None, None, None)
        else:
            yield from union.data_quads(self.oxigraph)

    def query(self, sparql: str) -> Any:
        """Run a SPARQL query on the store (see :mod:`kg.query` for the checked entry point)."""
        return self.oxigraph.query(sparql)

    # -- writing -------------------------------------------------------------------

    def add(self, data: Any, doc_id: str, content_hash: str, *, force: bool = False) -> bool:
        """Add (or replace) one document.

        Args:
            data: the document's quads: an ``rdflib.Dataset`` (as
                :func:`kg.graph.rdf.to_dataset` ``([doc])`` makes), or an iterable of
                pyoxigraph ``Quad`` s or rdflib ``(s, p, o, g)`` tuples.  Quads in the
                document's graph are its graph; quads in ``kgid:graph/entities`` are
                its contribution to the entity layer.
            doc_id: the document id (its graph is ``kgid:doc/<id>``).
            content_hash: the document's content hash; if the stored one is the same
                the call changes nothing.
            force: replace even when the content hash is unchanged.

        Returns:
            True if the store changed, False if the document was already there unchanged.

        Raises:
            StoreError: the store is read-only, the data holds quads of another graph,
                or the write failed (nothing of this document is then written).
        """
        return self.add_many([(data, doc_id, content_hash)], force=force)[0] == 1

    def add_document(self, doc: Document, *, force: bool = False) -> bool:
        """Add a processed :class:`~kg.model.Document` (its quads from :func:`kg.graph.rdf.document_rdf`)."""
        return self.add(Prepared.from_document(doc), doc.id, doc.content_hash, force=force)

    def add_many(
        self, items: Iterable[tuple[Any, str, str]], *, batch: int = 25, force: bool = False
    ) -> tuple[int, int]:
        """Bulk loading: add many ``(data, doc_id, content_hash)`` items, ``batch`` per transaction.

        Returns:
            ``(changed, unchanged)`` document counts.
        """
        self._writable()
        changed = unchanged = 0
        pending: list[tuple[str, str, Any, list[pyoxigraph.Quad]]] = []
        for data, doc_id, content_hash in items:
            in_batch = any(p[0] == doc_id for p in pending)
            if not force and not in_batch and self.content_hash(doc_id) == content_hash:
                unchanged += 1
                continue
            if in_batch:  # the same document twice: the first write goes in first, the second replaces it
                self._write(pending)
                pending = []
            if isinstance(data, Prepared):
                pending.append((doc_id, content_hash, data, data.entity_quads))
            else:
                doc_q, ent_q = _split(data, doc_id)
                pending.append((doc_id, content_hash, doc_q, ent_q))
            changed += 1
            if len(pending) >= batch:
                self._write(pending)
                pending = []
        if pending:
            self._write(pending)
        return changed, unchanged

    def remove(self, doc_id: str) -> bool:
        """Take a document out; entities it alone mentioned leave the entity layer,
        the others lose what it contributed (its labels, types, links).

        Returns:
            True if the document was in the store.
        """
        self._writable()
        node = ox.NamedNode(document_iri(doc_id))
        meta = _meta_node("doc", doc_id)
        old = self._contribution(meta)
        if old is None and self.content_hash(doc_id) is None:
            return False
        if self._spooled:
            self.load_spool()  # its graph may be in the spool
        delta: dict[str, EntityState] = {}
        _accumulate(delta, old or {}, -1)
        parts = [union.unlink_graph(node), f"DROP SILENT GRAPH {node}",
                 f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {meta} ?p ?o }} }}"]
        ent_deletes, ent_inserts = self._entity_changes(delta)
        self._update(parts + ent_deletes, ent_inserts)
        return True

    # -- internals -----------------------------------------------------------------

    def _contribution(self, meta: pyoxigraph.NamedNode) -> dict[str, EntityState] | None:
        for q in self.oxigraph.quads_for_pattern(meta, _CONTRIB, None, META_GRAPH):
            data = json.loads(_value(q.object))
            return {iri: EntityState.from_json(s) for iri, s in data.items()}
        return None

    def _write(self, pending: list[tuple[str, str, Any, list[pyoxigraph.Quad]]]) -> None:
        """Write a batch of documents.

        The graphs of *new* documents given as :class:`Prepared` are bulk-loaded first
        (Oxigraph's fastest path: no SPARQL text, no Python quads, no transaction),
        under a marker; everything else (their records, replaced documents, the entity
        layer, removing the marker) follows in one SPARQL update, one transaction.
        Until it commits the new graphs have no record: after a crash in between,
        :meth:`_recover` takes them out when the store is next opened for writing.
        When :attr:`spooling`, the new graphs go to the spool instead (:meth:`_write_spooled`).
        """
        delta: dict[str, EntityState] = {}
        deletes: list[str] = []
        inserts: list[pyoxigraph.Quad] = []
        fresh: list[bytes] = []
        olds = [self._contribution(_meta_node("doc", p[0])) for p in pending]
        known = [old is not None or self.content_hash(p[0]) is not None for p, old in zip(pending, olds)]
        if self._spooled and any(known):
            self.load_spool()  # a replaced document's graph may still be in the spool
        for (doc_id, content_hash, doc_q, ent_q), old, was_known in zip(pending, olds, known):
            node = ox.NamedNode(document_iri(doc_id))
            meta = _meta_node("doc", doc_id)
            if isinstance(doc_q, Prepared):
                new = _contributions(doc_q.mentions, ent_q)
                if not was_known:
                    fresh.append(doc_q.nquads)
                    doc_q = []
                else:
                    doc_q = doc_q.doc_quads()
            else:
                new = contributions(doc_q, ent_q)
            _accumulate(delta, old or {}, -1)
            _accumulate(delta, new, 1)
            if old is not None:
                deletes.append(union.unlink_graph(node))
            if doc_q or old is not None:  # a new document's graph went in with the load above
                deletes.append(f"DROP SILENT GRAPH {node}")
            deletes.append(f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {meta} ?p ?o }} }}")
            inserts += doc_q
            contrib_json = json.dumps({i: c.to_json() for i, c in new.items()}, ensure_ascii=False, sort_keys=True)
            inserts += [
                ox.Quad(meta, _DOC_ID, ox.Literal(doc_id), META_GRAPH),
                ox.Quad(meta, _HASH, ox.Literal(content_hash), META_GRAPH),
                ox.Quad(meta, _CONTRIB, ox.Literal(contrib_json), META_GRAPH),
            ]
        ent_deletes, ent_inserts = self._entity_changes(delta)
        if fresh and self.spooling:
            self._write_spooled(fresh, deletes + ent_deletes, inserts + ent_inserts)
            return
        if fresh:
            try:
                self.oxigraph.extend([ox.Quad(*_LOADING)])  # committed before the load starts
                self.oxigraph.bulk_load(b"".join(fresh), format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as exc:
                self._recover()
                raise StoreError(f"writing to the store at {self.path} failed, nothing was changed: {exc}") from None
            deletes.append(_LOADING_DELETE)
        try:
            self._update(deletes + ent_deletes, inserts + ent_inserts)
        except StoreError:
            if fresh:
                self._recover()  # the graphs just loaded have no record: take them out again
            raise

    def _write_spooled(self, fresh: list[bytes], deletes: list[str], inserts: list[pyoxigraph.Quad]) -> None:
        """The batch's new graphs to the spool (fsynced), then its update, which records them
        and the spool's new length in one transaction; the spool is loaded when due."""
        before = self._spooled
        try:
            size = self._append_spool(b"".join(fresh))
        except OSError as exc:
            self._cut_spool(before)
            raise StoreError(f"writing to the spool of the store at {self.path} failed, nothing was changed: "
                             f"{exc}") from None
        try:
            self._update(deletes + [_meta_delete(_SPOOLED)],
                         inserts + [ox.Quad(_STORE_NODE, _SPOOLED, ox.Literal(str(size)), META_GRAPH)])
        except StoreError:
            self._cut_spool(before)
            raise
        self._run_docs += len(fresh)
        self._run_bytes += size - before
        self._spooled = size
        if self._spool_due():
            self.load_spool()

    def _cut_spool(self, size: int) -> None:
        try:
            os.truncate(self.spool_path, size)
        except OSError:
            pass  # cut at the next writable open (the record says how long the spool is)

    def _entity_changes(self, delta: dict[str, EntityState]) -> tuple[list[str], list[pyoxigraph.Quad]]:
        """What a write changes in the entity layer and the entities' states.

        Args:
            delta: per entity IRI, what the written documents add (positive counts) and
                what the replaced or removed ones take away (negative counts).

        Returns:
            SPARQL update operations that delete, and the quads to insert: only the layer
            quads that differ between the old and the new state (plus their union copy),
            and the entity's new state literal (names, types, ids: its context is
            summed from the contributions when read).  A frequent entity thus costs
            what the batch adds to it, not what the corpus said about it before.
        """
        iris = sorted(delta)
        old_states = self._small_states(iris)
        meta_del: list[ox.Quad] = []
        layer_del: list[ox.Quad] = []
        inserts: list[ox.Quad] = []
        for iri in iris:
            old_json = old_states.get(iri)
            old = EntityState.from_json(json.loads(old_json)) if old_json is not None else EntityState()
            new = _plus(old, delta[iri])
            before = set(entity_quads(iri, old, ENTITY_GRAPH)) if old.docs > 0 else set()
            after = list(entity_quads(iri, new, ENTITY_GRAPH)) if new.docs > 0 else []
            layer_del += sorted(before - set(after), key=str)
            inserts += [q for q in after if q not in before]
            meta = _meta_node("entity", iri)
            new_json = _state_json(iri, new) if new.docs > 0 else None
            if new_json != old_json:
                if old_json is not None:
                    meta_del.append(ox.Quad(meta, _STATE, ox.Literal(old_json), META_GRAPH))
                if new_json is not None:
                    inserts.append(ox.Quad(meta, _STATE, ox.Literal(new_json), META_GRAPH))
        deletes: list[str] = []
        if layer_del:  # out of the layer, then out of the union what no other graph states
            deletes.append(_delete_data(layer_del))
            deletes.append(union.unlink_triples([q.triple for q in layer_del]))
        if meta_del:
            deletes.append(_delete_data(meta_del))
        return deletes, inserts

    def _small_states(self, iris: list[str]) -> dict[str, str]:
        """Entity IRI -> its state literal (names, types, ids; no context), for those stored."""
        out: dict[str, str] = {}
        for meta, term in self._lookup([_meta_node("entity", i) for i in iris], _STATE).items():
            data = json.loads(term.value)
            if "context" in data:  # a format-1 state: the store is upgraded when opened for writing
                raise StoreError(f"the store at {self.path} holds an old entity state; open it for writing again")
            out[data["iri"]] = term.value
        return out

    def _lookup(self, subjects: list[ox.NamedNode], predicate: ox.NamedNode) -> dict[str, Any]:
        """``subject -> object`` of one predicate in the meta graph, for many subjects in few queries."""
        out: dict[str, Any] = {}
        for i in range(0, len(subjects), 2000):
            values = " ".join(str(x) for x in subjects[i:i + 2000])
            for row in self.oxigraph.query(f"SELECT ?s ?o WHERE {{ VALUES ?s {{ {values} }} "
                                           f"GRAPH {META_GRAPH} {{ ?s {predicate} ?o }} }}"):
                out[row["s"].value] = row["o"]
        return out

    def _upgrade(self) -> None:
        """Convert a format-1 store: each entity's state literal loses its context (summed
        from the documents' contributions from now on); the data graphs stay as they are."""
        st = self.oxigraph
        deletes: list[ox.Quad] = []
        inserts: list[ox.Quad] = []
        for q in st.quads_for_pattern(None, _STATE, None, META_GRAPH):
            data = json.loads(_value(q.object))
            deletes.append(q)
            inserts.append(ox.Quad(q.subject, _STATE, ox.Literal(_state_json(data["iri"], EntityState.from_json(data))),
                                   META_GRAPH))
        old_format = list(st.quads_for_pattern(_STORE_NODE, _FORMAT, None, META_GRAPH))
        inserts.append(ox.Quad(_STORE_NODE, _FORMAT, ox.Literal(STORE_FORMAT), META_GRAPH))
        self._update([_delete_data(deletes + old_format)], inserts)

    def _update(self, deletes: list[str], inserts: list[pyoxigraph.Quad]) -> None:
        """Run the deletes, then insert the quads, in one SPARQL update (one transaction).

        Every inserted data triple also goes to the union default graph (a set).
        """
        parts = list(deletes)
        if inserts:
            by_graph: dict[str, list[str]] = {}
            merged: list[str] = []  # the union default graph's copy (a set: repeats are no-ops)
            for q in inserts:
                triple = f"{q.subject} {q.predicate} {q.object} ."
                by_graph.setdefault(str(q.graph_name), []).append(triple)
                if q.graph_name != META_GRAPH:
                    merged.append(triple)
            body = " ".join(f"GRAPH {g} {{ {' '.join(ts)} }}" for g, ts in by_graph.items())
            parts.append(f"INSERT DATA {{ {' '.join(merged)} {body} }}")
        text = " ;\n".join(parts)
        try:
            self.oxigraph.update(text)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"writing to the store at {self.path} failed, nothing was changed: {exc}") from None
        self._unflushed += len(text)
        if self._unflushed >= FLUSH_CHARS:
            self._flush()

    def _flush(self) -> None:
        """Write the memtables to disk (:data:`FLUSH_CHARS`): the updates are safe in the
        write-ahead log either way, so a failure here loses nothing and is left for RocksDB's
        own flush."""
        self._unflushed = 0
        try:
            self.oxigraph.flush()
        except OSError:
            pass


def _state_json(iri: str, state: EntityState) -> str:
    """An entity's state literal: everything but its context (summed from the contributions)."""
    data = {"iri": iri, **state.to_json()}
    del data["context"]
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


#: The fields of an EntityState that are counters.
_FIELDS = ("types", "labels", "alt", "same_as", "iso", "geonames", "country", "context")


def _accumulate(delta: dict[str, EntityState], contribution: dict[str, EntityState], sign: int) -> None:
    """Add (``sign=1``) or subtract a document's contribution to per-entity deltas
    (counts may go negative here, unlike in :meth:`EntityState.add`)."""
    for iri, c in contribution.items():
        d = delta.get(iri)
        if d is None:
            d = delta[iri] = EntityState()
        d.docs += sign * c.docs
        for name in _FIELDS:
            mine = getattr(d, name)
            for k, v in getattr(c, name).items():
                mine[k] += sign * v


def _plus(state: EntityState, delta: EntityState) -> EntityState:
    """``state`` with ``delta`` added, keys at zero or below dropped (no context: see the pairs)."""
    out = EntityState(docs=state.docs + delta.docs)
    for name in _FIELDS[:-1]:
        mine = getattr(out, name)
        mine.update(getattr(state, name))
        for k, v in getattr(delta, name).items():
            mine[k] += v
            if mine[k] <= 0:
                del mine[k]
    return out


def _meta_delete(predicate: ox.NamedNode) -> str:
    """A SPARQL delete of the store node's value of ``predicate`` in the meta graph."""
    return f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ {_STORE_NODE} {predicate} ?o }} }}"


def _delete_data(quads: list[ox.Quad]) -> str:
    """A SPARQL ``DELETE DATA`` of named-graph quads."""
    by_graph: dict[str, list[str]] = {}
    for q in quads:
        by_graph.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    return "DELETE DATA { " + " ".join(f"GRAPH {g} {{ {' '.join(ts)} }}" for g, ts in by_graph.items()) + " }"


def _value(term: Any) -> str:
    """The lexical value of a pyoxigraph term (IRI or literal text)."""
    return str(getattr(term, "value", term))


def _to_ox(term: Any) -> Any:
    """An rdflib term (or a pyoxigraph one) as a pyoxigraph term."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.DefaultGraph)):
        return term
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if term is None:
        return ox.DefaultGraph()
    ident = getattr(term, "identifier", None)  # an rdflib Graph as a quad's context
    if ident is not None:
        return _to_ox(ident)
    raise StoreError(f"cannot store an RDF term of type {type(term).__name__}")


def _iter_quads(data: Any) -> Iterator[ox.Quad]:
    if hasattr(data, "quads") and callable(data.quads):
        rows: Iterable[Any] = data.quads((None, None, None, None))
    else:
        rows = data
    for row in rows:
        if isinstance(row, ox.Quad):
            yield row
        else:
            s, p, o, g = row
            yield ox.Quad(_to_ox(s), _to_ox(p), _to_ox(o), _to_ox(g))


def _contributions(mentions: dict[str, int], entity_graph_quads: list[ox.Quad]) -> dict[str, EntityState]:
    """:func:`kg.resolve.layer.contributions` with the ``kg:hasMention`` weights given."""
    return weighted_contributions(mentions, entity_graph_quads)


#: In the meta graph while a batch's new graphs are being bulk-loaded (see :meth:`Store._recover`).
_LOADING = (_STORE_NODE, ox.NamedNode(_S + "loading"), ox.Literal("true", datatype=ox.NamedNode(
    "http://www.w3.org/2001/XMLSchema#boolean")), META_GRAPH)
_LOADING_DELETE = f"DELETE DATA {{ GRAPH {META_GRAPH} {{ {_LOADING[0]} {_LOADING[1]} {_LOADING[2]} }} }}"


def _split(data: Any, doc_id: str) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """Split a document's data into its own graph and its entity-layer contribution."""
    doc_graph = ox.NamedNode(document_iri(doc_id))
    doc_q: list[ox.Quad] = []
    ent_q: list[ox.Quad] = []
    for q in _iter_quads(data):
        if q.graph_name == doc_graph:
            doc_q.append(q)
        elif q.graph_name == ENTITY_GRAPH:
            ent_q.append(q)
        else:
            raise StoreError(
                f"the data for document {doc_id!r} holds a quad in graph {q.graph_name}; expected only "
                f"{doc_graph} and {ENTITY_GRAPH} (add one document at a time)"
            )
    if not doc_q:
        raise StoreError(f"the data for document {doc_id!r} has no quads in its graph {doc_graph}")
    return doc_q, ent_q



# -- ingesting articles ----------------------------------------------------------------


class IngestReport:
    """What :func:`ingest` did: document counts and the problems met while reading."""

    def __init__(self) -> None:
        self.added = 0
        self.replaced = 0
        self.unchanged = 0
        self.linked = 0
        self.events_joined = 0
        self.problems: list[Any] = []

    @property
    def read(self) -> int:
        return self.added + self.replaced + self.unchanged

    def __repr__(self) -> str:
        return (f"IngestReport(added={self.added}, replaced={self.replaced}, unchanged={self.unchanged}, "
                f"linked={self.linked}, events_joined={self.events_joined}, problems={len(self.problems)})")


def ingest(
    sources: Iterable[str | Path],
    store: str | Path | Store,
    *,
    ner: str = "crf",
    date: Any = None,
    lang: str | None = None,
    encoding: str | None = None,
    batch: int = 200,
    on_document: Any = None,
    jobs: int = 1,
    engine: str = "processes",
    scheduler: str | None = None,
    progress: Any = None,
) -> IngestReport:
    """Read, process, link and add articles to a store.

    Each document is run through :func:`kg.pipeline.process`, its entities are
    linked to those already in the store (:class:`kg.resolve.link.EntityIndex`,
    across languages), its events get their cross-report keys
    (:class:`kg.resolve.events.EventIndex`), and it is written with
    :meth:`Store.add_many`.  A document whose content hash is already stored is
    not processed again.

    Args:
        sources: files, folders or ``"-"`` (see :func:`kg.ingest.read`).
        store: a :class:`Store` open for writing, or the directory of one.
        ner, date, lang, encoding: as for :func:`kg.pipeline.process` / :func:`kg.ingest.read`.
        batch: documents per write (a crash loses at most the batch being written,
            which the next run processes again).
        on_document: called with each processed document.
        jobs / engine / scheduler: spread extraction over worker processes or a Dask
            cluster (:func:`kg.parallel.run`); linking and writing stay in this process.
        progress: a :class:`kg.progress.IngestProgress` to report to.

    Raises:
        StoreError: the store cannot be opened or written.
        KGError: a source cannot be read.
    """
    from kg.pipeline import documents
    from kg.progress import count_documents
    from kg.resolve.events import EventIndex
    from kg.resolve.link import EntityIndex

    sources = list(sources)
    # how many articles the sources hold (a line count), for the spool's schedule near the end
    total = getattr(progress, "total", None) or count_documents(sources)
    own = not isinstance(store, Store)
    st: Store = store if isinstance(store, Store) else Store(store)
    report = IngestReport()
    spooling, st.spooling = st.spooling, True
    try:
        entities = EntityIndex.from_store(st)
        events = EventIndex.from_store(st)
        stored = st.documents()
        pending: list[tuple[Any, str, str]] = []
        writer = _Writer(st, batch)
        from kg.parallel import Skipped, link, run

        def unchanged(doc: Any) -> str | None:
            return "unchanged, already in the store" if stored.get(doc.id) == doc.content_hash else None

        docs = documents(sources, date=date, lang=lang, encoding=encoding, errors=report.problems)
        seen = 0
        for outcome in run(docs, jobs=jobs, ner=ner, engine=engine, scheduler=scheduler,
                           returns="document", skip=unchanged):
            seen += 1
            if progress is not None:
                progress.update(outcome)
            if isinstance(outcome, Skipped):
                if outcome.reason.startswith("unchanged"):
                    report.unchanged += 1
                else:
                    report.problems.append((outcome.path or outcome.id, None, outcome.reason))
                continue
            if outcome.doc is None:
                continue
            doc = outcome.doc
            old = stored.get(doc.id)
            linked, joined, valid = link(outcome, entities, events)
            report.linked += linked
            report.events_joined += joined
            data = (Prepared.from_written(doc, outcome.nquads, outcome.entity_nquads) if valid
                    else Prepared.from_document(doc))
            pending.append((data, doc.id, doc.content_hash))
            stored[doc.id] = doc.content_hash
            if old is None:
                report.added += 1
            else:
                report.replaced += 1
            if on_document is not None:
                on_document(doc)
            if len(pending) >= batch:
                writer.put(pending, None if total is None else max(0, total - seen))
                pending = []
        if pending:
            writer.put(pending, 0)
        writer.close()
        st.load_spool()
        if report.added + report.replaced:
            st.oxigraph.optimize()  # compact what the per-document transactions left behind
    finally:
        if "writer" in locals():
            writer.close(check=False)  # on an error, the batches already handed over are still written
        st.spooling, st.spool_docs_left = spooling, None
        if own:
            st.close()  # loads what is still spooled
        elif st._spooled:
            st.load_spool()
    return report


def _libc_trim() -> Any:
    """glibc's ``malloc_trim``, or None (another C library, another OS)."""
    import ctypes
    import ctypes.util

    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


def _trim() -> None:
    """Hand the memory a written batch freed back to the system.

    A batch's N-Quads and Oxigraph's bulk loader allocate tens of MB per write on the
    writer's and the loader's threads; glibc keeps what they free in per-thread arenas,
    so without this the parent's resident memory grew by about 120 MB of freed pages
    over 6,000 ANT articles (BENCHMARKS.md, "how the parent grows")."""
    global _MALLOC_TRIM
    if _MALLOC_TRIM is False:
        _MALLOC_TRIM = _libc_trim()
    if _MALLOC_TRIM is not None:
        _MALLOC_TRIM(0)


_MALLOC_TRIM: Any = False


class _Writer:
    """Writes batches to a store on a thread of its own, one batch behind the caller.

    Oxigraph releases the GIL while it loads and updates, so linking the next
    documents overlaps with writing the last batch.  Batches are written in the order
    given, each as :meth:`Store.add_many` writes it (crash safety is unchanged); an
    error in the writer is raised in the caller at the next :meth:`put` or at
    :meth:`close`, and nothing is written after it.
    """

    def __init__(self, store: Store, batch: int) -> None:
        import queue
        import threading

        self._store, self._batch = store, batch
        self._queue: queue.Queue[tuple[list[tuple[Any, str, str]], int | None] | None] = queue.Queue(maxsize=1)
        self._error: BaseException | None = None
        self._closed = False
        self._written = 0  # documents written since the store was last reopened (REOPEN_DOCS)
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            items, left = job
            if self._error is None:
                try:
                    self._store.spool_docs_left = left
                    self._store.add_many(items, batch=self._batch, force=True)
                    self._written += len(items)
                    if REOPEN_DOCS and self._written >= REOPEN_DOCS:
                        self._written = 0
                        self._store._reopen()
                except BaseException as exc:  # noqa: BLE001  (handed to the caller)
                    self._error = exc
            del items, job
            _trim()

    def put(self, items: list[tuple[Any, str, str]], left: int | None = None) -> None:
        """Queue a batch (waits while the one before it is still queued); ``left``: how many
        documents the ingest still expects after it (None: unknown; see :meth:`Store._spool_due`)."""
        self._raise()
        self._queue.put((items, left))

    def close(self, *, check: bool = True) -> None:
        """Wait for every queued batch to be written; raise the writer's error (if ``check``)."""
        if not self._closed:
            self._closed = True
            self._queue.put(None)
            self._thread.join()
        if check:
            self._raise()

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error
