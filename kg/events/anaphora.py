"""English pronouns and title descriptors as event arguments: "he", "the prime minister".

kg's roles hold entities, and news names its actors once, then refers back to them:
*Mr Howard said he would ...*, *Chancellor Gordon Brown ... The chancellor accused ...*.
This module adds, to a sentence's entity chunks, a chunk for each such reference whose
person the text makes clear, keyed by that person's entity, so that the role rules
treat it as they treat the name:

* ``he`` / ``she`` / ``him``: the nearest person named before it in the sentence,
  preferring the one that is a bare subject (not after a preposition); else the
  person that is the subject of the previous sentence (its first bare person chunk).
  An honorific that says the other gender (``Mrs`` for ``he``, ``Mr`` for ``she``)
  rules a person out.  With no such person, nothing is added.
* ``the <title>`` (``the prime minister``, ``the chancellor``, ``the home
  secretary``): the one person of the document, named earlier, whose name followed
  that title (``Prime Minister Tony Blair``, ``Home Secretary Charles Clarke``), or
  who holds a ``position`` relation naming it.  Two such persons: nothing is added.

* ``it`` / ``they`` that opens what an organization or a state says ("Microsoft said it
  would sue", "Iran announced on Monday that it had ...", "the Lib Dems say they would"):
  the speaker (:func:`_speaker_pronouns`; thirteenth session).

Other ``they``, ``police``, ``the group`` and other common nouns are left alone: the
antecedent of a plural or of a collective is too often not a named entity.

Arabic has one reference of this kind (:func:`own_country_ar`, sixteenth session): ``بلاده``
(his country) opening what a speaker says is the country his title names.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.events import cues
from kg.events.criticism import SPEECH
from kg.events.sentence import Chunk, SentenceView
from kg.model import Document, Mention

_MALE = frozenset(["he", "him"])
_FEMALE = frozenset(["she"])
_MALE_HONORIFICS = frozenset(["mr", "sir", "lord", "prince", "king", "sheikh"])
_FEMALE_HONORIFICS = frozenset(["mrs", "ms", "miss", "lady", "baroness", "princess", "queen", "dame"])
#: words a title descriptor is made of after "the" ("the prime minister", "the foreign secretary")
_TITLE_WORDS = cues.EN_TITLE_STARTS | frozenset(
    "home foreign health education culture trade justice environment transport work pensions shadow "
    "attorney lord chief justice treasury first".split()
)
#: the last word of a descriptor: who holds the office
_TITLE_HEADS = frozenset(
    "president leader king queen premier chancellor emir sultan minister secretary ambassador envoy "
    "governor mayor commander general senator".split()
)
_STOP = cues.EN_STRONG_PUNCT | frozenset(['"', "“", "”"])
_PARTY_WORDS = frozenset("tory conservative labour liberal democrat lib dem opposition party".split())
_TITLE_OR_PARTY = _TITLE_WORDS | _PARTY_WORDS
#: the words :func:`resolve` acts on: quotes (inside them no pronoun is resolved), pronouns, "the"
_RESOLVE_WORDS = _MALE | _FEMALE | frozenset(['"', "“", "”", "the"])
#: verbs of saying or thinking: their subject is the person a later "he" most likely means
_SPEECH = (
    cues.EN_REPORT_VERBS
    | SPEECH
    | frozenset("declared admitted conceded replied stressed acknowledged explained noted maintained".split())
)


@dataclass
class History:
    """What the sentences before the current one say about the document's persons."""

    previous_subject: tuple[str, str] | None = None  # (key, gender) of the previous sentence's subject
    titled: dict[str, set[str]] = field(default_factory=dict)  # title words -> person keys named after them


def _gender(view: SentenceView, c: Chunk) -> str:
    before = view.words[c.start - 1] if c.start > 0 else ""
    first = c.mention.text.split()[0].lower().rstrip(".") if c.mention.text else ""
    for word in (before.rstrip("."), first):
        if word in _MALE_HONORIFICS:
            return "m"
        if word in _FEMALE_HONORIFICS:
            return "f"
    return ""


def _compatible(gender: str, pronoun: str) -> bool:
    return not (gender == "f" and pronoun in _MALE or gender == "m" and pronoun in _FEMALE)


_CLAUSE_START = frozenset(
    ', and but that while when because as after before since if though although " “ : ; yet so'.split()
)


def _clause_initial(w: list[str], start: int) -> bool:
    """Does a chunk open its sentence or clause ("..., and Meyer had to wait")?"""
    if start == 0 or w[start - 1] in _CLAUSE_START:
        return True
    return start >= 2 and w[start - 1] in ("the", "then") and w[start - 2] in _CLAUSE_START


def _unnamed_speaker(w: list[str], added: list[Chunk]) -> bool:
    """Does an office no entity holds speak in this sentence ("the Tory leader said")?"""
    if "the" not in w or _SPEECH.isdisjoint(w):
        return False  # no "the" or no verb of saying (most sentences): nothing below applies
    resolved = {c.start for c in added}
    last = len(w) - 1
    for k in [k for k, x in enumerate(w) if x == "the" and k < last]:
        if k not in resolved and w[k + 1] in _TITLE_OR_PARTY:
            j = k + 1
            while j < len(w) and j - k <= 3 and (w[j] in _TITLE_WORDS or w[j] in _PARTY_WORDS):
                j += 1
            if w[j - 1] in _TITLE_HEADS and not _SPEECH.isdisjoint(w[j : j + 2]):
                return True
    return False


def _same_clause(w: list[str], lo: int, hi: int) -> bool:
    """No clause opener, comma or verb of saying between ``lo`` and ``hi``."""
    return not any(x in cues.EN_CLAUSE_OPENERS or x == "," or x in cues.EN_REPORT_VERBS for x in w[lo:hi])


def _other_subject(w: list[str], lo: int, hi: int) -> bool:
    """Is an office named between ``lo`` and ``hi`` ("the prime minister told") a nearer
    candidate that is no entity?"""
    for k in range(lo, hi - 1):
        if w[k] == "the" and w[k + 1] in _TITLE_WORDS:
            j = k + 1
            while j < hi and w[j] in _TITLE_WORDS:
                j += 1
            if w[j - 1] in _TITLE_HEADS:
                return True
    return False


def _named(view: SentenceView, c: Chunk) -> bool:
    """A person chunk that can be an antecedent: a name (not "her", "the ...", a bare "Lord")."""
    text = c.mention.text.strip()
    words = text.lower().split()
    if not text[:1].isupper() or not words or words[0] in _NOT_NAMES:
        return False
    if len(words) == 1 and (words[0] in _MALE_HONORIFICS or words[0] in _FEMALE_HONORIFICS):
        return False
    return True


def _possessive(view: SentenceView, c: Chunk) -> bool:
    """ "Brown's Britain", "Mr Blunkett's conduct": a possessor, not the sentence's subject."""
    nxt = view.words[c.end] if c.end < len(view.words) else ""
    return (
        nxt in ("'s", "’s", "'")
        or view.words[c.end - 1].endswith(("'s", "’s"))
        or c.mention.text.endswith(("'s", "’s"))
    )


_NOT_NAMES = frozenset(
    "the a an he she his her him they it we i you this that mr. mrs. as in on at for with by but and if when "
    "while after before so then".split()
)


def _title_before(view: SentenceView, c: Chunk) -> str:
    """The title words right before a person chunk ("prime minister" of "Prime Minister Tony Blair")."""
    w = view.words
    j = c.start
    while j > 0 and c.start - j < 4 and w[j - 1] in _TITLE_WORDS:
        j -= 1
    return " ".join(w[j : c.start]) if j < c.start and w[c.start - 1] in _TITLE_HEADS else ""


def _title_after(view: SentenceView, c: Chunk) -> str:
    """The title of an apposition right after a person chunk ("prime minister" of "Tony Blair, the
    prime minister, said"): "the", title words ending in a head, then a comma or the sentence's end."""
    w = view.words
    if c.end + 2 >= len(w) or w[c.end] != "," or w[c.end + 1] != "the":
        return ""
    j = c.end + 2
    while j < len(w) and j - c.end <= 5 and w[j] in _TITLE_WORDS:
        j += 1
    if j == c.end + 2 or w[j - 1] not in _TITLE_HEADS or (j < len(w) and w[j] not in (",", ".", ";")):
        return ""
    return " ".join(w[c.end + 2 : j])


def _anaphor(view: SentenceView, i: int, key: str, end: int) -> Chunk:
    toks = view.tokens
    text = " ".join(t.text for t in toks[i:end])
    m = Mention(toks[i].start, toks[end - 1].end, text, label="PER", entity=key, attrs={"anaphor": True})
    ch = Chunk(i, end, key, "PER", None, m)
    prev = view.words[i - 1] if i > 0 else ""
    if prev in cues.EN_PREPOSITIONS:
        ch.prep = prev
    ch.conj = prev in ("and", ",", "&")
    return ch


def resolve(doc: Document, view: SentenceView, history: History) -> None:
    """Add anaphor chunks to an English sentence's view, then note what later sentences need.

    Args:
        doc: the document (its ``position`` relations name offices too).
        view: the sentence, with its entity chunks.
        history: the state carried from the previous sentences (updated).
    """
    w = view.words
    people = [c for c in view.chunks if c.label == "PER" and _named(view, c)]
    taken = view.named_positions()
    added: list[Chunk] = []
    quoted = False
    # only quotes, pronouns and "the" do anything below: the other words are passed over at once
    for i, word in [(i, word) for i, word in enumerate(w) if word in _RESOLVE_WORDS]:
        if word in ('"', "“", "”"):
            quoted = not quoted
        if i in taken or quoted:
            continue
        if word in _MALE or word in _FEMALE:
            if word == "him" and i > 0 and w[i - 1] in ("to", "for") and i + 1 < len(w) and w[i + 1] in ("to",):
                continue
            before = [
                c
                for c in people
                if c.end <= i
                and _compatible(_gender(view, c), word)
                and not any(x in _STOP for x in w[c.end : i])
            ]
            # the subject of the sentence before the pronoun ("Mr Blair told Mr Brown he ...",
            # "Mr Campbell messaged Newsnight after claims TBWA was blaming him")
            if word == "him":
                # "Tony Blair criticised him": not the subject of its own clause
                before = [c for c in before if not _same_clause(w, c.end, i)]
            bare = [c for c in before if not c.prep]
            # ... unless someone nearer speaks: "Mr Blair insisted ... while Mr Brown says he"
            speakers = [c for c in bare if not _SPEECH.isdisjoint(w[c.end : c.end + 3])]
            ante = speakers[-1] if speakers else bare[0] if bare else (before[-1] if before else None)
            if word == "him" and before:
                # "Lord Butler said Mr Blair relied on advisers to help him": the nearest one
                ante = bare[-1] if bare else before[-1]
            if ante is not None and _other_subject(w, ante.end, i):
                ante = None  # "X hosted a dinner where the prime minister told Y he would": not X
            key = ante.key if ante is not None else None
            if key is None and (word == "him" or not any(c.end <= i for c in people)):
                prev = history.previous_subject
                if prev is not None and _compatible(prev[1], word):
                    key = prev[0]
            if key is not None:
                added.append(_anaphor(view, i, key, i + 1))
        elif word == "the" and i + 1 < len(w) and w[i + 1] in _TITLE_WORDS:
            j = i + 1
            while j < len(w) and j - i <= 3 and w[j] in _TITLE_WORDS:
                j += 1
            if w[j - 1] not in _TITLE_HEADS or (j < len(w) and (w[j] == "of" or w[j][:1].isdigit())):
                continue  # "the minister of X", "the president's": another office, or not a person
            if any(k in taken for k in range(i, j)):
                continue
            title = " ".join(w[i + 1 : j])
            keys = history.titled.get(title, set()) | _positions(doc, title)
            if len(keys) == 1:
                added.append(_anaphor(view, i, next(iter(keys)), j))
    added += _speaker_pronouns(view, taken | {k for c in added for k in range(c.start, c.end)})
    # this sentence's named persons and titles serve the next ones
    for c in people:
        t = _title_before(view, c) or _title_after(view, c)
        if t:
            history.titled.setdefault(t, set()).add(c.key)
    # the subject a later "he" means: a bare person near the start of the sentence or one who
    # speaks, not a possessor ("Brown's Britain by Robert Preston") or an object
    subjects = sorted(
        (
            c
            for c in people + added
            if c.label == "PER"
            and not c.prep
            and not _possessive(view, c)
            and (_clause_initial(w, c.start) or not _SPEECH.isdisjoint(w[c.end : c.end + 3]))
        ),
        key=lambda c: c.start,
    )
    opening = [k for k in range(min(3, len(w))) if (w[k] in _MALE or w[k] in _FEMALE)]
    if _unnamed_speaker(w, added) or (opening and not any(c.start == opening[0] for c in added)):
        subjects = []  # "..., the Tory leader said", "He went on ..." (no one kg knows)
    if subjects:
        first = subjects[0]
        if first in people:
            gender = _gender(view, first)
        else:
            gender = "f" if w[first.start] in _FEMALE else "m" if w[first.start] in _MALE else ""
        history.previous_subject = (first.key, gender)
    else:
        history.previous_subject = None
    if added:
        view.chunks = sorted(view.chunks + added, key=lambda c: c.start)


#: what may stand between a verb of saying and the subject of what is said
_SAID_FILLER = frozenset(
    "that on in a an its their statement today yesterday monday tuesday wednesday thursday friday saturday "
    "sunday last earlier also this week month".split()
)
#: heads that make a possessor the state or body that speaks ("Iraq's interim government said")
_BODY_HEADS = frozenset("government administration cabinet ministry army military authorities".split())
_EN_BE_AFTER = frozenset("is was are were be 's".split())


def _speaker_pronouns(view: SentenceView, taken: frozenset[int] | set[int]) -> list[Chunk]:
    """ "Microsoft said it would sue", "Iran announced on Monday that it had resumed enrichment",
    "Hamas said they would attack": ``it`` / ``they`` as the subject of what an organization or a
    state says is that organization or state.

    Only a pronoun that opens what is said (after the verb of saying, ``that`` and a time or a
    statement at most), whose speaker is a bare organization or country chunk ending at most two
    words before the verb (or the possessor of a government, an army ...).  Not a person ("he"
    says that), not an ``it`` before an adjective ("said it was important to ...": no one).
    """
    w = view.words
    out: list[Chunk] = []
    if _SPEECH.isdisjoint(w):
        return out  # no verb of saying: nothing below applies
    for v in [v for v, word in enumerate(w) if word in _SPEECH]:
        if v == 0:
            continue
        j = v + 1
        while j < len(w) and j - v <= 5 and w[j] in _SAID_FILLER:
            j += 1
        if j >= len(w) or w[j] not in ("it", "they") or j in taken:
            continue
        if w[j] == "it" and j + 2 < len(w) and w[j + 1] in _EN_BE_AFTER and not w[j + 2].endswith(("ing", "ed", "en")):
            continue  # "said it was important to ...", "said it is likely that": no one
        speaker = _org_speaker(view, v)
        if speaker is None or speaker.label == "PER":
            continue
        if w[j] == "they" and not speaker.mention.text.endswith("s"):
            continue  # "The Pentagon says they were freed": others; "the Lib Dems say they would"
        ch = Chunk(j, j + 1, speaker.key, speaker.label, speaker.kind, Mention(
            view.tokens[j].start, view.tokens[j].end, view.tokens[j].text, label=speaker.label,
            entity=speaker.key, attrs={"anaphor": True},
        ))
        out.append(ch)
    return out


def _org_speaker(view: SentenceView, v: int) -> Chunk | None:
    """The organization or state that is the subject of the verb of saying at ``v``."""
    w = view.words
    for c in view.chunks:
        if c.end > v or v - c.end > 3 or c.prep or c.modifier or c.mention.attrs.get("anaphor"):
            continue
        if c.label != "ORG" and not (c.kind == "Country" and not c.nationality):
            continue
        between = w[c.end : v]
        if between and between[0] in ("'s", "’s"):
            between = between[1:]
        possessor = w[c.end - 1].endswith(("'s", "’s")) or w[c.end : c.end + 1] in (["'s"], ["’s"])
        if possessor:
            # "Iraq's interim government said it": the state of the body that speaks
            if not between or between[-1] not in _BODY_HEADS:
                continue
        elif any(x not in ("has", "have", "had", "also", "later", "then") for x in between):
            continue
        if c.start > 0 and w[c.start - 1] not in (",", '"', "“", "”", "and", "but", "the", "that", "while", "as"):
            if not (c.start == 1 or w[c.start - 1][:1].isupper() or w[c.start - 1] in cues.EN_STRONG_PUNCT):
                continue  # "... told Microsoft it": an object, not the speaker
        return c
    return None


def _positions(doc: Document, title: str) -> set[str]:
    """Persons the document gives a ``position`` relation naming this title."""
    out = set()
    for r in doc.relations:
        if r.predicate == "position" and r.object_is_literal and r.object.lower() == title:
            out.add(r.subject)
    return out


#: "his / her / our country" as the subject of what a speaker says ("إن بلاده قدمت الدعم")
_AR_OWN_COUNTRY = frozenset("بلاده بلادها بلادنا".split())
_AR_THAT = frozenset(["ان", "بان"])


def own_country_ar(view: SentenceView) -> None:
    """Add a chunk for Arabic "بلاده" (his country) that opens what a speaker says, keyed by the one
    country his title names: ``قال فكرت أوزار، سفير تركيا في قطر، إن بلاده قدمت الدعم`` (Turkey),
    ``قال وزير الخارجية الإيراني ... إن بلاده لن تتفاوض`` (Iran).  Only a country named without a
    preposition between the verb of saying and "إن" counts (not "في قطر": where he spoke); two
    such countries, or none: nothing is added (sixteenth session)."""
    w = view.words
    for j, x in enumerate(w):
        if x.removeprefix("و") not in _AR_OWN_COUNTRY or j < 2:
            continue
        if any(c.start <= j < c.end for c in view.chunks):
            continue
        if w[j - 1] in _AR_THAT:
            say = next(
                (k for k in range(j - 2, max(-1, j - 25), -1) if w[k].removeprefix("و") in cues.AR_REPORT_VERBS),
                None,
            )
        else:
            say = _subject_title_start(view, j)
        if say is None or any(y in cues.AR_STRONG_PUNCT for y in w[say:j]):
            continue
        states = {c.key for c in view.chunks if say < c.start and c.end < j and c.kind == "Country" and not c.prep}
        if len(states) != 1:
            continue
        key = states.pop()
        tok = view.tokens[j]
        m = Mention(tok.start, tok.end, tok.text, label="LOC", entity=key, kind="Country", attrs={"anaphor": True})
        view.chunks.append(Chunk(j, j + 1, key, "LOC", "Country", m, conj=x.startswith("و")))
        view.chunks.sort(key=lambda c: c.start)


def _subject_title_start(view: SentenceView, j: int) -> int | None:
    """The verb before a person named with his title right before ``j`` ("ودعا البرلماني الألماني
    البارز كريستوف هوفمان بلاده": the verb ودعا), at most six words of title between; else None."""
    per = next((c for c in view.chunks if c.end == j and c.label == "PER"), None)
    if per is None:
        return None
    k = per.start - 1
    while k >= 0 and per.start - k <= 6 and view.words[k].startswith("ال"):
        k -= 1
    if k < 0 or per.start - k > 6 or any(c.start <= k < c.end for c in view.chunks):
        return None
    return k
