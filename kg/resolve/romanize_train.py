"""Build kg's romanisation table (``kg/resolve/data/romanize.json.gz``) from ANETAC.

``python -m kg.resolve.romanize_train --anetac DIR`` aligns every pair of the ANETAC
transliteration *training* split letter by letter with kg's shipped alignment model
(:mod:`kg.resolve.translit`), counts which English letters each Arabic letter stood for in
each context (previous and next letter; previous only; next only; none), keeps, per
context seen at least ``--min-count`` times, the five likeliest outputs, and counts
English letter triples for the letter model that chooses among them.  Dev is for choosing
``--min-count``; test is scored once (BENCHMARKS.md).  Nothing runs at import.
"""
from __future__ import annotations

import argparse
import math
from collections import Counter, defaultdict
from pathlib import Path

from kg.resolve.romanize import END, START, Romanizer
from kg.resolve.translit import default_model, prepare_ar, prepare_en
from kg.resolve.translit_train import read_pairs


def contexts(word: str, i: int) -> tuple[str, str, str, str]:
    """The four contexts of letter ``i`` of a prepared word, most specific first.

    >>> contexts("باب", 0)
    ('^با', '^ب_', '_با', 'ب')
    """
    c = word[i]
    prev = word[i - 1] if i else START
    nxt = word[i + 1] if i + 1 < len(word) else END
    return prev + c + nxt, prev + c + "_", "_" + c + nxt, c


def fit(pairs: list[tuple[str, str]], min_count: int = 3, keep: int = 5) -> Romanizer:
    """Emissions per context (the ``keep`` likeliest, contexts seen ``min_count`` times or more)
    and English letter triples, from aligned (Arabic, English) pairs.  An empty output is kept
    only where it is the likeliest (a consonant is not silently dropped)."""
    model = default_model()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    trigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for ar, en in pairs:
        a, e = prepare_ar(ar), prepare_en(en)
        if not a or not e:
            continue
        _lp, path = model.align(a, e)
        for i, (_letter, sub) in enumerate(path):
            for key in contexts(a, i):
                counts[key][sub] += 1
        s = "^^" + e + END
        for i in range(2, len(s)):
            trigrams[s[i - 2 : i + 1]] += 1
            bigrams[s[i - 2 : i]] += 1
    emit: dict[str, list[list[object]]] = {}
    for key, c in counts.items():
        total = sum(c.values())
        if len(key) != 1 and total < min_count:
            continue
        top = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]
        emit[key] = [[sub, round(math.log(n / total), 3)] for sub, n in top if sub or top[0][0] == ""]
    return Romanizer(emit, dict(trigrams), dict(bigrams))


def score(romanizer: Romanizer, pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """(exact-match rate, mean character similarity) of romanised Arabic against the English."""
    from difflib import SequenceMatcher

    exact, sim = 0, 0.0
    for ar, en in pairs:
        guess = romanizer.word(prepare_ar(ar))
        gold = prepare_en(en)
        exact += guess == gold
        sim += SequenceMatcher(None, guess, gold).ratio()
    return exact / len(pairs), sim / len(pairs)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anetac", type=Path, default=Path("/work/shared/data/anetac"))
    parser.add_argument("--min-count", type=int, default=3)
    parser.add_argument("--split", default="dev", help="split to score (dev while choosing, test once)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "romanize.json.gz")
    args = parser.parse_args(argv)
    romanizer = fit(read_pairs(args.anetac, "train"), args.min_count)
    exact, sim = score(romanizer, read_pairs(args.anetac, args.split))
    print(f"{args.split}: exact {exact:.3f}, character similarity {sim:.3f} ({len(romanizer.emit)} contexts)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    romanizer.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
