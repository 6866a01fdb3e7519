"""What the parent of `kg ingest --store --jobs N` holds as the store grows: Python heap, RocksDB, indexes.

Runs :func:`kg.store.ingest` in this process (as `kg ingest FILE --store DIR --jobs N --ner crf`
does) over the first ``--n`` articles of a corpus.  Every ``--every`` documents (from
``on_document``, in the main thread) it prints one JSON line: the process's RSS and PSS,
the bytes Python's allocator (pymalloc) and malloc hold in use (malloc's include RocksDB's,
which allocates through it), the entries of the linking indexes, and the store's SST files
(count, MB).  At the end, with the store still open: the same, then the fall of the bytes in
use when the linking indexes are dropped and when the store is closed (what RocksDB held:
table readers with their index and filter blocks, memtables, block caches).  A thread samples
RSS / PSS every 0.2 s for the peak.

    PYTHONPATH=. nice -n 19 python benchmarks/scale_parent_memory.py CORPUS.jsonl[.gz] --n 8834 --every 1000
"""
from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale_worker_memory import _malloc_bytes, _pymalloc_bytes  # noqa: E402


def _mem() -> dict[str, float]:
    import psutil

    m = psutil.Process().memory_full_info()
    return {"rss_mb": round(m.rss / 2**20, 1), "pss_mb": round(m.pss / 2**20, 1)}


def _sst(path: Path) -> dict[str, float]:
    files = list(path.glob("*.sst"))
    logs = list(path.glob("*.log"))
    return {"sst_files": len(files), "sst_mb": round(sum(f.stat().st_size for f in files) / 2**20, 1),
            "wal_mb": round(sum(f.stat().st_size for f in logs) / 2**20, 1)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--n", type=int, default=2944)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--store", default=None, help="the store's directory (default: a new temporary one)")
    ap.add_argument("--reopen", type=int, default=None, help="kg.store.REOPEN_DOCS (where the tree has it)")
    ap.add_argument("--flush-chars", type=int, default=None, help="kg.store.FLUSH_CHARS (where the tree has it)")
    args = ap.parse_args()

    import kg.resolve.link as link_mod
    from kg import store as kg_store
    from kg.parallel import one_blas_thread

    one_blas_thread()
    if args.reopen is not None:
        kg_store.REOPEN_DOCS = args.reopen or None
    if args.flush_chars is not None:
        kg_store.FLUSH_CHARS = args.flush_chars
    work = Path(tempfile.mkdtemp(prefix="kg-pm-"))
    corpus = work / "corpus.jsonl"
    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as f, open(corpus, "w", encoding="utf-8") as out:
        for ln in itertools.islice((ln for ln in f if ln.strip()), args.n):
            out.write(ln if ln.endswith("\n") else ln + "\n")
    path = Path(args.store) if args.store else work / "store"

    held: dict[str, Any] = {}
    original = link_mod.EntityIndex.from_store.__func__  # type: ignore[attr-defined]

    def from_store(cls: Any, store: Any) -> Any:
        held["entities"] = original(cls, store)
        return held["entities"]

    link_mod.EntityIndex.from_store = classmethod(from_store)  # type: ignore[method-assign]
    updated = [0, 0]  # SPARQL updates, their bytes (deletes and inserted quads as text)
    original_update = kg_store.Store._update

    def _update(self: Any, deletes: list[str], inserts: list[Any]) -> None:
        updated[0] += 1
        updated[1] += sum(len(d) for d in deletes) + sum(len(str(q)) for q in inserts)
        original_update(self, deletes, inserts)

    kg_store.Store._update = _update  # type: ignore[method-assign]

    peak = {"pss_mb": 0.0, "rss_mb": 0.0, "at_s": 0.0}
    stop = threading.Event()
    t0 = time.perf_counter()

    def sample() -> None:
        while not stop.wait(0.2):
            m = _mem()
            if m["pss_mb"] > peak["pss_mb"]:
                peak.update(pss_mb=m["pss_mb"], rss_mb=m["rss_mb"], at_s=round(time.perf_counter() - t0, 1))

    threading.Thread(target=sample, daemon=True).start()

    def entities_size() -> dict[str, int]:
        ix = held.get("entities")
        if ix is None:
            return {}
        return {k: len(v) for k, v in vars(ix).items() if hasattr(v, "__len__") and not isinstance(v, str)}

    def row(docs: int) -> dict[str, Any]:
        return {"docs": docs, "s": round(time.perf_counter() - t0, 1), "cpu_s": round(time.process_time(), 1), **_mem(),
                "pymalloc_mb": round(_pymalloc_bytes() / 2**20, 1), "malloc_mb": round(_malloc_bytes() / 2**20, 1),
                **_sst(path), "entity_index": entities_size(),
                "updates": updated[0], "update_mb": round(updated[1] / 2**20, 1)}

    count = [0]

    def on_document(_doc: Any) -> None:
        count[0] += 1
        if count[0] % args.every == 0:
            print(json.dumps(row(count[0])), flush=True)

    st = kg_store.Store(path)
    report = kg_store.ingest([str(corpus)], st, ner="crf", jobs=args.jobs, on_document=on_document)
    stop.set()
    end = row(count[0])
    end["peak"] = peak
    end["added"] = report.added
    print(json.dumps(end), flush=True)
    gc.collect()
    kg_store._trim()
    before = _pymalloc_bytes() + _malloc_bytes()
    held.clear()
    gc.collect()
    kg_store._trim()
    mid = _pymalloc_bytes() + _malloc_bytes()
    st.oxigraph.flush()
    kg_store._trim()
    flushed = _pymalloc_bytes() + _malloc_bytes()
    st.close()
    del st
    gc.collect()
    kg_store._trim()
    after = _pymalloc_bytes() + _malloc_bytes()
    print(json.dumps({"freed_mb": {"entity_index": round((before - mid) / 2**20, 1),
                                   "memtables_flush": round((mid - flushed) / 2**20, 1),
                                   "store_close": round((flushed - after) / 2**20, 1)},
                      "after_close": {**_mem(), "in_use_mb": round(after / 2**20, 1)}}), flush=True)
    import shutil

    shutil.rmtree(work, ignore_errors=True)  # the corpus, and the store unless --store named one elsewhere
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
