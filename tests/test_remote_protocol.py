"""kg.remote without a server: graph store URLs, prefixes, reading SPARQL JSON and N-Triples answers."""
from __future__ import annotations

import json

import pytest
from rdflib import BNode, Literal, URIRef

from kg.remote import RemoteError, _parse_answer, guess_graph_store, push, with_prefixes


@pytest.mark.parametrize(("endpoint", "store"), [
    ("http://localhost:7878/query", "http://localhost:7878/store"),
    ("http://localhost:7878/store", "http://localhost:7878/store"),
    ("https://h:3030/news/sparql", "https://h:3030/news/data"),
    ("http://h:3030/news/query", "http://h:3030/news/data"),
    ("http://h:7200/repositories/kg", "http://h:7200/repositories/kg/rdf-graphs/service"),
    ("http://h:8890/sparql", "http://h:8890/sparql-graph-crud"),
])
def test_graph_store_url_of_common_servers(endpoint: str, store: str) -> None:
    assert guess_graph_store(endpoint) == store


def test_unknown_endpoint_shape_asks_for_the_graph_store() -> None:
    with pytest.raises(RemoteError, match="--graph-store"):
        guess_graph_store("http://h/api/v2")


def test_prefixes_are_added_on_the_first_line_unless_declared() -> None:
    q = with_prefixes("PREFIX kg: <urn:mine#>\nSELECT * WHERE { ?s kg:p ?o }")
    assert q.count("\n") == 1, "the server's line numbers must stay those of the query"
    assert "PREFIX kg: <urn:mine#>" in q and "PREFIX kg: <https://" not in q
    assert "PREFIX kgid: <https://w3id.org/newskg/id/>" in q
    # a prefix name inside a string is not a declaration
    q2 = with_prefixes('SELECT * WHERE { ?s ?p "PREFIX kg: x" }')
    assert "PREFIX kg: <https://w3id.org/newskg/ontology#>" in q2


def test_sparql_json_results_become_rdflib_terms() -> None:
    body = json.dumps({"head": {"vars": ["e", "l", "n", "b", "missing"]}, "results": {"bindings": [
        {"e": {"type": "uri", "value": "https://w3id.org/newskg/id/country/RU"},
         "l": {"type": "literal", "value": "روسيا", "xml:lang": "ar"},
         "n": {"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
         "b": {"type": "bnode", "value": "b0"}},
    ]}}).encode()
    res = _parse_answer("application/sparql-results+json", body, "http://x/query")
    assert res.variables == ["e", "l", "n", "b", "missing"]
    assert res.rows == [[URIRef("https://w3id.org/newskg/id/country/RU"), Literal("روسيا", lang="ar"),
                         Literal(3), BNode("b0"), None]]
    assert _parse_answer("application/sparql-results+json", b'{"head": {}, "boolean": false}', "u").boolean is False


def test_ntriples_answers_become_triples_and_other_formats_are_refused() -> None:
    body = b'<urn:a> <urn:p> "x"@ar .\n'
    res = _parse_answer("application/n-triples", body, "http://x/query")
    assert res.triples == [(URIRef("urn:a"), URIRef("urn:p"), Literal("x", lang="ar"))]
    with pytest.raises(RemoteError, match="text/html, which kg cannot read"):
        _parse_answer("text/html", b"<html></html>", "http://x/query")


def test_push_refuses_an_unknown_mode_and_a_non_http_url(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = tmp_path / "g.nt"
    g.write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(RemoteError, match="unknown push mode 'all'"):
        push(g, "http://127.0.0.1:9/store", mode="all")
    with pytest.raises(RemoteError, match="not an http"):
        push(g, "ftp://127.0.0.1/store")
