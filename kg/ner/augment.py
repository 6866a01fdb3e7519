"""Name-substitution augmentation for training the neural tagger (training only).

Copies of training sentences in which person, place and organization names are
replaced by other names of the same class, so the network sees many names it cannot
have memorised and must recognise them from their characters, vectors and context.
Replacements come from the training data's own entities (same class, same number of
words) and from an external name list, ANETAC's Arabic person, location and
organization names (for person names word by word; for places and organizations
only in one-word slots).  A conjunction or preposition glued to the first
word (``و``, ``ب``, ``ل``, ...) stays on the replacement.

Nothing here runs at tagging time, and no list is shipped: the vocabularies of the
model are built from the original training sentences only.
"""
from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.ner.conll import Sentence
from kg.ner.scoring import chunks

#: Entity types whose names are swapped (MISC spans are kept).
TYPES = ("PER", "LOC", "ORG")
#: Clitics kept when the rest of the word is itself a known entity word (longest first).
CLITICS = ("وب", "ول", "و", "ب", "ل", "ف", "ك")
#: ANETAC classes -> kg's types.
ANETAC_TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}


def anetac_lists(path: Path) -> dict[str, list[str]]:
    """ANETAC's Arabic names per kg type (``PER``, ``LOC``, ``ORG``)."""
    from kg.ner.data import read_anetac

    raw = read_anetac(path)
    return {ANETAC_TYPES[k]: [ar for _, ar in v] for k, v in raw.items() if k in ANETAC_TYPES}


@dataclass
class Pool:
    """Replacement names: per type, training entities by word count (``spans``) and
    one-word names from a list (``single``); ``words``: every word of a training name."""

    spans: dict[str, dict[int, list[tuple[str, ...]]]]
    single: dict[str, list[str]]
    words: set[str]


def pools(train: Sequence[Sentence], lists: dict[str, list[str]] | None = None) -> Pool:
    """The replacement names: per type, the training entities grouped by word count, and the
    one-word names of ``lists`` (type -> Arabic names)."""
    spans: dict[str, dict[int, list[tuple[str, ...]]]] = {t: {} for t in TYPES}
    seen: set[tuple[str, tuple[str, ...]]] = set()
    words: set[str] = set()
    for toks, tags in train:
        for kind, i, j in chunks(tags):
            if kind in TYPES:
                span = tuple(toks[i:j])
                words.update(span)
                if (kind, span) not in seen:
                    seen.add((kind, span))
                    spans[kind].setdefault(j - i, []).append(span)
    single = {t: sorted({w for w in (lists or {}).get(t, []) if " " not in w}) for t in TYPES}
    return Pool(spans, single, words)


def _clitic(word: str, known: set[str]) -> tuple[str, str]:
    for c in CLITICS:
        if word.startswith(c) and word[len(c):] in known and len(word) - len(c) >= 2:
            return c, word[len(c):]
    return "", word


def substitute(
    train: Sequence[Sentence], pool: Pool, rng: random.Random,
    p_list: float = 0.5, p_swap: float = 1.0, types: Sequence[str] = TYPES,
) -> list[Sentence]:
    """One augmented copy of each training sentence that holds a name of ``types`` (PER,
    LOC or ORG by default).

    Args:
        pool: from :func:`pools`.
        p_list: probability that a name is replaced by words drawn from the external
            list (each word separately) rather than by another training entity.
        p_swap: probability that a given name is replaced at all.
        types: the entity types whose names are replaced (names of other types stay).

    Returns:
        The new sentences (labels are the original ones, re-spanned to the new lengths).
    """
    spans, single, known = pool.spans, pool.single, pool.words
    out: list[Sentence] = []
    for toks, tags in train:
        ents = [(k, i, j) for k, i, j in chunks(tags) if k in TYPES and k in types]
        if not ents:
            continue
        new_t: list[str] = []
        new_y: list[str] = []
        pos = 0
        changed = False
        for kind, i, j in ents:
            new_t.extend(toks[pos:i])
            new_y.extend(tags[pos:i])
            pos = j
            span = list(toks[i:j])
            if rng.random() < p_swap:
                clitic, _ = _clitic(span[0], known)
                n = j - i
                lst = single[kind]
                # Person names are strings of name words; multi-word places and
                # organizations ("كوريا الشمالية") are not, so only one-word ones come from the list.
                if lst and (n == 1 or kind == "PER") and rng.random() < p_list:
                    repl = [rng.choice(lst) for _ in range(n)]
                else:
                    cands = spans[kind].get(n) or [s for v in spans[kind].values() for s in v]
                    repl = list(rng.choice(cands))
                    c2, f2 = _clitic(repl[0], known)
                    repl[0] = f2 if c2 else repl[0]
                repl[0] = clitic + repl[0]
                changed = changed or repl != span
                span = repl
            new_t.extend(span)
            new_y.extend([f"B-{kind}"] + [f"I-{kind}"] * (len(span) - 1))
        new_t.extend(toks[pos:])
        new_y.extend(tags[pos:])
        if changed:
            out.append((new_t, new_y))
    return out
