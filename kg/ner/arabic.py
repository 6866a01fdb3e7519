"""Arabic word normalisation and light clitic stripping for NER features.

Frozen with the shipped model: changing these functions changes the features the
model was trained on, so retrain after any edit.
"""
from __future__ import annotations

import re
from functools import lru_cache

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})

#: Proclitic sequences, longest first (conjunction + preposition + article).
PROCLITICS = (
    "وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل",
    "لل", "ال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "س",
)
#: Enclitic pronouns and common inflectional endings, longest first.
ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ك", "ي")
_SUFFIXES = ("يين", "يون", "ين", "ون", "ات", "ان", "يه", "ي")


@lru_cache(maxsize=200_000)
def normalize(word: str) -> str:
    """Remove diacritics and tatweel; unify alef, yeh, teh marbuta and hamza seats.

    >>> normalize("أَحْمَد"), normalize("مصطفى"), normalize("الدولة")
    ('احمد', 'مصطفي', 'الدوله')
    """
    return _MARKS.sub("", word).translate(_MAP)


@lru_cache(maxsize=200_000)
def split_proclitic(norm: str) -> tuple[str, str]:
    """Split a normalised word into (proclitics, rest), keeping at least 2 letters.

    It is greedy and blind (``بوتين`` -> ``ب`` + ``وتين``); the features keep the
    whole word too, so the model learns when the split is wrong.

    >>> split_proclitic("والرئيس"), split_proclitic("لل")
    (('وال', 'رئيس'), ('', 'لل'))
    """
    for p in PROCLITICS:
        if norm.startswith(p) and len(norm) - len(p) >= 2:
            # A bare single-letter clitic before a short word is usually part of the word.
            if len(p) == 1 and len(norm) <= 3:
                continue
            return p, norm[len(p):]
    return "", norm


@lru_cache(maxsize=200_000)
def stem(norm: str) -> str:
    """A crude stem: proclitics off, one plural/nisba ending off.

    >>> stem("والامريكيين"), stem("بروسيا")
    ('امريك', 'روسيا')
    """
    rest = split_proclitic(norm)[1]
    for s in _SUFFIXES:
        if rest.endswith(s) and len(rest) - len(s) >= 3:
            return rest[: -len(s)]
    return rest


def is_arabic(word: str) -> bool:
    """True if the word's first character is an Arabic letter."""
    return bool(word) and "\u0600" <= word[0] <= "\u06ff"
