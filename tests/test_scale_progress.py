"""kg.progress: the bar shows articles/s, the summary says what was read, written and skipped (why)."""
from __future__ import annotations

import io
from pathlib import Path

from kg.parallel import DocResult, Skipped
from kg.progress import IngestProgress, Summary, count_documents


def result(i: int) -> DocResult:
    return DocResult(id=f"d{i}", content_hash="h", nquads=b"", entity_nquads=b"", words=10, triples=5,
                     mentions=2, events=1)


def test_track_counts_and_passes_on_only_processed_documents() -> None:
    buf = io.StringIO()
    outcomes = [result(0), Skipped("d1", "unchanged, already in the store"), result(2)]
    with IngestProgress(total=3, enabled=True, file=buf) as prog:
        passed = [o.id for o in prog.track(outcomes)]
        prog.written(len(passed))
    assert passed == ["d0", "d2"]
    s = prog.summary
    assert (s.read, s.written, s.words, s.triples, s.events) == (3, 2, 20, 10, 2)
    assert s.skipped == [("d1", "unchanged, already in the store")]
    drawn = buf.getvalue()
    assert "3/3" in drawn and "articles/s" in drawn and "ETA" in drawn


def test_no_bar_when_not_a_terminal() -> None:
    buf = io.StringIO()
    with IngestProgress(total=1, file=buf) as prog:
        list(prog.track([result(0)]))
    assert buf.getvalue() == ""
    assert prog.summary.read == 1


def test_summary_lists_skips_then_groups_the_rest_by_reason() -> None:
    s = Summary(read=14, written=2)
    s.add_problems([("a.jsonl", 3, "not valid JSON: Expecting value"), ("b.txt", None, "empty file")])
    for i in range(12):
        s.skip(f"x{i}", "unchanged, already in the store")
    text = s.render(seconds=7.0, limit=3)
    lines = text.splitlines()
    assert lines[0] == "read 14 articles, wrote 2, skipped 14 in 7.0 s (2.0 articles/s)"
    assert lines[1] == "  skipped a.jsonl:3: not valid JSON: Expecting value"
    assert lines[2] == "  skipped b.txt: empty file"
    assert lines[3] == "  skipped x0: unchanged, already in the store"
    assert lines[4] == "  ... and 11 more: unchanged, already in the store"
    assert len(lines) == 5


def test_count_documents_counts_jsonl_lines_and_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n{"text": "y"}\n{"text": "z"}', encoding="utf-8")
    sub = tmp_path / "pages"
    sub.mkdir()
    for n in ("1.txt", "2.html", ".hidden.txt", "notes.pdf"):
        (sub / n).write_text("x", encoding="utf-8")
    assert count_documents([tmp_path / "a.jsonl"]) == 3
    assert count_documents([tmp_path]) == 5
    assert count_documents(["-"]) is None
