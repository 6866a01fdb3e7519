"""The union default graph: every data triple once, so SPARQL counts facts, not copies.

kg keeps one named graph per document (plus the entity layer).  A fact two documents
state - the same event reported twice, say - is a triple in both graphs.  SPARQL says
a query's default graph is the RDF *merge* of the graphs, a set: the triple counts
once.  Oxigraph 0.5 instead evaluates a multi-graph or union default graph as a bag
(oxigraph/oxigraph#1919, fixed upstream after 0.5.13), so a join over two reports of
one event returns every row 2^n times and ``COUNT(*)`` counts reports.

kg therefore keeps the merge itself, in the store's default graph: each data triple
of the named graphs is also written once (set semantics) to the default graph, and
queries read that default graph only, with the named graphs still available to
``GRAPH ?g`` patterns.  A store marks that it keeps the union with a triple in its
meta graph; :mod:`kg.store` maintains it on every write (:func:`unlink_graph`,
:func:`unlink_triples`), and an RDF file loaded for a query gets it once
(:func:`build`).  Exports, pushes and views skip the copy (:func:`data_quads`).

    >>> import pyoxigraph as ox
    >>> st = ox.Store()
    >>> s, p = ox.NamedNode("urn:s"), ox.NamedNode("urn:p")
    >>> st.extend([ox.Quad(s, p, ox.Literal("x"), ox.NamedNode("urn:g1")),
    ...            ox.Quad(s, p, ox.Literal("x"), ox.NamedNode("urn:g2"))])
    >>> len(list(st.query("SELECT * WHERE { ?s ?p ?o }", use_default_graph_as_union=True)))
    2
    >>> build(st)
    >>> len(list(st.query("SELECT * WHERE { ?s ?p ?o }", **query_options(st))))
    1
    >>> sorted(str(q.graph_name) for q in data_quads(st))
    ['<urn:g1>', '<urn:g2>']
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox

#: The base of kg's instance IRIs (:data:`kg.namespace.ID`, without importing rdflib).
ID_BASE = "https://w3id.org/newskg/id/"
#: The graph holding a kg store's bookkeeping (:data:`kg.store.META_GRAPH` is this one).
META_GRAPH = ox.NamedNode(ID_BASE + "graph/meta")
#: The node that carries a store's bookkeeping facts.
STORE_NODE = ox.NamedNode(ID_BASE + "store")
_UNION = ox.NamedNode("https://w3id.org/newskg/store#unionDefaultGraph")
#: The quad that says "this store's default graph is the maintained union".
MARK = ox.Quad(STORE_NODE, _UNION, ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")), META_GRAPH)


def has_union(store: ox.Store) -> bool:
    """Whether ``store``'s default graph is the maintained union of its data graphs."""
    return next(iter(store.quads_for_pattern(STORE_NODE, _UNION, None, META_GRAPH)), None) is not None


def build(store: ox.Store) -> None:
    """Write the union of the named data graphs into the default graph, and mark it.

    For a store that has no union yet: a file loaded for querying, or a store written
    by a kg that did not keep one.  Triples already in the default graph stay.
    """
    store.update(
        f"INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {META_GRAPH}) }} ;\n"
        f"INSERT DATA {{ GRAPH {META_GRAPH} {{ {MARK.subject} {MARK.predicate} {MARK.object} }} }}"
    )


def unlink_graph(graph: ox.NamedNode) -> str:
    """SPARQL update: before ``graph`` is dropped, take out of the union the triples no other data graph states."""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {graph} && ?h != {META_GRAPH}) }} }}"
    )


def unlink_triples(triples: list[ox.Triple]) -> str:
    """SPARQL update: take these triples out of the union unless a data graph still states them
    (after they were deleted from the graph that stated them)."""
    values = " ".join(f"({t.subject} {t.predicate} {t.object})" for t in triples)
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES (?s ?p ?o) {{ {values} }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER(?h != {META_GRAPH}) }} }}"
    )


def query_options(store: ox.Store, sparql: str | None = None) -> dict[str, Any]:
    """Keyword arguments for ``store.query`` that give SPARQL the right dataset.

    With a maintained union: the default graph alone as default graph (a set), and
    every data graph as a named graph.  Without one (an old store): the union of the
    data graphs, duplicates and all, which is the best Oxigraph offers.

    Args:
        sparql: the query, if known: one that names no graph (no ``GRAPH`` or ``FROM``)
            on a store with the union gets Oxigraph's own default dataset, which is the
            same for it and much faster (a list of every document graph made Oxigraph
            2-3x slower at 1M triples even for queries that never use it).
    """
    if sparql is not None and has_union(store) and not _NAMES_GRAPHS.search(sparql):
        return {}
    every = list(store.named_graphs())
    graphs = [g for g in every if g != META_GRAPH]
    if has_union(store):
        return {"default_graph": [ox.DefaultGraph()], "named_graphs": graphs}
    if len(graphs) < len(every):  # a kg store without the union: leave its meta graph out
        return {"default_graph": [ox.DefaultGraph(), *graphs], "named_graphs": graphs}
    return {"use_default_graph_as_union": True}


#: A query that may read named graphs (a false positive only costs speed).
_NAMES_GRAPHS = re.compile(r"\b(GRAPH|FROM|SERVICE)\b", re.IGNORECASE)


def data_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every quad of the data graphs: not the meta graph, and not the union copy."""
    union = has_union(store)
    for q in store.quads_for_pattern(None, None, None, None):
        g = q.graph_name
        if g == META_GRAPH or (union and isinstance(g, ox.DefaultGraph)):
            continue
        yield q
