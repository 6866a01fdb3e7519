"""Events across reports: one event reported by several documents gets one key."""
from __future__ import annotations

import datetime as dt

from kg.model import Document, Event, Span
from kg.resolve.events import EventIndex, merge_events


def _report(doc_id: str, category: str, agent: str, target: str, date: dt.date | None,
            published: dt.date | None = None) -> Document:
    doc = Document(id=doc_id, text="x", date=published)
    doc.events.append(Event(category, Span(0, 1, "x"), 0, agent=[agent], target=[target], date=date))
    return doc


def test_events_same_event_in_two_reports_gets_one_key() -> None:
    a = _report("a", "CONSULT", "person/kim-jong-un", "person/alexei-krivoruchko", dt.date(2024, 7, 11))
    b = _report("b", "CONSULT", "person/kim-jong-un", "person/alexei-krivoruchko", dt.date(2024, 7, 12))
    merge_events([a, b])
    assert a.events[0].attrs["key"] == b.events[0].attrs["key"]
    assert a.events[0].attrs["key"].startswith("event/")


def test_events_different_type_target_or_distant_date_stay_apart() -> None:
    base = _report("a", "CONSULT", "person/x", "person/y", dt.date(2024, 7, 11))
    others = [
        _report("b", "ACCUSE", "person/x", "person/y", dt.date(2024, 7, 11)),
        _report("c", "CONSULT", "person/x", "person/z", dt.date(2024, 7, 11)),
        _report("d", "CONSULT", "person/x", "person/y", dt.date(2024, 7, 20)),
    ]
    merge_events([base, *others])
    keys = {d.events[0].attrs["key"] for d in [base, *others]}
    assert len(keys) == 4


def test_events_report_date_stands_in_for_a_missing_event_date() -> None:
    a = _report("a", "AID", "country/US", "country/UA", None, published=dt.date(2024, 1, 5))
    b = _report("b", "AID", "country/US", "country/UA", None, published=dt.date(2024, 1, 6))
    idx = EventIndex()
    assert idx.assign(a) == 0
    assert idx.assign(b) == 1
    assert a.events[0].attrs["key"] == b.events[0].attrs["key"]


def test_events_without_participants_are_not_merged() -> None:
    doc = Document(id="a", text="x")
    doc.events.append(Event("PROTEST", Span(0, 1, "x"), 0))
    merge_events([doc])
    assert "key" not in doc.events[0].attrs
