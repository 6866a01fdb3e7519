"""Document -> mentions: exact offsets, labels, scores."""
from __future__ import annotations

import kg.ner
from kg.model import MENTION_LABELS, Document

AR = (
    '(CNN)-- ذكرت وكالة الأنباء المركزية الكورية الشمالية، الجمعة، أن الزعيم الكوري الشمالي، '
    'كيم جونغ- أون استضاف في بيونغ يانغ وفدا رسميا من روسيا، برئاسة نائب وزير الدفاع. '
    'وأضاف التقرير أن الرئيس الروسي فلاديمير بوتين أرسل تحياته إلى كيم جونغ- أون.'
)
EN = "Russian President Vladimir Putin met Kim Jong Un in Pyongyang on Thursday, the KCNA news agency said."


def _check_offsets(doc: Document) -> list:
    mentions = kg.ner.extract(doc)
    assert mentions
    for m in mentions:
        assert m.text == doc.text[m.start:m.end]
        assert m.text == m.text.strip()
        assert m.label in MENTION_LABELS
        assert m.source == "ner"
        assert 0.0 < m.score <= 1.0
    return mentions


def test_arabic_mentions_have_exact_offsets_and_find_putin_and_russia() -> None:
    mentions = _check_offsets(Document(id="seed", text=AR, lang="ar"))
    found = {(m.text, m.label) for m in mentions}
    assert ("فلاديمير بوتين", "PER") in found
    assert ("روسيا", "LOC") in found


def test_arabic_mention_does_not_swallow_punctuation() -> None:
    mentions = kg.ner.extract(Document(id="x", text=AR, lang="ar"))
    assert not any(ch in m.text for m in mentions for ch in "،.\"")
    assert not any(m.text[0] in "-،." or m.text[-1] in "-،." for m in mentions)


def test_hyphenated_korean_name_is_one_person() -> None:
    mentions = kg.ner.extract(Document(id="x", text=AR, lang="ar"))
    assert ("كيم جونغ- أون", "PER") in {(m.text, m.label) for m in mentions}


def test_surname_alone_takes_the_full_names_type() -> None:
    text = (
        "استقبل الزعيم نائب وزير الدفاع أليكسي كريفوروتشكو في العاصمة. "
        "وناقش كريفوروتشكو التعاون مع الجيش. وقال كريفوروتشكو إن الزيارة مهمة."
    )
    mentions = kg.ner.extract(Document(id="k", text=text, lang="ar"))
    lone = [m for m in mentions if m.text == "كريفوروتشكو"]
    assert lone and all(m.label == "PER" for m in lone)


def test_english_mentions() -> None:
    mentions = _check_offsets(Document(id="en", text=EN, lang="en"))
    found = {(m.text, m.label) for m in mentions}
    assert ("Vladimir Putin", "PER") in found
    assert ("Pyongyang", "LOC") in found


def test_given_sentences_are_respected() -> None:
    text = "President Putin spoke.   Chancellor Angela Merkel listened."
    doc = Document(id="s", text=text, lang="en", sentences=[(0, 22), (25, len(text))])
    mentions = kg.ner.extract(doc)
    texts = {m.text for m in mentions}
    assert "Putin" in texts
    assert any("Angela Merkel" in t for t in texts)
    for m in mentions:
        assert any(s <= m.start and m.end <= e for s, e in doc.sentences)


def test_leading_conjunction_is_trimmed_from_arabic_mention() -> None:
    text = "التقى الرئيس الأمريكي جو بايدن وبوتين في جنيف."
    doc = Document(id="t", text=text, lang="ar")
    texts = [m.text for m in kg.ner.extract(doc)]
    assert "وبوتين" not in texts
