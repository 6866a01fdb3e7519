"""Tokens and sentences with character offsets into the original text.

The tokeniser separates words from punctuation (``البلدين".`` -> ``البلدين``
``"`` ``.``; ``جونغ-`` -> ``جونغ`` ``-``) and keeps every offset, so any span
found on tokens maps back to the exact characters of the article.  Clitics are
not split here: extractors that need stems ask :func:`kg.text.arabic.strip_clitics`.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple


class Token(NamedTuple):
    """A token: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


# A word: letters, marks and digits (Arabic diacritics and tatweel stay inside the
# word), with inner apostrophes / dots of numbers; anything else is one punctuation token.
_TOKEN = re.compile(
    r"[^\W_](?:[^\W_]|[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c\u200d])*"
    r"(?:['’](?:[^\W_])+)*"
    r"|\d+(?:[.,٫٬]\d+)*"
    r"|[^\s\w]|_",
    re.UNICODE,
)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into word and punctuation tokens with offsets.

    >>> [t.text for t in tokenize('كيم جونغ- أون قال: "البلدين".')]
    ['كيم', 'جونغ', '-', 'أون', 'قال', ':', '"', 'البلدين', '"', '.']
    >>> tokenize("Kim's visit")[0]
    Token(start=0, end=5, text="Kim's")
    """
    if len(text) >= _CACHED:
        return list(_tokenize_long(text))  # a new list each time: callers may change it
    return [_new(Token, (*m.span(), m.group())) for m in _TOKEN.finditer(text)]


#: Texts this long (whole articles) are remembered: gazetteer, rules and events each
#: tokenise the same article; the cache holds the last few only.
_CACHED = 256


#: ``Token`` s made without the keyword handling of ``Token.__new__`` (the tokeniser's hot loop).
_new = tuple.__new__


@functools.lru_cache(maxsize=4)
def _tokenize_long(text: str) -> tuple[Token, ...]:
    return tuple([_new(Token, (*m.span(), m.group())) for m in _TOKEN.finditer(text)])


def token_keys(text: str) -> list[str]:
    """:func:`kg.text.arabic.normalize` of each token of ``tokenize(text)``: the keys the
    extractors match Arabic words on (the gazetteer, the cue rules and name propagation
    each read them for the whole article; a long text's are remembered with its tokens).

    >>> token_keys("أعلنت الدولة: نعم")
    ['اعلنت', 'الدوله', ':', 'نعم']
    """
    if len(text) >= _CACHED:
        return list(_token_keys_long(text))  # a new list each time: callers may change it
    from kg.text.arabic import normalize

    return [normalize(t.text) for t in tokenize(text)]


@functools.lru_cache(maxsize=4)
def _token_keys_long(text: str) -> tuple[str, ...]:
    from kg.text.arabic import normalize

    return tuple([normalize(t.text) for t in _tokenize_long(text)])


# Abbreviations after which a full stop does not end an English sentence.
_ABBREV = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt maj rep sen gov st jr sr inc ltd co corp vs etc no jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e".split()
)
_END = re.compile(r"[.!?؟\u06d4]+[\"'”’»)\]]*(?=\s)|\n\s*\n|\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split text into sentence spans ``(start, end)``, whitespace trimmed.

    Sentences end at ``. ! ? ؟`` followed by white space, and at line breaks
    (news paragraphs and headline lists are one sentence per line).

    >>> text = "ذكرت الوكالة الخبر. وقال كيم إن البلدين متحدان؟ نعم\\nMr. Kim met Putin."
    >>> [text[s:e] for s, e in split_sentences(text)]
    ['ذكرت الوكالة الخبر.', 'وقال كيم إن البلدين متحدان؟', 'نعم', 'Mr. Kim met Putin.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        end = m.end()
        if m.group().startswith("."):
            word = re.search(r"([\w.]+)\.$", text[start : m.start() + 1])
            if word and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
