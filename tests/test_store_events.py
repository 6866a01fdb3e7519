"""One event reported by two documents is one kg:Event in the store, linked to both."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox

from kg.model import Document, Entity, Event, Mention, Span
from kg.resolve.events import EventIndex
from kg.store import Store

KG = "https://w3id.org/newskg/ontology#"


def _report(doc_id: str, text: str, date: dt.date) -> Document:
    doc = Document(id=doc_id, text=text, lang="ar", date=date, sentences=[(0, len(text))])
    for name, key in (("كيم", "person/kim-jong-un"), ("بوتين", "person/vladimir-putin")):
        i = text.index(name)
        m = Mention(i, i + len(name), name, label="PER", entity=key)
        doc.mentions.append(m)
        doc.entities[key] = Entity(key=key, type="Person", labels={"ar": name}, mentions=[m])
    t = text.index("استقبل")
    doc.events.append(Event("CONSULT", Span(t, t + 6, "استقبل"), 0, agent=["person/kim-jong-un"],
                            target=["person/vladimir-putin"], date=date))
    return doc


def test_store_events_across_reports_are_one_event(tmp_path: Path) -> None:
    a = _report("a", "استقبل كيم بوتين في بيونغ يانغ.", dt.date(2024, 6, 19))
    b = _report("b", "وقالت الوكالة إن كيم استقبل بوتين أمس.", dt.date(2024, 6, 20))
    index = EventIndex()
    with Store(tmp_path / "s") as st:
        for doc in (a, b):
            index.assign(doc)
            st.add_document(doc)  # its graph names each event by its cross-report key
        events = {q.subject.value for q in st.oxigraph.quads_for_pattern(
            None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(KG + "Event"))}
        assert len(events) == 1
        (event,) = events
        reporters = {q.object.value for q in st.oxigraph.quads_for_pattern(
            ox.NamedNode(event), ox.NamedNode(KG + "mentionedIn"), None)}
        assert reporters == {"https://w3id.org/newskg/id/doc/a", "https://w3id.org/newskg/id/doc/b"}
        # a new session finds the stored event again
        again = EventIndex.from_store(st)
        c = _report("c", "استقبل كيم بوتين.", dt.date(2024, 6, 19))
        assert again.assign(c) == 1
        assert "https://w3id.org/newskg/id/" + c.events[0].attrs["key"] == event
        st.remove("b")
        reporters = {q.object.value for q in st.oxigraph.quads_for_pattern(
            ox.NamedNode(event), ox.NamedNode(KG + "mentionedIn"), None)}
        assert reporters == {"https://w3id.org/newskg/id/doc/a"}
