"""Document-level decoding rows of the Arabic NER ablation, scored on saved dev networks.

    PYTHONPATH=.:benchmarks python benchmarks/ner_docdecode.py DIR13 DIR14 DIR15 \\
        [--variants VARIANTS.json] [--errors N]

Each DIR holds a network trained on the first 90% of ANERcorp CAMeL train
(``benchmarks/ner_neural.py --split dev --out DIR``, the shipped recipe with a seed).
Every network runs once over the dev split (windows of 10 sentences, as ``kg eval ner``);
each decoding variant is then applied to the same emissions and marginals
(:func:`kg.ner.context.decode_document`), so variants differ only in decoding.  A variant
is ``{"name": ..., "harmonise": true, "propagate": {...}}`` (``propagate``: the options of
``decode_document``, ``null`` for none).  Prints, per variant, each seed's and the mean
micro F1, P / R, per-type F1 and F1 on entities holding a word never seen in training.
``--errors N`` prints the first variant's dev errors of the first DIR by category, and the
changes of every other variant against the first (N examples each).
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

DEFAULT_VARIANTS = [
    {"name": "harmonised (shipped)", "harmonise": True, "propagate": None},
    {"name": "no harmonisation", "harmonise": False, "propagate": None},
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--variants", default=None, help="JSON file or string: a list of variants")
    ap.add_argument("--data", default=None)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--window", type=int, default=10, help="sentences per pseudo-document (kg eval ner: 10)")
    args = ap.parse_args()

    from ner_neural import unseen_score  # type: ignore[import-not-found]

    from kg.ner import data
    from kg.ner.context import decode_document, windows
    from kg.ner.features import doc_key
    from kg.ner.neural import LABELS, NeuralTagger
    from kg.ner.resources import Resources
    from kg.ner.scoring import score
    from kg.ner.tagger import MODELS_DIR, decode_scores

    variants = DEFAULT_VARIANTS
    if args.variants:
        v = args.variants
        variants = json.loads(Path(v).read_text() if Path(v).is_file() else v)
    d = data.find_data_dir(args.data)
    seen, toks, gold = data.dev_set(d)
    res = Resources.load("ar", MODELS_DIR, topics=False)
    key = doc_key("ar")
    from kg.ner.context import conjunction_test

    split = conjunction_test(res.clusters)
    wins = windows(len(toks), args.window)
    decoded = []  # per dir, per window: (scores, probs, paths, crf)
    for x in args.dirs:
        nt = NeuralTagger("ar", Path(x), res)
        decoded.append([decode_scores(nt, [toks[i] for i in r]) for r in wins])
    results: dict[str, list] = {}
    preds: dict[str, list] = {}
    for var in variants:
        rows = []
        for k, dec in enumerate(decoded):
            tagged: list[list[tuple[str, float]]] = []
            for r, (sc, pr, pa, crf) in zip(wins, dec):
                tagged.extend(decode_document([toks[i] for i in r], sc, pr, pa, crf, LABELS, key,
                                              var.get("harmonise", True), var.get("propagate"),
                                              var.get("pool"), split if var.get("split") else None,
                                              var.get("titles"), bool(var.get("trim"))))
            pred = [[y for y, _ in s] for s in tagged]
            if k == 0:
                preds[var["name"]] = pred
            rep = score(gold, pred)
            rows.append((rep, unseen_score(toks, gold, pred, seen)))
        results[var["name"]] = rows
        print(f"== {var['name']}: {json.dumps(var.get('propagate'))} harmonise={var.get('harmonise', True)}")
        for x, (rep, un) in zip(args.dirs, rows):
            per = " ".join(f"{t} {s.f1:.3f}" for t, s in sorted(rep.per_type.items()))
            print(f"  {Path(x).name}: F1 {rep.micro.f1:.3f} (P {rep.micro.precision:.3f} R {rep.micro.recall:.3f}; "
                  f"{per}); {un}")
        n = len(rows)
        kinds = sorted({t for rep, _ in rows for t in rep.per_type})
        mean_t = " ".join(f"{t} {sum(rep.per_type[t].f1 for rep, _ in rows if t in rep.per_type) / n:.3f}"
                          for t in kinds)
        mean_u = sum(float(un.rsplit("F1 ", 1)[1]) for _, un in rows) / n
        print(f"  mean: F1 {sum(rep.micro.f1 for rep, _ in rows) / n:.4f} "
              f"(P {sum(rep.micro.precision for rep, _ in rows) / n:.3f} "
              f"R {sum(rep.micro.recall for rep, _ in rows) / n:.3f}; {mean_t}); unseen F1 {mean_u:.4f}",
              flush=True)
    if args.errors:
        first = variants[0]["name"]
        errors(toks, gold, preds[first], seen, args.errors, args.window)
        for var in variants[1:]:
            print(f"\n== changes of {var['name']} against {first}")
            changes(toks, gold, preds[first], preds[var["name"]], args.errors)


def _ents(tags: list[str]) -> set:
    from kg.ner.scoring import chunks

    return set(chunks(tags))


def errors(toks: list, gold: list, pred: list, seen: set, n: int, window: int = 10) -> None:
    """Dev errors by category: type only, boundary, missed (no overlap), false alarm (no overlap);
    misses split into those whose words the window tags elsewhere (a document rule could fix them)."""
    from kg.ner.context import windows
    from kg.ner.features import doc_key

    key = doc_key("ar")
    cats: dict[str, list[str]] = {}
    win_of = {}
    for r in windows(len(toks), window):
        for i in r:
            win_of[i] = r
    for s, (t, g, p) in enumerate(zip(toks, gold, pred)):
        gs, ps = _ents(g), _ents(p)
        elsewhere = set()
        for o in win_of[s]:
            for kind, i, j in _ents(pred[o]):
                elsewhere.add(tuple(key(w) for w in toks[o][i:j]))
        for kind, i, j in gs - ps:
            text = " ".join(t[i:j])
            unseen = "u" if any(w not in seen for w in t[i:j]) else " "
            over = [(k2, a, b) for k2, a, b in ps if a < j and b > i]
            if any((a, b) == (i, j) for _, a, b in over):
                cat = f"type {kind}->{over[0][0]}"
            elif over:
                cat = f"boundary {kind}"
                text += "  || pred: " + "; ".join(f"{k2} {' '.join(t[a:b])}" for k2, a, b in over)
            else:
                rep = tuple(key(w) for w in t[i:j]) in elsewhere
                cat = f"missed {kind}" + (" (tagged elsewhere in window)" if rep else "")
            ctx = " ".join(t[max(0, i - 3):i]) + " [" + " ".join(t[i:j]) + "] " + " ".join(t[j:j + 3])
            cats.setdefault(cat, []).append(f"{unseen} {text}   ::: {ctx}")
        for kind, i, j in ps - gs:
            if any(a < j and b > i for _, a, b in gs):
                continue  # counted above as type / boundary
            ctx = " ".join(t[max(0, i - 3):i]) + " [" + " ".join(t[i:j]) + "] " + " ".join(t[j:j + 3])
            cats.setdefault(f"false alarm {kind}", []).append(ctx)
    for cat in sorted(cats, key=lambda c: -len(cats[c])):
        print(f"\n-- {cat}: {len(cats[cat])}")
        for line in cats[cat][:n]:
            print("   ", line)


def changes(toks: list, gold: list, before: list, after: list, n: int) -> None:
    """Entities a variant adds or removes, right (in gold) or wrong."""
    c: Counter[str] = Counter()
    shown: Counter[str] = Counter()
    for t, g, b, a in zip(toks, gold, before, after):
        gs, bs, as_ = _ents(g), _ents(b), _ents(a)
        for tag, ents in (("added", as_ - bs), ("dropped", bs - as_)):
            for kind, i, j in sorted(ents, key=lambda e: e[1]):
                right = (kind, i, j) in gs
                cat = f"{tag} {'right' if right else 'wrong'}"
                c[cat] += 1
                if shown[cat] < n:
                    shown[cat] += 1
                    ctx = " ".join(t[max(0, i - 3):i]) + " [" + " ".join(t[i:j]) + "] " + " ".join(t[j:j + 3])
                    gold_here = [f"{k2} {' '.join(t[x:y])}" for k2, x, y in gs if x < j and y > i]
                    print(f"  {cat} {kind}: {ctx}   gold: {gold_here}")
    print("  counts:", dict(c))


if __name__ == "__main__":
    main()
