"""JSON Lines and JSON: good lines are read, broken ones reported with their line numbers."""
from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from kg.errors import EmptyInputError, InputError
from kg.ingest import IngestWarning, read

GOOD1 = {"id": "AL-1", "title": "عنوان", "text": "ذكرت وكالة الأنباء أن الزعيم استضاف وفدا.", "date": "Fri, 16 Mar 2018 14:39:46 +0400", "source": "alarabia", "url": "https://example.org/1", "category": "culture"}
GOOD2 = {"id": 7, "text": "Kim Jong Un hosted a delegation in Pyongyang.", "date": "2015-07-21 02:51:32"}


def _jsonl(tmp_path: Path, lines: list[str], name: str = "news.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_ingest_jsonl_broken_lines_reported_good_lines_read(tmp_path):
    path = _jsonl(
        tmp_path,
        [
            json.dumps(GOOD1, ensure_ascii=False),
            '{"id": "x", "text": "unterminated',
            "",
            "[1, 2, 3]",
            '{"id": "no-text", "title": "t"}',
            json.dumps(GOOD2),
            "[" * 100_000,
        ],
    )
    errors: list = []
    docs = list(read([path], errors=errors))
    assert [d.id for d in docs] == ["AL-1", "7"]
    assert [(p, line) for p, line, _ in errors] == [(str(path), 2), (str(path), 4), (str(path), 5), (str(path), 7)]
    assert "not valid JSON" in errors[0][2] and "column" in errors[0][2]
    assert "not a JSON object but list" in errors[1][2]
    assert "no article text" in errors[2][2]
    assert "not valid JSON" in errors[3][2]


def test_ingest_jsonl_fields(tmp_path):
    path = _jsonl(tmp_path, [json.dumps(GOOD1, ensure_ascii=False), json.dumps(GOOD2)])
    first, second = read([path])
    assert (first.title, first.source, first.url, first.date, first.lang) == (
        "عنوان", "alarabia", "https://example.org/1", dt.date(2018, 3, 16), "ar",
    )
    assert first.meta["category"] == "culture" and first.meta["line"] == 1
    assert first.offset == 0 and first.text == GOOD1["text"]
    assert (second.id, second.date, second.lang, second.title) == ("7", dt.date(2015, 7, 21), "en", None)


def test_ingest_jsonl_date_param_fills_missing_dates_only(tmp_path):
    path = _jsonl(tmp_path, [json.dumps(GOOD1, ensure_ascii=False), json.dumps({"text": "No date here at all."})])
    first, second = read([path], date=dt.date(2024, 7, 12))
    assert first.date == dt.date(2018, 3, 16)
    assert second.date == dt.date(2024, 7, 12)


def test_ingest_jsonl_without_errors_list_warns(tmp_path):
    path = _jsonl(tmp_path, [json.dumps(GOOD2), "{oops"])
    with pytest.warns(IngestWarning, match=r"news.jsonl:2: not valid JSON"):
        assert len(list(read([path]))) == 1


def test_ingest_jsonl_all_lines_broken_is_an_error(tmp_path):
    path = _jsonl(tmp_path, ["{oops", "nope"])
    with pytest.raises(InputError, match=r"none of its 2 lines is an article \(line 1: not valid JSON"):
        list(read([path], errors=[]))


def test_ingest_jsonl_empty_file(tmp_path):
    path = tmp_path / "e.jsonl"
    path.write_bytes(b"")
    with pytest.raises(EmptyInputError, match="holds no lines"):
        list(read([path]))


def test_ingest_jsonl_invalid_utf8_line_is_skipped(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_bytes(json.dumps(GOOD2).encode() + b'\n{"text": "caf\xe9"}\n')
    errors: list = []
    assert [d.id for d in read([path], errors=errors)] == ["7"]
    assert errors[0][1] == 2 and "not UTF-8" in errors[0][2]


def test_ingest_jsonl_lone_surrogates_and_controls_are_replaced(tmp_path):
    path = _jsonl(tmp_path, ['{"id": "s", "text": "bad \\ud800 and \\u0000 here"}'])
    doc = next(read([path]))
    assert doc.text == "bad \ufffd and \ufffd here"
    doc.text.encode("utf-8")  # no lone surrogate left
    assert doc.meta["replaced_chars"] == 2


def test_ingest_jsonl_gzip_and_bom_and_utf16(tmp_path):
    body = (json.dumps(GOOD1, ensure_ascii=False) + "\n").encode("utf-8")
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(body))
    bom = tmp_path / "b.jsonl"
    bom.write_bytes(b"\xef\xbb\xbf" + body)
    u16 = tmp_path / "c.jsonl"
    u16.write_bytes(body.decode("utf-8").encode("utf-16"))
    for path in (gz, bom, u16):
        docs = list(read([path]))
        assert [d.text for d in docs] == [GOOD1["text"]], path


def test_ingest_jsonl_corrupt_gzip(tmp_path):
    gz = tmp_path / "a.jsonl.gz"
    gz.write_bytes(gzip.compress(b'{"text": "one"}\n' * 1000)[:60])
    with pytest.raises(InputError, match="damaged|gzip"):
        list(read([gz], errors=[]))


def test_ingest_jsonl_duplicate_ids(tmp_path):
    a = {"id": "same", "text": "First text about Moscow."}
    b = {"id": "same", "text": "Second text about Pyongyang."}
    path = _jsonl(tmp_path, [json.dumps(a), json.dumps(a), json.dumps(b)])
    errors: list = []
    docs = list(read([path], errors=errors))
    assert [d.id for d in docs] == ["same", "same-" + docs[1].id.split("-")[-1]]
    assert docs[1].text == b["text"]
    assert "already read" in errors[0][2] and "renamed" in errors[1][2]


def test_ingest_jsonl_id_derived_from_text_when_missing(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"text": "Some article text."})], name="feed.jsonl")
    doc = next(read([path]))
    assert doc.id.startswith("feed-") and len(doc.id) == len("feed-") + 8


def test_ingest_jsonl_text_is_split_into_parts(tmp_path):
    text = "نص المقال الأول هنا.\n\nالمصدر: CNN Arabic\n\nمقالات مشابهة\n• عنوان أول\n• عنوان ثان\n"
    path = _jsonl(tmp_path, [json.dumps({"id": "p", "text": text, "title": "T"}, ensure_ascii=False)])
    docs = list(read([path]))
    assert [(d.id, d.kind) for d in docs] == [("p", "article"), ("p-headlines", "headlines")]
    for d in docs:
        assert text[d.offset : d.offset + len(d.text)] == d.text
    assert docs[0].source == "CNN Arabic" and docs[0].title == "T"


def test_ingest_json_file_list_and_object(tmp_path):
    lst = tmp_path / "l.json"
    lst.write_text(json.dumps([GOOD2, {"bad": 1}, {"text": "Another one."}]), encoding="utf-8")
    errors: list = []
    assert len(list(read([lst], errors=errors))) == 2
    assert errors == [(str(lst), None, "item 2: no article text: expected a non-empty string field 'text'; skipped")]
    obj = tmp_path / "o.json"
    obj.write_text(json.dumps({"articles": [GOOD2]}), encoding="utf-8")
    assert [d.id for d in read([obj])] == ["7"]
    broken = tmp_path / "b.json"
    broken.write_text("{nope", encoding="utf-8")
    with pytest.raises(InputError, match="b.json is not valid JSON"):
        list(read([broken]))


def test_ingest_jsonl_language_field_and_override(tmp_path):
    path = _jsonl(tmp_path, [json.dumps({"text": "Hello world again.", "lang": "EN"})])
    assert next(read([path])).lang == "en"
    assert next(read([path], lang="ar")).lang == "ar"


def test_ingest_jsonl_long_line_is_reported(tmp_path, monkeypatch):
    from kg.ingest import limits

    monkeypatch.setattr(limits, "MAX_LINE_BYTES", 100)
    path = _jsonl(tmp_path, [json.dumps({"text": "x" * 500}), json.dumps(GOOD2)])
    errors: list = []
    assert [d.id for d in read([path], errors=errors)] == ["7"]
    assert errors[0][1] == 1 and "longer than 100 bytes" in errors[0][2]


def test_ingest_jsonl_metadata_strings_are_cleaned(tmp_path):
    path = _jsonl(tmp_path, ['{"id": "a\\ud800b", "title": "t\\u0000", "source": "s\\udfff", "extra": "\\ud800", "text": "ok"}'])
    doc = next(read([path]))
    assert (doc.id, doc.title, doc.source, doc.meta["extra"]) == ("a\ufffdb", "t\ufffd", "s\ufffd", "\ufffd")
