"""Check that a speed change leaves kg's output byte-identical: the N-Quads of `kg ingest` on small corpora.

For each corpus, the documents go through :func:`kg.store.ingest` with ``jobs=1`` (the
workers' :func:`kg.parallel.process_document`, the parent's linking, the prepared writes,
the entity-layer diff, the writer thread and ``optimize``: everything `kg ingest --jobs N`
runs, in one process).  Written to ``OUT/<name>.worker.nq`` (what ``process_document``
returned for each document, in input order) and ``OUT/<name>.store.nq`` (every quad of the
store, meta graph and union copy included, sorted).  Run it once in a baseline tree, once
in the changed tree, and compare the files (``--compare BASE_DIR`` does it):

    cd <baseline worktree> && PYTHONPATH=. python <this tree>/benchmarks/scale_same.py --out /tmp/same/base
    PYTHONPATH=. python benchmarks/scale_same.py --out /tmp/same/new --compare /tmp/same/base

Prints the CPU seconds of each corpus (``process_document`` alone and the whole ingest).
"""
from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

CORPORA = {
    "ant300": ("/tmp/lead/ant600.jsonl", 300),
    "bbc100": ("/tmp/review_s5/bbc100.jsonl", 100),
    "snn200": ("/tmp/lead/s6/snn200.jsonl", 200),
}


def _first(path: str, n: int, into: Path) -> Path:
    with open(path, encoding="utf-8") as src, open(into, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, n))
    return into


def run_corpus(name: str, path: str, n: int, out: Path) -> dict[str, float]:
    from kg import parallel
    from kg.store import Store, ingest

    worker_rows: list[bytes] = []
    spent = [0.0]
    original = parallel.process_document

    def recording(doc, options):  # type: ignore[no-untyped-def]
        t = time.process_time()
        outcome = original(doc, options)
        spent[0] += time.process_time() - t
        if isinstance(outcome, parallel.DocResult):
            worker_rows.append(f"# {outcome.id}\n".encode() + outcome.nquads + b"# layer\n" + outcome.entity_nquads)
        else:
            worker_rows.append(f"# skipped {outcome.id}: {outcome.reason}\n".encode())
        return outcome

    parallel.process_document = recording  # type: ignore[assignment]
    try:
        # a fixed input path: documents record where they came from (kg:sourcePath)
        inputs = Path(tempfile.gettempdir()) / "kg_scale_same"
        inputs.mkdir(exist_ok=True)
        src = _first(path, n, inputs / f"{name}.jsonl")
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.process_time()
            with Store(Path(tmp) / "store") as st:
                report = ingest([src], st, jobs=1)
                rows = sorted(str(q) for q in st.quads(internal=True))
            total = time.process_time() - t0
    finally:
        parallel.process_document = original  # type: ignore[assignment]
    (out / f"{name}.worker.nq").write_bytes(b"".join(worker_rows))
    (out / f"{name}.store.nq").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return {"process_document_cpu": round(spent[0], 2), "ingest_cpu": round(total, 2), "quads": len(rows),
            "added": report.added}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="directory for the N-Quads files")
    ap.add_argument("--only", default=None, help="comma-separated corpus names (default: all)")
    ap.add_argument("--compare", default=None, metavar="BASE_DIR", help="compare with the files of a baseline run")
    ap.add_argument("--input", action="append", default=[], metavar="NAME=JSONL",
                    help="read a corpus from another file (its first N articles as above), e.g. ant300=/tmp/ant.jsonl; "
                         "a NAME not above (ant1000=/tmp/ant1000.jsonl) reads every article of the file")
    args = ap.parse_args()
    for spec in args.input:
        name, _, path = spec.partition("=")
        if not name or not path:
            ap.error("--input takes NAME=JSONL")
        CORPORA[name] = (path, CORPORA[name][1] if name in CORPORA else 10**9)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    names = args.only.split(",") if args.only else list(CORPORA)  # the corpora above and those --input adds
    for name in names:
        path, n = CORPORA[name]
        if not Path(path).exists():
            print(f"{name}: {path} missing, skipped")
            continue
        stats = run_corpus(name, path, n, out)
        print(name, json.dumps(stats), flush=True)
    if not args.compare:
        return 0
    same = True
    for name in names:
        for kind in ("worker", "store"):
            a, b = Path(args.compare) / f"{name}.{kind}.nq", out / f"{name}.{kind}.nq"
            if not (a.exists() and b.exists()):
                continue
            ha, hb = (hashlib.sha256(p.read_bytes()).hexdigest()[:16] for p in (a, b))
            print(f"{name}.{kind}.nq: {'same' if ha == hb else 'DIFFERENT'} ({ha} / {hb}, {b.stat().st_size} bytes)")
            same &= ha == hb
    print("byte-identical" if same else "OUTPUT CHANGED")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
