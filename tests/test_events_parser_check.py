"""The dependency parse as a check on the English rule roles (kg.events.roles, PARSE_MODE "check",
the default since the eighth session): a bare object the rules took from another clause, and the
subject of a verb after "and" that the rules took from the object of the verb before it."""

from __future__ import annotations

import sys
from pathlib import Path

import kg.events.roles as roles_mod

sys.path.insert(0, str(Path(__file__).parent))
from test_events_parser_roles import roles  # noqa: E402


def test_events_parser_check_is_the_default() -> None:
    assert roles_mod.PARSE_MODE == "check"
    assert roles_mod.parse_uses() == {"check"}


def test_events_parser_check_object_of_another_clause() -> None:
    # the rules took "Israel", the first bare name after "threatened"; the parse makes it the
    # subject of "closed": the target is who relations are broken with
    got = roles("Pakistan threatened on Monday to break relations with Egypt unless Israel closed its embassy.")
    assert got[0] == ("THREATEN", ["country/PK"], ["country/EG"])


def test_events_parser_check_subject_of_a_coordinated_verb() -> None:
    # "and shelled": the rules took Egypt, the object of "attacked", for the subject
    got = roles("Israel attacked Egypt and shelled Jordan.")
    assert got == [("ASSAULT", ["country/IL"], ["country/EG"]), ("ASSAULT", ["country/IL"], ["country/JO"])]
    got = roles("Gordon Brown met Michael Howard in London and later criticised Israel.")
    assert ("ACCUSE", ["person/gordon-brown"], ["country/IL"]) in got


def test_events_parser_check_keeps_a_near_object_and_a_plain_subject() -> None:
    assert roles("Gordon Brown met Michael Howard on Monday.") == [
        ("CONSULT", ["person/gordon-brown"], ["person/michael-howard"])
    ]


def test_events_parser_check_off_restores_the_rules(monkeypatch) -> None:
    monkeypatch.setattr(roles_mod, "PARSE_MODE", "off")
    got = roles("Pakistan threatened on Monday to break relations with Egypt unless Israel closed its embassy.")
    assert got[0] == ("THREATEN", ["country/PK"], ["country/IL"])
    # since the sixteenth session the rules alone give a verb after "and" the subject of the verb
    # before it when its nearest name is that verb's target (kg.events.roles._object_of_the_verb_before_en)
    got = roles("Israel attacked Egypt and shelled Jordan.")
    assert ("ASSAULT", ["country/IL"], ["country/JO"]) in got


def test_events_parser_check_without_a_model_keeps_the_rules(monkeypatch, tmp_path) -> None:
    from kg.events import parser

    monkeypatch.setattr(parser, "MODEL_DIR", tmp_path)
    parser.get_parser.cache_clear()
    try:
        got = roles("Pakistan threatened on Monday to break relations with Egypt unless Israel closed its embassy.")
        assert got[0] == ("THREATEN", ["country/PK"], ["country/IL"])
    finally:
        monkeypatch.undo()
        parser.get_parser.cache_clear()


def test_events_roles_talks_between_two_parties() -> None:
    # "between X and Y" names the parties of the talks (participants); Y is no subject of "resumed"
    got = roles("The talks between Israel and Jordan resumed on Monday.")
    assert all(agent != ["country/JO"] for _, agent, _ in got)


def test_events_roles_demand_that_after_a_time_word() -> None:
    got = roles("Egypt reiterated its demand today that Israel ease the restrictions.")
    assert got[0] == ("REQUEST", ["country/EG"], ["country/IL"])


def test_events_roles_nationality_after_a_verb_is_no_modifier() -> None:
    # "Michael Howard attacked Syrian ...": the adjective is the object's, not a title of Howard
    got = roles("Gordon Brown condemned Syrian interference on Monday.")
    assert got[0] == ("ACCUSE", ["person/gordon-brown"], ["country/SY"])
