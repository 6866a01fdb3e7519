"""kg.parallel replaces a pool worker after WORKER_TASKS tasks (its memory does not grow with the corpus)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from kg import parallel

ROOT = Path(__file__).resolve().parent.parent

needs_311 = pytest.mark.skipif(sys.version_info < (3, 11), reason="max_tasks_per_child is Python 3.11's")


def _python(code: str, timeout: float = 120) -> str:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True,
                         timeout=timeout, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_worker_tasks_only_with_the_fork_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "WORKER_TASKS", 250)
    assert parallel.worker_tasks("spawn") is None  # a spawned worker loads every model again
    assert parallel.worker_tasks("fork") is None  # ProcessPoolExecutor refuses it
    assert parallel.worker_tasks("forkserver") == (250 if sys.version_info >= (3, 11) else None)
    monkeypatch.setattr(parallel, "WORKER_TASKS", None)
    assert parallel.worker_tasks("forkserver") is None


@needs_311
def test_recycling_pool_replaces_every_worker_and_finishes() -> None:
    # CPython's own pool hangs on this (python/cpython gh-115634): one worker, two tasks each,
    # ten tasks queued at once; the recycling pool runs them all, each pair in a new process
    out = _python("""
        import multiprocessing as mp, os
        from kg.parallel import _recycling_pool
        if __name__ == "__main__":
            pool = _recycling_pool()(max_workers=1, mp_context=mp.get_context("forkserver"), max_tasks_per_child=2)
            futures = [pool.submit(os.getpid) for _ in range(10)]
            pids = [f.result(timeout=60) for f in futures]
            pool.shutdown(wait=True)
            print(len(pids), len(set(pids)))
    """)
    assert out.split() == ["10", "5"]


@needs_311
def test_run_with_recycled_workers_gives_the_same_outcomes() -> None:
    # every worker replaced after one chunk: the same documents come back, in order, with the
    # same N-Quads as without replacement and as in one process
    out = _python("""
        import hashlib
        import kg.parallel as P
        from kg.model import Document
        def docs():
            for i in range(14):
                yield Document(id=f"d{i}", text=f"President Vladimir Putin met the Chinese foreign minister in Moscow ({i}).", lang="en")
        def digest(outcomes):
            return hashlib.sha256(b"".join(o.id.encode() + o.nquads for o in outcomes)).hexdigest()[:16]
        if __name__ == "__main__":
            P.WORKER_TASKS = 1
            a = list(P.run(docs(), jobs=2, ner="none", chunk_size=2))
            P.WORKER_TASKS = None
            b = list(P.run(docs(), jobs=2, ner="none", chunk_size=2))
            c = list(P.run(docs(), jobs=1, ner="none", chunk_size=2))
            print(len(a), [o.id for o in a] == [f"d{i}" for i in range(14)], digest(a) == digest(b) == digest(c))
    """, timeout=240)
    assert out.split() == ["14", "True", "True"]


def test_no_recycling_where_the_pools_private_methods_are_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    from concurrent.futures import ProcessPoolExecutor

    monkeypatch.delattr(ProcessPoolExecutor, "_spawn_process", raising=False)
    assert parallel.worker_tasks("forkserver") is None
