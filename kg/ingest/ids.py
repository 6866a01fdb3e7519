"""Stable document ids and text clean-up that keeps offsets."""
from __future__ import annotations

import hashlib
import re

_UNSAFE = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_VTAB = re.compile("[\x0b\x0c]")


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
