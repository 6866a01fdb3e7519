"""Folders, standard input, missing paths and big text files streamed in pieces."""
from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kg.errors import EmptyInputError, InputError
from kg.ingest import limits, read

SEED = Path(__file__).parent / "fixtures" / "ingest" / "seed_cnn_arabic.txt"


def _tree(root: Path) -> None:
    (root / "b").mkdir(parents=True)
    (root / "a.txt").write_text("First article about Moscow.", encoding="utf-8")
    (root / "b" / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "From JSONL."}) + "\n", encoding="utf-8")
    (root / "b" / "d.html").write_text("<html><body><p>From HTML.</p></body></html>", encoding="utf-8")
    (root / "b" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / "z.txt").write_text("Last article.", encoding="utf-8")


def test_ingest_sources_folder_recursive_sorted_known_extensions(tmp_path):
    _tree(tmp_path)
    docs = list(read([tmp_path]))
    assert [d.text for d in docs] == ["First article about Moscow.", "From JSONL.", "From HTML.", "Last article."]
    assert docs[1].path == str(tmp_path / "b" / "c.jsonl")


def test_ingest_sources_bad_file_in_folder_is_skipped_and_reported(tmp_path):
    _tree(tmp_path)
    (tmp_path / "b" / "empty.txt").write_bytes(b"")
    (tmp_path / "b" / "blob.txt").write_bytes(bytes(range(256)))
    errors: list = []
    docs = list(read([tmp_path], errors=errors))
    assert len(docs) == 4
    assert sorted(Path(p).name for p, _, _ in errors) == ["blob.txt", "empty.txt"]
    assert all(msg.startswith("skipped: ") for _, _, msg in errors)


def test_ingest_sources_named_bad_file_stops_the_run(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(EmptyInputError):
        list(read([tmp_path / "empty.txt"], errors=[]))


def test_ingest_sources_missing_path(tmp_path):
    with pytest.raises(InputError, match=r"nope.txt: no such file or folder; check the path"):
        list(read([tmp_path / "nope.txt"]))


def test_ingest_sources_folder_without_articles(tmp_path):
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(EmptyInputError, match="holds no .txt, .html, .json or .jsonl files"):
        list(read([tmp_path]))


def test_ingest_sources_single_path_argument():
    assert len(list(read(SEED))) == 3


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


@pytest.mark.parametrize(
    ("data", "texts"),
    [
        (SEED.read_bytes(), 3),
        (SEED.read_text(encoding="utf-8").encode("utf-16"), 3),
        (b'{"id": "s1", "text": "one"}\n{"id": "s2", "text": "two"}\n', 2),
        (b"<!doctype html><html><body><article><p>Web text.</p></article></body></html>", 1),
    ],
)
def test_ingest_sources_stdin(monkeypatch, data, texts):
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    docs = list(read(["-"]))
    assert len(docs) == texts
    assert all(d.path is None for d in docs)
    if texts == 3:
        assert docs[0].id.startswith("stdin-") and docs[0].source == "CNN Arabic"


def test_ingest_sources_empty_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", _Stdin(b""))
    with pytest.raises(EmptyInputError, match="<stdin> is empty"):
        list(read(["-"]))


def test_ingest_sources_unknown_extension_sniffed(tmp_path):
    path = tmp_path / "article"
    path.write_text('{"id": "q", "text": "sniffed as JSONL"}\n', encoding="utf-8")
    assert [d.id for d in read([path])] == ["q"]


def test_ingest_sources_big_text_is_streamed_in_pieces(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "WHOLE_TEXT_BYTES", 2_000)
    monkeypatch.setattr(limits, "CHUNK_CHARS", 500)
    paragraph = "كيم جونغ أون استضاف وفدا روسيا في بيونغ يانغ. Moscow.\n\n"
    text = paragraph * 200
    data = text.encode("utf-8")
    path = tmp_path / "big.txt"
    path.write_bytes(data[:-3] + b"\xd8")  # and cut inside the last character
    errors: list = []
    docs = list(read([path], errors=errors))
    assert len(docs) > 10
    decoded = data[:-3].decode("utf-8")
    for doc in docs:
        assert decoded[doc.offset : doc.offset + len(doc.text)] == doc.text
        assert len(doc.text) <= 2 * 500
        assert doc.parent == docs[0].parent and doc.kind == "article"
    assert "".join(d.text for d in docs).replace("\n", "") == decoded.strip().replace("\n", "")
    assert [d.meta["part"] for d in docs] == list(range(1, len(docs) + 1))
    assert len({d.id for d in docs}) == len(docs)
    assert any("ends in the middle" in m for _, _, m in errors)


def test_ingest_sources_big_html_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_MARKUP_BYTES", 100)
    path = tmp_path / "big.html"
    path.write_text("<p>" + "x" * 200 + "</p>", encoding="utf-8")
    with pytest.raises(InputError, match="is larger than 100 bytes, the limit for HTML files"):
        list(read([path]))


def test_ingest_sources_big_stdin_jsonl_is_streamed(monkeypatch):
    monkeypatch.setattr(limits, "WHOLE_TEXT_BYTES", 100)
    lines = b"".join(json.dumps({"id": f"n{i}", "text": f"Article number {i}."}).encode() + b"\n" for i in range(50))
    stdin = _Stdin(lines + b"{broken\n")
    monkeypatch.setattr(sys, "stdin", stdin)
    errors: list = []
    docs = list(read(["-"], errors=errors))
    assert [d.id for d in docs] == [f"n{i}" for i in range(50)]
    assert errors == [("<stdin>", 51, errors[0][2])]
    assert not stdin.buffer.closed


def test_ingest_sources_closed_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    with pytest.raises(InputError, match="standard input is closed"):
        list(read(["-"]))


def test_ingest_sources_streamed_pieces_are_cleaned(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "WHOLE_TEXT_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_bytes(("Kim met Putin in Moscow. " * 8 + "\x01\n\n").encode("utf-8") * 10)
    docs = list(read([path]))
    assert docs and all("\x01" not in d.text and "\ufffd" in d.text for d in docs)
