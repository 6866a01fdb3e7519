"""A small part-of-speech tagger (CRF) for the event rules' syntactic signal.

The event grammar asks of each word: is it a verb, a noun, an adjective, a
preposition, an auxiliary?  A linear-chain CRF (python-crfsuite) answers with
Penn Treebank tags for English (``VBD`` / ``VBN`` / ``VBG`` / ``NN`` ...: finite verbs,
participles and nouns apart) and Universal POS tags for Arabic, trained offline by :mod:`kg.events.train_pos` on Universal
Dependencies treebanks (English: UD_English-EWT train, CC BY-SA 4.0; Arabic:
UD_Arabic-PUD, CC BY-SA 3.0) and shipped as ``kg/events/models/pos_<lang>.crfsuite``.

Arabic words are tagged whole (clitics attached, as kg's tokeniser leaves them):
a word's tag is the tag of its content part (``وقال`` -> VERB, ``بالحرب`` -> NOUN).

When a model file is missing the tagger is unavailable (:func:`get_tagger`
returns None) and the rules fall back to the lexicon alone.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from kg.text.arabic import normalize

MODEL_DIR = Path(__file__).with_name("models")


def word_features(words: list[str], i: int, lang: str) -> list[str]:
    """CRF features of word ``i`` (surface forms, not lower-cased for English shape)."""
    f = list(_own_features(words[i], lang))
    if lang == "en" and i == 0 and "cap" in f:
        f.append("cap0")
    for off in (-2, -1, 1, 2):
        j = i + off
        if 0 <= j < len(words):
            x = _key(words[j], lang)
            f.append(f"w{off:+d}=" + x)
            if off in (-1, 1):
                f.append(f"s{off:+d}=" + x[-2:])
        else:
            f.append(f"w{off:+d}=<s>")
    return f


@functools.lru_cache(maxsize=100_000)
def _key(w: str, lang: str) -> str:
    return normalize(w) if lang == "ar" else w.lower()


@functools.lru_cache(maxsize=100_000)
def _own_features(w: str, lang: str) -> tuple[str, ...]:
    """The features of a word that do not depend on its neighbours."""
    if lang == "ar":
        n = normalize(w)
        f = [
            "b",
            "w=" + n,
            "p1=" + n[:1],
            "p2=" + n[:2],
            "p3=" + n[:3],
            "s1=" + n[-1:],
            "s2=" + n[-2:],
            "s3=" + n[-3:],
            "len=" + str(min(len(n), 8)),
        ]
        if n.isdigit():
            f.append("digit")
        if not any(ch.isalpha() for ch in n):
            f.append("punct=" + n)
    else:
        lw = w.lower()
        f = [
            "b",
            "w=" + lw,
            "s1=" + lw[-1:],
            "s2=" + lw[-2:],
            "s3=" + lw[-3:],
            "s4=" + lw[-4:],
            "p2=" + lw[:2],
        ]
        if w[:1].isupper():
            f.append("cap")
        if w.isupper() and len(w) > 1:
            f.append("upper")
        if any(ch.isdigit() for ch in w):
            f.append("digit")
        if "-" in w:
            f.append("hyphen")
    return tuple(f)


def sentence_features(words: list[str], lang: str) -> list[list[str]]:
    """:func:`word_features` of every word, each neighbour's key computed once (the same lists)."""
    n = len(words)
    keys = [_key(w, lang) for w in words]
    ends = [k[-2:] for k in keys]
    out: list[list[str]] = []
    for i in range(n):
        f = list(_own_features(words[i], lang))
        if lang == "en" and i == 0 and "cap" in f:
            f.append("cap0")
        f.append("w-2=" + keys[i - 2] if i >= 2 else "w-2=<s>")
        if i >= 1:
            f.append("w-1=" + keys[i - 1])
            f.append("s-1=" + ends[i - 1])
        else:
            f.append("w-1=<s>")
        if i + 1 < n:
            f.append("w+1=" + keys[i + 1])
            f.append("s+1=" + ends[i + 1])
        else:
            f.append("w+1=<s>")
        f.append("w+2=" + keys[i + 2] if i + 2 < n else "w+2=<s>")
        out.append(f)
    return out


def utf8_features(words: list[str], lang: str) -> list[list[bytes]]:
    """:func:`sentence_features` encoded as UTF-8, as python-crfsuite hands them to CRFsuite (which
    then skips the encoding of each string); a word's own features and those it gives its
    neighbours are made once per word type (:func:`_utf8_parts`)."""
    n = len(words)
    parts = list(map(_utf8_parts_ar if lang == "ar" else _utf8_parts_en, words))
    if n >= 4:
        # the two first words, the middle ones, the two last: each list made in one go
        p0, p1, z1, z0 = parts[0], parts[1][1], parts[n - 2][1], parts[n - 1][1]
        p2 = parts[2][1]
        out: list[list[bytes]] = [
            [*p0[0], b"cap0", b"w-2=<s>", b"w-1=<s>", p1[3], p1[4], p2[5]]
            if p0[2] and lang == "en"
            else [*p0[0], b"w-2=<s>", b"w-1=<s>", p1[3], p1[4], p2[5]],
            [*parts[1][0], b"w-2=<s>", p0[1][1], p0[1][2], p2[3], p2[4], parts[3][1][5]],
        ]
        for i in range(2, n - 2):  # both neighbours on each side
            b1, a1 = parts[i - 1][1], parts[i + 1][1]
            out.append([*parts[i][0], parts[i - 2][1][0], b1[1], b1[2], a1[3], a1[4], parts[i + 2][1][5]])
        y = parts[n - 3][1]
        out.append([*parts[n - 2][0], parts[n - 4][1][0], y[1], y[2], z0[3], z0[4], b"w+2=<s>"])
        out.append([*parts[n - 1][0], y[0], z1[1], z1[2], b"w+1=<s>", b"w+2=<s>"])
        return out
    out = []  # fewer than four words
    for i in range(n):
        own = parts[i][0]
        if 2 <= i < n - 2:  # most words: both neighbours on each side
            b1, a1 = parts[i - 1][1], parts[i + 1][1]
            out.append([*own, parts[i - 2][1][0], b1[1], b1[2], a1[3], a1[4], parts[i + 2][1][5]])
            continue
        f = list(own)
        if i == 0 and parts[i][2] and lang == "en":
            f.append(b"cap0")
        f.append(parts[i - 2][1][0] if i >= 2 else b"w-2=<s>")
        if i >= 1:
            before = parts[i - 1][1]
            f.append(before[1])
            f.append(before[2])
        else:
            f.append(b"w-1=<s>")
        if i + 1 < n:
            after = parts[i + 1][1]
            f.append(after[3])
            f.append(after[4])
        else:
            f.append(b"w+1=<s>")
        f.append(parts[i + 2][1][5] if i + 2 < n else b"w+2=<s>")
        out.append(f)
    return out


@functools.lru_cache(maxsize=100_000)
def _utf8_parts_en(w: str) -> tuple[tuple[bytes, ...], tuple[bytes, ...], bool]:
    """:func:`_utf8_parts` of an English word (one cache per language: a one-argument key)."""
    return _utf8_parts(w, "en")


@functools.lru_cache(maxsize=100_000)
def _utf8_parts_ar(w: str) -> tuple[tuple[bytes, ...], tuple[bytes, ...], bool]:
    """:func:`_utf8_parts` of an Arabic word."""
    return _utf8_parts(w, "ar")


def _utf8_parts(w: str, lang: str) -> tuple[tuple[bytes, ...], tuple[bytes, ...], bool]:
    """A word's own features, the features it gives its neighbours (``w-2=``, ``w-1=``, ``s-1=``,
    ``w+1=``, ``s+1=``, ``w+2=``) and whether it has ``cap``, UTF-8 encoded.  Made without the
    caches of :func:`_own_features` and :func:`_key`: the tagger fills those of
    :func:`_utf8_parts_en` / :func:`_utf8_parts_ar` instead."""
    own = _own_features.__wrapped__(w, lang)
    k = normalize(w) if lang == "ar" else w.lower()
    end = k[-2:]
    around = ("w-2=" + k, "w-1=" + k, "s-1=" + end, "w+1=" + k, "s+1=" + end, "w+2=" + k)
    return tuple(x.encode("utf-8") for x in own), tuple(x.encode("utf-8") for x in around), "cap" in own


class Tagger:
    """A loaded POS model."""

    def __init__(self, path: Path, lang: str) -> None:
        import pycrfsuite  # type: ignore[import-untyped]

        self.lang = lang
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))

    def tag(self, words: list[str]) -> list[str]:
        """UPOS tags of the words of one sentence."""
        if not words:
            return []
        return list(self._tagger.tag(utf8_features(words, self.lang)))


@functools.lru_cache(maxsize=4)
def get_tagger(lang: str) -> Tagger | None:
    """The tagger of a language, or None if its model is not installed."""
    lang = "ar" if lang == "ar" else "en"
    try:
        ref = resources.files("kg.events").joinpath("models", f"pos_{lang}.crfsuite")
        with resources.as_file(ref) as path:
            if not Path(path).exists():
                return None
            return Tagger(Path(path), lang)
    except (ImportError, FileNotFoundError, OSError):
        return None
