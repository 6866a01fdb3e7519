"""The persistent store: replace by content hash, consistent removal, versions, read-only."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.graph.rdf import to_dataset
from kg.model import Document, Entity, Mention
from kg.store import ENTITY_GRAPH, META_GRAPH, Store, document_iri

RU = "https://w3id.org/newskg/id/country/RU"


def _doc(doc_id: str, text: str, names: list[tuple[str, str, str, str]]) -> Document:
    """A processed-looking document: (surface, key, type, english label) per entity."""
    doc = Document(id=doc_id, text=text, lang="ar")
    for surface, key, typ, en in names:
        start = text.index(surface)
        m = Mention(start, start + len(surface), surface, label="LOC" if typ == "Country" else "PER", entity=key)
        doc.mentions.append(m)
        e = doc.entities.setdefault(key, Entity(key=key, type=typ, labels={"ar": surface, "en": en}))
        e.mentions.append(m)
    return doc


def _doc_a() -> Document:
    return _doc("a", "زار بوتين روسيا.", [("بوتين", "person/vladimir-putin", "Person", "Vladimir Putin"),
                                         ("روسيا", "country/RU", "Country", "Russia")])


def _doc_b() -> Document:
    return _doc("b", "قال سمير إن روسيه قوية.", [("سمير", "person/samir", "Person", "Samir"),
                                                 ("روسيه", "country/RU", "Country", "Russia")])


def _layer(st: Store) -> set[tuple[str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object))
            for q in st.oxigraph.quads_for_pattern(None, None, None, ENTITY_GRAPH)}


def _labels(st: Store, iri: str) -> set[str]:
    return {q.object.value for q in st.oxigraph.quads_for_pattern(ox.NamedNode(iri), None, None, ENTITY_GRAPH)
            if isinstance(q.object, ox.Literal)}


def test_store_add_and_readd_same_content_is_a_noop(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as st:
        doc = _doc_a()
        assert st.add(to_dataset([doc]), doc.id, doc.content_hash) is True
        before = sorted(map(str, st.quads(internal=True)))
        assert st.add(to_dataset([doc]), doc.id, doc.content_hash) is False
        assert sorted(map(str, st.quads(internal=True))) == before
        assert st.documents() == {"a": doc.content_hash}


def test_store_readd_changed_document_replaces_its_graph(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as st:
        st.add_document(_doc_a())
        changed = _doc("a", "زار بوتين سمير.", [("بوتين", "person/vladimir-putin", "Person", "Vladimir Putin"),
                                                  ("سمير", "person/samir", "Person", "Samir")])
        assert st.add_document(changed) is True
        graphs = {str(g) for g in st.oxigraph.named_graphs()}
        assert f"<{document_iri('a')}>" in graphs
        texts = [q.object.value for q in st.oxigraph.quads_for_pattern(
            None, ox.NamedNode("https://w3id.org/newskg/ontology#text"), None, ox.NamedNode(document_iri("a")))]
        assert texts.count("زار بوتين سمير.") == 1 and "زار بوتين روسيا." not in texts
        assert st.entity_state(RU) is None  # only the old version mentioned Russia
        assert not _labels(st, RU)


def test_store_remove_keeps_entity_layer_as_if_never_added(tmp_path: Path) -> None:
    with Store(tmp_path / "only_a") as st:
        st.add_document(_doc_a())
        expected = _layer(st)
    with Store(tmp_path / "a_b") as st:
        st.add_document(_doc_a())
        st.add_document(_doc_b())
        assert "روسيه" in _labels(st, RU)
        assert st.entity_state(RU).docs == 2
        assert st.remove("b") is True
        assert _layer(st) == expected
        assert "روسيه" not in _labels(st, RU)
        assert st.entity_state("https://w3id.org/newskg/id/person/samir") is None
        assert st.remove("b") is False
        assert set(st.documents()) == {"a"}


def test_store_bulk_add_many_in_batches(tmp_path: Path) -> None:
    docs = [_doc_a(), _doc_b()]
    with Store(tmp_path / "s") as st:
        changed, unchanged = st.add_many(((to_dataset([d]), d.id, d.content_hash) for d in docs), batch=1)
        assert (changed, unchanged) == (2, 0)
        assert st.add_many([(to_dataset([d]), d.id, d.content_hash) for d in docs]) == (0, 2)
        assert st.entity_state(RU).docs == 2


def test_store_accepts_pyoxigraph_quads(tmp_path: Path) -> None:
    g = ox.NamedNode(document_iri("x"))
    q = ox.Quad(g, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                ox.NamedNode("https://w3id.org/newskg/ontology#Document"), g)
    with Store(tmp_path / "s") as st:
        assert st.add([q], "x", "h1")
        assert len(st) == 1 and st.content_hash("x") == "h1"


def test_store_failed_write_changes_nothing(tmp_path: Path) -> None:
    doc = _doc_a()
    foreign = ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"), ox.NamedNode("http://e/g"))
    with Store(tmp_path / "s") as st:
        before = sorted(map(str, st.quads(internal=True)))
        with pytest.raises(StoreError, match="graph"):
            st.add([*to_dataset([doc]).quads((None, None, None, None)), foreign], doc.id, doc.content_hash)
        assert sorted(map(str, st.quads(internal=True))) == before
        assert st.documents() == {}


def test_store_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with Store(path) as st:
        st.oxigraph.update(
            f"DELETE WHERE {{ GRAPH {META_GRAPH} {{ ?s <https://w3id.org/newskg/store#format> ?o }} }} ;"
            f"INSERT DATA {{ GRAPH {META_GRAPH} {{ <https://w3id.org/newskg/id/store> "
            f"<https://w3id.org/newskg/store#format> \"999\" }} }}")
    with pytest.raises(StoreError, match="format 999"):
        Store(path)


def test_store_refuses_an_oxigraph_store_kg_did_not_write(tmp_path: Path) -> None:
    path = tmp_path / "foreign"
    foreign = ox.Store(str(path))
    foreign.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o")))
    foreign.flush()
    del foreign
    with pytest.raises(StoreError, match="did not write"):
        Store(path)


def test_store_read_only(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with Store(path) as st:
        st.add_document(_doc_a())
    with Store(path, read_only=True) as ro:
        assert set(ro.documents()) == {"a"}
        with pytest.raises(StoreError, match="read-only"):
            ro.remove("a")
    with pytest.raises(StoreError, match="no kg store"):
        Store(tmp_path / "missing", read_only=True)


def test_store_second_writer_gets_a_clear_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s"), pytest.raises(StoreError, match="another kg process"):
        Store(tmp_path / "s")


def test_store_folder_of_other_files_is_refused_and_left_alone(tmp_path: Path) -> None:
    """``--store ~/Documents`` made a database among the user's files; a query said another
    kg process might be writing to it."""
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    for read_only in (False, True):
        with pytest.raises(StoreError, match="holds files but no kg store") as info:
            Store(folder, read_only=read_only)
        assert "another kg process" not in str(info.value)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_store_that_lost_its_current_file_is_not_blamed_on_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with Store(path) as st:
        st.add_document(_doc_a())
    (path / "CURRENT").unlink()
    files = sorted(p.name for p in path.iterdir())
    for read_only in (True, False):
        with pytest.raises(StoreError, match="restore the store from a copy") as info:
            Store(path, read_only=read_only)
        assert "another kg process" not in str(info.value)
    assert sorted(p.name for p in path.iterdir()) == files  # nothing in it changed


def test_store_open_failure_other_than_the_lock_names_its_cause(tmp_path: Path, monkeypatch) -> None:
    def full(path: str) -> None:
        raise OSError(f"IO error: No space left on device: While appending to file: {path}/OPTIONS-000006.dbtmp")

    monkeypatch.setattr("kg.store.ox.Store", full)
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "s")
    assert str(info.value).startswith(f"cannot open the store at {tmp_path / 's'}: IO error: No space left on device")
    assert "another kg process" not in str(info.value)


def test_store_path_that_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(StoreError, match="not a store directory"):
        Store(f)


def test_store_recovers_from_a_crash_between_load_and_record(tmp_path: Path) -> None:
    """A writer killed after bulk-loading a batch's graphs and before recording them:
    the next writable open drops those graphs and their union copies."""
    from kg.store import _LOADING, Prepared

    a, b = _doc_a(), _doc_b()
    with Store(tmp_path / "s") as st:
        st.add_document(a)
        before = sorted(map(str, st.quads(internal=True)))
        default_before = {str(q) for q in st.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        # what _write does before its SPARQL update: the marker, then the graphs (no record)
        st.oxigraph.extend([ox.Quad(*_LOADING)])
        st.oxigraph.bulk_load(Prepared.from_document(b).nquads, format=ox.RdfFormat.N_QUADS)
        assert ox.NamedNode(document_iri("b")) in set(st.oxigraph.named_graphs())
    with Store(tmp_path / "s") as st:  # the next run opens the store for writing
        assert ox.NamedNode(document_iri("b")) not in set(st.oxigraph.named_graphs())
        assert sorted(map(str, st.quads(internal=True))) == before
        assert {str(q) for q in st.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())} == default_before
        assert st.documents() == {"a": a.content_hash}
        st.add_document(b)  # and the document goes in again as if nothing had happened
        assert set(st.documents()) == {"a", "b"} and not st._loading()


def test_store_prepared_from_written_equals_from_document(tmp_path: Path) -> None:
    from kg.graph.rdf import EntityLayer, document_quads, nquads
    from kg.store import Prepared

    doc = _doc_a()
    layer = EntityLayer()
    for e in doc.entities.values():
        layer.add(e)
    one = Prepared.from_document(doc)
    two = Prepared.from_written(doc, nquads(document_quads(doc)), nquads(layer.quads()))
    assert one.nquads == two.nquads and one.mentions == two.mentions
    assert sorted(map(str, one.entity_quads)) == sorted(map(str, two.entity_quads))
    with Store(tmp_path / "p") as st, Store(tmp_path / "q") as ref:
        st.add(two, doc.id, doc.content_hash)
        ref.add(list(to_dataset([doc]).quads((None, None, None, None))), doc.id, doc.content_hash)
        assert sorted(map(str, st.quads(internal=True))) == sorted(map(str, ref.quads(internal=True)))
        default = {str(q) for q in st.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert default == {str(q) for q in ref.oxigraph.quads_for_pattern(None, None, None, ox.DefaultGraph())}
        assert len(default) > 10


def test_store_ingest_raises_a_failed_background_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kg ingest writes batches on a thread of its own: a failed write still stops the run with its error."""
    import json

    from kg.store import ingest

    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "lang": "ar", "text": f"زار بوتين روسيا. ({i})"},
                                      ensure_ascii=False) + "\n" for i in range(5)), encoding="utf-8")
    calls: list[int] = []

    def failing(self: Store, items: object, **kw: object) -> tuple[int, int]:
        calls.append(1)
        raise StoreError("disk full")

    monkeypatch.setattr(Store, "add_many", failing)
    with pytest.raises(StoreError, match="disk full"):
        ingest([src], tmp_path / "s", ner="none", batch=2)
    assert len(calls) == 1  # nothing is written after the first failure
    monkeypatch.undo()
    report = ingest([src], tmp_path / "s", ner="none", batch=2)  # the store is still usable
    assert report.added == 5
    with Store(tmp_path / "s", read_only=True) as st:
        assert len(st) == 5


def _doc_c() -> Document:
    return _doc("c", "قال بوتين إن روسيا ومنظمة أوبك اتفقتا.",
                [("بوتين", "person/vladimir-putin", "Person", "Vladimir Putin"),
                 ("روسيا", "country/RU", "Country", "Russia"), ("أوبك", "org/opec", "Organization", "OPEC")])


def test_store_state_context_is_summed_from_the_documents(tmp_path: Path) -> None:
    """An entity's context (which grows with the corpus) is not rewritten in its state
    literal on every write: it is summed from the documents' contributions when read."""
    putin = "https://w3id.org/newskg/id/person/vladimir-putin"
    with Store(tmp_path / "s") as st:
        st.add_document(_doc_c())
        st.add_document(_doc("d", "التقى بوتين أوبك في روسيا.", [
            ("بوتين", "person/vladimir-putin", "Person", "Vladimir Putin"),
            ("أوبك", "org/opec", "Organization", "OPEC"), ("روسيا", "country/RU", "Country", "Russia")]))
        state = st.entity_state(putin)
        assert state is not None and state.docs == 2
        assert dict(state.context) == {"https://w3id.org/newskg/id/org/opec": 2, RU: 2}
        literals = [q.object.value for q in st.oxigraph.quads_for_pattern(
            None, ox.NamedNode("https://w3id.org/newskg/store#state"), None, META_GRAPH)]
        assert literals and all('"context"' not in x for x in literals)
        assert dict(dict(st.entity_states())[putin].context) == dict(state.context)
        st.remove("d")
        assert dict(st.entity_state(putin).context) == {"https://w3id.org/newskg/id/org/opec": 1, RU: 1}
        st.remove("c")
        assert st._contexts() == {} and list(st.entity_states()) == []


def test_store_of_format_1_is_read_and_upgraded(tmp_path: Path) -> None:
    """A store written before contexts were summed from the records (its context inside the state literal)
    answers as it is read-only, and is converted when opened for writing."""
    import json

    path = tmp_path / "s"
    with Store(path) as st:
        st.add_document(_doc_c())
        st.add_document(_doc_a())
        expected = {iri: s.to_json() for iri, s in st.entity_states()}
        layer = _layer(st)
        # rewrite it as format 1 wrote it: the whole state, context included, in one literal
        state_p = ox.NamedNode("https://w3id.org/newskg/store#state")
        fmt = ox.NamedNode("https://w3id.org/newskg/store#format")
        old = [q for q in st.oxigraph.quads_for_pattern(None, None, None, META_GRAPH)
               if q.predicate in (state_p, fmt)]
        for q in old:
            st.oxigraph.remove(q)
        for q in old:
            if q.predicate == state_p:
                iri = json.loads(q.object.value)["iri"]
                st.oxigraph.add(ox.Quad(q.subject, state_p, ox.Literal(json.dumps(
                    {"iri": iri, **expected[iri]}, ensure_ascii=False)), META_GRAPH))
        st.oxigraph.add(ox.Quad(ox.NamedNode("https://w3id.org/newskg/id/store"), fmt, ox.Literal("1"), META_GRAPH))
    with Store(path, read_only=True) as ro:
        assert {iri: s.to_json() for iri, s in ro.entity_states()} == expected
    with Store(path) as st:
        assert {iri: s.to_json() for iri, s in st.entity_states()} == expected
        assert [q.object.value for q in st.oxigraph.quads_for_pattern(None, fmt, None, META_GRAPH)] == ["2"]
        literals = [q.object.value for q in st.oxigraph.quads_for_pattern(None, state_p, None, META_GRAPH)]
        assert literals and all('"context"' not in x for x in literals)
        assert _layer(st) == layer
        st.remove("c")
    with Store(tmp_path / "only_a") as ref:
        ref.add_document(_doc_a())
        only_a = _layer(ref)
    with Store(path, read_only=True) as st:
        assert _layer(st) == only_a
