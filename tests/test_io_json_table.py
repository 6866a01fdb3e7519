"""kg.io's gzipped-JSON model tables: atomic, the same bytes for the same table, clear errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ModelError
from kg.io import read_json_table, write_json_table


def test_round_trip_and_stable_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    table = {"format": "kg-test-1", "emit": {"ب": [["b", -0.1]]}, "weight": 0.5}
    write_json_table(a, table)
    write_json_table(b, dict(reversed(list(table.items()))))
    assert a.read_bytes() == b.read_bytes()
    assert read_json_table(a, "kg-test-1", "the test table", "rebuild") == table
    assert not list(tmp_path.glob(".*.tmp"))


def test_wrong_format_and_unreadable_file_are_model_errors(tmp_path: Path) -> None:
    p = tmp_path / "t.json.gz"
    write_json_table(p, {"format": "kg-other-1"})
    with pytest.raises(ModelError, match="is not the test table"):
        read_json_table(p, "kg-test-1", "the test table", "rebuild it")
    bad = tmp_path / "bad.json.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ModelError, match="rebuild it with `python -m kg.x`"):
        read_json_table(bad, "kg-test-1", "the test table", "python -m kg.x")
