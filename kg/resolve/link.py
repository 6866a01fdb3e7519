"""Across documents and languages: give the same key to the same person, organization or place.

Within a document :func:`kg.resolve.resolve_document` mints keys from names
(English-derived for well-known entities and gazetteer entries, else from the
normalised Arabic).  Across documents, :class:`EntityIndex` remembers the
entities already seen (in this run or in a store) and :meth:`EntityIndex.link`
re-keys a new document's entity to an existing one when

* they have the same type, and
* a name matches: the same normalised name (same script), or a transliteration
  match between an Arabic and an English name (:mod:`kg.resolve.translit`) that
  is clearly the best candidate, and
* the context agrees where spelling alone is weak: a person known in a document by one
  word only is linked only to a person known elsewhere by that same word only, and
  only when they share two co-mentioned countries, cities or organizations, one of
  them a city or an organization (a person called only "محمد" in two stories stays
  two people unless the stories share that context); it is never linked to the
  surname of a full name of another story (``بدوي`` there may be her brother,
  ``جونز`` the Dow Jones index: a surname joins a full name within its own document
  only); a transliteration match needs one shared context entity (unless it is a
  near-certain full name), and a single word is never linked across scripts by
  spelling alone, so that two different people with similar names in unrelated
  stories stay apart.

Countries and cities are keyed by ISO / GeoNames ids and never re-keyed.  Entities
with a document-local key (an unconfirmed single sighting, :mod:`kg.resolve.nameness`)
are neither linked nor linked to.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.model import CITY, COUNTRY, LOCATION, ORGANIZATION, PERSON, Document, Entity
from kg.resolve.nameness import is_local, local_key
from kg.resolve.names import NAME_PARTICLES, compact, name_tokens
from kg.text.arabic import is_arabic

#: Transliteration score a cross-script match needs (mean log-probability per letter).
LINK_THRESHOLD = -1.3
#: A full name (two words or more) scoring at least this needs no shared context.
STRONG_THRESHOLD = -0.9
#: Co-mentioned countries/organizations a single-word name must share with its candidate.
SINGLE_NAME_CONTEXT = 2
#: The best candidate must beat the second best by this much.
MARGIN = 0.3

_LINKABLE = (PERSON, ORGANIZATION, LOCATION)


@dataclass
class _Known:
    key: str
    type: str
    names: set[tuple[str, str]] = field(default_factory=set)
    context: Counter[str] = field(default_factory=Counter)


def _names(e: Entity) -> set[tuple[str, str]]:
    out = {(t, lang) for lang, t in e.labels.items() if t}
    out.update((t, lang) for t, lang in e.alt_labels if t)
    out.update((m.text, "ar" if is_arabic(m.text) else "en") for m in e.mentions)
    return out


def _words(text: str) -> int:
    """How many name words a name has, particles and titles not counted (``أبو صلاح``,
    ``الأمير بن سلمان``: one)."""
    from kg.resolve.document import TITLES

    return sum(1 for t in name_tokens(text) if t not in NAME_PARTICLES and t not in TITLES)


def _one_word_person(e: Entity) -> bool:
    """A person known here by one word only, and not from kg's list of well-known people."""
    from kg.resolve import known

    if e.type != PERSON or e.key.count("/") != 1 or not e.key.startswith("person/"):
        return False
    names = _names(e)
    if any(_words(t) > 1 for t, _ in names):
        return False
    return not any(known.lookup(t, PERSON) is not None for t, _ in names)


def _context(doc: Document, skip: str) -> Counter[str]:
    return _contexts(doc)(skip)


def _contexts(doc: Document) -> Callable[[str], Counter[str]]:
    """``_context(doc, key)`` for any key of the document as it is now, its entities counted
    once (not once per key).  The counters it returns are shared: read them, never change them."""
    every = Counter(k for k, e in doc.entities.items() if e.type in (COUNTRY, ORGANIZATION, CITY))

    def context(skip: str) -> Counter[str]:
        if skip not in every:
            return every
        out = every.copy()
        del out[skip]
        return out

    return context


class EntityIndex:
    """The entities seen so far, searchable by normalised name and by transliteration."""

    def __init__(self) -> None:
        self.entities: dict[str, _Known] = {}
        self._by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
        # cross-script candidates: (type, Arabic?, words, skeleton letter pair) -> {(key, name)},
        # so a transliteration lookup reads the names sharing a letter pair, not every entity
        self._by_gram: dict[tuple[str, bool, int, str], set[tuple[str, str]]] = defaultdict(set)
        self._skeleton: dict[str, str] = {}

    def __contains__(self, key: object) -> bool:
        return key in self.entities

    def __len__(self) -> int:
        return len(self.entities)

    def add_entity(self, key: str, type_: str, names: Iterable[tuple[str, str]], context: Iterable[str] = ()) -> None:
        """Remember an entity under its key with its names ``(text, lang)``."""
        if type_ not in _LINKABLE or is_local(key):
            return
        k = self.entities.get(key)
        if k is None:
            k = self.entities[key] = _Known(key, type_)
        for text, lang in names:
            toks = name_tokens(text)
            if not toks or (text, lang) in k.names:
                continue
            k.names.add((text, lang))
            self._by_name[(type_, compact(toks))].add(key)
            if len(toks) > 1:
                self._index_skeleton(key, type_, text, len(toks))
        k.context.update(context)

    def _index_skeleton(self, key: str, type_: str, text: str, n_tokens: int) -> None:
        from kg.resolve.translit import grams, skeleton_ar, skeleton_en

        arabic = is_arabic(text)
        sk = self._skeleton.get(text)
        if sk is None:
            sk = self._skeleton[text] = skeleton_ar(text) if arabic else skeleton_en(text)
        for g in grams(sk):
            self._by_gram[(type_, arabic, n_tokens, g)].add((key, text))

    def add_document(self, doc: Document) -> None:
        """Remember every linkable entity of a (linked) document."""
        context = _contexts(doc)
        for key, e in doc.entities.items():
            self.add_entity(key, e.type, _names(e), context(key))

    @classmethod
    def from_store(cls, store: object) -> EntityIndex:
        """An index of every entity in a :class:`kg.store.Store` (context from its states)."""
        index = cls()
        from kg.store import entity_key

        for iri, state in store.entity_states():  # type: ignore[attr-defined]
            if not state.types:
                continue
            typ = max(state.types.items(), key=lambda kv: kv[1])[0]
            names = set(state.labels) | set(state.alt)
            index.add_entity(entity_key(iri), typ, names, (entity_key(c) for c in state.context))
        return index

    # -- linking ---------------------------------------------------------------

    def candidate(self, e: Entity, context: Counter[str]) -> str | None:
        """The key of the indexed entity ``e`` denotes, or None."""
        if e.type not in _LINKABLE or is_local(e.key):
            return None
        names = _names(e)
        # name words, particles not counted: "أبو صلاح" is a word alone (a kunya), not a full name
        longest = max((_words(t) for t, _ in names), default=0)
        # 1. the same normalised name, same type; an entity known by a full name is
        #    matched by its full names only (a surname alone is ambiguous)
        exact: set[str] = set()
        for text, _lang in names:
            toks = name_tokens(text)
            if not toks or (longest > 1 and _words(text) <= 1 and e.type == PERSON):
                continue
            hits = self._by_name.get((e.type, compact(toks)), set())
            if e.type == PERSON and _words(text) == longest:
                # "كيم يونغ" is a short form of "كيم يونغ تشول" there, but may be a cut
                # "كيم يونغ أون" here: the start of another story's longer name is no match
                hits = {k for k in hits if not self._starts_longer_name(k, toks)}
            exact |= hits
        exact.discard(e.key)
        single_only = longest == 1
        if single_only and e.type == PERSON:
            # a word alone is matched only to a person known by that word alone elsewhere
            # ("نيمار"), never to the surname of a full name in another story: "بدوي" there
            # may be her brother, "جونز" the Dow Jones index (within its own document a
            # surname does join the full name, kg.resolve.document)
            exact = {k for k in exact if self._one_word_only(k)}
        need = SINGLE_NAME_CONTEXT if single_only and e.type == PERSON else 1
        if exact and self._typed_otherwise(e, names):
            # "كوستا" is a coffee chain in other stories: a person of that name needs the
            # full name and a shared context, a word alone is not linked at all
            if single_only:
                return None
            exact = {k for k in exact if self._shares_context(k, context, 1)}
        if len(exact) == 1:
            (key,) = exact
            if not (single_only and e.type == PERSON) or self._shares_context(key, context, need):
                return key
        if len(exact) > 1:
            with_context = [k for k in exact if self._shares_context(k, context, need)]
            return with_context[0] if len(with_context) == 1 else None
        # 2. across scripts: transliteration
        return self._translit_candidate(e, names, context)

    def _typed_otherwise(self, e: Entity, names: set[tuple[str, str]]) -> bool:
        """True for a person (not on kg's list) one of whose names is an organization's or a
        place's elsewhere in the index."""
        from kg.resolve import known

        if e.type != PERSON or any(known.lookup(t, PERSON) is not None for t, _ in names):
            return False
        flats = {compact(name_tokens(t)) for t, _ in names}
        return any(self._by_name.get((typ, f)) for typ in (ORGANIZATION, LOCATION) for f in flats if f)

    def _starts_longer_name(self, key: str, toks: tuple[str, ...]) -> bool:
        """True if ``toks`` begin the longer name the indexed entity is keyed by (``كيم يونغ``
        and ``person/كيم-يونغ-تشول``; a longer variant that is not its key name, such as a
        span that ran on into the next word, does not count)."""
        from kg.resolve.names import slug

        n = len(toks)
        tail = key.split("/", 1)[-1]
        return any(len(t) > n and t[:n] == toks and slug(" ".join(t)) == tail
                   for t in (name_tokens(x) for x, _ in self.entities[key].names))

    def _one_word_only(self, key: str) -> bool:
        """True for an indexed entity all of whose names are one word."""
        return all(_words(t) <= 1 for t, _ in self.entities[key].names)

    def _shares_context(self, key: str, context: Counter[str], at_least: int = 1) -> bool:
        other = self.entities[key].context
        shared = [c for c in context if c in other]
        if at_least >= SINGLE_NAME_CONTEXT and all(c.startswith("country/") for c in shared):
            return False  # a word alone needs a shared city or organization: countries are everywhere
        return len(shared) >= at_least

    def _translit_candidate(self, e: Entity, names: set[tuple[str, str]], context: Counter[str]) -> str | None:
        from kg.resolve.translit import (
            default_model,
            grams,
            skeleton_ar,
            skeleton_en,
            skeleton_similarity,
        )

        # the longest name of each script; of two as long, the first in sorted order (``names`` is a set,
        # whose order differs between processes: the parent's linking must not depend on it)
        ar = max(sorted(t for t, lang in names if is_arabic(t)), key=lambda t: len(name_tokens(t)), default=None)
        en = max(sorted(t for t, lang in names if not is_arabic(t)), key=lambda t: len(name_tokens(t)), default=None)
        if (ar is None) == (en is None):
            return None  # both scripts known (already linked by name) or none
        model = default_model()
        mine = ar if ar is not None else en
        assert mine is not None
        n_tokens = len(name_tokens(mine))
        if n_tokens < 2 or _words(mine) < 2:
            return None  # a single word across scripts is too weak (Peres / بيريز, Bell / بيل)
        sk = skeleton_ar(mine) if ar is not None else skeleton_en(mine)
        # names of the other script with as many words that share a skeleton letter pair
        # (a Dice similarity >= 0.5 needs one): the only ones that can pass the check below
        other_script = ar is None
        pool: set[tuple[str, str]] = set()
        for g in grams(sk):
            pool |= self._by_gram.get((e.type, other_script, n_tokens, g), set())
        best: dict[str, float] = {}
        for key, text in pool:
            if key == e.key or skeleton_similarity(sk, self._skeleton[text]) < 0.5:
                continue
            s = model.score(mine, text) if ar is not None else model.score(text, mine)
            if s > best.get(key, -1e9):
                best[key] = s
        scored = sorted(((s, key) for key, s in best.items()), reverse=True)
        if not scored:
            return None
        scored.sort(reverse=True)
        top, key = scored[0]
        if top < LINK_THRESHOLD or (len(scored) > 1 and top - scored[1][0] < MARGIN):
            return None
        if n_tokens > 1 and top >= STRONG_THRESHOLD:
            return key
        return key if self._shares_context(key, context) else None

    def link(self, doc: Document) -> dict[str, str]:
        """Re-key ``doc``'s entities that denote indexed ones; remember the document.

        A one-word person name that is already indexed but whose story shares too little
        context with it gets a document-local key instead (it stays its own node).

        Returns:
            The links made, ``{old key: indexed key}`` (not the document-local re-keys).
        """
        mapping: dict[str, str] = {}
        apart: dict[str, str] = {}
        context = _contexts(doc)  # the entities do not change before the loop ends
        for key, e in list(doc.entities.items()):
            if key in self.entities:
                ctx = context(key)
                if _one_word_person(e) and (not self._shares_context(key, ctx, SINGLE_NAME_CONTEXT)
                                            or self._typed_otherwise(e, _names(e))):
                    # "بدوي", "محمد" alone: the same word in another story is not the same person;
                    # "كوستا" alone, a coffee chain elsewhere: not safely one person either
                    apart[key] = local_key(key, doc.id, doc.content_hash)
                elif self._typed_otherwise(e, _names(e)) and not self._shares_context(key, ctx, 1):
                    apart[key] = local_key(key, doc.id, doc.content_hash)
                continue
            target = self.candidate(e, context(key))
            if target is not None and target != key:
                mapping[key] = target
        if mapping or apart:
            rekey(doc, {**mapping, **apart})
        self.add_document(doc)
        return mapping


def rekey(doc: Document, mapping: dict[str, str]) -> Document:
    """Rename entity keys everywhere in a document (entities, mentions, events, relations).

    Two entities renamed to one key are merged (labels of the first kept, the
    other's names become alternative labels).
    """
    if not mapping:
        return doc

    def m(k: str) -> str:
        return mapping.get(k, k)

    entities: dict[str, Entity] = {}
    for key, e in doc.entities.items():
        new = m(key)
        if new in entities:
            into = entities[new]
            into.mentions.extend(e.mentions)
            for lang, text in e.labels.items():
                if lang not in into.labels:
                    into.labels[lang] = text
                elif into.labels[lang] != text:
                    into.alt_labels.add((text, lang))
            into.alt_labels |= e.alt_labels
            into.same_as += [s for s in e.same_as if s not in into.same_as]
            into.confidence = max(into.confidence, e.confidence)
        else:
            e.key = new
            entities[new] = e
    doc.entities = entities
    for mention in doc.mentions:
        if mention.entity:
            mention.entity = m(mention.entity)
    for ev in doc.events:
        for role in ("agent", "target", "participant", "place", "reported_by"):
            setattr(ev, role, list(dict.fromkeys(m(k) for k in getattr(ev, role))))
    for rel in doc.relations:
        rel.subject = m(rel.subject)
        if not rel.object_is_literal:
            rel.object = m(rel.object)
        if rel.attrs.get("of"):
            rel.attrs["of"] = m(str(rel.attrs["of"]))
    return doc


def link_documents(docs: Iterable[Document], index: EntityIndex | None = None) -> list[Document]:
    """Link a batch of documents to each other (and to ``index``), in order."""
    index = index if index is not None else EntityIndex()
    out = []
    for doc in docs:
        index.link(doc)
        out.append(doc)
    return out
