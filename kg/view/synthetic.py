"""Made-up graphs in kg's RDF shape, of any size, for the view's tests and benchmarks.

About a third of the nodes are events (agent, target, sometimes a place, a date, a
confidence, a sentence, a document); the rest are entities of every type with
Arabic and English names.  Entities are picked with a skew, so a few are hubs as
in real news.  The same ``n`` and ``seed`` give the same graph.

>>> g = synthetic_graph(30)
>>> len(g) > 100
True
"""
from __future__ import annotations

import datetime as dt
import random

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.namespace import ID, KG

_TYPES = (KG.Person, KG.Organization, KG.Location, KG.Country, KG.City)
_CATS = (KG.Consult, KG.Agree, KG.Support, KG.Accuse, KG.Threaten, KG.Aid, KG.Protest, KG.Assault)
_AR = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
_EN = "abcdefghijklmnopqrstuvwxyz"


def _word(rng: random.Random, letters: str, k: int) -> str:
    return "".join(rng.choice(letters) for _ in range(k))


def synthetic_graph(n: int, *, seed: int = 1) -> Graph:
    """Return a graph of about ``n`` nodes (entities + events) in kg's RDF shape.

    Args:
        n: number of nodes (at least 2).
        seed: random seed.
    """
    rng = random.Random(seed)
    g = Graph()
    add = g.add
    n = max(2, n)
    n_events = n // 3
    n_ent = n - n_events
    n_docs = max(1, n // 25)
    docs = [ID[f"doc/syn-{d}"] for d in range(n_docs)]
    start = dt.date(2024, 1, 1)
    for d, doc in enumerate(docs):
        add((doc, RDF.type, KG.Document))
        add((doc, KG.title, Literal(f"خبر {d}: " + _word(rng, _AR, 6), lang="ar")))
        add((doc, KG.publisher, Literal("Synthetic News")))
        add((doc, KG.published, Literal(start + dt.timedelta(days=d % 365), datatype=XSD.date)))
    ents: list[URIRef] = []
    for i in range(n_ent):
        e = ID[f"synthetic/e{i}"]
        ents.append(e)
        add((e, RDF.type, _TYPES[i % len(_TYPES)]))
        first, last = _word(rng, _EN, 5), _word(rng, _EN, 7)
        add((e, RDFS.label, Literal(f"{first.title()} {last.title()} {i}", lang="en")))
        add((e, RDFS.label, Literal(f"{_word(rng, _AR, 4)} {_word(rng, _AR, 5)} {i}", lang="ar")))
        add((e, KG.mentionedIn, docs[i % n_docs]))

    def pick() -> URIRef:
        return ents[int(n_ent * rng.random() ** 2.5)]

    for j in range(n_events):
        ev = ID[f"synthetic/v{j}"]
        doc = docs[rng.randrange(n_docs)]
        add((ev, RDF.type, KG.Event))
        add((ev, RDF.type, _CATS[j % len(_CATS)]))
        trig = _word(rng, _AR, 5)
        add((ev, RDFS.label, Literal(trig, lang="ar")))
        add((ev, KG.trigger, Literal(trig, lang="ar")))
        add((ev, KG.agent, pick()))
        add((ev, KG.target, pick()))
        if j % 3 == 0:
            add((ev, KG.place, pick()))
        add((ev, KG.date, Literal(start + dt.timedelta(days=j % 365), datatype=XSD.date)))
        add((ev, KG.confidence, Literal(round(rng.random(), 2))))
        add((ev, KG.sentence, Literal(f"{trig} " + _word(rng, _AR, 30), lang="ar")))
        add((ev, KG.mentionedIn, doc))
    for i in range(0, n_ent, 7):
        add((ents[i], KG.locatedIn, pick()))
    return g
