"""Ingest throughput: JSONL of news articles to a queryable Oxigraph store, with N processes.

Measures wall time (median of --runs), articles/s, words/s and words/s per core,
peak resident memory of the whole process tree, and the triples in the store;
then answers a query on the store to show it is queryable.  Sinks:

* ``oxigraph``: workers send N-Quads (kg.parallel), the parent ``bulk_load`` s them
  into an on-disk ``pyoxigraph.Store`` and writes the entity layer at the end
  (what ``kg build --jobs N`` does, to a store instead of files);
* ``store``: the persistent, crash-safe :class:`kg.store.Store` with cross-document
  linking, as :func:`kg.store.ingest` does it, but with processing spread by
  kg.parallel (``returns="document"``) - what ``kg ingest --jobs N`` does.
  ``--rdf direct`` turns a document into store quads without the per-document
  rdflib Dataset (the change proposed for kg.store.ingest).

    PYTHONPATH=. nice -n 10 python benchmarks/scale_ingest.py --corpus ant --jobs 2 --runs 3
    PYTHONPATH=. nice -n 10 python benchmarks/scale_ingest.py --corpus bbc --jobs 2 --runs 3 --sink store
    PYTHONPATH=. nice -n 10 python benchmarks/scale_ingest.py --corpus ant --jobs 2 --fractions 0.1,0.3,1 --runs 3
"""
from __future__ import annotations

import argparse
import itertools
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale_common import ANT, BBC, PeakRSS, machine, record

CORPORA = {"ant": ANT, "bbc": BBC}


def default_ner() -> str:
    models = Path(__file__).resolve().parent.parent / "kg" / "ner" / "models"
    return "crf" if any(models.glob("*.crfsuite")) else "none"


def to_store_quads(doc: Any, rdf: str) -> list[Any]:
    """A processed, linked document as the quads kg.store.Store.add_many takes."""
    from kg.graph.rdf import to_dataset
    from kg.store import _iter_quads

    # the graph names each event by its cross-report key (event.attrs["key"]) already
    if rdf == "dataset":
        return list(_iter_quads(to_dataset([doc])))
    from kg.graph.rdf import EntityLayer, document_quads

    layer = EntityLayer()
    for e in doc.entities.values():
        layer.add(e)
    rows = itertools.chain(document_quads(doc), layer.quads())
    return list(_iter_quads(rows))


def sink_oxigraph(path: Path, docs: Any, jobs: int, ner: str, engine: str, scheduler: str | None) -> dict[str, Any]:
    import pyoxigraph as ox

    from kg.graph.rdf import EntityLayer
    from kg.parallel import DocResult, _nquads, bulk_load, run

    store = ox.Store(str(path))
    layer = EntityLayer()
    n = words = 0
    for o in bulk_load(run(docs, jobs=jobs, ner=ner, engine=engine, scheduler=scheduler), store, entities=layer):
        if isinstance(o, DocResult):
            n += 1
            words += o.words
    data, _ = _nquads(layer.quads())
    store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    store.flush()
    return {"docs": n, "words": words, "store": store}


def sink_store(path: Path, docs: Any, jobs: int, ner: str, engine: str, scheduler: str | None,
               rdf: str, batch: int = 25) -> dict[str, Any]:
    from kg.parallel import DocResult, run
    from kg.resolve.events import EventIndex
    from kg.resolve.link import EntityIndex
    from kg.store import Store

    st = Store(path)
    entities = EntityIndex.from_store(st)
    events = EventIndex.from_store(st)
    stored = st.documents()
    pending: list[tuple[Any, str, str]] = []
    n = words = 0

    def unchanged(d: Any) -> str | None:
        return "unchanged, already in the store" if stored.get(d.id) == d.content_hash else None

    for o in run(docs, jobs=jobs, ner=ner, engine=engine, scheduler=scheduler, returns="document", skip=unchanged):
        if not isinstance(o, DocResult) or o.doc is None:
            continue
        doc = o.doc
        entities.link(doc)
        events.assign(doc)
        pending.append((to_store_quads(doc, rdf), doc.id, doc.content_hash))
        stored[doc.id] = doc.content_hash
        n += 1
        words += o.words
        if len(pending) >= batch:
            st.add_many(pending, batch=batch, force=True)
            pending = []
    if pending:
        st.add_many(pending, batch=batch, force=True)
    return {"docs": n, "words": words, "store": st.oxigraph, "close": st.close}


def one_run(args: argparse.Namespace, source: Path, limit: int) -> dict[str, Any]:
    from kg.pipeline import documents
    from kg.query import query

    tmp = Path(tempfile.mkdtemp(prefix="kg-scale-"))
    try:
        with PeakRSS() as mem:
            t = time.perf_counter()
            docs = itertools.islice(documents([source]), limit)
            if args.sink == "oxigraph":
                out = sink_oxigraph(tmp / "st", docs, args.jobs, args.ner, args.engine, args.scheduler)
            else:
                out = sink_store(tmp / "st", docs, args.jobs, args.ner, args.engine, args.scheduler, args.rdf)
            seconds = time.perf_counter() - t
        store = out["store"]
        q0 = time.perf_counter()
        res = query(store, "SELECT ?type (COUNT(*) AS ?n) WHERE { ?e a ?type } GROUP BY ?type ORDER BY DESC(?n) LIMIT 3")
        qs = time.perf_counter() - q0
        triples = len(store)
        if "close" in out:
            out["close"]()
        return {"seconds": seconds, "docs": out["docs"], "words": out["words"], "peak_mb": mem.mb, "cpu_s": mem.cpu,
                "triples": triples, "query_s": qs, "top_type": str(res.rows[0][0]) if res.rows else None}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="ant")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--fractions", default="1", help="comma-separated fractions of the corpus (growth)")
    ap.add_argument("--sink", choices=("oxigraph", "store"), default="oxigraph")
    ap.add_argument("--rdf", choices=("dataset", "direct"), default="dataset", help="store sink: quads via")
    ap.add_argument("--ner", default=None, help="crf (default when the model is present) or none")
    ap.add_argument("--engine", default="processes")
    ap.add_argument("--scheduler", default=None)
    args = ap.parse_args()
    source = CORPORA[args.corpus]
    if not source.exists():
        print(f"skipped: {source} is absent on this machine", file=sys.stderr)
        return
    args.ner = args.ner or default_ner()
    from kg.progress import count_documents

    total = count_documents([source]) or 0
    print(f"# {args.corpus}: {total} articles, jobs={args.jobs}, sink={args.sink}, ner={args.ner}; {machine()}",
          flush=True)
    for frac in (float(f) for f in args.fractions.split(",")):
        limit = max(1, round(total * frac))
        rows = [one_run(args, source, limit) for _ in range(args.runs)]
        med = statistics.median(r["seconds"] for r in rows)
        r0 = rows[0]
        cores = args.jobs
        record("scale_ingest", {
            "corpus": args.corpus, "fraction": frac, "docs": r0["docs"], "words": r0["words"], "jobs": args.jobs,
            "sink": args.sink, "rdf": args.rdf if args.sink == "store" else None, "ner": args.ner,
            "engine": args.engine, "median_s": round(med, 2), "times_s": [round(r["seconds"], 2) for r in rows],
            "articles_per_s": round(r0["docs"] / med, 1), "words_per_s": round(r0["words"] / med),
            "words_per_s_per_core": round(r0["words"] / med / cores),
            "peak_mb_max": round(max(r["peak_mb"] for r in rows)), "triples": r0["triples"],
            "cpu_s_median": round(statistics.median(r["cpu_s"] for r in rows), 1),
            "words_per_cpu_s": round(r0["words"] / max(1e-9, statistics.median(r["cpu_s"] for r in rows))),
            "query_s": round(statistics.median(r["query_s"] for r in rows), 3), "machine": machine(),
        })


if __name__ == "__main__":
    main()
