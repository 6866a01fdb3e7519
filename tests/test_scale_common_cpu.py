"""benchmarks/scale_common.PeakRSS: a run's CPU is the run's, and the sampling process's only when it is kg's parent."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from benchmarks.scale_common import PeakRSS

psutil = pytest.importorskip("psutil")


def _burn(seconds: float) -> float:
    start = time.process_time()
    while time.process_time() - start < seconds:
        pass
    return time.process_time()


def test_the_sampling_process_is_left_out_when_kg_runs_in_a_child() -> None:
    _burn(0.2)
    with PeakRSS(every=0.05, include_self=False) as mem:
        child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(0.4)"])
        child.wait()
    assert os.getpid() not in mem.cpu_by_pid
    assert child.pid in mem.cpu_by_pid
    assert mem.cpu == sum(v for pid, v in mem.cpu_by_pid.items())


def test_the_sampling_process_counts_from_the_start_of_the_run_only() -> None:
    before = _burn(0.5)  # this process's CPU before the run: kg's parent had not started yet
    with PeakRSS(every=0.05) as mem:
        time.sleep(0.3)
    assert mem.cpu_by_pid[os.getpid()] < before
    assert mem.self_cpu == mem.cpu_by_pid[os.getpid()]
