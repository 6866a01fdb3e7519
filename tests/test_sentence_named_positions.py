"""SentenceView.named_positions: the token positions inside chunks, cached for the chunk list it
was computed from (anaphora appends chunks and groups' views replace the list: neither may see a
stale answer)."""

from __future__ import annotations

from kg.events.sentence import Chunk, SentenceView
from kg.model import Mention


def _chunk(start: int, end: int) -> Chunk:
    return Chunk(start, end, f"person/x{start}", "PER", None, Mention(start=0, end=1, text="x", label="PER"))


def test_positions_follow_appended_and_replaced_chunks() -> None:
    view = SentenceView(index=0, start=0, end=10, lang="en", tokens=[], words=["w"] * 10, chunks=[_chunk(1, 3)])
    assert view.named_positions() == {1, 2}
    assert view.named_positions() is view.named_positions()  # computed once
    view.chunks.append(_chunk(5, 6))
    assert view.named_positions() == {1, 2, 5}
    view.chunks = sorted([*view.chunks, _chunk(7, 9)], key=lambda c: c.start)
    assert view.named_positions() == {1, 2, 5, 7, 8}
