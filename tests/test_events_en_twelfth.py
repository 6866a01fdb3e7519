"""English trigger words that state no event on real news (twelfth session): participles inside
noun phrases, titles, named storms, warnings of what is no penalty.

Found on BBC News articles (BENCHMARKS.md, "English events: participles, titles, storms");
each test puts the defect next to the event sense of the same word.
"""
from __future__ import annotations

from kg.events.extractor import storm_names
from kg.model import Document
from kg.pipeline import process


def _events(text: str) -> set[tuple[str, str]]:
    doc = process(Document(id="t", text=text, lang="en"))
    return {(e.category, e.trigger.text) for e in doc.events}


def _categories(text: str) -> set[str]:
    return {c for c, _ in _events(text)}


def test_a_participle_inside_a_noun_phrase_is_an_adjective() -> None:
    sentence = (
        "Sony Ericsson just released its Walkman branded mobile phone, the W800, which combines "
        "a digital music player with a camera."
    )
    assert "ACCUSE" not in _categories(sentence)
    # the verb: after a subject, and after a verb of saying that takes a clause without "that"
    assert ("ACCUSE", "branded") in _events("The minister branded Labour's plans a shambles.")
    assert ("COERCE", "banned") in _events("Police said the EU banned imports of beef.")


def test_a_capitalised_trigger_before_a_capitalised_word_is_a_title() -> None:
    assert not _categories("Arrested Development star Jason Bateman was named best TV actor.")
    assert not _categories("He starred in Arrested Development last year.")
    assert ("COERCE", "arrested") in _events("Police arrested two men in London.")
    assert ("COERCE", "Arrested") in _events("Arrested at the scene, the men were taken to a police station.")


def test_a_named_storm_kills_without_attacking() -> None:
    text = (
        "The aid is similar to the cash sent to Central America after Hurricane Mitch. "
        "Mitch killed about 10,000 people and caused damage of about $10bn in 1998."
    )
    assert "ASSAULT" not in _categories(text)
    assert storm_names(text) == {"mitch"}
    # a man of the same name who kills, in a document with no storm, still attacks
    assert ("ASSAULT", "killed") in _events("Police said Mitch killed two guards during the robbery.")


def test_what_the_warned_may_face_threatens_only_as_a_penalty() -> None:
    assert "THREATEN" not in _categories(
        "Mr Dunn warned that companies could face a short supply of programming and artistic talent."
    )
    assert "THREATEN" not in _categories("Analysts warned that shoppers could face higher prices.")
    assert ("THREATEN", "warned") in _events("The union warned that firms would face legal action.")
    assert ("THREATEN", "warned") in _events("The regulator warned that companies could face fines.")
