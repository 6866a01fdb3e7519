"""The fork server's warm-up loads the dependency parsers, so `kg ingest --jobs N` workers share them."""
from __future__ import annotations

from kg import _warm
from kg.events.parser import MODEL_DIR, MODEL_FILES, get_parser


def test_warm_up_loads_the_parsers() -> None:
    get_parser.cache_clear()
    done = _warm.warm(["ar", "en"], "kg", ["sentences", "mentions", "resolve", "events"])
    assert done == ["ar", "en"]
    loaded = get_parser.cache_info().currsize
    shipped = sum((MODEL_DIR / MODEL_FILES[lang]).exists() for lang in ("ar", "en"))
    assert loaded == shipped == 2
