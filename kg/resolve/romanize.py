"""A machine romanisation of Arabic names, for entities that have no English name.

kg labels a person or organization in English when a gazetteer, kg's list of well-known
names or an English article gives one.  Most people named only in Arabic news have none
(``مقتدى الصدر``, ``أليكسي نافالني``), so a reader of the English page saw Arabic script.
:func:`romanize` writes such a name in Latin letters from a table learned on the ANETAC
transliteration training split (:mod:`kg.resolve.romanize_train`): each Arabic letter,
seen with its neighbours, may stand for a few English letter groups (``ش`` -> ``sh``;
``و`` between consonants -> ``o``, at a word's start -> ``w``; backing off to fewer
neighbours when a context was rare), and an English letter model picks among them, which
restores some of the short vowels Arabic does not write (``روبرت`` -> ``Robert``).  The
article is written ``al-``.

It is a guess, not a name anyone wrote: the graph carries it as
``kg:romanization "..."@ar-Latn`` (a sub-property of ``skos:altLabel``; ``ar-Latn`` is the
BCP 47 tag of Arabic written in Latin letters), never as ``rdfs:label @en``.

Only the table of best outputs ships (``data/romanize.json.gz``), not the name list.
"""
from __future__ import annotations

import math
from collections import OrderedDict
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kg.errors import ModelError
from kg.io import read_json_table, write_json_table
from kg.text.arabic import normalize

_FILE = "data/romanize.json.gz"
#: Language tag of a romanisation (Arabic in Latin script, BCP 47).
LANG = "ar-Latn"
#: Word boundary marks in contexts.
START, END = "^", "$"
#: Weight of the English letter model against the emissions (chosen on ANETAC dev).
LM_WEIGHT = 0.5
#: Particles romanised by convention rather than letter by letter.
_PARTICLES = {"بن": "bin", "ابن": "ibn", "بنت": "bint", "ابو": "Abu", "ام": "Umm", "عبد": "Abd", "الله": "Allah",
              "الدين": "al-Din", "الرحمن": "al-Rahman",
              # the commonest given names, whose letters alone read badly ("Mahmed")
              "محمد": "Mohammed", "احمد": "Ahmed", "علي": "Ali", "حسن": "Hassan", "حسين": "Hussein",
              "عمر": "Omar", "خالد": "Khaled", "يوسف": "Youssef", "ابراهيم": "Ibrahim", "اسماعيل": "Ismail",
              "مصطفي": "Mustafa", "محمود": "Mahmoud", "سعيد": "Saeed", "عبدالله": "Abdullah"}


class Romanizer:
    """Arabic letters in context -> English letters, with an English letter model.

    Args:
        emit: ``{context: [[english, log-probability], ...]}``, the likeliest outputs of a
            letter in a context: ``prev + letter + next`` (three characters),
            ``prev + letter + "_"``, ``"_" + letter + next`` or the letter alone (``^`` / ``$``
            mark the word's edges); the most specific context present is used.
        trigrams: counts of English letter triples (``^^`` starts a word, ``$`` ends it).
        bigrams: counts of their first two letters.
        weight: how much the English letter model counts against the emissions.
    """

    def __init__(self, emit: dict[str, list[list[object]]], trigrams: dict[str, int], bigrams: dict[str, int],
                 weight: float = LM_WEIGHT) -> None:
        self.emit = emit
        self.trigrams = trigrams
        self.bigrams = bigrams
        self.weight = weight
        #: Romanised words (names share words: محمد, عبد); bounded, see :meth:`word`.
        self._words: dict[tuple[str, int], str] = {}
        #: The letter model's log probabilities and the letters' options, computed once each
        #: (bounded: two-letter histories times the letters the table writes; Arabic letter triples).
        self._lm_memo: dict[tuple[str, str], float] = {}
        self._options_memo: dict[tuple[str, str, str], tuple[tuple[str, float], ...]] = {}

    def _lm(self, history: str, ch: str) -> float:
        got = self._lm_memo.get((history, ch))
        if got is None:
            got = self._lm_memo[(history, ch)] = math.log(
                (self.trigrams.get(history + ch, 0) + 0.1) / (self.bigrams.get(history, 0) + 2.7))
        return got

    def _options(self, letters: str, i: int) -> tuple[tuple[str, float], ...]:
        c = letters[i]
        prev = letters[i - 1] if i else START
        nxt = letters[i + 1] if i + 1 < len(letters) else END
        got = self._options_memo.get((prev, c, nxt))
        if got is None:
            got = self._options_memo[(prev, c, nxt)] = self._find_options(prev, c, nxt)
        return got

    def _find_options(self, prev: str, c: str, nxt: str) -> tuple[tuple[str, float], ...]:
        for key in (prev + c + nxt, prev + c + "_", "_" + c + nxt, c):
            found = self.emit.get(key)
            if found:
                return tuple((str(sub), float(lp)) for sub, lp in found)  # type: ignore[arg-type]
        return (("", 0.0),)

    def word(self, word: str, beam: int = 8) -> str:
        """Romanise one normalised Arabic word (no article handling): a beam search over the
        letters' likeliest outputs, scored by the emissions and the English letter model.

        >>> r = Romanizer({"ب": [["b", 0.0]], "ا": [["a", 0.0]]}, {}, {})
        >>> r.word("باب")
        'bab'
        """
        cached = self._words.get((word, beam))
        if cached is not None:
            return cached
        if len(self._words) >= 50_000:
            self._words.clear()
        out = self._words[(word, beam)] = self._word(word, beam)
        return out

    def _word(self, word: str, beam: int) -> str:
        letters = "".join(c for c in word if "\u0621" <= c <= "\u064a")
        states: dict[str, tuple[float, str]] = {"^^": (0.0, "")}
        for i in range(len(letters)):
            new: dict[str, tuple[float, str]] = {}
            for hist, (score, out) in states.items():
                for sub, lp in self._options(letters, i):
                    total, h = score + lp, hist
                    for ch in sub:
                        total += self.weight * self._lm(h, ch)
                        h = (h + ch)[-2:]
                    if h not in new or new[h][0] < total:
                        new[h] = (total, out + sub)
            states = dict(sorted(new.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[:beam])
        return max(((score + self.weight * self._lm(h, END), out) for h, (score, out) in states.items()),
                   key=lambda so: (so[0], so[1]))[1]

    def name(self, name: str) -> str:
        """Romanise a name word by word: ``al-`` for a written article, capitals for name words.

        >>> r = Romanizer({"ص": [["s", 0.0]], "د": [["d", 0.0]], "ر": [["r", 0.0]]}, {}, {})
        >>> r.name("الصدر"), r.name("أصدر")
        ('al-Sdr', 'Sdr')
        """
        words = []
        for raw in name.split():
            w = "".join(c for c in normalize(raw) if "\u0621" <= c <= "\u064a")
            if not w:
                continue
            if w in _PARTICLES:
                words.append(_PARTICLES[w])
                continue
            # the article is a written "ال" (plain alef): "أليكسي" (Alexei) has none
            bare = "".join(c for c in raw if "\u0621" <= c <= "\u064a")
            article = bare.startswith("ال") and len(w) > 3
            latin = self.word(w[2:] if article else w)
            if not latin:
                continue
            # normalisation merged ة into ه and ى into ي; at a name's end both are read "a"
            if bare.endswith("ة") and len(latin) > 2:
                latin = latin.rstrip("h").rstrip("ae") + "a"
            elif bare.endswith("ى") and latin[-1] in "iey":
                latin = latin[:-1] + "a"
            latin = latin[0].upper() + latin[1:]
            words.append(("al-" + latin) if article else latin)
        return " ".join(words)

    def save(self, path: str | Path) -> None:
        """Write the table as gzipped JSON."""
        write_json_table(path, {"format": "kg-romanize-1", "emit": self.emit, "trigrams": self.trigrams,
                                "bigrams": self.bigrams, "weight": self.weight})

    @classmethod
    def load(cls, path: str | Path) -> Romanizer:
        """Read a table written by :meth:`save`.

        Raises:
            ModelError: the file is missing or not a kg romanisation table.
        """
        data = read_json_table(path, "kg-romanize-1", "the romanisation table",
                               "python -m kg.resolve.romanize_train")
        return cls(data["emit"], data["trigrams"], data["bigrams"], float(data["weight"]))


@lru_cache(maxsize=1)
def default_romanizer() -> Romanizer:
    """The table shipped with kg (loaded once, on first use)."""
    ref = resources.files("kg.resolve").joinpath(_FILE)
    with resources.as_file(ref) as path:
        if not Path(path).exists():
            raise ModelError(f"the romanisation table {_FILE} is missing from kg.resolve; "
                             "rebuild it with `python -m kg.resolve.romanize_train`")
        return Romanizer.load(path)


#: At most this many romanisations learnt from elsewhere wait in :data:`_LEARNT` (the oldest go first).
LEARNT_MAX = 1 << 14
#: Name -> its romanisation, computed by another process (a worker of ``kg ingest`` wrote it into a
#: document's entity layer, :func:`learn`) and not yet asked for here.  :func:`romanize` takes a name's
#: entry (and drops it: its own cache keeps the answer) instead of computing it again; the parent of
#: ``kg ingest`` romanised each of the 3,000 ANT articles' 8,278 Arabic names a second time otherwise.
_LEARNT: OrderedDict[str, str] = OrderedDict()


def learn(name: str, latin: str) -> None:
    """Remember ``romanize(name) == latin``, computed by another process with the same table, so that
    :func:`romanize` here need not compute it again.  Keeps at most :data:`LEARNT_MAX` names."""
    if name in _LEARNT:
        return
    while len(_LEARNT) >= LEARNT_MAX:
        try:
            _LEARNT.popitem(last=False)
        except KeyError:  # emptied meanwhile by another thread
            break
    _LEARNT[name] = latin


@lru_cache(maxsize=1 << 14)
def romanize(name: str) -> str:
    """A Latin-letter guess at an Arabic name, or ``""`` if it has no Arabic letters.

    >>> romanize("حيدر العبادي")
    'Haider al-Abadi'
    """
    learnt = _LEARNT.pop(name, None)
    if learnt is not None:
        return learnt
    return default_romanizer().name(name)
