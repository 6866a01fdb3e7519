"""English event nouns that are background to another event (issue #4, fourth round)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from kg.events import extract

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

NAMES = [
    ("UNITA", "ORG", None, "org/unita", False),
    ("Pakistan", "LOC", "Country", "country/PK", False),
    ("Arafat", "PER", None, "person/arafat", False),
    ("Iran", "LOC", "Country", "country/IR", False),
]


def events(text: str) -> list[tuple[str, str]]:
    doc = extract(make_doc(text, NAMES, lang="en", date=dt.date(2000, 3, 1)))
    return [(e.category, e.modality) for e in doc.events]


def test_a_demand_conceded_to_is_the_concession_s_object() -> None:
    got = events("The president conceded at last to demands from UNITA to overhaul the judiciary.")
    assert ("CONCEDE", "asserted") in got and not any(c == "REQUEST" for c, _ in got)


def test_a_demand_made_stays_an_event() -> None:
    assert ("REQUEST", "asserted") in events("UNITA renewed its demands for an inquiry.")


def test_on_the_eve_of_or_ahead_of_an_event_it_has_not_happened() -> None:
    got = events("Pakistan threatened to cut ties on the eve of a visit by Arafat.")
    assert ("CONSULT", "planned") in got and ("CONSULT", "asserted") not in got
    assert ("CONSULT", "planned") in events("Ahead of talks with Iran, the envoy left.")
    assert ("CONSULT", "asserted") in events("The attack came after talks with Iran.")


def test_protested_in_a_closing_frame_is_a_complaint() -> None:
    doc = extract(
        make_doc(
            "The authorities are failing to uphold the rights of refugees, "
            "a human rights group protested on Wednesday.",
            NAMES,
            lang="en",
        )
    )
    assert [e.category for e in doc.events if e.trigger.text == "protested"] == ["ACCUSE"]
    doc = extract(make_doc("Police used tear gas, and thousands protested in the streets.", NAMES, lang="en"))
    assert [e.category for e in doc.events if e.trigger.text == "protested"] == ["PROTEST"]
