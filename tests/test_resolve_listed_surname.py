"""A surname alone that names a listed person (sixteenth session): not the unlisted relative whose
full name holds it, and one node with an unlisted spelling of the listed person's full name."""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import process


def test_the_surname_of_a_listed_person_is_not_his_daughter() -> None:
    text = "منحت السلطات الصينية إيفانكا ترامب ترخيصا. وقال الرئيس ترامب إن الصين تسرق التكنولوجيا."
    doc = process(Document(id="t", text=text, lang="ar"), ner="crf")
    daughter = {m.entity for m in doc.mentions if m.text == "إيفانكا ترامب"}
    father = {m.entity for m in doc.mentions if m.text == "ترامب"}
    assert father == {"person/donald-trump"}
    assert daughter and daughter != father


def test_a_spelling_of_a_listed_full_name_is_the_listed_person() -> None:
    text = (
        "وقالت المستشارة الألمانية أنغيلا ميركل إن بلادها ترفض الرسوم. "
        "وأضافت ميركل أن أوروبا سترد."
    )
    doc = process(Document(id="t", text=text, lang="ar"), ner="crf")
    keys = {m.entity for m in doc.mentions if "ميركل" in m.text}
    assert keys == {"person/angela-merkel"}


def test_a_name_after_lam_with_the_article_joins_its_entity() -> None:
    # "للسيسي" is ل + "السيسي" (the article's alif is not written after ل): one node, not a second one
    text = "وصل الرئيس المصري عبد الفتاح السيسي إلى موسكو. وتميزت الزيارة الرابعة للسيسي بإلقائه كلمة أمام البرلمان."
    doc = process(Document(id="t", text=text, lang="ar"), ner="crf")
    keys = {m.entity for m in doc.mentions if "سيسي" in m.text}
    assert keys == {"person/abdel-fattah-el-sisi"}
