"""Defects found by the review of the third English round (issue #4)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kg.events import extract
from kg.events.modality import happening_verb
from kg.model import Document

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

NAMES = [
    ("Syria", "LOC", "Country", "country/SY", False),
    ("Russia", "LOC", "Country", "country/RU", False),
    ("Israel", "LOC", "Country", "country/IL", False),
    ("Hamas", "ORG", None, "org/hamas", False),
    ("Cairo", "LOC", "City", "city/360630", False),
]


def events(text: str) -> Document:
    return extract(make_doc(text, NAMES, lang="en", date=dt.date(2024, 7, 12)))


def test_agreeing_with_a_party_on_a_ceasefire_is_agree() -> None:
    doc = events("Syria agreed with Russia on a ceasefire.")
    assert [(e.category, e.agent, e.target) for e in doc.events] == [("AGREE", ["country/SY"], ["country/RU"])]


def test_declaring_a_ceasefire_stays_retreat() -> None:
    doc = events("Syria declared a ceasefire.")
    assert [e.category for e in doc.events] == ["RETREAT"]


def test_talks_that_will_take_place_are_a_planned_consult_at_the_place() -> None:
    doc = events("The talks will take place in Cairo next week.")
    assert [(e.category, e.modality, e.place) for e in doc.events] == [("CONSULT", "planned", ["city/360630"])]


def test_talks_between_two_parties_that_will_take_place() -> None:
    doc = events("Talks between Israel and Hamas will take place in Cairo next week.")
    (ev,) = doc.events
    assert (ev.category, ev.modality, ev.place) == ("CONSULT", "planned", ["city/360630"])
    assert set(ev.participant) == {"country/IL", "org/hamas"}


def test_talks_that_took_place_are_asserted() -> None:
    doc = events("The talks took place in Cairo on Monday.")
    (ev,) = doc.events
    assert (ev.modality, ev.place, ev.date) == ("asserted", ["city/360630"], dt.date(2024, 7, 8))


def test_happening_verb_needs_a_verb_of_happening() -> None:
    assert happening_verb("the talks were held in cairo".split(), 2) == 3
    assert happening_verb("the talks failed in cairo".split(), 2) is None
    assert happening_verb("talks between a and b will resume".split(), 1) == 6
    assert happening_verb("talks between a , which b , will resume".split(), 1) is None
