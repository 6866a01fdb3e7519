"""The pipeline: documents in, processed documents and one RDF dataset out.

Steps are registered by name in :data:`STEPS` and run in the order of
:data:`DEFAULT_STEPS`; each takes a :class:`~kg.model.Document` and returns it
(``doc = step(doc)``), with a clear error if one returns something else.

    >>> from kg.model import Document
    >>> doc = process(Document(id="t", text="زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ.", lang="ar"), ner="none")
    >>> sorted({(e.type, e.labels.get("en", "")) for e in doc.entities.values()})[:3]
    [('City', 'Pyongyang'), ('Country', 'Russia'), ('Person', 'Vladimir Putin')]
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.errors import KGError, ModelError
from kg.model import Document, Mention

Step = Callable[[Document], Document]


def _sentences(doc: Document) -> Document:
    from kg.text.tokenize import split_sentences

    if not doc.sentences:
        doc.sentences = split_sentences(doc.text)
    return doc


def _mentions(doc: Document, ner: str = "crf") -> Document:
    """Run the model (unless ``ner="none"``), the gazetteer and the cue rules; merge."""
    from kg.extract import gazetteer, rules
    from kg.extract.merge import merge

    found: list[Mention] = list(doc.mentions)
    if ner != "none":
        found += _ner_mentions(doc, ner)
    found += gazetteer.extract(doc)
    found += rules.extract(doc, found)
    doc.mentions = merge(found)
    for m in doc.mentions:
        if doc.text[m.start : m.end] != m.text:
            raise KGError(f"internal error: mention {m.text!r} does not match the text at [{m.start}, {m.end})")
    return doc


def _ner_mentions(doc: Document, ner: str) -> list[Mention]:
    if ner in ("kg", "crf", "default"):
        from kg import ner as ner_mod

        if doc.lang not in ("ar", "en"):
            return []
        return ner_mod.extract(doc)
    if ner.startswith("spacy:"):
        return _spacy_mentions(doc, ner.partition(":")[2])
    raise ModelError(f"unknown NER backend {ner!r}; use 'kg' (the default; 'crf' is an alias), 'none' or 'spacy:PIPELINE'")


def _spacy_mentions(doc: Document, name: str) -> list[Mention]:
    try:
        import spacy  # noqa: F401  (optional backend)
    except ImportError:
        raise ModelError("--ner spacy:... needs spaCy: pip install spacy and a pipeline such as en_core_web_sm") from None
    from kg.ner_spacy import extract

    return extract(doc, name)


def _resolve(doc: Document) -> Document:
    from kg.resolve import resolve_document

    return resolve_document(doc)


def _events(doc: Document) -> Document:
    from kg import events

    return events.extract(doc)


#: Registered steps by name.
STEPS: dict[str, Step] = {
    "sentences": _sentences,
    "mentions": _mentions,
    "resolve": _resolve,
    "events": _events,
}
DEFAULT_STEPS = ("sentences", "mentions", "resolve", "events")


def process(doc: Document, *, steps: Iterable[str] = DEFAULT_STEPS, ner: str = "crf") -> Document:
    """Run the pipeline's steps on one document and return it.

    Args:
        doc: the document, as :mod:`kg.ingest` made it.
        steps: names from :data:`STEPS`, in order.
        ner: ``"kg"`` or ``"crf"`` (kg's own trained models), ``"none"`` (rules and gazetteers only)
            or ``"spacy:PIPELINE"`` (an installed spaCy pipeline, English).

    Raises:
        KGError: a step is unknown or returned something that is not a Document.
    """
    for name in steps:
        if name not in STEPS:
            raise KGError(f"unknown pipeline step {name!r}; available: {', '.join(STEPS)}")
        step = STEPS[name]
        out = _mentions(doc, ner) if name == "mentions" else step(doc)
        if not isinstance(out, Document):
            raise KGError(f"pipeline step {name!r} returned {type(out).__name__}, not a Document")
        doc = out
    return doc


def documents(
    sources: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    encoding: str | None = None,
    errors: list[Any] | None = None,
) -> Iterator[Document]:
    """Read sources into documents (see :func:`kg.ingest.read`)."""
    from kg import ingest

    yield from ingest.read(sources, date=date, lang=lang, encoding=encoding, errors=errors)


def build(
    sources: Iterable[str | Path],
    *,
    date: dt.date | None = None,
    lang: str | None = None,
    encoding: str | None = None,
    ner: str = "crf",
    errors: list[Any] | None = None,
    jobs: int = 1,
    engine: str = "processes",
    scheduler: str | None = None,
    progress: Any | None = None,
) -> Any:
    """Read, process and turn sources into one RDF dataset (``rdflib.Dataset`` over Oxigraph).

    One named graph per document plus the resolved entity layer (see
    :mod:`kg.graph.rdf`).  Documents stream through: with ``jobs`` > 1 they are
    processed by a pool of worker processes (or a Dask cluster, ``engine="dask"``),
    and only the chunks in flight are held in memory (:mod:`kg.parallel`).  The
    parent links each document's entities to those of earlier documents (across
    languages, :mod:`kg.resolve.link`) and joins events that several documents
    report (:mod:`kg.resolve.events`), as ``kg ingest`` does for a store.

    Args:
        sources: files, folders or ``"-"`` (stdin).
        date / lang / encoding: defaults for documents that do not say.
        ner: the mention extractor (see :func:`process`).
        errors: a list that collects the inputs that could not be read, with why.
        jobs / engine / scheduler: parallelism (see :func:`kg.parallel.run`).
        progress: a :class:`kg.progress.IngestProgress` to report to.
    """
    from kg import parallel
    from kg.graph.rdf import DatasetBuilder
    from kg.resolve.events import EventIndex
    from kg.resolve.link import EntityIndex

    docs = documents(sources, date=date, lang=lang, encoding=encoding, errors=errors)
    builder = DatasetBuilder()
    entities, events = EntityIndex(), EventIndex()
    for outcome in parallel.run(docs, jobs=jobs, ner=ner, engine=engine, scheduler=scheduler, returns="document"):
        if progress is not None:
            progress.update(outcome)
        if isinstance(outcome, parallel.Skipped) or outcome.doc is None:
            continue
        # one key per entity across documents and languages, one event across the reports
        _linked, _joined, valid = parallel.link(outcome, entities, events)
        builder.add(outcome.doc, written=outcome.nquads if valid else None)
        if progress is not None:
            progress.written()
    return builder.finish()
