"""A one-word city name that reads as ب / ل + an ordinary word is a place only where a place is named."""
from __future__ import annotations

import pytest

from kg.extract import gazetteer
from kg.model import Document


def _cities(text: str) -> list[str]:
    doc = Document(id="t", text=text, lang="ar")
    return [m.text for m in gazetteer.extract(doc) if m.attrs.get("geonames")]


@pytest.mark.parametrize("text", [
    "وحكمت المحكمة على المتهم بعقوبة السجن لمدة عامين.",
    "وأكد سعادته بردود الفعل على المسلسل.",
    "خوفا من أعمال عنف شبيهة بالتي وقعت العام الماضي.",
    "وقال مايك بندر، الشريك المؤسس للشركة.",
])
def test_preposition_and_word_is_no_city(text: str) -> None:
    assert _cities(text) == []


@pytest.mark.parametrize("text", [
    "وقتل خمسة أشخاص في انفجار في بعقوبة شمال بغداد.",
    "وصل الوفد إلى مدينة بعقوبة أمس.",
    "وانفجرت سيارة مفخخة وسط بعقوبة.",
    "وقتل جنديان في بعقوبة",
    "بعقوبة شمال شرقي بغداد",
])
def test_the_city_where_a_place_is_named(text: str) -> None:
    assert "بعقوبة" in _cities(text)


def test_other_cities_need_no_context() -> None:
    assert _cities("بغداد تستضيف القمة ولندن ترحب") == ["بغداد", "لندن"]
