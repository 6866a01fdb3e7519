"""Arabic nationality adjectives of country names ending in ية or ي (seventeenth session): the rule
doubled the ي (السعوديي, التشيليي), so "وزير الخارجية السعودي" named no state; the shipped
gazetteer carries the right forms, and Mali's (المالي: "the financial") none."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kg.extract.build_gazetteer import arabic_adjectives
from kg.model import Document
from kg.pipeline import process

pytestmark = pytest.mark.filterwarnings("ignore")

PLACES = Path(__file__).resolve().parent.parent / "kg" / "extract" / "data" / "places.tsv"


@pytest.mark.parametrize(
    ("country", "adjectives"),
    [
        ("السعودية", ["السعودي", "السعودية"]),
        ("تشيلي", ["التشيلي", "التشيلية"]),
        ("جيبوتي", ["الجيبوتي", "الجيبوتية"]),
        ("روسيا", ["الروسي", "الروسية"]),
        ("مصر", ["المصري", "المصرية"]),
        ("البوسنة", ["البوسني", "البوسنية"]),
        ("مالي", []),
    ],
)
def test_adjectives_of_a_country_name(country: str, adjectives: list[str]) -> None:
    assert arabic_adjectives(country) == adjectives


def test_the_shipped_gazetteer_has_no_doubled_ya() -> None:
    with PLACES.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["kind"] == "nationality" and r["lang"] == "ar"]
    assert not [r["name"] for r in rows if "يي" in r["name"].split()[0]]
    assert ("SA", "السعودي") in {(r["id"], r["name"]) for r in rows}
    assert "ML" not in {r["id"] for r in rows}


def test_a_saudi_minister_s_country_is_found() -> None:
    doc = process(Document(id="t", text="وقال وزير الخارجية السعودي عادل الجبير إن بلاده ترفض الاتهامات.", lang="ar"))
    assert any(m.text == "السعودي" and m.entity == "country/SA" for m in doc.mentions)
    assert [e.agent for e in doc.events if e.trigger.text == "ترفض"] == [["country/SA"]]


def test_the_financial_is_no_country() -> None:
    doc = process(Document(id="t", text="وأعلنت وزارة المالية أن الوضع المالي مستقر.", lang="ar"))
    assert not any(m.entity == "country/ML" for m in doc.mentions)
