"""The nineteenth session's cheaper events step (mostly Arabic) gives what the code it replaces gave.

Each test runs the new path and the old one (kept here, or reached by switching the new path off
with ``monkeypatch``) on the same input: generated Arabic sentences full of the words the rules
look for, and Arabic and English news text through the whole events step.
"""

from __future__ import annotations

import datetime as dt
import random

import pytest

from kg.events import timex
from kg.text.arabic import _REPLACEMENT, normalize_with_map

#: words of Arabic time expressions and their neighbours, with clitics, diacritics, digits in
#: both scripts, and words that only look like them
_AR_TIME_WORDS = (
    "أمس اليوم غدا غدًا البارحة الليلة الماضية أول من أمس بعد غد وأمس فاليوم الخميس الجمعة "
    "السبت يوم الأحد ليلة الاثنين المقبل الماضي الثلاثاء والأربعاء قبل منذ بعد خلال يومين أسبوعين "
    "ثلاثة أيام أشهر عام سنة الأسبوع الشهر العام السنة المقبلة القادم الحالي الجاري الماضيه "
    "يناير كانون الثاني تموز/يوليو يوليو (تموز) مارس رمضان شوال ذي القعدة 1445 هـ هجرية 2024 "
    "12 ٣ ١٢ 2024-07-12 12/07/2024 من سنة شهر في وقال الرئيس وزير الخارجية غزة ، . - / ( ) "
    "اليومية الغد الأمسية قبلها بعدما خلالها الاسبوعية"
).split()


def _ar_sentences(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        words = [rnd.choice(_AR_TIME_WORDS) for _ in range(rnd.randint(0, 12))]
        if rnd.random() < 0.2:
            words = [w + rnd.choice(("\u064b", "\u0640", "\u200f", "")) for w in words]
        out.append(rnd.choice((" ", "  ", "\n")).join(words))
    return out


def test_timex_text_without_its_map_is_normalize_with_map_text() -> None:
    texts = _ar_sentences(300, 1) + ["ΟΔΟΣ Σ İstanbul أَب", "", "KELVIN \u212a ß ﬁ"]
    for t in texts:
        assert t.translate(_REPLACEMENT) == normalize_with_map(t)[0]


def _resolved(text: str, date: dt.date | None) -> object:
    try:
        return timex.resolve_anchored(text, date, "ar")
    except ValueError as e:  # "قبل 2024 سنة": a year out of range (both paths alike)
        return repr(e)


def test_arabic_timex_patterns_run_only_when_they_can_match_as_all_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _ar_sentences(2000, 7)
    date = dt.date(2024, 7, 12)
    new = [_resolved(t, d) for t in texts for d in (date, None)]
    monkeypatch.setattr(timex, "PRECHECK_AR", False)
    old = [_resolved(t, d) for t in texts for d in (date, None)]
    assert new == old
    assert sum(map(bool, new)) > 1000  # most generated sentences hold a time expression


def test_arabic_timex_precheck_skips_only_patterns_that_cannot_match() -> None:
    for t in _ar_sentences(2000, 11):
        norm = normalize_with_map(t)[0]
        kinds = set(timex._ar_kinds(norm))
        for kind, pat in timex._ar_patterns():
            if pat.search(norm) is not None:
                assert kind in kinds, (kind, t)
