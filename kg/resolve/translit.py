"""Transliteration-aware matching of Arabic and English spellings of a name.

The model is a learned character alignment: every Arabic letter (after
:func:`kg.text.arabic.normalize`) emits an English substring of 0..4 letters
(``ش`` -> ``sh``, ``ب`` -> ``be``, ``و`` -> ``eau``), with probabilities
estimated by hard EM (Viterbi re-estimation) on the ANETAC transliteration
training split (:mod:`kg.resolve.translit_train`).  ``score(ar, en)`` is the
best alignment's log-probability of the English spelling given the Arabic one,
per English letter, so scores of names of different lengths compare.

Only the emission table ships (``data/translit.json.gz``), not the name list.

Matching a name against many candidates first keeps the candidates whose
consonant skeleton shares enough letter pairs with it (:func:`skeleton_ar`,
:func:`skeleton_en`), then ranks them by :meth:`TranslitModel.score`.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import ModelError
from kg.io import read_json_table, write_json_table
from kg.text.arabic import normalize

#: Longest English substring one Arabic letter may emit.
MAX_EMIT = 4
#: Log-probability of an emission never seen in training.
FLOOR = -14.0

_MODEL_FILE = "data/translit.json.gz"

#: Arabic letter -> coarse consonant class, for blocking (vowel letters drop out).
_AR_CLASS = {
    "ب": "B", "ت": "T", "ث": "S", "ج": "J", "ح": "H", "خ": "K", "د": "T", "ذ": "Z",
    "ر": "R", "ز": "Z", "س": "S", "ش": "S", "ص": "S", "ض": "T", "ط": "T", "ظ": "Z",
    "غ": "G", "ف": "F", "ق": "K", "ك": "K", "ل": "L", "م": "M", "ن": "N", "ه": "",
    "ع": "", "ء": "", "ا": "", "و": "", "ي": "", "ة": "",
}
#: English letter groups -> the same classes, longest first.
_EN_CLASS = [
    ("sch", "S"), ("tch", "S"), ("ch", "S"), ("sh", "S"), ("th", "T"), ("ph", "F"), ("kh", "K"),
    ("gh", "G"), ("ck", "K"), ("dj", "J"), ("zh", "J"),
    ("b", "B"), ("p", "B"), ("t", "T"), ("d", "T"), ("s", "S"), ("c", "K"), ("j", "J"), ("g", "G"),
    ("k", "K"), ("q", "K"), ("x", "K"), ("f", "F"), ("v", "F"), ("l", "L"), ("m", "M"), ("n", "N"),
    ("r", "R"), ("z", "Z"),
]
_EN_RE = re.compile("|".join(re.escape(a) for a, _ in _EN_CLASS))
_EN_MAP = dict(_EN_CLASS)
# G and J and K are confused across the scripts (غ/ج/ق/ك for g); Z and S too.
_MERGE = str.maketrans({"G": "K", "J": "K", "Z": "S"})


def prepare_ar(name: str) -> str:
    """Normalised Arabic letters of a name, without spaces or marks."""
    return "".join(ch for ch in normalize(name) if "\u0621" <= ch <= "\u064a")


def prepare_en(name: str) -> str:
    """Lower-case ASCII letters of an English name."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in folded.lower() if "a" <= ch <= "z")


def skeleton_ar(name: str) -> str:
    """Coarse consonant skeleton of an Arabic name (for blocking).

    >>> skeleton_ar("بوتين")
    'BTN'
    """
    out: list[str] = []
    for ch in prepare_ar(name):
        c = _AR_CLASS.get(ch, "")
        if c and not (out and out[-1] == c):
            out.append(c)
    return "".join(out).translate(_MERGE)


@lru_cache(maxsize=65536)
def skeleton_en(name: str) -> str:
    """Coarse consonant skeleton of an English name (for blocking).

    >>> skeleton_en("Putin")
    'BTN'
    """
    out: list[str] = []
    for m in _EN_RE.finditer(prepare_en(name)):
        c = _EN_MAP[m.group(0)]
        if not (out and out[-1] == c):
            out.append(c)
    return "".join(out).translate(_MERGE)


@lru_cache(maxsize=65536)
def _grams(skel: str) -> Counter[str]:
    s = f"^{skel}$"
    return Counter(s[i : i + 2] for i in range(len(s) - 1))


def grams(skel: str) -> list[str]:
    """The distinct letter pairs of a skeleton, with ``^`` and ``$`` at its ends.

    >>> grams("BTN")
    ['BT', 'N$', 'TN', '^B']
    """
    return sorted(_grams(skel))


def skeleton_similarity(a: str, b: str) -> float:
    """Dice coefficient of the letter pairs of two skeletons."""
    ga, gb = _grams(a), _grams(b)
    total = len(a) + len(b) + 2
    return 2 * sum((ga & gb).values()) / total if total else 0.0


class TranslitModel:
    """Arabic letter -> English substring emission log-probabilities.

    Args:
        table: ``{arabic letter: {english substring: log-probability}}``.
    """

    def __init__(self, table: dict[str, dict[str, float]]) -> None:
        self.table = table

    def align(self, ar: str, en: str) -> tuple[float, list[tuple[str, str]]]:
        """Best alignment of prepared strings: (log-probability, [(letter, substring)]).

        Returns ``(-inf, [])`` when no alignment exists (an English part longer
        than :data:`MAX_EMIT` letters per Arabic letter).
        """
        n, m = len(ar), len(en)
        neg = -math.inf
        best = [[neg] * (m + 1) for _ in range(n + 1)]
        back = [[0] * (m + 1) for _ in range(n + 1)]
        best[0][0] = 0.0
        for i in range(1, n + 1):
            emit = self.table.get(ar[i - 1], {})
            row, prev = best[i], best[i - 1]
            brow = back[i]
            lo = max(0, m - (n - i) * MAX_EMIT)
            for j in range(lo, min(m, i * MAX_EMIT) + 1):
                top, arg = neg, 0
                for k in range(min(MAX_EMIT, j) + 1):
                    p = prev[j - k]
                    if p == neg:
                        continue
                    v = p + emit.get(en[j - k : j], FLOOR)
                    if v > top:
                        top, arg = v, k
                row[j] = top
                brow[j] = arg
        if best[n][m] == neg:
            return neg, []
        pairs: list[tuple[str, str]] = []
        j = m
        for i in range(n, 0, -1):
            k = back[i][j]
            pairs.append((ar[i - 1], en[j - k : j]))
            j -= k
        pairs.reverse()
        return best[n][m], pairs

    def score(self, ar_name: str, en_name: str) -> float:
        """Mean log-probability per letter of ``en_name`` as a spelling of ``ar_name``.

        Multi-word names are scored word by word when both have as many words,
        else as one string.  Higher is better; 0 is a certain match.
        """
        ar_words = [prepare_ar(w) for w in ar_name.split()]
        en_words = [prepare_en(w) for w in re.split(r"[\s\-]+", en_name)]
        ar_words = [w for w in ar_words if w]
        en_words = [w for w in en_words if w]
        if not ar_words or not en_words:
            return -math.inf
        if len(ar_words) != len(en_words):
            ar_words, en_words = ["".join(ar_words)], ["".join(en_words)]
        total, letters = 0.0, 0
        for a, e in zip(ar_words, en_words):
            lp, _ = self.align(a, e)
            total += lp
            letters += len(e) + 1
        return total / letters

    def save(self, path: str | Path) -> None:
        """Write the table as gzipped JSON (rounded to 3 decimals)."""
        data = {a: {s: round(v, 3) for s, v in subs.items()} for a, subs in self.table.items()}
        write_json_table(path, {"format": "kg-translit-1", "max_emit": MAX_EMIT, "table": data})

    @classmethod
    def load(cls, path: str | Path) -> TranslitModel:
        """Read a table written by :meth:`save`.

        Raises:
            ModelError: the file is missing or not a kg transliteration model.
        """
        data = read_json_table(path, "kg-translit-1", "the transliteration model",
                               "python -m kg.resolve.translit_train")
        return cls(data["table"])


@lru_cache(maxsize=1)
def default_model() -> TranslitModel:
    """The model shipped with kg (loaded once, on first use)."""
    ref = resources.files("kg.resolve").joinpath(_MODEL_FILE)
    with resources.as_file(ref) as path:
        if not Path(path).exists():
            raise ModelError(
                f"the transliteration model {_MODEL_FILE} is missing from kg.resolve; "
                "rebuild it with `python -m kg.resolve.translit_train`"
            )
        return TranslitModel.load(path)


def rank(
    ar_name: str,
    en_names: list[str],
    model: TranslitModel | None = None,
    keep: int = 30,
) -> list[tuple[str, float]]:
    """English names ranked by how well they spell ``ar_name``, best first.

    Candidates are first cut to the ``keep`` with the most similar consonant
    skeletons, then scored by the model.

    >>> rank("بوتين", ["Biden", "Putin", "Pontin"])[0][0]
    'Putin'
    """
    model = model or default_model()
    sk = skeleton_ar(ar_name)
    pre = sorted(en_names, key=lambda e: -skeleton_similarity(sk, skeleton_en(e)))[:keep]
    scored = [(e, model.score(ar_name, e)) for e in pre]
    return sorted(scored, key=lambda p: -p[1])


def same_name(ar_name: str, en_name: str, threshold: float | None = None, model: TranslitModel | None = None) -> bool:
    """True if ``en_name`` is a likely transliteration of ``ar_name``.

    Spelling alone: callers also check type and context (:mod:`kg.resolve.link`).
    """
    model = model or default_model()
    return model.score(ar_name, en_name) >= (DEFAULT_THRESHOLD if threshold is None else threshold)


#: Decision threshold on :meth:`TranslitModel.score`, chosen on the ANETAC dev split
#: (see BENCHMARKS.md); re-set by ``translit_train`` when the model is rebuilt.
DEFAULT_THRESHOLD = -2.0
