"""Arabic place spans the tagger finds: a nationality adjective without its article is the
state; a common word that GeoNames lists as a foreign city's Arabic name is no visit there."""
from __future__ import annotations

from kg.model import Document, Mention
from kg.resolve import resolve_document


def _resolve(text: str, span: str) -> Document:
    i = text.index(span)
    m = Mention(i, i + len(span), span, label="LOC", score=0.9, source="ner")
    return resolve_document(Document(id="t", text=text, lang="ar", mentions=[m]))


def test_bare_nationality_adjective_is_the_state() -> None:
    doc = _resolve("موسكو تردّ على قصف أوكراني لمواقع عسكرية في روسيا", "أوكراني")
    assert doc.mentions[0].entity == "country/UA"


def test_common_word_is_not_a_mid_sized_foreign_city() -> None:
    # "جيشي البلدين": the two countries' armies; GeoNames lists جيشي for Jixi, China
    doc = _resolve("وقال كيم إن جيشي البلدين يجب أن يتحدا", "جيشي")
    assert not any(k.startswith("city/") or k.startswith("country/") for k in doc.entities)


def test_a_large_city_still_links_by_name_alone() -> None:
    doc = _resolve("وصل الوفد إلى القاهرة صباح اليوم", "القاهرة")
    assert any(k.startswith("city/") for k in doc.entities)


def test_common_word_with_a_suffix_is_no_place() -> None:
    doc = _resolve("وقال كيم إن جيشي البلدين يجب أن يتحدا", "جيشي")
    assert doc.entities == {}
    assert doc.mentions[0].entity is None


def test_person_span_grows_to_a_listed_full_name() -> None:
    text = "إعلاء للمذهب.. مقتدى الصدر يوجه دعوة لخطباء المنبر"
    i = text.index("الصدر")
    m = Mention(i, i + 5, "الصدر", label="PER", score=0.8, source="ner")
    doc = resolve_document(Document(id="t", text=text, lang="ar", mentions=[m]))
    assert doc.mentions[0].entity == "person/muqtada-al-sadr"
    assert doc.mentions[0].text == "مقتدى الصدر"
    again = resolve_document(doc)  # running it twice gives the same result
    assert again.mentions[0].text == "مقتدى الصدر"
