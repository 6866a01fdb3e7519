"""Spread :func:`kg.pipeline.process` over processes, or over a Dask cluster, in bounded memory.

The parent reads documents one at a time (:func:`kg.pipeline.documents` is a
stream), groups them into small chunks and keeps at most ``max_pending`` chunks
in flight; workers run the pipeline and send back a compact
:class:`DocResult` per document: the N-Quads bytes of its named graph and of its
own entity-layer contribution, slim entities for an in-memory
:class:`kg.graph.rdf.EntityLayer`, and a few counts.  The parent never holds the
corpus, only the chunks in flight, and results come back in input order.

    >>> from kg.model import Document
    >>> docs = [Document(id="a", text="زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ.", lang="ar")]
    >>> [r.id for r in run(docs, jobs=1, ner="none", steps=("sentences", "mentions", "resolve"))]
    ['a']

Engines:

* ``"processes"`` (default): a local process pool (``jobs`` workers; ``jobs=1`` runs inline).
* ``"dask"``: the same per-chunk function on a Dask distributed cluster at
  ``scheduler`` (``"tcp://host:8786"``), or on a local cluster of ``jobs``
  worker processes when no scheduler is given.  Workers need kg (and its models)
  installed; ``pip install 'kg[dask]'`` brings Dask.
"""
from __future__ import annotations

import gc
import itertools
import json
import os
import re
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from kg.errors import KGError
from kg.model import Document, Entity, Mention
from kg.pipeline import DEFAULT_STEPS

ENGINES = ("processes", "dask")

#: One shared placeholder: a slim entity keeps only the *number* of its mentions.
_PLACEHOLDER = Mention(0, 0, "")


class EngineError(KGError):
    """The parallel engine cannot start or lost a worker."""


@dataclass(frozen=True)
class Options:
    """What every worker needs to process a document (small and picklable)."""

    ner: str = "crf"
    steps: tuple[str, ...] = DEFAULT_STEPS
    returns: str = "quads"


@dataclass
class DocResult:
    """What a worker sends back for one processed document.

    Attributes:
        id: the document id.
        content_hash: the document's content hash (for the store's "unchanged" check).
        nquads: N-Quads (UTF-8) of the document's named graph.
        entity_nquads: N-Quads of the entity-layer quads built from this document alone
            (its contribution, as :func:`kg.graph.rdf.to_dataset` ``([doc])`` writes them).
        entities: the document's entities with their mention lists reduced to a count
            (``len(e.mentions)`` is kept, the mentions are one shared placeholder).
        words / mentions / events / triples: counts for the summary.
        path: the file the document came from.
        doc: the processed document itself, when :func:`run` was asked for
            ``returns="document"`` (then ``nquads`` and ``entity_nquads`` are empty), for a
            parent that still has work to do on it (linking to a store's entities).
    """

    id: str
    content_hash: str
    nquads: bytes
    entity_nquads: bytes
    entities: list[Entity] = field(default_factory=list)
    words: int = 0
    mentions: int = 0
    events: int = 0
    triples: int = 0
    path: str | None = None
    doc: Document | None = None

    def quads(self) -> Iterator[Any]:
        """The document's quads and its entity-layer contribution, as ``pyoxigraph.Quad`` s.

        This is the ``data`` that :meth:`kg.store.Store.add` expects.
        """
        import pyoxigraph as ox

        yield from ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS)
        if self.entity_nquads:
            yield from ox.parse(self.entity_nquads, format=ox.RdfFormat.N_QUADS)


@dataclass
class Skipped:
    """A document that was read but not turned into RDF, and why."""

    id: str
    reason: str
    path: str | None = None


Outcome = DocResult | Skipped


# --- the per-document work (runs in workers) -------------------------------------------------

def _nquads(quads: Iterable[tuple[Any, Any, Any, Any]]) -> tuple[bytes, int]:
    from kg.graph.rdf import nquads

    rows = list(quads)
    return nquads(rows), len(rows)


def _slim(entity: Entity) -> Entity:
    return Entity(
        key=entity.key,
        type=entity.type,
        labels=dict(entity.labels),
        alt_labels=set(entity.alt_labels),
        mentions=[_PLACEHOLDER] * len(entity.mentions),
        same_as=list(entity.same_as),
        attrs={k: v for k, v in entity.attrs.items() if isinstance(v, (str, int, float, bool))},
        confidence=entity.confidence,
    )


def process_document(doc: Document, options: Options) -> Outcome:
    """Run the pipeline on one document and serialise what the parent needs.

    Errors in one document do not stop the run: a :class:`kg.errors.KGError`
    becomes a :class:`Skipped` with its message, any other exception a
    :class:`Skipped` that says it is kg's bug.  A missing model
    (:class:`kg.errors.ModelError`) is re-raised, since every document would fail.
    """
    from kg.errors import ModelError
    from kg.graph.rdf import document_nquads
    from kg.pipeline import process

    try:
        doc = process(doc, steps=options.steps, ner=options.ner)
    except ModelError:
        raise
    except KGError as exc:
        return Skipped(doc.id, str(exc), doc.path)
    except RecursionError:
        return Skipped(doc.id, "the text is too deeply nested to process", doc.path)
    except Exception as exc:  # noqa: BLE001  (one odd article must not stop a corpus run)
        return Skipped(doc.id, f"internal error in the pipeline ({type(exc).__name__}: {exc}); "
                               "please report it with this article", doc.path)
    words, mentions, events = len(doc.text.split()), len(doc.mentions), len(doc.events)
    if options.returns == "document":
        # The parent links the document to the others before it is written.  Most
        # documents come out of linking unchanged, so their RDF is written here, where
        # the work is spread, under the event keys linking gives a first report
        # (:func:`presume_event_keys`); :func:`link` tells the parent when it still holds.
        presume_event_keys(doc)
        nquads, n_doc = document_nquads(doc)
        return DocResult(id=doc.id, content_hash=doc.content_hash, nquads=nquads, entity_nquads=_layer_nquads(doc),
                         words=words, mentions=mentions, events=events, triples=n_doc, path=doc.path, doc=doc)
    nquads, n_doc = document_nquads(doc)
    ent_nquads = _layer_nquads(doc)
    return DocResult(
        id=doc.id,
        content_hash=doc.content_hash,
        nquads=nquads,
        entity_nquads=ent_nquads,
        entities=[_slim(e) for e in doc.entities.values()],
        words=words,
        mentions=mentions,
        events=events,
        triples=n_doc,
        path=doc.path,
    )


def _layer_nquads(doc: Document) -> bytes:
    """N-Quads of the entity-layer quads built from this document alone."""
    from kg.graph.rdf import EntityLayer

    layer = EntityLayer()
    for e in doc.entities.values():
        layer.add(e)
    return layer.nquads()


def presume_event_keys(doc: Document) -> None:
    """Give each event the cross-report key it gets when no earlier report joins it
    (:func:`kg.resolve.events.shared_key`), as ``event.attrs["key"]``."""
    from kg.resolve.events import event_date, shared_key, signature

    for ev in doc.events:
        sig = signature(ev)
        if sig is not None:
            ev.attrs["key"] = shared_key(sig, event_date(ev, doc))


#: The roles of an event that hold entity keys (as :func:`kg.resolve.link.rekey` renames them).
_ROLES = ("agent", "target", "participant", "place", "reported_by")


def link(outcome: DocResult, entities: Any, events: Any) -> tuple[int, int, bool]:
    """Link a processed document to the documents before it, in the parent.

    Re-keys ``outcome.doc``'s entities that denote known ones
    (:meth:`kg.resolve.link.EntityIndex.link`) and gives its events their cross-report
    keys (:meth:`kg.resolve.events.EventIndex.assign`).  When that renamed entities or
    events, the N-Quads the worker wrote are rewritten here by renaming those IRIs
    (:func:`_renamed`), which costs a fraction of writing the document again; only
    when the renaming cannot be told from the keys alone are they dropped.

    Returns:
        ``(entities re-keyed, events joined, still_valid)``: ``still_valid`` is True when
        ``outcome.nquads`` and ``outcome.entity_nquads`` say what the linked document
        says; otherwise they must be written again from ``outcome.doc``.
    """
    doc = outcome.doc
    assert doc is not None
    learn_romanizations(outcome.entity_nquads)
    presumed = [ev.attrs.get("key") or ev.key(doc.id) for ev in doc.events]
    mentioned = [m.entity for m in doc.mentions]
    relations = [(r.subject, r.object, r.attrs.get("of")) for r in doc.relations]
    roles = [[list(getattr(ev, role)) for role in _ROLES] for ev in doc.events]
    entity_keys = list(doc.entities)
    mapping = entities.link(doc)
    joined = events.assign(doc)
    if not outcome.nquads:
        return len(mapping), joined, False
    renamed = {old: m.entity for old, m in zip(mentioned, doc.mentions) if old and m.entity and old != m.entity}
    event_keys = [ev.attrs.get("key") or ev.key(doc.id) for ev in doc.events]
    if not renamed and presumed == event_keys and entity_keys == list(doc.entities):
        return len(mapping), joined, True
    iris = _renamed(outcome, presumed, event_keys, renamed, relations, roles)
    if iris is None:
        outcome.nquads = outcome.entity_nquads = b""
        return len(mapping), joined, False
    outcome.nquads = _rename_iris(outcome.nquads, iris)
    outcome.entity_nquads = _layer_nquads(doc)
    return len(mapping), joined, True


_ROMANIZATION = b"<https://w3id.org/newskg/ontology#romanization>"


def learn_romanizations(entity_nquads: bytes) -> int:
    """Hand the romanisations a worker wrote into a document's entity layer (``kg:romanization`` of an
    entity whose ``rdfs:label`` in Arabic is the name romanised) to :func:`kg.resolve.romanize.learn`,
    so that this process does not compute them again when it writes the entity layer.

    Returns:
        how many were handed over.
    """
    if _ROMANIZATION not in entity_nquads:
        return 0
    import pyoxigraph as ox

    from kg.resolve.romanize import learn

    # only the rows that can matter are parsed: romanisations and Arabic labels
    rows = b"\n".join(row for row in entity_nquads.split(b"\n")
                       if _ROMANIZATION in row or (_LABEL_ROW in row and b'"@ar <' in row))
    arabic: dict[Any, str] = {}
    latin: dict[Any, str] = {}
    for q in ox.parse(rows, format=ox.RdfFormat.N_QUADS):
        p, o = q.predicate.value, q.object
        if p == _LABEL and isinstance(o, ox.Literal) and o.language == "ar":
            arabic[q.subject] = o.value
        elif p == _ROMANIZATION_IRI and isinstance(o, ox.Literal):
            latin[q.subject] = o.value
    n = 0
    for subject, text in latin.items():
        name = arabic.get(subject)
        if name is not None:
            learn(name, text)
            n += 1
    return n


_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_LABEL_ROW = f"<{_LABEL}>".encode()
_ROMANIZATION_IRI = _ROMANIZATION[1:-1].decode()


def _renamed(outcome: DocResult, presumed: list[str], event_keys: list[str], renamed: dict[str, str],
             relations: list[tuple[str, str, Any]], roles: list[list[list[str]]]) -> dict[str, str] | None:
    """IRI -> new IRI (N-Triples forms) that turn the worker's N-Quads into the linked
    document's, or None if the document changed in a way a renaming does not cover."""
    from kg.graph.rdf import entity_iri, statement_iri
    from kg.namespace import ID

    doc = outcome.doc
    assert doc is not None

    def m(key: str) -> str:
        return renamed.get(key, key)

    for ev, before in zip(doc.events, roles):
        for role, keys in zip(_ROLES, before):
            if getattr(ev, role) != list(dict.fromkeys(m(k) for k in keys)):
                return None
    iris = {f"<{entity_iri(old)}>": f"<{entity_iri(new)}>" for old, new in renamed.items()}
    for rel, (subject, obj, of) in zip(doc.relations, relations):
        new_obj = obj if rel.object_is_literal else m(obj)
        if rel.subject != m(subject) or rel.object != new_obj or (of and rel.attrs.get("of") != m(str(of))):
            return None
        if (subject, obj) != (rel.subject, rel.object):
            old_iri = statement_iri(doc.id, subject, rel.predicate, obj, rel.sentence)
            iris[f"<{old_iri}>"] = f"<{statement_iri(doc.id, rel.subject, rel.predicate, rel.object, rel.sentence)}>"
    for old, new in zip(presumed, event_keys):
        if old != new:
            iris[f"<{ID[old]}>"] = f"<{ID[new]}>"  # as kg.graph.rdf names events
    return iris


def _rename_iris(nquads: bytes, iris: dict[str, str]) -> bytes:
    """N-Quads with the subjects and objects in ``iris`` renamed (graphs, predicates and
    literals untouched: a row is ``S P O G .``, its graph the last ``<...>``).

    Only the rows that contain one of the IRIs somewhere are taken apart (one regular
    expression over the whole text finds them); the others are copied as they are.
    """
    if not iris:
        return nquads
    text = nquads.decode("utf-8")
    out: list[str] = []
    pos = 0
    # rows end at "\n" only: str.splitlines would also break a literal at U+2028, U+0085, \f ...,
    # which N-Quads may carry unescaped
    for hit in _iris_pattern(tuple(iris)).finditer(text):
        if hit.start() < pos:
            continue  # in a row already rewritten
        start = text.rfind("\n", 0, hit.start()) + 1
        end = text.find("\n", hit.end())
        end = len(text) if end < 0 else end
        out.append(text[pos:start])
        out.append(_rename_row(text[start:end], iris))
        pos = end
    if not out:
        return nquads
    out.append(text[pos:])
    return "".join(out).encode("utf-8")


def _iris_pattern(iris: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, iris)))


def _rename_row(row: str, iris: dict[str, str]) -> str:
    """One N-Quads row (no line end) with its subject and object renamed."""
    s, _, rest = row.partition(" ")
    p, _, rest = rest.partition(" ")
    cut = rest.rfind(" <")
    o = rest[:cut]
    return f"{iris.get(s, s)} {p} {iris.get(o, o)}{rest[cut:]}"


def process_chunk(docs: list[Document], options: Options) -> list[Outcome]:
    """:func:`process_document` over a list (one task for a pool or a Dask worker), the NER
    network run over the list's documents at once first (:func:`prepare_ner`)."""
    prepare_ner(docs, options)
    return [process_document(d, options) for d in docs]


def prepare_ner(docs: list[Document], options: Options) -> int:
    """With kg's own NER in the steps, run its network over the sentences of ``docs`` at once
    (:func:`kg.ner.extract_mentions.prepare`; about a fifth of the network's CPU saved on
    Arabic news), for each document's NER step to take.  Anything that fails here is left to
    that step, which reports it for its own document.  Returns how many documents were decoded."""
    steps = list(options.steps)
    if options.ner not in ("kg", "crf", "default") or "mentions" not in steps:
        return 0
    from kg.ner import extract_mentions

    split = None
    if "sentences" in steps[: steps.index("mentions")]:  # the pipeline's split, not the tagger's own
        from kg.text.tokenize import split_sentences as split
    try:
        return extract_mentions.prepare(docs, split)
    except Exception:  # noqa: BLE001  (each document's own NER step meets it again and reports it)
        extract_mentions.forget()
        return 0


#: The collector's thresholds in a pool worker (:func:`worker_gc`): Python's own for the young
#: generations, full collections ten times rarer than Python's ``(700, 10, 10)``.
WORKER_GC_THRESHOLDS = (700, 10, 100)


def worker_gc() -> None:
    """Make full collections rarer in this process (a pool worker): :data:`WORKER_GC_THRESHOLDS`.

    A full collection walks every object not frozen, and a worker's long-lived objects are
    its caches (word types' rows, lru caches of words), which grow to their bounds over a
    run; yet little garbage reaches the oldest generation (320 unreachable objects after 600
    ANT articles with full collections off).  Measured over 600 ANT articles
    (``benchmarks/scale_worker.py``, ``gc.callbacks``): 6 full collections took 0.17-0.22 of
    the collector's 0.31-0.37 CPU-s; with these thresholds none ran and the collector took
    0.13-0.16 CPU-s.  Cycles still go: the young generations are collected as before, and
    the oldest one every hundredth collection of the middle one.
    """
    gc.set_threshold(*WORKER_GC_THRESHOLDS)


@contextmanager
def rare_full_collections() -> Iterator[None]:
    """Within the block, full collections at most as often as in a pool worker
    (:data:`WORKER_GC_THRESHOLDS`); the thresholds as they were afterwards.

    :func:`run` holds it while it streams outcomes: the process that reads them (the parent
    of `kg ingest`) grows the entity and event indexes and the writer's batches, which
    every full collection walks.  Replaying the 3,000 ANT articles' outcomes through the
    parent (``benchmarks/scale_replay.py``): full collections 0.9 -> 0.1 CPU-s, the same
    peak RSS (478 / 475 MB).
    """
    before = gc.get_threshold()
    mine = (before[0], before[1], max(before[2], WORKER_GC_THRESHOLDS[2]))
    gc.set_threshold(*mine)
    try:
        yield
    finally:
        if gc.get_threshold() == mine:  # not changed meanwhile (another run, the caller)
            gc.set_threshold(*before)


def _worker_init(parent: int) -> None:
    """Set up a pool worker: Ctrl-C is the parent's to handle; die with the parent; full
    collections rarer (:func:`worker_gc`).

    Ctrl-C goes to the whole process group; only the parent should handle it.  A worker
    whose parent is killed (``kill -9``, out of memory) would otherwise live on: it holds
    both ends of the pool's queues, so it blocks writing a result nobody reads, and it keeps
    the fork server alive, each holding the models in memory, for ever.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_gc()
    threading.Thread(target=_exit_with, args=(parent,), name="kg-parent-watch", daemon=True).start()


def _exit_with(pid: int, poll: float = 1.0) -> None:
    """Block until process ``pid`` has ended, then end this process at once."""
    try:
        fd = os.pidfd_open(pid)  # Linux >= 5.3: readable when the process ends
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])
    else:
        while True:
            time.sleep(poll)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            except PermissionError:  # alive, owned by someone else (cannot happen for our parent)
                continue
    os._exit(70)  # EX_SOFTWARE; nobody is left to read a result


# --- the driver (runs in the parent) ----------------------------------------------------------

def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def default_jobs() -> int:
    """The number of CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


#: Environment variables that size the thread pools of numpy's BLAS.
BLAS_THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_blas_thread() -> None:
    """Give numpy's BLAS one thread in processes started from now on (unless the user set it).

    kg runs in parallel by processes; the Arabic tagger's small matrix products gain
    nothing from BLAS threads, and two workers each running a BLAS pool on two cores
    spin against each other (measured: 20k against 30k tokens per CPU-second).
    Must run before numpy is imported to affect this process too.
    """
    for var in BLAS_THREAD_VARS:
        os.environ.setdefault(var, "1")


def run(
    docs: Iterable[Document],
    *,
    jobs: int = 1,
    ner: str = "crf",
    steps: Iterable[str] = DEFAULT_STEPS,
    engine: str = "processes",
    scheduler: str | None = None,
    chunk_size: int = 8,
    max_pending: int | None = None,
    skip: Callable[[Document], str | None] | None = None,
    start_method: str | None = None,
    returns: str = "quads",
) -> Iterator[Outcome]:
    """Process a stream of documents in parallel; yield one outcome per document, in input order.

    Args:
        docs: documents as :func:`kg.pipeline.documents` reads them (any iterable; it is
            consumed lazily, at most ``max_pending * chunk_size`` documents ahead).
        jobs: worker processes (``0`` or less: one per core).  With ``jobs=1`` and the
            ``processes`` engine the work runs in this process.
        ner: the mention extractor (see :func:`kg.pipeline.process`).
        steps: pipeline step names.
        engine: ``"processes"`` or ``"dask"``.
        scheduler: a Dask scheduler address (``"tcp://10.0.0.5:8786"``); with
            ``engine="dask"`` and no address, a local cluster of ``jobs`` processes.
        chunk_size: documents per task.
        max_pending: tasks in flight (default ``4 * jobs``); bounds memory.
        skip: called on each document before it is sent out; a returned string skips the
            document with that reason (``"unchanged, already in the store"``).
        start_method: multiprocessing start method (default ``"forkserver"`` where
            available, else ``"spawn"``: no fork of a parent holding open stores or threads).
        returns: ``"quads"`` (N-Quads bytes and slim entities, the compact default) or
            ``"document"`` (the processed :class:`~kg.model.Document` in ``DocResult.doc``).

    Yields:
        :class:`DocResult` for each processed document, :class:`Skipped` for the others.

    Raises:
        EngineError: unknown engine, Dask missing or unreachable, or a worker died.
        ModelError: the NER model is missing (raised by the first document).
    """
    if engine not in ENGINES:
        raise EngineError(f"unknown engine {engine!r}; use one of {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise EngineError("--scheduler needs --engine dask")
    if chunk_size < 1:
        raise EngineError(f"chunk size must be at least 1, not {chunk_size}")
    if returns not in ("quads", "document"):
        raise EngineError(f"returns must be 'quads' or 'document', not {returns!r}")
    steps = tuple(steps)
    from kg.pipeline import STEPS

    unknown = [s for s in steps if s not in STEPS]
    if unknown:
        raise EngineError(f"unknown pipeline step {unknown[0]!r}; available: {', '.join(STEPS)}")
    jobs = default_jobs() if jobs <= 0 else jobs
    options = Options(ner=ner, steps=steps, returns=returns)
    pending = max_pending or 4 * jobs
    tasks = _tasks(docs, chunk_size, skip)
    with rare_full_collections():  # the caller links and writes the outcomes in this process
        if engine == "dask":
            yield from _run_dask(tasks, options, jobs, scheduler, pending)
        elif jobs == 1:
            for kind, payload in tasks:
                if kind == "skip":
                    yield payload
                else:
                    yield from process_chunk(payload, options)
        else:
            yield from _run_pool(tasks, options, jobs, pending, start_method)


def _tasks(docs: Iterable[Document], size: int,
           skip: Callable[[Document], str | None] | None) -> Iterator[tuple[str, Any]]:
    """Chunks of documents to process, interleaved with skipped ones (order kept)."""
    chunk: list[Document] = []
    for doc in docs:
        reason = skip(doc) if skip is not None else None
        if reason is not None:
            if chunk:
                yield "work", chunk
                chunk = []
            yield "skip", Skipped(doc.id, reason, doc.path)
            continue
        chunk.append(doc)
        if len(chunk) >= size:
            yield "work", chunk
            chunk = []
    if chunk:
        yield "work", chunk


def _ordered(tasks: Iterator[tuple[str, Any]], submit: Callable[[list[Document]], Any],
             result: Callable[[Any], list[Outcome]], pending: int) -> Iterator[Outcome]:
    """Keep ``pending`` tasks in flight, yield outcomes in input order."""
    window: deque[tuple[str, Any]] = deque()
    for kind, payload in tasks:
        window.append((kind, submit(payload) if kind == "work" else payload))
        while len(window) >= pending or (window and window[0][0] == "skip"):
            yield from _pop(window, result)
    while window:
        yield from _pop(window, result)


def _pop(window: deque[tuple[str, Any]], result: Callable[[Any], list[Outcome]]) -> Iterator[Outcome]:
    kind, item = window.popleft()
    if kind == "skip":
        yield item
    else:
        yield from result(item)


def _run_pool(tasks: Iterator[tuple[str, Any]], options: Options, jobs: int, pending: int,
              start_method: str | None) -> Iterator[Outcome]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    one_blas_thread()  # before the workers start: they import numpy afresh
    method = start_method or ("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    ctx = mp.get_context(method)
    if method == "forkserver":
        tasks = _start_forkserver(ctx, tasks, options)
    recycle = worker_tasks(method)
    if recycle:
        pool = _recycling_pool()(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                                 initargs=(os.getpid(),), max_tasks_per_child=recycle)
    else:
        pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init,
                                   initargs=(os.getpid(),))
    # the pipes that carry tasks to the workers and their outcomes back: as large as Linux allows
    widen_pipe(getattr(getattr(pool, "_call_queue", None), "_reader", None))
    widen_pipe(getattr(getattr(pool, "_result_queue", None), "_reader", None))
    try:
        def result(fut: Any) -> list[Outcome]:
            try:
                return fut.result()  # type: ignore[no-any-return]
            except BrokenProcessPool:
                raise EngineError(
                    "a worker process died (out of memory, or killed); run again with fewer --jobs "
                    "or a smaller chunk size"
                ) from None

        yield from _ordered(tasks, lambda chunk: pool.submit(process_chunk, chunk, options), result, pending)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


#: Tasks (chunks of documents) a pool worker processes before it ends and a fresh worker is
#: forked from the fork server in its place (``max_tasks_per_child``); None or 0: workers live as
#: long as the run.  A worker's memory grows with the words it has met: its caches of words
#: (normalisation, clitics, POS features, name scores, the event lexicon's analyses, the RDF
#: writer's IRIs; bounded at 32,000-200,000 entries each, filled only over a big corpus), the
#: shared pages of the fork server it has written to, and the freed memory its allocator keeps.
#: Measured over ANT (BENCHMARKS.md, "Twentieth session: memory that does not grow with the
#: corpus"): a worker holds about 346 MB of its own after 1,472 articles and 451 MB after
#: 4,417; a fresh one starts from the fork server's pages with empty caches, and refills them
#: in a few hundred articles.  250 chunks of 8 (2,000 articles) keep a run of 3,000 articles
#: (1,500 a worker) as it was, and a worker of a bigger run at the memory of 2,000 articles.
WORKER_TASKS: int | None = 250


def worker_tasks(method: str) -> int | None:
    """The ``max_tasks_per_child`` of a pool started with ``method``: :data:`WORKER_TASKS`
    with the fork server (a new worker is a fork of the loaded models, cheap), None otherwise
    (a spawned worker loads every model again; ``fork`` does not allow it) or before Python 3.11."""
    import sys
    from concurrent.futures import ProcessPoolExecutor

    if not WORKER_TASKS or method != "forkserver" or sys.version_info < (3, 11):
        return None
    if not all(hasattr(ProcessPoolExecutor, a) for a in ("_adjust_process_count", "_spawn_process")):
        return None  # (the private methods :func:`_recycling_pool` replaces are gone: no recycling)
    return WORKER_TASKS


def _recycling_pool() -> type:
    """A ``ProcessPoolExecutor`` that always replaces a worker that ended after its
    ``max_tasks_per_child`` tasks.

    CPython's own replacement (3.11 on) first takes a token of its idle-worker semaphore,
    which counts finished tasks rather than idle workers; a stale token makes it skip the
    replacement, and once no worker is left the queued tasks wait for ever (python/cpython
    gh-115634, fixed upstream in November 2025).  Here the pool is topped up to ``max_workers``
    whenever it is asked to adjust, as the fixed versions do for a worker that ended.
    """
    from concurrent.futures import ProcessPoolExecutor

    class RecyclingPool(ProcessPoolExecutor):
        def _adjust_process_count(self) -> None:
            while len(self._processes) < self._max_workers:  # type: ignore[attr-defined]
                self._spawn_process()  # type: ignore[attr-defined]

    return RecyclingPool


#: Bytes each of a pool's two pipes (tasks to the workers, outcomes back) may hold (:func:`widen_pipe`):
#: Linux's largest for an unprivileged process (``/proc/sys/fs/pipe-max-size``), more than a
#: chunk of 8 ANT articles pickled (about 50 KB as a task, 0.5-0.8 MB as outcomes).
PIPE_BYTES = 1 << 20


def widen_pipe(conn: Any, size: int = PIPE_BYTES) -> int | None:
    """Ask Linux to let the pipe of ``conn`` (a ``multiprocessing`` connection) hold ``size`` bytes.

    A pipe holds 64 KB by default.  A worker writing a chunk's outcomes (0.5-0.8 MB for 8 ANT
    articles) then blocks until the parent's result thread has read all but the last 64 KB,
    and a worker reading its next task waits while the parent's feeder thread writes the rest
    of it; both threads take the GIL again after every 64 KB, behind the parent's linking and
    writing.  With both pipes widened the workers' time between two chunks (sending the one,
    receiving the next) fell from 2.1-2.4 % to 1.5-1.8 % of their working time
    (``kg ingest --jobs 2`` on 600 ANT articles, alternating runs; BENCHMARKS.md, "Eighteenth
    session").  The buffer is the kernel's: at most ``size`` bytes a pipe, for the pool's life.

    Returns:
        the pipe's size now, or None where it cannot be set (not Linux, not a pipe, no ``conn``).
    """
    if conn is None:
        return None
    try:
        import fcntl

        return fcntl.fcntl(conn.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), size)
    except (ImportError, AttributeError, OSError, ValueError):
        return None


def _start_forkserver(ctx: Any, tasks: Iterator[tuple[str, Any]], options: Options,
                      peek: int = 1000) -> Iterator[tuple[str, Any]]:
    """Start the fork server with the models of the run's languages loaded (:mod:`kg._warm`).

    The languages are those of the first chunk of work (looked for among the first
    ``peek`` tasks, skipped documents included; the tasks read are handed back in order).  A fork server already
    running in this process (an earlier run) is kept as it is.
    """
    from multiprocessing import forkserver

    head: list[tuple[str, Any]] = []
    for kind, payload in tasks:  # up to the first chunk of work: reading stays lazy
        head.append((kind, payload))
        if kind == "work" or len(head) >= peek:
            break
    langs = sorted({d.lang for kind, chunk in head if kind == "work" for d in chunk if d.lang})
    ctx.set_forkserver_preload(["kg.parallel", "kg.pipeline", "kg.graph.rdf", "kg._warm"])
    from kg import _warm

    saved = os.environ.get(_warm.ENV)
    os.environ[_warm.ENV] = json.dumps({"langs": langs[:4], "ner": options.ner, "steps": list(options.steps)})
    try:
        forkserver.ensure_running()
    finally:
        if saved is None:
            os.environ.pop(_warm.ENV, None)
        else:
            os.environ[_warm.ENV] = saved
    return itertools.chain(head, tasks)


def _run_dask(tasks: Iterator[tuple[str, Any]], options: Options, jobs: int, scheduler: str | None,
              pending: int) -> Iterator[Outcome]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("--engine dask needs Dask distributed: pip install 'kg[dask]' "
                          "(or pip install 'dask[distributed]')") from None
    cluster = None
    try:
        if scheduler:
            import dask

            # dask's own setting, so a cluster's config (or a test) can shorten it
            client = Client(scheduler, timeout=dask.config.get("distributed.comm.timeouts.connect"),
                            set_as_default=False)
        else:
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None)
            client = Client(cluster, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; start one with "
                          "`dask scheduler` and workers with `dask worker ADDRESS`, or omit --scheduler") from None
    try:
        n = sum(client.ncores().values()) or jobs
        window = max(pending, 2 * n)

        def result(fut: Any) -> list[Outcome]:
            try:
                return fut.result()  # type: ignore[no-any-return]
            except KGError:
                raise
            except Exception as exc:  # noqa: BLE001  (a worker lost, kg missing there: any error)
                raise EngineError(f"a Dask task failed: {type(exc).__name__}: {exc}; is kg installed on "
                                  "every worker, in the same version?") from None

        yield from _ordered(tasks, lambda chunk: client.submit(process_chunk, chunk, options, pure=False),
                            result, window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# --- sinks: where the outcomes go -------------------------------------------------------------

def bulk_load(outcomes: Iterable[Outcome], store: Any, *, batch_bytes: int = 16 << 20,
              entities: Any | None = None) -> Iterator[Outcome]:
    """Load processed documents into a ``pyoxigraph.Store`` with ``bulk_load``, passing outcomes on.

    Document graphs are concatenated into N-Quads batches of about ``batch_bytes``.
    The entity layer is *not* written here: give an :class:`kg.graph.rdf.EntityLayer`
    as ``entities`` to collect it, then load ``entities.quads()`` at the end (or use
    :func:`build`).  For a persistent, crash-safe store use :class:`kg.store.Store`.

    Yields:
        every outcome, after its document is in a loaded batch or queued for one.
    """
    import pyoxigraph as ox

    buf: list[bytes] = []
    size = 0
    for outcome in outcomes:
        if isinstance(outcome, DocResult):
            buf.append(outcome.nquads)
            size += len(outcome.nquads)
            if entities is not None:
                for e in outcome.entities:
                    entities.add(e)
            if size >= batch_bytes:
                store.bulk_load(b"".join(buf), format=ox.RdfFormat.N_QUADS)
                buf, size = [], 0
        yield outcome
    if buf:
        store.bulk_load(b"".join(buf), format=ox.RdfFormat.N_QUADS)


def build(
    docs: Iterable[Document],
    *,
    jobs: int = 1,
    ner: str = "crf",
    steps: Iterable[str] = DEFAULT_STEPS,
    engine: str = "processes",
    scheduler: str | None = None,
    progress: Any | None = None,
) -> Any:
    """The parallel counterpart of :func:`kg.pipeline.build`: documents in, one ``rdflib.Dataset`` out.

    Args:
        docs: a document stream (:func:`kg.pipeline.documents`).
        jobs / ner / steps / engine / scheduler: as :func:`run`.
        progress: a :class:`kg.progress.IngestProgress` to count outcomes on.

    Returns:
        a Dataset backed by Oxigraph (:func:`kg.graph.rdf.new_dataset`): one named graph
        per document plus the entity layer, the same quads :func:`kg.pipeline.build` makes.
    """
    import pyoxigraph as ox

    from kg.graph.rdf import EntityLayer, new_dataset

    ds = new_dataset()
    store = ds.store._inner  # type: ignore[attr-defined]  # oxrdflib creates its pyoxigraph.Store lazily; this makes it
    layer = EntityLayer()
    outcomes = run(docs, jobs=jobs, ner=ner, steps=steps, engine=engine, scheduler=scheduler)
    for outcome in bulk_load(outcomes, store, entities=layer):
        if progress is not None:
            progress.update(outcome)
            if isinstance(outcome, DocResult):
                progress.written()
    data, _n = _nquads(layer.quads())
    if data:
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    return ds
