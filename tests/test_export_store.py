"""Exports of a kg store: the merged graph written by Oxigraph's own dump, the same graph
rdflib reads back, the same bytes as the streamed writer, written atomically."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import ExportError
from kg.store import Store

ID = "https://w3id.org/newskg/id/"
KG = "https://w3id.org/newskg/ontology#"
LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _doc(doc_id: str, *, extra: str) -> list[ox.Quad]:
    g = ox.NamedNode(f"{ID}doc/{doc_id}")
    putin = ox.NamedNode(ID + "person/vladimir-putin")
    event = ox.NamedNode(f"{ID}event/{doc_id}-1")
    return [
        ox.Quad(g, TYPE, ox.NamedNode(KG + "Document"), g),
        ox.Quad(g, ox.NamedNode(KG + "published"),
                ox.Literal("2024-07-12", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")), g),
        ox.Quad(putin, LABEL, ox.Literal("فلاديمير بوتين", language="ar"), g),  # stated by both documents
        ox.Quad(putin, LABEL, ox.Literal("Vladimir Putin", language="en"), g),
        ox.Quad(event, ox.NamedNode(KG + "agent"), putin, g),
        ox.Quad(event, ox.NamedNode(KG + "sentence"), ox.Literal(f'said "{extra}"\nand left'), g),
    ]


@pytest.fixture()
def store_path(tmp_path):
    path = tmp_path / "s"
    with Store(path) as st:
        st.add(_doc("a", extra="x"), "a", "h1")
        st.add(_doc("b", extra="y"), "b", "h2")
    return path


def _expected(path) -> Graph:
    """The merge of the store's data graphs, built by rdflib from its quads."""
    g = Graph()
    with Store(path, read_only=True) as st:
        for q in st.quads():
            s, p, o = (_rdflib(t) for t in (q.subject, q.predicate, q.object))
            g.add((s, p, o))
    return g


def _rdflib(term: object) -> object:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    assert isinstance(term, ox.Literal)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)  # a plain literal, as rdflib reads "..."
    return Literal(term.value, datatype=URIRef(term.datatype.value))


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_export_store_rdflib_reads_back_the_merged_graph(store_path, tmp_path, fmt, rdflib_format) -> None:
    from kg.export import export

    expected = _expected(store_path)
    assert len(expected) == 10  # 2 x 6 quads, the two labels of Putin stated twice
    with Store(store_path, read_only=True) as st:
        (out,) = export(st.oxigraph, tmp_path / "out", [fmt])
    back = Graph().parse(out, format=rdflib_format)
    assert isomorphic(back, expected)
    assert not any("graph/meta" in str(t) or "store#" in str(t) for triple in back for t in triple)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld"])
def test_export_store_dump_same_bytes_as_streamed_writer(store_path, tmp_path, fmt) -> None:
    """Oxigraph's dump of the union default graph writes what the streamed writer wrote."""
    from kg.export import FORMATS, _triples
    from kg.namespace import PREFIXES

    fmt_ox = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    with Store(store_path, read_only=True) as st:
        streamed = (ox.serialize(_triples(st.oxigraph), None, fmt_ox, prefixes=PREFIXES) if fmt != "nt"
                    else ox.serialize(_triples(st.oxigraph), None, fmt_ox))
        out = tmp_path / ("graph" + FORMATS[fmt][0][5:])
        FORMATS[fmt][1](st.oxigraph, out, {})
    assert out.read_bytes() == streamed
    assert b"@prefix kg: <https://w3id.org/newskg/ontology#>" in streamed or fmt != "ttl"


class _FailingDump:
    """A store whose dump writes part of the file, then fails (a full disk, say)."""

    def __init__(self, inner: ox.Store) -> None:
        self._inner = inner

    def quads_for_pattern(self, *args: object) -> object:
        return self._inner.quads_for_pattern(*args)

    def dump(self, output, *args: object, **kwargs: object) -> None:
        output.write(b"@prefix kg: <https://w3id.org/newskg/ontology#> .\n<half")
        raise OSError(28, "No space left on device")


def test_export_store_is_atomic(store_path, tmp_path, monkeypatch) -> None:
    import kg.export as E

    out_dir = tmp_path / "out"
    with Store(store_path, read_only=True) as st:
        (out,) = E.export(st.oxigraph, out_dir, ["ttl"])
        good = out.read_bytes()
        monkeypatch.setattr(E, "_ox", lambda graph: _FailingDump(st.oxigraph))
        with pytest.raises(ExportError, match="graph.ttl: No space left on device; the old file, if any, is kept"):
            E.export(st.oxigraph, out_dir, ["ttl"])
    assert out.read_bytes() == good  # the old file is untouched
    assert sorted(p.name for p in out_dir.iterdir()) == ["graph.ttl"]  # no temporary file left
    assert len(Graph().parse(out, format="turtle")) == 10
