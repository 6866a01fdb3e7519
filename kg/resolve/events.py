"""Events across reports: the same event told by several documents is one kg:Event.

Two events are the same when they have the same PLOVER category, the same agent
keys and the same target keys (at least one of the two non-empty), and dates at
most :data:`DATE_WINDOW` days apart (the event's own date, else the report's
publication date).  The shared event gets a content-derived key, stored in
``event.attrs["key"]``; the graph builder uses it instead of the per-document
:meth:`kg.model.Event.key`, so every reporting document's graph says
``<event> kg:mentionedIn <doc>`` about the same IRI.

:class:`EventIndex` keeps the events seen so far (in a run, or loaded from a
store with :meth:`EventIndex.from_store`), so arrival order does not split one
event in two: the first report's key is reused by later ones.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable

from kg.model import Document, Event

#: Reports of one event may date it this many days apart ("yesterday", time zones).
DATE_WINDOW = 1

Signature = tuple[str, tuple[str, ...], tuple[str, ...]]


def signature(ev: Event) -> Signature | None:
    """(category, agents, targets) of an event, or None if it has neither agent nor target."""
    agents = tuple(sorted(set(ev.agent)))
    targets = tuple(sorted(set(ev.target)))
    if not agents and not targets:
        return None
    return ev.category.upper(), agents, targets


def event_date(ev: Event, doc: Document) -> dt.date | None:
    """The event's date, else the date of the report."""
    return ev.date or doc.date


def shared_key(sig: Signature, date: dt.date | None) -> str:
    """A content-derived key of an event across reports.

    >>> shared_key(("CONSULT", ("person/a",), ("person/b",)), dt.date(2024, 7, 11))
    'event/fd5b98a248ec23af'
    """
    text = f"{sig[0]}|{','.join(sig[1])}|{','.join(sig[2])}|{date.isoformat() if date else ''}"
    return "event/" + hashlib.sha1(text.encode()).hexdigest()[:16]


class EventIndex:
    """Events seen so far: signature -> [(date, key)]."""

    def __init__(self) -> None:
        self._seen: dict[Signature, list[tuple[dt.date | None, str]]] = defaultdict(list)

    def __len__(self) -> int:
        return sum(len(v) for v in self._seen.values())

    def find(self, sig: Signature, date: dt.date | None) -> str | None:
        """The key of a known event with this signature and a date within the window."""
        for d, key in self._seen.get(sig, ()):
            if d is None or date is None:
                if d is None and date is None:
                    return key
                continue
            if abs((d - date).days) <= DATE_WINDOW:
                return key
        return None

    def remember(self, sig: Signature, date: dt.date | None, key: str) -> None:
        if (date, key) not in self._seen[sig]:
            self._seen[sig].append((date, key))

    def assign(self, doc: Document) -> int:
        """Give each event of ``doc`` its cross-report key (``event.attrs["key"]``).

        Returns:
            How many of the document's events joined an event already seen.
        """
        joined = 0
        for ev in doc.events:
            sig = signature(ev)
            if sig is None:
                continue
            date = event_date(ev, doc)
            key = self.find(sig, date)
            if key is None:
                key = shared_key(sig, date)
            else:
                joined += 1
            ev.attrs["key"] = key
            self.remember(sig, date, key)
        return joined

    @classmethod
    def from_store(cls, store: object) -> EventIndex:
        """The events already in a :class:`kg.store.Store`, with their dates."""
        from kg.store import entity_key

        q = """
        PREFIX kg: <https://w3id.org/newskg/ontology#>
        SELECT ?e ?t ?role ?x ?date ?pub WHERE {
          GRAPH ?g {
            ?e a kg:Event , ?t .
            FILTER(?t != kg:Event)
            OPTIONAL { ?e ?role ?x . FILTER(?role IN (kg:agent, kg:target)) }
            OPTIONAL { ?e kg:date ?date }
            OPTIONAL { ?g kg:published ?pub }
          }
        }"""
        cats: dict[str, str] = {}
        roles: dict[str, dict[str, set[str]]] = {}
        dates: dict[str, dt.date | None] = {}
        for r in store.query(q):  # type: ignore[attr-defined]
            e = r["e"].value
            cats.setdefault(e, r["t"].value.rsplit("#", 1)[-1].upper())
            parts = roles.setdefault(e, {"agent": set(), "target": set()})
            if r["role"] is not None:
                parts[r["role"].value.rsplit("#", 1)[-1]].add(entity_key(r["x"].value))
            d = r["date"] or r["pub"]
            if d is not None and dates.get(e) is None:
                try:
                    dates[e] = dt.date.fromisoformat(d.value[:10])
                except ValueError:
                    pass
        index = cls()
        for e, cat in cats.items():
            agents = tuple(sorted(roles[e]["agent"]))
            targets = tuple(sorted(roles[e]["target"]))
            if agents or targets:
                index.remember((cat, agents, targets), dates.get(e), e.rsplit("/id/", 1)[-1])
        return index


def merge_events(docs: Iterable[Document], index: EventIndex | None = None) -> EventIndex:
    """Give the events of a batch of documents their cross-report keys; returns the index."""
    index = index if index is not None else EventIndex()
    for doc in docs:
        index.assign(doc)
    return index
