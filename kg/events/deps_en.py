"""English agent and target from a dependency parse (:mod:`kg.events.parser`).

The rule grammar of :mod:`kg.events.roles` guesses a verb's subject and object from word
order and entity chunks; a dependency parse says which noun phrase the verb governs.  By
default (``roles.PARSE_MODE = "check"``) the parse only vets the rules' roles
(:func:`object_governed`, :func:`subject_governed`); with "fallback" it also fills a target
the rules found none for.  What it reads:

* agent: the trigger's ``nsubj``; a passive's ``obl:agent`` (``by``); with no subject of its
  own, the subject of the verb it is conjoined to (``X met A and signed ...``), of the verb
  that governs it (``X plans to attack``; ``urged X to attack`` gives X), the noun a
  relative or participle clause hangs on (``the group, which opposed ...``,
  ``protesters demanding ...``);
* target: the ``obj`` (then ``iobj``), a passive's subject (``nsubj:pass``), the noun a
  passive participle modifies (``the delegation led by X``: led's target is the
  delegation), or an ``obl`` whose preposition the roles grammar reads as a target's
  (``talks with X``, ``support for X``);
* nominal triggers (``attack``, ``talks``, ``visit``): a possessor or a nationality /
  name compound (``Russia's war``, ``Israeli strikes``, ``US sanctions``) or ``by`` is the
  agent; an ``nmod`` with a target preposition (``on``, ``against``, ``with``, ``of``) the
  target.

A noun phrase becomes an entity through its chunk: the chunk that holds its head word,
else one that holds a name part of it (``flat``, ``compound``), an apposition, its
possessor, a nationality adjective or an ``of`` phrase (``the president of France``);
coordinated phrases (``conj``) join the role.  Relative clauses and other clauses inside
the phrase are not searched.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.events.lexicon import Match
from kg.events.sentence import Chunk, SentenceView

_PASSIVE_AUX = frozenset("is are was were be been being get got gets getting".split())
_RELATIVE = frozenset("who which that whom".split())
# the dependents of a noun phrase searched for its entity, in order
_NP_PARTS = ("flat", "compound", "appos", "poss", "amod", "nmod")


@dataclass
class Parse:
    """Heads (-1: root), labels and children of one sentence's words."""

    heads: list[int]
    labels: list[str]
    kids: list[list[int]]

    def deps(self, i: int, *labels: str) -> list[int]:
        """Children of word ``i`` with one of these labels, left to right."""
        return [k for k in self.kids[i] if self.labels[k] in labels]

    @classmethod
    def of(cls, heads: list[int], labels: list[str]) -> Parse:
        """A parse from its heads and labels (the children are derived)."""
        kids: list[list[int]] = [[] for _ in heads]
        for k, h in enumerate(heads):
            if h >= 0:
                kids[h].append(k)
        return cls(heads, labels, kids)


def parse_view(view: SentenceView, upto: int | None = None) -> Parse | None:
    """The dependency parse of an English sentence (cached in the view).

    Args:
        view: the sentence.
        upto: parse only the words before this index (the parser is the costliest step of
            English events; what follows a trigger's arguments rarely changes how they attach).
            A parse of more words, when cached, is reused.
    """
    n = len(view.words) if upto is None else min(upto, len(view.words))
    cached = view.cache.get("parse")
    if "parse" in view.cache and (cached is None or len(cached.heads) >= n):  # type: ignore[attr-defined]
        return cached  # type: ignore[return-value]
    from kg.events.parser import get_parser
    from kg.events.pos import get_tagger

    parser = get_parser()
    tagger = get_tagger("en")
    got: Parse | None = None
    if parser is not None and tagger is not None and n:
        words = [t.text for t in view.tokens[:n]]
        if view.tags is not None and all(view.tags[:n]):
            tags = view.tags[:n]
        else:
            tags = tagger.tag([t.text for t in view.tokens])[:n]  # tagged whole, as in training
        view.cache["parse_tags"] = tags
        heads, labels = parser.parse(words, tags)
        got = Parse.of(heads, labels)
    view.cache["parse"] = got
    return got


def _chunk_at(view: SentenceView, i: int) -> Chunk | None:
    for c in view.chunks:
        if c.start <= i < c.end:
            if c.modifier:
                # a nationality adjective glued to a name: the name is the argument
                near = [x for x in view.chunks if not x.modifier and (x.start == c.end or x.end == c.start)]
                return near[0] if near else None
            return c
    return None


def phrase_chunks(view: SentenceView, p: Parse, i: int) -> tuple[list[Chunk], bool]:
    """The entity chunks a noun phrase headed by word ``i`` stands for (with its conjuncts),
    and whether the phrase *is* the name (its head or a name part, an apposition, lies in the
    chunk) rather than only containing it (a possessor, a nationality, an ``of`` phrase)."""
    head, direct = _phrase_chunk(view, p, i, 0)
    out = [head] if head is not None else []
    for k in p.deps(i, "conj"):
        c, _ = _phrase_chunk(view, p, k, 0)
        if c is not None and c not in out:
            out.append(c)
    return out, direct and head is not None


def _phrase_chunk(view: SentenceView, p: Parse, i: int, depth: int) -> tuple[Chunk | None, bool]:
    c = _chunk_at(view, i)
    if c is not None or depth > 2:
        return c, c is not None
    # a name part: the rightmost ("the Lib Dem leader Charles Kennedy" is Kennedy)
    named = [
        got
        for k in p.deps(i, "flat", "compound", "appos")
        if (got := _phrase_chunk(view, p, k, depth + 1))[0] is not None
    ]
    if named:
        return named[-1]
    for k in p.deps(i, "poss"):
        c, _ = _phrase_chunk(view, p, k, depth + 1)
        if c is not None:
            return c, False
    if view.words[i] not in _non_state_heads():
        # "Israeli troops": the state; not "Syrian rebels" (the rebels act, not Syria)
        for k in p.deps(i, "amod"):
            c = _chunk_at(view, k)
            if c is not None and c.nationality:
                return c, False
    for k in p.deps(i, "nmod") if depth == 0 else []:
        # the name an "of" phrase is: "the president of France", "the town of Gorazde"; not a
        # name inside it ("the legality of the Iraq war")
        if any(view.words[x] == "of" for x in p.deps(k, "case")):
            c = _chunk_at(view, k)
            if c is not None:
                return c, False
    return None, False


def _non_state_heads() -> frozenset[str]:
    from kg.events.roles import NON_STATE_HEADS_EN

    return NON_STATE_HEADS_EN


@dataclass
class DepRoles:
    """Agent and target chunks found in the parse (empty when the parse names none)."""

    agent: list[Chunk]
    target: list[Chunk]
    how: str = ""
    agent_direct: bool = False  # the phrase is the name, not a phrase that contains it
    target_direct: bool = False


Found = tuple[list[Chunk], bool, str]  # chunks, direct, how


def _subject_of(view: SentenceView, p: Parse, v: int, seen: int = 0) -> Found:
    """Who does verb ``v``: its subject, or the subject it shares or inherits."""
    if seen > 4:
        return [], False, ""
    subj = p.deps(v, "nsubj")
    if not subj and not _be_aux(view, p, v):
        subj = p.deps(v, "nsubj:pass")  # "has threatened": no passive without be / get
    if subj:
        if view.words[subj[-1]] in _RELATIVE and p.labels[v] == "acl:relcl" and p.heads[v] >= 0:
            return (*phrase_chunks(view, p, p.heads[v]), "relative")
        # two subjects ("the Lib Dem leader Charles Kennedy" split in two): the nearer naming one
        found = [(*phrase_chunks(view, p, s), "subject") for s in reversed(subj)]
        named = [f for f in found if f[1]]
        if len(named) > 1 and "and" in view.words[subj[0] : subj[-1]]:
            # "Russia and North Korea signed", parsed as two subjects: both
            chunks: list[Chunk] = []
            for f in reversed(named):
                chunks += [c for c in f[0] if all(c is not x for x in chunks)]
            return chunks, True, "subject"
        return next(iter(named), next((f for f in found if f[0]), found[0]))
    if p.deps(v, "nsubj:pass"):
        return [], False, ""
    h = p.heads[v]
    if h < 0:
        return [], False, ""
    lab = p.labels[v]
    if lab == "conj":
        got, direct, _ = _subject_of(view, p, h, seen + 1)
        return got, direct, "conjoined"
    if lab == "xcomp":
        obj = p.deps(h, "obj")
        if obj:
            return (*phrase_chunks(view, p, obj[0]), "control")
        got, direct, _ = _subject_of(view, p, h, seen + 1)
        return got, direct, "control"
    if lab == "acl:relcl":
        return (*phrase_chunks(view, p, h), "relative")
    if lab == "acl" and view.words[v].endswith("ing"):
        return (*phrase_chunks(view, p, h), "participle")
    return [], False, ""


def _be_aux(view: SentenceView, p: Parse, v: int) -> bool:
    return any(view.words[a] in _PASSIVE_AUX for a in p.deps(v, "aux"))


def _passive(view: SentenceView, p: Parse, v: int) -> bool:
    """A passive verb: a be / get auxiliary and a passive subject or a participle form."""
    if not _be_aux(view, p, v):
        return False
    return bool(p.deps(v, "nsubj:pass", "obl:agent")) or view.words[v].endswith(("ed", "en", "wn", "lt", "ght", "ne"))


def _preps(view: SentenceView, p: Parse, k: int) -> set[str]:
    return {view.words[c] for c in p.deps(k, "case")}


def _by_agent(view: SentenceView, p: Parse, v: int, out: DepRoles) -> None:
    for k in p.deps(v, "obl:agent", "obl"):
        if "by" in _preps(view, p, k):
            out.agent, out.agent_direct = phrase_chunks(view, p, k)
            return


def verb_roles(view: SentenceView, p: Parse, m: Match, target_preps: set[str]) -> DepRoles:
    """Agent and target of an English verb trigger from the parse."""
    v = m.start
    out = DepRoles([], [])
    tags = view.cache.get("parse_tags") or []
    reduced = (
        p.labels[v] == "acl"
        and p.heads[v] >= 0
        and not view.words[v].endswith("ing")
        and not p.deps(v, "obj")
        and str(tags[p.heads[v]] if p.heads[v] < len(tags) else "").startswith("NN")
    )
    if reduced:
        # "the delegation led by X", "an attack carried out by X": the noun undergoes it
        out.target, out.target_direct = phrase_chunks(view, p, p.heads[v])
        _by_agent(view, p, v, out)
        out.how = "participle"
        return out
    if _passive(view, p, v):
        for k in p.deps(v, "nsubj:pass", "nsubj"):
            out.target, out.target_direct = phrase_chunks(view, p, k)
            break
        _by_agent(view, p, v, out)
        out.how = "passive"
        return out
    out.agent, out.agent_direct, out.how = _subject_of(view, p, v)
    out.target, out.target_direct = _object_of(view, p, v, target_preps, 0)
    return out


def _object_of(view: SentenceView, p: Parse, v: int, target_preps: set[str], depth: int) -> tuple[list[Chunk], bool]:
    """What verb ``v`` is done to: its object (or who the object concerns: "break off relations
    with Congo", "rejected an offer from Afghanistan"), an ``obl`` with a target preposition,
    else the object of the act it intends ("threatened to break off relations with Congo")."""
    for k in p.deps(v, "obj") or p.deps(v, "iobj"):
        got, direct = phrase_chunks(view, p, k)
        if got:
            return got, direct
        for j in p.deps(k, "nmod"):
            got = _prep_target(view, p, j, target_preps)
            if got:
                return got, False
    for k in p.deps(v, "obl"):
        got = _prep_target(view, p, k, target_preps)
        if got:
            return got, False
    if depth < 2:
        # "threatened to cut off ...", also parsed as an infinitive adverbial clause
        intended = p.deps(v, "xcomp") + [k for k in p.deps(v, "advcl") if any(view.words[x] == "to" for x in p.deps(k, "mark"))]
        for k in intended:
            got, _ = _object_of(view, p, k, target_preps, depth + 1)
            if got:
                return got, False
    return [], False


_PLACE_PREPS = frozenset("in at near inside outside".split())


def _prep_target(view: SentenceView, p: Parse, k: int, target_preps: set[str]) -> list[Chunk]:
    """The chunks of a prepositional phrase whose preposition marks a target, unless it names
    a place after a preposition of place ("meet at Highbury" is where, not whom)."""
    preps = _preps(view, p, k)
    if not preps & target_preps:
        return []
    got, _ = phrase_chunks(view, p, k)
    if preps & _PLACE_PREPS and any(c.is_place for c in got):
        return []
    return got


def noun_roles(view: SentenceView, p: Parse, m: Match, target_preps: set[str]) -> DepRoles:
    """Agent and target of an English event noun from its dependents."""
    n = m.start
    # the word of a multiword noun trigger ("air strikes") whose head lies outside it
    for k in range(m.start, m.end):
        if p.heads[k] < m.start or p.heads[k] >= m.end:
            n = k
    out = DepRoles([], [], "noun")
    for k in p.deps(n, "poss", "compound", "amod"):
        c = _chunk_at(view, k)
        if c is not None and (p.labels[k] != "amod" or c.nationality):
            out.agent, out.agent_direct = [c], True
    for k in p.deps(n, "nmod", "obl"):
        preps = _preps(view, p, k)
        if "by" in preps and not out.agent:
            out.agent, out.agent_direct = phrase_chunks(view, p, k)
        elif not out.target:
            out.target = _prep_target(view, p, k, target_preps | {"of"})
    return out


#: dependencies that leave the trigger's own clause on the way up from a noun phrase
_OTHER_CLAUSE = frozenset("nsubj nsubj:pass csubj acl:relcl advcl ccomp parataxis".split())


def object_governed(view: SentenceView, p: Parse, m: Match, c: Chunk) -> bool:
    """Whether the parse attaches chunk ``c`` under trigger ``m`` as one of its complements: the
    path up from the chunk's head reaches the trigger without being the subject of another verb,
    a clause of its own (a participle that modifies a noun is no clause of its own here), or a
    verb's ``by`` phrase ("threatened to break relations with Russia unless the Kremlin closed
    its base": the Kremlin is closed's subject)."""
    inside = list(range(c.start, min(c.end, len(p.heads))))
    if not inside:
        return True  # beyond what was parsed: no evidence
    i = next((k for k in inside if not c.start <= p.heads[k] < c.end), inside[-1])
    for _ in range(len(p.heads)):
        h = p.heads[i]
        if h < 0:
            return False
        if p.labels[i] in _OTHER_CLAUSE and not (m.start <= h < m.end and p.labels[i] != "nsubj"):
            return False
        if p.labels[i] in ("obl", "obl:agent") and p.labels[h] != "acl" and "by" in _np_preps(view, p, i):
            # a verb's "by" phrase names who acts; not "a bill signed by X", "a ban by X"
            # (whose the object is: the rules' claim owner)
            return False
        if m.start <= h < m.end:
            return p.labels[i] not in ("nsubj", "nsubj:pass", "csubj")
        i = h
    return False


def _np_preps(view: SentenceView, p: Parse, i: int) -> set[str]:
    """The prepositions of a noun phrase, also where the parser hung them on a name part."""
    out = _preps(view, p, i)
    for k in p.deps(i, "compound", "flat", "amod", "det", "nummod"):
        out |= _preps(view, p, k)
    return out


def subject_governed(view: SentenceView, p: Parse, m: Match, c: Chunk) -> bool:
    """Whether the parse makes chunk ``c`` the trigger's subject: the path up from the chunk's
    head reaches the trigger as its ``nsubj`` (through names, conjuncts, appositions and
    modifiers of the subject phrase), never through another verb."""
    inside = list(range(c.start, min(c.end, len(p.heads))))
    if not inside:
        return True
    i = next((k for k in inside if not c.start <= p.heads[k] < c.end), inside[-1])
    for _ in range(len(p.heads)):
        h = p.heads[i]
        if h < 0:
            return False
        if m.start <= h < m.end:
            return p.labels[i] == "nsubj"
        if p.labels[i] not in ("flat", "compound", "conj", "appos", "amod", "nmod", "poss", "nsubj", "dep"):
            return False
        if p.labels[i] == "nsubj":
            return False  # the subject of another verb
        i = h
    return False


def subject_of(view: SentenceView, p: Parse, m: Match) -> list[Chunk]:
    """The trigger's subject in the parse; a verb joined by "and" to the one before it (parsed
    as a conjunct or an adverbial clause) shares that verb's subject."""
    v = m.start
    got, _, _ = _subject_of(view, p, v)
    if got or p.deps(v, "nsubj", "nsubj:pass"):
        return got
    h = p.heads[v]
    if h >= 0 and p.labels[v] == "advcl" and any(view.words[k] == "and" for k in p.deps(v, "cc")):
        got, _, _ = _subject_of(view, p, h, 1)
    return got
