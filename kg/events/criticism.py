"""Criticism in reported speech: ``X said Y had failed to ...`` is X accusing Y (English).

Political news states much of its disapproval through a speaker's judgement of
someone else, not through a verb of accusing: *Charles Kennedy said Gordon Brown
has failed to tackle ...*, *she thought Mr Livingstone's comments were
"inappropriate"*, *he said Defra had been "dreadfully slow"*.  PLOVER codes these as
ACCUSE (CAMEO 111, criticise or denounce).  :func:`criticisms` finds them: a verb of
saying or thinking, a judgement word in what is said (``failed to``, ``inappropriate``,
``disgrace``; ``kg/events/data/criticism_en.tsv``), and an actor it is said of (a
named entity or an actor noun such as *ministers*, *the department*) before that word.
A judgement with no actor (*the economy was slow*) is no accusation.

:func:`demands` finds the other common way news reports a demand without a verb of
demanding: *Mr Jones said the minister should resign*, *the Lib Dems say ministers must
apologise* (PLOVER REQUEST, CAMEO 10): a verb of saying, an actor other than the speaker
and *should / must / ought to* after it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from kg.events import cues
from kg.events.roles import trailing_frame_en
from kg.events.sentence import Chunk, SentenceView

#: verbs that introduce what someone says or thinks
SPEECH = frozenset(
    "said says say told added claimed insisted insists argued argues complained complains thought thinks "
    "believes believed warned warns stated charged claims claim suggested suggests believe argue complain "
    "insist think felt feels wrote writes".split()
)
#: common nouns that name an actor a judgement can be about
ACTORS = frozenset(
    "government governments ministers minister department ministry council party parties police officials "
    "authorities administration executive chancellor premier leader leaders committee commission agency "
    "regulator board management company firm cabinet mayor president opposition tories labour conservatives "
    "army military".split()
)
#: verbs that name what someone or something is ("branded the plans irresponsible", "described the
#: scheme as a fiasco"): with a named speaker, the judgement needs no actor in what is judged
LABELLING = frozenset("branded labelled labeled dubbed described".split())
_NEGATION = frozenset("not no never neither nor".split()) | cues.EN_NEG_AUX


@dataclass
class Criticism:
    """One judgement: the cue's tokens ``[start, end)``, who says it and of whom."""

    start: int
    end: int
    speaker: list[str]
    target: list[str]
    negated: bool
    category: str = "ACCUSE"


@functools.lru_cache(maxsize=1)
def judgements() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """(single words, multi-word phrases) of the judgement lexicon."""
    text = resources.files("kg.events").joinpath("data/criticism_en.tsv").read_text(encoding="utf-8")
    single: set[str] = set()
    multi: list[tuple[str, ...]] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        words = tuple(line.lower().split())
        if len(words) == 1:
            single.add(words[0])
        else:
            multi.append(words)
    return frozenset(single), tuple(multi)


@functools.lru_cache(maxsize=1)
def _by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The multi-word judgements indexed by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in judgements()[1]:
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def _cue_at(words: list[str], i: int, single: frozenset[str], multi: tuple[tuple[str, ...], ...]) -> int:
    """Length of the judgement phrase starting at token ``i`` (0 if none)."""
    if i > 0 and words[i - 1] == "-":
        return 0  # "a low-lying meadow": part of a compound word
    best = 1 if words[i] in single else 0
    for phrase in _by_first().get(words[i], ()):
        if tuple(words[i : i + len(phrase)]) == phrase:
            best = max(best, len(phrase))
    return best


def _subject(view: SentenceView, lo: int, cue: int) -> tuple[bool, list[str]]:
    """Is there an actor between ``lo`` and the cue, and which named entity (the nearest)?"""
    w = view.words
    named: list[Chunk] = [
        c
        for c in view.chunks
        if lo <= c.start and c.end <= cue and not c.modifier and not _self_reference(view, c)
    ]
    if named:
        return True, [named[-1].key]
    # "the government's handling": the tokeniser keeps the possessive on its noun
    return any(x in ACTORS or x.removesuffix("'s").removesuffix("’s") in ACTORS for x in w[lo:cue]), []


def _self_reference(view: SentenceView, c: Chunk) -> bool:
    """ "Mr Jackson said he was disillusioned with ...": a pronoun right after the verb of saying
    is the speaker, not whom the judgement is about (kg.events.anaphora)."""
    return bool(c.mention.attrs.get("anaphor")) and c.start > 0 and view.words[c.start - 1] in SPEECH


def _can_speak(c: Chunk) -> bool:
    """People, organizations and states speak ("Egypt said Israel must withdraw"); places do not."""
    return c.label in ("PER", "ORG") or (c.kind == "Country" and not c.nationality and not c.prep)


def _speaker(view: SentenceView, v: int) -> list[str]:
    """The named speaker of the verb of saying at ``v``: the chunk just before it, or before an
    apposition ("Mr Hain, Leader of the Commons, told ...": Mr Hain, not the Commons)."""
    w = view.words
    if v > 0 and w[v - 1] == ",":
        opening = next((k for k in range(v - 2, max(-1, v - 10), -1) if w[k] == ","), None)
        if opening is not None:
            before = [c.key for c in view.chunks if c.end == opening and _can_speak(c)]
            if before:
                return before[-1:]
    return [c.key for c in view.chunks if c.end <= v and v - c.end <= 3 and _can_speak(c)][-1:]


def _told_past(view: SentenceView, v: int) -> int:
    """Where what is said starts after the verb at ``v``: past whom it is told to ("German Gref
    told the Kommersant newspaper that ... was unjustified": the paper is told, not judged)."""
    w = view.words
    if w[v] != "told":
        return v + 1
    for j in range(v + 1, min(len(w), v + 9)):
        if w[j] in cues.EN_STRONG_PUNCT or w[j] == ",":
            break
        if w[j] == "that":
            return j + 1
    # "told Tony Blair he had failed": the first name after "told" is whom it is told to
    first = [c for c in view.chunks if v < c.start <= v + 3 and not c.prep]
    if first and all(x in ("the", "a", "an") for x in w[v + 1 : first[0].start]):
        return first[0].end
    return v + 1


def _labelled(w: list[str], v: int, cue: int) -> bool:
    """Is the judgement at ``cue`` the label a labelling verb at ``v`` gives ("branded the proposals
    irresponsible", "described the scheme as a fiasco"), not a later clause ("described this year as
    his worst since 1991, when he failed to win")?"""
    if cue - v > 10 or any(x in (",", "when", "which", "who", "because", "after", "since") for x in w[v + 1 : cue]):
        return False
    return not w[v].startswith("describ") or "as" in w[v + 1 : cue]


def possible(words: list[str]) -> bool:
    """A quick test: does a sentence have both a verb of saying and a judgement word?"""
    if SPEECH.isdisjoint(words) and LABELLING.isdisjoint(words):
        return False
    single, _ = judgements()
    return not single.isdisjoint(words) or not _by_first().keys().isdisjoint(words)


def criticisms(view: SentenceView, reporters: set[str]) -> list[Criticism]:
    """The judgements of actors that a sentence reports (English only; ``[]`` otherwise).

    Args:
        view: the sentence, with its entity chunks.
        reporters: entity keys that report the sentence (agencies): never targets.
    """
    if view.lang != "en":
        return []
    w = view.words
    verbs = [i for i, x in enumerate(w) if x in SPEECH or x in LABELLING]
    if not verbs:
        return []
    single, multi = judgements()
    if single.isdisjoint(w) and _by_first().keys().isdisjoint(w):
        return []
    strong = cues.EN_STRONG_PUNCT
    out: list[Criticism] = []
    for v in verbs:
        # the speaker: a named chunk just before the verb ("Charles Kennedy has said")
        speaker = _speaker(view, v)
        # what is said: after the verb up to strong punctuation, or, when the frame comes last
        # ("..., X has said."), the words before the speaker
        hi = next((j for j in range(v + 1, len(w)) if w[j] in strong), len(w))
        spans = [(_told_past(view, v), hi)]
        head = v - 1
        while head >= 0 and w[head] not in (",", '"', "“", "”") and w[head] not in strong and v - head <= 6:
            head -= 1
        if head >= 0 and w[head] in (",", '"', "”"):
            lo = max((j + 1 for j in range(head) if w[j] in strong), default=0)
            spans.append((lo, head))
        for lo, end in spans:
            i = lo
            while i < end:
                n = _cue_at(w, i, single, multi)
                if not n:
                    i += 1
                    continue
                if any(c.start == i for c in out):
                    break  # "said she thought X was wrong": one judgement, said once
                actor, target = _subject(view, lo, i)
                target = [k for k in target if k not in reporters and k not in speaker]
                if w[v] in LABELLING:
                    # a label the verb gives: the actor may be a thing ("branded the proposals
                    # irresponsible"), but the judgement must be the label, not a later clause
                    actor = bool(actor or speaker) and lo > v and _labelled(w, v, i)
                if actor:
                    negated = any(x in _NEGATION for x in w[max(lo, i - 4) : i])
                    out.append(Criticism(i, i + n, speaker, target, negated))
                    break
                i += n
            if out and out[-1].start >= lo and out[-1].end <= end:
                break
    return out


#: modals of obligation that make what is said of an actor a demand
_OBLIGE = frozenset(["should", "must", "ought"])
#: "ministers should expect ...": a prediction, not a demand
_COGNITION = frozenset("expect know realise realize understand remember note recognise recognize".split())
_FIRST_PERSON = frozenset("i we i'm we're us".split())


def possible_demand(words: list[str]) -> bool:
    """A quick test: a verb of saying and a modal of obligation in one sentence."""
    return not _OBLIGE.isdisjoint(words) and not SPEECH.isdisjoint(words)


def demands(view: SentenceView, reporters: set[str]) -> list[Criticism]:
    """``X said Y should V``: X demands of Y (English only; ``[]`` otherwise).

    The actor must stand right before the modal (a named entity, or an actor noun with at
    most a determiner or possessive between), so *he should*, *we must* (the speaker's own
    duty) and *the law should be changed* (no one asked) are no demands.
    """
    if view.lang != "en":
        return []
    w = view.words
    strong = cues.EN_STRONG_PUNCT
    out: list[Criticism] = []
    windows: list[tuple[int, range]] = []
    for v, word in enumerate(w):
        if word in SPEECH:
            hi = next((j for j in range(v + 1, len(w)) if w[j] in strong), len(w))
            windows.append((v, range(v + 2, min(hi, v + 10))))
    frame = trailing_frame_en(w)
    if frame is not None:
        # "Tony Blair should set out an exit strategy, Charles Kennedy has said.": the demand
        # comes before its closing frame
        said = next((j for j in range(frame + 1, len(w)) if w[j] in SPEECH), None)
        lo = max([j + 1 for j in range(frame) if w[j] in strong], default=0)
        if said is not None:
            windows.append((said, range(lo + 1, frame)))
    for v, window in windows:
        speaker = _speaker(view, v)
        for i in window:
            if w[i] not in _OBLIGE:
                continue
            if w[i] == "ought" and w[i + 1 : i + 2] != ["to"]:
                continue
            named = [c for c in view.chunks if c.end == i and (c.start > v or v > i) and not c.modifier]
            target = [named[-1].key] if named else []
            actor = bool(named) or w[i - 1] in ACTORS
            if not actor or w[i - 1] in _FIRST_PERSON:
                break
            after = w[i + 2 : i + 3] if w[i] == "ought" else w[i + 1 : i + 2]
            if after == ["be"] or (after == ["have"] and w[i] != "should") or set(after) & _COGNITION:
                break  # "X should be sacked" (asked of no one named), "X must have known"
            # "the council should have acted sooner": a reproach (CAMEO 111), not a demand
            category = "ACCUSE" if after == ["have"] else "REQUEST"
            target = [k for k in target if k not in reporters and k not in speaker]
            a, b = (named[-1].start, i + 1) if named else (i - 1, i + 1)
            out.append(Criticism(a, b, speaker, target, False, category))
            break
    return out
