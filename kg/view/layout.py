"""Node positions computed in Python, so the page draws at once with physics off.

With python-igraph: each connected component is laid out on its own
(Kamada-Kawai up to 300 nodes, Fruchterman-Reingold beyond, its grid variant past
1,000) and the components are packed in rows, biggest first; 20,000 nodes take about
a second.  Without igraph: networkx's spring layout up to 2,000 nodes, a
degree-ordered spiral beyond (networkx takes ~20 s at 5,000 nodes).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

#: Past this many nodes igraph uses its grid-accelerated force layout.
GRID_FROM = 1000
#: Components up to this size get a Kamada-Kawai layout.
KK_UPTO = 300
#: Without igraph, networkx's spring layout up to this many nodes (it takes ~20 s at 5,000),
#: a degree-ordered spiral beyond.
NETWORKX_UPTO = 2000


def layout(n: int, edges: Sequence[tuple[int, int]], *, seed: int = 7) -> list[tuple[float, float]]:
    """Return ``n`` positions for a graph with the given edges (node indices).

    The result is deterministic for a given input and scaled so that nodes sit
    roughly 140 units apart on average, the spacing the page's renderers expect.

    Args:
        n: number of nodes.
        edges: pairs of node indices.
        seed: seed of the initial random placement.

    Returns:
        ``(x, y)`` per node.

    >>> len(layout(3, [(0, 1), (1, 2)]))
    3
    """
    if n == 0:
        return []
    if n == 1:
        return [(0.0, 0.0)]
    try:
        coords = _igraph_layout(n, edges, seed)
    except ImportError:
        coords = _networkx_layout(n, edges, seed) if n <= NETWORKX_UPTO else _spiral_layout(n, edges)
    return _scale(coords)


def _igraph_layout(n: int, edges: Sequence[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    import random

    import igraph

    g = igraph.Graph(n=n, edges=[(a, b) for a, b in edges if a != b])
    g.simplify()
    # igraph draws its start positions from Python's random module: give it its own
    # seeded generator (a seed layout of ours makes the grid variant much slower).
    igraph.set_random_number_generator(random.Random(seed))
    try:
        parts = []
        for comp in sorted((sorted(c) for c in g.connected_components()), key=lambda c: (-len(c), c[0])):
            if len(comp) == 1:
                coords: list[tuple[float, float]] = [(0.0, 0.0)]
            elif len(comp) == 2:
                coords = [(0.0, 0.0), (1.0, 0.0)]
            elif len(comp) <= KK_UPTO:
                # Kamada-Kawai spaces small components evenly (FR bunches hubs' neighbours)
                lay = g.induced_subgraph(comp).layout_kamada_kawai()
                coords = [(float(x), float(y)) for x, y in lay.coords]
            else:
                sub = g.induced_subgraph(comp)
                big = len(comp) > GRID_FROM
                lay = sub.layout_fruchterman_reingold(niter=200 if big else 500, grid=big)
                coords = [(float(x), float(y)) for x, y in lay.coords]
            parts.append((comp, coords))
    finally:
        igraph.set_random_number_generator(random)
    return _pack(n, parts)


def _pack(n: int, parts: list[tuple[list[int], list[tuple[float, float]]]]) -> list[tuple[float, float]]:
    """Place each component's layout in rows, biggest first, sized by its node count.

    Force layouts of a disconnected graph push small components and lone nodes into a
    ring around the big one, squeezing it; packing keeps the big component large.
    """
    out = [(0.0, 0.0)] * n
    area = sum(max(1.0, float(len(c))) for c, _ in parts)
    row_width = math.sqrt(area) * 1.3
    x = y = row_h = 0.0
    for comp, coords in parts:
        side = 1.5 * math.sqrt(len(comp)) if len(comp) > 2 else float(len(comp) - 1)
        x0, x1 = min(c[0] for c in coords), max(c[0] for c in coords)
        y0, y1 = min(c[1] for c in coords), max(c[1] for c in coords)
        k = side / (max(x1 - x0, y1 - y0) or 1.0)
        w, h = (x1 - x0) * k, (y1 - y0) * k
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h + 1.0, 0.0
        for v, (cx, cy) in zip(comp, coords):
            out[v] = (x + (cx - x0) * k, y + (cy - y0) * k)
        x += w + 1.0
        row_h = max(row_h, h)
    return out


def _networkx_layout(n: int, edges: Sequence[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    iterations = 50 if n <= 1000 else 10
    pos = nx.spring_layout(g, seed=seed, iterations=iterations)
    return [(float(pos[i][0]), float(pos[i][1])) for i in range(n)]


def _spiral_layout(n: int, edges: Sequence[tuple[int, int]]) -> list[tuple[float, float]]:
    """Most connected nodes at the centre, the rest on a sunflower spiral: O(n), no forces."""
    deg = [0] * n
    for a, b in edges:
        deg[a] += 1
        deg[b] += 1
    golden = math.pi * (3 - math.sqrt(5))
    out = [(0.0, 0.0)] * n
    for rank, v in enumerate(sorted(range(n), key=lambda i: (-deg[i], i))):
        r = math.sqrt(rank + 0.5)
        out[v] = (r * math.cos(rank * golden), r * math.sin(rank * golden))
    return out


def _scale(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    xs = [x for x, _ in coords]
    ys = [y for _, y in coords]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    target = max(700.0, 140.0 * math.sqrt(len(coords)))
    k = target / span
    return [(round((x - cx) * k, 1), round((y - cy) * k, 1)) for x, y in coords]
