"""Measure kg's event and relation confidence against labels and fit calibrated ones (twentieth
session, issue #4).

    python benchmarks/confidence_fit.py [benchmarks/confidence_labels.tsv] [--write kg/events/data/confidence.json]

Relations (``benchmarks/confidence_relation_labels.tsv``, R or W): the probability of a predicate in
a language is its share right on the fit half, shrunk towards the predicate's share in both languages
(4 pseudo-relations) and kept within [0.05, 0.95]; compared with the current literals on the check
half the same way.

Reads the labels of ``benchmarks/confidence_record.py`` (R right, O a role or the modality wrong,
W wrong: "right" is R).  Each event weighs its stratum's size over the number labelled in it, so
that shares are those of all events of the recordings.  The labelled events are split in two halves
by article (``random.Random(2020)`` over the sorted article ids of each language): the model is fitted
and its regularisation chosen (5-fold cross-validation by article) on the **fit** half only; every
figure printed for the **check** half is computed once, on events the fit never saw.

Compared on the check half: the current score, an isotonic map of it per language, and a logistic
regression per language over what the extractor knows when it emits an event (category, trigger
part of speech, how its roles were found, modality, sentence length, date and place, the lexicon
entry's source and prior).  Coefficients that should not lower the probability (an agent, a target,
a place, a date, the prior) are bounded at zero from below.  ``--write`` stores the logistic model
(refitted on both halves) for :func:`kg.events.extractor._confidence`, only if it beat the current
score on the check half.
"""
from __future__ import annotations

import csv
import json
import math
import random
import sys
from collections import Counter, defaultdict

import numpy as np
from scipy.optimize import minimize

THRESHOLDS = (0.5, 0.6, 0.7, 0.8)
BUCKETS = (0.0, 0.5, 0.6, 0.7, 0.8, 1.01)
#: features whose coefficient is bounded at 0 from below: finding them never lowers the probability
NONNEG = ("agent", "target", "place", "dated", "prior")
NUMERIC = ("said", "noun", "agent", "target", "place", "dated", "not_asserted", "petrarch", "words", "prior")
CATEGORY_SCALE = 3.0  # categories are shrunk this much harder than the other features
SEED = 2020


def load(path: str) -> list[dict]:
    rows = list(csv.DictReader((x for x in open(path, encoding="utf-8") if not x.startswith("#")), delimiter="\t"))
    for lang in {r["lang"] for r in rows}:
        rs = [r for r in rows if r["lang"] == lang]
        n = Counter(r["stratum"] for r in rs)
        for r in rs:
            r["w"] = int(r["stratum_size"]) / n[r["stratum"]]
            r["y"] = 1.0 if r["label"] == "R" else 0.0
            r["c"] = float(r["confidence"])
            r["x"] = features(r)
    return rows


def features(r: dict) -> dict[str, float]:
    """The model's inputs, as :func:`kg.events.extractor._confidence` computes them at run time."""
    said = r["origin"] != "rule"
    if said:  # speech, criticism and demand events: a speaker found or not
        return {"said": 1.0, "agent": float(r["agent"] == "1"), f"cat:{r['category']}": 1.0}
    return {
        f"cat:{r['category']}": 1.0,
        "noun": float(r["f_pos"] == "n"),
        "agent": float(r["f_emit_agent"] == "1"),
        "target": float(r["f_emit_target"] == "1"),
        "place": float(r["f_place"] == "1"),
        "dated": float(r["f_dated"] == "1"),
        "not_asserted": float(r["f_mode"] != "asserted"),
        "petrarch": float(r["f_source"] != "kg"),
        "words": word_feature(int(r["f_words"])),
        "prior": (float(r["f_prior"]) - 0.5) * 10,
    }


def word_feature(words: int) -> float:
    """Sentence length in tens of tokens past 30, capped at 80 tokens."""
    return (min(words, 80) - 30) / 10


def split(rows: list[dict]) -> tuple[list[dict], list[dict]]:
    fit, check = [], []
    for lang in sorted({r["lang"] for r in rows}):
        docs = sorted({r["doc"] for r in rows if r["lang"] == lang})
        random.Random(SEED).shuffle(docs)
        half = set(docs[: len(docs) // 2])
        for r in rows:
            if r["lang"] == lang:
                (fit if r["doc"] in half else check).append(r)
    return fit, check


# --- measures -------------------------------------------------------------------------------------

def brier(rows: list[dict], p: list[float]) -> float:
    w = np.array([r["w"] for r in rows])
    y = np.array([r["y"] for r in rows])
    return float((w * (np.array(p) - y) ** 2).sum() / w.sum())


def ece(rows: list[dict], p: list[float], bins: int = 10) -> float:
    """Expected calibration error: the weighted mean |share right - mean probability| over 10 equal bins."""
    tot = sum(r["w"] for r in rows)
    acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for r, q in zip(rows, p):
        b = acc[min(int(q * bins), bins - 1)]
        b[0] += r["w"]
        b[1] += r["w"] * r["y"]
        b[2] += r["w"] * q
    return sum(abs(b[1] - b[2]) for b in acc.values()) / tot


def wilson(p: float, n: float, z: float = 1.96) -> tuple[float, float]:
    if n <= 0:
        return 0.0, 1.0
    d = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, mid - half), min(1.0, mid + half)


def share(rows: list[dict]) -> tuple[float, float, float, float]:
    """Weighted share right, its 95 % Wilson interval over Kish's effective n, and that n."""
    w = [r["w"] for r in rows]
    sw = sum(w)
    p = sum(r["w"] * r["y"] for r in rows) / sw
    n_eff = sw * sw / sum(x * x for x in w)
    lo, hi = wilson(p, n_eff)
    return p, lo, hi, n_eff


def reliability(rows: list[dict], p: list[float]) -> list[str]:
    out = ["| probability | events labelled | share of all events | mean probability | share right [95 % CI] |",
           "|---|---:|---:|---:|---|"]
    tot = sum(r["w"] for r in rows)
    for lo, hi in zip(BUCKETS, BUCKETS[1:]):
        sel = [(r, q) for r, q in zip(rows, p) if lo <= q < hi]
        if not sel:
            continue
        rs = [r for r, _ in sel]
        s, a, b, _ = share(rs)
        mean = sum(r["w"] * q for r, q in sel) / sum(r["w"] for r in rs)
        out.append(f"| {lo:.1f}-{min(hi, 1.0):.1f} | {len(rs)} | {sum(r['w'] for r in rs) / tot:.0%} | {mean:.2f} "
                   f"| {s:.2f} [{a:.2f}, {b:.2f}] |")
    return out


def at_thresholds(rows: list[dict], p: list[float]) -> str:
    tot = sum(r["w"] for r in rows)
    cells = []
    for t in THRESHOLDS:
        kept = [r for r, q in zip(rows, p) if q >= t]
        if not kept:
            cells.append(f"{t}: 0 % kept")
            continue
        s, a, b, _ = share(kept)
        cells.append(f"{t}: {sum(r['w'] for r in kept) / tot:.0%} kept, precision {s:.2f} [{a:.2f}, {b:.2f}]")
    return "; ".join(cells)


# --- models ---------------------------------------------------------------------------------------

def isotonic(rows: list[dict]) -> list[tuple[float, float]]:
    """Weighted pool-adjacent-violators on the current score: (score, probability) steps."""
    by: dict[float, list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        by[r["c"]][0] += r["w"]
        by[r["c"]][1] += r["w"] * r["y"]
    blocks = [[c, c, v[1], v[0]] for c, v in sorted(by.items())]  # lo, hi, sum wy, sum w
    out: list[list[float]] = []
    for b in blocks:
        out.append(b)
        while len(out) > 1 and out[-2][2] / out[-2][3] >= out[-1][2] / out[-1][3]:
            x = out.pop()
            out[-1][1], out[-1][2], out[-1][3] = x[1], out[-1][2] + x[2], out[-1][3] + x[3]
    return [(b[0], b[2] / b[3]) for b in out]


def iso_predict(steps: list[tuple[float, float]], c: float) -> float:
    p = steps[0][1]
    for lo, q in steps:
        if c >= lo:
            p = q
    return p


def names_of(rows: list[dict]) -> list[str]:
    cats = sorted({k for r in rows for k in r["x"] if k.startswith("cat:")})
    return ["bias", *NUMERIC, *cats]


def fit_logistic(rows: list[dict], lam: float, names: list[str]) -> dict[str, float]:
    idx = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        x[i, 0] = 1.0
        for k, v in r["x"].items():
            if k in idx:
                x[i, idx[k]] = v
    y = np.array([r["y"] for r in rows])
    w = np.array([r["w"] for r in rows])
    w = w / w.mean()
    pen = np.array([0.0] + [lam * (CATEGORY_SCALE if n.startswith("cat:") else 1.0) for n in names[1:]])

    def loss(b: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ b
        p = 1 / (1 + np.exp(-z))
        eps = 1e-9
        ll = -(w * (y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))).sum()
        g = x.T @ (w * (p - y))
        return ll + 0.5 * (pen * b * b).sum(), g + pen * b

    bounds = [(0.0, None) if n in NONNEG else (None, None) for n in names]
    res = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", bounds=bounds)
    return {n: float(v) for n, v in zip(names, res.x) if abs(v) > 1e-6 or n == "bias"}


def lr_predict(coef: dict[str, float], r: dict) -> float:
    """As :func:`kg.events.confidence.probability` computes it (rounded, within [0.05, 0.95])."""
    z = coef.get("bias", 0.0) + sum(coef.get(k, 0.0) * v for k, v in r["x"].items())
    return round(min(0.95, max(0.05, 1 / (1 + math.exp(-z)))), 2)


def choose_lambda(rows: list[dict], names: list[str]) -> float:
    docs = sorted({r["doc"] for r in rows})
    random.Random(SEED + 1).shuffle(docs)
    fold = {d: i % 5 for i, d in enumerate(docs)}
    best = None
    for lam in (0.3, 1.0, 3.0, 10.0, 30.0):
        preds, held = [], []
        for k in range(5):
            tr = [r for r in rows if fold[r["doc"]] != k]
            te = [r for r in rows if fold[r["doc"]] == k]
            coef = fit_logistic(tr, lam, names)
            preds += [lr_predict(coef, r) for r in te]
            held += te
        b = brier(held, preds)
        if best is None or b < best[0]:
            best = (b, lam)
    return best[1]


RELATION_PRIOR = 4.0  # pseudo-relations of the predicate's share in both languages


def relation_rates(rows: list[dict]) -> dict[str, dict[str, float]]:
    """Per language and predicate, the share right shrunk towards the predicate's in both languages."""
    pooled: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    by: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for r in rows:
        for acc in (pooled[r["predicate"]], by[(r["lang"], r["predicate"])]):
            acc[0] += r["y"]
            acc[1] += 1
    out: dict[str, dict[str, float]] = defaultdict(dict)
    for (lang, pred), (right, n) in sorted(by.items()):
        prior = pooled[pred][0] / pooled[pred][1]
        p = (right + RELATION_PRIOR * prior) / (n + RELATION_PRIOR)
        out[lang][pred] = round(min(0.95, max(0.05, p)), 2)
    return dict(out)


def relations(path: str) -> tuple[dict, bool]:
    rows = list(csv.DictReader((x for x in open(path, encoding="utf-8") if not x.startswith("#")), delimiter="\t"))
    for r in rows:
        r["y"] = 1.0 if r["label"] == "R" else 0.0
        r["c"] = float(r["confidence"])
    for lang in {r["lang"] for r in rows}:
        n = Counter(r["stratum"] for r in rows if r["lang"] == lang)
        for r in rows:
            if r["lang"] == lang:
                r["w"] = int(r["stratum_size"]) / n[r["stratum"]]
    fit, check = split(rows)
    rates = relation_rates(fit)
    better = True
    print("\n# Relations")
    for lang in ("ar", "en"):
        f = [r for r in fit if r["lang"] == lang]
        c = [r for r in check if r["lang"] == lang]
        allr = [r for r in rows if r["lang"] == lang]
        print(f"\n## {lang}: fit half {len(f)}, check half {len(c)} relations; share right (all labelled, weighted) "
              f"{share(allr)[0]:.2f}")
        for pred in sorted({r["predicate"] for r in allr}):
            rs = [r for r in allr if r["predicate"] == pred]
            s, a, b, _ = share(rs)
            lits = sorted({r["c"] for r in rs})
            cur = "/".join(str(x) for x in lits)
            print(f"  {pred}: {len(rs)} labelled, current {cur}, share right {s:.2f} [{a:.2f}, {b:.2f}]")
        cur = [r["c"] for r in c]
        new = [rates.get(lang, {}).get(r["predicate"], r["c"]) for r in c]
        for name, p in (("current", cur), ("by predicate", new)):
            print(f"check half, {name}: Brier {brier(c, p):.3f}, ECE {ece(c, p):.3f}; {at_thresholds(c, p)}")
        better = better and brier(c, new) < brier(c, cur)
    final = relation_rates(rows)
    print("fit half: " + json.dumps(rates, sort_keys=True))
    print("refitted on both halves: " + json.dumps(final, sort_keys=True))
    print(f"by predicate beats the current literals on the check half of both languages (Brier): {better}")
    return final, better


def main(path: str, write: str | None) -> None:
    rows = load(path)
    fit, check = split(rows)
    models: dict[str, dict] = {}
    better = True
    for lang in ("ar", "en"):
        f = [r for r in fit if r["lang"] == lang]
        c = [r for r in check if r["lang"] == lang]
        names = names_of([r for r in rows if r["lang"] == lang])
        steps = isotonic(f)
        lam = choose_lambda(f, names)
        coef = fit_logistic(f, lam, names)
        base = share(c)[0]
        preds = {
            "current": [r["c"] for r in c],
            "isotonic": [iso_predict(steps, r["c"]) for r in c],
            "logistic": [lr_predict(coef, r) for r in c],
            "base rate": [share(f)[0]] * len(c),
        }
        print(f"\n## {lang}: fit half {len(f)} events ({len({r['doc'] for r in f})} articles), check half {len(c)} "
              f"events ({len({r['doc'] for r in c})} articles); share right on the check half {base:.2f}")
        mine = [r for r in rows if r["lang"] == lang]
        print(f"all labelled, current score: {at_thresholds(mine, [r['c'] for r in mine])}")
        print("\nall labelled events, current score:")
        print("\n".join(reliability(mine, [r["c"] for r in mine])))
        for name, p in preds.items():
            print(f"\ncheck half, {name}: Brier {brier(c, p):.3f}, ECE {ece(c, p):.3f}, AUC {auc(c, p):.2f}")
            print(f"  {at_thresholds(c, p)}")
            if name in ("current", "logistic"):
                print("\n".join("  " + x for x in reliability(c, p)))
        print(f"\nlogistic (lambda {lam}, fit half): " + ", ".join(f"{k} {v:+.2f}" for k, v in coef.items()))
        print("isotonic steps (fit half): " + ", ".join(f"{a:.2f}->{b:.2f}" for a, b in steps))
        better = better and brier(c, preds["logistic"]) < brier(c, preds["current"]) and ece(
            c, preds["logistic"]) < ece(c, preds["current"])
        allr = [r for r in rows if r["lang"] == lang]
        models[lang] = {"lambda": lam, "coef": {k: round(v, 4) for k, v in fit_logistic(allr, lam, names).items()}}
        print("refitted on both halves: " + ", ".join(f"{k} {v:+.2f}" for k, v in models[lang]["coef"].items()))
    print(f"\nlogistic beats the current score on the check half of both languages (Brier and ECE): {better}")
    rel, rel_better = relations(path.replace("confidence_labels", "confidence_relation_labels"))
    if rel_better:
        models["relations"] = rel
    if write and better:
        data = {
            "about": "P(an event is right) by language: logistic regression fitted by benchmarks/confidence_fit.py "
                     "on benchmarks/confidence_labels.tsv (twentieth session); features as in "
                     "kg.events.extractor._confidence",
            "words": "(min(tokens of the sentence, 80) - 30) / 10",
            "prior": "(lexicon entry's confidence - 0.5) * 10",
            "relations_about": "P(a relation is right) by language and predicate (share right, shrunk)",
            **models,
        }
        with open(write, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1, sort_keys=True)
            fh.write("\n")
        print(f"-> {write}")


def auc(rows: list[dict], p: list[float]) -> float:
    """Weighted probability that a right event scores above a wrong one (ties count half)."""
    pos = [(q, r["w"]) for r, q in zip(rows, p) if r["y"]]
    neg = [(q, r["w"]) for r, q in zip(rows, p) if not r["y"]]
    num = sum(wa * wb * (1.0 if a > b else 0.5 if a == b else 0.0) for a, wa in pos for b, wb in neg)
    den = sum(w for _, w in pos) * sum(w for _, w in neg)
    return num / den if den else float("nan")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = sys.argv[sys.argv.index("--write") + 1] if "--write" in sys.argv else None
    args = [a for a in args if a != out]
    main(args[0] if args else "benchmarks/confidence_labels.tsv", out)
