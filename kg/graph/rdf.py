"""Turn processed documents into RDF: one named graph per document plus the entity layer.

Each document's named graph (IRI = the document's IRI) holds what that document
says: its metadata and text, its mentions with character offsets, which entities
it mentions, its events with their source sentence, and its relation statements.
The entity layer (named graph ``kgid:graph/entities``) holds what kg concludes
about each entity across documents: its type, its labels in every language,
alternative names, links (ISO code, GeoNames id, owl:sameAs).

Identifiers are content-derived (see ARCHITECTURE.md), so building the same input
twice gives the same graph, and the same country or city in two articles gets
the same IRI.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import Any
from urllib.parse import quote

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Literal, URIRef
from rdflib.term import Node

from kg.model import COUNTRY, GROUP, Document, Entity, plover_class
from kg.namespace import ID, KG, PREFIXES
from kg.resolve.labelling import (
    ROMANIZATION_LANG,
    alt_labels,
    country_link,
    entity_type,
    group_sector,
    most_common,
    preferred_labels,
    romanization,
)

Quad = tuple[Node, Node, Node, URIRef]

ENTITY_GRAPH = ID["graph/entities"]

# rdflib's RDF, RDFS, ... mint a new URIRef on every attribute access (their metaclass's
# __getattr__, as kg.namespace notes for KG): the terms every document writes, looked up once
_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = RDF.type, RDFS.label, SKOS.altLabel, OWL.sameAs
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object
_DATE, _DECIMAL = XSD.date, XSD.decimal


def entity_iri(key: str) -> URIRef:
    """IRI of an entity key (``"country/KP"`` -> ``kgid:country/KP``)."""
    return ID[quote(key, safe="/-_.~%")]  # keys may already be percent-encoded: never twice


def document_iri(doc_id: str) -> URIRef:
    """IRI (and named-graph IRI) of a document id."""
    return ID["doc/" + quote(doc_id, safe="-_.~")]


def _mention_iri(doc: Document, start: int, end: int) -> URIRef:
    return ID[f"mention/{_doc_hash(doc)}/{start}-{end}"]


def _doc_hash(doc: Document) -> str:
    cached = doc.meta.get("_hash16")
    if cached is None:
        cached = hashlib.sha1(f"{doc.id}\x00{doc.content_hash}".encode()).hexdigest()[:16]
        doc.meta["_hash16"] = cached
    return str(cached)


def _lit(text: str, lang: str | None) -> Literal:
    return Literal(text, lang=lang if lang in ("ar", "en") else None)


def _conf(x: float) -> Literal:
    return _decimal(round(float(x), 3))


@lru_cache(maxsize=4096)
def _decimal(x: float) -> Literal:
    # confidences repeat (0.5, 0.9, ...); a Literal is immutable, so one object serves all
    return Literal(Decimal(str(x)), datatype=_DECIMAL)


def document_quads(doc: Document) -> Iterator[Quad]:
    """The quads of one document's named graph."""
    g = document_iri(doc.id)
    for s, p, o in _document_rows(doc, _NODES):
        yield s, p, o, g


def document_nquads(doc: Document, *, default_copy: bool = False) -> tuple[bytes, int]:
    r"""The document's named graph as N-Quads and its number of rows: the same bytes as
    ``nquads(document_quads(doc), default_copy=default_copy)``, written from the terms'
    N-Triples forms without rdflib objects (a worker writes one per document).

    >>> from kg.model import Document
    >>> doc = Document(id="a", text="كيم", lang="ar")
    >>> document_nquads(doc)[0] == nquads(document_quads(doc))
    True
    """
    g = f" {_NT.doc(doc.id)} .\n"
    rows: list[str] = []
    copies: list[str] = []
    for s, p, o in _document_rows(doc, _NT):
        triple = f"{s} {p} {o}"
        rows.append(triple + g)
        if default_copy:
            copies.append(triple + " .\n")
    return "".join(rows + copies).encode("utf-8"), len(rows)


class _Nodes:
    """The terms of a document's graph as rdflib nodes (what :func:`document_quads` yields)."""

    type, label, subject, predicate, object = _TYPE, _LABEL, _SUBJECT, _PREDICATE, _OBJECT
    alt_label, same_as = _ALT_LABEL, _SAME_AS

    doc = staticmethod(document_iri)
    entity = staticmethod(entity_iri)
    lit = staticmethod(_lit)
    conf = staticmethod(_conf)

    @staticmethod
    def kg(name: str) -> Any:
        return getattr(KG, name)  # fails on terms the ontology lacks

    @staticmethod
    def kg_item(name: str) -> Any:
        return KG[name]

    @staticmethod
    def iri(iri: str) -> URIRef:
        return URIRef(iri)

    @staticmethod
    def lang_lit(text: str, lang: str) -> Literal:
        return Literal(text, lang=lang)

    @staticmethod
    def id(local: str) -> URIRef:
        return ID[local]

    @staticmethod
    def plain(value: Any) -> Literal:
        return Literal(value)

    @staticmethod
    def date(iso: str) -> Literal:
        return Literal(iso, datatype=_DATE)

    @staticmethod
    def mention(doc: Document, start: int, end: int) -> URIRef:
        return _mention_iri(doc, start, end)

    @staticmethod
    def statement(doc_id: str, subject: str, predicate: str, obj: str, sentence: int | None) -> URIRef:
        return statement_iri(doc_id, subject, predicate, obj, sentence)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"').replace("\r", "\\r")


class _NTriples:
    """The same terms as their N-Triples text, as :func:`_term` writes the nodes of
    :class:`_Nodes` (IRIs through rdflib once, then from bounded caches)."""

    def __init__(self) -> None:
        self.type, self.label, self.subject, self.predicate, self.object, self.alt_label, self.same_as = (
            _term(t) for t in (_TYPE, _LABEL, _SUBJECT, _PREDICATE, _OBJECT, _ALT_LABEL, _SAME_AS))
        self._kg: dict[str, str] = {}
        self._kg_items: dict[str, str] = {}
        self._ids: dict[str, str] = {}
        self._entities: dict[str, str] = {}
        self._iris: dict[str, str] = {}
        self._tags: set[str] = set()
        self._integer = f"^^<{XSD.integer}>"
        self._mention_base = str(ID["mention/"])

    def _bounded(self, cache: dict[str, str]) -> dict[str, str]:
        if len(cache) > _IRI_CACHE_SIZE:
            cache.clear()
        return cache

    def kg(self, name: str) -> str:
        out = self._kg.get(name)
        if out is None:
            out = self._bounded(self._kg)[name] = _term(getattr(KG, name))  # fails on terms the ontology lacks
        return out

    def kg_item(self, name: str) -> str:
        out = self._kg_items.get(name)
        if out is None:
            out = self._bounded(self._kg_items)[name] = _term(KG[name])
        return out

    def iri(self, iri: str) -> str:
        out = self._iris.get(iri)
        if out is None:
            out = self._bounded(self._iris)[iri] = URIRef(iri).n3()  # as _term, without filling its cache
        return out

    def lang_lit(self, text: str, lang: str) -> str:
        if lang not in self._tags:
            _term(Literal(text, lang=lang))  # rdflib checks the tag (and keeps its case)
            self._tags.add(lang)
        return f'"{_escape(text)}"@{lang}'

    def id(self, local: str) -> str:
        out = self._ids.get(local)
        if out is None:
            out = self._bounded(self._ids)[local] = ID[local].n3()  # as _term, without filling its cache
        return out

    def doc(self, doc_id: str) -> str:
        return self.id("doc/" + quote(doc_id, safe="-_.~"))  # as document_iri

    def entity(self, key: str) -> str:
        out = self._entities.get(key)
        if out is None:
            out = self._bounded(self._entities)[key] = self.id(quote(key, safe="/-_.~%"))  # as entity_iri
        return out

    def mention(self, doc: Document, start: int, end: int) -> str:
        # hex digits, digits and "-": always a valid IRI (n3 is "<...>")
        return f"<{self._mention_base}{_doc_hash(doc)}/{start}-{end}>"

    def statement(self, doc_id: str, subject: str, predicate: str, obj: str, sentence: int | None) -> str:
        return statement_iri(doc_id, subject, predicate, obj, sentence).n3()  # one per statement: not cached

    @staticmethod
    def lit(text: str, lang: str | None) -> str:
        if lang in ("ar", "en"):
            return f'"{_escape(text)}"@{lang}'
        return f'"{_escape(text)}"'

    def plain(self, value: Any) -> str:
        if type(value) is str:
            return f'"{_escape(value)}"'
        if type(value) is int:
            return f'"{value}"{self._integer}'
        return _term(Literal(value))

    @staticmethod
    def conf(x: float) -> str:
        return _conf_nt(round(float(x), 3))

    @staticmethod
    def date(iso: str) -> str:
        return _term(Literal(iso, datatype=_DATE))


@lru_cache(maxsize=4096)
def _conf_nt(x: float) -> str:
    return _term(_decimal(x))


def _document_rows(doc: Document, t: Any) -> Iterator[tuple[Any, Any, Any]]:
    """The triples of one document's named graph, their terms made by ``t`` (:class:`_Nodes`
    or :class:`_NTriples`): one description of the graph for both writers."""
    d = t.doc(doc.id)
    lang = doc.lang
    typ = t.type
    kg = t.kg
    yield d, typ, kg("Document")
    yield d, kg("language"), t.plain(doc.lang)
    yield d, kg("documentKind"), t.plain(doc.kind)
    yield d, kg("contentHash"), t.plain(doc.content_hash)
    yield d, kg("text"), t.lit(doc.text, lang)
    if doc.title:
        yield d, kg("title"), t.lit(doc.title, lang)
    if doc.date:
        yield d, kg("published"), t.date(doc.date.isoformat())
    if doc.source:
        yield d, kg("publisher"), t.plain(doc.source)
    if doc.url:
        yield d, kg("url"), t.plain(doc.url)
    if doc.path:
        yield d, kg("sourcePath"), t.plain(doc.path)
    if doc.parent:
        yield d, kg("partOf"), t.doc(doc.parent)

    mention_cls, in_document, start_p, end_p, text_p, conf_p, has_mention, mentioned_in = (
        kg("Mention"), kg("inDocument"), kg("start"), kg("end"), kg("text"), kg("confidence"), kg("hasMention"),
        kg("mentionedIn"))
    for m in doc.mentions:
        if not m.entity:
            continue
        e = t.entity(m.entity)
        mi = t.mention(doc, m.start, m.end)
        yield mi, typ, mention_cls
        yield mi, in_document, d
        yield mi, start_p, t.plain(m.start)
        yield mi, end_p, t.plain(m.end)
        yield mi, text_p, t.lit(m.text, lang)
        yield mi, conf_p, t.conf(m.score)
        yield e, has_mention, mi
        yield e, mentioned_in, d

    # resolution may give two triggers of one document one shared key (استضاف and
    # اجتماعه, both CONSULT): the event carries one kg:confidence, the highest
    best: dict[str, float] = {}
    for ev in doc.events:
        ek = str(ev.attrs.get("key") or ev.key(doc.id))
        best[ek] = max(best.get(ek, 0.0), ev.confidence)
    for ev in doc.events:
        # resolution may give an event reported by several documents one shared key
        ek = str(ev.attrs.get("key") or ev.key(doc.id))
        ei = t.id(ek)
        yield ei, typ, kg("Event")
        yield ei, typ, t.kg_item(plover_class(ev.category))
        yield ei, t.label, t.lit(ev.trigger.text, lang)
        yield ei, kg("trigger"), t.lit(ev.trigger.text, lang)
        if 0 <= ev.sentence < len(doc.sentences):
            yield ei, kg("sentence"), t.lit(doc.sentence_text(ev.sentence), lang)
        for prop, keys in (("agent", ev.agent), ("target", ev.target), ("participant", ev.participant),
                           ("place", ev.place), ("reportedBy", ev.reported_by)):
            for k in keys:
                yield ei, kg(prop), t.entity(k)
        if ev.cameo:
            yield ei, kg("cameoCode"), t.plain(ev.cameo)
        if ev.date:
            yield ei, kg("date"), t.date(ev.date.isoformat())
        if ev.time_text:
            yield ei, kg("timeText"), t.lit(ev.time_text, lang)
        yield ei, kg("modality"), t.plain(ev.modality)
        yield ei, kg("confidence"), t.conf(best[ek])
        yield ei, mentioned_in, d

    for rel in doc.relations:
        pred = kg(rel.predicate)  # fails on terms the ontology lacks
        s = t.entity(rel.subject)
        o = t.lit(rel.object, lang) if rel.object_is_literal else t.entity(rel.object)
        yield s, pred, o
        st = t.statement(doc.id, rel.subject, rel.predicate, rel.object, rel.sentence)
        yield st, typ, kg("Statement")
        yield st, t.subject, s
        yield st, t.predicate, pred
        yield st, t.object, o
        yield st, kg("confidence"), t.conf(rel.confidence)
        yield st, mentioned_in, d
        if rel.sentence is not None and 0 <= rel.sentence < len(doc.sentences):
            yield st, kg("sentence"), t.lit(doc.sentence_text(rel.sentence), lang)
        if rel.attrs.get("of"):
            yield st, kg("positionOf"), t.entity(str(rel.attrs["of"]))


def statement_iri(doc_id: str, subject: str, predicate: str, obj: str, sentence: int | None) -> URIRef:
    """IRI of a relation statement: derived from the document and the relation's keys."""
    h = hashlib.sha1(f"{doc_id}|{subject}|{predicate}|{obj}|{sentence}".encode()).hexdigest()[:16]
    return ID[f"stmt/{h}"]


class EntityLayer:
    """Accumulates what documents say about each entity and writes the resolved layer.

    The labelling rules (type, ``rdfs:label`` / ``skos:altLabel``, links) are those of
    :mod:`kg.resolve.labelling`, shared with the store's entity layer
    (:func:`kg.resolve.layer.entity_quads`): per language, the name used most often
    (ties: the longer, then the first in code-point order) becomes ``rdfs:label``;
    every other name seen becomes ``skos:altLabel``.  A place's type is the most
    specific one seen.  Names and types are weighted by the entity's mention count;
    ids (ISO code, GeoNames id, country) by the number of documents giving them.
    """

    def __init__(self) -> None:
        self.types: dict[str, Counter[str]] = defaultdict(Counter)
        self.labels: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        self.alt: dict[str, set[tuple[str, str]]] = defaultdict(set)
        self.same_as: dict[str, set[str]] = defaultdict(set)
        self.ids: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))

    def add(self, entity: Entity) -> None:
        k = entity.key
        weight = max(1, len(entity.mentions))
        self.types[k][entity.type] += weight
        for lang, text in entity.labels.items():
            if text:
                clean = tidy_label(text)
                self.labels[k][(clean, lang)] += weight
                if clean != text:
                    self.alt[k].add((text, lang))
        self.alt[k].update((t, lang) for t, lang in entity.alt_labels if t)
        self.same_as[k].update(entity.same_as)
        for a in ("iso", "geonames", "country"):
            if entity.attrs.get(a):
                self.ids[k][a][str(entity.attrs[a])] += 1

    def _add_referenced_countries(self) -> None:
        """A city's country is in the graph even when no document names it."""
        from kg.resolve.places import country_info

        for k in list(self.types):
            c = most_common(self.ids[k]["country"]) if "country" in self.ids[k] else None
            if c and c.startswith("country/") and c not in self.types:
                iso = c.split("/", 1)[1]
                info = country_info(iso)
                self.types[c]["Country"] += 1
                for lang in ("en", "ar"):
                    if info.get(lang):
                        self.labels[c][(info[lang], lang)] += 1
                self.ids[c]["iso"][iso] += 1
                if info.get("geonames"):
                    self.ids[c]["geonames"][info["geonames"]] += 1
                    self.same_as[c].add(f"https://sws.geonames.org/{info['geonames']}/")

    def quads(self) -> Iterator[Quad]:
        g = ENTITY_GRAPH
        for s, p, o in self._rows(_NODES):
            yield s, p, o, g

    def nquads(self) -> bytes:
        """:meth:`quads` as N-Quads: the bytes of ``nquads(self.quads())``, written without rdflib objects."""
        g = f" {ENTITY_GRAPH.n3()} .\n"
        return "".join([f"{s} {p} {o}{g}" for s, p, o in self._rows(_NT)]).encode("utf-8")

    def _rows(self, t: Any) -> Iterator[tuple[Any, Any, Any]]:
        """The layer's triples, their terms made by ``t`` (as :func:`_document_rows`)."""
        self._add_referenced_countries()
        label, alt_label, same_as = t.label, t.alt_label, t.same_as
        for k in sorted(self.types):
            e = t.entity(k)
            typ = entity_type(self.types[k])
            yield e, t.type, t.kg_item(typ)
            preferred = preferred_labels(self.labels[k])
            for lang, text in preferred.items():
                yield e, label, t.lit(text, lang)
            for text, lang in alt_labels(preferred, [*self.labels[k], *self.alt[k]]):
                yield e, alt_label, t.lit(text, lang)
            rom = romanization(preferred, typ)
            if rom:
                yield e, t.kg("romanization"), t.lang_lit(rom, ROMANIZATION_LANG)
            for iri in sorted(self.same_as[k]):
                if iri.startswith(("http://", "https://")):
                    yield e, same_as, t.iri(iri)
            ids = self.ids.get(k, {})
            iso, gid, country = (most_common(ids[a]) if a in ids else None for a in ("iso", "geonames", "country"))
            if iso and typ == COUNTRY:
                yield e, t.kg("iso"), t.plain(iso)
            if gid:
                yield e, t.kg("geonamesId"), t.plain(gid)
            link = country_link(typ)
            if country and link:
                yield e, t.kg_item(link), t.entity(country)
            sector = group_sector(k) if typ == GROUP else None
            if sector:
                yield e, t.kg("sector"), t.plain(sector)


_LOOSE_HYPHEN = re.compile(r"\s*-\s+|\s+-\s*")


def tidy_label(text: str) -> str:
    """A preferred label without the loose hyphens of line-broken names.

    >>> tidy_label("كيم جونغ- أون")
    'كيم جونغ أون'
    >>> tidy_label("Jean-Pierre")
    'Jean-Pierre'
    """
    tidy = " ".join(_LOOSE_HYPHEN.sub(" ", text).split())
    return tidy or text


def nquads(quads: Iterable[Quad], *, default_copy: bool = False) -> bytes:
    r"""Quads as N-Quads (UTF-8), for Oxigraph's bulk loader.

    The same text as rdflib's N-Quads writer (``_nq_row``), written without its
    per-term method calls; IRIs are cached, since a document repeats the same few
    predicates, classes and entity IRIs on every row.

    >>> nquads([(ID["a"], RDFS.label, Literal('say "hi"', lang="en"), ID["g"])]).decode()
    '<https://w3id.org/newskg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "say \\"hi\\""@en <https://w3id.org/newskg/id/g> .\n'

    With ``default_copy``, every triple is written a second time without its graph
    (into the default graph: the union a store keeps, :mod:`kg.union`).
    """
    iri = _IRI_CACHE
    rows: list[str] = []
    copies: list[str] = []
    for s, p, o, g in quads:
        triple = (f"{iri.get(s) or _term(s)} {iri.get(p) or _term(p)} "
                  f"{_term(o) if type(o) is Literal else iri.get(o) or _term(o)}")
        rows.append(f"{triple} {iri.get(g) or _term(g)} .\n")
        if default_copy:
            copies.append(f"{triple} .\n")
    if len(iri) > _IRI_CACHE_SIZE:
        iri.clear()
    return "".join(rows + copies).encode("utf-8")


#: IRI (or blank node) -> its N-Triples form; cleared when it grows past the size below.
_IRI_CACHE: dict[Node, str] = {}
_IRI_CACHE_SIZE = 1 << 16


def _term(t: Node) -> str:
    """One term as N-Triples, exactly as rdflib's N-Quads writer writes it."""
    if isinstance(t, Literal):
        lex = _escape(str(t))
        if t.language:
            if t.datatype:
                raise ValueError("Literal has datatype AND language!")
            return f'"{lex}"@{t.language}'
        if t.datatype:
            return f'"{lex}"^^<{t.datatype}>'
        return f'"{lex}"'
    out = t.n3()  # checks the IRI (rdflib refuses IRIs with spaces, quotes, braces)
    _IRI_CACHE[t] = out
    return out


class DatasetBuilder:
    """Builds an ``rdflib.Dataset`` (over Oxigraph) document by document.

    Quads are bulk-loaded in batches, which is several times faster than adding
    them one by one through rdflib.
    """

    def __init__(self, batch_bytes: int = 8 << 20) -> None:
        self.dataset = new_dataset()
        self.entities = EntityLayer()
        self.count = 0
        self._buf: list[bytes] = []
        self._size = 0
        self._batch = batch_bytes

    def add(self, doc: Document, *, written: bytes | None = None) -> None:
        """Add a processed document; ``written``: its graph already as N-Quads
        (:func:`nquads` of :func:`document_quads`), e.g. written by a worker process."""
        data = written if written is not None else nquads(document_quads(doc))
        self._buf.append(data)
        self._size += len(data)
        if self._size >= self._batch:
            self._flush()
        for e in doc.entities.values():
            self.entities.add(e)
        self.count += 1

    def _flush(self) -> None:
        import pyoxigraph as ox

        if self._buf:
            oxstore(self.dataset).bulk_load(b"".join(self._buf), format=ox.RdfFormat.N_QUADS)
        self._buf, self._size = [], 0

    def finish(self) -> Dataset:
        self._buf.append(nquads(self.entities.quads()))
        self._flush()
        return self.dataset


def new_dataset() -> Dataset:
    """An empty dataset, backed by an in-memory Oxigraph store, with kg's prefixes bound.

    Oxigraph (through oxrdflib) keeps rdflib's API while SPARQL and serialisation
    run in Rust: measured here, a count over 100k quads took 0.03 s against 1.9 s
    in rdflib's memory store, and TriG output 0.07 s against 3.0 s.
    """
    ds = Dataset(store="Oxigraph")
    for p, iri in PREFIXES.items():
        ds.bind(p, iri, override=True)
    return ds


def document_rdf(doc: Document) -> Iterator[Quad]:
    """One document's quads plus its own entity-layer contribution, without building a Dataset.

    This is what a store adds per document (:meth:`kg.store.Store.add_document`).
    """
    layer = EntityLayer()
    for e in doc.entities.values():
        layer.add(e)
    yield from document_quads(doc)
    yield from layer.quads()


def to_dataset(docs: Iterable[Document]) -> Dataset:
    """RDF of processed documents: one named graph each plus the entity layer."""
    b = DatasetBuilder()
    for doc in docs:
        b.add(doc)
    return b.finish()


def oxstore(ds: Dataset) -> Any:
    """The ``pyoxigraph.Store`` behind a dataset made by :func:`new_dataset`."""
    inner = getattr(ds.store, "_inner", None)
    if inner is None:
        raise TypeError("this dataset is not backed by Oxigraph; make it with kg.graph.rdf.new_dataset()")
    return inner


def union(ds: Dataset) -> Any:
    """All named graphs of ``ds`` merged into one ``rdflib.Graph`` (kg's "merged graph")."""
    from rdflib import Graph

    g = Graph(store="Oxigraph")
    for p, iri in PREFIXES.items():
        g.bind(p, iri, override=True)
    for s, p, o, _c in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


_NODES = _Nodes()
_NT = _NTriples()
