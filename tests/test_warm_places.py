"""The fork server's warm-up builds the index of place names for every language, so that the
workers of an English `kg ingest --jobs N` share it instead of each building its own."""
from __future__ import annotations

from kg import _warm
from kg.resolve import places


def test_warm_up_of_english_builds_the_place_index() -> None:
    places._place_index.cache_clear()
    done = _warm.warm(["en"], "kg", ["sentences", "mentions", "resolve"])
    assert done == ["en"]
    assert places._place_index.cache_info().currsize == 1


def test_warm_up_without_resolution_leaves_the_place_index_alone() -> None:
    places._place_index.cache_clear()
    _warm.warm(["en"], "none", ["sentences", "mentions"])
    assert places._place_index.cache_info().currsize == 0
