"""What a `kg ingest --jobs N` worker's memory holds as it grows: every cache, by name, in MB.

As a worker runs: the fork server's warm-up (:func:`kg._warm.warm`) and ``gc.freeze()``,
then ``os.fork()`` (the child is the worker: its USS is what it holds privately), then
:func:`kg.parallel.process_chunk` over chunks of 8 documents with the options of
`kg ingest --store`.  At each checkpoint (``--at``, documents) it prints one JSON line: the
worker's RSS / PSS / USS, the bytes Python's allocator and malloc hold in use, and the
entries of every cache it finds (each ``functools.lru_cache`` of a ``kg`` module, every
dict or set of more than ``--min`` entries held by a ``kg`` module or by an instance of a
``kg`` class).  At the end it empties the caches one at a time, largest first, and
prints what each one held (the fall of the bytes in use: pymalloc's allocated blocks plus
malloc's in-use bytes, after a collection).

    PYTHONPATH=. nice -n 19 python benchmarks/scale_worker_memory.py CORPUS.jsonl[.gz] --n 4417 --at 1472,4417

(each of two workers gets about half of the articles: 1,472 at 10 % of full ANT, 4,417 at 30 %).
"""
from __future__ import annotations

import argparse
import ctypes
import functools
import gc
import gzip
import itertools
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _pymalloc_bytes() -> int:
    """Bytes in pymalloc's allocated blocks (``sys._debugmallocstats``, which writes to fd 2)."""
    with tempfile.TemporaryFile() as tmp:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        text = tmp.read().decode("utf-8", "replace")
    m = re.search(r"# bytes in allocated blocks\s*=\s*([\d,]+)", text)
    return int(m.group(1).replace(",", "")) if m else 0


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks",
                 "keepcost")]


def _malloc_bytes() -> int:
    """Bytes malloc holds in use (glibc ``mallinfo2``: in-use chunks plus mmapped ones), 0 elsewhere."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        f = libc.mallinfo2
    except (OSError, AttributeError):
        return 0
    f.restype = _Mallinfo2
    mi = f()
    return int(mi.uordblks + mi.hblkhd)


def in_use() -> int:
    gc.collect()
    return _pymalloc_bytes() + _malloc_bytes()


def _proc() -> dict[str, float]:
    import psutil

    m = psutil.Process().memory_full_info()
    return {"rss_mb": round(m.rss / 2**20, 1), "pss_mb": round(m.pss / 2**20, 1), "uss_mb": round(m.uss / 2**20, 1)}


def caches(min_len: int) -> dict[str, tuple[int, Any]]:
    """Name -> (entries, a function that empties it), for every cache of kg's code found.

    Walked from kg's modules (``gc.get_objects`` leaves out what ``gc.freeze()`` froze, the
    warm-up's taggers and lexicons): module globals, classes and instances of kg's classes,
    and the small containers they hold; a dict, set or list of ``min_len`` entries or more,
    or an ``lru_cache`` with entries, is a cache."""
    lru = functools._lru_cache_wrapper  # type: ignore[attr-defined]
    found: dict[str, tuple[int, Any]] = {}
    seen: set[int] = set()

    def add(name: str, n: int, clear: Any) -> None:
        while name in found:
            name += "'"
        found[name] = (n, clear)

    def visit(obj: Any, name: str, depth: int) -> None:
        if id(obj) in seen or depth > 6:
            return
        seen.add(id(obj))
        if isinstance(obj, lru):
            n = obj.cache_info().currsize
            if n:
                add(f"lru {name}", n, obj.cache_clear)
            return
        if isinstance(obj, (dict, set, list)):
            if len(obj) >= min_len:
                add(name, len(obj), obj.clear)
                return
            if len(obj) <= 300:
                items = obj.items() if isinstance(obj, dict) else enumerate(obj)
                for k, v in list(items):
                    visit(v, f"{name}[{k!r}]"[:160], depth + 1)
            return
        if isinstance(obj, tuple) and len(obj) <= 300:
            for i, v in enumerate(obj):
                visit(v, f"{name}[{i}]", depth + 1)
            return
        if isinstance(obj, functools.partial):
            visit(obj.func, name, depth + 1)
            return
        cls = type(obj)
        if isinstance(obj, type):
            if (obj.__module__ or "").startswith("kg"):
                for k, v in list(vars(obj).items()):
                    visit(v, f"{name}.{k}", depth + 1)
            return
        if (getattr(cls, "__module__", "") or "").startswith("kg"):
            d = getattr(obj, "__dict__", None)
            if isinstance(d, dict):
                for k, v in list(d.items()):
                    visit(v, f"{name}.{k}", depth + 1)
            for k in getattr(cls, "__slots__", ()):
                if hasattr(obj, k):
                    visit(getattr(obj, k), f"{name}.{k}", depth + 1)

    for mod_name, mod in list(sys.modules.items()):
        if mod is None or not (mod_name == "kg" or mod_name.startswith("kg.")):
            continue
        for attr, val in list(vars(mod).items()):
            if isinstance(val, type(sys)):
                continue
            visit(val, f"{mod_name}.{attr}", 0)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--n", type=int, default=1472)
    ap.add_argument("--at", default="", help="comma-separated checkpoints (documents); the end always")
    ap.add_argument("--ner", default="crf")
    ap.add_argument("--min", type=int, default=2000, help="dicts and sets with at least this many entries")
    ap.add_argument("--no-fork", action="store_true")
    args = ap.parse_args()

    import kg.graph.rdf  # noqa: F401
    from kg import parallel
    from kg._warm import warm
    from kg.model import Document
    from kg.pipeline import DEFAULT_STEPS

    opener = gzip.open if args.corpus.endswith(".gz") else open
    with opener(args.corpus, "rt", encoding="utf-8") as f:
        rows = [json.loads(ln) for ln in itertools.islice((ln for ln in f if ln.strip()), args.n)]
    from kg.pipeline import documents

    tmp = Path(tempfile.mkdtemp(prefix="kg-wm-")) / "c.jsonl"
    with open(tmp, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    docs: list[Document] = list(documents([str(tmp)]))
    os.unlink(tmp)
    os.rmdir(tmp.parent)
    del rows
    options = parallel.Options(ner=args.ner, steps=tuple(DEFAULT_STEPS), returns="document")
    langs = sorted({d.lang for d in docs[:16]} - {None})
    warm(langs, args.ner, list(options.steps))
    gc.collect()
    gc.freeze()
    if not args.no_fork:
        pid = os.fork()
        if pid:
            _, status = os.waitpid(pid, 0)
            return os.waitstatus_to_exitcode(status)
    parallel.worker_gc()
    at = sorted({int(x) for x in args.at.split(",") if x} | {len(docs)})
    t0 = time.process_time()
    start = {"docs": 0, **_proc(), "in_use_mb": round(in_use() / 2**20, 1)}
    print(json.dumps(start), flush=True)
    done = 0
    for stop in at:
        while done < stop:
            chunk = docs[done: min(done + 8, stop)]
            parallel.process_chunk(chunk, options)
            for i in range(done, done + len(chunk)):
                docs[i] = None  # type: ignore[call-overload]  (as a worker: the document is gone after)
            done += len(chunk)
        row = {"docs": done, "cpu_s": round(time.process_time() - t0, 1), **_proc(),
               "in_use_mb": round(in_use() / 2**20, 1)}
        found = caches(args.min)
        row["caches"] = {k: n for k, (n, _) in sorted(found.items(), key=lambda kv: -kv[1][0])}
        print(json.dumps(row, ensure_ascii=False), flush=True)
    # what each cache holds: empty them one at a time, largest first
    found = caches(args.min)
    before = in_use()
    freed = {}
    for name, (n, clear) in sorted(found.items(), key=lambda kv: -kv[1][0]):
        clear()
        now = in_use()
        freed[name] = [n, round((before - now) / 2**20, 2)]
        before = now
    print(json.dumps({"freed_mb": dict(sorted(freed.items(), key=lambda kv: -kv[1][1])),
                      "after": {**_proc(), "in_use_mb": round(before / 2**20, 1)}}, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
