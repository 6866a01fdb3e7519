"""Does loading a batch into an on-disk Oxigraph store cost more as the store grows?

Batches of synthetic documents (:mod:`benchmarks.scale_synth`, kg's shapes, each
triple also in the default graph as a kg store keeps it) are written one after
another into a fresh store, each with ``bulk_load`` (what ``kg ingest`` uses for new
documents' graphs) and, into a second store, with the transactional ``load``; the
time and CPU of each batch are printed with the store's size before it.

    PYTHONPATH=. nice -n 10 python benchmarks/scale_bulkload.py --batches 60 --docs 200
    PYTHONPATH=. nice -n 10 python benchmarks/scale_bulkload.py --batches 40 --how bulk_load

Only the entity-free document graphs are loaded (no entity layer): the question is
the loader's cost per quad against the size of the store.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import scale_synth
from benchmarks.scale_common import machine, record


def main() -> None:
    import pyoxigraph as ox

    from kg.graph.rdf import document_quads, nquads

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--batches", type=int, default=60)
    ap.add_argument("--docs", type=int, default=200, help="documents per batch")
    ap.add_argument("--how", choices=("both", "bulk_load", "load"), default="both")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bulk-"))
    try:
        stores = {}
        if args.how in ("both", "bulk_load"):
            stores["bulk_load"] = ox.Store(str(tmp / "bulk"))
        if args.how in ("both", "load"):
            stores["load (transactional)"] = ox.Store(str(tmp / "load"))
        docs = scale_synth.documents(args.batches * args.docs, seed=3)
        rows: dict[str, list[tuple[int, float, float]]] = {k: [] for k in stores}
        quads = 0
        for b in range(args.batches):
            batch = [next(docs) for _ in range(args.docs)]
            data = b"".join(nquads(document_quads(d), default_copy=True) for d in batch)
            n = data.count(b"\n")
            for how, st in stores.items():
                t, c = time.perf_counter(), time.process_time()
                if how == "bulk_load":
                    st.bulk_load(data, format=ox.RdfFormat.N_QUADS)
                else:
                    st.load(data, format=ox.RdfFormat.N_QUADS)
                rows[how].append((quads, time.perf_counter() - t, time.process_time() - c))
            quads += n
            print(f"batch {b}: store {quads:,} quads after; "
                  + "; ".join(f"{h} {r[-1][1]:.2f} s / {r[-1][2]:.2f} CPU-s" for h, r in rows.items()), flush=True)
        tenth = max(1, args.batches // 10)
        for how, r in rows.items():
            first, last = r[:tenth], r[-tenth:]
            record("scale_bulkload", {
                "how": how, "batches": args.batches, "docs_per_batch": args.docs, "quads": quads,
                "first_cpu_s_per_batch": round(statistics.median(x[2] for x in first), 3),
                "last_cpu_s_per_batch": round(statistics.median(x[2] for x in last), 3),
                "first_wall_s_per_batch": round(statistics.median(x[1] for x in first), 3),
                "last_wall_s_per_batch": round(statistics.median(x[1] for x in last), 3),
                "machine": machine(),
            })
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
