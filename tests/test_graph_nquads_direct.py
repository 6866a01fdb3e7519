"""kg.graph.rdf.document_nquads (a worker's N-Quads written without rdflib objects) gives the
bytes of nquads(document_quads(doc)): the same rows, in the same order, for every branch of the
document graph and any text."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.graph.rdf import EntityLayer, document_nquads, document_quads, nquads
from kg.model import Document, Entity, Event, Mention, Relation, Span


def _same(doc: Document) -> bytes:
    for copy in (False, True):
        direct, rows = document_nquads(doc, default_copy=copy)
        assert direct == nquads(document_quads(doc), default_copy=copy)
        assert rows == len(list(document_quads(doc)))
    return direct


def _full(text: str = "زار بوتين بيونغ يانغ.\nقال \"كيم\" إن\\ الزيارة\r مهمة.", lang: str = "ar") -> Document:
    doc = Document(id="a b/ج", text=text, lang=lang, title='عنوان "x"', date=dt.date(2024, 7, 12),
                   url="https://example.org/a?b=1", source="CNN", path="/tmp/a.jsonl", parent="p 1",
                   sentences=[(0, 21), (22, len(text))])
    doc.mentions = [
        Mention(4, 9, "بوتين", label="PER", score=0.91234, entity="person/vladimir-putin"),
        Mention(10, 20, "بيونغ يانغ", label="LOC", score=1.0, entity="city/1871859"),
        Mention(27, 30, "كيم", label="PER", score=0.5, entity="person/كيم جونغ"),  # percent-encoded key
        Mention(int(np.int64(31)), 33, "إن", score=0.25, entity=None),  # no entity: not written
        Mention(np.int64(34), np.int64(36), "ال", score=np.float32(0.75), entity="misc/x"),  # numpy numbers
    ]
    doc.events = [
        Event("CONSULT", Span(0, 3, "زار"), 0, agent=["person/vladimir-putin"], place=["city/1871859"],
              target=["country/KP"], participant=["person/x"], reported_by=["org/cnn"], cameo="042",
              date=dt.date(2024, 7, 11), time_text="الخميس", confidence=0.8),
        Event("CONSULT", Span(0, 3, "زار"), 0, confidence=0.9, attrs={"key": "event/shared-1"}),
        Event("ACCUSE", Span(22, 25, "قال"), 5, modality="negated", attrs={"key": "event/shared-1"}),
    ]
    doc.relations = [
        Relation("person/vladimir-putin", "position", "الرئيس \"الروسي\"", sentence=0, confidence=0.7,
                 object_is_literal=True, attrs={"of": "country/RU"}),
        Relation("person/x", "memberOf", "org/y", sentence=None, confidence=0.6),
        Relation("person/x", "leaderOf", "org/z", sentence=9),
    ]
    return doc


def test_every_branch_of_a_document_graph_gives_the_same_bytes() -> None:
    data = _same(_full())
    assert b"mention/" in data and b"stmt/" in data and b"event/shared-1" in data and b"^^<" in data


def test_other_languages_and_a_bare_document_give_the_same_bytes() -> None:
    _same(_full(lang="fr"))
    _same(Document(id="bare", text="x", lang="en"))


def test_an_unknown_predicate_fails_as_before() -> None:
    doc = _full()
    doc.relations = [Relation("person/x", "notInTheOntology", "org/y")]
    with pytest.raises(AttributeError):
        nquads(document_quads(doc))
    with pytest.raises(AttributeError):
        document_nquads(doc)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(max_size=20), st.sampled_from(["ar", "en", "de"]))
def test_any_text_is_escaped_as_rdflib_escapes_it(text: str, name: str, lang: str) -> None:
    doc = Document(id="t", text=text, lang=lang, title=name or None, sentences=[(0, len(text))])
    doc.mentions = [Mention(0, len(text), text, entity="person/" + (name or "n").replace(" ", "-"))]
    doc.events = [Event("AID", Span(0, len(text), text), 0, time_text=name or None)]
    try:
        expected = nquads(document_quads(doc))
    except Exception as exc:  # an IRI rdflib refuses: the direct writer refuses it too
        with pytest.raises(type(exc)):
            document_nquads(doc)
        return
    assert document_nquads(doc)[0] == expected


def _layer(entities: list[Entity]) -> EntityLayer:
    layer = EntityLayer()
    for e in entities:
        layer.add(e)
    return layer


def test_the_entity_layer_gives_the_same_bytes() -> None:
    entities = [
        Entity("person/kim-jong-un", "Person", labels={"ar": "كيم جونغ- أون", "en": "Kim Jong Un"},
               alt_labels={("كيم", "ar"), ('Kim "the" \\ Un', "en")}, mentions=[Mention(0, 3, "كيم")] * 3,
               same_as=["https://www.wikidata.org/wiki/Q56226", "not-an-iri"]),
        Entity("city/1871859", "City", labels={"ar": "بيونغ يانغ", "fr": "Pyongyang"},
               attrs={"geonames": "1871859", "country": "country/KP"}, same_as=["https://sws.geonames.org/1871859/"]),
        Entity("country/RU", "Country", labels={"ar": "روسيا", "en": "Russia"}, attrs={"iso": "RU", "geonames": 2017370}),
        Entity("group/IL-MIL", "Group", labels={"ar": "الجيش الإسرائيلي"}, attrs={"country": "country/IL"}),
        Entity("org/un", "Organization", labels={"en": "United Nations"}, attrs={"country": "country/US"}),
    ]
    old, new = _layer(entities), _layer(entities)
    expected = nquads(old.quads())
    assert new.nquads() == expected
    # referenced countries (KP, IL, US), a romanised Arabic name, a sector, a GeoNames id
    for part in (b"country/KP>", b"country/IL>", b"@ar-Latn", b"#sector>", b"#geonamesId>", b"#locatedIn>"):
        assert part in expected


def test_the_direct_writer_keeps_instance_iris_out_of_the_shared_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.graph import rdf

    monkeypatch.setattr(rdf, "_IRI_CACHE", {})
    document_nquads(_full())
    _layer([Entity("person/someone-new", "Person", labels={"en": "Someone New"})]).nquads()
    # at most the vocabulary (kg:, rdf:, rdfs: ... terms); no entity, mention, event or statement IRI
    assert all("/newskg/id/" not in str(t) for t in rdf._IRI_CACHE)
