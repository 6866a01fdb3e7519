"""extract() never fails on thin documents and computes what it needs."""

from __future__ import annotations

import datetime as dt

import pytest

import kg.events.pos as pos
from kg.events import extract
from kg.model import PLOVER_CATEGORIES, Document


@pytest.mark.parametrize("lang", ["ar", "en", "fr"])
def test_empty_and_blank_documents(lang: str) -> None:
    for text in ("", "   \n", "....", "١٢٣"):
        doc = extract(Document(id="x", text=text, lang=lang))
        assert doc.events == [] and doc.relations == []


def test_no_mentions_no_sentences_still_types_events() -> None:
    doc = Document(
        id="x",
        text="قصفت الطائرات المدينة أمس. وتظاهر الآلاف في العاصمة.",
        lang="ar",
        date=dt.date(2024, 7, 12),
    )
    out = extract(doc)
    assert out is doc
    assert doc.sentences == [(0, 26), (27, 52)]
    cats = [e.category for e in doc.events]
    assert cats[:2] == ["ASSAULT", "PROTEST"]
    assert all(e.agent == [] and e.category in PLOVER_CATEGORIES for e in doc.events)
    assert doc.events[0].date == dt.date(2024, 7, 11)
    for e in doc.events:
        assert doc.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert e.sentence in (0, 1)


def test_mentions_without_entity_keys_are_ignored() -> None:
    from kg.model import Mention

    doc = Document(id="x", text="Russia attacked Ukraine.", lang="en")
    doc.mentions = [Mention(0, 6, "Russia", label="LOC", kind="Country")]
    extract(doc)
    assert [e.agent for e in doc.events] == [[]]


def test_english_without_pos_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pos, "get_tagger", lambda lang: None)
    doc = extract(
        Document(id="x", text="Protesters rallied in the capital and police arrested dozens.", lang="en")
    )
    assert {"PROTEST", "COERCE"} <= {e.category for e in doc.events}


def test_events_have_stable_keys_and_confidence() -> None:
    a = extract(Document(id="d", text="Israel shelled Gaza.", lang="en"))
    b = extract(Document(id="d", text="Israel shelled Gaza.", lang="en"))
    assert [e.key("d") for e in a.events] == [e.key("d") for e in b.events]
    assert all(0 < e.confidence <= 1 for e in a.events)
