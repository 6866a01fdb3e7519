"""Arabic phrases the tagger types as persons (fifth-session review, second round): a word with
a glued preposition before a verbal noun or the article ends no person's name, so "أمر بإحالة"
(ordered the referral) is no person and "بشار للكيماوي" is Bashar alone."""
from __future__ import annotations

import pytest

from kg.model import PER, Document, Mention
from kg.resolve import resolve_document


def _persons(text: str, span: str) -> list[str]:
    start = text.index(span)
    doc = Document(id="t", text=text, lang="ar",
                   mentions=[Mention(start, start + len(span), span, label=PER, score=0.9, source="ner")])
    resolve_document(doc)
    return [m.text for m in doc.mentions if m.entity and m.entity.startswith("person/")]


def test_verb_and_prepositional_object_is_no_person() -> None:
    assert _persons("وقال المصدر إن النائب العام أمر بإحالة المتهمين إلى المحاكمة", "أمر بإحالة") == []


@pytest.mark.parametrize("text, span, name", [
    ("واتهم التقرير نظام بشار للكيماوي في دوما", "بشار للكيماوي", "بشار"),
    ("وقدم الوزير الشكر لإبراهيم على جهوده", "لإبراهيم", "لإبراهيم"),  # "to Ibrahim": a person
    ("وقال الممثل أليك بالدوين إنه سيعود", "أليك بالدوين", "أليك بالدوين"),
])
def test_names_keep_their_words(text: str, span: str, name: str) -> None:
    assert _persons(text, span) == [name]
