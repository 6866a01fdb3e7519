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


@pytest.mark.parametrize("text", [
    "وقالت الشركة في بيان إن الحملة ستنطلق قريبا.",  # ب + يان + إن: no Yan'an
    "وذكرت الوزارة في بيان أن عددهم ضئيل.",
    "وقال شي إن الموقع الجغرافي مهم.",  # no Xi'an
    "القرارات التي ما إن تتخذ حتى تثار حولها الأسئلة.",  # no Tayma
    "وتوعد الوزير بأن يد العدالة ستطال المجرمين.",  # no Enid
])
def test_two_words_of_the_language_make_no_spacing_free_city(text: str) -> None:
    assert _cities(text) == []


def test_a_city_written_in_two_parts_still_joins() -> None:
    assert _cities("وكان يفترض أن تصل الطائرة إلى كوالا لمبور في ماليزيا.") == ["كوالا لمبور"]
