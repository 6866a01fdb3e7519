"""kg.parallel: the same graph with any number of processes, in order, in bounded memory."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.errors import KGError
from kg.model import Document
from kg.parallel import DocResult, EngineError, Skipped, build, run

TEXTS = [
    ("ar", "زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ يوم الخميس والتقى الزعيم كيم جونغ أون."),
    ("en", "Russian President Vladimir Putin visited Pyongyang on Thursday and met Kim Jong Un."),
    ("ar", "استقبل وزير الخارجية المصري سامح شكري نظيره الأردني في القاهرة."),
    ("en", "The United Nations condemned the attack in Kabul, Afghanistan."),
]


def corpus(n: int = 8) -> list[Document]:
    return [Document(id=f"d{i}", text=TEXTS[i % len(TEXTS)][1] + f" ({i})", lang=TEXTS[i % len(TEXTS)][0])
            for i in range(n)]


def results(outcomes: object) -> list[DocResult]:
    out = list(outcomes)  # type: ignore[call-overload]
    assert all(isinstance(o, DocResult) for o in out), out
    return out


def test_two_processes_give_the_same_quads_in_input_order() -> None:
    one = results(run(corpus(), jobs=1, ner="none"))
    two = results(run(corpus(), jobs=2, ner="none", chunk_size=3))
    assert [r.id for r in two] == [f"d{i}" for i in range(8)]
    assert [r.nquads for r in two] == [r.nquads for r in one]
    assert [r.entity_nquads for r in two] == [r.entity_nquads for r in one]
    assert one[0].triples > 10 and one[0].words == len(corpus()[0].text.split())
    assert any(r.events for r in one), "the seed sentences hold events"


def test_parallel_build_equals_pipeline_build() -> None:
    from kg.graph.rdf import to_dataset
    from kg.pipeline import process

    expected = to_dataset([process(d, ner="none") for d in corpus(6)])
    got = build(corpus(6), jobs=2, ner="none")
    assert set(got.quads((None, None, None, None))) == set(expected.quads((None, None, None, None)))
    assert len(got) > 0


def test_documents_are_pulled_lazily() -> None:
    """The parent reads at most max_pending chunks ahead of what it has handed out."""
    pulled = 0

    def stream() -> Iterator[Document]:
        nonlocal pulled
        for i in range(1000):
            pulled += 1
            yield Document(id=f"x{i}", text="Kabul.", lang="en")

    it = run(stream(), jobs=2, ner="none", steps=("sentences",), chunk_size=4, max_pending=3)
    first = next(it)
    assert first.id == "x0"
    assert pulled <= 4 * 3 + 4
    for _ in range(20):
        next(it)
    assert pulled <= 21 + 4 * 3 + 4
    it.close()  # type: ignore[attr-defined]


def test_skip_hook_keeps_order_and_reason() -> None:
    docs = corpus(5)
    out = list(run(docs, jobs=2, ner="none", skip=lambda d: "unchanged" if d.id in ("d1", "d3") else None))
    assert [o.id for o in out] == ["d0", "d1", "d2", "d3", "d4"]
    assert [type(o).__name__ for o in out] == ["DocResult", "Skipped", "DocResult", "Skipped", "DocResult"]
    assert out[1].reason == "unchanged"  # type: ignore[union-attr]


def test_a_failing_document_is_skipped_with_its_message(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline

    def boom(doc: Document) -> Document:
        if "(1)" in doc.text:
            raise KGError("cannot handle this one")
        return doc

    def bug(doc: Document) -> Document:
        if "(2)" in doc.text:
            raise ZeroDivisionError("division by zero")
        return doc

    monkeypatch.setitem(pipeline.STEPS, "boom", boom)
    monkeypatch.setitem(pipeline.STEPS, "bug", bug)
    out = list(run(corpus(3), jobs=1, ner="none", steps=("sentences", "boom", "bug")))
    assert isinstance(out[1], Skipped) and out[1].reason == "cannot handle this one"
    assert isinstance(out[2], Skipped) and out[2].reason.startswith(
        "internal error in the pipeline (ZeroDivisionError: division by zero)")
    assert isinstance(out[0], DocResult)


def test_bad_options_are_refused_with_a_clear_message() -> None:
    with pytest.raises(EngineError, match="unknown engine 'spark'"):
        list(run(corpus(1), engine="spark"))
    with pytest.raises(EngineError, match="--scheduler needs --engine dask"):
        list(run(corpus(1), scheduler="tcp://127.0.0.1:1"))


def test_dask_engine_on_a_local_cluster() -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, host="127.0.0.1", protocol="tcp://",
                                  dashboard_address=None) as cluster:
        got = results(run(corpus(5), ner="none", engine="dask", scheduler=cluster.scheduler_address,
                          chunk_size=2))
    expected = results(run(corpus(5), jobs=1, ner="none"))
    assert [r.id for r in got] == [r.id for r in expected]
    assert [r.nquads for r in got] == [r.nquads for r in expected]


def test_unreachable_scheduler_is_an_engine_error() -> None:
    dask = pytest.importorskip("dask")
    pytest.importorskip("distributed")
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}), \
            pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        list(run(corpus(1), ner="none", engine="dask", scheduler="tcp://127.0.0.1:9"))


def test_returns_document_for_a_parent_that_links_entities() -> None:
    out = results(run(corpus(4), jobs=2, ner="none", returns="document"))
    assert [r.id for r in out] == ["d0", "d1", "d2", "d3"]
    assert "person/vladimir-putin" in out[1].doc.entities  # type: ignore[union-attr]
    # the worker also wrote each document's graph, under the event keys of a first report
    from kg.graph.rdf import document_quads, nquads

    for r in out:
        assert r.doc is not None and r.nquads == nquads(document_quads(r.doc)) and r.triples > 10
        assert all(ev.attrs.get("key", "").startswith("event/") for ev in r.doc.events if ev.agent or ev.target)
    with pytest.raises(EngineError, match="unknown pipeline step 'tokens'"):
        list(run(corpus(1), steps=("tokens",)))


def test_link_says_when_the_workers_rdf_still_holds() -> None:
    from kg.graph.rdf import document_quads, nquads
    from kg.parallel import link
    from kg.resolve.events import EventIndex
    from kg.resolve.link import EntityIndex

    docs = [Document(id=f"p{i}", lang="ar", text=text) for i, text in enumerate([
        "زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ يوم الخميس.",
        "وقال الرئيس الروسي فلاديمير بوتين إن روسيا تدعم الاتفاق.",
        "زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ يوم الخميس مرة أخرى.",
    ])]
    entities, events = EntityIndex(), EventIndex()
    seen = []
    for r in results(run(docs, jobs=1, ner="none", returns="document")):
        linked, joined, valid = link(r, entities, events)
        assert r.doc is not None
        # valid: the worker's N-Quads are exactly what the linked document says now
        assert valid == (r.nquads == nquads(document_quads(r.doc)))
        seen.append((linked, joined, valid))
    assert seen[0] == (0, 0, True)  # nothing before it to link to
    assert seen[2][1] >= 1 and seen[2][2]  # the same visit reported again joins the first, same key
    # a report a day later joins an event already known under another key: the worker's
    # N-Quads are renamed to that key, and say exactly what writing the document again says
    import datetime as dt

    from kg.resolve.events import event_date, signature

    (r,) = results(run(docs[:1], jobs=1, ner="none", returns="document"))
    assert r.doc is not None
    ev = next(e for e in r.doc.events if signature(e) is not None)
    day = event_date(ev, r.doc) or dt.date(2024, 7, 11)
    events = EventIndex()
    events.remember(signature(ev), day + dt.timedelta(days=1), "event/reported-earlier")  # type: ignore[arg-type]
    if ev.date is None and r.doc.date is None:
        events = EventIndex()
        events.remember(signature(ev), None, "event/reported-earlier")  # type: ignore[arg-type]
    before = r.nquads
    linked, joined, valid = link(r, EntityIndex(), events)
    assert joined >= 1 and valid and ev.attrs["key"] == "event/reported-earlier"
    assert r.nquads != before and r.nquads == nquads(document_quads(r.doc))


def test_link_renames_rekeyed_entities_in_the_workers_rdf() -> None:
    """An entity linked to a known one (another key) is renamed in the worker's N-Quads,
    everywhere it is named (mentions, events, relations), and the layer is rewritten."""
    from kg.graph.rdf import document_quads, nquads
    from kg.parallel import _layer_nquads, link
    from kg.resolve.events import EventIndex
    from kg.resolve.link import EntityIndex

    (r,) = results(run([Document(id="q", lang="ar", text="زار الرئيس الروسي فلاديمير بوتين بيونغ يانغ يوم الخميس.")],
                       jobs=1, ner="none", returns="document"))
    assert r.doc is not None
    putin = next(k for k, e in r.doc.entities.items() if e.type == "Person")
    entities = EntityIndex()
    entities.add_entity("person/putin-known", "Person", {(t, lang) for lang, t in r.doc.entities[putin].labels.items()})
    before = r.nquads
    linked, _joined, valid = link(r, entities, EventIndex())
    assert linked == 1 and valid and "person/putin-known" in r.doc.entities
    assert r.nquads != before and r.nquads == nquads(document_quads(r.doc))
    assert b"person/putin-known" in r.nquads and putin.encode() not in r.nquads
    assert r.entity_nquads == _layer_nquads(r.doc)


def test_rename_iris_touches_subjects_and_objects_only() -> None:
    from kg.parallel import _rename_iris

    rows = ('<urn:a> <urn:p> <urn:a> <urn:g> .\n'
            '<urn:b> <urn:p> "see <urn:a> <urn:g> ."@en <urn:g> .\n'
            '<urn:b> <urn:a> <urn:c> <urn:a> .\n').encode()
    assert _rename_iris(rows, {"<urn:a>": "<urn:z>"}).decode() == (
        '<urn:z> <urn:p> <urn:z> <urn:g> .\n'
        '<urn:b> <urn:p> "see <urn:a> <urn:g> ."@en <urn:g> .\n'
        '<urn:b> <urn:a> <urn:c> <urn:a> .\n')
