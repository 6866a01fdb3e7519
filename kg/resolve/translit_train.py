"""Train the Arabic -> English transliteration alignment model shipped with kg.

Reproducible: ``python -m kg.resolve.translit_train --anetac DIR`` reads the
ANETAC transliteration training split (``translit_train.ar`` / ``.en``), runs
hard EM (Viterbi re-estimation) from a start table built on consonant classes,
and writes ``kg/resolve/data/translit.json.gz``.  Nothing here runs at import.
Only the train split is used; dev is for the threshold, test for BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import math
from collections import Counter, defaultdict
from pathlib import Path

from kg.resolve.translit import (
    _AR_CLASS,
    _MERGE,
    MAX_EMIT,
    TranslitModel,
    prepare_ar,
    prepare_en,
    skeleton_en,
)

_VOWELS = frozenset("aeiouyw")
#: English initials an Arabic letter often stands for beyond its class (vowel letters, ع, ه).
_EXTRA = {"ا": "aeio", "و": "wouv", "ي": "yiej", "ع": "aeiou", "ه": "haeo", "ة": "ahe", "ء": "aeiou",
          "غ": "gr", "ج": "gjz", "ق": "qkgc", "ث": "tsh", "ذ": "dztv", "ح": "h", "خ": "khcx"}


def read_pairs(anetac: Path, split: str) -> list[tuple[str, str]]:
    """(Arabic, English) pairs of an ANETAC transliteration split."""
    ar = (anetac / f"translit_{split}.ar").read_text(encoding="utf-8").splitlines()
    en = (anetac / f"translit_{split}.en").read_text(encoding="utf-8").splitlines()
    if len(ar) != len(en):
        raise ValueError(f"{split}: {len(ar)} Arabic lines but {len(en)} English lines")
    return [(a.strip(), e.strip()) for a, e in zip(ar, en) if a.strip() and e.strip()]


def _compatible(letter: str, sub: str) -> bool:
    if not sub:
        return True
    cls = _AR_CLASS.get(letter, "").translate(_MERGE)
    if sub[0] in _EXTRA.get(letter, ""):
        return True
    sk = skeleton_en(sub)
    if cls:
        return sk[:1] == cls
    return sk == ""


def start_table(pairs: list[tuple[str, str]]) -> dict[str, dict[str, float]]:
    """A start table: compatible substrings are cheap, others are not listed."""
    subs: set[str] = set()
    letters: set[str] = set()
    for a, e in pairs:
        letters.update(a)
        for i in range(len(e)):
            for k in range(1, MAX_EMIT + 1):
                if i + k <= len(e):
                    subs.add(e[i : i + k])
    table: dict[str, dict[str, float]] = {}
    for letter in letters:
        row = {"": -2.0}
        for s in subs:
            if _compatible(letter, s):
                row[s] = -0.7 * len(s) - (0.0 if s[0] not in _VOWELS or letter in "اويعهةء" else 1.0)
        table[letter] = row
    return table


def reestimate(model: TranslitModel, pairs: list[tuple[str, str]], smoothing: float = 0.5) -> tuple[dict[str, dict[str, float]], float]:
    """One hard-EM step: align every pair, count emissions, renormalise.

    Returns the new table and the mean log-probability of the alignments.
    """
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    total, aligned = 0.0, 0
    for a, e in pairs:
        lp, path = model.align(a, e)
        if not path:
            continue
        total += lp
        aligned += 1
        for letter, sub in path:
            counts[letter][sub] += 1
    table: dict[str, dict[str, float]] = {}
    for letter, c in counts.items():
        denom = sum(c.values()) + smoothing * len(c)
        table[letter] = {s: math.log((n + smoothing) / denom) for s, n in c.items()}
    return table, total / max(aligned, 1)


def train(pairs: list[tuple[str, str]], iterations: int = 5, log: bool = True) -> TranslitModel:
    """Fit the alignment model on (Arabic, English) pairs."""
    prepared = [(prepare_ar(a), prepare_en(e)) for a, e in pairs]
    prepared = [(a, e) for a, e in prepared if a and e]
    model = TranslitModel(start_table(prepared))
    for it in range(iterations):
        table, mean_lp = reestimate(model, prepared)
        model = TranslitModel(table)
        if log:
            print(f"iteration {it + 1}: mean alignment log-probability {mean_lp:.3f}", flush=True)
    return model


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anetac", type=Path, default=Path("/work/shared/data/anetac"))
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "data" / "translit.json.gz")
    args = parser.parse_args(argv)
    model = train(read_pairs(args.anetac, "train"), args.iterations)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.out)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
