"""English roles (issue #4, third round): passives without an agent, nationality adjectives in
the object, what a demand or an accusation is about, targets after ``from``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import asserted_events, make_doc  # noqa: E402

NAMES = [
    ("Gordon Brown", "PER", None, "person/gordon-brown", False),
    ("David Blunkett", "PER", None, "person/david-blunkett", False),
    ("Russian", "MISC", "Country", "country/RU", True),
    ("Afghan", "MISC", "Country", "country/AF", True),
    ("British", "MISC", "Country", "country/GB", True),
    ("Israel", "LOC", "Country", "country/IL", False),
    ("Hamas", "ORG", None, "org/hamas", False),
    ("Washington", "LOC", "Country", "country/US", False),
    ("Panama", "LOC", "Country", "country/PA", False),
    ("United States", "LOC", "Country", "country/US", False),
    ("Afghanistan", "LOC", "Country", "country/AF", False),
    ("Pakistan", "LOC", "Country", "country/PK", False),
    ("Egypt", "LOC", "Country", "country/EG", False),
    ("Libya", "LOC", "Country", "country/LY", False),
    ("Michael Howard", "PER", None, "person/michael-howard", False),
    ("Mr Hain", "PER", None, "person/peter-hain", False),
    ("Commons", "ORG", None, "org/commons", False),
]


def roles(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(category, agent, target) of the asserted events of one English sentence."""
    return [(e.category, e.agent, e.target) for e in asserted_events(text, NAMES, lang="en", date=dt.date(2005, 2, 1))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("David Blunkett has been accused of misleading voters.", ("ACCUSE", [], ["person/david-blunkett"])),
        ("Gordon Brown was criticised over the budget.", ("ACCUSE", [], ["person/gordon-brown"])),
        ("Israel was attacked by Hamas on Monday.", ("ASSAULT", ["org/hamas"], ["country/IL"])),
    ],
)
def test_a_passive_subject_is_the_target(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert roles(text)[0] == expected


def test_an_active_subject_stays_the_agent() -> None:
    assert roles("Gordon Brown criticised David Blunkett over the budget.")[0] == (
        "ACCUSE",
        ["person/gordon-brown"],
        ["person/david-blunkett"],
    )


def test_a_nationality_in_the_object_is_the_target() -> None:
    got = roles("Russian aircraft killed 46 Afghan civilians on Monday.")
    # the nationality says whose civilians: the (Afghanistan, CVL) group (tenth session, kg.events.groups)
    assert got[0] == ("ASSAULT", ["country/RU"], ["group/AF-CVL"])


def test_a_nationality_behind_a_preposition_is_no_object() -> None:
    # "in a British ..." is where, not whom
    got = roles("Hamas attacked a convoy in a British sector.")
    assert got[0][2] == []


def test_a_country_name_ending_like_an_adjective_is_no_adjective() -> None:
    # "Pakistan", "Afghanistan" end in -an like "Russian": the gazetteer's link says which is which
    from kg.model import Document
    from kg.pipeline import process

    doc = process(
        Document(id="t", text="Pakistan threatened to break off relations with Afghanistan in Tehran.", lang="en"),
        ner="none",
    )
    threat = next(e for e in doc.events if e.category == "THREATEN")
    assert threat.agent == ["country/PK"]
    assert threat.target == ["country/AF"]
    assert any(k.startswith("city/") for k in threat.place)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Washington demanded that Hamas renounce violence.", ("REQUEST", ["country/US"], ["org/hamas"])),
        ("The United States withdrew its forces from Panama.", ("RETREAT", ["country/US"], ["country/PA"])),
        ("Egypt rejected an offer from Libya for talks.", ("REJECT", ["country/EG"], ["country/LY"])),
    ],
)
def test_targets_of_demands_withdrawals_and_refusals(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert roles(text)[0] == expected


def test_an_attack_from_somewhere_has_no_target_there() -> None:
    # "from" names a target only for withdrawals, refusals and seizures
    got = roles("Hamas attacked a convoy from Libya.")
    assert got[0][0] == "ASSAULT" and got[0][2] == []


def test_a_threat_is_made_to_whom_the_threatened_act_is_done() -> None:
    got = roles("Egypt threatened to break off relations with Libya.")
    assert got[0] == ("THREATEN", ["country/EG"], ["country/LY"])


def test_a_relative_clause_hangs_on_its_antecedent() -> None:
    got = roles("Egypt, which was attacked in 2003, signed a deal with Libya.")
    assert ("ASSAULT", [], ["country/EG"]) in got
    assert ("AGREE", ["country/EG"], ["country/LY"]) in got


def test_a_closed_relative_clause_neither_embeds_nor_takes_the_main_verb() -> None:
    # "urged" is the main verb after the relative clause, not inside what "opposed" rejects
    doc = extract(
        make_doc("Hamas, which opposed the war in Libya, urged Egypt to act.", NAMES, lang="en", date=dt.date(2005, 2, 1))
    )
    got = [(e.category, e.modality, e.agent, e.target) for e in doc.events]
    assert ("REQUEST", "asserted", ["org/hamas"], ["country/EG"]) in got
    assert ("REJECT", "asserted", ["org/hamas"], []) in got


def test_a_light_verb_gives_its_subject_to_the_event_noun() -> None:
    got = roles("Egypt announced a suspension of air links with Libya.")
    assert ("SANCTION", ["country/EG"], ["country/LY"]) in got


def test_a_verb_of_judging_gives_its_subject_to_no_event_noun() -> None:
    # "condemned the attack": Egypt is not the attacker
    doc = extract(make_doc("Egypt condemned the attack by Hamas on Libya.", NAMES, lang="en"))
    attack = [e for e in doc.events if e.category == "ASSAULT"]
    assert all("country/EG" not in e.agent for e in attack)


def test_of_after_the_event_noun_of_a_pattern_is_the_target() -> None:
    got = roles("Israel mounted its invasion of Egypt.")
    assert got[0] == ("ASSAULT", ["country/IL"], ["country/EG"])


def test_whoever_made_a_rejected_claim_is_the_target() -> None:
    got = roles("They ridiculed the claims made on Monday by Michael Howard that he could save money.")
    assert got[0] == ("ACCUSE", [], ["person/michael-howard"])
    assert roles("Israel rejected a proposal from Egypt for talks.")[0] == ("REJECT", ["country/IL"], ["country/EG"])


def test_a_closing_reporting_frame_gives_no_argument() -> None:
    assert roles("Hamas rejected the proposal, Egypt said on Monday.")[0] == ("REJECT", ["org/hamas"], [])


def test_a_participle_after_a_comma_shares_the_subject() -> None:
    got = roles("Israel attacked Libya, killing 12 people.")
    assert got == [("ASSAULT", ["country/IL"], ["country/LY"]), ("ASSAULT", ["country/IL"], [])]


def test_the_name_before_an_apposition_acts() -> None:
    got = roles("Mr Hain, Leader of the Commons, accused Michael Howard of scaremongering.")
    assert got[0] == ("ACCUSE", ["person/peter-hain"], ["person/michael-howard"])


def test_people_released_from_a_camp_are_no_camp_target() -> None:
    got = roles("Four Britons were released from the Egypt camp in January.")
    assert got[0][0] == "RETREAT" and got[0][2] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gordon Brown came under fire from Michael Howard over the budget.",
        "Gordon Brown has faced criticism from Michael Howard.",
        "Gordon Brown's remarks sparked outrage among Michael Howard's supporters.",
    ],
)
def test_criticism_the_subject_undergoes(text: str) -> None:
    doc = extract(make_doc(text, NAMES, lang="en"))
    (ev,) = [e for e in doc.events if e.category == "ACCUSE"]
    assert ev.modality == "asserted" and ev.target == ["person/gordon-brown"]
    assert ev.agent == ["person/michael-howard"]


def test_the_subject_of_an_intention_verb_does_the_intended_act() -> None:
    got = roles("Israel plans to attack Libya.")
    assert got[0] == ("THREATEN", ["country/IL"], ["country/LY"])


def test_a_noun_of_planning_is_no_future_marker() -> None:
    doc = extract(make_doc("The plans drew criticism from Michael Howard.", NAMES, lang="en"))
    assert [(e.category, e.modality) for e in doc.events] == [("ACCUSE", "asserted")]


def test_attacking_a_person_with_no_harm_is_criticism() -> None:
    assert roles("Gordon Brown attacked Michael Howard in the Commons.")[0] == (
        "ACCUSE",
        ["person/gordon-brown"],
        ["person/michael-howard"],
    )
    assert roles("A man attacked Gordon Brown with an egg.")[0][0] == "ASSAULT"


def test_hitting_back_at_or_launching_an_attack_on_a_person_in_words_is_criticism() -> None:
    assert roles("Michael Howard hit back at Gordon Brown.")[0][0] == "ACCUSE"
    assert roles("Gordon Brown launched a fresh attack on Michael Howard.")[0][0] == "ACCUSE"
    assert roles("Israel hit back at Hamas with air strikes.")[0][0] == "ASSAULT"
