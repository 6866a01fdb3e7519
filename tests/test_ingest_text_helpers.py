"""Language detection, dates, and the invisible-character view used for matching."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest import detect_language, parse_date, read, strip_invisible, visible


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("ذكرت وكالة الأنباء المركزية الكورية الشمالية", "ar"),
        ("North Korean leader Kim Jong Un hosted a delegation", "en"),
        ("قال مسؤول في CNN إن Kim Jong Un استضاف الوفد", "ar"),
        ("Москва и Пхеньян", "ru"),
        ("12345 -- 2024/07/12", "und"),
        ("", "und"),
    ],
)
def test_ingest_lang_detect(text, lang):
    assert detect_language(text) == lang


def test_ingest_lang_override(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Kim Jong Un hosted a delegation.", encoding="utf-8")
    assert next(read([path])).lang == "en"
    assert next(read([path], lang="ar")).lang == "ar"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-07-12", dt.date(2024, 7, 12)),
        ("2024-07-12T23:59:00-05:00", dt.date(2024, 7, 12)),
        ("Fri, 16 Mar 2018 14:39:46 +0400", dt.date(2018, 3, 16)),
        ("12/07/2024", dt.date(2024, 7, 12)),
        ("20240712", dt.date(2024, 7, 12)),
        (dt.datetime(2020, 1, 2, 3, 4), dt.date(2020, 1, 2)),
        ("2024-13-45", None),
        ("\u00b2", None),
        ("\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2\u00b2", None),
        ("٢٠٢٤-٠٧-١٢", dt.date(2024, 7, 12)),
        ("202407123", None),
        ("yesterday", None),
        (12345, None),
        (None, None),
    ],
)
def test_ingest_dates_parse(value, expected):
    assert parse_date(value) == expected


def test_ingest_date_param_used_for_text(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Kim Jong Un hosted a delegation on Thursday.", encoding="utf-8")
    assert next(read([path], date=dt.date(2024, 7, 12))).date == dt.date(2024, 7, 12)


def test_ingest_invisible_marks_kept_in_text_but_seen_through(tmp_path):
    name = "كيم\u200f جونغ\u200c-\u200bأون"
    path = tmp_path / "a.txt"
    path.write_text(f"استضاف {name} وفدا.", encoding="utf-8")
    doc = next(read([path]))
    assert name in doc.text  # the original text, offsets intact
    clean, index = strip_invisible(doc.text)
    assert "كيم جونغ-أون" in clean
    start = clean.index("كيم")
    end = start + len("كيم جونغ-أون")
    assert doc.text[index[start] : index[end - 1] + 1] == name
    assert visible("\u202bPutin\u202c") == "Putin"
    assert len(index) == len(clean) + 1 and index[-1] == len(doc.text)
