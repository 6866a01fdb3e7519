"""English roles read from the dependency parse (kg.events.deps_en): targets the rule grammar
missed, and the rules' choices the parse must not undo."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

import kg.events.roles as roles_mod

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import asserted_events  # noqa: E402

NAMES = [
    ("Israel", "LOC", "Country", "country/IL", False),
    ("Egypt", "LOC", "Country", "country/EG", False),
    ("Pakistan", "LOC", "Country", "country/PK", False),
    ("Afghanistan", "LOC", "Country", "country/AF", False),
    ("Jordan", "LOC", "Country", "country/JO", False),
    ("Syrian", "MISC", "Country", "country/SY", True),
    ("Gordon Brown", "PER", None, "person/gordon-brown", False),
    ("Michael Howard", "PER", None, "person/michael-howard", False),
]


def roles(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.category, e.agent, e.target) for e in asserted_events(text, NAMES, lang="en", date=dt.date(2005, 2, 1))]


@pytest.fixture(params=["fallback", "first"])
def parsed(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """"fallback" (the parse fills a target the rules leave empty) and "first"; kg's default is "off"."""
    monkeypatch.setattr(roles_mod, "PARSE_MODE", request.param)


def test_events_parser_roles_default_fills_no_target() -> None:
    """The parse fills no target by default: on unseen news about half of the targets it adds
    were wrong (it only checks the rules' roles: "check", tests/test_events_parser_check.py)."""
    assert "fill" not in roles_mod.parse_uses()


def test_events_parser_roles_target_of_the_threatened_act(parsed) -> None:
    # threatened -> xcomp "cut off" -> obl "to the border towns" -> nmod "of Egypt"
    got = roles("Israel on Monday threatened to cut off electricity to the border towns of Egypt.")
    assert ("THREATEN", ["country/IL"], ["country/EG"]) in got


def test_events_parser_roles_whose_offer_is_rejected(parsed) -> None:
    # rejected -> obj "offer" (no name) -> nmod "from Afghanistan"
    got = roles("Pakistan today rejected a fresh offer from Afghanistan for direct talks.")
    assert got[0] == ("REJECT", ["country/PK"], ["country/AF"])


def test_events_parser_roles_rebels_are_not_their_state(parsed) -> None:
    got = roles("Syrian rebels shelled Jordan on Monday.")
    # not Syria: the (Syria, REB) group since the tenth session (kg.events.groups)
    assert got[0] == ("ASSAULT", ["group/SY-REB"], ["country/JO"])


def test_events_parser_roles_relative_clause_keeps_the_main_subject(parsed) -> None:
    got = roles("Gordon Brown, who met Michael Howard on Monday, attacked the plan.")
    assert ("CONSULT", ["person/gordon-brown"], ["person/michael-howard"]) in got
    assert ("ACCUSE", ["person/gordon-brown"], []) in got


def test_events_parser_roles_off_is_the_rule_grammar(monkeypatch) -> None:
    monkeypatch.setattr(roles_mod, "PARSE_MODE", "off")
    got = roles("Pakistan today rejected a fresh offer from Afghanistan for direct talks.")
    assert got[0] == ("REJECT", ["country/PK"], [])


def test_events_parser_roles_without_a_model_fall_back_to_rules(monkeypatch, tmp_path) -> None:
    from kg.events import parser

    monkeypatch.setattr(parser, "MODEL_DIR", tmp_path)
    parser.get_parser.cache_clear()
    try:
        got = roles("Pakistan today rejected a fresh offer from Afghanistan for direct talks.")
        assert got[0] == ("REJECT", ["country/PK"], [])
    finally:
        monkeypatch.undo()
        parser.get_parser.cache_clear()


def test_events_parser_roles_a_parsed_target_is_marked_and_adds_no_confidence(monkeypatch) -> None:
    text = "Pakistan today rejected a fresh offer from Afghanistan for direct talks."
    monkeypatch.setattr(roles_mod, "PARSE_MODE", "fallback")
    ev = asserted_events(text, NAMES, lang="en", date=dt.date(2005, 2, 1))[0]
    assert ev.target == ["country/AF"] and ev.attrs["target_from"] == "parse"
    monkeypatch.setattr(roles_mod, "PARSE_MODE", "off")
    before = asserted_events(text, NAMES, lang="en", date=dt.date(2005, 2, 1))[0]
    assert "target_from" not in before.attrs and before.confidence == ev.confidence
