"""One-word person names that joined no full name when they were read (eighth session).

Before, such a word became an entity linked across stories: the 3,000-ANT store had one person
"كيم" with 82 mentions from many stories (Kim Jong Un, Kim Yong Chol, Kim Jong Il ...).
"""
from __future__ import annotations

import re

from kg.model import Document, Mention
from kg.resolve import resolve_document
from kg.resolve.nameness import is_local


def _doc(text: str, names: list[str]) -> Document:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Mention(m.start(), m.end(), name, label="PER", score=0.95, source="ner"))
    doc = Document(id="d", text=text, lang="ar")
    doc.mentions = sorted(out, key=lambda m: m.start)
    return resolve_document(doc)


def _key(doc: Document, start: int) -> str:
    return next(m.entity for m in doc.mentions if m.start == start)


def test_a_word_of_two_full_names_stays_in_its_story() -> None:
    text = ("والتقى كيم يونغ تشول مسؤولين أمريكيين. وقال رفيق الحريري سابقا إن. وتحدث كيم عن القمة. "
            "وقال سعد الحريري إن الحكومة ستتشكل. وكان الحريري قد عاد.")
    doc = _doc(text, ["كيم يونغ تشول", "كيم", "رفيق الحريري", "سعد الحريري", "الحريري"])
    hariri = _key(doc, text.index("الحريري قد"))
    assert is_local(hariri)  # Saad or his father: which one is not known
    kim = _key(doc, text.index("كيم عن"))
    assert kim == _key(doc, text.index("كيم يونغ")) or is_local(kim)


def test_a_word_alone_with_no_full_name_around_is_linked_as_before() -> None:
    text = "وقال نيمار إنه سعيد. وأضاف نيمار أن الفريق سيفوز."
    doc = _doc(text, ["نيمار"])
    assert not is_local(_key(doc, text.index("نيمار")))
