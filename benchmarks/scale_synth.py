"""Synthetic processed documents with kg's output shape, for store and query benchmarks at any size.

Documents carry mentions, entities, events (PLOVER categories, agent / target /
place, dates in 2024) and relations drawn from Zipf-distributed pools of persons,
organizations, countries and cities, and are turned into RDF by kg's own
:func:`kg.graph.rdf.document_quads` and :class:`kg.graph.rdf.EntityLayer`, so the
store holds exactly the shapes kg writes (about 400 triples per document).

    >>> docs = list(documents(3, seed=1))
    >>> len(docs), docs[0].id, bool(docs[0].events)
    (3, 'synth-0', True)
"""
from __future__ import annotations

import datetime as dt
import itertools
import random
from collections.abc import Iterator
from typing import Any

from kg.model import PLOVER_CATEGORIES, Document, Entity, Event, Mention, Relation, Span

POOLS = {"person": 4000, "org": 800, "country": 200, "city": 1500}
TYPE = {"person": ("Person", "PER"), "org": ("Organization", "ORG"), "country": ("Country", "LOC"),
        "city": ("City", "LOC")}
FILLER = "قال المتحدث إن الاجتماع الذي عقد في العاصمة تناول ملفات عدة بينها الأمن والاقتصاد والتعاون".split()


def entity_key(kind: str, i: int) -> str:
    return f"{kind}/{'p' if kind == 'person' else kind[0]}{i}"


def en_name(kind: str, i: int) -> str:
    return f"{kind.capitalize()} {i}"


def ar_name(kind: str, i: int) -> str:
    return {"person": "الشخص", "org": "المنظمة", "country": "الدولة", "city": "المدينة"}[kind] + f" {i}"


class Pools:
    """Zipf-Mandelbrot draws of entity indices per kind (entity 0 is the most frequent).

    Weight ``1 / (rank + 10)``: the top person is in about one article in five, as a
    head of state is in a national news feed, not in every one.
    """

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.cum = {k: list(itertools.accumulate(1.0 / (r + 10) for r in range(n))) for k, n in POOLS.items()}

    def draw(self, kind: str) -> int:
        cum = self.cum[kind]
        return self.rng.choices(range(len(cum)), cum_weights=cum)[0]


def _document(i: int, rng: random.Random, pools: Pools, mentions: int, events: int) -> Document:
    parts: list[str] = []
    pos = 0
    ments: list[Mention] = []
    ents: dict[str, Entity] = {}
    chosen: list[tuple[str, str]] = []
    for _ in range(mentions):
        kind = rng.choices(("person", "org", "country", "city"), weights=(4, 2, 2, 2))[0]
        idx = pools.draw(kind)
        key = entity_key(kind, idx)
        name = ar_name(kind, idx)
        filler = " ".join(rng.choices(FILLER, k=rng.randint(4, 12))) + " "
        parts.append(filler)
        pos += len(filler)
        typ, label = TYPE[kind]
        m = Mention(pos, pos + len(name), name, label=label, score=round(rng.uniform(0.6, 1.0), 3), entity=key)
        parts.append(name + " ")
        pos += len(name) + 1
        ments.append(m)
        chosen.append((kind, key))
        e = ents.get(key)
        if e is None:
            attrs: dict[str, Any] = {}
            if kind == "country":
                attrs["iso"] = chr(65 + idx % 26) + chr(65 + idx // 26 % 26)
            if kind == "city":
                attrs["geonames"] = str(100000 + idx)
                attrs["country"] = entity_key("country", idx % POOLS["country"])
            e = ents[key] = Entity(key=key, type=typ, labels={"ar": name, "en": en_name(kind, idx)}, attrs=attrs)
        e.mentions.append(m)
    text = "".join(parts)
    sentences = _sentences(text, ments)
    doc = Document(id=f"synth-{i}", text=text, lang="ar", title=f"خبر رقم {i}",
                   date=dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(366)),
                   source=rng.choice(("CNN Arabic", "Al Arabiya", "BBC Arabic", "Reuters")),
                   url=f"https://example.org/news/{i}", mentions=ments, entities=ents,
                   sentences=sentences)
    actors = [k for kind, k in chosen if kind in ("person", "org", "country")] or [chosen[0][1]]
    places = [k for kind, k in chosen if kind == "city"]
    for j in range(events):
        m = ments[rng.randrange(len(ments))]
        sent = next(k for k, (a, b) in enumerate(sentences) if a <= m.start < b)
        ev = Event(category=rng.choice(PLOVER_CATEGORIES), trigger=Span(m.start, m.end, m.text), sentence=sent,
                   agent=[rng.choice(actors)], target=[rng.choice(actors)],
                   place=[rng.choice(places)] if places and rng.random() < 0.7 else [],
                   cameo=f"0{rng.randint(10, 99)}", confidence=round(rng.uniform(0.4, 0.95), 2),
                   date=doc.date - dt.timedelta(days=rng.randrange(3)) if rng.random() < 0.8 else None,
                   time_text="الخميس" if j % 3 == 0 else None)
        doc.events.append(ev)
    persons = [k for kind, k in chosen if kind == "person"]
    countries = [k for kind, k in chosen if kind == "country"]
    if persons and countries:
        doc.relations.append(Relation(persons[0], "leaderOf", countries[0], sentence=0, confidence=0.7))
    return doc


def _sentences(text: str, mentions: list[Mention], every: int = 4) -> list[tuple[int, int]]:
    """Sentence spans: a break after every ``every`` mentions (about 30 words, as in news)."""
    cuts = [m.end + 1 for k, m in enumerate(mentions, 1) if k % every == 0 and m.end + 1 < len(text)]
    starts = [0, *cuts]
    ends = [*cuts, len(text)]
    return [(a, b) for a, b in zip(starts, ends) if b > a]


def documents(n: int, *, seed: int = 0, mentions: int = 30, events: int = 8, start: int = 0) -> Iterator[Document]:
    """``n`` synthetic processed documents (ids ``synth-START`` ...), reproducible from ``seed``."""
    rng = random.Random(seed)
    pools = Pools(rng)
    for i in range(start, start + n):
        yield _document(i, rng, pools, mentions, events)


def nquads(docs: Iterator[Document], *, batch: int = 200, default_copy: bool = False) -> Iterator[bytes]:
    """N-Quads batches of the documents' graphs, then the entity layer (kg.graph.rdf's shapes);
    with ``default_copy`` each triple also in the default graph (a kg store's union, :mod:`kg.union`)."""
    from kg.graph.rdf import EntityLayer, document_quads
    from kg.graph.rdf import nquads as nq

    layer = EntityLayer()
    rows: list[Any] = []
    for k, doc in enumerate(docs, 1):
        rows.extend(document_quads(doc))
        for e in doc.entities.values():
            layer.add(e)
        if k % batch == 0:
            yield nq(rows, default_copy=default_copy)
            rows = []
    if rows:
        yield nq(rows, default_copy=default_copy)
    yield nq(layer.quads(), default_copy=default_copy)
