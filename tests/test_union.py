"""SPARQL's default graph is the merge of the data graphs: a fact two documents state counts once."""
from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from kg import union
from kg.query import query
from kg.store import ENTITY_GRAPH, META_GRAPH, Store, document_iri

KG = "https://w3id.org/newskg/ontology#"
EVENT = ox.NamedNode("https://w3id.org/newskg/id/event/e1")
PUTIN = ox.NamedNode("https://w3id.org/newskg/id/person/vladimir-putin")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")


def _doc_quads(doc_id: str, *, shared: bool = True, extra: str = "") -> list[ox.Quad]:
    g = ox.NamedNode(document_iri(doc_id))
    quads = [
        ox.Quad(g, TYPE, ox.NamedNode(KG + "Document"), g),
        ox.Quad(EVENT, ox.NamedNode(KG + "mentionedIn"), g, g),
        ox.Quad(PUTIN, LABEL, ox.Literal("Vladimir Putin", language="en"), ENTITY_GRAPH),
    ]
    if shared:  # what both reports of one event state
        quads += [ox.Quad(EVENT, TYPE, ox.NamedNode(KG + "Consult"), g),
                  ox.Quad(EVENT, ox.NamedNode(KG + "agent"), PUTIN, g)]
    if extra:
        quads.append(ox.Quad(EVENT, ox.NamedNode(KG + "trigger"), ox.Literal(extra), g))
    return quads


def _count(source: object, pattern: str) -> int:
    res = query(source, f"SELECT (COUNT(*) AS ?n) WHERE {{ {pattern} }}")
    return int(res.rows[0][0])


def _data_triples(st: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in union.data_quads(st)}


def _default_triples(st: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in st.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_oxigraph_alone_counts_copies() -> None:
    """The reason for kg.union: without it a triple in two graphs is counted twice."""
    st = ox.Store()
    st.extend(_doc_quads("a") + _doc_quads("b"))
    rows = list(st.query(f"SELECT * WHERE {{ ?e a <{KG}Consult> }}", use_default_graph_as_union=True))
    assert len(rows) == 2


def test_file_query_counts_each_triple_once(tmp_path) -> None:
    st = ox.Store()
    st.extend(_doc_quads("a") + _doc_quads("b"))
    path = tmp_path / "g.trig"
    st.dump(str(path), format=ox.RdfFormat.TRIG)
    assert _count(path, f"?e a <{KG}Consult>") == 1
    assert _count(path, f"?e a <{KG}Consult> ; <{KG}agent> ?a ; <{KG}mentionedIn> ?d") == 2  # two reports
    # GRAPH patterns still see each document
    assert _count(path, f"GRAPH ?g {{ ?e a <{KG}Consult> }}") == 2


def test_store_keeps_the_union_in_step(tmp_path) -> None:
    with Store(tmp_path / "s") as st:
        st.add(_doc_quads("a"), "a", "h1")
        st.add(_doc_quads("b"), "b", "h1")
        assert _count(st.oxigraph, f"?e a <{KG}Consult>") == 1
        assert _count(st.oxigraph, f"?e <{KG}mentionedIn> ?d") == 2
        st.remove("a")
        assert _count(st.oxigraph, f"?e a <{KG}Consult>") == 1  # b still states it
        st.add(_doc_quads("b", shared=False), "b", "h2")  # b no longer does
        assert _count(st.oxigraph, f"?e a <{KG}Consult>") == 0
        assert _default_triples(st.oxigraph) == _data_triples(st.oxigraph)
        st.remove("b")
        assert _default_triples(st.oxigraph) == set()
        # what export sees: data graphs only, not the meta graph nor the union copy
        assert all(q.graph_name not in (META_GRAPH, ox.DefaultGraph()) for q in st.quads())


def test_random_writes_keep_union_equal_to_data(tmp_path) -> None:
    rnd = random.Random(7)
    with Store(tmp_path / "s") as st:
        for step in range(40):
            doc = rnd.choice("abcd")
            if rnd.random() < 0.3:
                st.remove(doc)
            else:
                items = [(_doc_quads(d, shared=rnd.random() < 0.6, extra=rnd.choice(["", "x", "y"])), d, f"h{step}")
                         for d in {doc, rnd.choice("abcd")}]
                st.add_many(items, batch=rnd.choice([1, 2]))
            assert _default_triples(st.oxigraph) == _data_triples(st.oxigraph), step


def test_store_from_before_the_union_gets_it_on_open(tmp_path) -> None:
    path = tmp_path / "s"
    with Store(path) as st:
        st.add(_doc_quads("a"), "a", "h")
        st.add(_doc_quads("b"), "b", "h")
        # make it look like a store written before kg kept the union
        st.oxigraph.update(f"CLEAR DEFAULT ; DELETE DATA {{ GRAPH {META_GRAPH} "
                           f"{{ {union.MARK.subject} {union.MARK.predicate} {union.MARK.object} }} }}")
        assert not union.has_union(st.oxigraph)
        assert _count(st.oxigraph, f"?e a <{KG}Consult>") == 2  # the old, inflated answer
    with Store(path, read_only=True) as st:
        assert not union.has_union(st.oxigraph)  # a reader does not write
    with Store(path) as st:
        assert union.has_union(st.oxigraph)
        assert _count(st.oxigraph, f"?e a <{KG}Consult>") == 1


def test_query_options_leave_the_meta_graph_out() -> None:
    st = ox.Store()
    st.extend(_doc_quads("a"))
    st.add(ox.Quad(PUTIN, LABEL, ox.Literal("secret"), META_GRAPH))
    union.build(st)
    opts = union.query_options(st)
    assert META_GRAPH not in opts["named_graphs"]
    rows = list(st.query("SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }", **opts))
    assert [r["l"].value for r in rows] == ["Vladimir Putin"]


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_export_from_store_has_no_union_copy(tmp_path, fmt) -> None:
    from kg.export import export

    path = tmp_path / "s"
    with Store(path) as st:
        st.add(_doc_quads("a"), "a", "h")
        st.add(_doc_quads("b"), "b", "h")
        expected = len(list(st.quads()))
    with Store(path, read_only=True) as st:
        (out,) = export(st.oxigraph, tmp_path / "out", [fmt])
    back = ox.Store()
    back.load(path=str(out), format=ox.RdfFormat.N_QUADS if fmt == "nq" else ox.RdfFormat.TRIG)
    assert len(back) == expected
    assert not list(back.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_query_options_without_graph_patterns_use_oxigraph_default_dataset() -> None:
    """A query naming no graph reads the union default graph as Oxigraph's own default
    dataset (fast); one that names graphs still gets the data graphs only."""
    st = ox.Store()
    st.extend(_doc_quads("a", shared=True) + _doc_quads("b", shared=True))
    st.add(ox.Quad(PUTIN, LABEL, ox.Literal("secret"), META_GRAPH))
    union.build(st)
    plain = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    assert union.query_options(st, plain) == {}
    assert sorted(r["l"].value for r in st.query(plain, **union.query_options(st, plain))) == ["Vladimir Putin"]
    named = "SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"
    assert META_GRAPH not in union.query_options(st, named)["named_graphs"]
    assert "secret" not in {r["l"].value for r in st.query(named, **union.query_options(st, named))}


@pytest.mark.parametrize("fmt", ["ttl", "nt"])
def test_triples_export_from_store_is_the_merged_graph(tmp_path, fmt) -> None:
    """Turtle / N-Triples of a store: every data triple once, nothing of the meta graph."""
    from kg.export import export

    path = tmp_path / "s"
    with Store(path) as st:
        st.add(_doc_quads("a", extra="x"), "a", "h")
        st.add(_doc_quads("b", extra="y"), "b", "h")
        expected = {str(q.triple) for q in st.quads()}
    with Store(path, read_only=True) as st:
        (out,) = export(st.oxigraph, tmp_path / "out", [fmt])
    rows = list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES))
    assert {str(t) for t in rows} == expected
    if fmt == "nt":
        assert len(rows) == len(expected)  # each triple once, though both documents state some
