"""The store flushes RocksDB's memtables after FLUSH_CHARS of updates: the parent's memory does not grow
with the writes gathered between two loads of the spool."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import kg.store
from kg.store import Store, ingest


def _articles(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps({"id": f"n{i}", "lang": "ar", "text": f"زار بوتين روسيا. ({i})"},
                                       ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return path


class _Counting:
    """A pyoxigraph store that counts its flushes (and may fail them)."""

    def __init__(self, inner: Any, fail: bool = False) -> None:
        self._inner, self.flushes, self.fail = inner, 0, fail

    def flush(self) -> None:
        self.flushes += 1
        if self.fail:
            raise OSError("disk full")
        self._inner.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _ingest(tmp_path: Path, name: str, src: Path, fail: bool = False) -> int:
    st = Store(tmp_path / name)
    proxy = st._ox = _Counting(st._ox, fail)
    try:
        report = ingest([src], st, ner="none", batch=2)
        assert report.added == 6
    finally:
        st.close()
    return proxy.flushes


def _quads(path: Path) -> list[str]:
    with Store(path, read_only=True) as st:
        return sorted(map(str, st.quads(internal=True)))


def test_memtables_flushed_after_flush_chars_of_updates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _articles(tmp_path / "a.jsonl", 6)
    monkeypatch.setattr(kg.store, "FLUSH_CHARS", 1)  # every update
    every = _ingest(tmp_path, "every", src)
    monkeypatch.setattr(kg.store, "FLUSH_CHARS", 1 << 40)  # never (but at close)
    never = _ingest(tmp_path, "never", src)
    assert every >= 4 + never  # three batches of 2 and the spool's record, at least
    assert _quads(tmp_path / "every") == _quads(tmp_path / "never")


def test_a_failed_flush_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _articles(tmp_path / "a.jsonl", 6)
    monkeypatch.setattr(kg.store, "FLUSH_CHARS", 1)
    assert _ingest(tmp_path, "failing", src, fail=True) >= 4
    monkeypatch.setattr(kg.store, "FLUSH_CHARS", 1 << 40)
    _ingest(tmp_path, "plain", src)
    assert _quads(tmp_path / "failing") == _quads(tmp_path / "plain")
