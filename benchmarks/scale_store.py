"""A store of >= 1,000,000 triples in kg's shape: bulk load, the issue's four queries, Turtle export.

The store is filled by :mod:`benchmarks.scale_synth` (documents with kg's output
shape turned into RDF by kg.graph.rdf), ``bulk_load`` ed into an on-disk Oxigraph
store, then:

1. events of one actor with places (the shipped ``events-of`` query);
2. event counts by type (the shipped ``event-counts`` query);
3. the 2-hop neighbourhood of an actor (roles and relations, both directions);
4. actors co-occurring in events in a date range, top 20;

each answered through :func:`kg.query.query` (Oxigraph), median of ``--runs``;
then the whole graph is exported to Turtle with :func:`kg.export.export`.

    PYTHONPATH=. nice -n 10 python benchmarks/scale_store.py --docs 2750 --runs 3

Wall times on a shared machine include waiting for a core; ``cpu_median_s`` (this
process's CPU time, Oxigraph's threads included) is what the work itself costs.
"""
from __future__ import annotations

import argparse
import itertools
import math
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import scale_synth
from benchmarks.scale_common import PeakRSS, machine, record

ACTOR = "https://w3id.org/newskg/id/person/p0"
LINKS = "kg:agent kg:target kg:participant kg:place kg:reportedBy kg:leaderOf kg:memberOf kg:country kg:locatedIn"

TWO_HOP = f"""SELECT DISTINCT ?n2 WHERE {{
  VALUES ?p1 {{ {LINKS} }} VALUES ?p2 {{ {LINKS} }}
  {{ ?n1 ?p1 <{ACTOR}> }} UNION {{ <{ACTOR}> ?p1 ?n1 }}
  {{ ?n1 ?p2 ?n2 }} UNION {{ ?n2 ?p2 ?n1 }}
  FILTER(isIRI(?n2) && ?n2 != <{ACTOR}>)
}}"""

CO_ACTORS_IN_RANGE = """SELECT ?a ?b (COUNT(DISTINCT ?event) AS ?events) WHERE {
  ?event kg:date ?d ; kg:agent ?x ; kg:target ?y .
  FILTER(?d >= "2024-03-01"^^xsd:date && ?d < "2024-06-01"^^xsd:date && ?x != ?y)
  ?x rdfs:label ?a FILTER(LANG(?a) = "en")
  ?y rdfs:label ?b FILTER(LANG(?b) = "en")
}
GROUP BY ?a ?b ORDER BY DESC(?events) LIMIT 20"""


def queries() -> dict[str, str]:
    from kg.query import fill, named_queries

    nq = named_queries()
    return {
        "events-of (one actor, with places), one query (kg.query.fill)": fill(nq["events-of"], {"name": "Person 0"}),
        "event-counts (by type)": nq["event-counts"].text,
        "2-hop neighbourhood of an actor": TWO_HOP,
        "co-actors in a date range, top 20": CO_ACTORS_IN_RANGE,
    }


def shipped_events_of(store: object) -> object:
    """events-of as ``kg query --named events-of`` runs it: its ``#+ bind`` line resolved first."""
    from kg.query import named_queries, prepare, query

    return query(store, prepare(store, named_queries()["events-of"], {"name": "Person 0"}))


def turtle_streamed(store: object, path: Path) -> Path:
    """kg.export's Turtle writer before it used ``Store.dump``: each triple of the union
    default graph as a Python object, streamed to ``pyoxigraph.serialize`` (same bytes)."""
    import pyoxigraph as ox

    from kg.namespace import PREFIXES

    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        ox.serialize((q.triple for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())),  # type: ignore[attr-defined]
                     f, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return path


def fill_store(path: Path, docs: int, seed: int, *, union: bool = True, optimize: bool = True) -> tuple[float, float]:
    """Generate and bulk-load the documents; with ``union``, as a kg store keeps them: every
    data triple also once in the default graph, and the mark that says so (:mod:`kg.union`);
    with ``optimize``, compacted as ``kg ingest`` leaves a store (``Store.optimize`` at the
    end of every ingest).  Uncompacted, the bulk loader's many overlapping files make every
    read about twice as dear (Turtle export of 1M triples: 10.1 against 4.8 CPU-s)."""
    import pyoxigraph as ox

    from kg import union as kg_union

    store = ox.Store(str(path))
    with PeakRSS() as mem:
        t = time.perf_counter()
        for data in scale_synth.nquads(scale_synth.documents(docs, seed=seed), default_copy=union):
            store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        if union:
            store.extend([kg_union.MARK])
        if optimize:
            store.optimize()
        store.flush()
        seconds = time.perf_counter() - t
    del store
    return seconds, mem.mb


def main() -> None:
    import pyoxigraph as ox

    from kg.export import export
    from kg.query import query

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2750, help="synthetic documents (about 400 triples each)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--store", type=Path, default=None, help="reuse / keep the store here")
    ap.add_argument("--no-export", action="store_true")
    ap.add_argument("--no-queries", action="store_true")
    ap.add_argument("--no-union", action="store_true",
                    help="a raw store: no union copy in the default graph (as before kg.union)")
    ap.add_argument("--no-optimize", action="store_true",
                    help="leave the store as the bulk loader wrote it (kg ingest compacts it at the end)")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-1m-"))
    path = args.store or tmp / "store"
    print(f"# {machine()}", flush=True)
    try:
        if not (path.exists() and any(path.iterdir())):
            load_s, load_mb = fill_store(path, args.docs, args.seed, union=not args.no_union,
                                         optimize=not args.no_optimize)
        else:
            load_s, load_mb = float("nan"), float("nan")
        store = ox.Store.read_only(str(path))
        from kg.union import data_quads, has_union

        union = has_union(store)
        triples = sum(1 for _ in data_quads(store)) if union else len(store)  # the data, not its union copy
        if not math.isnan(load_s):  # this run filled the store
            record("scale_store", {"what": "generate + bulk_load", "docs": args.docs, "triples": triples,
                                   "quads": len(store), "union": union, "optimized": not args.no_optimize,
                                   "seconds": round(load_s, 1), "peak_mb": round(load_mb), "machine": machine()})
        todo: dict[str, object] = {} if args.no_queries else dict(queries())
        if todo:
            todo["events-of as kg query --named runs it (kg.query.prepare)"] = lambda: shipped_events_of(store)
        for name, sparql in todo.items():
            times, cpu, rows = [], [], 0
            for _ in range(args.runs):
                t, c = time.perf_counter(), time.process_time()
                res = sparql() if callable(sparql) else query(store, sparql)  # type: ignore[arg-type]
                times.append(time.perf_counter() - t)
                cpu.append(time.process_time() - c)
                rows = len(res.rows)
            record("scale_store", {"what": name, "triples": triples, "union": union, "rows": rows,
                                   "median_s": round(statistics.median(times), 3),
                                   "cpu_median_s": round(statistics.median(cpu), 3),
                                   "times_s": [round(x, 3) for x in times]})
        if not args.no_export:
            memory = ox.Store()  # what kg build holds: the same quads in an in-memory store
            memory.bulk_load(store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
            writers = (("kg.export", lambda src, out: export(src, out, ["ttl"])[0]),
                       ("streamed, the previous kg.export", lambda src, out: turtle_streamed(src, out / "graph.ttl")))
            for (where, source), (how, write) in itertools.product(
                    (("on-disk store", store), ("in-memory store", memory)), writers):
                times, cpu, size = [], [], 0
                for _ in range(args.runs):
                    out = tmp / "export"
                    t, c = time.perf_counter(), time.process_time()
                    written = write(source, out)
                    times.append(time.perf_counter() - t)
                    cpu.append(time.process_time() - c)
                    size = written.stat().st_size
                    shutil.rmtree(out)
                record("scale_store", {"what": f"Turtle export ({how}) from the {where}", "triples": triples,
                                       "bytes": size, "median_s": round(statistics.median(times), 2),
                                       "cpu_median_s": round(statistics.median(cpu), 2),
                                       "times_s": [round(x, 2) for x in times]})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
