"""A time further back than year 1 ("3000 years ago") was a crash of the events step (ValueError
from the date arithmetic, found by the nineteenth session's helper evspeed19); it is a time with
its text and no date."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.events.timex import resolve_anchored
from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")


@pytest.mark.parametrize(
    ("text", "lang", "phrase"),
    [("Rebels attacked the city 3000 years ago.", "en", "3000 years ago"),
     ("هاجم المتمردون المدينة قبل 3000 عام.", "ar", "قبل 3000 عام")],
)
def test_a_time_before_year_one_keeps_its_text_and_no_date(text: str, lang: str, phrase: str) -> None:
    found = resolve_anchored(text, dt.date(2018, 5, 1), lang)
    assert [(t.text, t.date) for t, _ in found] == [(phrase, None)]
    doc = process(Document(id="t", text=text, lang=lang, date=dt.date(2018, 5, 1)))
    assert doc.events  # the attack is still there


def test_a_time_in_range_still_has_its_date() -> None:
    found = resolve_anchored("Rebels attacked the city 3 years ago.", dt.date(2018, 5, 1), "en")
    assert [t.date for t, _ in found] == [dt.date(2015, 5, 1)]
