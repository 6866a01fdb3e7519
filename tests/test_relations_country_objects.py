"""kg:country points at a country, and a listed region (continent, sea, contested territory) gets none."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process


def _relations(text: str) -> set[tuple[str, str, str]]:
    doc = process(Document(id="t", text=text, lang="ar"))
    return {(r.subject, r.predicate, r.object) for r in doc.relations}


def test_a_continent_is_in_no_country() -> None:
    rels = _relations("كما يدرس نائب رئيس الفيفا السابق عن قارة اسيا الكوري الجنوبي الترشح.")
    assert not [r for r in rels if r[1] in ("country", "locatedIn")], rels  # was: Asia country South Korea


@pytest.mark.parametrize("text, rel", [
    ("وصل الوفد إلى ريازان في روسيا.", ("city/500096", "locatedIn", "country/RU")),
    ("تستقطب مدينة لوزان السويسرية السياح.", ("city/2659994", "locatedIn", "country/CH")),
])
def test_a_city_still_has_its_country(text: str, rel: tuple[str, str, str]) -> None:
    assert rel in _relations(text)


def test_every_country_relation_points_at_a_country() -> None:
    text = ("أجاب: «لقد شكل ما حدث في هيروشيما والغزو السوفييتي صدمة مضاعفة لليابانيين، كون الأمرين قد "
            "وقعا في نفس التوقيت تقريبًا». وأكد الصباغ أن المعونات ستوزع عبر لجنة الطوارئ الطبية في الوادي "
            "والصحراء بحضرموت وفقا للآلية المتفق عليها.")
    rels = _relations(text)
    assert all(o.startswith("country/") for _, p, o in rels if p == "country"), rels
    assert not [r for r in rels if r[1] == "locatedIn" and not r[2].startswith("country/")], rels
