"""Country names as the Arabic news writes them, not only as CLDR does (eighth session).

CLDR writes الدانمرك, هنغاريا, "ميانمار (بورما)", أورغواي, مقدونيا الشمالية: the news's الدنمارك,
المجر, ميانمار, الأوروغواي, مقدونيا were each a Location of their own, apart from the country.
"""
from __future__ import annotations

import pytest

from kg.extract import gazetteer
from kg.model import Document
from kg.resolve.places import find_place


@pytest.mark.parametrize("name, iso", [
    ("الدنمارك", "DK"), ("المجر", "HU"), ("ميانمار", "MM"), ("بورما", "MM"), ("بنغلادش", "BD"),
    ("الأوروغواي", "UY"), ("مقدونيا", "MK"), ("البوسنة", "BA"), ("دولة الإمارات", "AE"),
    ("الجمهورية العربية السورية", "SY"), ("جمهورية مصر العربية", "EG"), ("روسيا البيضاء", "BY"),
    ("Burma", "MM"), ("North Korea", "KP"), ("Turkey", "TR"),
])
def test_news_spellings_are_the_country(name: str, iso: str) -> None:
    assert find_place(name) == ("Country", iso)


def test_the_gazetteer_finds_them_and_their_nationality_adjectives() -> None:
    text = "وأعلنت الحكومة المجرية أن المجر لن تستقبل لاجئين من ميانمار."
    found = {m.text: m.attrs.get("iso") for m in gazetteer.extract(Document(id="g", text=text, lang="ar"))}
    assert found.get("المجر") == "HU" and found.get("ميانمار") == "MM"
    assert "المجرية" in found


def test_a_city_with_its_country_adjective_is_the_city() -> None:
    # the tagger's "إدلب السورية" (Idlib, the Syrian city) was a Location of its own
    from kg.model import Mention
    from kg.resolve import resolve_document

    text = "وقصفت الطائرات مدينة إدلب السورية. ووصل الوفد إلى جدة السعودية أمس. وفي باريس السورية."
    spans = ["إدلب السورية", "جدة السعودية", "باريس السورية"]
    mentions = [Mention(text.index(s), text.index(s) + len(s), s, label="LOC", score=0.9, source="ner") for s in spans]
    doc = resolve_document(Document(id="c", text=text, lang="ar", mentions=mentions))
    got = {m.attrs.get("span_as_found") and text[m.attrs["span_as_found"][0]:m.attrs["span_as_found"][1]]: (m.text, m.entity)
           for m in doc.mentions}
    assert got["إدلب السورية"] == ("إدلب", "city/169389")
    assert got["جدة السعودية"] == ("جدة", "city/105343")
    # Paris is no Syrian city: the span stays as the tagger made it
    assert not any(m.text == "باريس" for m in doc.mentions)


def test_a_small_english_gazetteer_city_needs_its_country_in_the_story() -> None:
    # "Sina" (the Chinese portal) was Sīnah, Iraq, "Orange" (the phone network) Orange, California
    from kg.pipeline import process

    doc = process(Document(id="s", text="Shanda has bought a stake in Sina. Mobile network Orange grew.", lang="en"),
                  steps=("sentences", "mentions", "resolve"))
    assert not any(m.entity and m.entity.startswith("city/") for m in doc.mentions), \
        [(m.text, m.entity) for m in doc.mentions]
    # a large city needs nothing, a small one whose country the story names keeps its link
    big = process(Document(id="b", text="He flew to Manchester on Monday.", lang="en"),
                  steps=("sentences", "mentions", "resolve"))
    assert any(m.entity == "city/2643123" for m in big.mentions)
    named = process(Document(id="n", text="Talks in Geneva ended, Swiss officials said.", lang="en"),
                    steps=("sentences", "mentions", "resolve"))
    assert any(m.entity == "city/2660646" for m in named.mentions)
