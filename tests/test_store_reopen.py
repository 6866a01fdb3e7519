"""kg ingest reopens Oxigraph's handle every REOPEN_DOCS documents (RocksDB's caches start empty again)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg.store
from kg.store import Store, ingest


def _articles(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps({"id": f"n{i}", "lang": "ar", "text": f"زار بوتين روسيا. ({i})"},
                                       ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return path


def _quads(path: Path) -> list[str]:
    with Store(path, read_only=True) as st:
        return sorted(map(str, st.quads(internal=True)))


def test_ingest_reopens_the_store_every_reopen_docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _articles(tmp_path / "a.jsonl", 7)
    done: list[bool] = []
    reopen = Store._reopen

    def counting(self: Store) -> bool:
        done.append(reopen(self))
        return done[-1]

    monkeypatch.setattr(Store, "_reopen", counting)
    monkeypatch.setattr(kg.store, "REOPEN_DOCS", 2)
    assert ingest([src], tmp_path / "s", ner="none", batch=2).added == 7
    assert done == [True, True, True]  # after the batches of 2, 2 and 2 documents (not after the last one)
    monkeypatch.setattr(kg.store, "REOPEN_DOCS", None)
    ingest([src], tmp_path / "t", ner="none", batch=2)
    assert len(done) == 3
    assert _quads(tmp_path / "s") == _quads(tmp_path / "t")


def test_reopen_waits_while_the_handle_is_held(tmp_path: Path) -> None:
    st = Store(tmp_path / "s")
    try:
        held = st.oxigraph  # a query's results being read hold it too
        assert st._reopen() is False
        assert st.oxigraph is held
        del held
        before = st.oxigraph
        assert st._reopen() is False  # ``before`` holds it
        del before
        assert st._reopen() is True
        assert len(st) == 0  # and the store answers
    finally:
        st.close()


def test_reopen_fails_clearly_while_an_iterator_holds_the_store(tmp_path: Path) -> None:
    # an unfinished iterator keeps RocksDB open underneath (no Python reference to the handle
    # shows it): the second open finds the lock taken, and kg says so and what to do
    from kg.errors import StoreError

    st = Store(tmp_path / "s")
    it = st.oxigraph.quads_for_pattern(None, None, None)
    next(it)
    with pytest.raises(StoreError, match="again after a write.*run the same `kg ingest` again"):
        st._reopen()
    del it, st
    import gc

    gc.collect()
    with Store(tmp_path / "s", read_only=True) as again:
        assert len(again) == 0


_CHILD = r"""
import os, signal, sys
from pathlib import Path
import kg.store as S
S.REOPEN_DOCS, S.FLUSH_CHARS = 2, 1
real = S.Store._reopen
done = []

def reopen(self):
    out = real(self)
    done.append(out)
    if len(done) == int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)
    return out

S.Store._reopen = reopen
S.ingest([Path(sys.argv[1])], sys.argv[2], ner="none", batch=2)
"""


@pytest.mark.parametrize("after", [1, 2])
def test_kill_9_after_a_reopen_loses_and_doubles_nothing(tmp_path: Path, after: int) -> None:
    """kill -9 just after the writer reopened the store (memtables flushed after every update):
    the next ingest of the same articles gives the store of an uninterrupted one."""
    import os
    import subprocess
    import sys

    src = _articles(tmp_path / "a.jsonl", 7)
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(tmp_path / "s"), str(after)],
                          env={**os.environ, "PYTHONPATH": str(root)}, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    report = ingest([src], tmp_path / "s", ner="none", batch=2)
    assert report.added + report.unchanged == 7 and report.added < 7
    ingest([src], tmp_path / "t", ner="none", batch=2)
    assert _quads(tmp_path / "s") == _quads(tmp_path / "t")
