"""Any label in any script survives Turtle, JSON-LD and N-Triples round trips."""
from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDFS, SKOS, Graph, Literal

from kg.export import export
from kg.graph.rdf import DatasetBuilder, entity_iri, tidy_label
from kg.model import Document, Entity, Mention

names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ar=names, en=names)
def test_labels_survive_turtle_and_jsonld(tmp_path: Path, ar: str, en: str) -> None:
    doc = Document(id="d", text=ar, lang="ar")
    m = Mention(0, len(ar), ar, label="PER", entity="person/x")
    doc.mentions = [m]
    doc.entities = {"person/x": Entity("person/x", "Person", labels={"ar": ar, "en": en}, mentions=[m])}
    b = DatasetBuilder()
    b.add(doc)
    ds = b.finish()
    export(ds, tmp_path, ["ttl", "jsonld", "nt"])
    for name, fmt in (("graph.ttl", "turtle"), ("graph.jsonld", "json-ld"), ("graph.nt", "nt")):
        g = Graph().parse(tmp_path / name, format=fmt)
        labels = set(g.objects(entity_iri("person/x"), RDFS.label))
        alt = set(g.objects(entity_iri("person/x"), SKOS.altLabel))
        for text, lang in ((ar, "ar"), (en, "en")):
            # the preferred label is the tidied name; the name as written stays an alternative
            assert Literal(tidy_label(text), lang=lang) in labels, name
            if tidy_label(text) != text:
                assert Literal(text, lang=lang) in alt, name


def test_same_city_in_two_documents_is_one_iri() -> None:
    from kg.pipeline import process

    a = process(Document(id="a", text="وصل الوفد إلى بيونغ يانغ أمس.", lang="ar"), ner="none", steps=("sentences", "mentions", "resolve"))
    b = process(Document(id="b", text="The delegation arrived in Pyongyang.", lang="en"), ner="none", steps=("sentences", "mentions", "resolve"))
    assert "city/1871859" in a.entities
    assert "city/1871859" in b.entities


def test_networkx_view_keeps_parallel_edges_apart() -> None:
    from kg.graph.nx import to_networkx
    from kg.graph.rdf import to_dataset
    from kg.model import Event, Span

    doc = Document(id="d", text="x y", lang="en", sentences=[(0, 3)])
    doc.entities = {k: Entity(k, "Person", labels={"en": k}) for k in ("person/a", "person/b")}
    for i, cat in enumerate(("CONSULT", "ACCUSE")):
        doc.events.append(Event(cat, Span(i, i + 1, "xy"[i]), 0, agent=["person/a"], target=["person/b"]))
    doc.relations = []
    g = to_networkx(to_dataset([doc]))
    events = [n for n, d in g.nodes(data=True) if d.get("kind") == "event"]
    assert len(events) == 2
    assert {d["type"] for n, d in g.nodes(data=True) if n in events} == {"CONSULT", "ACCUSE"}
    assert g.number_of_edges() == 4
