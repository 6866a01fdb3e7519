"""The neighbourhood of a name in a persistent Oxigraph store, as an rdflib graph.

``kg view --store DIR --around "NAME" --hops 2`` draws only what lies within a
few edges of an entity, so a store of millions of triples still gives a page that
opens at once.  The store is opened read-only; every query runs over the union
of its named graphs.  Names are passed to SPARQL as substitutions, never pasted
into query text.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import StoreError
from kg.namespace import sparql_prologue
from kg.union import query_options
from kg.view.data import RELATION_PROPERTIES, ROLE_PROPERTIES
from kg.view.names import normalise_name

#: Nodes gathered at most around a name (the page can show more, but the point is focus).
DEFAULT_LIMIT = 5000
_CHUNK = 400
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_KG = "https://w3id.org/newskg/ontology#"
_RDF_OBJECT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#object"


def open_store(path: str | Path) -> Any:
    """Open the Oxigraph store at ``path`` read-only.

    Raises:
        StoreError: if there is no store there or it cannot be opened.
    """

    folder = Path(path)
    if not folder.is_dir():
        raise StoreError(f"no store at {folder}: the folder does not exist (create one with kg ingest --store)")
    from kg.store import _open_read_only, finish_spool

    try:
        finish_spool(folder)  # the graphs a killed ingest left spooled, loaded first
        return _open_read_only(folder)
    except OSError as exc:
        raise StoreError(f"cannot open the store at {folder} read-only: {exc}") from exc
    except RuntimeError as exc:  # RocksDB: a damaged store
        raise StoreError(f"the store at {folder} is damaged and cannot be opened ({exc})") from None


def _iri_list(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for k in range(0, len(items), _CHUNK):
        yield items[k:k + _CHUNK]


def find_entities(store: Any, name: str) -> list[str]:
    """IRIs of the entities whose label or other name matches ``name``.

    An exact (case-insensitive) match is tried first in SPARQL; failing that, every
    label is compared after the page's name normalisation (alef forms, diacritics, ال),
    and failing that, normalised substring matches are returned.
    """
    import pyoxigraph as ox

    pro = sparql_prologue()
    exact = pro + """SELECT DISTINCT ?e ?name WHERE {
        ?e rdfs:label|skos:altLabel ?l . FILTER(isIRI(?e) && LCASE(STR(?l)) = LCASE(STR(?name)))
        FILTER NOT EXISTS { ?e a kg:Document } }"""
    rows = store.query(exact, **query_options(store),
                       substitutions={ox.Variable("name"): ox.Literal(name)})
    found = sorted({row["e"].value for row in rows})
    if found:
        return found
    key = normalise_name(name)
    if not key:
        return []
    every = pro + """SELECT ?e ?l WHERE { ?e rdfs:label|skos:altLabel ?l . FILTER(isIRI(?e))
        FILTER NOT EXISTS { ?e a kg:Document } }"""
    same, partial = set(), set()
    for row in store.query(every, **query_options(store)):
        label = normalise_name(row["l"].value)
        if label == key:
            same.add(row["e"].value)
        elif key in label:
            partial.add(row["e"].value)
    return sorted(same or partial)


def _neighbours(store: Any, frontier: list[str]) -> set[str]:
    # One direction per query with the node bound, predicates filtered here: a UNION with
    # both ?n and ?p given by VALUES makes Oxigraph scan far more (3.5 s against 0.1 s
    # for 400 nodes of a 300k-triple store).
    edge_preds = {_KG + p for p in ROLE_PROPERTIES + RELATION_PROPERTIES}
    out: set[str] = set()
    opts = query_options(store)
    for chunk in _chunks(frontier):
        values = _iri_list(chunk)
        for q in (f"SELECT ?p ?m WHERE {{ VALUES ?n {{ {values} }} ?n ?p ?m FILTER(isIRI(?m)) }}",
                  f"SELECT ?p ?m WHERE {{ VALUES ?n {{ {values} }} ?m ?p ?n }}"):
            for row in store.query(q, **opts):
                if row["p"].value in edge_preds:
                    out.add(row["m"].value)
    return out


def _to_rdflib(term: Any) -> Any:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value, datatype=None if dt == _XSD_STRING else URIRef(dt))


#: Graph file suffixes pyoxigraph reads into a memory store for ``kg view FILE --around``.
FILE_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG",
                ".jsonld": "JSON_LD", ".json": "JSON_LD", ".rdf": "RDF_XML", ".owl": "RDF_XML", ".n3": "N3"}


def memory_store(path: str | Path) -> Any:
    """Load a graph file into an in-memory Oxigraph store (faster than rdflib for big files).

    Raises:
        InputError: if the file is missing, of an unknown kind or does not parse.
    """
    import pyoxigraph as ox

    from kg.errors import InputError

    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such graph file: {file}")
    fmt = FILE_FORMATS.get(file.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot read {file}: unknown graph file type {file.suffix!r}; "
                         f"expected one of {', '.join(sorted(FILE_FORMATS))}")
    store = ox.Store()
    try:
        store.load(path=str(file), format=getattr(ox.RdfFormat, fmt))
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"cannot read {file} as {fmt.lower()}: {' '.join(str(exc).split())[:300]}") from exc
    return store


def neighbourhood(store_dir: str | Path, around: str, hops: int = 2, *, limit: int = DEFAULT_LIMIT) -> Graph:
    """Return the part of the store within ``hops`` edges of the entity named ``around``.

    One hop is one drawn edge: entity -> event (a role), event -> entity, or entity ->
    entity (leaderOf, memberOf, country, locatedIn).  Documents that mention the nodes
    come with their title, publisher and date (not their full text), and statements
    between the nodes with their confidence and sentence.

    Args:
        store_dir: the folder of an Oxigraph store (``kg ingest --store DIR``).
        around: a name in Arabic or English (matched like the page's search).
        hops: how many edges away to go (0 = the entity alone).
        limit: stop growing past this many nodes.

    Raises:
        StoreError: if the store cannot be opened or nothing matches ``around``.
    """
    if hops < 0:
        raise StoreError(f"--hops must be 0 or more, got {hops}")
    return around_in(open_store(store_dir), around, hops, limit=limit, where=f"the store at {store_dir}")


def around_in(store: Any, around: str, hops: int = 2, *, limit: int = DEFAULT_LIMIT,
              where: str = "the store") -> Graph:
    """:func:`neighbourhood` over an open pyoxigraph ``Store`` (on disk or in memory).

    Raises:
        StoreError: if nothing matches ``around`` or ``hops`` is negative.
    """
    if hops < 0:
        raise StoreError(f"--hops must be 0 or more, got {hops}")
    seeds = find_entities(store, around)
    if not seeds:
        raise StoreError(f"no entity named {around!r} in {where}; try another spelling or a part of the name")
    nodes = set(seeds)
    frontier = list(seeds)
    for _ in range(hops):
        if not frontier or len(nodes) >= limit:
            break
        new = sorted(_neighbours(store, frontier) - nodes)[: max(0, limit - len(nodes))]
        nodes.update(new)
        frontier = new

    g = Graph()
    ordered = sorted(nodes)
    edge_preds = {_KG + p for p in ROLE_PROPERTIES + RELATION_PROPERTIES} | {_RDF_OBJECT}
    pro = sparql_prologue()
    opts = query_options(store)
    for chunk in _chunks(ordered):
        values = _iri_list(chunk)
        queries = (
            (f"CONSTRUCT {{ ?n ?p ?o }} WHERE {{ VALUES ?n {{ {values} }} ?n ?p ?o "
             "FILTER(?p != kg:hasMention) }"),
            (f"CONSTRUCT {{ ?d ?p ?o }} WHERE {{ VALUES ?n {{ {values} }} ?n kg:mentionedIn ?d . ?d ?p ?o "
             "FILTER(?p IN (rdf:type, kg:title, kg:publisher, kg:published, kg:url, kg:language)) }"),
            f"CONSTRUCT {{ ?st ?p ?o }} WHERE {{ VALUES ?n {{ {values} }} ?st rdf:subject ?n ; a kg:Statement ; ?p ?o }}",
        )
        for q in queries:
            for t in store.query(pro + q, **opts):
                if t.predicate.value in edge_preds and t.object.value not in nodes:
                    continue  # an edge leaving the neighbourhood
                g.add((_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)))
    return g
