"""Output that cannot be written: one ``Error:`` line, exit code 1, and nothing already written lost.

A full disk is simulated by making ``os.fsync`` (the last step before the temporary file is
renamed over the old one) fail with ENOSPC, as a real full tmpfs did in the audit.
"""
from __future__ import annotations

import errno
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
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


def test_robust_cli_writes_interrupted_export_keeps_the_previous_set(seed_build: Path, tmp_path: Path, monkeypatch):
    """Ctrl-C while the page was laid out left the new graph.ttl beside the old graph.html."""
    import kg.export

    out = tmp_path / "out"
    out.mkdir()
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        (out / name).write_text(f"previous {name}\n", encoding="utf-8")

    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setitem(kg.export.FORMATS, "html", ("graph.html", interrupted))
    res = runner.invoke(app, ["export", str(seed_build / "graph.trig"), "-o", str(out), "-f", "ttl,trig,html"])
    assert res.exit_code == 130
    assert res.output == "Interrupted.\n"
    assert {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()} == {
        name: f"previous {name}\n" for name in ("graph.ttl", "graph.trig", "graph.html")
    }


def test_robust_cli_writes_export_replaces_every_file(seed_build: Path, tmp_path: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous\n", encoding="utf-8")
    res = runner.invoke(app, ["export", str(seed_build / "graph.trig"), "-o", str(out), "-f", "ttl,csv"])
    assert res.exit_code == 0, res.output
    assert res.output == f"wrote {out / 'graph.ttl'}\nwrote {out / 'graph.csv'}\n"
    assert sorted(p.name for p in out.iterdir()) == ["graph.csv", "graph.ttl"]
    assert isomorphic(Graph().parse(out / "graph.ttl"), Graph().parse(seed_build / "graph.ttl"))
    assert len((out / "graph.csv").read_text(encoding="utf-8").splitlines()) == 45  # the header and 44 edges


def test_robust_cli_writes_unwritable_output_fails_before_reading(tmp_path: Path, monkeypatch):
    """kg build read (and extracted) the whole input before finding that -o could not be written."""
    import kg.pipeline

    def must_not_run(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the input was read before the output folder was checked")

    monkeypatch.setattr(kg.pipeline, "build", must_not_run)
    article = tmp_path / "a.txt"
    article.write_text("Kim Jong Un met Vladimir Putin in Moscow.", encoding="utf-8")
    taken = tmp_path / "taken"
    taken.write_text("a file, not a folder", encoding="utf-8")
    for out, message in ((taken, f"{taken} exists and is not a folder; give -o a folder"),
                         (taken / "out", f"cannot create folder {taken / 'out'}: Not a directory")):
        res = runner.invoke(app, ["build", str(article), "-o", str(out)])
        assert res.exit_code == 1
        assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
        assert res.output == f"Error: {message}\n"
    assert taken.read_text(encoding="utf-8") == "a file, not a folder"
