"""The parent's share of ``kg ingest`` alone: record the workers' outcomes once, replay them.

``record`` runs the workers (:func:`kg.parallel.run`, ``returns="document"``) over a
corpus and pickles every outcome; ``replay`` feeds them to what the parent of
``kg ingest`` does (:func:`kg.parallel.link`, :class:`kg.store.Prepared`, the writer
thread of :func:`kg.store.ingest`, ``optimize``) and prints its CPU time, wall time,
peak RSS and CPU-seconds per 1,000 articles.  Two trees (before / after a change) can
replay the same outcomes side by side; give the tree to test with ``--tree``.

    PYTHONPATH=. nice -n 10 python benchmarks/scale_replay.py record CORPUS.jsonl OUT.pkl
    PYTHONHASHSEED=0 nice -n 10 python benchmarks/scale_replay.py replay OUT.pkl STORE_DIR --tree /path/to/tree
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def outcomes(path: Path) -> Iterator[Any]:
    with open(path, "rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def record(corpus: Path, out: Path, jobs: int, ner: str) -> None:
    import kg.parallel as P
    from kg.pipeline import documents

    P.one_blas_thread()
    with open(out, "wb") as f:
        for o in P.run(documents([str(corpus)]), jobs=jobs, ner=ner, returns="document"):
            pickle.dump(o, f, protocol=5)


_TICK = os.sysconf("SC_CLK_TCK")


def threads_cpu(names: dict[int, str] | None = None) -> dict[str, float]:
    """CPU seconds of this process's live threads, summed by thread name (``rocksdb:low``, ``python`` ...);
    ``names`` names threads by native id (Python 3.11 leaves its threads' OS names alone)."""
    out: dict[str, float] = {}
    for task in Path("/proc/self/task").iterdir():
        try:
            name = (names or {}).get(int(task.name)) or (task / "comm").read_text().strip()
            fields = (task / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        name = "rocksdb:low" if name.startswith("rocksdb:low") else "rocksdb:high" if name.startswith("rocksdb:high") \
            else name
        out[name] = out.get(name, 0.0) + (int(fields[11]) + int(fields[12])) / _TICK
    return out


def rss_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) >> 10
    return 0


def _trimmed_rss() -> int:
    """RSS after a full collection and glibc's ``malloc_trim`` (memory freed but kept by malloc returned)."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except OSError:
        pass
    return rss_mb()


def probe(st: Any, entities: Any, events: Any) -> dict[str, int]:
    """What the parent's memory holds at the end of a replay: MB freed by dropping the linking
    indexes, by flushing RocksDB's memtables, by closing the store."""
    out = {"rss": rss_mb(), "trimmed": _trimmed_rss()}
    st.oxigraph.flush()
    out["after_flush"] = _trimmed_rss()
    entities.__dict__.clear()
    events.__dict__.clear()
    out["without_indexes"] = _trimmed_rss()
    return out


def replay(path: Path, store_dir: Path, limit: int | None, batch: int = 200, *,
           memory_probe: bool = False, spool: bool = True) -> dict[str, Any]:
    import kg.parallel as P
    import kg.store as S
    from kg.resolve.events import EventIndex
    from kg.resolve.link import EntityIndex

    st = S.Store(store_dir)
    spooling = hasattr(st, "spooling") and spool  # a tree with the spool (kg ingest's own setting)
    if spooling:
        st.spooling = True
    entities, events = EntityIndex(), EventIndex()
    writer = S._Writer(st, batch)
    import inspect

    # a tree whose spool is also loaded near the end of a run (kg ingest counts the articles first)
    tells_left = limit is not None and "left" in inspect.signature(writer.put).parameters
    pending: list[Any] = []
    n = 0
    c0, t0 = time.process_time(), time.perf_counter()
    last, marks = c0, []
    import threading

    tids = {threading.get_native_id(): "main", writer._thread.native_id: "writer"}
    th_last = threads_cpu(tids)
    triples = triples_last = 0
    import gc

    collected = {0: 0.0, 1: 0.0, 2: 0.0}  # CPU seconds of the cyclic collector, by generation
    started: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started.append(time.thread_time())
        elif started:
            collected[info["generation"]] += time.thread_time() - started.pop()

    gc.callbacks.append(on_gc)
    gc_last = dict(collected)
    for o in outcomes(path):
        if limit is not None and n >= limit:
            break
        if not isinstance(o, P.DocResult) or o.doc is None:
            continue
        _linked, _joined, valid = P.link(o, entities, events)
        data = S.Prepared.from_written(o.doc, o.nquads, o.entity_nquads) if valid else S.Prepared.from_document(o.doc)
        pending.append((data, o.doc.id, o.doc.content_hash))
        triples += data.nquads.count(b"\n") // 2
        n += 1
        if len(pending) >= batch:
            writer.put(pending, *([max(0, limit - n)] if tells_left else []))  # type: ignore[operator]
            pending = []
        if n % 1000 == 0:
            c = time.process_time()
            th = threads_cpu(tids)
            low = th.get("rocksdb:low", 0.0) - th_last.get("rocksdb:low", 0.0)
            mine = th.get("main", 0.0) - th_last.get("main", 0.0)
            wr = th.get("writer", 0.0) - th_last.get("writer", 0.0)
            marks.append({"n": n, "cpu": round(c - last, 2), "low": round(low, 2), "main": round(mine, 2),
                          "writer": round(wr, 2), "triples": triples - triples_last, "rss": rss_mb(),
                          "gc": [round(collected[g] - gc_last[g], 2) for g in (0, 1, 2)],
                          "maxrss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10})
            print(json.dumps(marks[-1]), file=sys.stderr, flush=True)
            last, th_last, triples_last, gc_last = c, th, triples, dict(collected)
    if pending:
        writer.put(pending, *([0] if tells_left else []))
    writer.close()
    if spooling:
        st.load_spool()
    probed = probe(st, entities, events) if memory_probe else None
    c_opt = time.process_time()
    st.oxigraph.optimize()
    gc.callbacks.remove(on_gc)
    th = threads_cpu(tids)
    st.close()
    return {"tree": S.__file__, "docs": n, "batch": batch, "spool": spooling, "cpu_s": round(time.process_time() - c0, 1),
            "optimize_cpu_s": round(time.process_time() - c_opt, 1),
            "rocksdb_low_s": round(th.get("rocksdb:low", 0.0), 1), "triples": triples,
            "gc_s": [round(collected[g], 1) for g in (0, 1, 2)],
            "wall_s": round(time.perf_counter() - t0, 1),
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10, "per_1000": marks, "probe": probed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("record", "replay"))
    ap.add_argument("source", type=Path, help="record: the corpus; replay: the recorded outcomes")
    ap.add_argument("target", type=Path, help="record: where to pickle the outcomes; replay: a new store directory")
    ap.add_argument("--tree", default=str(Path(__file__).resolve().parent.parent), help="the kg tree to import")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--ner", default="kg")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch", type=int, default=200, help="replay: documents per store write (kg ingest --batch)")
    ap.add_argument("--probe", action="store_true", help="replay: at the end, what the parent's memory holds")
    ap.add_argument("--no-spool", action="store_true",
                    help="replay: load each batch's graphs at once (a tree with the spool; kg ingest spools)")
    args = ap.parse_args()
    sys.path.insert(0, args.tree)
    if args.what == "record":
        record(args.source, args.target, args.jobs, args.ner)
    else:
        print(json.dumps(replay(args.source, args.target, args.limit, args.batch, memory_probe=args.probe,
                                spool=not args.no_spool)))


if __name__ == "__main__":
    main()
