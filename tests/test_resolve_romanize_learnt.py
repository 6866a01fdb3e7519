"""The parent of kg ingest takes the romanisations its workers wrote into the entity layer
(:func:`kg.parallel.learn_romanizations`, :func:`kg.resolve.romanize.learn`) instead of computing them
again: the same strings, the same layer, a bounded memory."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

import kg.resolve.romanize as R
from kg.graph.rdf import EntityLayer
from kg.model import Entity
from kg.parallel import learn_romanizations

NAMES = ["حيدر العبادي", "مقتدى الصدر", "روبرت مولر"]


@pytest.fixture
def fresh() -> Iterator[None]:
    R.romanize.cache_clear()
    R._LEARNT.clear()
    yield
    R.romanize.cache_clear()
    R._LEARNT.clear()


def _layer(names: list[str]) -> bytes:
    layer = EntityLayer()
    for i, name in enumerate(names):
        layer.add(Entity(key=f"person/p{i}", type="Person", labels={"ar": name}))
    layer.add(Entity(key="person/vladimir-putin", type="Person", labels={"ar": "بوتين", "en": "Vladimir Putin"}))
    return layer.nquads()


def test_a_learnt_romanisation_is_not_computed_again(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    R.learn("اسم ما", "Made Up")
    monkeypatch.setattr(R, "default_romanizer", lambda: pytest.fail("computed again"))
    assert R.romanize("اسم ما") == "Made Up"
    assert "اسم ما" not in R._LEARNT  # taken: romanize's own cache keeps it now
    assert R.romanize("اسم ما") == "Made Up"


def test_the_workers_romanisations_are_learnt_and_the_layer_is_the_same(fresh: None,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    written = _layer(NAMES)  # as a worker writes it: computed
    expected = {name: R.romanize(name) for name in NAMES}
    assert all(expected.values())
    R.romanize.cache_clear()  # a new process: nothing computed here yet
    assert learn_romanizations(written) == len(NAMES)  # not the entity with an English name
    assert dict(R._LEARNT) == expected
    monkeypatch.setattr(R, "default_romanizer", lambda: pytest.fail("computed again"))
    assert _layer(NAMES) == written


def test_a_layer_without_romanisations_teaches_nothing(fresh: None) -> None:
    assert learn_romanizations(b"") == 0
    assert learn_romanizations(_layer([])) == 0
    assert not R._LEARNT


def test_what_is_learnt_is_bounded(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "LEARNT_MAX", 3)
    for i in range(5):
        R.learn(f"name {i}", f"latin {i}")
    assert list(R._LEARNT) == ["name 2", "name 3", "name 4"]  # the oldest went first
    R.learn("name 3", "other")  # a name already there is kept as it was
    assert R._LEARNT["name 3"] == "latin 3" and len(R._LEARNT) == 3
