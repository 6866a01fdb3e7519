"""Time expressions are found with exact offsets and resolved against the document date."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.events.timex import (
    add_months,
    hijri_to_gregorian,
    resolve,
    resolve_anchored,
    tabular_hijri_to_gregorian,
    weekday_before,
)

FRIDAY = dt.date(2024, 7, 12)


def dates(text: str, lang: str = "ar", day: dt.date | None = FRIDAY) -> list[tuple[str, dt.date | None]]:
    found = resolve(text, day, lang)
    for t in found:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.date) for t in found]


def test_weekday_is_the_one_before_a_friday_article() -> None:
    assert dates("استضاف كيم الوفد، الخميس، حيث ناقشا") == [("الخميس", dt.date(2024, 7, 11))]
    assert dates("ذكرت الوكالة، الجمعة، أن") == [("الجمعة", FRIDAY)]


def test_next_and_last_weekday() -> None:
    assert dates("يزور بكين الاثنين المقبل") == [("الاثنين المقبل", dt.date(2024, 7, 15))]
    assert dates("They met next Monday") == [] or dates("They will meet next Monday", "en") == [
        ("next Monday", dt.date(2024, 7, 15))
    ]
    assert dates("the talks on Thursday", "en") == [("Thursday", dt.date(2024, 7, 11))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وقع الهجوم أمس", ("أمس", dt.date(2024, 7, 11))),
        ("أنقذ الحرس اليوم منشأة", ("اليوم", FRIDAY)),
        ("يصل الوفد غداً", ("غداً", dt.date(2024, 7, 13))),
        ("قتل أول أمس", ("أول أمس", dt.date(2024, 7, 10))),
        ("منذ يومين", ("منذ يومين", dt.date(2024, 7, 10))),
        ("قبل ثلاثة أيام", ("قبل ثلاثة أيام", dt.date(2024, 7, 9))),
    ],
)
def test_arabic_relative_days(text: str, expected: tuple[str, dt.date]) -> None:
    assert dates(text) == [expected]


def test_a_month_after_the_signing_puts_the_signing_a_month_back() -> None:
    got = dates("ويأتي الاجتماع بعد شهر واحد من توقيع روسيا")
    assert got == [("بعد شهر واحد", dt.date(2024, 6, 12))]
    assert dates("They signed the pact a month ago.", "en") == [("a month ago", dt.date(2024, 6, 12))]


def test_explicit_gregorian_dates() -> None:
    assert dates("في 12 تموز/يوليو 2024") == [("12 تموز/يوليو 2024", dt.date(2024, 7, 12))]
    assert dates("في 3 يونيو") == [("3 يونيو", dt.date(2024, 6, 3))]
    assert dates("في 2024-07-01") == [("2024-07-01", dt.date(2024, 7, 1))]
    assert dates("on July 4, 2024 and 3 June", "en") == [
        ("July 4, 2024", dt.date(2024, 7, 4)),
        ("3 June", dt.date(2024, 6, 3)),
    ]


def test_hijri_dates() -> None:
    assert tabular_hijri_to_gregorian(1446, 1, 1) == dt.date(2024, 7, 7)
    day = hijri_to_gregorian(1445, 9, 1)  # 1 Ramadan 1445 = 11 March 2024 (Umm al-Qura)
    assert day is not None and abs((day - dt.date(2024, 3, 11)).days) <= 1
    ((text, got),) = dates("في 5 محرم 1446 هـ")
    assert text.startswith("5 محرم 1446") and got is not None
    assert abs((got - dt.date(2024, 7, 11)).days) <= 1


def test_without_a_document_date_only_explicit_dates_resolve() -> None:
    got = dict(dates("الخميس وفي 3 يونيو 2023", day=None))
    assert got["الخميس"] is None
    assert got["3 يونيو 2023"] == dt.date(2023, 6, 3)


def test_vague_expressions_keep_text_without_date() -> None:
    assert dates("الشهر الماضي") == [("الشهر الماضي", None)]
    assert dates("last week", "en") == [("last week", None)]


def test_helpers() -> None:
    assert add_months(dt.date(2024, 3, 31), -1) == dt.date(2024, 2, 29)
    assert weekday_before(FRIDAY, 4) == FRIDAY
    assert weekday_before(FRIDAY, 4, future=True) == dt.date(2024, 7, 19)


def test_offset_from_an_event_is_anchored_on_what_follows() -> None:
    ((t, anchor),) = resolve_anchored("ويأتي الاجتماع بعد شهر واحد من توقيع الاتفاقية", FRIDAY, "ar")
    assert anchor == "next" and t.date == dt.date(2024, 6, 12)
    ((t, anchor),) = resolve_anchored("قتل قبل شهر", FRIDAY, "ar")
    assert anchor == ""
    # the public tuple is (start, end, text, date)
    start, end, text, date = resolve("قتل قبل شهر", FRIDAY, "ar")[0]
    assert (text, date) == ("قبل شهر", dt.date(2024, 6, 12))
