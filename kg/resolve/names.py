"""Name forms for resolution: tokens, spacing/hyphen variants, clitics, slugs.

Arabic normalisation itself (diacritics, alef forms, ta marbuta ...) is
:func:`kg.text.arabic.normalize`; this module adds what name matching needs on
top of it: a name as a tuple of tokens, a spacing-free form (``بيونغ يانغ`` =
``بيونغيانغ``), a proclitic-free form (``وبوتين`` -> ``بوتين``), English
initials for acronyms, and the ASCII/percent-safe slug used in entity keys.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from urllib.parse import quote

from kg.text.arabic import is_arabic, normalize

#: Characters that separate the tokens of a name (hyphens, dashes, dots, quotes).
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.\u060c,\"'\u201c\u201d\u00ab\u00bb()\[\]/#:]+")

#: Single-letter proclitics that may be glued to a name in running Arabic text.
_NAME_CLITICS = ("و", "ف", "ب", "ل", "ك")

#: English words left out of initials ("United Nations" -> "UN").
_STOP_EN = frozenset({"of", "the", "for", "and", "on", "in", "de", "la", "to", "at"})

#: Arabic particles that start name parts and never stand alone as a surname.
NAME_PARTICLES = frozenset({"بن", "ابن", "بنت", "ابو", "بني", "عبد", "ال", "ام", "دي", "فون", "فان", "لا"})


@functools.lru_cache(maxsize=1 << 15)
def name_tokens(text: str) -> tuple[str, ...]:
    """Split a name into normalised tokens; hyphens and dashes separate tokens.

    Memoised (bounded): resolution asks again and again for the same few names
    (227,217 calls for 58,105 texts in 300 ANT articles).

    >>> name_tokens("كيم جونغ- أون")
    ('كيم', 'جونغ', 'اون')
    >>> name_tokens("Kim Jong-un")
    ('kim', 'jong', 'un')
    """
    return tuple(t for t in _SEPARATORS.split(normalize(text)) if t)


def compact(tokens: tuple[str, ...]) -> str:
    """The name without spaces: ``("بيونغ", "يانغ")`` -> ``"بيونغيانغ"``."""
    return "".join(tokens)


def strip_name_clitic(token: str) -> str | None:
    """The token without a glued one-letter proclitic, or None if it has none.

    Only a possibility: ``وليد`` is a name, not ``و`` + ``ليد``; callers accept
    the stripped form only when it is attested elsewhere.

    >>> strip_name_clitic("وبوتين")
    'بوتين'
    >>> strip_name_clitic("Putin") is None
    True
    """
    if is_arabic(token) and len(token) >= 4 and token[0] in _NAME_CLITICS:
        return token[1:]
    return None


def clitic_variants(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The name as written and with a glued proclitic removed from its first token.

    >>> clitic_variants(("لروسيا",))
    [('لروسيا',), ('روسيا',)]
    >>> clitic_variants(("للسيسي",))[-1]  # ل + السيسي: the article's alif is not written after ل
    ('السيسي',)
    """
    out = [tokens]
    if tokens:
        first = tokens[0]
        seen = {first}
        stripped = strip_name_clitic(first)
        while stripped and stripped not in seen:
            seen.add(stripped)
            out.append((stripped, *tokens[1:]))
            stripped = strip_name_clitic(stripped) if stripped[0] in ("ب", "ل", "ك") else None
        if first.startswith("ال") and len(first) > 4:
            out.append((first[2:], *tokens[1:]))
        for w in (first, first[1:] if first[:1] in ("و", "ف") else ""):
            if w.startswith("لل") and len(w) > 4 and is_arabic(w):
                out.append(("ال" + w[2:], *tokens[1:]))  # "للسيسي", "وللسيسي" -> "السيسي"
    return out


def initials(text: str) -> str:
    """Upper-case initials of the content words of an English name.

    >>> initials("United Nations")
    'UN'
    >>> initials("North Atlantic Treaty Organization")
    'NATO'
    """
    words = [w for w in re.split(r"[\s\-]+", text) if w]
    return "".join(w[0].upper() for w in words if w.lower() not in _STOP_EN and w[0].isalpha())


def is_acronym(text: str) -> bool:
    """True for a Latin acronym such as ``NATO`` or ``U.N.``."""
    t = text.replace(".", "").strip()
    return 2 <= len(t) <= 8 and t.isascii() and t.isalpha() and t.isupper()


def ascii_slug(text: str) -> str:
    """A lower-case, hyphen-separated ASCII slug of a Latin-script name.

    >>> ascii_slug("Kim Jong-un")
    'kim-jong-un'
    >>> ascii_slug("Recep Tayyip Erdoğan")
    'recep-tayyip-erdogan'
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = folded.replace("'", "").replace("\u2019", "")
    return re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")


def slug(text: str) -> str:
    """The slug of a name for an entity key: ASCII for Latin names, else the
    normalised Arabic tokens joined by ``-`` and percent-encoded.

    >>> slug("Vladimir Putin")
    'vladimir-putin'
    >>> slug("بوتين")
    '%D8%A8%D9%88%D8%AA%D9%8A%D9%86'
    """
    if not is_arabic(text):
        s = ascii_slug(text)
        if s:
            return s
    tokens = name_tokens(text)
    return quote("-".join(tokens), safe="-") or "unnamed"
