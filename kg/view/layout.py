"""Node positions computed in Python, so the page draws at once with physics off.

python-igraph's Fruchterman-Reingold (grid variant past a thousand nodes) lays
out 20,000 nodes in well under a second here; networkx's spring layout is the
fallback when igraph is not installed (fine for small graphs, slow past ~1k).
"""
from __future__ import annotations

import math
from collections.abc import Sequence

#: Past this many nodes igraph uses its grid-accelerated force layout.
GRID_FROM = 1000


def layout(n: int, edges: Sequence[tuple[int, int]], *, seed: int = 7) -> list[tuple[float, float]]:
    """Return ``n`` positions for a graph with the given edges (node indices).

    The result is deterministic for a given input and scaled so that nodes sit
    roughly 90 units apart on average, the spacing the page's renderers expect.

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
        coords = _networkx_layout(n, edges, seed)
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
        if n > GRID_FROM:
            lay = g.layout_fruchterman_reingold(niter=200, grid=True)
        else:
            lay = g.layout_fruchterman_reingold(niter=500, grid=False)
    finally:
        igraph.set_random_number_generator(random)
    return [(float(x), float(y)) for x, y in lay.coords]


def _networkx_layout(n: int, edges: Sequence[tuple[int, int]], seed: int) -> list[tuple[float, float]]:
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)
    iterations = 50 if n <= 1000 else 10
    pos = nx.spring_layout(g, seed=seed, iterations=iterations)
    return [(float(pos[i][0]), float(pos[i][1])) for i in range(n)]


def _scale(coords: list[tuple[float, float]]) -> list[tuple[float, float]]:
    xs = [x for x, _ in coords]
    ys = [y for _, y in coords]
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    target = max(600.0, 90.0 * math.sqrt(len(coords)))
    k = target / span
    return [(round((x - cx) * k, 1), round((y - cy) * k, 1)) for x, y in coords]
