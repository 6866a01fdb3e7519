"""Helpers shared by the benchmarks/scale_*.py scripts: timing, medians, peak memory of a process tree."""
from __future__ import annotations

import json
import os
import resource
import statistics
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
ANT = SHARED / "ant_arabic_news" / "ant_multisource_sample.jsonl"
BBC = SHARED / "bbc_news_en" / "bbc_news_2225.jsonl"
OUT = ROOT / "benchmarks" / "out"


class PeakRSS:
    """Samples the resident memory of this process and all its children; keeps the peak of the sum.

    Two sums: RSS (``peak``: pages shared by several processes, such as the models the
    fork server loaded for its workers and the shared libraries, count once per process)
    and PSS (``peak_pss``: the proportional set size, each shared page split among the
    processes that map it, so the sum is the memory the tree really holds).

    Uses psutil when installed (``pip install psutil``); otherwise falls back to
    ``getrusage`` (parent peak + largest child peak, an estimate).
    """

    def __init__(self, every: float = 0.1, *, include_self: bool = True) -> None:
        self.every = every
        #: whether this process's CPU counts in :attr:`cpu` (it is kg's parent when kg runs in-process;
        #: not when the benchmark only starts ``python -m kg`` and samples it)
        self.include_self = include_self
        #: CPU seconds this process spent since ``__enter__`` (the sampling itself, when kg runs in a child)
        self.self_cpu = 0.0
        self.peak = 0
        self.peak_pss = 0
        self.cpu_by_pid: dict[int, float] = {}
        #: at the peak of the summed PSS: (role, PSS MB, USS MB) per process
        self.at_peak: list[tuple[str, float, float]] = []
        self.peak_at_s = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> PeakRSS:
        try:
            import psutil
        except ImportError:
            return self
        me = psutil.Process(os.getpid())
        start = time.perf_counter()
        t0 = me.cpu_times()
        own0 = t0.user + t0.system  # the process's CPU before this run: not the run's

        def sample() -> None:
            while not self._stop.is_set():
                total = pss = 0
                rows = []
                try:
                    procs = [me, *me.children(recursive=True)]
                except psutil.Error:
                    procs = [me]
                for p in procs:
                    try:
                        full = p.memory_full_info()  # /proc/PID/smaps_rollup on Linux
                        total += full.rss
                        pss += getattr(full, "pss", full.rss)
                        rows.append((_role(p, me), getattr(full, "pss", full.rss) / 2**20,
                                     getattr(full, "uss", full.rss) / 2**20))
                        t = p.cpu_times()  # own time only: reaped children are sampled themselves
                        if p.pid == me.pid:
                            self.self_cpu = t.user + t.system - own0
                            if self.include_self:
                                self.cpu_by_pid[p.pid] = self.self_cpu
                        else:
                            self.cpu_by_pid[p.pid] = t.user + t.system
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
                if pss > self.peak_pss:
                    self.peak_pss = pss
                    self.at_peak = rows
                    self.peak_at_s = time.perf_counter() - start
                self._stop.wait(self.every)

        self._thread = threading.Thread(target=sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        else:
            ru_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            ru_kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
            self.peak = ru_self + ru_kids

    @property
    def cpu(self) -> float:
        """CPU seconds (user + system) of the whole tree since ``__enter__``, as last sampled (psutil only);
        this process's own only with ``include_self``."""
        return sum(self.cpu_by_pid.values())

    @property
    def mb(self) -> float:
        return self.peak / 2**20

    @property
    def pss_mb(self) -> float:
        return self.peak_pss / 2**20


def _role(p: Any, me: Any) -> str:
    """What a sampled process is: the benchmark itself, kg's parent, its fork server, a worker, ..."""
    import psutil

    if p.pid == me.pid:
        return "benchmark"
    try:
        cmd = " ".join(p.cmdline())
        parent = p.ppid()
    except Exception:  # noqa: BLE001
        return "?"
    if parent == me.pid:
        return "kg"
    if "resource_tracker" in cmd:
        return "resource_tracker"
    try:
        grandparent = psutil.Process(parent).ppid()
    except Exception:  # noqa: BLE001
        return "?"
    if "forkserver" in cmd and grandparent == me.pid:  # kg's child; the workers are the server's
        return "forkserver"
    return "worker"


def median_of(runs: int, fn: Callable[[], float]) -> tuple[float, list[float]]:
    """Run ``fn`` (which returns seconds) ``runs`` times; the median and every time."""
    times = [fn() for _ in range(runs)]
    return statistics.median(times), times


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def record(name: str, row: dict[str, Any]) -> None:
    """Append one result as a JSON line to benchmarks/out/NAME.jsonl and print it."""
    OUT.mkdir(parents=True, exist_ok=True)
    row = {"at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), **row}
    with open(OUT / f"{name}.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(json.dumps(row, ensure_ascii=False), flush=True)


def machine() -> str:
    """One line about the machine, for the record."""
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return f"{os.cpu_count()} cores, load {load:.1f} at start (shared machine)"
