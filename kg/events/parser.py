"""A small dependency parser for the event roles (who did what to whom), English and Arabic.

A greedy arc-hybrid transition parser (Kuhlmann, Gómez-Rodríguez & Satta 2011) whose
moves are scored by an averaged perceptron over words, lower-cased forms, suffixes and
part-of-speech tags of the stack and buffer (the tags come from kg's own CRF tagger,
:mod:`kg.events.pos`, so training and run time see the same kind of tags).  It is
trained by :mod:`kg.events.train_parser` on UD English-EWT train (CC BY-SA 4.0) with a
dynamic oracle (Goldberg & Nivre 2013) and shipped as ``kg/events/models/parser_en.npz``.
Labels are kept to what the roles need (:data:`LABELS`); any other UD relation is
``dep``.

The Arabic model (``parser_ar.npz``) is the same parser trained on UD Arabic-PUD (CC BY-SA
3.0) by ``python -m kg.events.train_parser --lang ar``: its words are kg's own tokens (clitics
attached: ``لأوباما`` is one word, which takes the head and relation of its content part), its
forms normalised (:func:`kg.text.arabic.normalize`), its tags UPOS from ``pos_ar.crfsuite``, and
its "shape" feature the word's first two letters (the conjunction / preposition / article
prefixes), since Arabic has no capitals.

Pure Python + numpy: a sentence of 25 words is about 50 moves, each a dictionary look-up
of 49 feature strings and one sum over rows of the weight matrix.  The model is
loaded lazily (:func:`get_parser`); when its file is missing, :func:`get_parser` returns
None and the rule roles work alone.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

MODEL_DIR = Path(__file__).with_name("models")
MODEL_FILE = "parser_en.npz"
#: the model file of each language
MODEL_FILES = {"en": MODEL_FILE, "ar": "parser_ar.npz"}

#: The relations the parser predicts (UD v2 names; ``poss`` is UD's ``nmod:poss``).
LABELS = (
    "root",
    "nsubj",
    "nsubj:pass",
    "obj",
    "iobj",
    "obl",
    "obl:agent",
    "nmod",
    "poss",
    "conj",
    "cc",
    "xcomp",
    "ccomp",
    "advcl",
    "acl",
    "acl:relcl",
    "appos",
    "compound",
    "compound:prt",
    "flat",
    "det",
    "case",
    "mark",
    "cop",
    "aux",
    "punct",
    "amod",
    "advmod",
    "nummod",
    "parataxis",
    "dep",
)
_KEEP = set(LABELS)
_MAP = {
    "nmod:poss": "poss",
    "aux:pass": "aux",
    "obl:unmarked": "obl",
    "obl:npmod": "obl",
    "obl:tmod": "obl",
    "nmod:unmarked": "nmod",
    "nmod:npmod": "nmod",
    "nmod:tmod": "nmod",
    "nmod:desc": "nmod",
    "flat:name": "flat",
    "flat:foreign": "flat",
    "advcl:relcl": "advcl",
    "det:predet": "det",
    "cc:preconj": "cc",
    "nsubj:outer": "nsubj",
    "csubj": "nsubj",
    "csubj:pass": "nsubj:pass",
}

SHIFT, LEFT, RIGHT = 0, 1, 2
N_LABELS = len(LABELS)
N_CLASSES = 1 + 2 * N_LABELS


def map_label(rel: str) -> str:
    """A UD relation as one of :data:`LABELS`."""
    if rel in _KEEP:
        return rel
    return _MAP.get(rel, "dep")


def move_of(cls: int) -> tuple[int, int]:
    """(move, label index) of a class number; SHIFT has label -1."""
    if cls == 0:
        return SHIFT, -1
    cls -= 1
    return (LEFT if cls < N_LABELS else RIGHT), cls % N_LABELS


def class_of(move: int, label: int) -> int:
    """The class number of a move and a label index."""
    if move == SHIFT:
        return 0
    return 1 + (0 if move == LEFT else N_LABELS) + label


def _suffix(w: str) -> str:
    return w[-3:]


def _shape(w: str) -> str:
    if w[:1].isupper():
        return "X" if not w.isupper() or len(w) == 1 else "XX"
    if w[:1].isdigit():
        return "d"
    return "x" if w[:1].isalpha() else "p"


class State:
    """A parser configuration: a stack, a buffer front, the arcs so far."""

    __slots__ = ("n", "i", "stack", "heads", "labels", "lefts", "rights")

    def __init__(self, n: int) -> None:
        self.n = n  # index n is the root, at the end of the buffer
        self.i = 0
        self.stack: list[int] = []
        self.heads = [-1] * (n + 1)
        self.labels = [-1] * (n + 1)
        self.lefts: list[list[int]] = [[] for _ in range(n + 2)]
        self.rights: list[list[int]] = [[] for _ in range(n + 2)]

    def valid(self) -> tuple[bool, bool, bool]:
        """Which of SHIFT, LEFT, RIGHT can apply."""
        k = len(self.stack)
        return self.i < self.n, k >= 1, k >= 2

    def done(self) -> bool:
        return self.i >= self.n and not self.stack

    def apply(self, move: int, label: int) -> None:
        if move == SHIFT:
            self.stack.append(self.i)
            self.i += 1
            return
        child = self.stack.pop()
        head = self.i if move == LEFT else self.stack[-1]
        self.heads[child] = head
        self.labels[child] = label
        if child < head:
            self.lefts[head].append(child)
        else:
            self.rights[head].append(child)


def features(words: list[str], lows: list[str], tags: list[str], st: State) -> list[str]:
    """The feature strings of a configuration (the lists of :func:`pad`: ``words`` holds the
    words' shapes)."""
    n = st.n
    stack = st.stack
    i = st.i
    k = len(stack)
    s0 = stack[-1] if k > 0 else -1
    s1 = stack[-2] if k > 1 else -1
    s2 = stack[-3] if k > 2 else -1
    n0, n1, n2 = i, i + 1, i + 2
    # -1 reads the padding slot at the end (index n+3 of the padded lists is "-NONE-")
    lefts, rights, labels = st.lefts, st.rights, st.labels

    def rr(h: int) -> int:
        if h < 0:
            return -1
        c = rights[h]
        return c[-1] if c else -1

    s0L = lefts[s0][0] if s0 >= 0 and lefts[s0] else -1
    s0L2 = lefts[s0][1] if s0 >= 0 and len(lefts[s0]) > 1 else -1
    s0R = rr(s0)
    s0R2 = rights[s0][-2] if s0 >= 0 and len(rights[s0]) > 1 else -1
    n0L = lefts[n0][0] if lefts[n0] else -1
    n0L2 = lefts[n0][1] if len(lefts[n0]) > 1 else -1
    s1R = rr(s1)
    s1L = lefts[s1][0] if s1 >= 0 and lefts[s1] else -1

    w, lw, t = words, lows, tags
    s0w, s0t, n0w, n0t = lw[s0], t[s0], lw[n0], t[n0]
    n1w, n1t, s1w, s1t = lw[n1], t[n1], lw[s1], t[s1]
    n2t, s2t = t[n2], t[s2]
    s0Lt, s0Rt, n0Lt, s1Rt = t[s0L], t[s0R], t[n0L], t[s1R]
    lab = LABELS
    s0Ll = lab[labels[s0L]] if s0L >= 0 else "-"
    s0Rl = lab[labels[s0R]] if s0R >= 0 else "-"
    n0Ll = lab[labels[n0L]] if n0L >= 0 else "-"
    s1Rl = lab[labels[s1R]] if s1R >= 0 else "-"
    s1Ll = lab[labels[s1L]] if s1L >= 0 else "-"
    if s0 >= 0 and n0 < n:
        d = n0 - s0
        dist = str(d) if d < 5 else ("5" if d < 10 else "10")
    else:
        dist = "-"
    s0vl = str(len(lefts[s0])) if s0 >= 0 else "-"
    s0vr = str(len(rights[s0])) if s0 >= 0 else "-"
    n0vl = str(len(lefts[n0]))
    return [
        "b",
        f"a{s0w}",
        f"b{s0t}",
        f"c{s0w} {s0t}",
        f"d{n0w}",
        f"e{n0t}",
        f"f{n0w} {n0t}",
        f"g{n1w}",
        f"h{n1t}",
        f"i{n1w} {n1t}",
        f"j{n2t}",
        f"k{s1w}",
        f"l{s1t}",
        f"m{s1w} {s1t}",
        f"n{s2t}",
        f"o{_suffix(lw[s0])} {s0t}",
        f"p{_suffix(lw[n0])} {n0t}",
        f"q{w[s0]}{w[n0]}{w[s1]}",
        f"r{s0t} {n0t}",
        f"s{s0w} {n0w}",
        f"t{s0w} {s0t} {n0t}",
        f"u{s0t} {n0w} {n0t}",
        f"v{s1t} {s0t}",
        f"w{s1t} {s0t} {n0t}",
        f"x{s0t} {n0t} {n1t}",
        f"y{n0t} {n1t} {n2t}",
        f"z{s2t} {s1t} {s0t}",
        f"A{s1w} {s0w}",
        f"B{s1t} {s0w}",
        f"C{s1w} {s0t}",
        f"D{s0t} {s0Lt} {n0t}",
        f"E{s0t} {s0Rt} {n0t}",
        f"F{s0t} {n0t} {n0Lt}",
        f"G{s0t} {s0Rl}",
        f"H{s0t} {s0Ll}",
        f"I{n0t} {n0Ll}",
        f"J{s1t} {s1Rl} {s0t}",
        f"K{s1t} {s1Ll}",
        f"L{dist} {s0t} {n0t}",
        f"M{dist} {s0w}",
        f"N{dist} {n0w}",
        f"O{s0vl}{s0vr} {s0t}",
        f"P{n0vl} {n0t}",
        f"Q{s0t} {t[s0L2]} {s0Lt}",
        f"R{s0t} {s0Rt} {t[s0R2]}",
        f"S{n0t} {n0Lt} {t[n0L2]}",
        f"T{s1t} {s1Rt} {s0t}",
        f"U{s0w} {n0t} {n1t}",
        f"V{s0t} {s0w} {n0w}",
    ]


def pad(words: list[str], tags: list[str], lang: str = "en") -> tuple[list[str], list[str], list[str]]:
    """Shapes, lower-cased (Arabic: normalised) words and tags with the root and padding slots
    appended.

    Index n is the root, n+1 and n+2 pad the buffer look-ahead, and index -1 (the last
    slot) stands for "no token".  An English shape is capitalisation / digit / punctuation
    (:func:`_shape`); an Arabic one is the word's first two normalised letters.
    """
    if lang == "ar":
        from kg.text.arabic import normalize

        lows = [normalize(x) for x in words]
        shapes = [x[:2] if x[:1].isalpha() else "p" for x in lows]
    else:
        lows = [x.lower() for x in words]
        shapes = [_shape(x) for x in words]
    w = shapes + ["p", "p", "p", "p"]
    lw = lows + ["-root-", "-end-", "-end-", "-none-"]
    t = list(tags) + ["ROOT", "END", "END", "NONE"]
    return w, lw, t


class Parser:
    """A loaded parser model: feature -> row of a weight matrix (one column per class)."""

    def __init__(self, index: dict[str, int], weights: np.ndarray, lang: str = "en") -> None:
        self.index = index
        self.weights = weights
        self.lang = lang

    @classmethod
    def load(cls, path: Path) -> Parser:
        import numpy as np

        with np.load(path, allow_pickle=False) as z:
            names = z["features"].tolist()  # the same str as str(x) of each, at once
            # kept as stored (float16): half the memory of float32; :meth:`parse` widens the
            # rows it sums, so the scores are the float32 sums they always were
            weights = z["weights"]
            lang = str(z["lang"]) if "lang" in z.files else "en"
        return cls({f: r for r, f in enumerate(names)}, weights, lang)

    def parse(self, words: list[str], tags: list[str]) -> tuple[list[int], list[str]]:
        """Heads (-1 for the root) and labels of the words of one tagged sentence."""
        import numpy as np

        n = len(words)
        if n == 0:
            return [], []
        w, lw, t = pad(words, tags, self.lang)
        st = State(n)
        index = self.index
        weights = self.weights
        # float16 rows are widened through a table of every float16's float32 (the same values
        # as astype, in a third of its time); the sum is the float32 sum it always was
        half = weights.view(np.uint16) if weights.dtype == np.float16 else None
        widen = _half_table() if half is not None else None
        inf = float("inf")
        add_reduce = np.add.reduce
        while not st.done():
            rows = [r for r in map(index.get, features(w, lw, t, st)) if r is not None]
            if half is not None:
                # ndarray.sum's own reduction called directly (the same float32 sums)
                scores = add_reduce(widen.take(half.take(rows, axis=0)), axis=0)
            else:
                scores = weights[rows].astype(np.float32).sum(axis=0)
            can_shift, can_left, can_right = st.valid()
            if not can_shift:
                scores[0] = -inf
            if not can_left:
                scores[1 : 1 + N_LABELS] = -inf
            if not can_right:
                scores[1 + N_LABELS :] = -inf
            cls = int(scores.argmax())
            move, label = move_of(cls)
            st.apply(move, label)
        heads = [h if h < n else -1 for h in st.heads[:n]]
        labels = [LABELS[x] if x >= 0 else "dep" for x in st.labels[:n]]
        for j, h in enumerate(heads):
            if h == -1:
                labels[j] = "root"
        return heads, labels


def best_valid(scores: list[float], valid: tuple[bool, bool, bool]) -> int:
    """The best-scoring class among the moves that can apply."""
    best, best_s = -1, float("-inf")
    if valid[0]:
        best, best_s = 0, scores[0]
    if valid[1]:
        for c in range(1, 1 + N_LABELS):
            if scores[c] > best_s:
                best, best_s = c, scores[c]
    if valid[2]:
        for c in range(1 + N_LABELS, N_CLASSES):
            if scores[c] > best_s:
                best, best_s = c, scores[c]
    return best


@functools.lru_cache(maxsize=1)
def _half_table() -> np.ndarray:
    """The float32 value of every float16 (indexed by its 16 bits; 256 KB)."""
    import numpy as np

    return np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)


def get_parser(lang: str = "en") -> Parser | None:
    """The shipped parser of a language ("en" or "ar"), or None if its model file is not installed.

    Loaded once per language: ``get_parser()`` and ``get_parser("en")`` are the same parser
    (the fork server's warm-up loads it for the workers under one of the two spellings).
    """
    return _parser("ar" if lang == "ar" else "en")


@functools.lru_cache(maxsize=2)
def _parser(lang: str) -> Parser | None:
    path = MODEL_DIR / MODEL_FILES[lang]
    if not path.exists():
        return None
    return Parser.load(path)


# the cache's controls under the public name (tests clear it after moving MODEL_DIR)
get_parser.cache_clear = _parser.cache_clear  # type: ignore[attr-defined]
get_parser.cache_info = _parser.cache_info  # type: ignore[attr-defined]
