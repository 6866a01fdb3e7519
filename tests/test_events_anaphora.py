"""English pronouns and office descriptors as event arguments (kg.events.anaphora)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kg.events import extract
from kg.model import Document

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

NAMES = [
    ("Mr Howard", "PER", None, "person/michael-howard", False),
    ("Mrs Kelly", "PER", None, "person/ruth-kelly", False),
    ("Charles Clarke", "PER", None, "person/charles-clarke", False),
    ("David Blunkett", "PER", None, "person/david-blunkett", False),
    ("Mr Brown", "PER", None, "person/gordon-brown", False),
    ("Tony Blair", "PER", None, "person/tony-blair", False),
    ("Labour", "ORG", None, "org/labour", False),
    ("Iraq", "LOC", "Country", "country/IQ", False),
]


def events(text: str) -> Document:
    return extract(make_doc(text, NAMES, lang="en", date=dt.date(2005, 3, 1)))


def roles(text: str, category: str) -> tuple[list[str], list[str]]:
    (ev,) = [e for e in events(text).events if e.category == category]
    return ev.agent, ev.target


def test_he_in_reported_speech_is_the_speaker() -> None:
    got = roles("Mr Howard said he had met Tony Blair.", "CONSULT")
    assert got == (["person/michael-howard"], ["person/tony-blair"])


def test_he_at_the_start_of_a_sentence_is_the_previous_subject() -> None:
    doc = events("Mr Howard spoke in Dover on Monday. He accused Labour of failing.")
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert (ev.agent, ev.target) == (["person/michael-howard"], ["org/labour"])


def test_him_as_object() -> None:
    doc = events("Mr Brown spoke on Monday. Tony Blair criticised him.")
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert (ev.agent, ev.target) == (["person/tony-blair"], ["person/gordon-brown"])


def test_a_pronoun_of_the_other_gender_finds_no_one() -> None:
    doc = events("Mrs Kelly spoke on Monday. He accused Labour of failing.")
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.agent == []
    doc = events("Mrs Kelly spoke on Monday. She accused Labour of failing.")
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.agent == ["person/ruth-kelly"]


def test_an_office_named_before_a_person_stands_for_that_person() -> None:
    doc = events("Home Secretary Charles Clarke spoke on Monday. The home secretary accused Labour of failing.")
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.agent == ["person/charles-clarke"]


def test_an_office_two_persons_held_stands_for_no_one() -> None:
    doc = events(
        "Home Secretary Charles Clarke spoke. Former Home Secretary David Blunkett spoke too. "
        "The home secretary accused Labour of failing."
    )
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.agent == []


def test_they_and_common_nouns_are_left_alone() -> None:
    doc = events("Mr Howard spoke on Monday. They accused Labour of failing.")
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.agent == []


def test_a_nearer_office_holder_blocks_the_sentence_subject() -> None:
    # "the prime minister" is no entity here: "he" is not Mr Brown, who only hosted
    doc = events("Mr Brown hosted a dinner where the prime minister said he would attack Iraq.")
    assert all("person/gordon-brown" not in e.agent for e in doc.events if e.category in ("ASSAULT", "THREATEN"))


def test_the_pronoun_is_no_source_of_the_sentence() -> None:
    doc = events("Tony Blair challenged Mr Brown to deny reports that he had criticised anything he said.")
    assert all(e.reported_by == [] for e in doc.events)


def test_an_unnamed_speaker_leaves_the_next_pronoun_unresolved() -> None:
    doc = events("Labour's plans were a mess, the Tory leader said of Mr Brown. He accused Labour of failing.")
    (ev,) = [e for e in doc.events if e.category == "ACCUSE" and e.trigger.text == "accused"]
    assert ev.agent == []


def test_a_possessor_is_no_subject_for_the_next_sentence() -> None:
    doc = events("Critics attacked a new book, Mr Brown's Britain. He denied the claims.")
    (ev,) = [e for e in doc.events if e.category == "REJECT"]
    assert ev.agent == []


def test_a_pronoun_after_a_verb_of_saying_is_the_speaker_not_the_criticised() -> None:
    doc = events("Tony Blair said he was disillusioned with Labour's dangerous views.")
    assert all("person/tony-blair" not in e.target for e in doc.events)
