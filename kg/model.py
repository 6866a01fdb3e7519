"""The data model that flows through kg's pipeline.

ingest -> extract -> resolve -> graph -> export / query / view

A :class:`Document` owns the text and its metadata.  Every later step adds to
it and returns it (``doc = step(doc)``):

* sentence splitting fills ``doc.sentences`` (character spans),
* extractors add :class:`Mention` objects (typed character spans with a score),
* resolution groups mentions into :class:`Entity` objects (``mention.entity``
  holds the entity's stable key),
* event extraction adds :class:`Event` objects, relation extraction
  :class:`Relation` objects; both point at entity keys and at the sentence
  they came from.

All offsets are Python string indices into ``doc.text`` (the text of this
document part, after decoding; ``doc.offset`` maps them back into the source
file's decoded text).  Nothing here imports rdflib: turning documents into RDF
is :mod:`kg.graph`'s job.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

#: Coarse entity labels that mentions carry (CoNLL style).
PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"
MENTION_LABELS = (PER, ORG, LOC, MISC)

#: Entity types, the local names of the ontology classes.
PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, GROUP = (
    "Person",
    "Organization",
    "Location",
    "Country",
    "City",
    "Group",
)
ENTITY_TYPES = (PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, GROUP)

#: Which entity type a mention label becomes by default.
LABEL_TO_TYPE = {PER: PERSON, ORG: ORGANIZATION, LOC: LOCATION}

#: The 16 PLOVER event categories, as upper-case codes; the ontology class is
#: the capitalised form (``"CONSULT"`` -> ``kg:Consult``).
PLOVER_CATEGORIES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: Event modality values (kg:modality).
ASSERTED, NEGATED, PLANNED, HYPOTHETICAL = "asserted", "negated", "planned", "hypothetical"
MODALITIES = (ASSERTED, NEGATED, PLANNED, HYPOTHETICAL)


def plover_class(category: str) -> str:
    """Return the ontology class local name of a PLOVER category.

    >>> plover_class("CONSULT")
    'Consult'
    """
    return category.strip().capitalize()


@dataclass
class Span:
    """A character span ``[start, end)`` of a document's text."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass
class Mention(Span):
    """A typed character span: a name of a person, organization or place.

    Attributes:
        label: one of :data:`MENTION_LABELS`.
        score: the extractor's confidence in [0, 1].
        source: which extractor produced it (``"ner"``, ``"gazetteer"``, ``"rules"``...).
        kind: a finer type where known: ``"Country"``, ``"City"`` (LOC), or None.
        norm: a normalised key for matching (Arabic normalisation, clitics off).
        entity: the key of the :class:`Entity` it resolves to (set by resolution).
        attrs: extra facts the extractor knows (``iso``, ``geonames``, ``nationality``,
            ``wikidata``, ``en`` (an English name), ``ar`` (an Arabic name) ...).
    """

    label: str = LOC
    score: float = 1.0
    source: str = "rules"
    kind: str | None = None
    norm: str = ""
    entity: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Entity:
    """One real-world person, organization or place.

    Attributes:
        key: a stable identifier, the local part of its IRI under
            ``https://w3id.org/newskg/id/`` (for example ``"country/KP"``,
            ``"city/1871859"``, ``"person/kim-jong-un"``).  The same real-world
            entity gets the same key in every run and every document.
        type: one of :data:`ENTITY_TYPES`.
        labels: preferred label per language tag (``{"ar": "...", "en": "..."}``).
        alt_labels: other names seen, as ``(text, lang)`` pairs.
        mentions: the mentions that denote it in this document.
        same_as: IRIs of the same thing elsewhere (Wikidata, GeoNames).
        attrs: ``iso`` (ISO 3166 alpha-2), ``geonames`` (id), ``country`` (entity key of
            the country a city lies in) ...
    """

    key: str
    type: str
    labels: dict[str, str] = field(default_factory=dict)
    alt_labels: set[tuple[str, str]] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    same_as: list[str] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)
    confidence: float = 1.0


@dataclass
class Event:
    """Who did what to whom, where and when, as one sentence states it.

    Attributes:
        category: a PLOVER category code from :data:`PLOVER_CATEGORIES`.
        trigger: the word(s) that express the event.
        sentence: index into ``Document.sentences`` of the source sentence.
        agent / target / participant / place: entity keys.
        cameo: a CAMEO code ("036") where one applies.
        date: the resolved calendar date, if it can be known.
        time_text: the time expression as written ("الخميس").
        modality: one of :data:`MODALITIES`.
        reported_by: entity keys of who reported it ("ذكرت وكالة ...").
        confidence: in [0, 1].
    """

    category: str
    trigger: Span
    sentence: int
    agent: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    participant: list[str] = field(default_factory=list)
    place: list[str] = field(default_factory=list)
    cameo: str | None = None
    date: _dt.date | None = None
    time_text: str | None = None
    modality: str = ASSERTED
    reported_by: list[str] = field(default_factory=list)
    confidence: float = 0.5
    attrs: dict[str, Any] = field(default_factory=dict)

    def key(self, doc_id: str) -> str:
        """A stable key for this event within a document (its IRI's local part).

        Events across reports are merged by resolution, which may replace it.
        """
        h = hashlib.sha1(
            f"{doc_id}|{self.category}|{self.trigger.start}|{self.trigger.end}".encode()
        ).hexdigest()[:16]
        return f"event/{h}"


@dataclass
class Relation:
    """A fact between two entities, or an entity and a literal.

    ``predicate`` is an ontology property local name: ``leaderOf``, ``memberOf``,
    ``country``, ``locatedIn`` (object is an entity key) or ``position`` (object is
    a literal string, ``attrs["of"]`` may hold the entity key of the country or
    organization the position belongs to).
    """

    subject: str
    predicate: str
    object: str
    sentence: int | None = None
    confidence: float = 0.5
    object_is_literal: bool = False
    evidence: Span | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Document:
    """One article (or one part of a scraped page) and everything found in it.

    Attributes:
        id: a stable id (from the source, or derived from the content hash).
        text: the article text (decoded, boilerplate removed).
        lang: ``"ar"`` or ``"en"`` (ISO 639-1), detected or given.
        title: the headline, if any.
        date: publication date (from metadata or ``--date``).
        url / source: where it came from; ``source`` is the publisher ("CNN Arabic").
        path: the file it was read from.
        kind: ``"article"`` (main text), ``"read-also"`` (a second article carried by the
            page), ``"headlines"`` (a list of related headlines).
        parent: id of the page this part was split from, if any.
        offset: where ``text`` starts in the decoded source file.
        sentences: character spans of sentences in ``text``.
    """

    id: str
    text: str
    lang: str = "ar"
    title: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None
    kind: str = "article"
    parent: str | None = None
    offset: int = 0
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text: re-ingesting the same text is detected by it."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence that contains character ``offset``."""
        for i, (s, e) in enumerate(self.sentences):
            if s <= offset < e:
                return i
        return None

    def sentence_text(self, index: int) -> str:
        s, e = self.sentences[index]
        return self.text[s:e]
