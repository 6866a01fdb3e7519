"""The timeline of one ``kg ingest --store`` run: when the workers end, how long the spool's loads and the
final ``optimize`` take, and what each process and the parent's threads do meanwhile.

Runs the CLI in this process with timestamps around :func:`kg.parallel.run` (first and last outcome),
the writer thread's ``put`` (time the main thread waited on it) and ``close``, :meth:`kg.store.Store.load_spool`,
:meth:`kg.store.Store.close` and :func:`kg.store.ingest`; a thread samples the CPU of every thread of this
process and of every child process from ``/proc`` every 0.25 s (Linux).  Writes the events and samples as
JSON and prints the phases, the loads, the tail (the parent alone after the last outcome) and the CPU of
each part.

    PYTHONPATH=. nice -n 19 python benchmarks/scale_timeline.py OUT.json ingest /tmp/ant3000.jsonl --store S --jobs 2 -q
    python benchmarks/scale_timeline.py --show OUT.json
"""
from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter
from typing import Any

TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu(stat: str) -> float:
    parts = stat.rsplit(")", 1)[1].split()
    return (int(parts[11]) + int(parts[12])) / TICK


def _threads(pid: int) -> dict[str, float]:
    out: dict[str, float] = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                raw = f.read()
        except OSError:
            continue
        out[f"{raw[raw.index('(') + 1:raw.rindex(')')]}:{tid}"] = _cpu(raw)
    return out


def _sched(path: str) -> tuple[float, float] | None:
    """(seconds on a CPU, seconds waiting for one) of a process or thread: ``/proc/.../schedstat``."""
    try:
        with open(path + "/schedstat") as f:
            run, wait, _ = f.read().split()
    except (OSError, ValueError):
        return None
    return int(run) / 1e9, int(wait) / 1e9


def _demand(pid: int) -> dict[str, tuple[float, float]]:
    """Thread id -> (run, wait) seconds, for every thread of process ``pid``."""
    out: dict[str, tuple[float, float]] = {}
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return out
    for tid in tids:
        got = _sched(f"/proc/{pid}/task/{tid}")
        if got is not None:
            out[tid] = got
    return out


def _children(pid: int) -> list[int]:
    out: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return out


def record(out_path: str, argv: list[str]) -> None:
    import kg.parallel as P
    import kg.store as S
    from kg.cli import app

    t0 = time.perf_counter()
    events: list[dict[str, Any]] = []
    samples: list[dict[str, Any]] = []
    stop = threading.Event()

    def ev(name: str, **kw: Any) -> None:
        events.append({"t": round(time.perf_counter() - t0, 3), "ev": name,
                       "thread": threading.current_thread().name, **kw})

    def sampler() -> None:
        me = os.getpid()
        while not stop.is_set():
            row: dict[str, Any] = {"t": round(time.perf_counter() - t0, 3), "parent": _threads(me), "kids": {},
                                   "sched": {"parent": _demand(me)}}
            todo = _children(me)
            while todo:
                p = todo.pop()
                try:
                    with open(f"/proc/{p}/stat") as f:
                        row["kids"][str(p)] = _cpu(f.read())
                    row["sched"][str(p)] = _demand(p)
                except OSError:
                    pass
                todo += _children(p)
            samples.append(row)
            stop.wait(0.25)

    def wrap(owner: Any, name: str, label: str) -> None:
        real = getattr(owner, name)

        def timed(*a: Any, **k: Any) -> Any:
            extra = {"spooled": a[0]._spooled} if label == "load_spool" else {}
            ev(label + ":start", **extra)
            try:
                return real(*a, **k)
            finally:
                ev(label + ":end")
        setattr(owner, name, timed)

    try:  # how long the interpreter ran before this point (imports of kg's CLI)
        with open("/proc/self/stat") as f:
            started = int(f.read().rsplit(")", 1)[1].split()[19]) / TICK
        with open("/proc/uptime") as f:
            ev("since_exec", s=round(float(f.read().split()[0]) - started, 2))
    except (OSError, ValueError, IndexError):
        pass
    from multiprocessing import forkserver

    wrap(forkserver.ForkServer, "ensure_running", "forkserver")
    wrap(S.Store, "load_spool", "load_spool")
    wrap(S.Store, "close", "store_close")
    wrap(S._Writer, "close", "writer_close")
    waited = {"s": 0.0, "n": 0}
    real_put = S._Writer.put

    def put(self: Any, *a: Any, **k: Any) -> Any:
        t = time.perf_counter()
        try:
            return real_put(self, *a, **k)
        finally:
            waited["s"] += time.perf_counter() - t
            waited["n"] += 1
    S._Writer.put = put  # type: ignore[method-assign]
    real_run = P.run

    def run(*a: Any, **k: Any) -> Any:
        n = 0
        for o in real_run(*a, **k):
            if n == 0:
                ev("first_outcome")
            n += 1
            yield o
        ev("last_outcome", n=n)
    P.run = run  # type: ignore[assignment]
    real_ingest = S.ingest

    def ingest(*a: Any, **k: Any) -> Any:
        ev("ingest:start")
        try:
            return real_ingest(*a, **k)
        finally:
            ev("ingest:end")
    S.ingest = ingest  # type: ignore[assignment]
    threading.Thread(target=sampler, daemon=True).start()
    try:
        app(argv, standalone_mode=False)
    finally:
        ev("end", put_waited_s=round(waited["s"], 3), puts=waited["n"])
        stop.set()
        time.sleep(0.3)
        with open(out_path, "w") as f:
            json.dump({"events": events, "samples": samples}, f)
    show(out_path)


def show(path: str) -> None:
    with open(path) as f:
        data = json.load(f)
    events, samples = data["events"], data["samples"]
    at = {e["ev"]: e["t"] for e in events}
    end = at.get("last_outcome", at.get("run:end", samples[-1]["t"]))  # run:end: the first version's name
    if "since_exec" in at:
        since = next(e["s"] for e in events if e["ev"] == "since_exec")
        print(f"(time 0 is {since} s after the interpreter started: kg's CLI imported)")
    fs = [e["t"] for e in events if e["ev"].startswith("forkserver:")]
    if fs:
        print(f"fork server: first ensure_running {fs[0]:.2f}-{fs[1]:.2f} s (the workers' starts wait on its warm-up: "
              f"last call returned {fs[-1]:.2f} s)")
    print(f"first outcome {at.get('first_outcome', float('nan')):.1f} s, last outcome {end:.1f} s, "
          f"ingest returned {at.get('ingest:end', float('nan')):.1f} s; the main thread waited on the writer "
          f"{events[-1].get('put_waited_s')} s over {events[-1].get('puts')} batches")
    starts = [e for e in events if e["ev"] == "load_spool:start" and e.get("spooled")]
    for s in starts:
        done = min((e["t"] for e in events if e["ev"] == "load_spool:end" and e["t"] >= s["t"]), default=s["t"])
        print(f"  spool load {s['spooled'] / 2**20:.0f} MiB {s['t']:.1f}-{done:.1f} s ({done - s['t']:.1f} s, "
              f"{'after' if s['t'] >= end else 'during'} the run, {s['thread']})")
    kids: dict[str, float] = {}
    run_parent: dict[str, float] = {}
    parent: dict[str, float] = {}
    for s in samples:
        for k, v in s["kids"].items():
            kids[k] = max(kids.get(k, 0.0), v)
        for k, v in s["parent"].items():
            parent[k] = max(parent.get(k, 0.0), v)
            if s["t"] <= end:
                run_parent[k] = max(run_parent.get(k, 0.0), v)
    by_name: Counter[str] = Counter()
    for k, v in parent.items():
        by_name[k.rsplit(":", 1)[0]] += v
    total, during = sum(parent.values()), sum(run_parent.values())
    _demand_report(samples, at, end)
    print(f"CPU-s: children {sorted(round(v, 1) for v in kids.values())}; parent {total:.1f} "
          f"({', '.join(f'{k} {v:.1f}' for k, v in by_name.most_common(4))}); "
          f"the tail: {samples[-1]['t'] - end:.1f} s, parent {total - during:.1f} CPU-s")


def _demand_report(samples: list[dict[str, Any]], at: dict[str, float], end: float) -> None:
    """Where core-seconds went idle: per interval between samples, how many of the tree's threads
    wanted a core (ran or waited on a run queue, ``schedstat``), so that a core our tree left idle is told
    apart from one another job took (which the CPU time alone cannot do on a shared machine)."""
    rows = [s for s in samples if "sched" in s]
    if len(rows) < 2:
        return
    cores = os.cpu_count() or 2
    first = at.get("first_outcome", 0.0)
    phases = {"start": (0.0, first), "run": (first, end), "tail": (end, rows[-1]["t"])}
    idle = dict.fromkeys(phases, 0.0)
    ran: dict[str, float] = {}  # process -> seconds on a core (the threads seen)
    for r in rows:
        for k, threads in r["sched"].items():
            ran[k] = max(ran.get(k, 0.0), sum(v[0] for v in threads.values()))
    workers = sorted((k for k in ran if k != "parent"), key=lambda k: -ran[k])[:2]
    blocked = dict.fromkeys(workers, 0.0)
    span: dict[str, list[float]] = {}
    for a, b in zip(rows, rows[1:]):
        dt = b["t"] - a["t"]
        if dt <= 0:
            continue
        want = 0.0
        for k, threads in b["sched"].items():
            before = a["sched"].get(k, {})
            d = r = 0.0
            for tid, (run, wait) in threads.items():
                r0, w0 = before.get(tid, (0.0, 0.0))
                r += run - r0
                d += (run - r0) + (wait - w0)
            want += min(d / dt, cores) if k == "parent" else min(d / dt, 1.0)
            if r > 0.01:
                span.setdefault(k, [a["t"], b["t"]])[1] = b["t"]
            if k in blocked and first <= a["t"] and b["t"] <= end:
                blocked[k] += max(0.0, dt - d)
        mid = (a["t"] + b["t"]) / 2
        for name, (lo, hi) in phases.items():
            if lo <= mid < hi:
                idle[name] += max(0.0, cores - want) * dt
    print("core-seconds no thread of the tree wanted (" + str(cores) + " cores): " +
          ", ".join(f"{k} {v:.1f} (of {cores * (phases[k][1] - phases[k][0]):.1f})" for k, v in idle.items()))
    for k in workers:
        lo, hi = span.get(k, [0.0, 0.0])
        print(f"  worker {k}: ran {lo:.1f}-{hi:.1f} s, blocked (neither running nor waiting for a core) "
              f"{blocked[k]:.1f} s between the first and the last outcome")
    others = [k for k in span if k not in workers and k != "parent"]
    for k in others:
        print(f"  child {k}: ran {span[k][0]:.1f}-{span[k][1]:.1f} s, {ran[k]:.1f} s on a core")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--show"]:
        show(sys.argv[2])
    else:
        record(sys.argv[1], sys.argv[2:])
