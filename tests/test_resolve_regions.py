"""Regions that are neither a country nor a city: one node in both languages (kgid:loc/west-bank)."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import process
from kg.resolve import known

AR = ("زار الوزير الضفة الغربية وقطاع غزة ثم شبه جزيرة القرم وإقليم دونباس، وتحدث عن كشمير ودارفور "
      "والشرق الأوسط وأوروبا ومنطقة الخليج. وزار إقليم كردستان العراق وشمال أفريقيا. وقصفت إسرائيل مدينة غزة.")
EN = ("The minister visited the West Bank and the Gaza Strip, then Crimea and the Donbas, and spoke about "
      "Kashmir, Darfur, the Middle East, Europe and the Gulf.")
BOTH = {"loc/west-bank", "loc/gaza-strip", "loc/crimea", "loc/donbas", "loc/kashmir", "loc/darfur",
        "loc/middle-east", "loc/europe", "loc/persian-gulf"}


def _keys(text: str, lang: str) -> set[str]:
    return {e.key for e in process(Document(id="t", text=text, lang=lang)).entities.values()}


def test_arabic_and_english_name_the_same_regions() -> None:
    ar, en = _keys(AR, "ar"), _keys(EN, "en")
    assert BOTH <= ar, sorted(BOTH - ar)
    assert BOTH <= en, sorted(BOTH - en)
    assert {"loc/kurdistan-region", "loc/north-africa", "city/281133", "country/IL"} <= ar  # مدينة غزة: the city


def test_no_piece_of_a_region_name_is_left_over() -> None:
    doc = process(Document(id="t", text=AR, lang="ar"))
    texts = [m.text for m in doc.mentions]
    assert "شبه جزيرة القرم" in texts and "شبه" not in texts and "وقطاع" not in texts
    assert not [e.key for e in doc.entities.values() if e.key.startswith("loc/%")], "Arabic-only region keys"


def test_a_region_the_tagger_calls_a_person_is_a_place() -> None:
    doc = process(Document(id="t", text="Fighting in Darfur and Crimea continued.", lang="en"))
    types = {e.key: e.type for e in doc.entities.values()}
    assert types.get("loc/darfur") == "Location" and types.get("loc/crimea") == "Location", types


@pytest.mark.parametrize("name, key", [("الضفة الغربية", "loc/west-bank"), ("West Bank", "loc/west-bank"),
                                       ("أوروبا", "loc/europe"), ("Persian Gulf", "loc/persian-gulf")])
def test_the_list_keys_regions_by_their_english_name(name: str, key: str) -> None:
    found = known.lookup(name, "Location")
    assert found is not None and found.key == key
    assert known.lookup(name, "Person") is None
