"""kg.parallel widens the pipes between the parent and a pool's workers (Linux), bounded."""
from __future__ import annotations

import multiprocessing
import sys

import pytest

from kg import parallel
from kg.model import Document

F_GETPIPE_SZ = 1032  # fcntl's name for it appeared in Python 3.10 on Linux only

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pipe sizes are Linux's")


def _size(conn: object) -> int:
    import fcntl

    return fcntl.fcntl(conn.fileno(), F_GETPIPE_SZ)  # type: ignore[attr-defined]


@linux
def test_parallel_widen_pipe_sets_the_size_asked_and_no_more() -> None:
    reader, writer = multiprocessing.Pipe(duplex=False)
    try:
        assert _size(reader) == 65536  # Linux's default
        assert parallel.widen_pipe(reader, 256 << 10) == 256 << 10
        assert _size(writer) == 256 << 10  # one pipe, both ends
        assert parallel.widen_pipe(writer) == parallel.PIPE_BYTES == 1 << 20
        assert _size(reader) == 1 << 20
    finally:
        reader.close()
        writer.close()


def test_parallel_widen_pipe_without_a_pipe_is_none() -> None:
    assert parallel.widen_pipe(None) is None
    reader, writer = multiprocessing.Pipe(duplex=False)
    reader.close()
    writer.close()
    assert parallel.widen_pipe(reader) is None  # closed: nothing to widen, no error


@linux
def test_parallel_pool_pipes_widened(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool's task and result pipes are widened before the first task goes out, and the
    outcomes are those of a pool without it."""
    widened: list[int] = []
    real = parallel.widen_pipe

    def spy(conn: object, size: int = parallel.PIPE_BYTES) -> int | None:
        got = real(conn, size)
        if got is not None:
            widened.append(got)
        return got

    monkeypatch.setattr(parallel, "widen_pipe", spy)
    docs = [Document(id=f"d{i}", text=f"President Vladimir Putin visited Pyongyang on day {i}.", lang="en")
            for i in range(5)]
    outcomes = list(parallel.run(docs, jobs=2, ner="none", steps=("sentences", "mentions", "resolve"),
                                 chunk_size=2, start_method="spawn"))
    assert widened == [parallel.PIPE_BYTES, parallel.PIPE_BYTES]
    inline = list(parallel.run(docs, jobs=1, ner="none", steps=("sentences", "mentions", "resolve")))
    assert [(o.id, o.nquads, o.entity_nquads) for o in outcomes] == [(o.id, o.nquads, o.entity_nquads) for o in inline]
