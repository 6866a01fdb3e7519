"""English time expressions whose words the case-blind patterns match in other letters (sixteenth session:
``resolve("on ſunday", ...)`` raised KeyError, stopping the whole article)."""

from __future__ import annotations

import datetime as dt

from kg.events import timex

FRIDAY = dt.date(2024, 7, 12)


def test_a_long_s_weekday_resolves_like_the_plain_one() -> None:
    (t,) = timex.resolve("on ſunday", FRIDAY, "en")
    assert t.date == timex.resolve("on Sunday", FRIDAY, "en")[0].date == dt.date(2024, 7, 7)


def test_a_kelvin_sign_in_a_unit_still_counts_weeks() -> None:
    (t,) = timex.resolve("two wee\u212as ago", FRIDAY, "en")
    assert t.date == dt.date(2024, 6, 28)


def test_a_word_no_table_holds_gives_no_date_and_no_error() -> None:
    for text in ("on \u0130unday", "Decemb\u0130r 3", "on SUNDAY"):
        for t in timex.resolve(text, FRIDAY, "en"):
            assert t.date is None or t.date.weekday() == 6
