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


def replay(path: Path, store_dir: Path, limit: int | None) -> dict[str, Any]:
    import kg.parallel as P
    import kg.store as S
    from kg.resolve.events import EventIndex
    from kg.resolve.link import EntityIndex

    st = S.Store(store_dir)
    entities, events = EntityIndex(), EventIndex()
    writer = S._Writer(st, 200)
    pending: list[Any] = []
    n = 0
    c0, t0 = time.process_time(), time.perf_counter()
    last, marks = c0, []
    for o in outcomes(path):
        if limit is not None and n >= limit:
            break
        if not isinstance(o, P.DocResult) or o.doc is None:
            continue
        _linked, _joined, valid = P.link(o, entities, events)
        data = S.Prepared.from_written(o.doc, o.nquads, o.entity_nquads) if valid else S.Prepared.from_document(o.doc)
        pending.append((data, o.doc.id, o.doc.content_hash))
        n += 1
        if len(pending) >= 200:
            writer.put(pending)
            pending = []
        if n % 1000 == 0:
            c = time.process_time()
            marks.append([n, round(c - last, 1), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10])
            last = c
    if pending:
        writer.put(pending)
    writer.close()
    st.oxigraph.optimize()
    st.close()
    return {"tree": S.__file__, "docs": n, "cpu_s": round(time.process_time() - c0, 1),
            "wall_s": round(time.perf_counter() - t0, 1),
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10, "per_1000": marks}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", choices=("record", "replay"))
    ap.add_argument("source", type=Path, help="record: the corpus; replay: the recorded outcomes")
    ap.add_argument("target", type=Path, help="record: where to pickle the outcomes; replay: a new store directory")
    ap.add_argument("--tree", default=str(Path(__file__).resolve().parent.parent), help="the kg tree to import")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--ner", default="kg")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    sys.path.insert(0, args.tree)
    if args.what == "record":
        record(args.source, args.target, args.jobs, args.ner)
    else:
        print(json.dumps(replay(args.source, args.target, args.limit)))


if __name__ == "__main__":
    main()
