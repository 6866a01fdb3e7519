"""The RDF namespaces kg writes, with the ontology's terms pinned.

``KG`` fails on unknown terms (``KG.Persn`` raises AttributeError), so a typo in
code cannot mint a term the ontology does not define; ``tests/test_namespace.py``
checks that this list and ``ontologies/kg.ttl`` agree.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

#: Instances (entities, documents, mentions, events) live under this base.
ID = Namespace("https://w3id.org/newskg/id/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
GEONAMES = Namespace("https://sws.geonames.org/")


class KG(DefinedNamespace):
    """The kg ontology, ``https://w3id.org/newskg/ontology#``."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    Accuse: URIRef
    Agree: URIRef
    Aid: URIRef
    Assault: URIRef
    City: URIRef
    Coerce: URIRef
    Concede: URIRef
    Consult: URIRef
    Cooperate: URIRef
    Country: URIRef
    Document: URIRef
    Entity: URIRef
    Event: URIRef
    Group: URIRef
    Location: URIRef
    Mention: URIRef
    Mobilize: URIRef
    Organization: URIRef
    Person: URIRef
    Protest: URIRef
    Reject: URIRef
    Request: URIRef
    Retreat: URIRef
    Sanction: URIRef
    Statement: URIRef
    Support: URIRef
    Threaten: URIRef
    agent: URIRef
    cameoCode: URIRef
    confidence: URIRef
    contentHash: URIRef
    country: URIRef
    date: URIRef
    documentKind: URIRef
    end: URIRef
    geonamesId: URIRef
    hasMention: URIRef
    inDocument: URIRef
    iso: URIRef
    language: URIRef
    leaderOf: URIRef
    locatedIn: URIRef
    memberOf: URIRef
    mentionedIn: URIRef
    mentions: URIRef
    modality: URIRef
    partOf: URIRef
    participant: URIRef
    place: URIRef
    position: URIRef
    positionOf: URIRef
    published: URIRef
    publisher: URIRef
    reportedBy: URIRef
    romanization: URIRef
    sector: URIRef
    sentence: URIRef
    sourcePath: URIRef
    start: URIRef
    target: URIRef
    text: URIRef
    timeText: URIRef
    title: URIRef
    trigger: URIRef
    url: URIRef


# DefinedNamespace mints a new URIRef on every attribute access (its metaclass's
# __getattr__, a measurable share of writing a document's quads): the pinned terms
# become plain class attributes; an unknown term still raises AttributeError.
for _term in KG.__annotations__:
    type.__setattr__(KG, _term, KG._NS[_term])

#: Prefixes declared in every serialisation and SPARQL query.
PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/newskg/ontology#",
    "kgid": str(ID),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": str(SCHEMA),
    "prov": "http://www.w3.org/ns/prov#",
    "sem": str(SEM),
    "wd": str(WD),
    "gn": str(GEONAMES),
}


def sparql_prologue() -> str:
    """The PREFIX lines for :data:`PREFIXES`, to put before a user's query."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
