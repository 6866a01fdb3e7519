"""benchmarks/events_diff.py's blind judgment: both versions shown unlabelled, the key unmixes."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import events_diff  # noqa: E402


def _ev(start: int, cat: str, mode: str = "asserted") -> tuple:
    return (start, start + 3, cat, "قصف", ("org/A",), (), mode, "قصف الجيش المدينة", (), ("الجيش",))


def test_blind_shows_only_differing_triggers_and_unmix_counts_verdicts(tmp_path, capsys) -> None:  # noqa: ANN001
    before = {"d1": [_ev(0, "ASSAULT"), _ev(10, "CONSULT")], "d2": [_ev(5, "ACCUSE")]}
    after = {"d1": [_ev(0, "ASSAULT", "planned"), _ev(10, "CONSULT")], "d2": []}
    a, b = tmp_path / "a.pkl", tmp_path / "b.pkl"
    a.write_bytes(pickle.dumps(before))
    b.write_bytes(pickle.dumps(after))
    out = tmp_path / "blind.txt"
    events_diff.blind(str(a), str(b), str(out), seed=3, n=10)
    text = out.read_text(encoding="utf-8")
    assert text.count("\n   P: ") == 2  # the unchanged CONSULT is not shown
    assert "(no event)" in text and "planned" in text and "A=['الجيش']" in text
    keys = json.loads((tmp_path / "blind.txt.key").read_text())
    # judge every item for the AFTER version: all better
    judged = tmp_path / "judged.txt"
    judged.write_text("".join(f"{i} {'P' if k else 'Q'}\n" for i, k in enumerate(keys)))
    events_diff.unmix(str(tmp_path / "blind.txt.key"), str(judged))
    assert "AFTER better 2, worse 0, equal 0" in capsys.readouterr().out
    judged.write_text("".join(f"{i} {'Q' if k else 'P'}\n" for i, k in enumerate(keys[:1])) + "1 =\n")
    events_diff.unmix(str(tmp_path / "blind.txt.key"), str(judged))
    assert "AFTER better 0, worse 1, equal 1" in capsys.readouterr().out
