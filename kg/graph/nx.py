"""NetworkX view of the RDF graph: entities and events as nodes, roles and relations as edges.

Derived from the RDF (the source of truth), never built separately:

* nodes: every ``kg:Entity`` subtype and every ``kg:Event``, with attributes
  ``type`` (Person, Country, ... or the PLOVER category for events), ``kind``
  (``"entity"`` / ``"event"``), ``label_ar`` / ``label_en``, and for events
  ``date``, ``confidence``, ``sentence``;
* edges: event roles (``agent``, ``target``, ``participant``, ``place``,
  ``reportedBy``) from the event to the entity, and entity relations
  (``leaderOf``, ``memberOf``, ``country``, ``locatedIn``) between entities, and
  ``positionOf`` from a person to the country or organization a position statement
  names (``position`` holds the title: "نائب وزير الدفاع" of Russia), as the page draws it;
  several edges between the same two nodes stay apart (MultiDiGraph, keyed by role).
"""
from __future__ import annotations

from typing import Any

from kg.namespace import ID, KG

NODE_QUERY = """
SELECT ?n ?type ?label WHERE {
  ?n a ?type
  FILTER(?type IN (kg:Person, kg:Organization, kg:Location, kg:Country, kg:City, kg:Group, kg:Event))
  OPTIONAL { ?n rdfs:label ?label }
}"""
EVENT_QUERY = """
SELECT ?e ?cat ?date ?conf ?sentence ?modality WHERE {
  ?e a kg:Event ; a ?cat
  FILTER(?cat != kg:Event)
  OPTIONAL { ?e kg:date ?date }
  OPTIONAL { ?e kg:confidence ?conf }
  OPTIONAL { ?e kg:sentence ?sentence }
  OPTIONAL { ?e kg:modality ?modality }
}"""
EDGE_QUERY = """
SELECT DISTINCT ?s ?p ?o WHERE {
  ?s ?p ?o
  FILTER(?p IN (kg:agent, kg:target, kg:participant, kg:place, kg:reportedBy,
                kg:leaderOf, kg:memberOf, kg:country, kg:locatedIn))
}"""
POSITION_QUERY = """
SELECT DISTINCT ?s ?o ?title WHERE {
  ?st kg:positionOf ?o ; rdf:subject ?s ; rdf:predicate kg:position ; rdf:object ?title
  FILTER(isIRI(?o) && isIRI(?s))
}"""


def to_networkx(graph: Any) -> Any:
    """Build a ``networkx.MultiDiGraph`` from a kg RDF graph or dataset.

    Args:
        graph: an rdflib ``Dataset`` or ``Graph`` in kg's shape (see ARCHITECTURE.md).

    Returns:
        The MultiDiGraph; node ids are the IRIs' local parts under ``kgid:``
        (``"person/kim-jong-un"``).
    """
    import networkx as nx

    from kg.query import select

    g = nx.MultiDiGraph()
    for row in select(graph, NODE_QUERY):
        n = _local(row["n"])
        t = row["type"].rsplit("#", 1)[-1]
        data = g.nodes[n] if n in g else {}
        if t == "Event" or data.get("kind") == "event":
            data.setdefault("type", "Event")
            data["kind"] = "event"
        elif not data.get("type") or data.get("type") in ("Location",):
            data["type"] = t
            data["kind"] = "entity"
        lab = row.get("label")
        if lab is not None:
            data[f"label_{lab.language or 'und'}"] = str(lab)
        g.add_node(n, **data)
    for row in select(graph, EVENT_QUERY):
        n = _local(row["e"])
        attrs = {"type": row["cat"].rsplit("#", 1)[-1].upper(), "kind": "event"}
        for k in ("date", "sentence", "modality"):
            if row.get(k) is not None:
                attrs[k] = str(row[k])
        if row.get("conf") is not None:
            attrs["confidence"] = float(row["conf"])
        g.add_node(n, **attrs)
    for row in select(graph, EDGE_QUERY):
        s, o = _local(row["s"]), _local(row["o"])
        role = row["p"].rsplit("#", 1)[-1]
        for n in (s, o):
            if n not in g:
                g.add_node(n, kind="entity", type="Location" if role in ("place", "locatedIn", "country") else "Entity")
        g.add_edge(s, o, key=role, role=role)
    for row in select(graph, POSITION_QUERY):
        s, o = _local(row["s"]), _local(row["o"])
        for n in (s, o):
            if n not in g:
                g.add_node(n, kind="entity", type="Entity")
        if g.has_edge(s, o, key="positionOf"):
            titles = g.edges[s, o, "positionOf"]["position"].split(" | ")
            if str(row["title"]) not in titles:
                g.edges[s, o, "positionOf"]["position"] = " | ".join(sorted([*titles, str(row["title"])]))
        else:
            g.add_edge(s, o, key="positionOf", role="positionOf", position=str(row["title"]))
    for _n, data in g.nodes(data=True):
        data.setdefault("label", data.get("label_en") or data.get("label_ar") or _n)
    return g


def _local(iri: Any) -> str:
    s = str(iri)
    base = str(ID)
    return s[len(base):] if s.startswith(base) else s


def stats(graph: Any, top: int = 10) -> dict[str, Any]:
    """Counts by type and the most connected entities, from the NetworkX view."""
    g = to_networkx(graph)
    by_type: dict[str, int] = {}
    for _n, d in g.nodes(data=True):
        key = d.get("type", "?") if d.get("kind") != "event" else f"Event/{d.get('type')}"
        by_type[key] = by_type.get(key, 0) + 1
    entities = [n for n, d in g.nodes(data=True) if d.get("kind") == "entity"]
    degree = sorted(((g.degree(n), n) for n in entities), key=lambda x: (-x[0], x[1]))[:top]
    return {
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "by_type": dict(sorted(by_type.items())),
        "top": [(n, g.nodes[n].get("label_en") or g.nodes[n].get("label"), g.nodes[n].get("label_ar", ""), d) for d, n in degree],
    }


__all__ = ["to_networkx", "stats", "KG"]
