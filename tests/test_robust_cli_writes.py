"""Output that cannot be written: one ``Error:`` line, exit code 1, and nothing already written lost.

A full disk is simulated by making ``os.fsync`` (the last step before the temporary file is
renamed over the old one) fail with ENOSPC, as a real full tmpfs did in the audit.
"""
from __future__ import annotations

import errno
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()


def _disk_full(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("fmt", ["ttl", "graphml", "csv"])
def test_robust_cli_writes_full_disk_keeps_old_file(seed_build: Path, tmp_path: Path, monkeypatch, fmt):
    out = tmp_path / "out"
    out.mkdir()
    old = out / f"graph.{fmt}"
    old.write_text("the previous export\n", encoding="utf-8")
    monkeypatch.setattr("kg.io.os.fsync", _disk_full)
    res = runner.invoke(app, ["export", str(seed_build / "graph.trig"), "-o", str(out), "-f", fmt])
    assert res.exit_code == 1
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.output.strip() == (
        f"Error: cannot write {old}: No space left on device; the old file, if any, is kept"
    )
    assert old.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in out.iterdir()) == [old.name]  # no temporary file left behind
