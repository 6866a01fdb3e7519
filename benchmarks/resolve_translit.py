"""Arabic <-> English name matching on the ANETAC transliteration splits.

For every Arabic name of a split, all English names of the same split are the
candidates (dev 1,002, test 3,013).  Reported:

* accuracy@1: the top-ranked English name is the gold one (case-insensitive);
* blocking recall: the gold name survives the skeleton pre-filter;
* precision / recall of matching: a match is predicted when the top-ranked
  candidate scores at least the threshold; precision = correct predicted
  matches / predicted matches, recall = correct predicted matches / names.

The threshold is chosen on dev (best F1) and then applied unchanged to test.

    python benchmarks/resolve_translit.py --anetac /work/shared/data/anetac
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.resolve.translit import (
    default_model,
    rank,
)
from kg.resolve.translit_train import read_pairs


def ranked(pairs: list[tuple[str, str]], keep: int) -> list[tuple[str, list[tuple[str, float]], bool]]:
    model = default_model()
    names = sorted({e for _, e in pairs})
    out = []
    for i, (a, gold) in enumerate(pairs):
        r = rank(a, names, model, keep=keep)
        out.append((gold, r, any(e.lower() == gold.lower() for e, _ in r)))
        if i % 500 == 0:
            print(f"  {i}/{len(pairs)}", file=sys.stderr, flush=True)
    return out


def prf(results: list[tuple[str, list[tuple[str, float]], bool]], threshold: float) -> tuple[float, float, float]:
    predicted = correct = 0
    for gold, r, _ in results:
        if r and r[0][1] >= threshold:
            predicted += 1
            correct += r[0][0].lower() == gold.lower()
    p = correct / predicted if predicted else 0.0
    rec = correct / len(results)
    f = 2 * p * rec / (p + rec) if p + rec else 0.0
    return p, rec, f


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--anetac", type=Path, default=Path("/work/shared/data/anetac"))
    ap.add_argument("--keep", type=int, default=30)
    ap.add_argument("--splits", default="dev,test")
    args = ap.parse_args(argv)
    threshold = None
    for split in args.splits.split(","):
        pairs = read_pairs(args.anetac, split)
        res = ranked(pairs, args.keep)
        acc = sum(r[0][0].lower() == g.lower() for g, r, _ in res if r) / len(res)
        block = sum(b for _, _, b in res) / len(res)
        print(f"{split}: n={len(res)} candidates={len({e for _, e in pairs})} accuracy@1={acc:.4f} blocking-recall@{args.keep}={block:.4f}")
        if split == "dev":
            grid = [x / 20 for x in range(-80, 1)]
            threshold = max(grid, key=lambda t: prf(res, t)[2])
        if threshold is not None:
            p, r, f = prf(res, threshold)
            print(f"{split}: threshold={threshold:.2f} (chosen on dev) precision={p:.4f} recall={r:.4f} F1={f:.4f}")


if __name__ == "__main__":
    main()
