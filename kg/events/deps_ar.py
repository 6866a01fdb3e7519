"""Arabic agent and target checked against a dependency parse (:mod:`kg.events.parser`).

The Arabic rule grammar of :mod:`kg.events.roles` takes the first bare name after a
verb-first verb as its subject (VSO) and the next one as its object.  When words stand
between the verb and that name, the name may be no argument of the verb at all: the
genitive of a common-noun subject or object, or a name inside another clause.  The parse
(kg's own, trained on UD Arabic-PUD) says which word the name's phrase hangs on.

:func:`relation` follows a name's head word up the tree to the trigger and reports how it
is attached: the relation of the trigger's dependent whose phrase holds the name, and
whether a clause or another verb lies between them.  :mod:`kg.events.roles` uses it
conservatively (:data:`kg.events.roles.AR_PARSE_MODE`).
"""

from __future__ import annotations

from kg.events.deps_en import Parse
from kg.events.sentence import Chunk, SentenceView

#: relations inside a noun phrase: a name reached through these is part of the phrase
_NOMINAL = frozenset("nmod flat appos amod conj compound nummod det cc case punct dep".split())
#: relations that open another clause
_CLAUSAL = frozenset("acl acl:relcl ccomp advcl xcomp parataxis root".split())


def parse_view_ar(view: SentenceView, verbs: list[int]) -> Parse | None:
    """The parse of an Arabic sentence (cached in the view), or None without a model.

    kg's own knowledge corrects the tagger's tags before parsing: the words of a person or
    place name are proper nouns (a nationality adjective an adjective), and the trigger
    verbs at ``verbs`` are verbs (the news tagger, trained on 900 sentences, often takes a
    verb for a noun).
    """
    if "parse_ar" in view.cache:
        return view.cache["parse_ar"]  # type: ignore[return-value]
    from kg.events.parser import get_parser
    from kg.events.pos import get_tagger

    parser = get_parser("ar")
    tagger = get_tagger("ar")
    got: Parse | None = None
    words = [t.text for t in view.tokens]
    if parser is not None and tagger is not None and words:
        tags = list(view.tags) if view.tags is not None and all(view.tags) else tagger.tag(words)
        for c in view.chunks:
            if c.nationality:
                tags[c.start : c.end] = ["ADJ"] * (c.end - c.start)
            elif c.label == "PER" or c.is_place:
                tags[c.start : c.end] = ["PROPN"] * (c.end - c.start)
        for v in verbs:
            tags[v] = "VERB"
        # the treebank has no hashtags: "#" and the "_" inside one are left out of the parse
        # ("منعت شرطة #الاحتلال الإسرائيلي" is parsed as "منعت شرطة الاحتلال الإسرائيلي")
        keep = [i for i, w in enumerate(words) if w not in ("#", "_")]
        sub_heads, sub_labels = parser.parse([words[i] for i in keep], [tags[i] for i in keep])
        heads = [-1] * len(words)
        labels = ["punct"] * len(words)
        for j, i in enumerate(keep):
            heads[i] = keep[sub_heads[j]] if sub_heads[j] >= 0 else -1
            labels[i] = sub_labels[j]
        for i, w in enumerate(words):
            if w in ("#", "_"):
                nxt = next((k for k in keep if k > i), None)
                heads[i] = nxt if nxt is not None else (keep[-1] if keep else -1)
        got = Parse.of(heads, labels)
        view.cache["parse_ar_tags"] = tags
    view.cache["parse_ar"] = got
    return got


def chunk_head(p: Parse, c: Chunk) -> int:
    """The word of a chunk whose head lies outside it (its first word if none does)."""
    for k in range(c.start, c.end):
        if not c.start <= p.heads[k] < c.end:
            return k
    return c.start


def relation(view: SentenceView, p: Parse, trigger: int, c: Chunk) -> tuple[str, bool]:
    """How a name hangs on a trigger in the parse: (relation, inside the phrase).

    The relation is that of the trigger's dependent on the path from the name up to the
    trigger (``nsubj``, ``obj``, ``nsubj:pass``, ``obl`` ...); "inside the phrase" is False
    when the name is that dependent itself (or a name part, apposition or conjunct of it)
    and True when it is a genitive or other modifier inside it.  "clause" when the path
    passes another clause or verb first; "none" when it never reaches the trigger.
    """
    k = chunk_head(p, c)
    inside = False
    seen = set()
    tags = view.cache.get("parse_ar_tags") or []
    while k >= 0 and k not in seen:
        seen.add(k)
        h = p.heads[k]
        lab = p.labels[k]
        if h == trigger:
            return lab, inside
        if h < 0 or lab in _CLAUSAL or lab not in _NOMINAL and lab not in ("nsubj", "obj", "obl", "nsubj:pass", "iobj"):
            return ("clause" if h >= 0 else "none"), inside
        if lab in ("nsubj", "obj", "nsubj:pass", "iobj"):
            return "clause", inside  # the argument of another word (a verb, a participle)
        if h < len(tags) and tags[h] == "VERB":  # type: ignore[arg-type]
            return "clause", inside
        if lab in ("nmod", "amod", "obl"):
            inside = True
        k = h
    return "none", inside
