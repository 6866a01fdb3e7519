"""Benchmark `kg view --store DIR --around NAME --hops N` on a big synthetic store.

    python benchmarks/view_store_bench.py                 # 50,000 nodes, hops 1 and 2
    python benchmarks/view_store_bench.py --nodes 20000 --repeats 5

Loads a synthetic graph (kg.view.synthetic) into a fresh Oxigraph store, then times, for the
most connected entity (by its English name, then by its Arabic name): finding it and collecting
its neighbourhood (``kg.view.store.neighbourhood``), and writing the page.  Medians.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.view import render
from kg.view.data import view_data
from kg.view.store import neighbourhood
from kg.view.synthetic import synthetic_graph


def main() -> None:
    import pyoxigraph as ox

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=50_000)
    ap.add_argument("--hops", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kg-view-store-"))
    graph = synthetic_graph(args.nodes)
    data = view_data(graph)
    deg = [0] * len(data.nodes)
    for e in data.edges:
        deg[e[0]] += 1
        deg[e[1]] += 1
    hub = max((i for i, n in enumerate(data.nodes) if n["k"] == "e"), key=deg.__getitem__)
    names = (data.nodes[hub]["en"], data.nodes[hub]["ar"])
    nt = folder / "g.nt"
    graph.serialize(nt, format="nt", encoding="utf-8")
    store = ox.Store(str(folder / "store"))
    t = time.perf_counter()
    store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES)
    store.flush()
    load = time.perf_counter() - t
    del store
    print(f"store: {len(graph):,} triples, {args.nodes:,} nodes, loaded in {load:.1f} s; hub degree {deg[hub]}")
    print("\n| name | hops | nodes on page | neighbourhood (s) | page written (s) |")
    print("|---|---:|---:|---:|---:|")
    for name in names:
        for hops in args.hops:
            times, pages, size = [], [], 0
            for _ in range(args.repeats):
                t = time.perf_counter()
                sub = neighbourhood(folder / "store", name, hops)
                times.append(time.perf_counter() - t)
                t = time.perf_counter()
                render(sub, folder / "around.html")
                pages.append(time.perf_counter() - t)
                size = len(view_data(sub).nodes)
            print(f"| {name} | {hops} | {size:,} | {statistics.median(times):.2f} | {statistics.median(pages):.2f} |")


if __name__ == "__main__":
    main()
