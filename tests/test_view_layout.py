"""kg.view.layout: deterministic positions, components kept apart, a fallback without igraph."""
from __future__ import annotations

import sys

import pytest

from kg.view.layout import layout


def ring(n: int, start: int = 0) -> list[tuple[int, int]]:
    return [(start + i, start + (i + 1) % n) for i in range(n)]


def test_same_input_same_positions():
    edges = ring(30) + ring(5, 30)
    assert layout(40, edges) == layout(40, edges)
    assert len(layout(40, edges)) == 40


def test_components_do_not_overlap():
    edges = ring(50) + ring(20, 50)  # nodes 70..79 are alone
    pos = layout(80, edges)

    def box(ids):
        xs = [pos[i][0] for i in ids]
        ys = [pos[i][1] for i in ids]
        return min(xs), max(xs), min(ys), max(ys)

    a, b = box(range(50)), box(range(50, 70))
    apart = a[1] < b[0] or b[1] < a[0] or a[3] < b[2] or b[3] < a[2]
    assert apart
    lone = {pos[i] for i in range(70, 80)}
    assert len(lone) == 10  # each lone node has its own place
    assert all(not (a[0] <= x <= a[1] and a[2] <= y <= a[3]) for x, y in lone)


def test_no_two_nodes_share_a_position_in_a_connected_graph():
    pos = layout(100, ring(100) + [(0, 50), (25, 75)])
    assert len(set(pos)) == 100


def test_falls_back_to_networkx_without_igraph(monkeypatch):
    monkeypatch.setitem(sys.modules, "igraph", None)  # import igraph -> ImportError
    pos = layout(12, ring(12))
    assert len(pos) == 12 and len(set(pos)) == 12
    assert pos == layout(12, ring(12))


@pytest.mark.parametrize("n", [0, 1])
def test_trivial_graphs(n):
    assert layout(n, []) == [(0.0, 0.0)] * n


def test_big_graph_without_igraph_gets_a_spiral_fast(monkeypatch):
    monkeypatch.setitem(sys.modules, "igraph", None)
    n = 5000
    edges = [(0, i) for i in range(1, 200)] + ring(n)
    pos = layout(n, edges)
    assert len(set(pos)) == n
    # the hub sits at the centre
    cx = sum(x for x, _ in pos) / n
    cy = sum(y for _, y in pos) / n
    dist = [((x - cx) ** 2 + (y - cy) ** 2) ** 0.5 for x, y in pos]
    assert dist[0] == min(dist)
