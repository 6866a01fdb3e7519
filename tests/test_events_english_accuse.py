"""English ACCUSE forms (issue #4, fourth round): judicial charges, verbal attacks named by
a light verb's noun, branding."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import asserted_events  # noqa: E402

NAMES = [
    ("Mr Smith", "PER", None, "person/smith", False),
    ("Labour", "ORG", None, "org/labour", False),
    ("Tories", "ORG", None, "org/conservatives", False),
]


def asserted(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.category, e.agent, e.target) for e in asserted_events(text, NAMES, lang="en", date=dt.date(2005, 3, 1))]


def test_a_judicial_charge_is_accuse_as_plover_codes_it() -> None:
    # PLOVER ACCUSE: "accuse, allege, or charge, both judicially and informally"
    assert asserted("Police charged Mr Smith with fraud.") == [("ACCUSE", [], ["person/smith"])]
    assert [c for c, _, _ in asserted("Two men were indicted by a grand jury.")] == ["ACCUSE"]


def test_charged_with_a_duty_or_a_fee_is_no_event() -> None:
    assert asserted("The Speaker is charged with ensuring order in the chamber.") == []
    assert asserted("The bank charged customers high fees.") == []


def test_a_crime_gerund_after_charged_with_is_a_charge() -> None:
    assert "ACCUSE" in [c for c, _, _ in asserted("Mr Smith was charged with murdering a councillor.")]


def test_a_launched_attack_on_a_record_is_criticism() -> None:
    got = asserted("The Tories launched a fierce attack on Labour's record on crime.")
    assert [c for c, _, _ in got] == ["ACCUSE"]
    assert [c for c, _, _ in asserted("The Tories launched an attack on a Labour office.")] == ["ASSAULT"]


def test_branding_is_criticism() -> None:
    assert [c for c, _, _ in asserted("Mr Smith branded the scheme a fiasco.")] == ["ACCUSE"]


def test_disorder_said_of_a_party_is_criticism() -> None:
    got = asserted('Mr Smith said the Tories were in "turmoil".')
    assert got == [("ACCUSE", ["person/smith"], ["org/conservatives"])]
    assert asserted("Mr Smith said the Tories had turned their back on voters.")[0][0] == "ACCUSE"


def test_force_or_yielding_aimed_at_a_thing_is_no_event() -> None:
    for text in (
        "Labour has withdrawn two controversial posters.",
        "The ministry destroyed files.",
        "The release of the minutes was fast.",
        "The Tories are seizing a poll advantage.",
        "Police said the law would help fight terror.",
    ):
        assert asserted(text) == [], text


def test_force_aimed_at_actors_or_places_stays() -> None:
    assert [c for c, _, _ in asserted("Rebels fought government troops in the north.")] == ["ASSAULT"]
    assert [c for c, _, _ in asserted("The army destroyed three villages.")] == ["ASSAULT"]
    assert [c for c, _, _ in asserted("Police seized drugs.")] == ["COERCE"]


def test_an_attack_on_pledges_is_criticism() -> None:
    assert asserted("The Tories attacked Labour's six new pledges as vacuous.")[0][0] == "ACCUSE"


def test_business_words_that_look_like_events() -> None:
    for text in (
        "Mr Smith said demand was strong.",
        "The fresh rally in crude prices followed gains on Wednesday.",
        "Shares sank after the firm issued a profit warning.",
        "Mr Smith said lending was weaker.",
    ):
        assert asserted(text) == [], text
    assert [c for c, _, _ in asserted("Thousands held a rally in Cairo.")] == ["PROTEST"]


def test_a_demand_before_its_closing_frame() -> None:
    got = asserted("Labour should apologise, Mr Smith said.")
    assert ("REQUEST", ["person/smith"], ["org/labour"]) in got
    assert asserted("We should act now, Mr Smith said.") == []


def test_the_reported_x_is_no_reporting_frame() -> None:
    got = asserted("Mr Smith criticised the reported rivalry between the pair.")
    assert [(c, a) for c, a, _ in got] == [("ACCUSE", ["person/smith"])]


def test_support_announced_or_given_and_criticism_come_in_for() -> None:
    assert asserted("Labour announced its support for the plans.") == [("SUPPORT", ["org/labour"], [])]
    assert asserted("Labour came in for criticism from Mr Smith.") == [("ACCUSE", ["person/smith"], ["org/labour"])]


def test_evidence_presented_against_someone_is_an_accusation() -> None:
    assert asserted("Evidence against Labour was presented by Mr Smith.") == [("ACCUSE", ["person/smith"], [])]
    assert [c for c, _, _ in asserted("Mr Smith produced evidence that Labour had lied.")][:1] == ["ACCUSE"]
    assert asserted("The company presented evidence of strong growth.") == []
