"""Instances named in a query the way kg's tables print them (kgid:country/KP, kgid:org/ريال)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.graph.rdf import document_iri, entity_iri
from kg.query import compact, expand_ids, query
from kg.resolve.names import slug

IRIS = [
    entity_iri("country/KP"),
    entity_iri("org/" + slug("ريال")),
    entity_iri("person/" + slug("مقتدى الصدر") + "~bb6e3fb414"),
    entity_iri("city/1871859"),
    document_iri("cnn_arabic_kim_krivoruchko-29ce6a59"),
    document_iri("feeds/2024 07/a"),
    URIRef("https://w3id.org/newskg/id/mention/0e0d58fbdb7951f0/12-20"),
]


@pytest.fixture()
def graph_file(tmp_path: Path) -> Path:
    g = Graph()
    for i, iri in enumerate(IRIS):
        g.add((iri, RDFS.label, Literal(f"thing {i}")))
    path = tmp_path / "g.ttl"
    g.serialize(path, format="turtle")
    return path


@pytest.mark.parametrize("iri", IRIS, ids=[str(i).rsplit("/id/", 1)[1][:30] for i in IRIS])
def test_a_name_as_printed_finds_its_node(graph_file: Path, iri: URIRef) -> None:
    shown = compact(iri)
    assert shown.startswith("kgid:"), shown
    res = query(graph_file, f"SELECT ?l WHERE {{ {shown} rdfs:label ?l }}")
    assert [str(r[0]) for r in res.rows] == [f"thing {IRIS.index(iri)}"], shown


def test_ends_of_triples_lists_and_values(graph_file: Path) -> None:
    kp, riyal = compact(IRIS[0]), compact(IRIS[1])
    res = query(graph_file, f"SELECT ?s WHERE {{ VALUES ?s {{ {kp} {riyal} }} ?s rdfs:label ?l . }} ORDER BY ?l")
    assert [r[0] for r in res.rows] == [IRIS[0], IRIS[1]]
    assert query(graph_file, f"ASK {{ {kp} rdfs:label ?l.}}").boolean is True


def test_strings_comments_iris_and_plain_names_are_left_alone() -> None:
    q = 'SELECT * WHERE { ?s ?p "kgid:org/x" . # kgid:org/y\n ?s kgid:graph <urn:kgid:a/b> }'
    assert expand_ids(q) == q
    own = "PREFIX kgid: <urn:x:> SELECT * WHERE { kgid:a/b ?p ?o }"
    assert expand_ids(own) == own, "a query that declares kgid: itself means its own prefix"


def test_the_endpoint_client_sends_full_iris(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import remote

    sent: list[bytes] = []

    class Http:
        def __init__(self, url: str, timeout: float) -> None:
            pass

        def request(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str, bytes]:
            sent.append(body)
            return 200, "application/sparql-results+json", b'{"head": {}, "boolean": true}'

        def close(self) -> None:
            pass

    monkeypatch.setattr(remote, "_Http", Http)
    remote.query_endpoint("http://127.0.0.1:1/query", "ASK { kgid:country/KP ?p ?o }")
    from urllib.parse import parse_qs

    text = parse_qs(sent[0].decode())["query"][0]
    assert "<https://w3id.org/newskg/id/country/KP>" in text and "kgid:country/KP" not in text
