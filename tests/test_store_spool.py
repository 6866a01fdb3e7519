"""kg ingest's spool: new documents' graphs wait in a file and are bulk-loaded geometrically.

The store must end with the same quads as when every batch is loaded at once, and a writer
killed at any step of the spool loses and doubles nothing once the store is opened again."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.store as S
from kg.errors import StoreError
from kg.model import Document, Entity, Mention
from kg.store import Prepared, Store, document_iri, ingest

_NAMES = [("بوتين", "person/vladimir-putin", "Person", "Vladimir Putin"), ("روسيا", "country/RU", "Country", "Russia"),
          ("سمير", "person/samir", "Person", "Samir"), ("أوبك", "org/opec", "Organization", "OPEC")]


def _doc(i: int, extra: str = "") -> Document:
    """Document ``d<i>``: two of four entities, so the entity layer changes from batch to batch."""
    a, b = _NAMES[i % 4], _NAMES[(i + 1) % 4]
    text = f"قال {a[0]} إن {b[0]} هنا ({i}){extra}."
    doc = Document(id=f"d{i}", text=text, lang="ar")
    for surface, key, typ, en in (a, b):
        start = text.index(surface)
        m = Mention(start, start + len(surface), surface, label="PER", entity=key)
        doc.mentions.append(m)
        e = doc.entities.setdefault(key, Entity(key=key, type=typ, labels={"ar": surface, "en": en}))
        e.mentions.append(m)
    return doc


def _items(docs: list[Document]) -> list[tuple[Prepared, str, str]]:
    return [(Prepared.from_document(d), d.id, d.content_hash) for d in docs]


def _all(path: Path) -> list[str]:
    """Every quad of a store (meta graph and union default graph included), but the spool's
    own bookkeeping (how many bytes were loaded differs with when they were)."""
    with Store(path, read_only=True) as st:
        return sorted(s for s in map(str, st.quads(internal=True)) if "store#loadedBytes" not in s)


def _reference(path: Path, docs: list[Document]) -> list[str]:
    with Store(path) as st:  # not spooling: each batch's graphs loaded at once
        st.add_many(_items(docs), batch=2)
    return _all(path)


def test_spool_gives_the_quads_of_per_batch_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(S, "SPOOL_FLOOR", 1)
    monkeypatch.setattr(S, "SPOOL_RATIO", 1.5)  # load when the spool holds 1.5x what is loaded
    monkeypatch.setattr(S, "SPOOL_CHUNK", 700)  # several bulk_load calls per load, cut at whole lines
    docs = [_doc(i) for i in range(9)]
    loads: list[int] = []
    real = Store.load_spool

    def counted(self: Store) -> None:
        if self._spooled:
            loads.append(self._spooled)
        real(self)

    monkeypatch.setattr(Store, "load_spool", counted)
    with Store(tmp_path / "s") as st:
        st.spooling = True
        st.add_many(_items(docs[:2]), batch=2)  # the first batch is loaded (nothing was before it)
        st.add_many(_items(docs[2:4]), batch=2)  # 2 docs against 2 loaded: under 1.5x, spooled
        assert st.spool_path.stat().st_size == st._spooled > 0
        assert ox.NamedNode(document_iri("d3")) not in set(st.oxigraph.named_graphs())
        assert "d3" in st.documents()  # recorded: its graph is durably in the spool
        st.add_many(_items(docs[4:]), batch=2)
    assert len(loads) >= 3 and not (tmp_path / "s" / S.SPOOL_NAME).exists()
    assert _all(tmp_path / "s") == _reference(tmp_path / "r", docs)


def test_spool_is_loaded_before_a_spooled_document_is_replaced_or_removed(tmp_path: Path) -> None:
    docs = [_doc(i) for i in range(4)]
    changed = _doc(1, extra=" وغادر")
    with Store(tmp_path / "s") as st:
        st.spooling = True
        st.add_many(_items(docs), batch=2)
        assert st._spooled  # under the floor: all four wait in the spool
        st.add_many(_items([changed]))
        assert not st._spooled
        st.add_many(_items([_doc(5)]))
        assert st._spooled
        assert st.remove("d5") and st.remove("d2")
    with Store(tmp_path / "r") as ref:
        ref.add_many(_items(docs), batch=2)
        ref.add_many(_items([changed]))
        ref.add_many(_items([_doc(5)]))
        ref.remove("d5") and ref.remove("d2")
    assert _all(tmp_path / "s") == _all(tmp_path / "r")


def test_ingest_spools_and_ends_with_an_empty_spool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "lang": "ar", "text": f"زار بوتين روسيا. ({i})"},
                                      ensure_ascii=False) + "\n" for i in range(5)), encoding="utf-8")
    appended: list[int] = []
    real = Store._append_spool
    monkeypatch.setattr(Store, "_append_spool", lambda self, data: appended.append(1) or real(self, data))
    with Store(tmp_path / "s") as st:
        ingest([src], st, ner="none", batch=2)
        assert len(appended) == 3  # batches of 2, 2 and 1
        assert not st.spooling and not st._spooled and not st.spool_path.exists()
        graphs = {g.value for g in st.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}
        assert {document_iri(f"n{i}") for i in range(5)} <= graphs


def test_spool_shorter_than_its_record_is_an_error(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as st:
        st.spooling = True
        st.add_many(_items([_doc(0), _doc(1)]))
        st._spooled = 0  # leave the spool where close() would load it
        size = st.spool_path.stat().st_size
    os.truncate(tmp_path / "s" / S.SPOOL_NAME, size // 2)
    with pytest.raises(StoreError, match="the store lost data"):
        Store(tmp_path / "s")


_CHILD = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
import kg.store as S
import test_store_spool as T
step = sys.argv[3]
S.SPOOL_CHUNK = 700
calls = {"append": 0, "write": 0}

def die():
    os.kill(os.getpid(), signal.SIGKILL)

real_append, real_write, real_update = S.Store._append_spool, S.Store._write_spooled, S.Store._update

def append(self, data):
    out = real_append(self, data)
    calls["append"] += 1
    if step == "appended" and calls["append"] == 2:
        die()
    return out

def write(self, *a):
    real_write(self, *a)
    calls["write"] += 1
    if step == "recorded" and calls["write"] == 2:
        die()

def update(self, deletes, inserts):
    loading = any(q.predicate == S._LOADED for q in inserts)
    if step == "loaded" and loading:
        die()
    real_update(self, deletes, inserts)
    if step == "cleared" and loading:
        die()

class Dying:  # the store, killed after the spool's first bulk_load call
    def __init__(self, ox):
        self._o = ox
    def __getattr__(self, name):
        if name == "bulk_load" and step == "chunk":
            def bulk_load(*a, **k):
                self._o.bulk_load(*a, **k)
                die()
            return bulk_load
        return getattr(self._o, name)

S.Store._append_spool, S.Store._write_spooled, S.Store._update = append, write, update
if step == "chunk":
    S.Store.oxigraph = property(lambda self: Dying(self._ox))
st = S.Store(sys.argv[2])
st.spooling = True
st.add_many(T._items([T._doc(i) for i in range(6)]), batch=2)
st.close()
"""


@pytest.mark.parametrize("step", ["appended", "recorded", "chunk", "loaded", "cleared"])
def test_spool_kill_9_at_each_step_loses_and_doubles_nothing(tmp_path: Path, step: str) -> None:
    """kill -9 after the spool is written (before the record), after the record, during the
    load, after the load (before its record is cleared), after that (before the file goes):
    the next writable open and the same writes again give the uninterrupted store."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(Path(__file__).parent), str(tmp_path / "s"), step],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    spool = tmp_path / "s" / S.SPOOL_NAME
    assert spool.exists() and spool.stat().st_size > 0
    docs = [_doc(i) for i in range(6)]
    with Store(tmp_path / "s") as st:  # the next run: settles the spool, then writes what is missing
        assert not spool.exists()
        recorded = set(st.documents())
        assert recorded == ({"d0", "d1"} if step == "appended" else {f"d{i}" for i in range(6 if step != "recorded" else 4)})
        st.spooling = True
        changed, unchanged = st.add_many(_items(docs), batch=2)
        assert (changed, unchanged) == (6 - len(recorded), len(recorded))
    assert _all(tmp_path / "s") == _reference(tmp_path / "r", docs)


def test_a_reader_after_a_killed_ingest_sees_every_recorded_document(tmp_path: Path) -> None:
    """kill -9 after a batch is recorded with its graphs still spooled, then a read-only open
    (`kg query --store`, `kg export --store`, the page): the reader loads the spool through a
    writable open first, so every recorded document's graph answers."""
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(Path(__file__).parent), str(tmp_path / "s"), "recorded"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    assert (tmp_path / "s" / S.SPOOL_NAME).exists()
    reader = Store(tmp_path / "s", read_only=True)
    recorded = set(reader.documents())
    graphs = {g.value for g in reader.oxigraph.named_graphs() if isinstance(g, ox.NamedNode)}
    assert recorded and {document_iri(d) for d in recorded} <= graphs
    reader.close()
    assert not (tmp_path / "s" / S.SPOOL_NAME).exists()


def test_a_reader_while_a_writer_holds_the_store_is_warned(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as st:
        st.spooling = True
        st.add_many(_items([_doc(0), _doc(1)]))
        assert st._spooled  # under the floor: spooled, recorded
        with pytest.warns(RuntimeWarning, match="not in query results"):
            reader = Store(tmp_path / "s", read_only=True)
        assert set(reader.documents()) == {"d0", "d1"}
        reader.close()


def test_the_page_reader_after_a_killed_ingest_sees_every_recorded_document(tmp_path: Path) -> None:
    """`kg view --store` opens Oxigraph itself (kg.view.store.open_store): it finishes the spool too."""
    from kg.view.store import open_store as open_for_page

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(Path(__file__).parent), str(tmp_path / "s"), "recorded"],
                          env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -9, proc.stderr
    page = open_for_page(tmp_path / "s")
    graphs = {g.value for g in page.named_graphs() if isinstance(g, ox.NamedNode)}
    assert {document_iri(f"d{i}") for i in range(4)} <= graphs
    assert not (tmp_path / "s" / S.SPOOL_NAME).exists()


def test_a_damaged_store_is_a_clear_error_and_is_left_as_it_is(tmp_path: Path) -> None:
    from kg.errors import StoreError
    from kg.view.store import open_store as open_for_page

    with Store(tmp_path / "s") as st:
        st.add_many(_items([_doc(0)]))
    manifest = next(f for f in (tmp_path / "s").iterdir() if f.name.startswith("MANIFEST"))
    manifest.write_bytes(b"garbage")
    def data() -> list[tuple[str, bytes]]:  # RocksDB's own info log (LOG, LOG.old.*) records each attempt
        return sorted((f.name, f.read_bytes()) for f in (tmp_path / "s").iterdir() if not f.name.startswith("LOG"))

    before = data()
    for read_only in (True, False):
        with pytest.raises(StoreError, match="damaged"):
            Store(tmp_path / "s", read_only=read_only)
    with pytest.raises(StoreError, match="damaged"):
        open_for_page(tmp_path / "s")
    assert data() == before


def test_a_reader_opens_again_when_a_compaction_took_a_file_away(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with Store(tmp_path / "s") as st:
        st.add_many(_items([_doc(0)]))
    real = S.ox.Store.read_only
    calls = []

    def flaky(path: str):  # type: ignore[no-untyped-def]
        calls.append(path)
        if len(calls) == 1:
            raise RuntimeError("Corruption: IO error: No such file or directory: While open a file for random read: 000009.sst")
        return real(path)

    monkeypatch.setattr(S.ox.Store, "read_only", flaky)
    reader = Store(tmp_path / "s", read_only=True)
    assert set(reader.documents()) == {"d0"} and len(calls) == 2
    reader.close()

def test_spool_is_loaded_when_it_holds_what_the_rest_of_the_ingest_will_add(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Near the end of an ingest that knows how many documents are left, the spool is loaded once it
    holds half of what they are expected to spool, so the last load (after the workers) stays small."""
    monkeypatch.setattr(S, "SPOOL_FLOOR", 1 << 40)  # the geometric rule never fires here
    monkeypatch.setattr(S, "SPOOL_CHUNK", 1)
    docs = [_doc(i) for i in range(10)]
    with Store(tmp_path / "s") as st:
        st.spooling = True
        st.add_many(_items(docs[:2]), batch=2)  # unknown rest: spooled
        assert st._spooled
        st.spool_docs_left = 10
        st.add_many(_items(docs[2:4]), batch=2)  # 4 spooled, 10 to come: spooled
        assert st._spooled
        st.spool_docs_left = 6
        st.add_many(_items(docs[4:6]), batch=2)  # 6 spooled, 6 to come: loaded
        assert not st._spooled
        st.add_many(_items(docs[6:8]), batch=2)  # 2 spooled, 6 to come: spooled
        assert st._spooled
        st.spool_docs_left = 2
        st.add_many(_items(docs[8:]), batch=2)  # 4 spooled, 2 to come: loaded
        assert not st._spooled
    assert _all(tmp_path / "s") == _reference(tmp_path / "r", docs)


def test_ingest_tells_the_store_how_many_documents_are_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "a.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "lang": "ar", "text": f"زار بوتين روسيا. ({i})"},
                                      ensure_ascii=False) + "\n" for i in range(5)), encoding="utf-8")
    left: list[int | None] = []
    real = Store.add_many
    monkeypatch.setattr(Store, "add_many", lambda self, *a, **k: left.append(self.spool_docs_left) or real(self, *a, **k))
    with Store(tmp_path / "s") as st:
        ingest([src], st, ner="none", batch=2)  # no progress bar: the lines are counted
        assert left == [3, 1, 0] and st.spool_docs_left is None
