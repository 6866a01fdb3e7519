"""A surname after a title of the other sex is not the titled person: "Mrs Howard" is not
Michael Howard, whom the story calls "Mr Howard"."""
from __future__ import annotations

from kg.model import Document, Mention
from kg.resolve import resolve_document


def _people(text: str, spans: list[str]) -> list[str | None]:
    mentions, at = [], 0
    for s in spans:
        i = text.index(s, at)
        mentions.append(Mention(i, i + len(s), s, label="PER", score=1.0, source="ner"))
        at = i + len(s)
    doc = resolve_document(Document(id="t", text=text, lang="en", mentions=mentions))
    return [m.entity for m in doc.mentions]


def test_mrs_is_not_the_mr_of_the_same_surname() -> None:
    text = ("Tory leader Michael Howard spoke in Folkestone. Mr Howard said taxes would fall. "
            "Mrs Howard, his wife, said she was proud.")
    ents = _people(text, ["Michael Howard", "Howard", "Howard"])
    assert ents[0] == ents[1] == "person/michael-howard"
    assert ents[2] != ents[0]


def test_title_inside_the_span_counts_too() -> None:
    text = "Michael Howard spoke. Mr Howard said no. Mrs Howard said yes."
    ents = _people(text, ["Michael Howard", "Mr Howard", "Mrs Howard"])
    assert ents[0] == ents[1]
    assert ents[2] != ents[0]


def test_a_title_of_either_sex_joins_a_name_never_titled() -> None:
    # nothing in the story says Sandra Howard is a man or a woman but the title itself
    text = "Sandra Howard opened the fair. Mrs Howard said it was a success."
    ents = _people(text, ["Sandra Howard", "Howard"])
    assert ents[0] == ents[1]


def test_arabic_feminine_title() -> None:
    text = "قال السيد أحمد الخطيب إن الوضع صعب. وقالت السيدة الخطيب إنها متفائلة. وأضاف السيد الخطيب أن الحل قريب."
    ents = _people(text, ["أحمد الخطيب", "الخطيب", "الخطيب"])
    assert ents[0] == ents[2]
    assert ents[1] != ents[0]
