"""The cue rules cut an organization's span before a country that follows its nationality adjective
(fifteenth session); an adjective after the country must not crash that cut (sixteenth session: a
ValueError on "البنك السعودية البريطاني" in unseen news stopped the whole article)."""

from __future__ import annotations

from kg.model import Document
from kg.pipeline import process


def test_a_nationality_after_a_country_in_a_bank_name_does_not_crash() -> None:
    text = 'أعلن البنك السعودية البريطاني "ساب"، الخميس، عن توقيع اتفاقية اندماج ملزمة مع البنك الأول.'
    doc = process(Document(id="t", text=text, lang="ar"), ner="crf")
    assert doc.mentions  # built, no ValueError


def test_the_army_is_still_cut_before_the_country() -> None:
    doc = process(Document(id="t", text="هاجم الجيش الأمريكي العراق.", lang="ar"), ner="crf")
    assert not [m.text for m in doc.mentions if m.label == "ORG" and "العراق" in m.text]
