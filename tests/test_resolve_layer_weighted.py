"""kg.store hands a document's kg:hasMention counts to the layer's contributions directly
(:func:`kg.resolve.layer.weighted_contributions`) instead of making a placeholder quad per mention."""
from __future__ import annotations

from collections import Counter

import pyoxigraph as ox

from kg.graph.rdf import EntityLayer
from kg.model import Document, Entity, Mention
from kg.resolve.layer import contributions, weighted_contributions
from kg.store import Prepared


def _doc() -> Document:
    text = "قال بوتين إن روسيا ومنظمة أوبك وبوتين هنا."
    doc = Document(id="d1", text=text, lang="ar")
    for surface, key, typ in (("بوتين", "person/vladimir-putin", "Person"), ("روسيا", "country/RU", "Country"),
                              ("أوبك", "org/opec", "Organization"), ("بوتين", "person/vladimir-putin", "Person")):
        start = text.index(surface, doc.mentions[-1].end if doc.mentions else 0)
        m = Mention(start, start + len(surface), surface, label="PER", entity=key)
        doc.mentions.append(m)
        doc.entities.setdefault(key, Entity(key=key, type=typ, labels={"ar": surface})).mentions.append(m)
    return doc


def test_weights_given_or_counted_give_the_same_contributions() -> None:
    doc = _doc()
    layer = EntityLayer()
    for e in doc.entities.values():
        layer.add(e)
    entity_quads = list(ox.parse(layer.nquads(), format=ox.RdfFormat.N_QUADS))
    doc_quads = Prepared.from_document(doc).doc_quads()  # the document's own graph
    counted = contributions(doc_quads, entity_quads)
    weights = Counter(q.subject.value for q in doc_quads if q.predicate.value.endswith("#hasMention"))
    assert weights["https://w3id.org/newskg/id/person/vladimir-putin"] == 2
    given = weighted_contributions(weights, entity_quads)
    assert {k: v.to_json() for k, v in given.items()} == {k: v.to_json() for k, v in counted.items()}
    assert Prepared.from_document(doc).mentions == dict(weights)
