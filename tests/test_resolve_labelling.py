"""One set of labelling rules for the entity layer, whether built in one go or in a store."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox

from kg.graph.rdf import ENTITY_GRAPH, EntityLayer, document_rdf, nquads
from kg.model import Document, Entity, Mention
from kg.resolve.labelling import alt_labels, country_link, entity_type, most_common, preferred_labels
from kg.store import Store


def test_labelling_type_prefers_specific_place_then_frequency() -> None:
    assert entity_type(Counter({"Location": 9, "City": 1})) == "City"
    assert entity_type(Counter({"Location": 1, "City": 2, "Country": 3})) == "Country"
    assert entity_type(Counter({"Person": 3, "Organization": 1})) == "Person"
    assert entity_type(Counter({"Organization": 2, "Person": 2})) == "Person"  # tie: later in code-point order
    assert entity_type(Counter({"Thing": 5})) == "Location"


def test_labelling_preferred_label_ties_longer_then_codepoint() -> None:
    labels = Counter({("بوتين", "ar"): 2, ("فلاديمير بوتين", "ar"): 2, ("Putin", "en"): 1, ("Poutine", "en"): 1})
    pref = preferred_labels(labels)
    assert pref == {"ar": "فلاديمير بوتين", "en": "Poutine"}
    assert alt_labels(pref, [*labels, ("وبوتين", "ar")]) == [("Putin", "en"), ("بوتين", "ar"), ("وبوتين", "ar")]
    assert preferred_labels(Counter({("A", "en"): 1, ("B", "en"): 3})) == {"en": "B"}


def test_labelling_links_and_ids() -> None:
    assert country_link("Country") is None
    assert country_link("City") == "locatedIn" and country_link("Location") == "locatedIn"
    assert country_link("Person") == "country"
    assert most_common(Counter({"RU": 1, "KP": 1})) == "KP" and most_common(Counter()) is None


def _doc(doc_id: str, text: str, ents: list[tuple[str, str, str, dict[str, str], int]]) -> Document:
    doc = Document(id=doc_id, text=text, lang="ar")
    for surface, key, typ, labels, times in ents:
        e = doc.entities.setdefault(key, Entity(key=key, type=typ, labels=dict(labels)))
        start = text.index(surface)
        for _ in range(times):
            m = Mention(start, start + len(surface), surface, label="PER", entity=key)
            doc.mentions.append(m)
            e.mentions.append(m)
        e.alt_labels.add((surface, "ar"))
        if typ == "City":
            e.attrs.update(geonames="1871859", country="country/KP")
    return doc


DOCS = [
    _doc("a", "بوتين في بيونغ يانغ", [("بوتين", "person/putin", "Person", {"ar": "بوتين"}, 3),
                                      ("بيونغ يانغ", "city/1871859", "City", {"ar": "بيونغ يانغ", "en": "Pyongyang"}, 1)]),
    _doc("b", "فلاديمير بوتين زار بيونغيانغ", [("فلاديمير بوتين", "person/putin", "Person", {"ar": "فلاديمير بوتين"}, 3),
                                            ("بيونغيانغ", "city/1871859", "Location", {"ar": "بيونغيانغ"}, 2)]),
    _doc("c", "Putin", [("Putin", "person/putin", "Organization", {"en": "Putin"}, 1)]),
]


def _term(t: object) -> str:
    return t.value if isinstance(t, ox.NamedNode) else str(t)


def _triples(quads: object) -> set[tuple[str, str, str]]:
    return {(_term(q[0]), _term(q[1]), _term(q[2])) for q in quads}  # type: ignore[attr-defined]


def test_labelling_store_layer_equals_one_go_layer(tmp_path: Path) -> None:
    one_go = EntityLayer()
    for d in DOCS:
        for e in d.entities.values():
            one_go.add(e)
    ds = ox.Store()
    ds.bulk_load(nquads(one_go.quads()), format=ox.RdfFormat.N_QUADS)
    expected = _triples((q.subject, q.predicate, q.object) for q in ds.quads_for_pattern(None, None, None))
    with Store(tmp_path / "st") as st:
        for d in DOCS:
            st.add(document_rdf(d), d.id, d.content_hash)
        got = _triples((q.subject, q.predicate, q.object)
                       for q in st.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(ENTITY_GRAPH))))
    assert got == expected
    putin = "https://w3id.org/newskg/id/person/putin"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    # tie 3:3 between the two Arabic names: the longer one is the label
    assert {o for s, p, o in got if s == putin and p == label} == {'"فلاديمير بوتين"@ar', '"Putin"@en'}
    city = "https://w3id.org/newskg/id/city/1871859"
    assert (city, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "https://w3id.org/newskg/ontology#City") in got
    assert (city, "https://w3id.org/newskg/ontology#locatedIn", "https://w3id.org/newskg/id/country/KP") in got
