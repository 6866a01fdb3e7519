"""Actors that are groups named by a descriptor: "Israeli soldiers", "قوات الأمن المصرية", "protesters".

News often says who acted by what they are, not by a name.  GDELT / PETRARCH code such actors
as a country and a sector (CAMEO agent codes: ``ISR MIL``, ``TUR COP``, ``YEM REB``); kg makes
each (country, sector) pair one graph node, a ``kg:Group`` keyed ``group/<ISO>-<SECTOR>``
(``group/IL-MIL``), so the Arabic ``الجيش الإسرائيلي`` and the English "Israeli army" of any
article are the same node, with ``kg:sector`` (the CAMEO code) and ``kg:country``.

* **Where the country comes from**: a nationality adjective after an Arabic descriptor
  (``الجنود الإسرائيليون``, ``قوات النظام السوري``, up to two words such as ``الخاصة`` between)
  or a country in the genitive (``جيش ميانمار``); before an English one ("Afghan police",
  "U.S. troops", "Syria's army", "Israeli special forces").  The nationality is read from the
  sentence's entity chunks (the gazetteer's and the tagger's mentions) and, for the Arabic plural
  and dual adjectives the gazetteer does not list (``الإسرائيليون``), from kg's nationality table.
* **Without a country**: a state organ (GOV, MIL, COP, SPY: "the army", ``الحكومة``) is dropped:
  it names one state's organ, and which state the sentence does not say (a node "the army"
  would merge every army, a document-local one is a placeholder no query can use).  A group that
  is no state organ (protesters, gunmen, civilians, refugees: OPP, REB, UAF, CVL, REF) gets a
  document-local node (``group/OPP~<10 hex>``, :func:`kg.resolve.nameness.local_key`): "the
  protesters" of one article are not those of another.  English "the government" and the offices
  named by title alone ("the prime minister", "the chancellor", "ministers": :func:`_offices_en`)
  are the government of the country the article is about (:func:`home_country`), when it has one
  and the sentence names no other state's government (nineteenth session).
* **Plural nationality nouns** (``الفلسطينيون``, ``فلسطينيين``, "Palestinians") stand for their
  country, as PETRARCH codes them (``PSE``).
* **Names first**: a descriptor inside or right after a name is no group ("Hamas militants",
  ``مقاتلي داعش``: the organisation acts).  A document-local organisation the tagger made of a
  descriptor and a nationality (``قوات الأمن المصرية`` as ORG) becomes the group.

The extractor (:mod:`kg.events.extractor`) fills an event's agent or target with a group only
where the rules found no name for it, by running the same role rules (and parse checks) on the
sentence with the groups added as chunks.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING

from kg.events.sentence import Chunk, SentenceView, make_chunk, mark_modifiers
from kg.model import Document, Entity, Mention
from kg.text.arabic import normalize

if TYPE_CHECKING:
    from collections.abc import Sequence

_DATA = Path(__file__).parent / "data" / "groups.tsv"

#: CAMEO agent codes kg uses, with English and Arabic labels (Arabic: a feminine or a plural
#: noun, which decides the form of the nationality adjective after it).
SECTORS: dict[str, tuple[str, str, str]] = {
    "MIL": ("military", "القوات المسلحة", "f"),
    "COP": ("police and security forces", "قوات الأمن", "f"),
    "SPY": ("intelligence services", "الاستخبارات", "f"),
    "GOV": ("government", "الحكومة", "f"),
    "REB": ("rebels and militants", "المسلحون", "p"),
    "UAF": ("gunmen", "المسلحون المجهولون", "p"),
    "OPP": ("protesters and opposition", "المحتجون", "p"),
    "CVL": ("civilians", "المدنيون", "p"),
    "REF": ("refugees and displaced people", "اللاجئون", "p"),
}

#: The key of a state organ named without its state ("الحكومة", "the army"): it holds its place
#: among the sentence's chunks, no role ever takes it.
BLOCKED = "group/~unknown-state"

#: Sectors of state organs: without a country they are dropped (see the module docstring).
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY"})

#: Words that may stand between an Arabic descriptor and its nationality (``القوات الخاصة الروسية``).
_AR_BETWEEN = frozenset("الخاصه الجويه البحريه البريه الحكوميه النظاميه الامنيه المسلحه الحدوديه الاتحاديه".split())
#: Words that may stand between an English nationality and its descriptor ("Afghan security forces").
_EN_BETWEEN = frozenset(
    "special armed regular elite riot federal national state pro-government anti-government local "
    "government security regime opposition".split()
)
#: After these an English descriptor names a person or a thing ("police chief", "army spokesman").
_EN_FOLLOWERS = frozenset(
    "chief chiefs leader leaders spokesman spokeswoman spokesperson commander commanders officer official "
    "minister ministers station stations headquarters source sources statement base bases vehicle vehicles "
    "commissioner commissioners candidate candidates party parties figure figures member members "
    "'s ’s".split()
)
#: "the leader of the opposition", "head of the army": a person.
_EN_PERSONS = frozenset("leader head chief member members spokesman spokeswoman commander minister".split())
#: Descriptors that are also common nouns ("opposition to the plan", ``معارضته``): groups only
#: with a country ("the Syrian opposition", ``المعارضة السورية``).
NEEDS_COUNTRY = frozenset({"opposition", "معارضه"})
#: British parties news names by their members' plural ("the Tories accused Labour"): the party acts
#: (key as resolution gives its name, "Conservative Party" -> ``org/conservative-party``; labels).
#: The singular is an adjective ("Tory leader Michael Howard") and stays out.
EN_PARTIES: dict[str, tuple[str, str, str]] = {
    "tories": ("org/conservative-party", "Conservative Party", "حزب المحافظين"),
    "conservatives": ("org/conservative-party", "Conservative Party", "حزب المحافظين"),
}
#: After these an English "forces" / "government" is no group ("market forces").
_EN_NOT_GROUP = frozenset("market economic political air".split())
#: Offices of a state's government that news names by title alone ("the prime minister", "the
#: chancellor", "the home secretary", "ministers"): PETRARCH2's agents dictionary codes them as the
#: government (PRIME_MINISTER, CHANCELLOR, MINISTER: ``~GOV``), and so does kg where no holder is
#: named (:func:`_offices_en`).  The last word of the title, and the words that may come before it.
_EN_OFFICE_HEADS = frozenset("minister secretary chancellor premier".split())
_EN_OFFICE_WORDS = frozenset(
    "prime deputy home foreign health education culture trade justice environment transport work pensions "
    "defence defense interior finance treasury chief first northern ireland scotland scottish welsh wales "
    "industry energy employment sports media".split()
)
#: What shows that the government is another body's or no state's ("the shadow chancellor": the
#: opposition's; "the Tory minister"; "the finance minister of ..." is left to the rules).
_EN_NOT_OFFICE = frozenset("shadow tory labour conservative liberal democrat party opposition former ex".split())
#: Capitalised words of British politics: a document that uses them (and names no other country
#: more) is about the United Kingdom ("Labour", "the Tories", "Whitehall", "the Commons", "MPs").
_UK_WORDS = frozenset("Labour Tory Tories Conservatives Whitehall Commons Downing UKIP MPs Lib Westminster".split())


def _places() -> list[str]:
    """The rows of the gazetteer's data file (nationality adjectives among them)."""
    from kg.extract.gazetteer import DATA

    return (DATA / "places.tsv").read_text(encoding="utf-8").splitlines()[1:]


@dataclass(frozen=True)
class Head:
    words: tuple[str, ...]
    sector: str
    iso: str


@functools.lru_cache(maxsize=2)
def heads(lang: str) -> dict[str, list[Head]]:
    """The descriptors of ``lang`` by first word (longest first)."""
    out: dict[str, list[Head]] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0] != lang:
            continue
        words = tuple(normalize(cols[1]).split() if lang == "ar" else cols[1].lower().split())
        out.setdefault(words[0], []).append(Head(words, cols[2], cols[3].strip()))
    for v in out.values():
        v.sort(key=lambda h: -len(h.words))
    return out


@functools.lru_cache(maxsize=2)
def nationalities(lang: str) -> dict[str, str]:
    """Nationality words (normalised Arabic / lower-case English) -> ISO code, plural forms added.

    Arabic: the gazetteer's ``الإسرائيلي`` / ``الإسرائيلية`` and the plural and dual forms it
    lacks (``الإسرائيليون``, ``الإسرائيليين``, ``إسرائيليين``); English: "israeli", "israelis".
    """
    out: dict[str, str] = {}
    for line in _places():
        cols = line.split("\t")
        if len(cols) < 4 or cols[0] != "nationality" or cols[2] != lang:
            continue
        iso, name = cols[1], cols[3]
        if lang == "en":
            w = name.lower()
            if " " in w:
                continue
            out.setdefault(w, iso)
            if not w.endswith(("ese", "sh", "ch", "s")):
                out.setdefault(w + "s", iso)
            continue
        n = normalize(name)
        if " " in n or not n.startswith("ال") or not n.endswith("ي"):
            out.setdefault(n, iso)
            continue
        stem = n[2:]
        for form in (stem, stem + "ه", stem + "ون", stem + "ين", stem + "تين", stem + "ان"):
            out.setdefault("ال" + form, iso)
            out.setdefault(form, iso)
    return out


@functools.lru_cache(maxsize=1 << 16)
def _starts_ar(word: str) -> tuple[tuple[Head, int], ...]:
    """The descriptors an Arabic word may start, with the length of its proclitics (cached: news
    repeats its words)."""
    table = heads("ar")
    out: list[tuple[Head, int]] = []
    for bare, p in _bare_ar(word):
        out += [(h, p) for h in table.get(_strip_article(bare), []) + table.get(bare, [])]
    return tuple(out)


def names_actors_ar(word: str) -> bool:
    """Can the Arabic word start a descriptor of a group of actors (``الثوار``, ``مهاجرين``,
    ``الحكومة``)?  (For rules outside this module that ask whether a word names actors.)"""
    return bool(_starts_ar(word))


#: the endings of an Arabic plural nationality noun (``الفلسطينيين``, ``الفلسطينيون``)
_AR_PLURAL_ENDS = ("يون", "يين")


@functools.lru_cache(maxsize=1 << 16)
def plural_nationality(word: str, lang: str) -> str | None:
    """The country a plural nationality noun stands for (``الفلسطينيين``, "Palestinians").

    Memoised (bounded): :func:`find` asks it of every word of every sentence."""
    if lang == "en":
        return nationalities("en").get(word) if word.endswith("s") and len(word) > 4 else None
    for bare, _p in _bare_ar(word):
        if bare.endswith(_AR_PLURAL_ENDS) and len(bare) > 5:
            iso = nationalities("ar").get(bare)
            if iso:
                return iso
    return None


def _bare_ar(word: str) -> list[tuple[str, int]]:
    """Readings of an Arabic word without its proclitics: ``(bare word, prefix length)``."""
    out = [(word, 0)]
    p = 0
    w = word
    if w[:1] in "وف" and len(w) > 3:
        w, p = w[1:], 1
        out.append((w, p))
    if w[:1] in "بلك" and len(w) > 3:
        if w.startswith("لل"):  # ل + ال
            out.append(("ال" + w[2:], p + 1))
        else:
            out.append((w[1:], p + 1))
    return out


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def group_key(iso: str | None, sector: str, doc: Document | None = None) -> str:
    """The key of a group: ``group/IL-MIL``; without a country, a document-local one.

    >>> group_key("IL", "MIL")
    'group/IL-MIL'
    """
    if iso:
        return f"group/{iso}-{sector}"
    from kg.resolve.nameness import local_key

    assert doc is not None
    return local_key(f"group/{sector}", doc.id, doc.content_hash)


def sector_of(key: str) -> str | None:
    """The CAMEO sector code of a group key (None for other keys).

    >>> sector_of("group/IL-MIL"), sector_of("group/OPP~0123456789"), sector_of("country/IL")
    ('MIL', 'OPP', None)
    """
    if not key.startswith("group/"):
        return None
    code = key[6:].split("~", 1)[0]
    return code.rsplit("-", 1)[-1]


def country_of(key: str) -> str | None:
    """``country/IL`` for ``group/IL-MIL``; None for a group without a country."""
    if not key.startswith("group/") or "~" in key:
        return None
    iso = key[6:].rsplit("-", 1)[0]
    return f"country/{iso}" if len(iso) == 2 else None


@dataclass
class Found:
    """A group named in a sentence: tokens ``[start, end)`` and its key."""

    start: int
    end: int
    key: str
    sector: str
    absorbs: list[Chunk]  # chunks inside it (its nationality; a descriptor the tagger took for a name)
    prefix: int = 0  # proclitic letters of its first word that are not part of it ("وقوات", "للجيش")
    home: bool = False  # its country is the document's (:func:`home_country`), not the sentence's


def _chunk_at(view: SentenceView, i: int) -> Chunk | None:
    for c in view.chunks:
        if c.start <= i < c.end:
            return c
    return None


def _country_chunk(c: Chunk | None) -> str | None:
    if c is None or not c.key.startswith("country/"):
        return None
    return c.key.split("/", 1)[1]


def _find_ar(view: SentenceView, doc: Document) -> list[Found]:
    words, nat = view.words, nationalities("ar")
    out: list[Found] = []
    i, n = 0, len(words)
    starts = list(map(_starts_ar, words))
    # only the words a descriptor may start, in order (the others were passed over one by one)
    for k in compress(range(n), starts):
        if k < i:
            continue  # inside a descriptor already read
        i = k
        hit: Head | None = None
        prefix = 0
        for h, p in starts[i]:
            if tuple(words[i + 1 : i + len(h.words)]) == h.words[1:]:
                hit, prefix = h, p
                break
        if hit is None:
            continue
        j = i + len(hit.words)
        iso = hit.iso or None
        k = j
        while k < n and k - j < 2 and words[k] in _AR_BETWEEN:
            k += 1
        end = j
        if iso is None and k < n:
            c = _chunk_at(view, k)
            if c is not None and c.start == k and c.key.startswith("country/"):
                if c.nationality or (
                    not words[i].lstrip("وف").lstrip("بلك").startswith("ال") and hit.words != ("معارضه",)
                ):  # (not the masdar: "رغم معارضة روسيا" is Russia's objection, no opposition group)
                    iso, end = _country_chunk(c), c.end  # "الجيش الإسرائيلي", "جيش ميانمار"
            elif words[k] in nat and (c is None or c.label == "ORG" and "~" in c.key):
                iso, end = nat[words[k]], k + 1  # "الجنود الإسرائيليون"; "قوات الأمن المصرية" as ORG
        if end < n and words[end] in ("الحر", "الوطني", "الشعبي", "الديمقراطيه"):
            i = end  # "الجيش السوري الحر", "الجيش الوطني": a name
            continue
        found = _accept(view, doc, i, end, hit, iso)
        if found is not None:
            found.prefix = prefix
            out.append(found)
        i = max(end, i + 1)
    return out


def _find_en(view: SentenceView, doc: Document) -> list[Found]:
    words, table = view.words, heads("en")
    out: list[Found] = []
    if table.keys().isdisjoint(words):
        return out  # no word starts a descriptor (most sentences)
    i, n = 0, len(words)
    # only the words a descriptor starts with, in order (the others were passed over one by one)
    todo = [k for k, w in enumerate(words) if w in table]
    t = 0
    while t < len(todo):
        if todo[t] < i:
            t += 1
            continue  # inside a descriptor already read
        i = todo[t]
        heads_here = table[words[i]]
        hit = next((h for h in heads_here if tuple(words[i + 1 : i + len(h.words)]) == h.words[1:]), None)
        if hit is None:
            i += 1
            continue
        j = i + len(hit.words)
        iso = hit.iso or None
        start = i
        k = i
        while k > 0 and i - k < 2 and words[k - 1] in _EN_BETWEEN:
            k -= 1
        if k > 0 and (words[k - 1] in _EN_NOT_GROUP or words[k - 1].endswith(("'", "’"))):
            i = j  # "market forces", "fathers' activists"
            continue
        if k > 2 and words[k - 1] == "the" and words[k - 2] == "of" and words[k - 3] in _EN_PERSONS:
            i = j  # "the leader of the opposition": a person
            continue
        before = _chunk_at(view, k - 1) if k > 0 else None
        if before is not None and before.end != k:
            before = None
        after = _chunk_at(view, j) if j < n else None
        if (after is not None and not after.key.startswith("country/")) or (j < n and words[j] in _EN_FOLLOWERS):
            i = j  # "opposition leader X", "police chief", "the army's statement": a person or a thing
            continue
        if before is not None:
            if before.key.startswith("country/"):
                if iso is None:
                    iso, start = _country_chunk(before), before.start
            elif before.label in ("PER", "ORG", "MISC"):
                i = j  # "Hamas militants", "Taliban fighters": the organisation acts
                continue
        elif iso is None and j + 1 < n and words[j] == "of":
            c = _chunk_at(view, j + 1 if words[j + 1] != "the" else min(j + 2, n - 1))
            if c is not None and c.key.startswith("country/") and not c.nationality:
                iso = _country_chunk(c)  # "the army of Myanmar"
        found = _accept(view, doc, start, j, hit, iso)
        if found is not None:
            out.append(found)
        i = j
    return out


def home_country(doc: Document) -> str | None:
    """The ISO code of the country an English document is about, or None: the country its place
    names and nationalities name most (a city counts for its country), the words of British
    politics (``_UK_WORDS``) counting for the United Kingdom; only a country named at least twice
    and at least twice as often as any other.  Read once per document (``doc.meta``).

    >>> from kg.model import Document
    >>> home_country(Document(id="d", text="Labour MPs said the Tories were wrong.", lang="en"))
    'GB'
    """
    if "_home_country" in doc.meta:
        return doc.meta["_home_country"]  # type: ignore[no-any-return]
    import re
    from collections import Counter

    votes: Counter[str] = Counter()
    for m in doc.mentions:
        key = m.entity or ""
        if key.startswith("country/"):
            votes[key[8:]] += 1
        elif m.attrs.get("country_iso"):
            votes[str(m.attrs["country_iso"])] += 1
        else:
            ent = doc.entities.get(key)
            country = ent.attrs.get("country") if ent is not None else None
            if isinstance(country, str) and country.startswith("country/"):
                votes[country[8:]] += 1
    votes["GB"] += sum(1 for w in re.findall(r"\b[A-Z][A-Za-z]+\b", doc.text) if w in _UK_WORDS)
    ranked = votes.most_common(2)
    iso = None
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        iso = ranked[0][0]
    doc.meta["_home_country"] = iso
    return iso


def _bare_before(words: list[str], start: int) -> bool:
    """Is the word before a descriptor "the" or none at all (no "his", "local", "union", "pro-")?"""
    return start == 0 or words[start - 1] == "the" or not (words[start - 1][:1].isalnum() or words[start - 1] == "-")


def _offices_en(view: SentenceView, doc: Document, taken: set[int]) -> list[Found]:
    """Offices of the government named by title alone: "the prime minister", "the chancellor",
    "the home secretary", "the British foreign secretary", "ministers" (not "finance ministers",
    not "the shadow chancellor", not a title before a name: "the prime minister, Tony Blair" is
    his; not "the minister of ...").  Each is the government of the country the title's nationality
    names ("the British prime minister") or else of the document's country (:func:`home_country`);
    with neither, no group.  The anaphora (:mod:`kg.events.anaphora`) binds a title to the one
    holder the document names with it first: a person's chunk there wins over the office."""
    w, n = view.words, len(view.words)
    out: list[Found] = []
    for j in [j for j, x in enumerate(w) if x in _EN_OFFICE_HEADS or x == "ministers"]:
        if j in taken:
            continue
        if w[j] == "ministers":
            if j > 0 and w[j - 1] not in ("the", "by", "to", "that", "and", ",", "said") and w[j - 1][:1].isalnum():
                continue  # "finance ministers", "EU ministers": others' ministers
            if j + 1 < n and w[j + 1] in ("from", "of", "in"):
                continue  # "Ministers from European and Asian governments": whose, the sentence says
            i = j
        else:
            i = j
            while i > 0 and j - i < 3 and w[i - 1] in _EN_OFFICE_WORDS:
                i -= 1
            if w[j] == "minister" and (i == j or w[i] == "deputy" and i + 1 == j):
                continue  # "the minister", "the deputy minister": which ministry is not said
        iso = None
        k = i
        c = _chunk_at(view, i - 1) if i > 0 else None
        if c is not None and c.end == i and c.key.startswith("country/") and (c.nationality or c.kind == "Country"):
            iso, k = _country_chunk(c), c.start  # "the British prime minister"
        if w[j] != "ministers" and (k == 0 or w[k - 1] != "the"):
            continue  # "Prime Minister Tony Blair", "a minister", "his chancellor"
        if any(x in _EN_NOT_OFFICE for x in w[max(0, k - 2) : j]) or any(t in taken for t in range(i, j)):
            continue
        if j + 1 < n and (w[j + 1] in ("of", "'s", "’s", "league") or _chunk_at(view, j + 1) is not None):
            continue  # "the minister of X", "the chancellor's", a title before a name
        if j + 2 < n and w[j + 1] == "," and (c2 := _chunk_at(view, j + 2)) is not None and c2.label == "PER":
            continue  # "the prime minister, Tony Blair,": his (the rules take the name)
        start = k - 1 if w[j] != "ministers" else j
        if w[j] == "ministers" and j > 0 and w[j - 1] == "the":
            start = j - 1
        home = home_country(doc) if iso is None else None
        if iso or home:
            out.append(Found(start, j + 1, group_key(iso or home, "GOV"), "GOV", [c] if k < i else [], home=bool(home)))
    return out


def _accept(view: SentenceView, doc: Document, start: int, end: int, hit: Head, iso: str | None) -> Found | None:
    inside = [c for c in view.chunks if c.start < end and c.end > start]
    for c in inside:
        if c.key.startswith("country/") and (c.nationality or c.kind == "Country"):
            continue  # the nationality or country that says whose group it is
        if iso and c.label == "ORG" and "~" in c.key and c.start >= start and c.end <= end + 1:
            continue  # "قوات الأمن المصرية" the tagger took for a name, known nowhere else
        if hit.iso and c.label == "PER" and c.start > start and c.end <= end:
            continue  # "ميليشيات الحوثي" (a person's name in it): the descriptor names its country
        return None  # a name ("قوات سوريا الديمقراطية", "Israel Defense Forces")
    if view.lang == "ar" and end < len(view.words) and not iso:
        after = _chunk_at(view, end)
        if after is not None and after.start == end and after.label in ("PER", "ORG") and not _definite(view.words[start]):
            return None  # "مقاتلي داعش", "مسلحو طالبان": the organisation acts
    # a descriptor in the genitive of a title ("رئيس الحكومة", "المتحدث باسم الجيش") is no actor
    if start > 0 and view.lang == "ar" and _person_title(view.words[start - 1]):
        return None
    if not iso and view.lang == "en" and hit.words == ("government",) and _bare_before(view.words, start):
        home = home_country(doc)  # "The government has ruled out ...": the government of the article's country
        if home:
            return Found(start, end, group_key(home, hit.sector), hit.sector, inside, home=True)
    if not iso and (hit.sector in STATE_SECTORS or hit.words[0] in NEEDS_COUNTRY):
        # which state's organ is not said: no node, but the words still hold their place in
        # the sentence (a blocker), so that the rules take no group after it for the subject
        return Found(start, end, BLOCKED, hit.sector, inside)
    return Found(start, end, group_key(iso, hit.sector, doc), hit.sector, inside)


def oblique(view: SentenceView, f: Found) -> bool:
    """Does an Arabic group carry the oblique case (``المدنيين``, ``الجنود الإسرائيليين``)?

    A sound masculine plural ends in ``ين`` in the accusative and genitive, ``ون`` in the
    nominative: after a verb, the oblique form is its object or a genitive (``قتل ثلاثة
    مدنيين``, ``وحذر المدنيين``), never its subject.
    """
    if view.lang != "ar":
        return False
    for w in view.words[f.start : f.end]:
        for bare, _p in _bare_ar(w):
            if len(bare) > 4 and bare.endswith("ين") and not bare.endswith("فلسطين"):
                return True
    return False


_AR_INNA = frozenset("ان وان بان لان فان لكن ولكن لعل ليت".split())


#: Words of quantity whose genitive is the real noun: "مئات المستوطنين" (hundreds of settlers).
_AR_QUANTITY = frozenset(
    "عشرات ميات الاف الوف الالاف الميات العشرات عدد عددا بعض كل جميع معظم اغلب غالبيه".split()
)


def after_quantity(view: SentenceView, f: Found) -> bool:
    """Is the group the genitive of a quantity (``مئات المستوطنين``, ``ثلاثة مدنيين``, ``60 فلسطينيا``)?

    Then its case says nothing of its role: the quantity carries the case.
    """
    if f.start == 0:
        return False
    prev = view.words[f.start - 1].lstrip("وف")
    return prev in _AR_QUANTITY or prev.isdigit() or prev in _AR_NUMBER_WORDS


#: what is struck or searched, whose genitive owner undergoes the act: "استهدفت الطائرات
#: تحركات وتحصينات ميليشيات الحوثي" (the militias' positions: the militias are the target)
_AR_HELD = frozenset(
    "مواقع موقع مقرات مقر تحركات تحصينات معاقل معقل تجمعات تجمع اماكن منازل مخازن مستودعات دفاعات نقاط "
    "ثكنات قواعد مخابي اهداف عربات اليات مواكب موكب خطوط".split()
)


def after_held_noun(view: SentenceView, f: Found) -> bool:
    """Is the group the genitive owner of a place or thing struck (``تحصينات ميليشيات الحوثي``,
    ``مواقع المسلحين``)?  Then it undergoes the act, whatever its case."""
    if view.lang != "ar" or f.start == 0:
        return False
    prev = view.words[f.start - 1]
    prev = prev[1:] if prev[:1] in "وف" and len(prev) > 3 else prev
    return prev.removeprefix("ال") in _AR_HELD


_AR_NUMBER_WORDS = frozenset(
    "ثلاثه اربعه خمسه سته سبعه ثمانيه تسعه عشره ثلاث اربع خمس ست سبع ثماني تسع عشر احد اثنا اثني".split()
)


def after_inna(view: SentenceView, f: Found) -> bool:
    """Is the group the accusative subject after ``إنّ`` / ``أنّ`` / ``لكنّ`` (``إن المقاتلين صدوا``)?"""
    return f.start > 0 and view.words[f.start - 1] in _AR_INNA


def _definite(word: str) -> bool:
    return any(b.startswith("ال") for b, _p in _bare_ar(word))


_AR_TITLES = frozenset("رييس رييسه وزير وزيره قايد قاده زعيم زعماء متحدث المتحدث ناطق الناطق باسم عضو اعضاء".split())


def _person_title(word: str) -> bool:
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return word in _AR_TITLES or bare in _AR_TITLES or _strip_article(bare) in _AR_TITLES


def find(view: SentenceView, doc: Document) -> list[Found]:
    """The groups a sentence names (cached on the view), plural nationality nouns included."""
    got = view.cache.get("groups")
    if got is not None:
        return got  # type: ignore[return-value]
    found = _find_ar(view, doc) if view.lang == "ar" else _find_en(view, doc)
    taken = {t for f in found for t in range(f.start, f.end)}
    for c in view.chunks:
        taken.update(range(c.start, c.end))
    if view.lang == "en" and (not _EN_OFFICE_HEADS.isdisjoint(view.words) or "ministers" in view.words):
        offices = _offices_en(view, doc, taken)
        if offices:
            found.extend(offices)
            taken.update(t for f in offices for t in range(f.start, f.end))
    if view.lang == "en" and any(f.home for f in found) and any(f.sector == "GOV" and not f.home for f in found):
        # "the government has offered the Indonesian government ...": with a state's government named
        # in the sentence, "the government" may be that one or the document's: neither is said
        found = [replace(f, key=BLOCKED) if f.home else f for f in found]
    words = view.words
    if view.lang == "en":  # English: capitalised words only, and only those plural_nationality or EN_PARTIES knows
        nats = nationalities("en")
        toks = view.tokens
        indices: Sequence[int] = (
            []
            if nats.keys().isdisjoint(words) and EN_PARTIES.keys().isdisjoint(words)
            else [i for i, w in enumerate(words)
                  if (w in nats or w in EN_PARTIES) and i < len(toks) and toks[i].text[:1].isupper()]
        )
    else:
        # Arabic: only the words plural_nationality can know (it asks readings that keep the
        # word's ending, and only those ending so)
        indices = [i for i, w in enumerate(words) if w.endswith(_AR_PLURAL_ENDS)]
    for i in indices:
        w = words[i]
        if i in taken:
            continue
        iso = plural_nationality(w, view.lang)
        if iso and (view.lang == "en" or _noun_ar(view.words, i)):
            found.append(Found(i, i + 1, f"country/{iso}", "", []))
        elif view.lang == "en" and w in EN_PARTIES:
            found.append(Found(i, i + 1, EN_PARTIES[w][0], "", []))  # "the Tories": the party
    found.sort(key=lambda f: f.start)
    view.cache["groups"] = found
    return found


def _noun_ar(words: list[str], i: int) -> bool:
    """Is the plural nationality at ``i`` a noun ("the Palestinians"), not an adjective after one?

    ``للفلسطينيين`` (a preposition), ``آلاف الفلسطينيين`` (after an indefinite word), ``60
    فلسطينيين`` (after a number): a noun; ``الزعماء اللبنانيون``, ``مصرفيون قطريون``: an adjective.
    """
    w = words[i].lstrip("وف")
    if w[:1] in "بلك" and not w.startswith("ال"):
        return True
    prev = words[i - 1].lstrip("وف") if i > 0 else ""
    if not prev or not prev[:1].isalpha():
        return True  # sentence start, a number, punctuation
    if w.startswith("ال"):
        return not _definite(prev) and not prev.endswith(("ون", "ين", "ات"))
    return False


def _mention(view: SentenceView, doc: Document, f: Found) -> Mention:
    a, b = view.tokens[f.start].start, view.tokens[f.end - 1].end
    a += f.prefix  # a proclitic is no part of the name: "وقوات" -> "قوات"
    text = label = doc.text[a:b]
    if view.lang == "ar" and text.startswith("ل") and view.words[f.start][f.prefix - 1 : f.prefix + 1] == "لل":
        label = "ا" + text  # "للمتظاهرين": the article's alef is written into the preposition
    if f.key.startswith("org/"):  # a party named by its members ("the Tories")
        return Mention(a, b, text, label="ORG", score=0.8, source="groups", entity=f.key, attrs={"label": label})
    return Mention(a, b, text, label="ORG" if f.sector else "LOC", score=0.8, source="groups",
                   kind="Group" if f.sector else "Country", entity=f.key,
                   attrs={"sector": f.sector, "label": label} if f.sector else {"nationality": True, "iso": f.key[-2:]})


def mentions(view: SentenceView, doc: Document, found: list[Found]) -> list[Mention]:
    """The mentions of the groups (and plural nationality nouns) of a sentence, not yet in ``doc``."""
    return [_mention(view, doc, f) for f in found
            if f.key != BLOCKED and not any(c.label == "ORG" and "~" in c.key for c in f.absorbs)]


def keep_used(doc: Document, found: list[Mention]) -> None:
    """Add to ``doc`` the mentions and entities of the groups its events and relations use.

    A group named in a document but in none of its events stays out of the graph: the graph
    holds the actors of the events, and a descriptor alone ("the army", "residents") is no
    name worth a node.
    """
    used = {k for ev in doc.events for role in (ev.agent, ev.target, ev.participant) for k in role}
    used |= {r.subject for r in doc.relations} | {r.object for r in doc.relations if not r.object_is_literal}
    for m in found:
        key = m.entity or ""
        if key not in used:
            continue
        doc.mentions.append(m)
        if key.startswith("group/"):
            add_entity(doc, key, m)
            continue
        ent = doc.entities.get(key)
        if ent is None and key.startswith("org/"):
            _, en, ar = next(v for v in EN_PARTIES.values() if v[0] == key)
            ent = doc.entities[key] = Entity(key=key, type="Organization", labels={"en": en, "ar": ar})
        elif ent is None:
            from kg.resolve.places import country_info

            iso = key.split("/", 1)[1]
            info = country_info(iso)
            ent = doc.entities[key] = Entity(
                key=key, type="Country", labels={lg: info[lg] for lg in ("en", "ar") if info.get(lg)},
                attrs={"iso": iso, **({"geonames": info["geonames"]} if info.get("geonames") else {})},
            )
            if info.get("geonames"):
                ent.same_as.append(f"https://sws.geonames.org/{info['geonames']}/")
        ent.mentions.append(m)
        ent.alt_labels.add((m.text, doc.lang))


def view_with(view: SentenceView, doc: Document, found: list[Found]) -> SentenceView:
    """The sentence with its groups as chunks (they replace the chunks they absorb)."""
    cached = view.cache.get("group_view")
    if cached is not None:
        return cached  # type: ignore[return-value]
    absorbed = {id(c) for f in found for c in f.absorbs}
    chunks = [replace(c, modifier=False) for c in view.chunks if id(c) not in absorbed]
    g = replace(view, chunks=[])
    for f in found:
        m = _mention(view, doc, f)
        ch = make_chunk(doc, g, m, lang=view.lang)
        if ch is not None:
            ch.nationality = False
            chunks.append(ch)
    g.chunks = sorted(chunks, key=lambda c: c.start)
    mark_modifiers(g)
    view.cache["group_view"] = g
    return g


def rekey_absorbed(view: SentenceView, doc: Document, found: list[Found]) -> None:
    """A document-local organisation that is a descriptor and a nationality becomes the group."""
    for f in found:
        for c in f.absorbs:
            if c.label != "ORG" or "~" not in c.key:
                continue
            old = c.key
            c.key = c.mention.entity = f.key
            ent = doc.entities.get(old)
            if ent is not None:
                ent.mentions = [m for m in ent.mentions if m is not c.mention]
                if not ent.mentions:
                    del doc.entities[old]
            add_entity(doc, f.key, c.mention)


def add_entity(doc: Document, key: str, m: Mention) -> None:
    """Add (or extend) the group entity ``key`` of ``doc`` with mention ``m``."""
    if not key.startswith("group/"):
        return
    ent = doc.entities.get(key)
    if ent is None:
        ent = doc.entities[key] = Entity(key=key, type="Group", labels=labels(key, doc.lang, m.attrs.get("label", m.text)))
        country = country_of(key)
        if country:
            ent.attrs["country"] = country
        ent.attrs["sector"] = sector_of(key)
    if all(x is not m for x in ent.mentions):
        ent.mentions.append(m)
    text = m.attrs.get("label", m.text)
    if text and text != ent.labels.get(doc.lang):
        ent.alt_labels.add((text, doc.lang))


def labels(key: str, lang: str, text: str) -> dict[str, str]:
    """The labels of a group in both languages ("Israeli military", ``القوات المسلحة الإسرائيلية``).

    A group without a country is labelled as the article names it.
    """
    sector = sector_of(key) or ""
    en, ar, agree = SECTORS.get(sector, (sector.lower(), "", "p"))
    country = country_of(key)
    if not country:
        return {lang: text}
    iso = country.split("/", 1)[1]
    adj_en, adj_ar = _adjectives().get(iso, ("", ""))
    if not adj_en or not adj_ar:
        from kg.resolve.places import country_info

        info = country_info(iso)
        return {"en": f"{en} ({info.get('en', iso)})", "ar": f"{ar} ({info.get('ar', iso)})"}
    if agree == "f":
        adj_ar = adj_ar + "ة"
    else:
        adj_ar = adj_ar + "ون"
    return {"en": f"{adj_en} {en}", "ar": f"{ar} {adj_ar}"}


@functools.lru_cache(maxsize=1)
def _adjectives() -> dict[str, tuple[str, str]]:
    """ISO -> (English adjective, Arabic masculine adjective with its article) from the gazetteer
    (English: the first; Arabic: the shortest)."""
    en: dict[str, str] = {}
    ar: dict[str, str] = {}
    for line in _places():
        cols = line.split("\t")
        if len(cols) < 4 or cols[0] != "nationality":
            continue
        if cols[2] == "en" and " " not in cols[3]:
            en.setdefault(cols[1], cols[3])
        elif cols[2] == "ar" and " " not in cols[3] and cols[3].endswith("ي"):
            if cols[1] not in ar or len(cols[3]) < len(ar[cols[1]]):
                ar[cols[1]] = cols[3]  # the shortest: الأفغاني, not الأفغانستاني
    ar.update(_AR_ADJECTIVES)
    return {iso: (en.get(iso, ""), ar.get(iso, "")) for iso in set(en) | set(ar)}


#: Arabic adjectives news uses where the gazetteer's first or shortest is another word
#: (الانجلتري "English" for the United Kingdom, الأفغانستاني).
_AR_ADJECTIVES = {"GB": "البريطاني", "AF": "الأفغاني"}
