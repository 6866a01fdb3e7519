"""One dependency parser per language, whichever way it is asked for: the fork server's
warm-up loads it once and `kg ingest --jobs N` workers share it (the English roles asked
with ``get_parser()`` while the warm-up loaded ``get_parser("en")``, a second copy per worker)."""
from __future__ import annotations

import pytest

from kg.events.parser import MODEL_DIR, MODEL_FILES, get_parser


def test_get_parser_default_and_en_are_one_parser() -> None:
    if not (MODEL_DIR / MODEL_FILES["en"]).exists():
        pytest.skip("the English parser is not installed")
    get_parser.cache_clear()
    en = get_parser("en")
    assert en is not None
    assert get_parser() is en
    assert get_parser("ar") is not en
    assert get_parser.cache_info().currsize == 2
