"""The fork server's warm-up runs with the collector off, and leaves it on for the workers."""

from __future__ import annotations

import gc
import json

import pytest

from kg import _warm


def test_warm_up_runs_without_the_collector_and_freezes_what_it_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[str], bool]] = []
    monkeypatch.setattr(_warm, "warm", lambda langs, ner, steps: seen.append((langs, gc.isenabled())) or langs)
    monkeypatch.setenv(_warm.ENV, json.dumps({"langs": ["ar"], "ner": "kg", "steps": ["sentences"]}))
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        _warm._from_env()
        assert seen == [(["ar"], False)]  # the collector was off while the models loaded
        assert gc.isenabled()  # and is on again for the workers forked afterwards
        assert gc.get_freeze_count() > frozen  # what was loaded is frozen (as before)
    finally:
        gc.unfreeze()
        gc.enable()


def test_warm_up_with_a_bad_spec_leaves_the_collector_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_warm.ENV, "{not json")
    frozen = gc.get_freeze_count()
    _warm._from_env()
    assert gc.isenabled() and gc.get_freeze_count() == frozen
