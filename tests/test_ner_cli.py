"""``kg eval ner`` and ``kg train ner`` through the command line."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

FIX = Path(__file__).parent / "fixtures" / "ner"
runner = CliRunner()


def test_eval_prints_per_type_table_and_micro_last_line() -> None:
    result = runner.invoke(app, ["eval", "ner", str(FIX / "ar_small.conll"), "--lang", "ar"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].split() == ["type", "precision", "recall", "f1", "support"]
    assert {ln.split()[0] for ln in lines[1:-2]} <= {"PER", "ORG", "LOC", "MISC"}
    assert lines[-1].startswith("micro F1: 0.") or lines[-1] == "micro F1: 1.000"
    assert len(lines[-1]) == len("micro F1: 0.000")


def test_eval_reads_conll2003_layout() -> None:
    result = runner.invoke(app, ["eval", "ner", str(FIX / "en_small.conll"), "--lang", "en"])
    assert result.exit_code == 0, result.output
    support = {ln.split()[0]: int(ln.split()[-1]) for ln in result.output.splitlines()[1:-1]}
    assert support["all"] == 5


def test_eval_missing_file_is_one_error_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "ner", str(tmp_path / "none.conll"), "--lang", "en"])
    assert result.exit_code == 1
    assert "Error: no such CoNLL file" in result.output


def test_unknown_language_is_refused() -> None:
    result = runner.invoke(app, ["eval", "ner", str(FIX / "en_small.conll"), "--lang", "fr"])
    assert result.exit_code == 1
    assert "use --lang ar or --lang en" in result.output


def test_train_without_data_says_where_it_looked(tmp_path: Path) -> None:
    result = runner.invoke(app, ["train", "ner", "--lang", "ar", "--data", str(tmp_path), "--out", str(tmp_path / "m")])
    assert result.exit_code == 1
    assert "pass --data DIR" in result.output
