"""Prepared.from_written: the mention weights per entity IRI, an IRI made once per key."""
from __future__ import annotations

import pytest

import kg.graph.rdf as R
from kg.model import Document, Entity, Mention
from kg.store import Prepared


def test_weights_count_mentions_per_iri_with_one_iri_per_key(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "بوتين وبوتين وروسيا وبوتين"
    doc = Document(id="w", text=text, lang="ar")
    for start, end, key in ((0, 5, "person/putin"), (7, 12, "person/putin"), (14, 19, "country/RU"),
                            (21, 26, "person/putin")):
        m = Mention(start, end, text[start:end], label="PER", entity=key)
        doc.mentions.append(m)
        doc.entities.setdefault(key, Entity(key=key, type="Person", labels={"ar": text[start:end]})).mentions.append(m)
    # a key written with and without percent-encoding names one IRI: its mentions add up
    doc.mentions.append(Mention(0, 5, "x", label="PER", entity="person/a b"))
    doc.mentions.append(Mention(0, 5, "x", label="PER", entity="person/a%20b"))
    doc.mentions.append(Mention(0, 5, "x", label="PER", entity=None))
    written, _n = R.document_nquads(doc)
    calls: list[str] = []
    real = R.entity_iri
    monkeypatch.setattr(R, "entity_iri", lambda key: calls.append(key) or real(key))
    prepared = Prepared.from_written(doc, written, b"")
    assert prepared.mentions == {"https://w3id.org/newskg/id/person/putin": 3,
                                 "https://w3id.org/newskg/id/country/RU": 1,
                                 "https://w3id.org/newskg/id/person/a%20b": 2}
    assert sorted(calls) == ["country/RU", "person/a b", "person/a%20b", "person/putin"]
