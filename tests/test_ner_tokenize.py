"""The NER tokeniser: punctuation split off, offsets exact."""
from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from kg.ner.tokenize import split_sentences, tokenize


def _words(text: str) -> list[str]:
    return [text[s:e] for s, e in tokenize(text)]


def test_quote_and_period_split_off_arabic_word() -> None:
    assert _words('بين البلدين".') == ["بين", "البلدين", '"', "."]


def test_hyphen_split_off_name_part() -> None:
    assert _words("كيم جونغ- أون") == ["كيم", "جونغ", "-", "أون"]


def test_arabic_comma_and_diacritics() -> None:
    assert _words("الجمعةُ، أن") == ["الجمعةُ", "،", "أن"]


def test_english_conventions() -> None:
    assert _words("U.S.-based firm's 3.5% (CNN)") == [
        "U.S.", "-", "based", "firm", "'s", "3.5%", "(", "CNN", ")",
    ]


@given(st.text(alphabet="ab ج،.-\"'\nكيم5", max_size=40))
def test_tokens_are_ordered_non_overlapping_and_never_blank(text: str) -> None:
    spans = tokenize(text)
    for (_, e1), (s2, _) in itertools.pairwise(spans):
        assert e1 <= s2
    for s, e in spans:
        assert s < e and text[s:e].strip() == text[s:e]


def test_sentences_split_on_arabic_question_mark_and_newline() -> None:
    text = "هل زار بوتين؟ نعم.\nثم عاد"
    assert [text[s:e] for s, e in split_sentences(text)] == ["هل زار بوتين؟", "نعم.", "ثم عاد"]


def test_a_diacritic_inside_an_arabic_word_keeps_it_whole() -> None:
    # the marks were glued back but the letters after them began a new token ("والادّ" "عاء")
    text = "التحقيق والادّعاء تحمّل فتاتي جدة المسؤولية، وقال مُحَمَّد إن غزّة"
    words = [text[s:e] for s, e in tokenize(text)]
    assert words == ["التحقيق", "والادّعاء", "تحمّل", "فتاتي", "جدة", "المسؤولية", "،", "وقال", "مُحَمَّد", "إن", "غزّة"]
    # the older split, which the shipped language model was pretrained on, stays available
    word = "والادّعاء"
    assert [word[s:e] for s, e in tokenize(word, split_marked=True)] == ["والادّ", "عاء"]


def test_no_mention_is_a_piece_of_a_vowelled_word() -> None:
    import datetime as dt

    from kg.model import Document
    from kg.pipeline import process

    text = "التحقيق والادّعاء تحمّل فتاتي جدة مسؤولية التحرش بهما وتطالب بتعزيرهن."
    doc = process(Document(id="t", text=text, lang="ar", date=dt.date(2015, 8, 9)))
    for m in doc.mentions:
        # every mention starts and ends on a word boundary of the text
        assert (m.start == 0 or text[m.start - 1] == " ") and (m.end == len(text) or not text[m.end].isalpha()), m.text
