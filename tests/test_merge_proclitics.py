"""A name glued to Arabic proclitics (للعراق, "to Iraq") is the gazetteer's name inside it."""
from __future__ import annotations

import pytest

from kg.extract.merge import merge
from kg.model import Document, Mention


def test_the_gazetteer_span_inside_a_glued_word_wins() -> None:
    text = "مساعدات للعراق."
    ner = Mention(8, 14, "للعراق", label="LOC", source="ner", score=0.99)
    gaz = Mention(10, 14, "عراق", label="LOC", source="gazetteer", kind="Country", attrs={"iso": "IQ"})
    assert text[8:14] == "للعراق" and text[10:14] == "عراق"
    (m,) = merge([ner, gaz])
    assert (m.start, m.end, m.text, m.kind, m.attrs.get("iso")) == (10, 14, "عراق", "Country", "IQ")
    assert m.source == "ner" and "gazetteer" in m.attrs["also"]


@pytest.mark.parametrize("ner_text, gaz_text", [
    ("الحرس الوطني الروسي", "الروسي"),   # a longer name ending in a nationality: not a proclitic
    ("بلقاسم", "قاسم"),                   # "ب" + "لقاسم"... the lead is ب + ل but the tagger's label is PER
])
def test_other_overlaps_keep_the_model_span(ner_text: str, gaz_text: str) -> None:
    start = len(ner_text) - len(gaz_text)
    ner = Mention(0, len(ner_text), ner_text, label="ORG" if " " in ner_text else "PER", source="ner", score=0.9)
    gaz = Mention(start, len(ner_text), gaz_text, label="LOC", source="gazetteer", kind="City")
    (m,) = merge([ner, gaz])
    assert (m.start, m.text) == (0, ner_text)


@pytest.mark.parametrize("text, key", [
    ("قدمت السعودية مساعدات للعراق.", "country/IQ"),
    ("قدمت السعودية مساعدات لليمن.", "country/YE"),
    ("أعلنت المملكة دعمها للسودان.", "country/SD"),
    ("زيارة للولايات المتحدة.", "country/US"),
])
def test_the_pipeline_links_countries_after_li_al(text: str, key: str) -> None:
    from kg.pipeline import process

    doc = process(Document(id="t", text=text, lang="ar"))
    keys = {e.key for e in doc.entities.values()}
    assert key in keys, keys
    assert not any(k.startswith("loc/") for k in keys), keys


def test_one_letter_is_not_peeled_off_a_name() -> None:
    """فيينا is Vienna; the gazetteer's ف + يينا (Jena) must not win over the tagger's span."""
    ner = Mention(0, 5, "فيينا", label="LOC", source="ner", score=0.99)
    gaz = Mention(1, 5, "يينا", label="LOC", source="gazetteer", kind="City", attrs={"geonames": "2895044"})
    (m,) = merge([ner, gaz])
    assert (m.start, m.text) == (0, "فيينا")
