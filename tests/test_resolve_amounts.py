"""A currency right after a number is a sum of money, not an organization (50 ألف ريال)."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process


@pytest.mark.parametrize("text", [
    "فاز اللاعب بجائزة مالية قدرها 50 ألف ريال، في حين خسر الآخر.",
    "دخل خزينة النادي خلال الـ ٢٤ ساعة الماضية ٨٠٠ ألف ريال. وعلى الصعيد الميداني بدأ الفريق تدريباته.",
    "وبلغت تكلفة المشروع ( 50.827.000) ريال، وقد قامت الامانة بطرحه.",
    "طالب اللاعب ناديه بخمسة ملايين ريال مستحقات سابقة.",
])
def test_a_sum_of_riyals_makes_no_entity(text: str) -> None:
    doc = process(Document(id="t", text=text, lang="ar"))
    assert not [e.key for e in doc.entities.values() if "%D8%B1%D9%8A%D8%A7%D9%84" in e.key], \
        [(m.text, m.label) for m in doc.mentions]


def test_real_madrid_is_still_a_club() -> None:
    doc = process(Document(id="t", text="سجل لاعب ريال مدريد هدفا في مرمى برشلونة.", lang="ar"))
    assert "org/real-madrid" in {e.key for e in doc.entities.values()}
