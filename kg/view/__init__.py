"""The browser view: one self-contained, offline, safe HTML page of a kg graph.

>>> from kg.view import render                                   # doctest: +SKIP
>>> render(graph, "output/graph.html", lang="ar")                # doctest: +SKIP

Small graphs are drawn with vis-network (the library pyvis wraps, taken from
pyvis's own package files), larger ones with sigma.js (WebGL); both are vendored
under ``kg/view/static`` and inlined, so the page makes no network request.  Past
``max_nodes`` the page draws the most connected nodes and says so; every node
stays reachable by search.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph

__all__ = ["DEFAULT_MAX_NODES", "VIS_MAX_NODES", "render"]

#: Up to this many drawn nodes the page uses vis-network; beyond, sigma.js (WebGL).
VIS_MAX_NODES = 1500
#: Nodes drawn at most unless ``max_nodes`` says otherwise.
DEFAULT_MAX_NODES = 50_000
#: Curvature step between parallel edges of the same pair of nodes.
CURVE_STEP = 0.25


def _degrees(n: int, edges: list[list[Any]]) -> list[int]:
    deg = [0] * n
    for e in edges:
        deg[e[0]] += 1
        deg[e[1]] += 1
    return deg


def _curve_parallel_edges(edges: list[list[Any]], drawn: list[bool]) -> None:
    """Give each of several edges between the same two nodes its own curvature (``e[6]``)."""
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for j, e in enumerate(edges):
        if drawn[e[0]] and drawn[e[1]]:
            groups[(min(e[0], e[1]), max(e[0], e[1]))].append(j)
    for members in groups.values():
        if len(members) < 2:
            continue
        for m, j in enumerate(members):
            e = edges[j]
            side = 1 if m % 2 == 0 else -1
            direction = 1 if e[0] <= e[1] else -1
            e.append(round(side * direction * CURVE_STEP * (m // 2 + 1), 3))


def render(
    graph: Graph,
    out: str | Path,
    *,
    lang: str = "ar",
    title: str | None = None,
    max_nodes: int | None = None,
) -> Path:
    """Write the interactive page of ``graph`` to ``out`` (atomically) and return its path.

    Args:
        graph: an rdflib ``Graph`` or ``Dataset`` in kg's RDF shape (ARCHITECTURE.md).
        out: the HTML file to write; its folder must exist.
        lang: the initial label language, ``"ar"`` or ``"en"`` (switchable on the page).
        title: the page title; by default a count of entities and events.
        max_nodes: draw at most this many nodes (the most connected); the rest stay
            searchable.  Default :data:`DEFAULT_MAX_NODES`.

    Returns:
        The path written.

    Raises:
        ExportError: if ``lang`` or ``max_nodes`` is invalid or the file cannot be written.
    """
    from kg.errors import ExportError
    from kg.view.data import view_data
    from kg.view.layout import layout
    from kg.view.page import build_html, write_atomic

    if lang not in ("ar", "en"):
        raise ExportError(f"unknown page language {lang!r}; use 'ar' or 'en'")
    limit = DEFAULT_MAX_NODES if max_nodes is None else max_nodes
    if limit < 1:
        raise ExportError(f"max_nodes must be at least 1, got {max_nodes}")

    data = view_data(graph)
    nodes, edges = data.nodes, data.edges
    deg = _degrees(len(nodes), edges)
    for node, d in zip(nodes, deg):
        node["deg"] = d
    drawn = [True] * len(nodes)
    if len(nodes) > limit:
        order = sorted(range(len(nodes)), key=lambda i: (-deg[i], i))
        drawn = [False] * len(nodes)
        for i in order[:limit]:
            drawn[i] = True
        for node, is_drawn in zip(nodes, drawn):
            if not is_drawn:
                node["dr"] = 0
    _curve_parallel_edges(edges, drawn)

    shown = [i for i, ok in enumerate(drawn) if ok]
    local = {i: k for k, i in enumerate(shown)}
    pos = layout(len(shown), [(local[e[0]], local[e[1]]) for e in edges if drawn[e[0]] and drawn[e[1]]])
    for i, (x, y) in zip(shown, pos):
        nodes[i]["x"], nodes[i]["y"] = x, y

    n_events = sum(1 for n in nodes if n["k"] == "v")
    if title is None:
        title = (f"kg: {len(nodes) - n_events} كيانات، {n_events} أحداث" if lang == "ar"
                 else f"kg: {len(nodes) - n_events} entities, {n_events} events")
    renderer = "vis" if len(shown) <= VIS_MAX_NODES else "sigma"
    payload = {
        "meta": {
            "title": title,
            "lang": lang,
            "renderer": renderer,
            "total": len(nodes),
            "drawn": len(shown),
            "reduced": len(shown) < len(nodes),
        },
        "nodes": nodes,
        "edges": edges,
        "docs": data.docs,
        "sentences": data.sentences,
    }
    return write_atomic(build_html(payload, title=title, lang=lang, renderer=renderer), out)
