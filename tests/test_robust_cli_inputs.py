"""Bad inputs through the real ``kg`` command: one clear line on stderr, exit code 1, no traceback.

These run ``python -m kg`` in a subprocess, because CliRunner hides what a user
sees (a traceback printed by the console script would not show up there).
"""
from __future__ import annotations

import codecs
import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each case starts a Python process

SEED = Path(__file__).parent / "fixtures" / "ingest" / "seed_cnn_arabic.txt"
ROOT = Path(__file__).resolve().parent.parent


def _kg(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=300, check=False
    )
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())


def _build(path: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return _kg("build", str(path), "-o", str(out), "--format", "ttl", "--ner", "none", *extra)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\n\t ", "only whitespace"),
        ("blob.txt", bytes(range(256)) * 8, "NUL bytes"),
        ("doc.txt", b"%PDF-1.5\n" + bytes(range(256)), "PDF document"),
        ("broken.jsonl", b"{oops\n[1]\n", "none of its 2 lines is an article"),
        ("scripts.html", b"<html><script>alert(1)</script><style>p{}</style></html>", "no visible text"),
    ],
    ids=["empty", "blank", "binary", "pdf", "jsonl-all-broken", "html-only-scripts"],
)
def test_robust_cli_bad_input_one_line_and_exit_1(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    result = _build(path, tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_robust_cli_missing_file(tmp_path):
    result = _build(tmp_path / "nope.txt", tmp_path / "out")
    assert result.returncode == 1
    assert result.stderr.strip() == f"Error: {tmp_path / 'nope.txt'}: no such file or folder; check the path"


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig", "truncated-utf-8"])
def test_robust_cli_encodings_build(tmp_path, encoding):
    text = SEED.read_text(encoding="utf-8").replace("\u0669", "9")
    if encoding == "truncated-utf-8":
        data = text.encode("utf-8")[:-1]
    elif encoding == "utf-8-sig":
        data = codecs.BOM_UTF8 + text.encode("utf-8")
    else:
        data = text.encode(encoding)
    path = tmp_path / "seed.txt"
    path.write_bytes(data)
    result = _build(path, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    ttl = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert "بيونغ يانغ" in ttl and "CNN Arabic" in ttl


def test_robust_cli_jsonl_with_broken_lines_reports_line_numbers(tmp_path):
    path = tmp_path / "news.jsonl"
    good = json.dumps({"id": "a1", "text": "Kim Jong Un visited Moscow on Thursday."})
    path.write_text(f"{good}\n{{broken\n\n[1, 2]\n", encoding="utf-8")
    result = _build(path, tmp_path / "out")
    assert result.returncode == 0
    assert ":2: not valid JSON" in result.stderr or " 2: not valid JSON" in result.stderr
    assert "4: not a JSON object" in result.stderr
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_robust_cli_stdin(tmp_path):
    result = _kg("build", "-", "-o", str(tmp_path / "out"), "--format", "ttl", "--ner", "none", stdin=SEED.read_bytes())
    assert result.returncode == 0, result.stderr
    assert "كيم" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
