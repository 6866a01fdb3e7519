"""Train the English dependency parser of :mod:`kg.events.parser` on UD English-EWT.

    python -m kg.events.train_parser /work/shared/data [--epochs 8] [--test]

Greedy arc-hybrid moves, an averaged perceptron, a dynamic oracle (Goldberg & Nivre
2013: after the first epoch the parser follows its own moves and learns the best move
from wherever it is).  Part-of-speech tags come from kg's CRF tagger
(:mod:`kg.events.pos`): on dev and test the shipped model, as at run time; on train,
4-fold jackknifing (each fold tagged by a CRF trained the same way on the other three),
since the shipped tagger was trained on train and would give the parser tags better
than it will ever see.  Fixed seed, fixed
data order: two runs write the same file.  Scores UAS / LAS (all tokens, labels as
:data:`kg.events.parser.LABELS`) on EWT dev after each epoch, and on EWT test with
``--test`` (once, at the end).
"""

from __future__ import annotations

import argparse
import random
import time
from collections import defaultdict
from pathlib import Path

from kg.events.train_pos import conllu_rows, read_conllu
from kg.events.parser import (
    LABELS,
    LEFT,
    MODEL_DIR,
    MODEL_FILE,
    N_CLASSES,
    N_LABELS,
    RIGHT,
    SHIFT,
    Parser,
    State,
    best_valid,
    class_of,
    features,
    map_label,
    move_of,
    pad,
)

Sentence = tuple[list[str], list[int], list[str]]  # words, gold heads (n = root), gold labels
_LABEL_ID = {lab: k for k, lab in enumerate(LABELS)}


def read_trees(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL-U file: words, heads (0-based, n for the root), mapped labels."""
    out: list[Sentence] = []
    for rows in conllu_rows(path):
        n = len(rows)
        words = [r[1] for r in rows]
        heads = [int(r[6]) - 1 if r[6] != "0" else n for r in rows]
        labels = [map_label(r[7]) if r[6] != "0" else "root" for r in rows]
        out.append((words, heads, labels))
    return out


def zero_cost(st: State, gold: list[int], glab: list[int]) -> list[int]:
    """The classes that lose the fewest gold arcs from this configuration (arc-hybrid costs)."""
    stack, i, n = st.stack, st.i, st.n
    can_shift, can_left, can_right = st.valid()
    costs: dict[int, int] = {}
    if can_shift:
        c = sum(1 for s in stack if gold[s] == i)
        c += sum(1 for s in stack[:-1] if gold[i] == s)
        costs[SHIFT] = c
    if stack:
        s0 = stack[-1]
        kids = sum(1 for b in range(i, n) if gold[b] == s0)
        h = gold[s0]
        if can_left:
            lost = h != i and ((len(stack) > 1 and h == stack[-2]) or h > i)
            costs[LEFT] = kids + (1 if lost else 0)
        if can_right:
            costs[RIGHT] = kids + (1 if h >= i else 0)
    best = min(costs.values())
    out: list[int] = []
    for move, c in costs.items():
        if c != best:
            continue
        if move == SHIFT:
            out.append(0)
            continue
        s0 = stack[-1]
        head = i if move == LEFT else stack[-2]
        if gold[s0] == head:
            out.append(class_of(move, glab[s0]))
        else:
            out.extend(class_of(move, k) for k in range(N_LABELS))
    return out


class Perceptron:
    """Averaged perceptron with sparse weights (feature -> class -> weight)."""

    def __init__(self) -> None:
        self.w: dict[str, dict[int, float]] = {}
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.t = 0

    def scores(self, feats: list[str]) -> list[float]:
        s = [0.0] * N_CLASSES
        w = self.w
        for f in feats:
            d = w.get(f)
            if d:
                for c, v in d.items():
                    s[c] += v
        return s

    def update(self, good: int, bad: int, feats: list[str]) -> None:
        t = self.t
        for f in feats:
            d = self.w.setdefault(f, {})
            for c, delta in ((good, 1.0), (bad, -1.0)):
                key = (f, c)
                v = d.get(c, 0.0)
                self.totals[key] += (t - self.stamps[key]) * v
                self.stamps[key] = t
                d[c] = v + delta

    def averaged(self) -> dict[str, dict[int, float]]:
        t = self.t
        out: dict[str, dict[int, float]] = {}
        for f, d in self.w.items():
            row: dict[int, float] = {}
            for c, v in d.items():
                key = (f, c)
                total = self.totals[key] + (t - self.stamps[key]) * v
                a = total / max(t, 1)
                if a:
                    row[c] = a
            if row:
                out[f] = row
        return out


def train_epoch(model: Perceptron, data: list[tuple[list[str], list[str], list[int], list[int]]], explore: bool) -> float:
    """One pass; returns the share of moves that were right."""
    right = total = 0
    for words, tags, gold, glab in data:
        n = len(words)
        w, lw, t = pad(words, tags)
        st = State(n)
        while not st.done():
            feats = features(w, lw, t, st)
            scores = model.scores(feats)
            guess = best_valid(scores, st.valid())
            good = zero_cost(st, gold, glab)
            best_good = max(good, key=lambda c: scores[c])
            model.t += 1
            if guess not in good:
                model.update(best_good, guess, feats)
            else:
                right += 1
            total += 1
            move, label = move_of(guess if explore else best_good)
            st.apply(move, label)
    return right / max(total, 1)


def to_parser(weights: dict[str, dict[int, float]], min_weight: float) -> Parser:
    """A run-time :class:`Parser` from averaged weights, dropping features whose weights are all small."""
    import numpy as np

    # compared as stored (float16), so that pruning a saved model and training again agree
    names = sorted(
        f for f, d in weights.items() if max(abs(float(np.float16(v))) for v in d.values()) >= min_weight
    )
    mat = np.zeros((len(names), N_CLASSES), dtype=np.float32)
    for r, f in enumerate(names):
        for c, v in weights[f].items():
            mat[r, c] = v
    return Parser({f: r for r, f in enumerate(names)}, mat)


def save(parser: Parser, path: Path) -> None:
    import numpy as np

    names = sorted(parser.index, key=parser.index.__getitem__)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        np.savez_compressed(fh, features=np.array(names), weights=parser.weights.astype(np.float16))


def evaluate(parser: Parser, data: list[tuple[list[str], list[str], list[int], list[int]]]) -> tuple[float, float, float]:
    """UAS, LAS (all tokens) and tokens per CPU-second."""
    ok_u = ok_l = tot = 0
    t0 = time.process_time()
    for words, tags, gold, glab in data:
        n = len(words)
        heads, labels = parser.parse(words, tags)
        for j in range(n):
            g = gold[j] if gold[j] < n else -1
            if heads[j] == g:
                ok_u += 1
                if labels[j] == LABELS[glab[j]]:
                    ok_l += 1
        tot += n
    dt = time.process_time() - t0
    return ok_u / tot, ok_l / tot, tot / max(dt, 1e-9)


def prepare(sents: list[Sentence]) -> list[tuple[list[str], list[str], list[int], list[int]]]:
    """Tag sentences with kg's shipped CRF tagger (as at run time); labels as indices."""
    from kg.events.pos import get_tagger

    tagger = get_tagger("en")
    if tagger is None:
        raise SystemExit("the English POS model (kg/events/models/pos_en.crfsuite) is missing: run kg.events.train_pos first")
    return [(w, tagger.tag(w), h, [_LABEL_ID[x] for x in lab]) for w, h, lab in sents]


def prepare_jackknifed(
    sents: list[Sentence], gold_tags: list[list[str]], folds: int
) -> list[tuple[list[str], list[str], list[int], list[int]]]:
    """Tag training sentences with CRFs trained on the other folds (``kg.events.train_pos``'s
    recipe), so that the parser learns from tags as wrong as the shipped tagger's are on new text."""
    import tempfile

    from kg.events.pos import Tagger
    from kg.events.train_pos import _train

    tags: list[list[str]] = [[] for _ in sents]
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            rest = [list(zip(sents[j][0], gold_tags[j], strict=True)) for j in range(len(sents)) if j % folds != k]
            model = Path(tmp) / f"fold{k}.crfsuite"
            _train(rest, "en", model)
            tagger = Tagger(model, "en")
            for j in range(k, len(sents), folds):
                tags[j] = tagger.tag(sents[j][0])
            print(f"jackknife fold {k + 1}/{folds} tagged", flush=True)
    return [(w, t, h, [_LABEL_ID[x] for x in lab]) for (w, h, lab), t in zip(sents, tags, strict=True)]


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python -m kg.events.train_parser SHARED_DATA_DIR``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--min-weight", type=float, default=2.0)
    ap.add_argument("--out", type=Path, default=MODEL_DIR / MODEL_FILE)
    ap.add_argument("--test", action="store_true", help="score EWT test too (once, at the end)")
    ap.add_argument("--jackknife", type=int, default=4, help="folds for the training tags (1: the shipped tagger)")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N sentences (for quick checks)")
    ap.add_argument("--score", action="store_true", help="score the model at --out on EWT dev (and test with --test); no training")
    args = ap.parse_args(argv)
    ewt = args.shared / "ud_english_ewt"
    if args.score:
        loaded = Parser.load(args.out)
        for split in ("dev", "test") if args.test else ("dev",):
            uas, las, speed = evaluate(loaded, prepare(read_trees(ewt / f"en_ewt-ud-{split}.conllu")))
            print(f"{split} UAS {uas:.4f} LAS {las:.4f}, {speed:.0f} tokens per CPU-second")
        return
    trees = read_trees(ewt / "en_ewt-ud-train.conllu")
    if args.limit:
        trees = trees[: args.limit]
    if args.jackknife > 1:
        gold_tags = [[t for _, t, _ in s] for s in read_conllu(ewt / "en_ewt-ud-train.conllu", 4)]
        train = prepare_jackknifed(trees, gold_tags[: len(trees)], args.jackknife)
    else:
        train = prepare(trees)
    dev = prepare(read_trees(ewt / "en_ewt-ud-dev.conllu"))
    rng = random.Random(1729)
    model = Perceptron()
    for epoch in range(args.epochs):
        t0 = time.process_time()
        acc = train_epoch(model, train, explore=epoch > 0)
        parser = to_parser(model.averaged(), args.min_weight)
        save(parser, args.out)  # the latest epoch is usable while training goes on
        uas, las, speed = evaluate(parser, dev)
        print(
            f"epoch {epoch + 1}: moves {acc:.4f}  dev UAS {uas:.4f} LAS {las:.4f}  "
            f"{len(parser.index)} features  {speed:.0f} tok/CPU-s  {time.process_time() - t0:.0f} CPU-s",
            flush=True,
        )
        rng.shuffle(train)
    parser = to_parser(model.averaged(), args.min_weight)
    save(parser, args.out)
    loaded = Parser.load(args.out)
    uas, las, speed = evaluate(loaded, dev)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(loaded.index)} features): dev UAS {uas:.4f} LAS {las:.4f}, {speed:.0f} tokens per CPU-second")
    if args.test:
        test = prepare(read_trees(ewt / "en_ewt-ud-test.conllu"))
        uas, las, speed = evaluate(loaded, test)
        print(f"test UAS {uas:.4f} LAS {las:.4f}")


if __name__ == "__main__":
    main()
