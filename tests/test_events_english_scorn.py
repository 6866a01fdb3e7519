"""English typing (issue #4, third round): warnings that threaten and warnings that only
opine, "dismissed X as ..." as scorn, "reports" as a noun, criticism words."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import asserted_events, make_doc  # noqa: E402

NAMES = [
    ("Brendan Barber", "PER", None, "person/brendan-barber", False),
    ("Mark Serwotka", "PER", None, "person/mark-serwotka", False),
    ("Charles Kennedy", "PER", None, "person/charles-kennedy", False),
    ("Tony Blair", "PER", None, "person/tony-blair", False),
    ("Gordon Brown", "PER", None, "person/gordon-brown", False),
    ("Reuters", "ORG", None, "org/reuters", False),
    ("Egypt", "LOC", "Country", "country/EG", False),
    ("Libya", "LOC", "Country", "country/LY", False),
]


def asserted(text: str) -> list[tuple[str, list[str]]]:
    """(category, agent) of the asserted events of one English sentence."""
    return [(e.category, e.agent) for e in asserted_events(text, NAMES, lang="en", date=dt.date(2005, 2, 1))]


@pytest.mark.parametrize(
    "text",
    [
        'Brendan Barber warned the "costs could easily outweigh the benefits".',
        "Brendan Barber has warned that voters are complacent.",
    ],
)
def test_a_warning_without_a_condition_is_no_threat(text: str) -> None:
    assert "THREATEN" not in [c for c, _ in asserted(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Mark Serwotka warned that there could be further walkouts unless there was a rethink.",
        "Egypt warned Libya it would face sanctions.",
    ],
)
def test_a_warning_with_a_condition_or_consequence_is_a_threat(text: str) -> None:
    assert "THREATEN" in [c for c, _ in asserted(text)]


def test_dismissing_an_actor_as_something_is_scorn() -> None:
    got = asserted('Charles Kennedy dismissed the Conservatives as a "fading" force.')
    assert got == [("ACCUSE", ["person/charles-kennedy"])]


def test_dismissing_a_claim_as_something_is_a_refusal() -> None:
    got = asserted("Tony Blair dismissed the claims as nonsense.")
    assert got == [("REJECT", ["person/tony-blair"])]


def test_reports_after_a_verb_is_a_noun_not_a_reporting_frame() -> None:
    got = asserted("Tony Blair has dismissed reports he told Gordon Brown he would quit.")
    assert got[0] == ("REJECT", ["person/tony-blair"])
    # what the reports say is not asserted
    assert [c for c, _ in got] == ["REJECT"]


def test_a_news_agency_that_reports_still_reports() -> None:
    doc = extract(make_doc("Reuters reports that Egypt attacked Libya.", NAMES, lang="en"))
    (ev,) = [e for e in doc.events if e.category == "ASSAULT"]
    assert ev.reported_by == ["org/reuters"] and ev.agent == ["country/EG"]


@pytest.mark.parametrize(
    "text",
    [
        "Charles Kennedy said Tony Blair's plans were putting the country at risk.",
        "Gordon Brown says the Conservatives' sums do not add up.",
        "Charles Kennedy claims Tony Blair has lied to voters.",
    ],
)
def test_criticism_in_reported_speech_is_an_accusation(text: str) -> None:
    assert "ACCUSE" in [c for c, _ in asserted(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown said the reforms would help countries tackle corruption.",
        "Tony Blair said the storm had been damaging.",
    ],
)
def test_a_topic_or_a_judgement_of_no_actor_is_no_accusation(text: str) -> None:
    assert "ACCUSE" not in [c for c, _ in asserted(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Charles Kennedy said Tony Blair should resign.", ("REQUEST", ["person/charles-kennedy"])),
        ("Charles Kennedy said Tony Blair should have resigned.", ("ACCUSE", ["person/charles-kennedy"])),
    ],
)
def test_what_a_speaker_says_an_actor_should_do_is_a_demand(text: str, expected: tuple[str, list[str]]) -> None:
    doc = extract(make_doc(text, NAMES, lang="en"))
    got = [(e.category, e.agent, e.target) for e in doc.events if e.attrs.get("demand")]
    assert got == [(*expected, ["person/tony-blair"])]


@pytest.mark.parametrize(
    "text",
    [
        "Tony Blair said we must be vigilant.",
        "Tony Blair said the law should be changed.",
        "Tony Blair said Gordon Brown should expect a tough budget.",
        "Tony Blair said Gordon Brown must have known.",
    ],
)
def test_own_duties_passives_and_predictions_are_no_demands(text: str) -> None:
    doc = extract(make_doc(text, NAMES, lang="en"))
    assert not [e for e in doc.events if e.attrs.get("demand")]
