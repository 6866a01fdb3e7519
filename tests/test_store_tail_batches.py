"""kg ingest writes its last articles in smaller batches (``kg.store.TAIL_BATCHES``): the writer thread
then has one small batch left when the workers end, not a whole one; the store ends the same."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import kg.store as S
from kg.store import Store, ingest


def _corpus(tmp_path: Path, n: int) -> Path:
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "lang": "ar", "text": f"زار بوتين روسيا والتقى سمير. ({i})"},
                                      ensure_ascii=False) + "\n" for i in range(n)), encoding="utf-8")
    return src


def _run(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch, tail_batches: int) -> tuple[list[int], list[str]]:
    monkeypatch.setattr(S, "TAIL_BATCHES", tail_batches)
    sizes: list[int] = []
    real = S._Writer.put
    monkeypatch.setattr(S._Writer, "put", lambda self, items, left=None: sizes.append(len(items)) or real(self, items, left))
    with Store(tmp_path / name) as st:
        ingest([_corpus(tmp_path, 12)], st, ner="none", batch=8)
    with Store(tmp_path / name, read_only=True) as st:
        quads = sorted(s for s in map(str, st.quads(internal=True)) if "store#loadedBytes" not in s)
    return sizes, quads


def test_the_last_articles_go_to_the_writer_in_smaller_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sizes, quads = _run(tmp_path, "tail", monkeypatch, 4)
    # once fewer than a batch (8) are left, what is pending goes out, then batches of 8 // 4
    assert sizes == [5, 2, 2, 2, 1]
    before, reference = _run(tmp_path, "whole", monkeypatch, 1)
    assert before == [8, 4]  # one batch of the rest, as before
    assert quads == reference and len(quads) > 100


def test_without_a_count_the_batches_stay_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Stdin and .jsonl.gz are not counted (None): nothing is known to be near the end."""
    monkeypatch.setattr("kg.progress.count_documents", lambda sources: None)
    sizes, _ = _run(tmp_path, "s", monkeypatch, 4)
    assert sizes == [8, 4]


class _SlowStore:
    """Stands in for a Store: add_many waits until released (a long spool load, say)."""

    def __init__(self) -> None:
        import threading

        self.release = threading.Event()
        self.written: list[int] = []
        self.spool_docs_left: int | None = None

    def add_many(self, items: list[int], *, batch: int, force: bool) -> None:
        self.release.wait()
        self.written.append(len(items))


def _put_in_thread(writer: S._Writer, items: list[int]) -> object:
    import threading

    t = threading.Thread(target=writer.put, args=(items,), daemon=True)
    t.start()
    return t


def test_small_batches_queue_up_behind_a_busy_writer_whole_ones_wait(tmp_path: Path) -> None:
    store = _SlowStore()
    writer = S._Writer(store, 8)  # type: ignore[arg-type]
    writer.put([0] * 8)  # taken: being written (held)
    while writer._queued:
        pass
    writer.put([0] * 8)  # queued: the caller goes on, as with a queue of one batch
    whole = _put_in_thread(writer, [0] * 8)
    whole.join(0.3)
    assert whole.is_alive()  # a second whole batch waits while one is queued
    store.release.set()
    whole.join(30)
    assert not whole.is_alive()
    writer.close()
    assert store.written == [8, 8, 8]

    store = _SlowStore()
    writer = S._Writer(store, 8)  # type: ignore[arg-type]
    writer.put([0] * 8)
    while writer._queued:
        pass
    small = _put_in_thread(writer, [0] * 8)  # one whole batch queued ...
    small.join(30)
    tail = [_put_in_thread(writer, [0, 0]) for _ in range(3)]  # ... and small ones behind it: up to 2 * 8 - 2 * 2 queued
    for t in tail:
        t.join(30)
        assert not t.is_alive()
    assert writer._queued == 14
    store.release.set()
    writer.close()
    assert store.written == [8, 8, 2, 2, 2] and writer._queued == 0
