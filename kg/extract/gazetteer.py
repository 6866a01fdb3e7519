"""Countries, nationality adjectives, cities and well-known organizations, matched on tokens.

The data files are built offline (:mod:`kg.extract.build_gazetteer`) and loaded
once.  Arabic names are matched after normalisation (:func:`kg.text.arabic.normalize`),
with proclitics (و ب ل ف ك ال) peeled off the first word and with the spacing
variants of multi-word names (``بيونغ يانغ`` = ``بيونغيانغ``); English names match
case-sensitively on tokens.
"""
from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import LOC, ORG, Document, Mention
from kg.text.arabic import is_arabic, normalize, strip_clitics
from kg.text.tokenize import Token, token_keys, tokenize

DATA = Path(__file__).parent / "data"
MAX_WORDS = 7


@dataclass(frozen=True)
class Entry:
    """A gazetteer name and what it denotes."""

    kind: str  # country | nationality | city | org
    id: str  # ISO 3166 alpha-2, GeoNames id, or an org slug
    lang: str
    name: str
    en: str  # English preferred name
    extra: str  # Arabic preferred name (countries), country ISO (cities), acronym (orgs)
    wikidata: str = ""
    ar: str = ""  # Arabic preferred name (orgs: the first of the listed Arabic names)


@dataclass
class Gazetteer:
    """Token-sequence index of names, for one language."""

    lang: str
    index: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    nospace: dict[str, Entry] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        words = tuple(_key(t.text, self.lang) for t in tokenize(entry.name))
        if not words or len(words) > MAX_WORDS:
            return
        old = self.index.get(words)
        if old is None or _rank(entry) > _rank(old):
            self.index[words] = entry
        if self.lang == "ar" and len(words) == 2 and entry.kind == "city":
            self.nospace.setdefault("".join(words), entry)
        if self.lang == "ar" and len(words) == 1 and entry.kind == "city":
            self.nospace.setdefault(words[0], entry)

    def get(self, name: str) -> Entry | None:
        """The entry of exactly this name (normalised as the index is), or None."""
        return self.index.get(tuple(_key(t.text, self.lang) for t in tokenize(name)))

    def find(self, text: str, tokens: list[Token], keys: list[str] | None = None) -> list[tuple[int, int, Entry, int]]:
        """Longest matches, left to right, as ``(first token, last token + 1, entry,
        proclitic length of the first token)``; ``keys``: the tokens' normalised texts, if
        known (:func:`kg.text.tokenize.token_keys`; read for Arabic only)."""
        arabic = self.lang == "ar"
        if not arabic:
            keys = [t.text for t in tokens]  # as _key
        elif keys is None:
            keys = [normalize(t.text) for t in tokens]
        out: list[tuple[int, int, Entry, int]] = []
        n = len(tokens)
        if not n:
            return out
        longest = self._longest()
        index, nospace = self.index, self.nospace
        # the beginnings of the spacing-free names: a stem that begins none of them joins no next word
        heads = self._heads() if arabic else frozenset()
        # run_end[i]: the end of the run of tokens from i with no break between them, so
        # that tokens i..j-1 are contiguous iff j <= run_end[i] (one pass, no rescans)
        run_end = _runs(text, tokens)
        i = 0
        while i < n:
            hit: tuple[int, Entry, int] | None = None  # (end, entry, clitic length)
            stems = _stems(keys[i]) if arabic else ((keys[i], 0),)
            for stem, plen in stems:
                top = longest.get(stem, 0)
                if top:
                    # multi-word keys need contiguous tokens; one word always qualifies
                    for j in range(min(n, i + top, max(run_end[i], i + 1)), i, -1):
                        if hit and j <= hit[0]:
                            break
                        entry = index.get((stem, *keys[i + 1 : j]))
                        if entry is not None:
                            hit = (j, entry, plen)
                            break
                if hit is None and stem in heads and i + 1 < n and run_end[i] >= i + 2:
                    entry = nospace.get(stem + keys[i + 1]) or None
                    if entry is not None and not _two_words(stem, keys[i + 1]):
                        hit = (i + 2, entry, plen)
            if hit and arabic and hit[2] and hit[0] == i + 1 and (
                    _peeled_word(keys[i], hit[2]) or _article_misread(keys[i], hit[2], hit[1])):
                hit = None  # "ولاية" is a word (state), not و + "لاية" (Lae); "المالي" is no Mali
            if hit:
                end, entry, plen = hit
                out.append((i, end, entry, plen))
                i = end
            else:
                i += 1
        return out

    def _heads(self) -> frozenset[str]:
        """Every beginning of a spacing-free name, the empty one and the whole name included (cached)."""
        cached = self.__dict__.get("_heads_cache")
        if cached is None or cached[0] != len(self.nospace):
            heads = frozenset(k[:j] for k in self.nospace for j in range(len(k) + 1))
            cached = (len(self.nospace), heads)
            self.__dict__["_heads_cache"] = cached
        return cached[1]

    def _longest(self) -> dict[str, int]:
        """First word -> the most words of an indexed name that starts with it (cached)."""
        cached = self.__dict__.get("_longest_cache")
        if cached is None or cached[0] != len(self.index):
            table: dict[str, int] = {}
            for words in self.index:
                if len(words) > table.get(words[0], 0):
                    table[words[0]] = len(words)
            cached = (len(self.index), table)
            self.__dict__["_longest_cache"] = cached
        return cached[1]


@functools.lru_cache(maxsize=1 << 15)
def _stems(word: str) -> tuple[tuple[str, int], ...]:
    """:func:`kg.text.arabic.strip_clitics`, plus a conjunction and a preposition together
    (``ولروسيا`` = و + ل + روسيا, ``وبموسكو``).

    >>> _stems("ولروسيا")[-1]
    ('روسيا', 2)
    """
    out = strip_clitics(word)
    if len(word) > 4 and word[0] in "وف" and word[1] in "بلك" and not word[1:].startswith("ال"):
        stem = word[2:]
        if all(s != stem for s, _ in out):
            out.append((stem, 2))
    return tuple(out)  # cached: callers must not change it


def _table_word(word: str, *, name_parts: bool = False) -> bool:
    """Is ``word`` a word of kg's table of Arabic words (:mod:`kg.resolve.nameness`: verbs, common
    and function words), or with ``name_parts`` also a name never to be cut ("N")?"""
    from kg.resolve.nameness import NOT_NAME, table

    cls = table().get(word)
    return cls in NOT_NAME or (name_parts and cls == "N")


def _two_words(first: str, second: str) -> bool:
    """Whether two tokens a spacing-free name would join are words of kg's table of Arabic words
    (``أن`` + ``يد`` is "that the hand", not Enid, ``إنيد``); ``بيونغ`` + ``يانغ`` join.

    >>> _two_words("ان", "يد"), _two_words("بيونغ", "يانغ")
    (True, False)
    """
    return _table_word(first) or _table_word(second)  # (not "N": a name's part, كوالا لمبور)


def _peeled_word(word: str, plen: int) -> bool:
    """True if a one-word match found ``plen`` letters into ``word`` peels a proclitic off a
    word that kg's table of Arabic words lists as a word of its own, or as a name never to be
    cut (:mod:`kg.resolve.nameness`): ``ولاية`` (state, not و + Lae), ``المالي`` (financial, not
    ال + Mali), ``المشهد`` (the scene, not Mashhad), ``لولاية`` (ل + ولاية).

    >>> _peeled_word("ولايه", 1), _peeled_word("لولايه", 2), _peeled_word("والمالي", 3)
    (True, True, True)
    >>> _peeled_word("لروسيا", 1), _peeled_word("وبعقوبه", 1), _peeled_word("بالموصل", 1)
    (False, False, False)
    """
    return any(_table_word(stem, name_parts=True) for stem, p in strip_clitics(word) if p < plen)


#: States whose cities' Arabic names may carry the article (``البصرة``, ``الرباط``, ``الناصرة``,
#: ``الأهواز``): the Arab League's members, Israel and Iran.  A city elsewhere has a foreign name
#: that takes no article: ``السيول`` is the floods (no Seoul), ``العثمانية`` Ottoman (no Osmaniye).
_ARTICLE_STATES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE IL IR".split())
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةءئؤى"


def _article_misread(word: str, plen: int, entry: Entry) -> bool:
    """True if a one-word city match found by peeling the article (``ال``) off ``word`` (after
    any other proclitic) misreads a word: the city is outside the states whose city names take
    the article (:data:`_ARTICLE_STATES`), or the word with the article is a common word of kg's
    table with one letter dropped inside it (``السطات``, a typo of ``السلطات``, the authorities,
    is no ``ال`` + Settat).

    >>> e = Entry("city", "1", "ar", "x", "X", "MA")
    >>> _article_misread("السطات", 2, e), _article_misread("بالرباط", 3, e)
    (True, False)
    >>> _article_misread("السيول", 2, Entry("city", "1", "ar", "x", "Seoul", "KR"))
    True
    >>> _article_misread("الحديده", 2, Entry("city", "1", "ar", "x", "Hodeidah", "YE"))
    False
    """
    if entry.kind != "city" or plen < 2 or word[plen - 2 : plen] != "ال":
        return False
    if entry.extra not in _ARTICLE_STATES:
        return True
    from kg.resolve.nameness import NOT_NAME, table

    t = table()
    form = word[plen - 2 :]
    # a letter dropped inside the word, not at its end (where "الرياض" + "ة" is another word)
    return any(t.get(form[:k] + c + form[k:]) in NOT_NAME for k in range(3, len(form) - 1) for c in _LETTERS)


def _rank(e: Entry) -> int:
    return {"org": 4, "country": 3, "city": 2, "nationality": 1}.get(e.kind, 0)


def _key(word: str, lang: str) -> str:
    return normalize(word) if lang == "ar" else word


_BREAKS = ".،,؛;:!?؟()\"«»"


def _contiguous(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """No sentence punctuation or line break between tokens i..j-1."""
    for a, b in zip(tokens[i : j - 1], tokens[i + 1 : j]):
        if _broken(text, a, b):
            return False
    return True


def _broken(text: str, a: Token, b: Token) -> bool:
    """A break between consecutive tokens a and b: a line break or punctuation in the gap,
    or either token is punctuation."""
    if a.text in _BREAKS or b.text in _BREAKS:
        return True
    if a.end == b.start:
        return False
    gap = text[a.end : b.start]
    return gap != " " and ("\n" in gap or any(c in _BREAKS for c in gap))  # mostly one space


def _runs(text: str, tokens: list[Token]) -> list[int]:
    """For each token i, the largest j such that tokens i..j-1 are :func:`_contiguous`."""
    n = len(tokens)
    run_end = [n] * n
    for k in range(n - 1, 0, -1):
        # tokens k-1 and k broken: every run from k-1 or before that reaches k stops at k
        run_end[k - 1] = k if _broken(text, tokens[k - 1], tokens[k]) else run_end[k]
    return run_end


@functools.lru_cache(maxsize=None)
def load(lang: str) -> Gazetteer:
    """The gazetteer of one language (``"ar"`` or ``"en"``), loaded once."""
    gaz = Gazetteer(lang)
    with (DATA / "places.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if row["lang"] == lang:
                gaz.add(Entry(row["kind"], row["id"], row["lang"], row["name"], row["en"], row["extra"]))
    with (DATA / "orgs.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names = row["ar"].split("|") if lang == "ar" else [row["en"], *filter(None, row["aliases_en"].split("|"))]
            for name in names:
                if name:
                    gaz.add(Entry("org", row["id"], lang, name, row["en"], row["acronym"], row["wikidata"],
                                  row["ar"].split("|")[0]))
    return gaz


def extract(doc: Document) -> list[Mention]:
    """Gazetteer mentions of ``doc``: countries, nationalities, cities, organizations.

    Each mention's ``attrs`` say what it denotes: ``iso`` (countries and nationality
    adjectives, which denote the state: ``الكوري الشمالي`` -> North Korea), ``geonames``
    and ``country_iso`` (cities), ``org_id`` (organizations), and ``en`` (an English
    name), so resolution can give it a stable key.
    """
    tokens = tokenize(doc.text)
    out: list[Mention] = []
    langs = [doc.lang] if doc.lang in ("ar", "en") else ["ar", "en"]
    for lang in langs:
        gaz = load(lang)
        keys = token_keys(doc.text) if lang == "ar" else None
        for i, j, entry, plen in gaz.find(doc.text, tokens, keys):
            start, end = tokens[i].start, tokens[j - 1].end
            if plen:
                # "لروسيا": the mention is "روسيا"; map the clitic length through normalisation
                start = _skip_letters(doc.text, start, plen)
            surface = doc.text[start:end]
            if lang == "en" and is_arabic(surface):
                continue
            if lang == "ar" and entry.kind == "org" and j - i == 1 and _common_noun_here(tokens, i):
                continue
            if (lang == "ar" and entry.kind == "city" and j - i == 1 and not plen
                    and _preposition_and_word(keys[i]) and not _place_context(keys, i)):
                continue
            out.append(_mention(entry, start, end, surface))
    return out


def _common_noun_here(tokens: list[Token], i: int) -> bool:
    """Whether a one-word organization name (``الجزيرة``) is used as the common noun here:
    after ``شبه`` (``شبه الجزيرة الكورية``, the Korean peninsula) or before the adjective of
    a peninsula or region (``الجزيرة العربية``), as the channel's name never is.

    >>> from kg.text.tokenize import tokenize
    >>> _common_noun_here(tokenize("التوتر في شبه الجزيرة الكورية"), 3)
    True
    >>> _common_noun_here(tokenize("قالت الجزيرة إن الوفد وصل"), 1)
    False
    """
    if i > 0 and normalize(tokens[i - 1].text) == "شبه":
        return True
    return i + 1 < len(tokens) and normalize(tokens[i + 1].text) in _PENINSULA_ADJECTIVES


#: Adjectives after ``الجزيرة`` that make it a peninsula or a region, not the channel
#: (``الجزيرة القطرية`` is the channel).
_PENINSULA_ADJECTIVES = frozenset({"العربيه", "الكوريه", "الايبيريه", "الفراتيه", "الاسكندنافيه", "البلقانيه"})


def _preposition_and_word(key: str) -> bool:
    """Whether a one-word city name reads as ``ب`` / ``ل`` + a word of kg's table of Arabic
    words: ``بعقوبة`` (Baqubah, and "with a penalty"), ``بردود`` (Burdur, "with responses"),
    ``بالتي`` (Bălţi, "with the one that"), ``بردا`` (Breda, "cold"), ``بندر`` (Bender, and a
    first name), ``لنكن`` (Lincoln's rare spelling, "let us be").

    >>> _preposition_and_word("بعقوبه"), _preposition_and_word("بغداد"), _preposition_and_word("لندن")
    (True, False, False)
    """
    if len(key) < 4 or key[0] not in "بل":
        return False
    return _table_word(key[1:], name_parts=True)


#: Words before a city that make it one (clitics peeled: ``وفي``, ``بمدينة``), and
#: directions after it (``بعقوبة شمال بغداد``).
_PLACE_BEFORE = frozenset(normalize(w) for w in (
    "في من إلى الى قرب نحو داخل مدينة محافظة بلدة قضاء ضواحي أطراف شمال جنوب شرق غرب وسط "
    "شمالي جنوبي شرقي غربي"
).split())
_PLACE_AFTER = frozenset(normalize(w) for w in "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط".split())


def _place_context(keys: list[str], i: int) -> bool:
    """Whether the word at ``i`` stands where a place is named: after ``في``, ``مدينة``,
    ``محافظة`` ... (with a conjunction or preposition glued on) or before a direction.

    >>> from kg.text.tokenize import token_keys
    >>> k = token_keys("وقتل خمسة في بعقوبة شمال بغداد")
    >>> _place_context(k, 3), _place_context(token_keys("حكم عليه بعقوبة السجن"), 2)
    (True, False)
    """
    if i + 1 < len(keys) and keys[i + 1] in _PLACE_AFTER:
        return True
    if i == 0:
        return False
    prev = keys[i - 1]
    return prev in _PLACE_BEFORE or (len(prev) > 2 and prev[0] in "وفبل" and (
        prev[1:] in _PLACE_BEFORE or (prev[1] in "بل" and prev[2:] in _PLACE_BEFORE)))


def _skip_letters(text: str, start: int, n: int) -> int:
    """Offset after ``n`` base letters from ``start`` (diacritics do not count)."""
    from kg.text.arabic import normalize_with_map

    _norm, index = normalize_with_map(text[start : start + n + 8])
    return start + index[n] if n < len(index) else start + n


def _mention(entry: Entry, start: int, end: int, surface: str) -> Mention:
    attrs: dict[str, object] = {"en": entry.en}
    if entry.kind in ("country", "nationality"):
        attrs["iso"] = entry.id
        if entry.extra:
            attrs["ar"] = entry.extra
        if entry.kind == "nationality":
            attrs["nationality"] = True
        return Mention(start, end, surface, label=LOC, score=0.95 if entry.kind == "country" else 0.85,
                       source="gazetteer", kind="Country", norm=normalize(surface), attrs=attrs)
    if entry.kind == "city":
        attrs["geonames"] = entry.id
        attrs["country_iso"] = entry.extra
        return Mention(start, end, surface, label=LOC, score=0.85, source="gazetteer", kind="City",
                       norm=normalize(surface), attrs=attrs)
    attrs["org_id"] = entry.id
    if entry.extra:
        attrs["acronym"] = entry.extra
    if entry.wikidata:
        attrs["wikidata"] = entry.wikidata
    if entry.ar:
        attrs["ar"] = entry.ar
    return Mention(start, end, surface, label=ORG, score=0.9, source="gazetteer", norm=normalize(surface), attrs=attrs)
