"""عمان is Oman (عُمان) and Amman (عمّان) once vowel marks are gone: the resolver reads the marks
when a writer kept them, a Jordanian adjective right before the name, a country joined by و,
and whether the story is about Jordan with no word of the Sultanate."""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")

AMMAN, OMAN = "city/250441", "country/OM"


def _key(text: str) -> str:
    doc = process(Document(id="t", text=text, lang="ar"))
    keys = [m.entity for m in doc.mentions if m.text.lstrip("وبل").replace("\u0651", "").replace("\u064f", "") == "عمان"]
    assert keys, [(m.text, m.entity) for m in doc.mentions]
    return keys[0]


def test_the_shadda_says_amman() -> None:
    assert _key("وتتواصل الاحتجاجات قرب مقر رئاسة الوزراء في عمّان.") == AMMAN


def test_the_damma_says_oman() -> None:
    assert _key("ووصل وزير الخارجية الأردني إلى عُمان.") == OMAN


def test_the_jordanian_capital_is_amman() -> None:
    assert _key("ثم توجه الوزير إلى العاصمة الأردنية عمان.") == AMMAN


def test_a_story_about_jordan_means_the_city() -> None:
    assert _key("وصل العاهل الأردني إلى عمان قادما من واشنطن.") == AMMAN


def test_a_word_of_the_sultanate_keeps_oman() -> None:
    assert _key("وزار الوزير الأردني عمان والتقى السلطان قابوس في مسقط.") == OMAN


def test_a_country_joined_by_and_is_oman() -> None:
    assert _key("وقع الأردن وعمان اتفاقية للتعاون.") == OMAN
    assert _key("وتشمل الرؤية السعودية والكويت وعمان.") == OMAN


def test_no_jordan_no_amman() -> None:
    assert _key("وستغلق السلطات مطار صلالة، ثاني أكبر مطارات عمان، بسبب العاصفة.") == OMAN


def test_amman_is_labelled_amman() -> None:
    doc = process(Document(id="t", text="ثم توجه الوزير إلى العاصمة الأردنية عمان.", lang="ar"))
    assert doc.entities[AMMAN].labels == {"en": "Amman", "ar": "عمّان"}
