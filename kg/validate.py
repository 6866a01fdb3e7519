"""SHACL validation of kg graphs against ``ontologies/shapes.ttl`` (pySHACL)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.errors import InputError


def validate(graph: Any, shapes: Path | None = None) -> tuple[bool, str]:
    """Validate a kg graph; return ``(conforms, report text)``.

    The graph's named graphs are merged first (shapes speak of the union, where an
    entity's type from the entity layer meets its mentions from each document).
    """
    import pyoxigraph as ox
    from pyshacl import validate as shacl
    from rdflib import Graph

    from kg.ontology import shapes_path
    from kg.query import as_store

    store = as_store(graph)
    data = Graph()
    from kg.query import run_raw

    rows = run_raw(store, "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }")
    nt = ox.serialize((ox.Triple(r["s"], r["p"], r["o"]) for r in rows), format=ox.RdfFormat.N_TRIPLES) or b""
    data.parse(data=nt.decode("utf-8"), format="nt")
    path = shapes or shapes_path()
    try:
        sg = Graph().parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"cannot read SHACL shapes {path}: {exc}") from None
    conforms, _g, text = shacl(data, shacl_graph=sg, inference="none", allow_warnings=True)
    if conforms:
        return True, f"conforms: {len(data)} triples checked against {path.name}"
    return False, str(text)
