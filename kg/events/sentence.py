"""One sentence as the event rules see it: tokens, normalised words, entity chunks.

A :class:`Chunk` is a named entity as an argument: one mention (or an
apposition of a nationality adjective and a name) with the preposition that
governs it (``في بيونغ يانغ`` -> ``في``; ``لروسيا`` -> ``ل``), whether a
conjunction joins it to the chunk before (``روسيا وكوريا الشمالية``) and whether
it is a nationality adjective (``الروسي``, ``Russian``) standing next to a name it
modifies.
"""

from __future__ import annotations

import bisect
import operator
from dataclasses import dataclass, field

from kg.events import cues
from kg.model import Document, Mention
from kg.text.arabic import normalize
from kg.text.tokenize import Token, tokenize

_start = operator.attrgetter("start")


@dataclass
class Chunk:
    """A named entity mention seen as an argument."""

    start: int  # first token index
    end: int  # one past the last token index
    key: str  # entity key
    label: str  # PER / ORG / LOC / MISC
    kind: str | None  # Country / City / None
    mention: Mention
    prep: str = ""  # governing preposition, normalised ("" if none)
    conj: bool = False  # joined to the previous chunk by "و" / "and" / ","
    nationality: bool = False
    modifier: bool = False  # a nationality adjective modifying an adjacent name

    @property
    def is_place(self) -> bool:
        return self.label == "LOC"


@dataclass
class SentenceView:
    """Tokens of one sentence with offsets into the document text."""

    index: int
    start: int
    end: int
    lang: str
    tokens: list[Token]
    words: list[str]  # normalised (ar) / lower-cased (en)
    chunks: list[Chunk] = field(default_factory=list)
    tags: list[str] | None = None  # POS tags (kg.events.pos), None without a model
    cache: dict[str, object] = field(default_factory=dict)  # per-sentence results of the rules

    def token_at(self, offset: int) -> int | None:
        """Index of the token that contains document offset ``offset``.

        The tokens are the tokeniser's, in order and apart: the only one that can contain the
        offset is the last that starts at or before it (found by bisection).
        """
        toks = self.tokens
        i = bisect.bisect_right(toks, offset, key=_start) - 1
        if i >= 0 and toks[i].start <= offset < toks[i].end:
            return i
        return None

    def chunks_in(self, lo: int, hi: int) -> list[Chunk]:
        """Chunks lying within tokens ``[lo, hi)``."""
        return [c for c in self.chunks if c.start >= lo and c.end <= hi]

    def named_positions(self) -> frozenset[int]:
        """The token positions inside a chunk (a name), computed once for the chunks as they are:
        anaphora and groups add chunks later, so the cache holds the list it was made from."""
        got = self.cache.get("named_positions")
        if got is not None and got[0] is self.chunks and got[1] == len(self.chunks):  # type: ignore[index]
            return got[2]  # type: ignore[index,no-any-return]
        positions = frozenset(k for c in self.chunks for k in range(c.start, c.end))
        self.cache["named_positions"] = (self.chunks, len(self.chunks), positions)
        return positions


def tag_view(view: SentenceView, positions: list[int] | None = None, *, radius: int = 3) -> None:
    """Add POS tags to a view when the language's model is installed.

    Args:
        view: the sentence.
        positions: tag only windows of ``radius`` words around these token indices
            (the rest get ``""``, unknown): the rules ask about trigger words only,
            and tagging is the costliest part of the events step.  None: tag all.
        radius: half-width of each window.
    """
    from kg.events.pos import get_tagger

    tagger = get_tagger(view.lang)
    if tagger is None or view.tags is not None:
        return
    words = [t.text for t in view.tokens]
    if positions is None:
        view.tags = tagger.tag(words)
        return
    tags = [""] * len(words)
    spans: list[list[int]] = []
    for p in sorted(positions):
        lo, hi = max(0, p - radius), min(len(words), p + radius + 1)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    for lo, hi in spans:
        tags[lo:hi] = tagger.tag(words[lo:hi])
    view.tags = tags


def _is_nationality(m: Mention, lang: str) -> bool:
    if m.attrs.get("nationality"):
        return True
    if m.label != "LOC":
        return False
    text = m.text.strip()
    if lang == "ar":
        n = normalize(text).split()
        if not n:
            return False
        return n[0].startswith("ال") and n[-1].endswith(("ي", "يه", "يين", "يون", "يتين"))
    if "iso" in m.attrs or "geonames" in m.attrs:
        # the gazetteer linked it and would have said "nationality": a country or city name
        # (Pakistan, Iran, Sudan, Haiti, Tehran), not an adjective, whatever its ending
        return False
    return text[:1].isupper() and text.split()[-1].endswith(("an", "ese", "ish", "ian", "i", "ch"))


def _mention_key(m: Mention) -> tuple[int, int]:
    return (m.start, -(m.end - m.start))


def mention_order(doc: Document) -> tuple[list[int], list[Mention]]:
    """``doc``'s mentions in the order :func:`build_view` takes them (by start, the longest first;
    a stable sort, so ties keep the document's order) and their starts, for :func:`build_view`
    to pick a sentence's mentions by bisection instead of scanning all of them per sentence."""
    ordered = sorted(doc.mentions, key=_mention_key)
    return [m.start for m in ordered], ordered


def build_view(
    doc: Document, index: int, *, tag: bool = True, tokens: list[Token] | None = None,
    words: list[str] | None = None, ordered: tuple[list[int], list[Mention]] | None = None,
) -> SentenceView:
    """Build the view of sentence ``index`` of ``doc`` (sentences must be set).

    Args:
        doc: the document.
        index: the sentence.
        tag: add POS tags when the language's model is installed.
        tokens: the sentence's tokens with document offsets, if already known.
        words: with ``tokens``, their keys if already known (Arabic: each token's
            :func:`kg.text.arabic.normalize`, as :func:`kg.text.tokenize.token_keys` gives them
            for the whole article; other languages: the token lowercased).
        ordered: :func:`mention_order` of ``doc`` (its mentions since unchanged but for their
            ``entity``), if already known.
    """
    s, e = doc.sentences[index]
    toks = (
        tokens
        if tokens is not None
        else [Token(t.start + s, t.end + s, t.text) for t in tokenize(doc.text[s:e])]
    )
    lang = "ar" if doc.lang == "ar" else "en"
    if words is None or tokens is None:
        words = [normalize(t.text) if lang == "ar" else t.text.lower() for t in toks]
    view = SentenceView(index, s, e, lang, toks, words)
    if tag:
        tag_view(view)
    if ordered is None:
        mentions = sorted((m for m in doc.mentions if m.entity and s <= m.start and m.end <= e), key=_mention_key)
    else:
        starts, by_start = ordered
        mentions = [
            m for m in by_start[bisect.bisect_left(starts, s) : bisect.bisect_right(starts, e)] if m.entity and m.end <= e
        ]
    last_end = -1
    for m in mentions:
        if m.start < last_end:
            continue  # nested / overlapping: keep the longest first one
        ch = make_chunk(doc, view, m, lang=lang)
        if ch is None:
            continue
        last_end = m.end
        view.chunks.append(ch)
    mark_modifiers(view)
    return view


def _own_waw(doc: Document, m: Mention) -> bool:
    """Is the و a mention starts with its name's own first letter (``واشنطن``, ``وارسو``), as the
    Arabic label of a listed entity (a gazetteer place, a known entity) shows, rather than "and"
    inside the mention (``وكوريا الشمالية``)?"""
    ent = doc.entities.get(m.entity or "")
    if ent is None or not (ent.key.startswith(("city/", "country/")) or ent.same_as):
        return False  # an unlisted name keeps whatever و the mention took ("وتل أبيب", "وماستر كارد")
    label = ent.labels.get("ar", "")
    return normalize(label).startswith("و") and normalize(m.text).startswith(normalize(label)[:3])


def make_chunk(doc: Document, view: SentenceView, m: Mention, *, lang: str) -> Chunk | None:
    """The chunk of mention ``m`` in ``view``: its tokens, governing preposition and conjunction.

    None when the mention's ends fall on no token of the view.
    """
    toks, words = view.tokens, view.words
    ti = view.token_at(m.start)
    tj = view.token_at(max(m.start, m.end - 1))
    if ti is None or tj is None:
        return None
    ch = Chunk(ti, tj + 1, m.entity or "", m.label, m.kind, m, nationality=_is_nationality(m, lang))
    # governing preposition: a clitic inside the token, or the word before
    tok = toks[ti]
    prefix = normalize(doc.text[tok.start : m.start]) if lang == "ar" else ""
    prev = words[ti - 1] if ti > 0 else ""
    if lang == "ar":
        p = prefix.lstrip("وف")
        if prev == "#" and ti > 1 and words[ti - 2] in _HASHTAG_PREPS:
            prev = words[ti - 2]  # "في #مجلس_أوروبا": a hashtag keeps its preposition
        j = ti - 1
        while j >= 0 and (words[j] in cues.AR_PLACE_NOUNS or words[j] in cues.AR_DIRECTIONS) and not p:
            j -= 1
        if j < ti - 1:  # "في منطقة ريازان", "جنوب العاصمة موسكو"
            back = words[j] if j >= 0 else ""
            if back in cues.AR_PREPOSITIONS:
                ch.prep = back
            elif any(words[k] in cues.AR_DIRECTIONS for k in range(j + 1, ti)):
                ch.prep = "في"
            elif back[:1] in "بل" and back[1:] in cues.AR_PLACE_NOUNS:
                ch.prep = back[:1]  # "بمدينة", "لمديرية الشرية"
            else:
                ch.prep = (
                    "في" if words[j + 1] in cues.AR_PLACE_NOUNS and back in cues.AR_PREPOSITIONS else ""
                )
        elif p[:1] in cues.AR_CLITIC_PREPOSITIONS:
            ch.prep = p[:1]
        elif prev[:1] in "بل" and prev[1:] in cues.AR_PLACE_NOUNS:
            ch.prep = prev[:1]  # "المشرف الأمني لمديرية الشرية": no subject
        elif prev == "من" and ti > 1 and words[ti - 2].lstrip("و") == "كل":
            pass  # "ودعمت كل من روسيا وإيران الأسد": "each of" names the subjects, no preposition
        elif prev in cues.AR_PREPOSITIONS:
            ch.prep = prev
        elif prev[:1] in "وف" and prev[1:] in cues.AR_PREPOSITIONS:
            ch.prep = prev[1:]
        ch.conj = prefix.startswith("و") or prev == "و"
        if not ch.conj and m.text.startswith("و") and view.chunks and view.chunks[-1].end == ti and not _own_waw(doc, m):
            ch.conj = True  # "روسيا وكوريا الشمالية" with the "و" inside the mention
    else:
        if prev in cues.EN_PREPOSITIONS and not (prev == "of" and _en_place_of(words, ti)):
            ch.prep = prev
        elif ti > 1 and prev in ("the", "a", "an") and words[ti - 2] in cues.EN_PREPOSITIONS:
            ch.prep = words[ti - 2]
        elif m.label == "LOC":
            ch.prep = _en_place_of(words, ti)
        if m.label == "LOC" and tj + 1 < len(words) and words[tj + 1] in _EN_PLACE_AFTER:
            ch.prep = _en_named_place(words, ti, ch.prep, words[tj + 1])
        ch.conj = prev in ("and", ",", "&")
    return ch


def _en_place_of(words: list[str], ti: int) -> str:
    """The preposition that governs an English place name across a place noun or a direction: *in
    the coastal town of Bou Haroun*, *in the capital Kabul*, *in northern Iraq* (``in``); *on the
    Kurdish town of Arbil* (``on``); *65 km west of Algiers* (``near``).  ``""`` when none does."""
    j = ti - 1
    if j >= 1 and words[j] == "of" and words[j - 1] in _EN_DIRECTION_NOUNS:
        return "near"  # "west of Algiers", "north of Kabul": where it lies, beside the name
    if j >= 1 and words[j] == "of" and words[j - 1] in _EN_PLACE_NOUNS:
        j -= 2  # "the town of X"
    elif j >= 0 and (words[j] in _EN_PLACE_NOUNS or words[j] in _EN_DIRECTIONS):
        j -= 1  # "the capital Kabul", "northern Iraq"
    else:
        return ""
    for k in range(j, max(-1, j - 4), -1):  # over "the", "western", "Algerian", "coastal"
        if words[k] in cues.EN_PREPOSITIONS:
            if words[k] == "of" and k > 0 and words[k - 1] in _EN_DIRECTION_NOUNS:
                return "near"  # "20 km south of the Chechen capital Grozny"
            if words[k] == "from":
                # "pull out from southern Chechnya": the reading it had before (a withdrawal's rules
                # take a bare name for what is left; a "from" phrase is no place)
                return "of" if words[ti - 1] == "of" else ""
            return words[k]
        if words[k] in cues.EN_STRONG_PUNCT or words[k] in (",", "and", "or"):
            break
    return ""


def _en_named_place(words: list[str], ti: int, prep: str, noun: str) -> str:
    """The preposition of a place name that names a place noun after it: *in Serbia 's troubled
    Kosovo province* (``in``, over the possessive and the adjective), *on a Moscow street* (``in``: a
    street is where it happened, not what was done to)."""
    if not prep:
        for k in range(ti - 1, max(-1, ti - 7), -1):  # "in serbia ' s troubled kosovo province"
            if words[k] in cues.EN_PREPOSITIONS:
                prep = words[k]
                break
            if words[k] in cues.EN_STRONG_PUNCT or words[k] in (",", "and", "or"):
                break
    return "in" if prep == "on" and noun in _EN_STREETS else prep


#: nouns of a place after its name: "Kosovo province", "a Moscow street"
_EN_STREETS = frozenset("street streets road roads square avenue highway motorway boulevard".split())
_EN_PLACE_AFTER = _EN_STREETS | frozenset("province region district county prefecture governorate suburb".split())
#: nouns of a place before its name: "the town of X", "the capital X"
_EN_PLACE_NOUNS = frozenset(
    "town towns city cities village villages capital province provinces region district state county "
    "island enclave port area camp suburb municipality resort township neighbourhood neighborhood valley "
    "prefecture governorate canton".split()
)
#: adjectives of direction before a place name: "in northern Iraq"
_EN_DIRECTIONS = frozenset(
    "northern southern eastern western central northeastern northwestern southeastern southwestern "
    "north-eastern north-western south-eastern south-western".split()
)
#: directions before "of" and a place name: "65 km west of Algiers"
_EN_DIRECTION_NOUNS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west south-east "
    "south-west outskirts".split()
)


#: prepositions kept across a hashtag sign (not عبر: "عبر #كيم عن امتنانه" is "Kim expressed")
_HASHTAG_PREPS = frozenset("في من الي علي عن مع ضد بين حول لدي داخل قرب".split())


def mark_modifiers(view: SentenceView) -> None:
    """A nationality adjective right after a name, or before a name within a title (not one behind an
    Arabic preposition), modifies it."""
    ch = view.chunks
    for i, c in enumerate(ch):
        if not c.nationality:
            continue
        prev = ch[i - 1] if i > 0 else None
        nxt = ch[i + 1] if i + 1 < len(ch) else None
        if (
            prev is not None
            and not prev.nationality
            and c.start - prev.end <= 1
            and (view.lang != "en" or c.start == prev.end or view.words[prev.end] == ",")
            and prev.label in ("PER", "ORG")
            or nxt is not None
            and nxt.label in ("PER", "ORG")
            and 0 <= nxt.start - c.end <= 4
            and not (view.lang == "ar" and nxt.prep)  # "الدعم الإيراني لميليشيات الحوثي": Iran's support
            and not any(
                w in cues.AR_CLAUSE_OPENERS or w in cues.AR_STRONG_PUNCT or w in cues.EN_STRONG_PUNCT
                for w in view.words[c.end : nxt.start]
            )
        ):
            c.modifier = True
