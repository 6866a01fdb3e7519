"""The code's pinned namespace and ontologies/kg.ttl define the same terms."""
from __future__ import annotations

import pytest
from rdflib import OWL, RDF, Graph

from kg.model import PLOVER_CATEGORIES, plover_class
from kg.namespace import KG
from kg.ontology import ontology_path, shapes_path

NS = "https://w3id.org/newskg/ontology#"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_path())


def test_namespace_terms_equal_ontology_terms(onto: Graph) -> None:
    defined = {str(s)[len(NS):] for s in onto.subjects() if str(s).startswith(NS)}
    pinned = set(KG.__annotations__)
    assert defined == pinned


def test_namespace_fails_on_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        KG.Persn  # noqa: B018


def test_every_plover_category_is_an_event_subclass(onto: Graph) -> None:
    from rdflib import RDFS

    for cat in PLOVER_CATEGORIES:
        cls = KG[plover_class(cat)]
        assert (cls, RDF.type, OWL.Class) in onto
        assert (cls, RDFS.subClassOf, KG.Event) in onto


def test_every_class_and_property_has_arabic_and_english_labels(onto: Graph) -> None:
    from rdflib import RDFS

    for s in set(onto.subjects(RDF.type, None)):
        if not str(s).startswith(NS):
            continue
        langs = {lab.language for lab in onto.objects(s, RDFS.label)}
        assert {"ar", "en"} <= langs, s


def test_shapes_parse() -> None:
    g = Graph().parse(shapes_path())
    assert len(g) > 20
