"""The document graphs alone (no linking, no SPARQL update): bulk-loaded per batch, through a spool
loaded geometrically, or all at the end; and how much memory one ``bulk_load`` of many rows holds.

Reads the outcomes ``scale_replay.py record`` pickled (each document's N-Quads plus its union
copy, as :class:`kg.store.Prepared` makes them) and prints the process's CPU, that of RocksDB's
compaction threads (``rocksdb:low``), the peak RSS and, with ``--digest``, the store's quads.

    PYTHONPATH=. nice -n 19 python benchmarks/scale_spool.py perbatch OUT.pkl STORE --docs 9000
    PYTHONPATH=. nice -n 19 python benchmarks/scale_spool.py geo OUT.pkl STORE --docs 9000 --chunk 16
    PYTHONPATH=. nice -n 19 python benchmarks/scale_spool.py end OUT.pkl STORE --docs 3000 --chunk 64
    PYTHONPATH=. nice -n 19 python benchmarks/scale_spool.py file OUT.pkl STORE --docs 2860            # bulk_load(path=)
    PYTHONPATH=. nice -n 19 python benchmarks/scale_spool.py file OUT.pkl STORE --docs 2860 --chunk=-1  # from bytes
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pyoxigraph as ox  # noqa: E402
from scale_replay import outcomes, threads_cpu  # noqa: E402


def docs_bytes(pkl: Path, limit: int):
    import kg.parallel as P
    from kg.graph.rdf import document_iri

    n = 0
    for o in outcomes(pkl):
        if n >= limit:
            return
        if not isinstance(o, P.DocResult) or o.doc is None:
            continue
        w = o.nquads
        yield w + w.replace(f" <{document_iri(o.doc.id)}> .\n".encode(), b" .\n")
        n += 1


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("perbatch", "geo", "end", "file"))
    ap.add_argument("pkl", type=Path)
    ap.add_argument("store", type=Path)
    ap.add_argument("--docs", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--ratio", type=float, default=0.5)
    ap.add_argument("--floor", type=float, default=30.0, help="MB")
    ap.add_argument("--chunk", type=float, default=0.0, help="MB per bulk_load call of the spool (0: bulk_load(path))")
    ap.add_argument("--no-optimize", action="store_true")
    ap.add_argument("--digest", action="store_true")
    a = ap.parse_args()
    st = ox.Store(str(a.store))
    spool = a.store.parent / (a.store.name + ".spool.nq")
    c0, t0 = time.process_time(), time.perf_counter()
    loaded = 0
    spooled = 0
    loads = []
    marks = []
    last_c, last_th = c0, threads_cpu()

    def load_spool() -> None:
        nonlocal loaded, spooled
        if not spooled:
            return
        c = time.process_time()
        if a.chunk <= 0:
            st.bulk_load(path=str(spool), format=ox.RdfFormat.N_QUADS)
        else:
            lim = int(a.chunk * 2**20)
            with open(spool, "rb") as f:
                rest = b""
                while True:
                    piece = f.read(lim)
                    if not piece:
                        break
                    buf = rest + piece
                    cut = buf.rfind(b"\n") + 1
                    rest = buf[cut:]
                    st.bulk_load(buf[:cut], format=ox.RdfFormat.N_QUADS)
                    del buf, piece
                if rest:
                    st.bulk_load(rest, format=ox.RdfFormat.N_QUADS)
        loads.append((round(spooled / 2**20, 1), round(time.process_time() - c, 2)))
        loaded += spooled
        spooled = 0
        os.truncate(spool, 0)

    if spool.exists():
        spool.unlink()
    if a.mode == "file":  # load --docs documents' rows from one file (memory of bulk_load(path) vs bytes)
        with open(spool, "wb") as f:
            for b in docs_bytes(a.pkl, a.docs):
                f.write(b)
        rows = int(subprocess.run(["wc", "-l", str(spool)], capture_output=True, text=True).stdout.split()[0])
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
        c = time.process_time()
        if a.chunk < 0:  # from bytes
            data = spool.read_bytes()
            st.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        else:
            spooled = spool.stat().st_size
            load_spool()
        print(json.dumps({"mode": "file", "rows": rows, "chunk": a.chunk, "cpu": round(time.process_time() - c, 1),
                          "maxrss_before": rss0, "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10}))
        return
    batch: list[bytes] = []
    n = 0
    for b in docs_bytes(a.pkl, a.docs):
        batch.append(b)
        n += 1
        if len(batch) >= a.batch:
            data = b"".join(batch)
            batch = []
            if a.mode == "perbatch":
                st.bulk_load(data, format=ox.RdfFormat.N_QUADS)
                loaded += len(data)
            else:
                with open(spool, "ab") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                spooled += len(data)
                if a.mode == "geo" and spooled >= max(a.floor * 2**20, a.ratio * loaded):
                    load_spool()
        if n % 1000 == 0:
            c, th = time.process_time(), threads_cpu()
            marks.append({"n": n, "cpu": round(c - last_c, 2),
                          "low": round(th.get("rocksdb:low", 0) - last_th.get("rocksdb:low", 0), 2),
                          "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10})
            print(json.dumps(marks[-1]), file=sys.stderr, flush=True)
            last_c, last_th = c, th
    if batch:
        data = b"".join(batch)
        if a.mode == "perbatch":
            st.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        else:
            with open(spool, "ab") as f:
                f.write(data)
            spooled += len(data)
    load_spool()
    c_load = time.process_time() - c0
    low_load = threads_cpu().get("rocksdb:low", 0)
    if not a.no_optimize:
        st.optimize()
    th = threads_cpu()
    out = {"mode": a.mode, "docs": n, "batch": a.batch, "ratio": a.ratio, "floor": a.floor, "chunk": a.chunk,
           "cpu": round(time.process_time() - c0, 1), "cpu_before_opt": round(c_load, 1),
           "low": round(th.get("rocksdb:low", 0), 1), "low_before_opt": round(low_load, 1),
           "wall": round(time.perf_counter() - t0, 1),
           "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10, "loads": loads,
           "load": os.getloadavg()[0]}
    if a.digest:
        h = hashlib.sha256()
        rows = sorted(str(q) for q in st)
        for r in rows:
            h.update(r.encode())
        out["quads"], out["digest"] = len(rows), h.hexdigest()[:16]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
