"""Edges of Arabic person names (eighth session, from reading kg's output on ANT news).

* The rule propagation spread the tagger's unsure guesses ("حجاب" at 0.41) over every
  occurrence of the word, inside words with the article too ("بالحجاب", "للبريكست").
* A person span that is a title of several words ("وولي العهد") became a person.
* Adjectives after a name ("عمار البالغ من العمر", "الشهير بـ") stayed in it.
"""
from __future__ import annotations

from kg.extract import rules
from kg.model import Document, Mention


def _ar(text: str) -> Document:
    return Document(id="t", text=text, lang="ar")


def _propagated(text: str, known: list[Mention]) -> list[str]:
    return [m.text for m in rules.extract(_ar(text), known) if m.source == "propagation"]


def _model_person(text: str, name: str, score: float) -> Mention:
    a = text.index(name)
    return Mention(a, a + len(name), name, label="PER", score=score, source="ner", norm=name)


def test_an_unsure_model_name_is_not_propagated() -> None:
    text = 'الجدل حول "حجاب" مريم. وقالت إن ارتداء حجاب كان اختياريا.'
    assert _propagated(text, [_model_person(text, "حجاب", 0.41)]) == []
    # the same name found with confidence is spread to its repeat
    assert _propagated(text, [_model_person(text, "حجاب", 0.9)]) == ["حجاب"]


def test_a_person_name_is_not_matched_inside_a_word_with_the_article() -> None:
    text = "قالت حجاب إنها ستعود. وتحدثت عن ارتداء الحجاب وعن للحجاب. وقيل لحجاب أن تعود."
    found = _propagated(text, [_model_person(text, "حجاب", 0.95)])
    # "لحجاب" (to + the name) is a repeat; "الحجاب", "للحجاب" (the article) are not
    assert found == ["حجاب"]
    assert all(text[m.start - 2:m.start] != "ال" for m in rules.extract(_ar(text), [_model_person(text, "حجاب", 0.95)])
               if m.source == "propagation")


def test_a_title_of_several_words_names_no_one() -> None:
    from kg.resolve.document import _title_phrase

    assert _title_phrase(Mention(0, 9, "وولي العهد", label="PER", source="ner"))
    assert _title_phrase(Mention(0, 11, "رئيس الوزراء", label="PER", source="ner"))
    assert not _title_phrase(Mention(0, 9, "ولي الدين", label="PER", source="ner"))  # a name
    assert not _title_phrase(Mention(0, 4, "الملك", label="PER", source="ner"))  # one word: name_span's job


def test_adjectives_after_a_name_are_cut_off() -> None:
    from kg.resolve import nameness

    for text, name in (("عمار البالغ", "عمار"), ("محمد عبد اللطيف الشهير", "محمد عبد اللطيف"),
                       ("أحمد الملقب", "أحمد")):
        m = Mention(0, len(text), text, label="PER", source="ner")
        a, b = nameness.name_span(m, "Person")
        assert text[a:b] == name
    # a family name with the article stays ("كريم العلمي")
    m = Mention(0, 11, "كريم العلمي", label="PER", source="ner")
    assert nameness.name_span(m, "Person") == (0, 11)


def test_a_person_span_goes_on_over_the_word_after_a_name_particle() -> None:
    # the tagger: "عبد" B-PER, "الملك" O: a name never ends on عبد / أبو / بن
    from kg.ner.extract_mentions import _after_particle

    text = "أبدى عبد الملك الحوثي استعداده"
    spans = [(0, 4), (5, 8), (9, 14), (15, 21), (22, 30)]
    assert _after_particle(text, spans, ["O", "B-PER", "O", "O", "O"], 2) == 3
    # not over a function word ("وقال أبي في": Abiy Ahmed, then a preposition)
    text2 = "وقال أبي في تصريحات"
    assert _after_particle(text2, [(0, 4), (5, 8), (9, 11), (12, 19)], ["O", "B-PER", "O", "O"], 2) == 2
    # nor into another entity, nor after a word that is no particle
    assert _after_particle(text, spans, ["O", "B-PER", "B-LOC", "O", "O"], 2) == 2
    assert _after_particle(text, spans, ["O", "O", "B-PER", "O", "O"], 3) == 3


def test_an_ordinal_alone_is_no_person() -> None:
    from kg.resolve import nameness

    assert nameness.name_span(Mention(0, 6, "الثاني", label="PER", source="ner"), "Person") is None
    # after a regnal name it stays part of the name
    m = Mention(0, 14, "عبدالله الثاني", label="PER", source="ner")
    assert nameness.name_span(m, "Person") == (0, 14)


def test_an_acronym_written_with_dots_is_one_mention() -> None:
    # the tokeniser splits "إف.بي.آي" at its dots and the tagger tags the pieces one by one
    from kg.ner.extract_mentions import _join_dotted

    text = "قال ضابط بمكتب التحقيقات (إف.بي.آي) إنه راجع. ومحطة إن.بي.سي نيوز ذكرت"
    a = text.index("إف")
    pieces = [Mention(a, a + 2, "إف", label="ORG", score=0.9, source="ner"),
              Mention(a + 3, a + 5, "بي", label="ORG", score=0.7, source="ner")]
    b = text.index("سي نيوز")
    news = Mention(b, b + 7, "سي نيوز", label="ORG", score=0.8, source="ner")
    got = [(m.text, m.label) for m in _join_dotted(text, pieces + [news])]
    assert got == [("إف.بي.آي", "ORG"), ("إن.بي.سي نيوز", "ORG")]
    # a span that starts before the acronym is left as the tagger made it
    c = text.index("ومحطة")
    before = Mention(c, b + 2, text[c:b + 2], label="PER", score=0.6, source="ner")
    assert [m.text for m in _join_dotted(text, [before])] == [before.text]
    # a sentence's full stop between two words is no acronym
    assert _join_dotted("راجع.ومحطة", [Mention(0, 5, "راجع", label="ORG", source="ner")])[0].text == "راجع"
