"""Crash safety of ``kg ingest --store``: kill -9 in the middle, run again, check nothing is lost or doubled.

Each trial starts ``kg ingest CORPUS --store DIR`` on a fresh store, sends SIGKILL
at a random moment, runs the same command again to completion, then opens the
store and compares it with a reference store ingested without interruption:

* lost: documents of the corpus missing from the store;
* doubled: documents whose named graph holds more triples than in the reference
  (a document written twice, or half of an old write left behind);
* short: documents whose graph holds fewer triples than in the reference;
* the store must open read-only and answer a query;
* every document graph must hold exactly one ``kg:contentHash`` and one ``a kg:Document``
  (two would be two versions of it mixed), and the meta graph one record per document;
* no process of the killed run (fork server, workers) may outlive it by more than 15 s;
* the entity layer's triple count is compared too (linking depends on the order of
  writes, so a difference there is reported, not counted as loss).

kg's code is copied to a temporary folder first and every run uses that copy, so
other work on the tree cannot change the pipeline's output between runs; the
reference is ingested twice to show the pipeline itself is deterministic.

    PYTHONPATH=. nice -n 10 python benchmarks/scale_kill.py --trials 20 --docs 250 --jobs 2
    PYTHONPATH=. nice -n 10 python benchmarks/scale_kill.py --trials 12 --docs 150 --jobs 2 --batch 20
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale_common import ANT, ROOT, machine, record

ENTITY_GRAPH = "https://w3id.org/newskg/id/graph/entities"
META_GRAPH = "https://w3id.org/newskg/id/graph/meta"


def make_corpus(path: Path, n: int) -> int:
    """The first ``n`` ANT articles (or copies of the bundled example when ANT is absent)."""
    lines: list[str] = []
    if ANT.exists():
        with open(ANT, encoding="utf-8") as f:
            lines = [ln for ln in itertools.islice(f, n) if ln.strip()]
    else:
        text = (ROOT / "examples" / "cnn_arabic_kim_krivoruchko.txt").read_text(encoding="utf-8")
        lines = [json.dumps({"id": f"ex-{i}", "text": text + f"\n({i})"}, ensure_ascii=False) + "\n" for i in range(n)]
    path.write_text("".join(lines), encoding="utf-8")
    return len(lines)


JOBS = 2
#: Documents per write; None: what ``kg ingest`` uses.  Small batches put kills inside the
#: bulk load -> record window of later batches, not only before the first commit.
BATCH: int | None = None


def ingest_cmd(corpus: Path, store: Path, ner: str) -> list[str]:
    if BATCH is not None:
        code = (f"from kg.store import ingest; ingest([{str(corpus)!r}], {str(store)!r}, ner={ner!r}, "
                f"jobs={JOBS}, batch={BATCH})")
        return [sys.executable, "-c", code]
    return [sys.executable, "-m", "kg", "ingest", str(corpus), "--store", str(store), "--ner", ner,
            "--jobs", str(JOBS), "--quiet"]


def snapshot_code(work: Path) -> dict[str, str]:
    """Copy kg/ into ``work`` and return an environment whose PYTHONPATH points at the copy."""
    dest = work / "code"
    shutil.copytree(ROOT / "kg", dest / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(dest)}


def integrity(store: Path) -> dict[str, int]:
    """Documents whose graph holds two versions, and documents recorded twice in the meta graph."""
    import pyoxigraph as ox

    st = ox.Store.read_only(str(store))
    mixed = st.query("""SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?g WHERE {
        GRAPH ?g { ?d <https://w3id.org/newskg/ontology#contentHash> ?h } } GROUP BY ?g HAVING (COUNT(?h) > 1) } }""")
    typed = st.query("""SELECT (COUNT(*) AS ?n) WHERE { { SELECT ?g WHERE {
        GRAPH ?g { ?d a <https://w3id.org/newskg/ontology#Document> } } GROUP BY ?g HAVING (COUNT(?d) > 1) } }""")
    meta = st.query(f"""SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT ?id WHERE {{
        GRAPH <{META_GRAPH}> {{ ?m <https://w3id.org/newskg/store#docId> ?id }} }} GROUP BY ?id
        HAVING (COUNT(?m) > 1) }} }}""")
    # each context pair of an entity state (store format 2) has one key and one count
    pairs = st.query(f"""SELECT (COUNT(*) AS ?n) WHERE {{ {{ SELECT ?w WHERE {{ GRAPH <{META_GRAPH}> {{
        {{ ?w <https://w3id.org/newskg/store#count> ?c }} UNION {{ ?w <https://w3id.org/newskg/store#contextPair> ?k }} }}
        }} GROUP BY ?w HAVING (COUNT(?c) != 1 || COUNT(?k) != 1) }} }}""")
    # the union default graph must hold exactly the triples of the data graphs (kg.union)
    default = {(q.subject, q.predicate, q.object) for q in st.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    data = {(q.subject, q.predicate, q.object) for q in st.quads_for_pattern(None, None, None, None)
            if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name.value != META_GRAPH}
    out = {"two_versions": int(next(iter(mixed))["n"].value) + int(next(iter(typed))["n"].value),  # type: ignore[index]
           "recorded_twice": int(next(iter(meta))["n"].value),  # type: ignore[index]
           "union_wrong": len(default ^ data),
           "pairs_broken": int(next(iter(pairs))["n"].value)}  # type: ignore[index]
    del st
    return out


def graph_sizes(store: Path) -> dict[str, int]:
    """Triples per named graph (document graphs and the entity layer), read-only."""
    import pyoxigraph as ox

    st = ox.Store.read_only(str(store))
    rows = st.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    out = {r["g"].value: int(r["n"].value) for r in rows}  # type: ignore[index]
    del st
    return out


def _descendants(pid: int) -> set[int]:
    """The processes below ``pid`` (fork server, workers, resource tracker)."""
    import psutil

    try:
        return {p.pid for p in psutil.Process(pid).children(recursive=True)}
    except psutil.Error:
        return set()


def _survivors(pids: set[int], grace: float) -> int:
    """How many of ``pids`` still run ``grace`` seconds after their parent was killed (then killed)."""
    def alive(p: int) -> bool:
        try:
            return Path(f"/proc/{p}/stat").read_text().rpartition(")")[2].split()[0] != "Z"
        except OSError:
            return False

    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.2)
    left = [p for p in pids if alive(p)]
    for p in left:
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return len(left)


def run_to_end(cmd: list[str], env: dict[str, str]) -> tuple[int, str]:
    done = subprocess.run(cmd, env=env, cwd=env["PYTHONPATH"], capture_output=True, text=True, check=False)
    return done.returncode, done.stderr[-400:]


def trial(i: int, corpus: Path, ner: str, ref: dict[str, int], full_s: float, env: dict[str, str],
          rng: random.Random, work: Path, unstable: frozenset[str] = frozenset()) -> dict[str, Any]:
    store = work / f"t{i}"
    delay = rng.uniform(0.05, 1.0) * full_s
    proc = subprocess.Popen(ingest_cmd(corpus, store, ner), env=env, cwd=env["PYTHONPATH"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    killed = proc.poll() is None
    below = _descendants(proc.pid)
    if killed:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    orphans = _survivors(below, grace=15.0)
    before = sum(1 for g in graph_sizes(store) if g not in (ENTITY_GRAPH, META_GRAPH)) if store.exists() else 0
    code, err = run_to_end(ingest_cmd(corpus, store, ner), env)
    row: dict[str, Any] = {"trial": i, "kill_after_s": round(delay, 2), "killed": killed,
                           "orphans": orphans, "docs_before_rerun": before, "rerun_exit": code}
    if code != 0:
        row["error"] = err
        return row
    sizes = graph_sizes(store)
    docs_ref = {g for g in ref if g not in (ENTITY_GRAPH, META_GRAPH)}
    docs_got = {g for g in sizes if g not in (ENTITY_GRAPH, META_GRAPH)}
    row["lost"] = len(docs_ref - docs_got)
    row["extra"] = len(docs_got - docs_ref)
    stable = (docs_ref & docs_got) - unstable
    row["doubled"] = sum(1 for g in stable if sizes[g] > ref[g])
    row["short"] = sum(1 for g in stable if sizes[g] < ref[g])
    row["entity_layer_diff"] = sizes.get(ENTITY_GRAPH, 0) - ref.get(ENTITY_GRAPH, 0)
    row.update(integrity(store))
    q = subprocess.run([sys.executable, "-m", "kg", "query", "--store", str(store), "--format", "csv",
                        "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }"],
                       env=env, cwd=env["PYTHONPATH"], capture_output=True, text=True, check=False)
    row["query_ok"] = q.returncode == 0 and q.stdout.strip().splitlines()[-1:] == [str(len(docs_ref))]
    if not row["query_ok"]:
        row["query_out"] = (q.stdout + q.stderr)[-300:]
    shutil.rmtree(store, ignore_errors=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--trials", type=int, default=20)
    ap.add_argument("--docs", type=int, default=120)
    ap.add_argument("--ner", default="none")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--jobs", type=int, default=2, help="kg ingest --jobs")
    ap.add_argument("--batch", type=int, default=None, help="documents per write (kg.store.ingest batch=)")
    args = ap.parse_args()
    global JOBS, BATCH
    JOBS, BATCH = args.jobs, args.batch
    work = Path(tempfile.mkdtemp(prefix="kg-kill-"))
    env = snapshot_code(work)
    rng = random.Random(args.seed)
    try:
        corpus = work / "corpus.jsonl"
        n = make_corpus(corpus, args.docs)
        t = time.perf_counter()
        code, err = run_to_end(ingest_cmd(corpus, work / "ref", args.ner), env)
        full_s = time.perf_counter() - t
        if code != 0:
            raise SystemExit(f"the reference ingest failed: {err}")
        ref = graph_sizes(work / "ref")
        code, err = run_to_end(ingest_cmd(corpus, work / "ref2", args.ner), env)
        ref2 = graph_sizes(work / "ref2")
        unstable = sorted(g for g in set(ref) | set(ref2) if ref.get(g) != ref2.get(g))
        print(f"# {n} articles, reference ingest {full_s:.1f} s, {len(ref) - 2} document graphs, "
              f"{len(unstable)} graphs differ between two clean ingests; {machine()}", flush=True)
        rows = [trial(i, corpus, args.ner, ref, full_s, env, rng, work, frozenset(unstable))
                for i in range(args.trials)]
        for r in rows:
            print(json.dumps(r), flush=True)
        ok = [r for r in rows if r.get("rerun_exit") == 0]
        record("scale_kill", {
            "trials": len(rows), "killed_mid_run": sum(r["killed"] for r in rows), "docs": n,
            "reruns_failed": len(rows) - len(ok), "docs_lost": sum(r["lost"] for r in ok),
            "docs_doubled": sum(r["doubled"] for r in ok), "docs_short": sum(r["short"] for r in ok),
            "docs_extra": sum(r["extra"] for r in ok), "queries_ok": sum(bool(r.get("query_ok")) for r in ok),
            "entity_layer_differs": sum(1 for r in ok if r["entity_layer_diff"]), "ner": args.ner,
            "docs_two_versions": sum(r["two_versions"] for r in ok),
            "docs_recorded_twice": sum(r["recorded_twice"] for r in ok), "jobs": args.jobs, "batch": args.batch,
            "killed_after_a_commit": sum(1 for r in rows if r["killed"] and r["docs_before_rerun"] > 0),
            "union_wrong_triples": sum(r["union_wrong"] for r in ok),
            "processes_left_behind": sum(r["orphans"] for r in rows),
            "graphs_unstable_between_clean_runs": len(unstable),
            "machine": machine(),
        })
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
