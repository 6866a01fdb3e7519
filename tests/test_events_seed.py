"""The seed article: every event and relation the issue asks for comes out right.

Mentions are hand-made (tests/fixtures/events/seed_ar.json) so the test does not
depend on the NER model; the document date is set explicitly.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest

from kg.events import extract
from kg.model import Document, Event

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "events"))
from docs import make_doc  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "events" / "seed_ar.json"


def load_fixture(path: Path = FIXTURE) -> Document:
    """The seed Document with mentions at every whole-word occurrence of the fixture's names."""
    data = json.loads(path.read_text(encoding="utf-8"))
    names = [tuple(r) for r in data["mentions"]]
    return make_doc(
        data["text"],
        names,
        lang=data["lang"],
        date=dt.date.fromisoformat(data["date"]),  # type: ignore[arg-type]
        doc_id=path.stem,
    )


@pytest.fixture(scope="module")
def seed() -> Document:
    return extract(load_fixture())


def find(doc: Document, category: str, trigger: str) -> Event:
    hits = [e for e in doc.events if e.category == category and trigger in e.trigger.text]
    assert hits, f"no {category} event on {trigger!r}: {[(e.category, e.trigger.text) for e in doc.events]}"
    return hits[0]


def test_host_is_consult_with_roles_place_and_thursday(seed: Document) -> None:
    ev = find(seed, "CONSULT", "استضاف")
    assert ev.agent == ["person/kim-jong-un"]
    assert "person/alexei-krivoruchko" in ev.target
    assert ev.place == ["city/1871859"]
    assert ev.date == dt.date(2024, 7, 11) and ev.time_text == "الخميس"
    assert ev.cameo == "043"
    assert ev.reported_by == ["org/kcna"] and "org/kcna" not in ev.agent


def test_discussion_is_consult_between_both(seed: Document) -> None:
    ev = find(seed, "CONSULT", "ناقشا")
    assert set(ev.agent) == {"person/kim-jong-un", "person/alexei-krivoruchko"}


def test_support_for_russias_war(seed: Document) -> None:
    ev = find(seed, "SUPPORT", "أعرب")
    assert ev.agent == ["person/kim-jong-un"]
    assert ev.target == ["country/RU"]
    assert ev.reported_by == ["org/kcna"]


def test_defence_agreement_a_month_earlier(seed: Document) -> None:
    ev = find(seed, "AGREE", "توقيع")
    assert set(ev.agent) == {"country/RU", "country/KP"}
    assert ev.date == dt.date(2024, 6, 12)


def test_accusation_and_denial(seed: Document) -> None:
    acc = find(seed, "ACCUSE", "اتهمت")
    assert set(acc.agent) == {"country/US", "country/KR"}
    assert acc.target == ["country/KP"]
    rej = find(seed, "REJECT", "نفت")
    assert set(rej.agent) == {"country/RU", "country/KP"}
    assert not [e for e in seed.events if e.category == "ACCUSE" and "نفت" in e.trigger.text]


def test_no_event_agent_is_the_agency(seed: Document) -> None:
    assert all("org/kcna" not in e.agent for e in seed.events)


def test_national_guard_protects_site_in_ryazan(seed: Document) -> None:
    ev = find(seed, "AID", "أنقذ")
    assert ev.agent == ["org/russian-national-guard"]
    assert "city/500096" in ev.place
    assert ev.date == dt.date(2024, 7, 12)


def test_relations(seed: Document) -> None:
    rels = {(r.subject, r.predicate, r.object, r.attrs.get("of")) for r in seed.relations}
    assert ("person/kim-jong-un", "leaderOf", "country/KP", None) in rels
    assert ("person/vladimir-putin", "leaderOf", "country/RU", None) in rels
    assert ("person/alexei-krivoruchko", "position", "نائب وزير الدفاع", "country/RU") in rels
    assert all(0 < r.confidence <= 1 for r in seed.relations)
    assert all(0 < e.confidence <= 1 for e in seed.events)


def test_the_foiled_drone_attack_is_an_attempt(seed: Document) -> None:
    foiled = [e for e in seed.events if e.category == "ASSAULT" and e.attrs.get("foiled")]
    assert [e.trigger.text for e in foiled] == ["هجوم"]
    assert foiled[0].place == ["city/524901"]  # "جنوب موسكو"
