"""Token features for the CRF taggers, Arabic and English.

Each token's own features are computed once per word type and cached; a
token's feature list is then its own features plus a few of its neighbours',
prefixed with the offset (``-1:w=...``).  Changing anything here changes the
model's inputs: retrain after an edit (``kg train ner``).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from kg.ner.arabic import is_arabic, normalize, split_proclitic, stem
from kg.ner.resources import Resources

#: Feature lists, one per token.
Features = list[list[str]]

_DIGIT = re.compile(r"\d")


def _shape(word: str) -> str:
    """Collapsed character classes: ``Kim-Jong`` -> ``Xx-Xx``, ``1996`` -> ``d``."""
    out: list[str] = []
    for ch in word:
        if ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "X" if ch.isupper() else ("a" if is_arabic(ch) else "x")
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


#: Word-identity features, dropped for rare training words (see ``drop``).
_LEXICAL = frozenset({"w", "r", "st"})


def _bin(p: float) -> str:
    return str(min(4, int(p * 5)))


class ArabicFeaturizer:
    """Features for Arabic tokens (ANERcorp orthography, clitics attached)."""

    #: Context offsets whose word features are copied in, and which of them.
    CONTEXT: ClassVar[dict[int, tuple[str, ...]]] = {-2: ("w", "c1", "nm"), -1: ("w", "r", "c0", "c2", "t1", "nm", "pc", "g"),
               1: ("w", "r", "c0", "c2", "t1", "nm", "pc", "g"), 2: ("w", "c1", "nm")}

    def __init__(self, res: Resources, *, use_clusters: bool = True, use_names: bool = True,
                 use_gazetteer: bool = True, names_in_context: bool = True) -> None:
        self.res = res
        #: Normalised words whose identity features are left out (training only: the
        #: rare words of the training data, so the model learns to tag unseen words
        #: from their shape, clusters and context).
        self.drop: set[str] = set()
        self.use_clusters = use_clusters and bool(res.clusters)
        self.use_names = use_names and res.names is not None
        self.use_gazetteer = use_gazetteer and bool(res.gazetteer)
        self.context = {off: tuple(k for k in keys if names_in_context or k != "nm")
                        for off, keys in self.CONTEXT.items()}
        self._cache: dict[str, dict[str, str]] = {}

    def word(self, token: str) -> dict[str, str]:
        """The features of one word type, keyed by short names."""
        f = self._cache.get(token)
        if f is not None:
            return f
        n = normalize(token)
        pc, rest = split_proclitic(n) if is_arabic(n) else ("", n)
        f = {"w": n, "r": rest, "pc": pc, "sh": _shape(token)[:4]}
        f["st"] = stem(n) if is_arabic(n) else n
        f["p2"], f["p3"] = n[:2], n[:3]
        f["s1"], f["s2"], f["s3"] = n[-1:], n[-2:], n[-3:]
        f["rp2"], f["rs2"] = rest[:2], rest[-2:]
        f["len"] = str(min(len(rest), 9))
        if self.use_clusters:
            cl = self.res.clusters.get(n) or self.res.clusters.get(rest)
            if cl:
                for k, c in enumerate(cl):
                    f[f"c{k}"] = c
            if rest != n:
                rc = self.res.clusters.get(rest)
                if rc:
                    f["rc0"], f["rc2"] = rc[0], rc[2]
            tp = self.res.topics.get(n) or self.res.topics.get(rest)
            if tp:
                for k, c in enumerate(tp):
                    f[f"t{k}"] = c
        if self.use_names and is_arabic(n) and len(rest) >= 2:
            assert self.res.names is not None
            f["nm"] = _bin(max(self.res.names.score(n), self.res.names.score(rest)))
        if self.use_gazetteer:
            g = self.res.gazetteer.get(n) or self.res.gazetteer.get(rest)
            if g:
                f["g"] = g
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[token] = f
        return f

    def __call__(self, tokens: list[str]) -> Features:
        words = [self.word(t) for t in tokens]
        out: Features = []
        n = len(words)
        drop = self.drop
        for i, f in enumerate(words):
            if drop and f["w"] in drop:
                feats = ["b"] + [f"{k}={v}" for k, v in f.items() if k not in _LEXICAL]
            else:
                feats = ["b"] + [f"{k}={v}" for k, v in f.items()]
            for off, keys in self.context.items():
                j = i + off
                if 0 <= j < n:
                    g = words[j]
                    feats.extend(f"{off}:{k}={g[k]}" for k in keys if k in g)
                else:
                    feats.append(f"{off}:pad")
            if drop and f["w"] in drop:
                pass
            else:
                if i > 0:
                    feats.append(f"w-1|w={words[i-1]['w']}|{f['w']}")
                if i + 1 < n:
                    feats.append(f"w|w+1={f['w']}|{words[i+1]['w']}")
            if self.use_gazetteer and i + 1 < n:
                g2 = self.res.gazetteer.get(f"{f['r']} {words[i+1]['w']}")
                if g2:
                    feats.append("g2=" + g2)
            out.append(feats)
        return out


#: Word types whose feature strings :meth:`EnglishFeaturizer.strings` keeps (about 1.2 KB a type
#: beside the type's features: 36 MB when full; the 2,225 BBC articles hold some 33,000 types).
_STRING_TYPES = 30_000


class EnglishFeaturizer:
    """Features for English tokens (CoNLL-2003 tokenisation)."""

    CONTEXT: ClassVar[dict[int, tuple[str, ...]]] = {-2: ("l", "sh", "c1"), -1: ("l", "sh", "c0", "c2", "t1", "t", "g"),
               1: ("l", "sh", "c0", "c2", "t1", "t", "g"), 2: ("l", "sh", "c1")}

    def __init__(self, res: Resources, *, use_clusters: bool = True, use_gazetteer: bool = True,
                 use_names: bool = True) -> None:
        self.res = res
        self.use_clusters = use_clusters and bool(res.clusters)
        self.use_gazetteer = use_gazetteer and bool(res.gazetteer)
        self._cache: dict[str, dict[str, str]] = {}

    def word(self, token: str) -> dict[str, str]:
        """The features of one word type, keyed by short names."""
        f = self._cache.get(token)
        if f is not None:
            return f
        low = token.lower()
        sh = _shape(token)
        f = {"w": token, "l": low, "sh": sh, "lsh": "".join(
            "X" if c.isupper() else "x" if c.isalpha() else "d" if c.isdigit() else c for c in token[:6])}
        for k in (1, 2, 3, 4):
            f[f"p{k}"] = low[:k]
            f[f"s{k}"] = low[-k:]
        if token[:1].isupper():
            f["t"] = "U" if token.isupper() and len(token) > 1 else "T"
        if _DIGIT.search(token):
            f["d"] = "1"
        if "-" in token:
            f["hy"] = "1"
        if self.use_clusters:
            cl = self.res.clusters.get(low)
            if cl:
                for k, c in enumerate(cl):
                    f[f"c{k}"] = c
            tp = self.res.topics.get(low)
            if tp:
                for k, c in enumerate(tp):
                    f[f"t{k}"] = c
        if self.use_gazetteer:
            g = self.res.gazetteer.get(low)
            if g:
                f["g"] = g
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[token] = f
        return f

    def strings(self, token: str) -> tuple[dict[str, str], tuple[str, ...], tuple[tuple[str, ...], ...]]:
        """The features of one word type (:meth:`word`), its own feature strings (``"k=v"``) and,
        per offset of :attr:`CONTEXT`, the strings it gives the token at that distance
        (``"-1:l=v"``): made once per type (at most :data:`_STRING_TYPES` types; equal strings
        are one object) instead of once per token."""
        context = self._context()
        cache = self.__dict__.get("_strings")
        if cache is None or cache[0] is not context:
            cache = self._strings = (context, {}, {})
        got = cache[1].get(token)
        if got is not None:
            return got
        f = self.word(token)
        shared = cache[2]
        own = tuple(shared.setdefault(x, x) for x in [f"{k}={v}" for k, v in f.items()])
        around = tuple(tuple(shared.setdefault(x, x) for x in [prefix + f[k] for k, prefix in pairs if k in f])
                       for _, pairs, _ in context)  # f"{off}:{k}={f[k]}"
        if len(cache[1]) >= _STRING_TYPES:
            cache[1].clear()
            shared.clear()
        got = cache[1][token] = (f, own, around)
        return got

    def __call__(self, tokens: list[str]) -> Features:
        context = self._context()
        cache = self.__dict__.get("_strings")
        known = cache[1] if cache is not None and cache[0] is context else {}
        made = [known.get(t) or self.strings(t) for t in tokens]
        words = [f for f, _, _ in made]
        out: Features = []
        n = len(words)
        # Headlines in capitals ("SOCCER - JAPAN GET LUCKY WIN") hide the case cue.
        alpha = [t for t in tokens if t[:1].isalpha()]
        caps = len(alpha) >= 3 and all(t.isupper() for t in alpha)
        pads = [(k, off, pad) for k, (off, _, pad) in enumerate(context)]
        gazetteer = self.res.gazetteer if self.use_gazetteer else None
        for i, (f, own, _) in enumerate(made):
            feats = ["b", *own]
            if caps:
                feats.append("capsent")
            if i == 0:
                feats.append("first")
            for k, off, pad in pads:
                j = i + off
                if 0 <= j < n:
                    feats += made[j][2][k]
                else:
                    feats.append(pad)
            if i > 0:
                feats.append(f"l-1|l={words[i-1]['l']}|{f['l']}")
            if i + 1 < n:
                feats.append(f"l|l+1={f['l']}|{words[i+1]['l']}")
            if gazetteer is not None and i + 1 < n:
                g2 = gazetteer.get(f"{f['l']} {words[i+1]['l']}")
                if g2:
                    feats.append("g2=" + g2)
            out.append(feats)
        return out

    def _context(self) -> list[tuple[int, tuple[tuple[str, str], ...], str]]:
        """:attr:`CONTEXT` with each feature's text before its value made once
        (``(offset, ((key, "offset:key="), ...), "offset:pad")``)."""
        made = self.__dict__.get("_made_context")
        if made is None or made[0] is not self.CONTEXT:
            made = self._made_context = (self.CONTEXT, [
                (off, tuple((k, f"{off}:{k}=") for k in keys), f"{off}:pad") for off, keys in self.CONTEXT.items()])
        return made[1]


def featurizer(res: Resources, **options: bool) -> Callable[[list[str]], Features]:
    """The featurizer for ``res.lang`` with the given feature switches."""
    cls = ArabicFeaturizer if res.lang == "ar" else EnglishFeaturizer
    return cls(res, **options)


def doc_key(lang: str) -> Callable[[str], str]:
    """How the document pass groups occurrences of a word.

    Arabic: normalised, proclitics off (``وبوتين`` and ``بوتين`` group together).
    English: capitalised words, lower-cased; other words are not grouped.
    """
    if lang == "ar":
        return lambda t: split_proclitic(normalize(t))[1]
    return lambda t: t.lower() if t[:1].isupper() else ""


def context_form(lang: str) -> Callable[[str], str]:
    """How neighbours of a word's other occurrences are reported (see
    :func:`kg.ner.context.occurrence_features`)."""
    if lang == "ar":
        return normalize
    return lambda t: t.lower()
