"""kg.parallel's worker processes: they share the models the fork server loaded, and die with their parent."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: A parent that runs a pool of two workers over an endless stream and reports their pids.
PARENT = textwrap.dedent("""
    import itertools, os, sys
    from kg.model import Document
    from kg.parallel import run

    def docs():
        for i in itertools.count():
            yield Document(id=f"d{i}", text=" ".join(f"Russian President Vladimir Putin visited Pyongyang ({i}, {k})." for k in range(150)), lang="en")

    if __name__ == "__main__":
        for n, outcome in enumerate(run(docs(), jobs=2, ner="none", chunk_size=2)):
            if n == 4:
                print("running", flush=True)
""")


def _descendants(pid: int) -> set[int]:
    """Every process below ``pid`` (from /proc; Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rpartition(")")[2].split()[1])
            children.setdefault(ppid, []).append(int(entry))
    found, todo = set(), [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            found.add(c)
            todo.append(c)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_workers_and_fork_server_end_when_the_parent_is_killed(tmp_path: Path) -> None:
    """kill -9 of kg leaves no process behind (they used to block for ever, holding the models)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = tmp_path / "parent.py"
    script.write_text(PARENT, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env,
                              cwd=tmp_path)
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline().strip() == "running"
        time.sleep(3)  # let results pile up: a worker then blocks writing one nobody reads
        below = _descendants(parent.pid)
        assert len(below) >= 3, "a fork server and two workers"
        parent.send_signal(signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and any(_alive(p) for p in below):
            time.sleep(0.2)
        left = sorted(p for p in below if _alive(p))
        for p in left:  # do not leave them behind even when the test fails
            os.kill(p, signal.SIGKILL)
        assert left == [], "processes outlived their killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()


#: Starts the fork server as kg.parallel.run does, then asks a worker what it inherited.
WARM = textwrap.dedent("""
    import gc, multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from kg.model import Document
    from kg.parallel import Options, _start_forkserver

    if __name__ == "__main__":
        ctx = mp.get_context("forkserver")
        tasks = iter([("skip", "s"), ("work", [Document(id="a", text="Putin met Xi in Moscow.", lang="en")]),
                      ("work", "later")])
        rest = list(_start_forkserver(ctx, tasks, Options(ner="{ner}")))
        assert rest[0] == ("skip", "s") and rest[2] == ("work", "later"), rest
        with ProcessPoolExecutor(1, mp_context=ctx) as pool:
            print(pool.submit(gc.get_freeze_count).result())
""")


@pytest.mark.skipif("forkserver" not in __import__("multiprocessing").get_all_start_methods(),
                    reason="no fork server on this platform")
def test_workers_start_with_the_models_the_fork_server_loaded(tmp_path: Path) -> None:
    script = tmp_path / "warm.py"
    script.write_text(WARM.replace("{ner}", "kg"), encoding="utf-8")
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, cwd=tmp_path,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, timeout=300)
    assert int(out.stdout) > 1000, "the worker inherits the warmed-up (and frozen) objects of the fork server"


def test_warm_loads_the_languages_it_can_and_never_raises() -> None:
    import kg.ner
    from kg._warm import warm
    from kg.pipeline import DEFAULT_STEPS

    assert warm(["en", "xx"], "kg", list(DEFAULT_STEPS)) == ["en"]
    assert "en" in kg.ner._CACHE
    assert warm(["en"], "no-such-backend", list(DEFAULT_STEPS)) == []  # the worker reports it later
