"""Neural NER rows of the ablation table: train the BiLSTM-CRF on dev or test setting.

    PYTHONPATH=. python benchmarks/ner_neural.py --split dev [--vectors pos,bag] \\
        [--hp '{"hidden": 100}'] [--ensemble 0.5] [--harmonize] [--out DIR]

Dev = the last 10% of ANERcorp CAMeL train (trained on the first 90%), scored after
every epoch on the exported numpy model; ``--split test`` trains on all of train for
``--hp '{"epochs": N}'`` epochs and scores ANERcorp test.  Word vectors are built from
the ANT news with :func:`kg.ner.clusters.embed` (or read from ``--vectors-cache``).
``--ensemble W`` also scores the average of the neural marginals and a CRF's marginals
(weight W on the CRF; the CRF is trained on the same sentences with the shipped
features).  ``--check-torch`` compares the numpy forward pass with torch's.
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--data", default=None)
    ap.add_argument("--vectors", default="pos,bag")
    ap.add_argument("--vectors-cache", default=None, help="directory with vec_pos.npz / vec_bag.npz")
    ap.add_argument("--hp", default="{}")
    ap.add_argument("--harmonize", action="store_true")
    ap.add_argument("--ensemble", default=None, help="comma-separated CRF weights to try")
    ap.add_argument("--crf-marginals", default=None,
                    help=".npy of the CRF's per-token marginals on the eval split (else trained here)")
    ap.add_argument("--out", default=None)
    ap.add_argument("--check-torch", action="store_true")
    ap.add_argument("--no-vectors", action="store_true", help="ablation: zero word vectors")
    ap.add_argument("--no-discrete", action="store_true",
                    help="ablation: no cluster ids, name scorer or gazetteer inputs")
    ap.add_argument("--silver", default=None,
                    help="CoNLL file of machine-tagged sentences (benchmarks/ner_silver.py) for "
                         'self-training; with --hp \'{"silver": FRACTION}\'')
    ap.add_argument("--subword", default=None,
                    help="fastText n-gram table (.npy, benchmarks/ner_subword_vectors.py) for "
                         '--hp \'{"subword": K}\'')
    ap.add_argument("--lm-init", default=None,
                    help="pretrained encoder weights (.npz, benchmarks/ner_lm_pretrain.py, same split)")
    ap.add_argument("--lm-init-skip", default="",
                    help="comma-separated parameter-name prefixes of --lm-init to leave out (e.g. lstm.)")
    ap.add_argument("--taglm", default=None,
                    help="language-model weights with the LSTM (.npz, benchmarks/ner_lm_pretrain.py, same "
                         "split) whose frozen states join the token inputs (kg.ner.taglm; sets hp taglm)")
    ap.add_argument("--charlm", default=None,
                    help="character LMs (.npz, benchmarks/ner_charlm.py) whose frozen contextual string "
                         "embeddings join the token inputs (kg.ner.charlm; sets hp charlm)")
    ap.add_argument("--snapshots", default=None, help="keep each epoch's exported model in DIR/eN")
    ap.add_argument("--wiki", default=None,
                    help="comma-separated labelled Wikipedia files (kg.ner.wiki: WikiFANE Gold, AQMAR) for a "
                         'first training stage of --hp \'{"pre_epochs": N}\' epochs')
    ap.add_argument("--wiki-mix", action="store_true",
                    help="mix the --wiki sentences into every epoch instead (the self-training path: "
                         '--hp \'{"silver": FRACTION, "silver_weight": W}\')')
    ap.add_argument("--wiki-trim", action="store_true",
                    help="take the cue words the training split leaves untagged out of the --wiki names "
                         "(kg.ner.wiki.trim_cues)")
    args = ap.parse_args()

    import numpy as np

    from kg.ner import conll, data, neural_train
    from kg.ner.context import harmonize, windows
    from kg.ner.features import doc_key
    from kg.ner.neural import NeuralTagger
    from kg.ner.resources import Resources
    from kg.ner.scoring import score
    from kg.ner.tagger import MODELS_DIR

    d = data.find_data_dir(args.data)
    train = conll.read_conll(data.data_file(d, "ar", "train"))
    if args.split == "dev":
        train, ev = data.dev_split(train)
    else:
        ev = conll.read_conll(data.data_file(d, "ar", "test"))
    res = Resources.load("ar", MODELS_DIR)
    words, vecs = None, []
    for kind in args.vectors.split(","):
        if args.vectors_cache:
            z = np.load(Path(args.vectors_cache) / f"vec_{kind}.npz")
            w, v = list(z["vocab"]), z["vec"]
        else:
            from kg.ner.clusters import embed
            from kg.ner.train import TOPIC_OPTIONS, VECTOR_OPTIONS, arabic_corpus

            opts = {**VECTOR_OPTIONS, **(TOPIC_OPTIONS if kind == "bag" else {})}
            w, v = embed(arabic_corpus(data.data_file(d, "ar", "unlabeled")), seed=13, **opts)
        assert words is None or w == words
        words = w
        vecs.append(v)
    vectors = np.hstack(vecs).astype(np.float32)
    if args.no_vectors:
        vectors = np.zeros_like(vectors)
    if args.no_discrete:
        res = Resources("ar")
    toks = [t for t, _ in ev]
    gold = [g for _, g in ev]
    key = doc_key("ar")

    def tag(out: Path) -> list[list[tuple[str, float]]]:
        nt = NeuralTagger("ar", out, res)
        tagged: list[list[tuple[str, float]]] = []
        for r in windows(len(toks), 10):
            tagged.extend(nt.tag_batch([toks[i] for i in r]))
        return tagged

    def dev(out: Path, epoch: int) -> float:
        if args.snapshots:
            import shutil

            snap = Path(args.snapshots) / f"e{epoch}"
            snap.mkdir(parents=True, exist_ok=True)
            for name in ("ar_nn.npz", "ar_nn_vocab.json.gz", "ar_nn_sub.npz"):
                if (out / name).is_file():
                    shutil.copy(out / name, snap / name)
        tagged = tag(out)
        f = score(gold, [[y for y, _ in s] for s in tagged]).micro.f1
        return f

    hp = json.loads(args.hp)
    lists = name_lists(d) if hp.get("augment") else None
    seen = {w for t, _ in train for w in t}
    t0, c0 = time.time(), time.process_time()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.out or tmp)
        out.mkdir(parents=True, exist_ok=True)
        sub_table = np.load(args.subword) if args.subword else None
        init = None
        if args.lm_init:
            from kg.ner.lm_pretrain import load

            init = load(Path(args.lm_init))
            skip = tuple(x for x in args.lm_init_skip.split(",") if x)
            init = {k: v for k, v in init.items() if not (skip and k.startswith(skip))}
            print(f"initialised from {args.lm_init}: {sorted(init)}")
        lm_state = None
        if args.taglm:
            from kg.ner.lm_pretrain import load

            lm_state = load(Path(args.taglm))
            hp = {"taglm": True, **hp}  # --hp may ask for "output"
        char_arrays = None
        if args.charlm:
            from kg.ner import charlm

            char_arrays = charlm.load(Path(args.charlm))
            hp = {"charlm": True, **hp}  # --hp may ask for "output"
        pre = None
        if args.wiki:
            from kg.ner import wiki

            pre = []
            test = conll.read_conll(data.data_file(d, "ar", "test"))
            for path in args.wiki.split(","):
                sents = wiki.read(Path(path))
                sents, dropped = wiki.drop_overlap(sents, test + ev)
                print(f"{path}: {len(sents)} sentences, {sum(len(t) for t, _ in sents)} tokens "
                      f"({dropped} dropped: also in ANERcorp test / the eval split)")
                if args.wiki_trim:
                    sents, moved = wiki.trim_cues(sents, wiki.untagged_words(train))
                    print(f"  {moved} leading cue words taken out of names")
                pre.extend(sents)
        silver = conll.read_conll(args.silver) if args.silver else None
        if pre is not None and args.wiki_mix:
            silver, pre = pre, None
        info = neural_train.train(train, words, vectors, res, out, hp=hp, pre=pre, lm=lm_state, charlm=char_arrays, dev=dev if args.split == "dev" else None,
                                  name_lists=lists,
                                  silver=silver,
                                  sub_table=sub_table, init=init)
        net, enc = info.pop("net"), info.pop("encoder")
        if args.check_torch:
            sample = [t for t in toks[:40] if t]
            ref = neural_train.torch_emissions(net, enc, sample)
            got, _ = NeuralTagger("ar", out, res).emissions(sample)
            diff = max(float(np.abs(r - g[: len(r)]).max()) for r, g in zip(ref, got))
            print(f"numpy vs torch emissions on {len(sample)} sentences: max abs difference {diff:.2e}")
        print(f"trained in {time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU; {info}")
        tagged = tag(out)
        print(f"ar {args.split} neural {args.vectors} {hp}")
        print(score(gold, [[y for y, _ in s] for s in tagged]).format())
        print(unseen_score(toks, gold, [[y for y, _ in s] for s in tagged], seen))
        if args.ensemble:
            from kg.ner.neural import decode_marginals

            pc = crf_marginals(args, train, ev, res) if args.crf_marginals is None else \
                list(np.load(args.crf_marginals, allow_pickle=True))
            pn = NeuralTagger("ar", out, res)
            probs_n: list[np.ndarray] = []
            for r in windows(len(toks), 10):
                probs_n.extend(pn.marginals_batch([toks[i] for i in r]))
            for w in (float(x) for x in args.ensemble.split(",")):
                mixed = [decode_marginals(w * a + (1 - w) * b_) if len(b_) else []
                         for a, b_ in zip(pc, probs_n)]
                print(f"ensemble, CRF weight {w}:")
                print(score(gold, [[y for y, _ in s_] for s_ in mixed]).format())
                if args.harmonize:
                    h2: list[list[tuple[str, float]]] = []
                    for r in windows(len(toks), 10):
                        h2.extend(harmonize([toks[i] for i in r], [mixed[i] for i in r], key))
                    print(f"ensemble, CRF weight {w}, harmonized:")
                    print(score(gold, [[y for y, _ in s_] for s_ in h2]).format())
        if args.harmonize:
            h: list[list[tuple[str, float]]] = []
            for r in windows(len(toks), 10):
                h.extend(harmonize([toks[i] for i in r], [tagged[i] for i in r], key))
            print("harmonized:")
            print(score(gold, [[y for y, _ in s] for s in h]).format())
            print(unseen_score(toks, gold, [[y for y, _ in s] for s in h], seen))


def name_lists(d: Path) -> dict[str, list[str]]:
    """ANETAC's Arabic names per kg type, for the substitution augmentation."""
    from kg.ner import data
    from kg.ner.augment import anetac_lists

    return anetac_lists(data.data_file(d, "ar", "names"))


def unseen_score(toks: list, gold: list, pred: list, seen: set) -> str:
    """Strict scores restricted to entities (gold and predicted) holding a word never seen
    in the training sentences: how well the tagger finds names it cannot have memorised."""
    from kg.ner.scoring import chunks

    tp = fp = fn = 0
    for t, g, p in zip(toks, gold, pred):
        gs = {c for c in chunks(g) if any(w not in seen for w in t[c[1]:c[2]])}
        ps = {c for c in chunks(p) if any(w not in seen for w in t[c[1]:c[2]])}
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return f"unseen-word entities ({tp + fn} gold): precision {pr:.3f} recall {rc:.3f} F1 {f:.3f}"


def crf_marginals(args: argparse.Namespace, train: list, ev: list, res: object) -> list:
    """Per-token marginals over the neural label order of a CRF with the shipped features:
    trained on ``train`` for dev, the shipped ``ar.crfsuite`` for test."""
    import numpy as np
    import pycrfsuite

    from kg.ner import crf
    from kg.ner.neural import LABELS
    from kg.ner.features import featurizer
    from kg.ner.resources import Resources
    from kg.ner.tagger import MODELS_DIR
    from kg.ner.train import CONFIG
    from kg.ner.twopass import corpus_items

    # The CRF's own features (with the topic clusters, which the neural backend does not load).
    f = featurizer(Resources.load("ar", MODELS_DIR), **CONFIG["ar"]["features"])
    path = MODELS_DIR / "ar.crfsuite"
    if args.split == "dev":
        tmp = tempfile.mkdtemp()
        path = Path(tmp) / "crf.crfsuite"
        items = corpus_items(f, [t for t, _ in train], "ar", True, 10)
        crf.fit_items(items, [g for _, g in train], path, {"c1": 0.05, "c2": 0.01, "max_iterations": 200})
    tg = pycrfsuite.Tagger()
    tg.open(str(path))
    labels = set(tg.labels())
    out = []
    for x in corpus_items(f, [t for t, _ in ev], "ar", True, 10):
        tg.set(x)
        out.append(np.array([[tg.marginal(y, i) if y in labels else 0.0 for y in LABELS]
                             for i in range(len(x))]))
    return out


if __name__ == "__main__":
    main()
