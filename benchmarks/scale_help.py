"""Start-up time of ``kg --help`` (target <= 0.3 s): median of --runs fresh interpreters.

Also lists the slowest imports (``python -X importtime``) so a heavy import that
crept into start-up is easy to find, and times bare ``python -c pass`` for reference.

    PYTHONPATH=. nice -n 10 python benchmarks/scale_help.py --runs 7
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scale_common import ROOT, machine, record


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``cmd``.

    CPU time is what the start-up costs; wall time on a shared machine adds waiting.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=False)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed: {done.stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, cpu


def slowest_imports(env: dict[str, str], top: int = 8) -> list[tuple[int, str]]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "kg", "--help"], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=False)
    rows = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = [p.strip() for p in line[len("import time:"):].split("|")]
        try:
            rows.append((int(parts[1]), parts[2]))
        except ValueError:
            continue
    return sorted(rows, reverse=True)[:top]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run([sys.executable, "-m", "kg", "--help"], env)  # warm the file cache and .pyc files
    bare = [run([sys.executable, "-c", "pass"], env) for _ in range(args.runs)]
    kg = [run([sys.executable, "-m", "kg", "--help"], env) for _ in range(args.runs)]
    record("scale_help", {"what": "kg --help", "median_s": round(statistics.median(w for w, _ in kg), 3),
                          "min_s": round(min(w for w, _ in kg), 3),
                          "cpu_median_s": round(statistics.median(c for _, c in kg), 3),
                          "times_s": [round(w, 3) for w, _ in kg],
                          "bare_python_median_s": round(statistics.median(w for w, _ in bare), 3),
                          "bare_python_cpu_median_s": round(statistics.median(c for _, c in bare), 3),
                          "machine": machine()})
    for us, name in slowest_imports(env):
        print(f"  {us / 1000:7.1f} ms cumulative  {name}")


if __name__ == "__main__":
    main()
