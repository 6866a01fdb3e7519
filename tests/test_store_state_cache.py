"""The writer keeps the entities' states it last wrote in memory (bounded) instead of reading
them back, and a new document's write deletes no record it cannot have.  The store must hold
exactly what it holds when every state is read from the store."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg.store as S
from kg.model import Document, Entity, Mention
from kg.store import Prepared, Store

_NAMES = [("بوتين", "person/vladimir-putin", "Person", "Vladimir Putin"), ("روسيا", "country/RU", "Country", "Russia"),
          ("سمير", "person/samir", "Person", "Samir"), ("أوبك", "org/opec", "Organization", "OPEC"),
          ("بغداد", "city/98182", "City", "Baghdad")]


def _doc(i: int, extra: str = "") -> Document:
    """Document ``d<i>``: two of five entities, with a second Arabic name now and then."""
    a, b = _NAMES[i % 5], _NAMES[(i + 2) % 5]
    text = f"قال {a[0]} إن {b[0]} هنا ({i}){extra}."
    doc = Document(id=f"d{i}", text=text, lang="ar")
    for surface, key, typ, en in (a, b):
        start = text.index(surface)
        m = Mention(start, start + len(surface), surface, label="PER", entity=key)
        doc.mentions.append(m)
        labels = {"ar": surface + ("ي" if i % 3 == 0 else ""), "en": en}
        e = doc.entities.setdefault(key, Entity(key=key, type=typ, labels=labels))
        e.mentions.append(m)
    return doc


def _items(docs: list[Document]) -> list[tuple[Prepared, str, str]]:
    return [(Prepared.from_document(d), d.id, d.content_hash) for d in docs]


def _all(path: Path) -> list[str]:
    with Store(path, read_only=True) as st:
        return sorted(s for s in map(str, st.quads(internal=True)) if "store#loadedBytes" not in s)


def _history(path: Path, *, spooling: bool) -> list[str]:
    """Adds, a replacement (new text), a removal and adds again, in batches of 2."""
    with Store(path) as st:
        st.spooling = spooling
        st.add_many(_items([_doc(i) for i in range(7)]), batch=2)
        st.add_many(_items([_doc(3, " مرة أخرى"), _doc(8)]), batch=2)
        st.remove("d1")
        st.add_many(_items([_doc(i) for i in range(9, 14)]), batch=2)
        st.remove("d9")
    return _all(path)


@pytest.mark.parametrize("spooling", [False, True])
def test_remembered_states_give_the_store_of_states_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              spooling: bool) -> None:
    monkeypatch.setattr(S, "STATE_CACHE", 0)  # every state read from the store, as before the cache
    reference = _history(tmp_path / "ref", spooling=spooling)
    for size in (1, 2, 20_000):  # evicting all the time, some of the time, never
        monkeypatch.setattr(S, "STATE_CACHE", size)
        assert _history(tmp_path / f"c{size}", spooling=spooling) == reference


def test_an_entity_written_by_the_last_batch_is_not_read_back(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []
    real = S.Store._small_states

    def spy(self: Store, iris: list[str]) -> dict[str, str]:
        asked.append(list(iris))
        return real(self, iris)

    monkeypatch.setattr(S.Store, "_small_states", spy)
    with Store(tmp_path / "s") as st:
        st.add_many(_items([_doc(0), _doc(1)]), batch=2)  # Putin, Samir, Russia, OPEC
        st.add_many(_items([_doc(2), _doc(3)]), batch=2)  # Samir, Baghdad, OPEC, Putin
    first, second = asked
    assert len(first) == 4
    assert second == [s for s in second if s.endswith("98182")]  # only Baghdad is new
    with Store(tmp_path / "s") as st:  # a new open remembers nothing: read from the store
        st.add_many(_items([_doc(4)]), batch=2)
    assert len(asked[-1]) == 2


def test_the_cache_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(S, "STATE_CACHE", 3)
    with Store(tmp_path / "s") as st:
        st.add_many(_items([_doc(i) for i in range(6)]), batch=2)
        assert len(st._states) == 3
        # the most recently written: of the last batch's (d4: Baghdad, Russia; d5: Putin, Samir), in sorted order
        assert list(st._states) == ["https://w3id.org/newskg/id/country/RU",
                                    "https://w3id.org/newskg/id/person/samir",
                                    "https://w3id.org/newskg/id/person/vladimir-putin"]


def test_a_failed_write_forgets_what_it_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An update that fails changes nothing in the store; the states remembered from before
    it are dropped too, and the writes after it read the states from the store."""
    monkeypatch.setattr(S, "STATE_CACHE", 0)
    reference_docs = [_doc(i) for i in range(6)]
    with Store(tmp_path / "ref") as st:
        st.add_many(_items(reference_docs), batch=2)
    monkeypatch.setattr(S, "STATE_CACHE", 20_000)
    with Store(tmp_path / "s") as st:
        st.add_many(_items(reference_docs[:2]), batch=2)
        assert st._states
        inner = st._ox

        class Failing:
            def __getattr__(self, name: str) -> object:
                if name == "update":
                    def update(*a: object, **k: object) -> None:
                        raise OSError("disk full")
                    return update
                return getattr(inner, name)

        st._ox = Failing()  # type: ignore[assignment]
        with pytest.raises(S.StoreError):
            st.add_many(_items(reference_docs[2:4]), batch=2)
        st._ox = inner
        assert not st._states
        st.add_many(_items(reference_docs[2:]), batch=2)
    assert _all(tmp_path / "s") == _all(tmp_path / "ref")


def test_a_new_documents_write_deletes_no_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document the store never held has no record in the meta graph to delete (one SPARQL
    operation per document less); a replaced one's record is deleted before the new one goes in."""
    updates: list[list[str]] = []
    real = S.Store._update

    def spy(self: Store, deletes: list[str], *rest: object) -> None:
        updates.append(list(deletes))
        real(self, deletes, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(S.Store, "_update", spy)
    with Store(tmp_path / "s") as st:
        st.add_many(_items([_doc(0), _doc(1)]), batch=2)
        assert not any("/store/doc/" in d for d in updates[-1])
        st.add_many(_items([_doc(1, " مرة أخرى")]), batch=2)
        assert sum("/store/doc/" in d and d.startswith("DELETE WHERE") for d in updates[-1]) == 1
        assert set(st.documents()) == {"d0", "d1"}
