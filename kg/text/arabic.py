"""Arabic normalisation for matching, with a map back to original offsets.

Matching names in Arabic news needs the same key for spellings that differ only
in diacritics, alef forms, ta marbuta, alef maqsura, tatweel or invisible marks
(``أليكسي`` / ``اليكسي``, ``كوريا`` / ``كوريا``).  Extractors match on the
normalised text and report offsets in the original text through the map that
:func:`normalize_with_map` returns.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

#: Harakat, tanween, shadda, sukun, superscript alef, Quranic marks.
_DIACRITICS = "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a" + "".join(
    chr(c) for c in range(0x064B, 0x0660)
) + "\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
#: Tatweel and invisible format characters (ZWNJ, ZWJ, LRM, RLM, bidi embeddings, BOM, ...).
_INVISIBLE = "\u0640\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
_DROP = frozenset(_DIACRITICS + _INVISIBLE)

_MAP = {
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ى": "ي",
    "ئ": "ي",
    "ؤ": "و",
    "ة": "ه",
    "ک": "ك",
    "ی": "ي",
    "ڤ": "ف",
    "گ": "ك",
    "پ": "ب",
    "چ": "ج",
}
for _i, _d in enumerate("٠١٢٣٤٥٦٧٨٩"):
    _MAP[_d] = str(_i)
for _i, _d in enumerate("۰۱۲۳۴۵۶۷۸۹"):
    _MAP[_d] = str(_i)

_TABLE = {ord(c): None for c in _DROP}
_TABLE.update({ord(k): v for k, v in _MAP.items()})

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")

#: Proclitics that attach to nouns in news text, longest first.
#: the short-vowel marks (tanween, fatha, damma, kasra, shadda, sukun) a word may end or begin with
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"

PROCLITICS = ("وبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def normalize(text: str) -> str:
    """Normalise Arabic text for matching; Latin text is lower-cased.

    >>> normalize("أَلِيكْسِي كريفوروتشكو")
    'اليكسي كريفوروتشكو'
    >>> normalize("الكوريّة")
    'الكوريه'
    """
    if len(text) <= _SHORT:
        return _normalize_word(text)  # words repeat: extractors normalise every token
    return text.translate(_TABLE).lower()


#: Texts up to this length (words, short names) are normalised through a bounded cache.
_SHORT = 32


@functools.lru_cache(maxsize=1 << 15)
def _normalize_word(text: str) -> str:
    return text.translate(_TABLE).lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise like :func:`normalize` and return, for each output character,
    the index of the input character it came from (plus a final ``len(text)``).

    >>> normalize_with_map("أَب")
    ('اب', [0, 2, 3])
    """
    # each character's replacement and its length, from tables filled as characters are met
    norm = text.translate(_REPLACEMENT)
    lengths = text.translate(_LENGTH)
    if lengths.count("1") == len(text):  # one character for one: the index is the identity
        return norm, list(range(len(text) + 1))
    if "2" not in lengths:  # some dropped, none longer
        return norm, [i for i, n in enumerate(lengths) if n == "1"] + [len(text)]
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        if ch in _DROP:
            continue
        rep = _MAP.get(ch, ch)
        rep = rep.lower()
        out.append(rep)
        index.extend([i] * len(rep))
    index.append(len(text))
    return "".join(out), index


def _replacement(ch: str) -> str:
    return "" if ch in _DROP else _MAP.get(ch, ch).lower()


class _Table(dict):  # type: ignore[type-arg]
    """A ``str.translate`` table that computes a character's entry the first time it is met
    (bounded by the characters texts hold)."""

    def __init__(self, entry: Callable[[str], str]) -> None:
        super().__init__()
        self._entry = entry

    def __missing__(self, code: int) -> str:
        value = self[code] = self._entry(chr(code))
        return value


#: Character -> what :func:`normalize_with_map` writes for it; and the length of that
#: ("0", "1", or "2" for anything longer, as ``"İ".lower()``).
_REPLACEMENT = _Table(_replacement)
_LENGTH = _Table(lambda ch: str(min(2, len(_replacement(ch)))))


def is_arabic(text: str) -> bool:
    """True if the text holds at least one Arabic letter."""
    return ARABIC_LETTER.search(text) is not None


def strip_clitics(word: str) -> list[tuple[str, int]]:
    """Candidate stems of a (normalised) word with their proclitic length.

    The word itself comes first; shorter stems follow.  Stems shorter than two
    letters are not offered.

    >>> strip_clitics("وبوتين")
    [('وبوتين', 0), ('بوتين', 1)]
    >>> [s for s, _ in strip_clitics("لروسيا")]
    ['لروسيا', 'روسيا']
    >>> [s for s, _ in strip_clitics("وللقوات")][:3]
    ['وللقوات', 'القوات', 'قوات']
    >>> strip_clitics("فللقوات")[1]
    ('القوات', 3)
    """
    return list(_strip_clitics(word))  # a new list each time: callers may change it


@functools.lru_cache(maxsize=1 << 15)
def _strip_clitics(word: str) -> tuple[tuple[str, int], ...]:
    out = [(word, 0)]
    seen = {word}
    for p in PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            stem = word[len(p) :]
            if p.endswith(("ال", "لل")):
                # "للدفاع" = "ل" + "الدفاع", "وللقوات" = "و" + "ل" + "القوات": offer the form
                # with the article too
                with_article = "ال" + stem if p.endswith("لل") else None
                if with_article and with_article not in seen:
                    out.append((with_article, len(p)))
                    seen.add(with_article)
            if stem not in seen:
                out.append((stem, len(p)))
                seen.add(stem)
    return tuple(out)


def drop_conjunction(word: str) -> str:
    """The word without a leading و / ف (one letter, and only if more than three letters
    stay): blind to whether the letter is a conjunction, so callers compare the result with tables of
    words that do not start with و / ف, or check the word itself first ("وزير" gives "زير").

    >>> drop_conjunction("وتؤكد"), drop_conjunction("فتح"), drop_conjunction("وزير")
    ('تؤكد', 'فتح', 'زير')
    """
    return word[1:] if word[:1] in "وف" and len(word) > 3 else word


def strip_article(word: str) -> str:
    """Drop a leading definite article ``ال`` (after normalisation).

    >>> strip_article("الروسي")
    'روسي'
    """
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    return word
