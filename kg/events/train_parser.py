"""Train the dependency parsers of :mod:`kg.events.parser` (English on UD English-EWT, Arabic on UD Arabic-PUD).

    python -m kg.events.train_parser /work/shared/data [--epochs 8] [--test]
    python -m kg.events.train_parser /work/shared/data --lang ar [--tune] [--test]

Arabic: UD Arabic-PUD (CC BY-SA 3.0; PADT's licence, CC BY-NC-SA, does not let a model
ship), its first 90 % of sentences for training and the last 10 % held out (the cut of
:mod:`kg.events.train_pos`); ``--tune`` trains on the first 81 % and scores the next 9 % (a
dev part carved from the training part, for choosing epochs and pruning).  The treebank's
tokens are re-cut into kg's own tokens (:func:`read_trees_ar`).

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

from kg.events.parser import (
    LABELS,
    LEFT,
    MODEL_DIR,
    MODEL_FILES,
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
from kg.events.train_pos import conllu_rows, read_conllu

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


_CONTENT = ("VERB", "AUX", "NOUN", "PROPN", "ADJ", "NUM", "ADV", "X", "SYM", "PRON")


def pud_sentences(path: Path) -> list[tuple[str, list[list[str]]]]:
    """(text, word lines) of each sentence of a CoNLL-U file that has ``# text =`` lines."""
    out: list[tuple[str, list[list[str]]]] = []
    text = ""
    rows: list[list[str]] = []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if rows:
                out.append((text, rows))
            text, rows = "", []
        elif line.startswith("# text = "):
            text = line[len("# text = ") :]
        elif not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) >= 10 and "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)
    return out


def retokenize(text: str, rows: list[list[str]]) -> tuple[list[str], list[int], list[str], list[str]] | None:
    """One treebank sentence in kg's tokens (:func:`kg.text.tokenize.tokenize`): words, heads
    (n = root), mapped labels and UPOS tags.

    Treebank tokens written without a space (``ل`` + ``أوباما``) fall in one kg token; the word
    takes the head and relation of the one token of the group whose head lies outside it (the
    first content one if several do) and its tag.  None when the tokens cannot be found in the
    text in order, a kg token holds no treebank token, or the contracted tree has a cycle.
    """
    from kg.text.tokenize import tokenize

    toks = tokenize(text)
    pos = 0
    owner: list[int] = []  # treebank token -> kg token
    for r in rows:
        at = text.find(r[1], pos)
        if at < 0:
            return None
        k = next((j for j, t in enumerate(toks) if t.start <= at < t.end), None)
        if k is None:
            return None
        owner.append(k)
        pos = at + len(r[1])
    n = len(toks)
    if sorted(set(owner)) != list(range(n)):
        return None
    heads: list[int] = []
    labels: list[str] = []
    tags: list[str] = []
    for k in range(n):
        group = [i for i, o in enumerate(owner) if o == k]
        outer = [i for i in group if rows[i][6] == "0" or owner[int(rows[i][6]) - 1] != k]
        main = next((i for i in outer if rows[i][3] in _CONTENT), outer[0] if outer else group[-1])
        h = rows[main][6]
        heads.append(n if h == "0" else owner[int(h) - 1])
        labels.append("root" if h == "0" else map_label(rows[main][7]))
        tags.append(next((rows[i][3] for i in group if rows[i][3] in _CONTENT), rows[group[-1]][3]))
        if heads[-1] == k:
            return None
    for k in range(n):  # a tree: every word reaches the root
        seen = set()
        j = k
        while j != n:
            if j in seen:
                return None
            seen.add(j)
            j = heads[j]
    return [t.text for t in toks], heads, labels, tags


def read_trees_ar(path: Path) -> list[tuple[int, Sentence, list[str]]]:
    """The sentences of an Arabic treebank in kg's tokens: (position in the file, tree, tags)."""
    out: list[tuple[int, Sentence, list[str]]] = []
    for idx, (text, rows) in enumerate(pud_sentences(path)):
        got = retokenize(text, rows)
        if got is not None:
            words, heads, labels, tags = got
            out.append((idx, (words, heads, labels), tags))
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


def train_epoch(
    model: Perceptron, data: list[tuple[list[str], list[str], list[int], list[int]]], explore: bool, lang: str = "en"
) -> float:
    """One pass; returns the share of moves that were right."""
    right = total = 0
    for words, tags, gold, glab in data:
        n = len(words)
        w, lw, t = pad(words, tags, lang)
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


def to_parser(weights: dict[str, dict[int, float]], min_weight: float, lang: str = "en") -> Parser:
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
    return Parser({f: r for r, f in enumerate(names)}, mat, lang)


def save(parser: Parser, path: Path) -> None:
    import numpy as np

    names = sorted(parser.index, key=parser.index.__getitem__)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        extra = {"lang": np.array(parser.lang)} if parser.lang != "en" else {}  # English files as before
        np.savez_compressed(fh, features=np.array(names), weights=parser.weights.astype(np.float16), **extra)


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


def prepare(sents: list[Sentence], lang: str = "en") -> list[tuple[list[str], list[str], list[int], list[int]]]:
    """Tag sentences with kg's shipped CRF tagger (as at run time); labels as indices."""
    from kg.events.pos import get_tagger

    tagger = get_tagger(lang)
    if tagger is None:
        raise SystemExit(f"the POS model (kg/events/models/pos_{lang}.crfsuite) is missing: run kg.events.train_pos first")
    return [(w, tagger.tag(w), h, [_LABEL_ID[x] for x in lab]) for w, h, lab in sents]


def prepare_jackknifed(
    sents: list[Sentence], gold_tags: list[list[str]], folds: int, lang: str = "en"
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
            _train(rest, lang, model)
            tagger = Tagger(model, lang)
            for j in range(k, len(sents), folds):
                tags[j] = tagger.tag(sents[j][0])
            print(f"jackknife fold {k + 1}/{folds} tagged", flush=True)
    return [(w, t, h, [_LABEL_ID[x] for x in lab]) for (w, h, lab), t in zip(sents, tags, strict=True)]


def main(argv: list[str] | None = None) -> None:
    """Command line: ``python -m kg.events.train_parser SHARED_DATA_DIR``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("shared", type=Path)
    ap.add_argument("--lang", choices=("en", "ar"), default="en")
    ap.add_argument("--epochs", type=int, default=None, help="default: 4 (en), %d (ar)" % AR_EPOCHS)
    ap.add_argument("--min-weight", type=float, default=None, help="default: 2.0 (en), %.1f (ar)" % AR_MIN_WEIGHT)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--tune", action="store_true", help="Arabic: train on the first 81 %%, score the next 9 %%")
    ap.add_argument("--test", action="store_true", help="score EWT test too (once, at the end)")
    ap.add_argument("--jackknife", type=int, default=4, help="folds for the training tags (1: the shipped tagger)")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N sentences (for quick checks)")
    ap.add_argument("--score", action="store_true", help="score the model at --out on EWT dev (and test with --test); no training")
    args = ap.parse_args(argv)
    if args.out is None:
        args.out = MODEL_DIR / MODEL_FILES[args.lang]
    if args.lang == "ar":
        main_ar(args)
        return
    args.epochs = 4 if args.epochs is None else args.epochs
    args.min_weight = 2.0 if args.min_weight is None else args.min_weight
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


#: the Arabic recipe, chosen with ``--tune`` (dev part carved from the training part)
AR_EPOCHS = 10
AR_MIN_WEIGHT = 1.0


def main_ar(args: argparse.Namespace) -> None:
    """Train (or with ``--score`` score) the Arabic parser on UD Arabic-PUD."""
    epochs = AR_EPOCHS if args.epochs is None else args.epochs
    min_weight = AR_MIN_WEIGHT if args.min_weight is None else args.min_weight
    trees = read_trees_ar(args.shared / "ud_arabic_pud" / "ar_pud-ud-test.conllu")
    total = len(pud_sentences(args.shared / "ud_arabic_pud" / "ar_pud-ud-test.conllu"))
    cut = int(total * 0.9)  # kg.events.train_pos's cut
    train_part = [t for t in trees if t[0] < cut]
    held = [t for t in trees if t[0] >= cut]
    if args.tune:
        dev_cut = int(cut * 0.9)
        train_part, held = [t for t in train_part if t[0] < dev_cut], [t for t in train_part if t[0] >= dev_cut]
    print(f"{len(trees)} of {total} sentences in kg's tokens; train {len(train_part)}, scored {len(held)}"
          f" ({'dev part' if args.tune else 'held-out 10 %'})", flush=True)
    scored = prepare([t[1] for t in held], "ar")
    if args.score:
        uas, las, speed = evaluate(Parser.load(args.out), scored)
        print(f"UAS {uas:.4f} LAS {las:.4f}, {speed:.0f} tokens per CPU-second")
        return
    sents = [t[1] for t in train_part]
    if args.jackknife > 1:
        train = prepare_jackknifed(sents, [t[2] for t in train_part], args.jackknife, "ar")
    else:
        train = prepare(sents, "ar")
    rng = random.Random(1729)
    model = Perceptron()
    for epoch in range(epochs):
        t0 = time.process_time()
        acc = train_epoch(model, train, explore=epoch > 0, lang="ar")
        if args.tune:
            for mw in (0.5, 1.0, 2.0):
                uas, las, speed = evaluate(to_parser(model.averaged(), mw, "ar"), scored)
                print(f"epoch {epoch + 1} min-weight {mw}: dev UAS {uas:.4f} LAS {las:.4f}", flush=True)
        print(f"epoch {epoch + 1}: moves {acc:.4f}  {time.process_time() - t0:.0f} CPU-s", flush=True)
        rng.shuffle(train)
    if args.tune:
        return
    parser = to_parser(model.averaged(), min_weight, "ar")
    save(parser, args.out)
    loaded = Parser.load(args.out)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(loaded.index)} features)")
    if args.test:
        uas, las, speed = evaluate(loaded, scored)
        print(f"held-out 10 % UAS {uas:.4f} LAS {las:.4f}, {speed:.0f} tokens per CPU-second")


if __name__ == "__main__":
    main()
