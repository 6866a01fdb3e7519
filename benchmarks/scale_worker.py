"""The CPU of one `kg ingest --jobs N` worker: :func:`kg.parallel.process_document` over a sample, in one process.

As a worker runs it: the fork server's warm-up (:func:`kg._warm.warm` for the sample's
languages) and ``gc.freeze()`` first, then each document pickled and unpickled (as it
crosses to a worker) and processed with the options `kg ingest --store` gives
(``returns="document"``); ``--worker-gc`` sets the collector as a pool worker does
(:func:`kg.parallel.worker_gc`, where the tree has it).  Prints one JSON line: the warm-up's
CPU-s, the CPU-s of ``process_document`` over the sample (``time.process_time``), the
collector's CPU-s within it and its collections per generation (``gc.callbacks``),
documents, load average.

    PYTHONPATH=. nice -n 19 python benchmarks/scale_worker.py /tmp/ant600.jsonl [--n 600] [--repeat 1] [--worker-gc] [--chunk 8]

Run it from the tree to measure (a baseline worktree runs this file by its path), alternating
with the baseline; only ratios of runs close in time mean anything on a shared machine.
Under py-spy: ``py-spy record -r 200 --format raw -o OUT -- python benchmarks/scale_worker.py ...``.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import pickle
import sys
import time


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", help="a JSONL of articles (as `kg ingest` reads it)")
    ap.add_argument("--n", type=int, default=0, help="the first N documents (0: all)")
    ap.add_argument("--ner", default="kg")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the sample (the first pays the caches)")
    ap.add_argument("--no-gc", action="store_true", help="gc.disable() after the warm-up")
    ap.add_argument("--chunk", type=int, default=0,
                    help="documents per kg.parallel.process_chunk call, as a pool worker gets them (0: process_document "
                         "one at a time, as before; a tree without prepare_ner makes the same calls either way)")
    ap.add_argument("--worker-gc", action="store_true",
                    help="the collector's thresholds a pool worker sets (kg.parallel.worker_gc), where the tree has it")
    args = ap.parse_args()

    t0 = time.process_time()
    import kg.graph.rdf  # noqa: F401  (the fork server preloads it)
    from kg import parallel
    from kg._warm import warm
    from kg.pipeline import DEFAULT_STEPS, documents

    docs = list(documents([args.corpus]))
    if args.n:
        docs = docs[: args.n]
    blobs = [pickle.dumps(d, protocol=pickle.HIGHEST_PROTOCOL) for d in docs]
    del docs
    t_read = time.process_time() - t0
    options = parallel.Options(ner=args.ner, steps=tuple(DEFAULT_STEPS), returns="document")
    langs = sorted({pickle.loads(b).lang for b in blobs[:8]} - {None})
    t1 = time.process_time()
    warm(langs, args.ner, list(options.steps))
    t_warm = time.process_time() - t1
    gc.collect()
    gc.freeze()
    if args.no_gc:
        gc.disable()
    if args.worker_gc and hasattr(parallel, "worker_gc"):
        parallel.worker_gc()  # as a pool worker sets the collector (a tree without it: Python's own)
    collections = [0, 0, 0]
    gc_cpu = [0.0]
    started = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            gc_cpu[0] += time.process_time() - started[0]
            collections[info["generation"]] += 1

    gc.callbacks.append(on_gc)
    load0 = os.getloadavg()[0]
    passes = []
    for _ in range(args.repeat):
        spent = 0.0
        if args.chunk:
            for at in range(0, len(blobs), args.chunk):
                t = time.process_time()
                parallel.process_chunk([pickle.loads(b) for b in blobs[at: at + args.chunk]], options)
                spent += time.process_time() - t
        else:
            for blob in blobs:
                t = time.process_time()
                parallel.process_document(pickle.loads(blob), options)
                spent += time.process_time() - t
        passes.append(round(spent, 3))
    print(json.dumps({"corpus": os.path.basename(args.corpus), "docs": len(blobs), "read_cpu": round(t_read, 2),
                      "warm_cpu": round(t_warm, 2), "process_cpu": passes,
                      "gc_cpu": round(gc_cpu[0], 3), "collections": collections,
                      "load": [round(load0, 2), round(os.getloadavg()[0], 2)],
                      "tree": os.getcwd(), "at": time.strftime("%H:%M:%S")}))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
