"""The resolved entity layer as a sum of per-document contributions.

A persistent store must keep the entity layer (named graph ``kgid:graph/entities``)
consistent when documents come and go.  Each document contributes, per entity,
weighted types and labels, alternative names, ``owl:sameAs`` links and ids
(:class:`Contribution`).  The store keeps every document's contribution and, per
entity, the running sum (:class:`EntityState`); adding a document adds, removing
subtracts, and the entity's quads are regenerated from the sum with the same
rules as :class:`kg.graph.rdf.EntityLayer`: both call :mod:`kg.resolve.labelling`
(the most frequent name per language is ``rdfs:label``, other names ``skos:altLabel``,
City/Country win over Location).

Everything here works on pyoxigraph terms and plain JSON-able dicts.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.resolve.labelling import (
    ROMANIZATION_LANG,
    alt_labels,
    country_link,
    entity_type,
    group_sector,
    most_common,
    preferred_labels,
    romanization,
)

KG_NS = "https://w3id.org/newskg/ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
OWL_SAME = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
KG_ISO = ox.NamedNode(KG_NS + "iso")
KG_GEONAMES = ox.NamedNode(KG_NS + "geonamesId")
KG_COUNTRY = ox.NamedNode(KG_NS + "country")
KG_LOCATED = ox.NamedNode(KG_NS + "locatedIn")
KG_HAS_MENTION = ox.NamedNode(KG_NS + "hasMention")
KG_MENTIONED_IN = ox.NamedNode(KG_NS + "mentionedIn")
KG_ROMANIZATION = ox.NamedNode(KG_NS + "romanization")
KG_SECTOR = ox.NamedNode(KG_NS + "sector")
ID_NS = "https://w3id.org/newskg/id/"


@dataclass
class EntityState:
    """What all documents together say about one entity (IRIs are plain strings).

    Counters hold weights (a document adds its mention count), so subtracting a
    document's contribution restores exactly the state before it was added.
    """

    docs: int = 0
    types: Counter[str] = field(default_factory=Counter)
    labels: Counter[tuple[str, str]] = field(default_factory=Counter)
    alt: Counter[tuple[str, str]] = field(default_factory=Counter)
    same_as: Counter[str] = field(default_factory=Counter)
    iso: Counter[str] = field(default_factory=Counter)
    geonames: Counter[str] = field(default_factory=Counter)
    country: Counter[str] = field(default_factory=Counter)
    #: co-mentioned countries, cities and organizations (IRIs), for linking by context
    context: Counter[str] = field(default_factory=Counter)

    def add(self, other: EntityState, sign: int = 1) -> None:
        """Add (``sign=1``) or subtract (``sign=-1``) another state."""
        self.docs += sign * other.docs
        for name in ("types", "labels", "alt", "same_as", "iso", "geonames", "country", "context"):
            mine: Counter[Any] = getattr(self, name)
            for k, v in getattr(other, name).items():
                mine[k] += sign * v
                if mine[k] <= 0:
                    del mine[k]

    def to_json(self) -> dict[str, Any]:
        return {
            "docs": self.docs,
            "types": dict(self.types),
            "labels": [[t, lang, n] for (t, lang), n in sorted(self.labels.items())],
            "alt": [[t, lang, n] for (t, lang), n in sorted(self.alt.items())],
            "same_as": dict(self.same_as),
            "iso": dict(self.iso),
            "geonames": dict(self.geonames),
            "country": dict(self.country),
            "context": dict(self.context),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> EntityState:
        return cls(
            docs=int(data.get("docs", 0)),
            types=Counter(data.get("types", {})),
            labels=Counter({(t, lang): n for t, lang, n in data.get("labels", [])}),
            alt=Counter({(t, lang): n for t, lang, n in data.get("alt", [])}),
            same_as=Counter(data.get("same_as", {})),
            iso=Counter(data.get("iso", {})),
            geonames=Counter(data.get("geonames", {})),
            country=Counter(data.get("country", {})),
            context=Counter(data.get("context", {})),
        )


def _lit(text: str, lang: str) -> ox.Literal:
    return ox.Literal(text, language=lang) if lang else ox.Literal(text)


def entity_quads(iri: str, state: EntityState, graph: ox.NamedNode) -> Iterator[ox.Quad]:
    """The entity-layer quads of one entity, from its summed state (rules of :mod:`kg.resolve.labelling`)."""
    e = ox.NamedNode(iri)
    typ = entity_type(state.types)
    if state.types:
        yield ox.Quad(e, RDF_TYPE, ox.NamedNode(KG_NS + typ), graph)
    preferred = preferred_labels(state.labels)
    for lang, text in preferred.items():
        yield ox.Quad(e, RDFS_LABEL, _lit(text, lang), graph)
    for text, lang in alt_labels(preferred, [*state.labels, *state.alt]):
        yield ox.Quad(e, SKOS_ALT, _lit(text, lang), graph)
    rom = romanization(preferred, typ)
    if rom:
        yield ox.Quad(e, KG_ROMANIZATION, _lit(rom, ROMANIZATION_LANG), graph)
    for s in sorted(state.same_as):
        yield ox.Quad(e, OWL_SAME, ox.NamedNode(s), graph)
    iso, gid, country = most_common(state.iso), most_common(state.geonames), most_common(state.country)
    if iso and typ == "Country":
        yield ox.Quad(e, KG_ISO, ox.Literal(iso), graph)
    if gid:
        yield ox.Quad(e, KG_GEONAMES, ox.Literal(gid), graph)
    link = country_link(typ)
    if country and link:
        yield ox.Quad(e, ox.NamedNode(KG_NS + link), ox.NamedNode(country), graph)
    sector = group_sector(iri[len(ID_NS):]) if typ == "Group" and iri.startswith(ID_NS) else None
    if sector:
        yield ox.Quad(e, KG_SECTOR, ox.Literal(sector), graph)


def contributions(
    doc_quads: Iterable[ox.Quad], entity_graph_quads: Iterable[ox.Quad]
) -> dict[str, EntityState]:
    """One document's contribution to the entity layer, per entity IRI.

    Args:
        doc_quads: the document's named graph (weights: ``kg:hasMention`` counts).
        entity_graph_quads: the entity-layer quads built from this document alone.
    """
    weight: Counter[str] = Counter()
    for q in doc_quads:
        if q.predicate == KG_HAS_MENTION and isinstance(q.subject, ox.NamedNode):
            weight[q.subject.value] += 1
    return weighted_contributions(weight, entity_graph_quads)


def weighted_contributions(
    weight: Mapping[str, int], entity_graph_quads: Iterable[ox.Quad]
) -> dict[str, EntityState]:
    """:func:`contributions` with each entity's ``kg:hasMention`` count given (entity IRI -> count)
    instead of counted in the document's graph."""
    out: dict[str, EntityState] = {}
    for q in entity_graph_quads:
        if not isinstance(q.subject, ox.NamedNode):
            continue
        iri = q.subject.value
        st = out.get(iri)
        if st is None:
            st = out[iri] = EntityState(docs=1)
        w = max(1, weight.get(iri, 0))
        p, o = q.predicate, q.object
        if p == RDF_TYPE and isinstance(o, ox.NamedNode) and o.value.startswith(KG_NS):
            st.types[o.value[len(KG_NS):]] += w
        elif p == RDFS_LABEL and isinstance(o, ox.Literal):
            st.labels[(o.value, o.language or "")] += w
        elif p == SKOS_ALT and isinstance(o, ox.Literal):
            st.alt[(o.value, o.language or "")] += 1
        elif p == OWL_SAME and isinstance(o, ox.NamedNode):
            st.same_as[o.value] += 1
        elif p == KG_ISO and isinstance(o, ox.Literal):
            st.iso[o.value] += 1
        elif p == KG_GEONAMES and isinstance(o, ox.Literal):
            st.geonames[o.value] += 1
        elif p in (KG_COUNTRY, KG_LOCATED) and isinstance(o, ox.NamedNode):
            st.country[o.value] += 1
    anchors = [i for i, st in out.items() if st.types.keys() & {"Country", "City", "Organization"}]
    for iri, st in out.items():
        if st.types.keys() & {"Person", "Organization", "Location"}:
            st.context.update(a for a in anchors if a != iri)
    return out
