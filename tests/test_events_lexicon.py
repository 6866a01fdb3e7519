"""Trigger matching: inflected and clitic-attached Arabic forms, English inflections, context."""

from __future__ import annotations

import pytest

from kg.events.lexicon import (
    arabic_noun_forms,
    arabic_verb_forms,
    english_verb_forms,
    get_lexicon,
)
from kg.text.arabic import normalize
from kg.text.tokenize import tokenize


def triggers(text: str, lang: str = "ar") -> list[tuple[str, str, str]]:
    toks = tokenize(text)
    words = [normalize(t.text) if lang == "ar" else t.text.lower() for t in toks]
    return [(toks[m.start].text, m.entry.plover, m.number) for m in get_lexicon(lang).find(words)]


@pytest.mark.parametrize(
    ("text", "word", "category"),
    [
        ("استضاف كيم الوفد", "استضاف", "CONSULT"),
        ("وتستضيف بكين القمة", "وتستضيف", "CONSULT"),  # imperfect, feminine, conjunction
        ("ونفت الدولتان ذلك", "ونفت", "REJECT"),  # defective verb, feminine perfect
        ("ينفي الوزير الخبر", "ينفي", "REJECT"),
        ("فاتهمته الحكومة", "فاتهمته", "ACCUSE"),  # proclitic and enclitic
        ("وسيزور الرئيس باريس", "وسيزور", "CONSULT"),  # future prefix
        ("شن الجيش غارات", "شن", "ASSAULT"),
        ("خرجت المظاهرات في المدينة", "المظاهرات", "PROTEST"),
    ],
)
def test_arabic_inflected_forms(text: str, word: str, category: str) -> None:
    assert (word, category) in [(w, c) for w, c, _ in triggers(text)]


def test_dual_verb_is_marked_dual() -> None:
    assert ("ناقشا", "CONSULT", "dual") in triggers("حيث ناقشا التعاون")


def test_future_prefix_is_reported() -> None:
    toks = tokenize("سيزور الرئيس باريس")
    words = [normalize(t.text) for t in toks]
    (m,) = get_lexicon("ar").find(words)
    assert m.future


def test_a_word_that_is_a_form_itself_has_no_future_reading() -> None:
    # "ساعد" is "helped" (ساعد, AID), not "I will promise" (س + أعد, AGREE)
    for text, word in (("ساعد الجيش القوات في السيطرة", "ساعد"), ("هدف المنافس ساعدنا على الفوز", "ساعدنا"),
                       ("وساعد التدخل الروسي قوات النظام", "وساعد")):
        found = [(w, c) for w, c, _ in triggers(text)]
        assert (word, "AID") in found and "AGREE" not in [c for _, c in found]
    toks = tokenize("سنساعد الشعب الفلسطيني")  # the future of the same verb still reads as one
    (m,) = get_lexicon("ar").find([normalize(t.text) for t in toks])
    assert m.future and m.entry.plover == "AID"


def test_context_is_required_where_the_lexicon_says_so() -> None:
    assert [c for _, c, _ in triggers("وقع الحادث في المدينة")] == []  # "happened", not "signed"
    assert ("وقعت", "AGREE") in [(w, c) for w, c, _ in triggers("وقعت الدولتان على اتفاقية دفاعية")]


def test_a_verb_does_not_follow_a_preposition() -> None:
    # "عن دعمه" is the noun "his support", not the verb "he supported him"
    toks = tokenize('أعرب عن "دعمه" للحرب')
    words = [normalize(t.text) for t in toks]
    kinds = {toks[m.start].text: m.entry.kind for m in get_lexicon("ar").find(words)}
    assert kinds.get("دعمه") in (None, "n")


def test_form_generators() -> None:
    forms = arabic_verb_forms("استضاف", "ستضيف")
    assert forms["يستضيف"] == ("sg", True)
    assert forms["استضافت"] == ("sg", False)
    assert "زيارته"[:-1] in arabic_noun_forms("زيارة")
    assert {"attacked", "attacks", "attacking"} <= english_verb_forms("attack")
    assert "cancelled" in english_verb_forms("cancel")


def test_english_own_entries_and_dictionary() -> None:
    got = triggers("Israel accused Iran and denied the report", "en")
    assert ("accused", "ACCUSE", "") in got and ("denied", "REJECT", "") in got
    # a PETRARCH2 dictionary verb that kg's own list does not hold still codes
    lex = get_lexicon("en")
    assert "meet" in lex.own and any(f.entry.source == "petrarch2" for f in lex.dict.get("condemned", []))


def test_english_tags_keep_nouns_and_verbs_apart() -> None:
    words = ["the", "attack", "on", "the", "town"]
    tags = ["DT", "NN", "IN", "DT", "NN"]
    (m,) = get_lexicon("en").find(words, tags=tags)
    assert m.entry.kind == "n"
    assert get_lexicon("en").find(["they", "attack", "towns"], tags=["PRP", "NN", "NNS"])[0].entry.kind == "n"


def test_protest_sentences() -> None:
    from kg.events import extract
    from kg.model import Document

    def cats(text: str) -> list[str]:
        doc = extract(Document(id="x", text=text, lang="ar"))
        return sorted(e.category for e in doc.events if e.modality == "asserted")

    # what is protested is not a second event; protesters' violence is a violent protest
    assert cats("خرج متظاهرون للاحتجاج على مقتل ثلاثة مدنيين.") == ["PROTEST"]
    assert cats("وأحرق المتظاهرون إطارات السيارات وأطلقوا النار في الهواء.") == ["PROTEST", "PROTEST"]
    assert cats("اغتيل الوزير في انفجار عبوة ناسفة.") == ["ASSAULT"]  # one event, named thrice
