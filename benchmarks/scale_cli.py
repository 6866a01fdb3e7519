"""The commands users run, timed end to end: ``kg ingest --store`` and ``kg build`` over a corpus.

Each run starts the real CLI (``python -m kg``) in a fresh temporary folder and
measures wall time, the CPU time of the whole process tree (parent, forkserver,
workers; sampled every 0.1 s with psutil) and its peak resident memory, with the
load average of the machine before and after (the machine may be shared: wall
time then waits for a core, CPU time does not).  ``--limit`` takes the first N
articles (``--fractions`` the first 10%, 30%, ... for growth).

    PYTHONPATH=. nice -n 10 python benchmarks/scale_cli.py --cmd ingest --corpus ant --jobs 2 --runs 3
    PYTHONPATH=. nice -n 10 python benchmarks/scale_cli.py --cmd build --corpus bbc --jobs 2 --runs 3
    PYTHONPATH=. nice -n 10 python benchmarks/scale_cli.py --cmd ingest --corpus ant-full --fractions 0.1,0.3,1 --runs 1
    PYTHONPATH=. python benchmarks/scale_cli.py --cmd ingest --corpus ant --limit 300 --compare ../old-tree

Memory is reported twice: the peak of the summed RSS and of the summed PSS (shared pages
split among the processes that map them; the memory the tree really holds).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale_common import ANT, BBC, ROOT, SHARED, PeakRSS, machine, record

CORPORA = {"ant": ANT, "bbc": BBC, "ant-full": SHARED / "ant_arabic_news" / "ant_full.jsonl.gz"}


def _lines(path: Path) -> Any:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        yield from (ln for ln in f if ln.strip())


def prefix(path: Path, n: int | None, into: Path) -> tuple[Path, int, int]:
    """The first ``n`` articles of a JSONL(.gz) corpus as a plain JSONL file; (file, articles, words)."""
    import json

    count = words = 0
    with open(into, "w", encoding="utf-8") as out:
        for ln in itertools.islice(_lines(path), n):
            out.write(ln if ln.endswith("\n") else ln + "\n")
            count += 1
            words += len(json.loads(ln).get("text", "").split())
    return into, count, words


def command(cmd: str, corpus: Path, out: Path, jobs: int, ner: str) -> list[str]:
    base = [sys.executable, "-m", "kg"]
    if cmd == "ingest":
        return [*base, "ingest", str(corpus), "--store", str(out / "store"), "--jobs", str(jobs), "--ner", ner, "-q"]
    return [*base, "build", str(corpus), "--out", str(out / "graph"), "--format", "nq", "--jobs", str(jobs),
            "--ner", ner, "-q"]


def store_digest(nquads: bytes) -> str:
    """SHA-256 (first 16 hex digits) of a store's N-Quads dump, its lines sorted, and how many lines."""
    import hashlib

    lines = sorted(ln for ln in nquads.split(b"\n") if ln)
    digest = hashlib.sha256(b"\n".join(lines)).hexdigest()[:16]
    return f"{digest} ({len(lines)} lines)"


def digest_store(path: str | Path) -> str:
    """:func:`store_digest` of the store at ``path`` (opened read-only)."""
    import pyoxigraph as ox

    return store_digest(ox.Store.read_only(str(path)).dump(format=ox.RdfFormat.N_QUADS))


def one_run(cmd: str, corpus: Path, jobs: int, ner: str, root: Path = ROOT, digest: bool = False) -> dict[str, Any]:
    tmp = Path(tempfile.mkdtemp(prefix="kg-cli-"))
    env = {**os.environ, "PYTHONPATH": str(root)}
    try:
        load0 = os.getloadavg()[0]
        with PeakRSS(include_self=False) as mem:  # this process only starts kg and samples it
            t = time.perf_counter()
            # cwd: "python -m kg" imports the kg of the current directory before PYTHONPATH
            proc = subprocess.Popen(command(cmd, corpus, tmp, jobs, ner), env=env, cwd=root, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            _out, err = proc.communicate()
            seconds = time.perf_counter() - t
        if proc.returncode != 0:
            raise SystemExit(f"kg {cmd} failed ({proc.returncode}): {err[-2000:]}")
        triples = digest_of = None
        if cmd == "ingest":
            import pyoxigraph as ox

            st = ox.Store.read_only(str(tmp / "store"))
            triples = len(st)
            del st
            if digest:  # in a child: the dump's memory would stay with this process, counted in the next run's peak
                digest_of = subprocess.run(
                    [sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                     "from benchmarks.scale_cli import digest_store; print(digest_store(sys.argv[2]))",
                     str(Path(__file__).resolve().parent.parent), str(tmp / "store")],
                    check=True, capture_output=True, text=True).stdout.strip()
        return {"seconds": seconds, "cpu_s": mem.cpu, "parent_cpu_s": mem.cpu_by_pid.get(proc.pid, 0.0),
                "sampler_cpu_s": round(mem.self_cpu, 1),
                "peak_mb": mem.mb, "peak_pss_mb": mem.pss_mb, "triples": triples, "digest": digest_of,
                "peak_at_s": round(mem.peak_at_s, 1),
                "at_peak": [(role, round(p), round(u)) for role, p, u in mem.at_peak],
                "load": [round(load0, 1), round(os.getloadavg()[0], 1)]}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cmd", choices=("ingest", "build"), default="ingest")
    ap.add_argument("--corpus", default="ant", help="ant, bbc, ant-full, or a JSONL file")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--fractions", default=None, help="comma-separated fractions of --limit (or of the corpus)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--ner", default="crf")
    ap.add_argument("--digest", action="store_true",
                    help="ingest: also the SHA-256 of each run's store, dumped as sorted N-Quads (after the timing)")
    ap.add_argument("--compare", default=None, metavar="TREE",
                    help="also time the kg of another checkout (a git worktree), alternating run by run")
    args = ap.parse_args()
    source = CORPORA.get(args.corpus, Path(args.corpus))
    if not source.exists():
        print(f"skipped: {source} is absent on this machine", file=sys.stderr)
        return
    work = Path(tempfile.mkdtemp(prefix="kg-cli-corpus-"))
    try:
        total = args.limit or sum(1 for _ in _lines(source))
        fractions = [float(f) for f in args.fractions.split(",")] if args.fractions else [1.0]
        print(f"# kg {args.cmd} {args.corpus}: {total} articles, jobs={args.jobs}, ner={args.ner}; {machine()}",
              flush=True)
        for frac in fractions:
            corpus, docs, words = prefix(source, max(1, round(total * frac)), work / "corpus.jsonl")
            trees = [ROOT] + ([Path(args.compare).resolve()] if args.compare else [])
            by_tree: dict[Path, list[dict[str, Any]]] = {t: [] for t in trees}
            for _ in range(args.runs):  # alternating, so both trees meet the same moods of the machine
                for t in trees:
                    by_tree[t].append(one_run(args.cmd, corpus, args.jobs, args.ner, t, args.digest))
                    print(f"# run: {t} {by_tree[t][-1]}", file=sys.stderr, flush=True)
            for tree, rows in by_tree.items():
                report(args, tree, frac, docs, words, rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def report(args: Any, tree: Path, frac: float, docs: int, words: int, rows: list[dict[str, Any]]) -> None:
    med = statistics.median(r["seconds"] for r in rows)
    cpu = statistics.median(r["cpu_s"] for r in rows)
    record("scale_cli", {
        "tree": str(tree),
        "cmd": args.cmd, "corpus": args.corpus, "fraction": frac, "docs": docs, "words": words,
        "jobs": args.jobs, "ner": args.ner, "median_s": round(med, 2),
        "times_s": [round(r["seconds"], 2) for r in rows], "cpu_s_median": round(cpu, 1),
        "cpu_s": [round(r["cpu_s"], 1) for r in rows],
        "parent_cpu_s": [round(r["parent_cpu_s"], 1) for r in rows],
        "sampler_cpu_s": [r.get("sampler_cpu_s") for r in rows], "cpu_ms_per_1000_words": round(1e6 * cpu / words, 1),
        # the parent (kg's own process: reading, linking, the store) and the rest (workers, fork server)
        "parent_ms_per_1000_words": [round(1e6 * r["parent_cpu_s"] / words, 1) for r in rows],
        "workers_ms_per_1000_words": [round(1e6 * (r["cpu_s"] - r["parent_cpu_s"]) / words, 1) for r in rows],
        "words_per_s_per_core": round(words / med / args.jobs), "words_per_cpu_s": round(words / cpu),
        "peak_mb": [round(r["peak_mb"]) for r in rows], "peak_pss_mb": [round(r["peak_pss_mb"]) for r in rows],
        "triples": rows[0]["triples"], "digests": [r.get("digest") for r in rows], "load": [r["load"] for r in rows], "machine": machine(),
        "peak_at_s": [r["peak_at_s"] for r in rows], "at_peak": [r["at_peak"] for r in rows],
    })


if __name__ == "__main__":
    main()
