"""Stable document ids and text clean-up that keeps offsets."""
from __future__ import annotations

import hashlib
import re

_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_VTAB = re.compile("[\x0b\x0c]")
#: a hashtag: "#" right before a letter (not inside a word, an HTML entity or a URL path) and the
#: words its "_" join ("#تيريزا_ماي", "#MeToo")
_HASHTAG = re.compile(r"(?<![\w&/])#(?=[^\W\d_])[^\W_]+(?:_[^\W_]+)*")


def short_hash(text: str, length: int = 8) -> str:
    """The first ``length`` hex digits of the SHA-256 of ``text`` (UTF-8).

    >>> short_hash("abc")
    'ba7816bf'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:length]


def derived_id(stem: str, text: str) -> str:
    """An id for a document without one: the file stem and a hash of its text.

    >>> derived_id("page", "abc")
    'page-ba7816bf'
    """
    return f"{stem}-{short_hash(text)}"


def clean_text(text: str) -> tuple[str, int]:
    """Replace characters no RDF/XML output can hold, without moving offsets.

    Control characters other than tab, newline and carriage return, lone
    surrogates and the non-characters U+FFFE/U+FFFF become U+FFFD (vertical tab
    and form feed become spaces), one for one, so every offset stays valid.

    Returns:
        the cleaned text and how many characters were replaced.

    >>> clean_text("a\\x00b\\x0cc")
    ('a\\ufffdb c', 2)
    """
    count = 0
    if _UNSAFE.search(text):
        text, n = _UNSAFE.subn("\ufffd", text)
        count += n
    if _VTAB.search(text):
        text, n = _VTAB.subn(" ", text)
        count += n
    return text, count


def plain_hashtags(text: str) -> str:
    """A hashtag's "#" and the "_" between its words become spaces, one for one, so offsets stay
    valid: news sites tag names in the text (``رئيسة الوزراء #تيريزا_ماي``, ``#محمود_عباس``) and the
    tagger, the gazetteer and the rules read the name, not a token run with "_" in it.

    >>> plain_hashtags("رئيسة وزراء بريطانيا #تيريزا_ماي في لندن")
    'رئيسة وزراء بريطانيا  تيريزا ماي في لندن'
    >>> plain_hashtags("see page.html#top, C# and &#39; and snake_case")
    'see page.html#top, C# and &#39; and snake_case'
    """
    if "#" not in text:
        return text
    return _HASHTAG.sub(lambda m: " " + m.group()[1:].replace("_", " "), text)
