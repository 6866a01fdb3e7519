"""English event typing on news prose (issue #4, BBC dev errors): statements that are no event,
verbal attacks, market rallies, decimal points, nouns of talk without anyone talking."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

NAMES = [
    ("Duncan Bannatyne", "PER", None, "person/duncan-bannatyne", False),
    ("Michael Howard", "PER", None, "person/michael-howard", False),
    ("Iraq", "LOC", "Country", "country/IQ", False),
    ("ExxonMobil", "ORG", None, "org/exxonmobil", False),
    ("Bombardier", "ORG", None, "org/bombardier", False),
    ("Serbia", "LOC", "Country", "country/RS", False),
]


def events(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(category, trigger, agent, target) of the asserted events of one English sentence."""
    doc = extract(make_doc(text, NAMES, lang="en", date=dt.date(2005, 2, 1)))
    return [(e.category, e.trigger.text, e.agent, e.target) for e in doc.events if e.modality == "asserted"]


def test_a_verbal_attack_is_an_accusation_and_its_topic_no_target() -> None:
    got = events("Duncan Bannatyne also attacked the government over Iraq and its response to the crisis.")
    assert [(c, a, t) for c, _, a, t in got] == [("ACCUSE", ["person/duncan-bannatyne"], [])]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked army posts over the weekend, killing five soldiers.",
        "Gunmen attacked a police station in Serbia.",
    ],
)
def test_an_armed_attack_stays_an_assault(text: str) -> None:
    assert events(text)[0][0] == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Michael Howard, asked about the remark by reporters, said it was important to be careful.",
        "His only motivation was to ensure victory, he insisted.",
        "Shares in Bombardier lost 25% on the news before rallying to 2.20 Canadian dollars.",
        "Totalitarianism always requires an outside threat.",
        "The Conservatives say demand for asylum will be considered when quotas are set.",
        "The average woman working full-time is being paid about 80p for every pound a man earns.",
    ],
)
def test_statements_and_topics_state_no_event(text: str) -> None:
    assert events(text) == []


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Michael Howard asked Serbia to release the prisoners.", "REQUEST"),
        ("Michael Howard insisted on a full inquiry.", "REQUEST"),
        ("Thousands rallied against the war in Serbia.", "PROTEST"),
    ],
)
def test_the_event_senses_remain(text: str, category: str) -> None:
    assert category in {c for c, *_ in events(text)}


def test_a_decimal_point_ends_no_clause() -> None:
    got = events("ExxonMobil signed up for a $12.8bn deal earlier on Sunday.")
    assert [(c, a) for c, _, a, _ in got] == [("AGREE", ["org/exxonmobil"])]


CRITICS = [
    ("Charles Kennedy", "PER", None, "person/charles-kennedy", False),
    ("Gordon Brown", "PER", None, "person/gordon-brown", False),
    ("Ms Gavron", "PER", None, "person/gavron", False),
    ("Mr Livingstone", "PER", None, "person/livingstone", False),
    ("Defra", "ORG", None, "org/defra", False),
]


def accusations(text: str) -> list[tuple[str, list[str], list[str]]]:
    doc = extract(make_doc(text, CRITICS, lang="en", date=dt.date(2005, 2, 1)))
    return [(e.modality, e.agent, e.target) for e in doc.events if e.category == "ACCUSE"]


def test_a_judgement_in_reported_speech_is_an_accusation() -> None:
    got = accusations("Gordon Brown has failed to tackle the unfairness in the tax system, Charles Kennedy has said.")
    assert got == [("asserted", ["person/charles-kennedy"], ["person/gordon-brown"])]
    got = accusations('Ms Gavron said she thought Mr Livingstone\'s comments were "inappropriate".')
    assert got == [("asserted", ["person/gavron"], ["person/livingstone"])]
    got = accusations('He also said Defra had been "dreadfully slow" in paying its bills.')
    assert got == [("asserted", [], ["org/defra"])]


@pytest.mark.parametrize(
    "text",
    [
        "Charles Kennedy said the economy had been too slow to recover.",  # no actor judged
        "Charles Kennedy said the talks were a success.",  # no judgement
        "Gordon Brown has failed to win the seat.",  # nobody says it
    ],
)
def test_no_accusation_without_a_speaker_a_judgement_and_an_actor(text: str) -> None:
    assert [a for a in accusations(text) if a[0] == "asserted"] == []


def test_a_wish_is_no_act() -> None:
    doc = extract(make_doc("China does not want the ban lifted.", [], lang="en", date=dt.date(2005, 2, 1)))
    assert [e.modality for e in doc.events if e.category == "CONCEDE"] in ([], ["negated"])
    assert not [e for e in doc.events if e.modality == "asserted"]
