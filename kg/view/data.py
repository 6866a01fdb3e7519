"""Read kg's RDF shape into the plain tables the page draws.

The page never sees RDF: this module walks the triples once and returns a
:class:`ViewData` of nodes (entities and events), edges (event roles and
entity-to-entity relations), documents and source sentences, all as JSON-ready
Python values.  Nothing is computed here that the graph does not hold: labels,
types, dates, confidences and sentences are read, never guessed.

>>> from rdflib import Graph
>>> view_data(Graph()).nodes
[]
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from rdflib import Literal, URIRef
from rdflib.graph import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS
from rdflib.term import Node

_KG = "https://w3id.org/newskg/ontology#"

#: Entity classes, most specific first: a node typed City and Location is a City.
ENTITY_CLASSES = ("City", "Country", "Person", "Organization", "Group", "Location")
#: PLOVER event classes (ontology local names).
EVENT_CLASSES = (
    "Agree", "Consult", "Support", "Concede", "Cooperate", "Aid", "Retreat", "Request",
    "Accuse", "Reject", "Threaten", "Protest", "Sanction", "Mobilize", "Coerce", "Assault",
)
#: Properties from an event to an entity, drawn as edges event -> entity.
ROLE_PROPERTIES = ("agent", "target", "participant", "place", "reportedBy")
#: Properties between two entities, drawn as edges subject -> object.
RELATION_PROPERTIES = ("leaderOf", "memberOf", "country", "locatedIn", "positionOf")
#: Type of a node that an edge points at but the graph does not describe.
UNKNOWN_TYPE = "Entity"

_ENTITY_IRIS: dict[Node, str] = {URIRef(_KG + c): c for c in ENTITY_CLASSES}
_EVENT_IRIS: dict[Node, str] = {URIRef(_KG + c): c for c in EVENT_CLASSES}
_EVENT = URIRef(_KG + "Event")
_DOCUMENT = URIRef(_KG + "Document")
_STATEMENT = URIRef(_KG + "Statement")
_ROLE_IRIS: dict[Node, str] = {URIRef(_KG + p): p for p in ROLE_PROPERTIES}
_RELATION_IRIS: dict[Node, str] = {URIRef(_KG + p): p for p in RELATION_PROPERTIES}
_P = {name: URIRef(_KG + name) for name in (
    "mentionedIn", "title", "publisher", "published", "date", "confidence", "sentence",
    "trigger", "modality", "cameoCode", "timeText", "position", "romanization",
)}
_RANK = {c: i for i, c in enumerate(ENTITY_CLASSES)}
_TYPE, _LABEL, _ALT, _SAME, _MENTIONED, _SENTENCE, _ROLE, _RELATION, _SINGLE, _STMT = range(10)


@dataclass
class ViewData:
    """What the page shows, as JSON-ready tables.

    Attributes:
        nodes: one dict per entity or event (keys documented in :func:`view_data`).
        edges: ``[source, target, property, confidence or None, sentence index or -1,
            document index or -1]`` with node indices.
        docs: ``[iri, title, publisher, published]`` per document.
        sentences: ``[text, language, document index or -1]`` per distinct sentence.
    """

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[list[Any]] = field(default_factory=list)
    docs: list[list[str]] = field(default_factory=list)
    sentences: list[list[Any]] = field(default_factory=list)


def http_url(value: str) -> str | None:
    """Return ``value`` if it is an absolute http(s) URL with a host, else None.

    >>> http_url("https://www.wikidata.org/wiki/Q423")
    'https://www.wikidata.org/wiki/Q423'
    >>> http_url("javascript:alert(1)") is None
    True
    """
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(c in value for c in "\x00\r\n\t <>\"'`\\"):
        return None
    return value


def _triples(graph: Graph) -> Iterable[tuple[Node, Node, Node]]:
    """Every triple of ``graph``; for a Dataset, of all its named graphs."""
    quads = getattr(graph, "quads", None)
    if quads is not None:
        for s, p, o, _ in quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


def _number(lit: Node) -> float | None:
    if isinstance(lit, Literal):
        try:
            return round(float(lit.toPython()), 4)
        except (TypeError, ValueError):
            return None
    return None


class _Reader:
    """Collects the facts the page needs in one pass over the triples."""

    def __init__(self) -> None:
        self.types: dict[Node, set[Node]] = defaultdict(set)
        self.labels: dict[Node, dict[str, str]] = defaultdict(dict)
        self.alts: dict[Node, list[str]] = defaultdict(list)
        self.same: dict[Node, list[str]] = defaultdict(list)
        self.mentioned: dict[Node, list[Node]] = defaultdict(list)
        self.props: dict[Node, dict[str, Node]] = defaultdict(dict)
        self.sentences: dict[Node, list[Literal]] = defaultdict(list)
        self.roles: list[tuple[Node, str, Node]] = []
        self.relations: list[tuple[Node, str, Node]] = []
        self.stmt: dict[Node, dict[str, Node]] = defaultdict(dict)

    def read(self, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        # One dict lookup per triple (rdflib terms compare in Python, so an if-chain of
        # equality tests costs several calls per triple).
        table: dict[Node, tuple[int, str]] = {
            RDF.type: (_TYPE, ""), RDFS.label: (_LABEL, ""), SKOS.altLabel: (_ALT, ""),
            OWL.sameAs: (_SAME, ""), _P["mentionedIn"]: (_MENTIONED, ""), _P["sentence"]: (_SENTENCE, ""),
            RDF.subject: (_STMT, "s"), RDF.predicate: (_STMT, "p"), RDF.object: (_STMT, "o"),
        }
        table.update({iri: (_ROLE, name) for iri, name in _ROLE_IRIS.items()})
        table.update({iri: (_RELATION, name) for iri, name in _RELATION_IRIS.items()})
        table.update({_P[k]: (_SINGLE, k) for k in (
            "title", "publisher", "published", "date", "confidence", "trigger", "modality", "cameoCode",
            "timeText", "position", "romanization")})
        lookup = table.get
        types, labels, alts, same = self.types, self.labels, self.alts, self.same
        mentioned, sentences, props, stmt = self.mentioned, self.sentences, self.props, self.stmt
        roles, relations = self.roles, self.relations
        for s, p, o in triples:
            hit = lookup(p)
            if hit is None:
                continue
            code, name = hit
            if code == _TYPE:
                types[s].add(o)
            elif code == _LABEL:
                lang = (o.language or "") if isinstance(o, Literal) else ""
                labels[s].setdefault(lang, str(o))
            elif code == _MENTIONED:
                mentioned[s].append(o)
            elif code == _ROLE:
                roles.append((s, name, o))
            elif code == _SINGLE:
                props[s].setdefault(name, o)
            elif code == _SENTENCE:
                if isinstance(o, Literal):
                    sentences[s].append(o)
            elif code == _ALT:
                alts[s].append(str(o))
            elif code == _SAME:
                same[s].append(str(o))
            elif code == _RELATION:
                if isinstance(o, URIRef):
                    relations.append((s, name, o))
                else:
                    props[s].setdefault(name, o)
            else:
                stmt[s][name] = o


def _triple_key(t: tuple[Node, str, Node]) -> tuple[str, str, str]:
    return (str(t[0]), t[1], str(t[2]))


def _label_of(iri: Node) -> str:
    text = str(iri)
    tail = text.rstrip("/").rsplit("/", 1)[-1]
    return tail or text


def view_data(graph: Graph) -> ViewData:
    """Read a kg graph (``Graph`` or ``Dataset``) into the page's tables.

    Each node dict holds ``id`` (IRI), ``k`` (``"e"`` entity, ``"v"`` event), ``t``
    (class local name: ``Person`` ... or the PLOVER class of an event), ``ar`` /
    ``en`` (labels, empty if unknown), ``alt`` (other names), ``docs`` (document
    indices), ``same`` (http(s) links out), ``s`` (sentence indices) and for
    events ``date``, ``conf``, ``trig``, ``mod``, ``cameo``, ``time``.

    Args:
        graph: an rdflib Graph or Dataset in kg's RDF shape (ARCHITECTURE.md).

    Returns:
        The page's tables; node order is stable for a given graph.
    """
    r = _Reader()
    r.read(_triples(graph))
    out = ViewData()

    doc_index: dict[Node, int] = {}

    def doc(iri: Node) -> int:
        i = doc_index.get(iri)
        if i is None:
            i = doc_index[iri] = len(out.docs)
            props = r.props.get(iri, {})
            out.docs.append([
                str(iri),
                str(props.get("title", "")),
                str(props.get("publisher", "")),
                str(props.get("published", "")),
            ])
        return i

    # Documents first, in IRI order, so indices are stable.
    for iri in sorted((s for s, ts in r.types.items() if _DOCUMENT in ts), key=str):
        doc(iri)

    sent_index: dict[tuple[str, str, int], int] = {}

    def sentence(lit: Literal, docs: list[Node]) -> int:
        d = doc(docs[0]) if docs else -1
        key = (str(lit), lit.language or "", d)
        i = sent_index.get(key)
        if i is None:
            i = sent_index[key] = len(out.sentences)
            out.sentences.append([key[0], key[1], d])
        return i

    node_index: dict[Node, int] = {}

    def add_node(iri: Node, kind: str, typ: str) -> int:
        i = len(out.nodes)
        node_index[iri] = i
        labels = r.labels.get(iri, {})
        ar = labels.get("ar", "")
        en = labels.get("en", "") or labels.get("", "")
        rom = "" if en else str(r.props.get(iri, {}).get("romanization", ""))
        if not ar and not en:
            en = next(iter(labels.values()), "") or _label_of(iri)
        node: dict[str, Any] = {"id": str(iri), "k": kind, "t": typ, "ar": ar, "en": en or rom}
        if rom:
            node["enx"] = 1  # the English-side name is kg's machine romanisation: a guess, marked on the page
        alts = sorted(set(r.alts.get(iri, ())) | {v for k, v in labels.items() if k not in ("ar", "en")})
        if alts:
            node["alt"] = alts
        docs = sorted({doc(d) for d in r.mentioned.get(iri, ())})
        if docs:
            node["docs"] = docs
        links = [u for u in (http_url(x) for x in r.same.get(iri, ())) if u]
        if links:
            node["same"] = sorted(set(links))
        props = r.props.get(iri, {})
        pos = props.get("position")
        if pos is not None:
            node["pos"] = str(pos)
        sents = [sentence(lit, r.mentioned.get(iri, [])) for lit in r.sentences.get(iri, ())]
        if sents:
            node["s"] = sents
        if kind == "v":
            for key, name in (("date", "date"), ("trig", "trigger"), ("mod", "modality"),
                              ("cameo", "cameoCode"), ("time", "timeText")):
                if name in props:
                    node[key] = str(props[name])
            conf = _number(props.get("confidence", Literal("x")))
            if conf is not None:
                node["conf"] = conf
        out.nodes.append(node)
        return i

    def entity_type(ts: set[Node]) -> str | None:
        found = [_ENTITY_IRIS[t] for t in ts if t in _ENTITY_IRIS]
        return min(found, key=_RANK.__getitem__) if found else None

    for iri in sorted(r.types, key=str):
        ts = r.types[iri]
        if _EVENT in ts or any(t in _EVENT_IRIS for t in ts):
            cats = sorted(_EVENT_IRIS[t] for t in ts if t in _EVENT_IRIS)
            add_node(iri, "v", cats[0] if cats else "Event")
        else:
            typ = entity_type(ts)
            if typ is not None:
                add_node(iri, "e", typ)

    def endpoint(iri: Node) -> int:
        i = node_index.get(iri)
        return add_node(iri, "e", UNKNOWN_TYPE) if i is None else i

    # Statements give a direct relation its confidence and sentence; a position statement
    # ("deputy defence minister" of Russia) becomes a positionOf edge person -> country.
    statements = {s for s, ts in r.types.items() if _STATEMENT in ts}
    position_of = {s: o for s, p, o in r.relations if s in statements and p == "positionOf"}
    evidence: dict[tuple[Node, str, Node], tuple[float | None, int, int]] = {}
    stmt_sents: dict[tuple[Node, str, Node], set[int]] = defaultdict(set)
    for st, parts in sorted(r.stmt.items(), key=lambda kv: str(kv[0])):
        if st not in statements or not {"s", "p", "o"} <= parts.keys():
            continue
        if parts["p"] == _P["position"] and st in position_of:
            pred: str | None = "positionOf"
            parts = {"s": parts["s"], "o": position_of[st]}
        else:
            pred = _RELATION_IRIS.get(parts["p"])
        if pred is None or not isinstance(parts["o"], URIRef):
            continue
        docs = r.mentioned.get(st, [])
        sents = r.sentences.get(st, [])
        s_idx = sentence(sents[0], docs) if sents else -1
        conf = _number(r.props.get(st, {}).get("confidence", Literal("x")))
        key = (parts["s"], pred, parts["o"])
        if s_idx >= 0:
            stmt_sents[key].add(s_idx)
        # several statements of one fact: the edge shows the most confident one
        if key not in evidence or (conf or 0.0) > (evidence[key][0] or 0.0):
            evidence[key] = (conf, s_idx, doc(docs[0]) if docs else -1)

    entity_sents: dict[int, set[int]] = defaultdict(set)
    seen: set[tuple[Node, str, Node]] = set()
    for ev, role, ent in sorted(r.roles, key=_triple_key):
        if not isinstance(ent, URIRef) or (ev, role, ent) in seen:
            continue
        seen.add((ev, role, ent))
        a, b = endpoint(ev), endpoint(ent)
        node = out.nodes[a]
        sents = node.get("s", [])
        s_idx = sents[0] if sents else -1
        d = node.get("docs", [-1])[0]
        out.edges.append([a, b, role, node.get("conf"), s_idx, d])
        entity_sents[b].update(sents)
    known = {t for t in r.relations if t[0] not in statements}
    for s, pred, o in sorted(known | evidence.keys(), key=_triple_key):
        if (s, pred, o) in seen:
            continue
        seen.add((s, pred, o))
        conf, s_idx, d = evidence.get((s, pred, o), (None, -1, -1))
        a, b = endpoint(s), endpoint(o)
        out.edges.append([a, b, pred, conf, s_idx, d])
        every = stmt_sents.get((s, pred, o), set()) | ({s_idx} if s_idx >= 0 else set())
        entity_sents[a].update(every)
        entity_sents[b].update(every)
    for i, found in entity_sents.items():
        node = out.nodes[i]
        if node["k"] == "e":
            node["s"] = sorted(set(node.get("s", [])) | found)[:50]
    return out
