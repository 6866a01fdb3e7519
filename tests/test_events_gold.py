"""The benchmark's gold readers and scorer (benchmarks/events_gold.py, events_eval.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from events_eval import prf, score  # noqa: E402
from events_gold import OLD_PLOVER, plover_gsr, plover_of  # noqa: E402


def test_scorer_counts_pairs() -> None:
    table = score(
        [({"ASSAULT"}, {"ASSAULT", "PROTEST"}), ({"PROTEST"}, set()), (set(), {"CONSULT"})],
        only={"ASSAULT", "PROTEST"},
    )
    assert table["ALL"] == (1, 1, 1)
    assert table["ASSAULT"] == (1, 0, 0)
    assert prf(1, 1, 1) == (0.5, 0.5, 0.5)


def test_plover_gsr_reader_maps_old_names(tmp_path: Path) -> None:
    (tmp_path / "plover").mkdir()
    records = [
        {"id": "DOC", "event": "DOCUMENT"},
        {"id": "a", "event": "FIGHT", "text": "Troops fought rebels.", "date": "2000-01-01"},
        {"id": "b", "event": "AGREE", "text": "They agreed."},
    ]
    (tmp_path / "plover" / "PLOVER_GSR_CAMEO.txt").write_text(json.dumps(records), encoding="utf-8")
    got = [(g.id, g.categories) for g in plover_gsr(tmp_path)]
    assert got == [("a", {"ASSAULT"}), ("b", {"AGREE"})]
    assert OLD_PLOVER["DEMAND"] == "REQUEST"


def test_cameo_prefix_mapping() -> None:
    table = {"04": "CONSULT", "043": "CONSULT", "11": "ACCUSE", "1712": "ASSAULT", "17": "COERCE"}
    assert plover_of("0431", table) == "CONSULT"
    assert plover_of("1712", table) == "ASSAULT"
    assert plover_of("173", table) == "COERCE"
    assert plover_of("010", table) is None
