"""Five-fold out-of-fold predictions of the Arabic tagger over ANERcorp CAMeL train, and
decoding variants scored on all of them.

    # 1. train (one network per fold, the shipped recipe) and decode each held-out fold once
    PYTHONPATH=. python benchmarks/ner_cv.py train --out DIR [--folds 1,2,3,4,5] [--hp JSON]
    # 2. score decoding variants on the saved decodings (no retraining)
    PYTHONPATH=.:benchmarks python benchmarks/ner_cv.py score DIR [--variants VARIANTS.json] \\
        [--errors N] [--boot 1000]
    # 3. compare networks: several cv directories under one decoding (the first is the baseline)
    PYTHONPATH=.:benchmarks python benchmarks/ner_cv.py score DIR_A DIR_B [DIR_C ...] [--decoding JSON]
    # 4. an ensemble of several directories' fold networks, decoded out of fold (no training)
    PYTHONPATH=. python benchmarks/ner_cv.py ensemble DIR_A DIR_B --out ENS [--average marginals|emissions]
    # 5. distil each fold's ensemble into one network (kg.ner.distil)
    PYTHONPATH=. python benchmarks/ner_cv.py train --out DIR --teacher ENS --hp '{"distil": 1.0, "distil_news": 0.5}'

Folds: ANERcorp CAMeL train cut into 5 contiguous blocks of sentences in corpus order
(:func:`kg.ner.data.folds`; ANERcorp has no document breaks, so at most the one article a
cut falls in sits on both sides).  For fold K the network is trained with the shipped
recipe (``kg.ner.train.CONFIG["ar"]``: LM pretraining of the encoder on 1M news tokens, 30
epochs, the last 10 averaged, seed 13) on the other four folds, with vocabularies from
those four folds only; the word clusters, the word vectors (PPMI-SVD of the unlabeled news,
as ``kg train ner``; cached in ``--vectors-cache``), the name scorer and the place gazetteer
are the shipped ones (they come from unlabeled news, ANETAC and GeoNames).  The network is
saved in ``DIR/foldK`` and run once over its held-out fold in windows of 10 sentences (as
``kg eval ner``); the emissions, marginals, best paths and CRF of every window are saved in
``DIR/foldK/decoded.pkl``.

``--hp`` overrides ``kg.ner.neural_train.HPARAMS`` of the fold networks (e.g. ``'{"seed": 14}'``,
``'{"entity_dropout": 0.4}'``; recorded as ``"hp"`` in each fold's ``info.json``); a fold with an
``info.json`` is not trained again, and only reused for the same overrides.

``ensemble`` copies the members' fold networks into ``ENS/foldK`` (``ar_nn.npz``, ``ar_nn_2.npz``;
one fold's vocabularies are the same for every seed) and decodes the held-out fold with them
together: ``--average marginals`` as :class:`kg.ner.neural.NeuralTagger` ships an ensemble (mean
marginals, best valid BIO path), ``emissions`` as one CRF over the mean emissions with the mean
transitions (the distillation teacher).  ``train --teacher ENS`` with ``"distil"`` in ``--hp`` trains
fold K's network with ``ENS/foldK`` as its teacher (kept out of fold: its ``info.json`` must hold
out the same sentences) and, with ``"distil_news"``, ``--news`` news sentences outside the ANT sample.

With one directory, ``score`` applies every variant (``{"name": ..., "harmonise": true, "propagate": {...},
"split": true, "titles": {...}, "trim": true, "o_bias": 0.5}``, the options of
:func:`kg.ner.context.decode_document`; ``o_bias`` is subtracted from the O scores before
the marginals and paths are recomputed) to the saved decodings and prints per-fold and
pooled micro F1; against the first variant (the shipped decoding), each fold's gain, how
many folds gain, and a paired bootstrap over windows of the pooled gain.  With several
directories it decodes each one's folds the same way (``--decoding``, default the decoding
shipped now: ``kg.ner.train.CONFIG["ar"]``) and compares their networks against the first
directory's, on the folds they all have, with the same per-fold gains and bootstrap.
"""
from __future__ import annotations

import argparse
import json
import pickle
import time
from pathlib import Path
from typing import Any

#: The baseline every variant is compared with: the decoding shipped at the start of the eleventh
#: session (before ``"article": true``).
SHIPPED = {"name": "shipped", "harmonise": True, "propagate": {"threshold": 0.9, "partial": True},
           "split": True}


def fold_config(hp: dict[str, Any] | None = None) -> dict[str, Any]:
    """The shipped Arabic recipe (``kg.ner.train.CONFIG["ar"]``) with ``hp`` overriding
    ``kg.ner.neural_train.HPARAMS`` of the fold networks, for one network (``"seed"`` is its
    seed, 13 by default: :func:`kg.ner.train.train_network` takes it from ``cfg["seeds"]``).  The language-model
    pretraining keeps its own seed, so a seed change varies the tagger's training only."""
    import copy

    from kg.ner.neural_train import HPARAMS
    from kg.ner.train import CONFIG

    hp = dict(hp or {})
    unknown = sorted(set(hp) - set(HPARAMS))
    if unknown:
        raise ValueError(f"not hyper-parameters of kg.ner.neural_train.HPARAMS: {unknown}")
    cfg = copy.deepcopy(CONFIG["ar"])
    if hp:
        cfg["neural"] = {**cfg.get("neural", {}), **hp}
    # one network per fold (the shipped recipe trains an ensemble of seeds 13 and 14; the fold
    # studies compare single networks, and `ensemble` combines their fold networks)
    cfg["seeds"] = [int(hp.get("seed", HPARAMS["seed"]))]
    return cfg


def train_folds(args: argparse.Namespace) -> None:
    import numpy as np

    from kg.ner import conll, data
    from kg.ner.resources import Resources
    from kg.ner.tagger import MODELS_DIR
    from kg.ner.train import arabic_corpus, neural_vectors, train_network

    hp = json.loads(args.hp) if args.hp else {}
    cfg = fold_config(hp)

    d = data.find_data_dir(args.data)
    sents = conll.read_conll(data.data_file(d, "ar", "train"))
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cache = Path(args.vectors_cache)
    if cache.is_file():
        z = np.load(cache)
        words, vecs = list(z["vocab"]), z["vec"]
    else:
        t0 = time.time()
        words, vecs = neural_vectors(arabic_corpus(data.data_file(d, "ar", "unlabeled")))
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, vocab=np.array(words), vec=vecs)
        print(f"word vectors: {len(words)} words in {time.time() - t0:.0f} s", flush=True)
    res = Resources.load("ar", MODELS_DIR, topics=False)
    cuts = data.folds(len(sents), args.k)
    news = None
    if hp.get("distil") and hp.get("distil_news"):
        from kg.ner.distil import NEWS_SAMPLE, news_pool

        t0 = time.time()
        news = news_pool(data.data_file(d, "ar", "unlabeled"), args.news, exclude=d / NEWS_SAMPLE)
        print(f"{len(news)} news sentences for distillation ({sum(map(len, news))} tokens, "
              f"outside {NEWS_SAMPLE}) in {time.time() - t0:.0f} s", flush=True)
    for k in (int(x) for x in args.folds.split(",")):
        fdir = out / f"fold{k}"
        fdir.mkdir(parents=True, exist_ok=True)
        train, held = data.fold_split(sents, k - 1, args.k)
        r = cuts[k - 1]
        print(f"fold {k}/{args.k}: held-out sentences {r.start}-{r.stop - 1} ({len(held)}), "
              f"training on {len(train)}", flush=True)
        t0, c0 = time.time(), time.process_time()
        if (fdir / "info.json").is_file():  # a finished fold is reused only for the same overrides
            done = json.loads((fdir / "info.json").read_text()).get("hp", {})
            if done != hp:
                raise SystemExit(f"{fdir} holds a network trained with --hp {json.dumps(done)}, not {json.dumps(hp)}")
        if not (fdir / "info.json").is_file():  # (ar_nn.npz alone: an interrupted training, exported per epoch)
            teacher = None
            if hp.get("distil"):
                teacher = fold_teacher(Path(args.teacher) / f"fold{k}", cuts[k - 1], res)
            info = train_network(train, words, vecs, res, fdir, "ar", cfg, d,
                                 log=lambda m: print(f"  {m}", flush=True), teacher=teacher, unlabeled=news)
            (fdir / "info.json").write_text(json.dumps(
                {"fold": k, "folds": args.k, "held_out": [r.start, r.stop], "hp": hp, "neural": info,
                 "seconds": round(time.time() - t0), "cpu_seconds": round(time.process_time() - c0)},
                indent=1, default=str) + "\n")
        print(f"  trained in {time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU", flush=True)
        try:
            decode_fold(fdir, k, r, held, train, sents, res)
        except Exception:  # a decoding bug must not stop the next fold's training
            import traceback

            traceback.print_exc()


def fold_teacher(tdir: Path, held: range, res: Any) -> Any:
    """The distillation teacher of one fold: the networks of ``tdir`` (an ``ensemble`` output
    directory: ``ar_nn.npz``, ``ar_nn_2.npz`` ...; trained without the fold's held-out
    sentences, which its ``info.json`` must confirm), as :func:`kg.ner.distil.teacher_marginals`."""
    from kg.ner.distil import teacher_marginals
    from kg.ner.neural import NeuralTagger

    info = json.loads((tdir / "info.json").read_text())
    if list(info.get("held_out", [])) != [held.start, held.stop]:
        raise SystemExit(f"{tdir} holds out {info.get('held_out')}, not {[held.start, held.stop]}")
    n = 1 + sum(1 for p in tdir.glob("ar_nn_*.npz") if p.stem[6:].isdigit())
    nt = NeuralTagger("ar", tdir, res, members=n)
    return lambda sentences: teacher_marginals(nt, sentences)


def decode_fold(fdir: Path, k: int, r: range, held: list, train: list, sents: list, res: Any,
                members: int = 1, average: str = "marginals") -> None:
    """Run fold ``k``'s network (or the ensemble of ``members`` networks in ``fdir``) once over
    its held-out sentences and save the decodings (``average``: see :func:`ensemble_scores`)."""
    from kg.ner.context import windows
    from kg.ner.neural import NeuralTagger

    nt = NeuralTagger("ar", fdir, res, members=members)
    toks = [t for t, _ in held]
    wins = windows(len(toks), 10)
    dec = [ensemble_scores(nt, [toks[i] for i in w], average) for w in wins]
    with (fdir / "decoded.pkl").open("wb") as fh:
        pickle.dump({"fold": k, "range": (r.start, r.stop), "decoded": dec,
                     "seen": sorted({w for t, _ in train for w in t})}, fh)
    f = score_variant(load_fold(fdir, sents), SHIPPED, res)[0]
    print(f"  fold {k}: shipped decoding micro F1 {f.micro.f1:.4f}", flush=True)


AVERAGES = ("marginals", "emissions")


def ensemble_scores(nt: Any, sentences: list[list[str]], average: str = "marginals") -> tuple:
    """:func:`kg.ner.tagger.decode_scores` of a network or an ensemble; for an ensemble,
    ``average`` "marginals" the members' mean marginals and the best valid BIO path of their log
    (:func:`mean_marginal_scores`: kg's ensemble decoding before the thirteenth session),
    "emissions" one CRF: the members' mean emissions under their mean transitions / start / end
    scores, how :class:`kg.ner.neural.NeuralTagger` decodes an ensemble now (the distillation
    teacher too)."""
    from kg.ner.tagger import decode_scores

    if average not in AVERAGES:
        raise ValueError(f"average must be one of {AVERAGES}, not {average!r}")
    if len(nt.ps) == 1 or average == "emissions":
        return decode_scores(nt, sentences)
    return mean_marginal_scores(nt, sentences)


def mean_marginal_scores(nt: Any, sentences: list[list[str]]) -> tuple:
    """An ensemble decoded the way kg did before the thirteenth session measured it: the mean of
    the members' marginals, and the best valid BIO path of its log (kept to reproduce that row)."""
    import numpy as np

    from kg.ner.neural import LABELS, _bio_constraints, viterbi_batch
    from kg.ner.tagger import per_sentence

    trans, start = _bio_constraints()
    crf = (trans, start, np.zeros(len(LABELS)))

    def decode(batch: list[list[str]], lengths: list[int]) -> tuple:
        em, _ = nt.member_emissions(batch)
        pr = sum(nt.marginals(em[k], lengths, k) for k in range(len(nt.ps))) / len(nt.ps)
        dec = np.log(np.maximum(pr, 1e-12))
        return dec, pr, viterbi_batch(dec, lengths, *crf)

    return (*per_sentence(sentences, decode), crf)


def ensemble_folds(args: argparse.Namespace) -> None:
    """Decode each held-out fold with the networks of several cv directories together (no
    training): ``OUT/foldK`` gets the members' weights (``ar_nn.npz``, ``ar_nn_2.npz`` ...,
    copies; the vocabularies must be equal, as they are for one fold's training part) and
    ``decoded.pkl``, so that ``score`` compares it with its members."""
    import shutil

    from kg.ner import conll, data
    from kg.ner.resources import Resources
    from kg.ner.tagger import MODELS_DIR

    d = data.find_data_dir(args.data)
    sents = conll.read_conll(data.data_file(d, "ar", "train"))
    res = Resources.load("ar", MODELS_DIR, topics=False)
    cuts = data.folds(len(sents), args.k)
    out = Path(args.out)
    for k in (int(x) for x in args.folds.split(",")):
        srcs = [Path(m) / f"fold{k}" for m in args.members]
        if not all((s / "ar_nn.npz").is_file() for s in srcs):
            print(f"fold {k}: not every member has it, skipped", flush=True)
            continue
        vocabs = {(s / "ar_nn_vocab.json.gz").read_bytes() for s in srcs}
        if len(vocabs) > 1:
            raise SystemExit(f"fold {k}: the members' vocabularies differ: {[str(s) for s in srcs]}")
        fdir = out / f"fold{k}"
        fdir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(srcs[0] / "ar_nn_vocab.json.gz", fdir / "ar_nn_vocab.json.gz")
        for j, s in enumerate(srcs):
            shutil.copyfile(s / "ar_nn.npz", fdir / ("ar_nn.npz" if j == 0 else f"ar_nn_{j + 1}.npz"))
        (fdir / "info.json").write_text(json.dumps(
            {"fold": k, "folds": args.k, "held_out": [cuts[k - 1].start, cuts[k - 1].stop],
             "members": [str(s) for s in srcs], "average": args.average}, indent=1) + "\n")
        train, held = data.fold_split(sents, k - 1, args.k)
        t0 = time.time()
        decode_fold(fdir, k, cuts[k - 1], held, train, sents, res, members=len(srcs), average=args.average)
        print(f"  decoded in {time.time() - t0:.0f} s", flush=True)


def load_fold(fdir: Path, sents: list) -> dict[str, Any]:
    with (fdir / "decoded.pkl").open("rb") as fh:
        z = pickle.load(fh)
    a, b = z["range"]
    held = sents[a:b]
    z["toks"] = [t for t, _ in held]
    z["gold"] = [g for _, g in held]
    z["dir"] = fdir
    return z


_SPLIT: list[Any] = []


def rebias(z: dict[str, Any], bias: float) -> list:
    """The fold's decodings with ``bias`` subtracted from the O scores (marginals and paths recomputed)."""
    import numpy as np

    from kg.ner.neural import NeuralTagger, viterbi_batch
    from kg.ner.resources import Resources

    key = ("nt", bias)
    if key in z:
        return z[key]
    if "nt" not in z:
        z["nt"] = NeuralTagger("ar", z["dir"], Resources("ar"))
    nt = z["nt"]
    p = nt.p
    out = []
    for sc, pr, pa, crf in z["decoded"]:
        todo = [i for i, s in enumerate(sc) if len(s)]
        sc2, pr2, pa2 = list(sc), list(pr), list(pa)
        if todo:
            lengths = [len(sc[i]) for i in todo]
            em = np.zeros((len(todo), max(lengths), sc[todo[0]].shape[1]), dtype=np.float32)
            for k, i in enumerate(todo):
                em[k, : lengths[k]] = sc[i]
                em[k, : lengths[k], 0] -= bias
            m = nt.marginals(em, lengths)
            path = viterbi_batch(em, lengths, p["trans"], p["start"], p["end"])
            for k, i in enumerate(todo):
                n = lengths[k]
                sc2[i], pr2[i], pa2[i] = em[k, :n], m[k, :n], path[k, :n]
        out.append((sc2, pr2, pa2, crf))
    z[key] = out
    return out


def harmonize_variant(words: Any, tagged: Any, key: Any, surnames: bool = True, ratio: float = 1.0,
                      min_conf: float = 0.0) -> list:
    """:func:`kg.ner.context.harmonize` with knobs (its defaults give the shipped rule): without the
    surname vote; retyping only when the winner's summed confidence is ``ratio`` times the entity's
    own type's; votes only from occurrences of mean confidence >= ``min_conf``."""
    from collections import defaultdict

    from kg.ner.scoring import chunks

    votes: dict = defaultdict(lambda: defaultdict(float))
    found = []
    for sent, tags in zip(words, tagged):
        ents = []
        for kind, i, j in chunks([y for y, _ in tags]):
            name = " ".join(key(t) for t in sent[i:j])
            conf = sum(p for _, p in tags[i:j]) / (j - i)
            if conf >= min_conf:
                votes[name][kind] += conf
                if surnames and j - i > 1 and kind == "PER":
                    votes[key(sent[j - 1])][kind] += conf
            ents.append((kind, i, j, name))
        found.append(ents)
    out = []
    for tags, ents in zip(tagged, found):
        new = list(tags)
        for kind, i, j, name in ents:
            if not votes[name]:
                continue
            best, v = max(votes[name].items(), key=lambda kv: kv[1])
            if best != kind and v >= ratio * votes[name].get(kind, 0.0):
                new[i:j] = [(("B-" if k == i else "I-") + best, p) for k, (_, p) in zip(range(i, j), tags[i:j])]
        out.append(new)
    return out


def predict(z: dict[str, Any], var: dict[str, Any], res: Any) -> list[list[str]]:
    import functools

    from kg.ner import context
    from kg.ner.context import conjunction_test, decode_document, windows
    from kg.ner.features import doc_key
    from kg.ner.neural import LABELS

    if var.get("split", False) and not _SPLIT:
        _SPLIT.append(conjunction_test(res.clusters))
    toks = z["toks"]
    dec = rebias(z, float(var["o_bias"])) if var.get("o_bias") else z["decoded"]
    # Per sentence (a sentence's numbers do not depend on the window it was decoded in),
    # so the pseudo-documents may be regrouped (``"window"``).
    sc_all = [x for w in dec for x in w[0]]
    pr_all = [x for w in dec for x in w[1]]
    pa_all = [x for w in dec for x in w[2]]
    crf = dec[0][3]
    key = doc_key("ar")
    shipped_h = context.harmonize
    shipped_t = context.trim_person_edges
    if var.get("harmonise_opts"):  # decode_document calls the module's harmonize
        opts = var["harmonise_opts"]
        context.harmonize = lambda w, t, k, surnames=True: harmonize_variant(w, t, k, **opts)
    if var.get("trim_extra"):  # more title words for trim_person_edges
        context.trim_person_edges = functools.partial(
            shipped_t, titles=(*context.EDGE_TITLES, *var["trim_extra"]))
    pred: list[list[str]] = []
    for r in windows(len(toks), int(var.get("window", 10))):
        sc, pr, pa = [sc_all[i] for i in r], [pr_all[i] for i in r], [pa_all[i] for i in r]
        tagged = decode_document([toks[i] for i in r], sc, pr, pa, crf, LABELS, key,
                                 var.get("harmonise", True), var.get("propagate"), var.get("pool"),
                                 _SPLIT[0] if var.get("split") else None, var.get("titles"),
                                 bool(var.get("trim")), bool(var.get("reapply")),
                                 surnames=bool(var.get("surnames", True)))
        pred.extend([y for y, _ in s] for s in tagged)
    context.harmonize, context.trim_person_edges = shipped_h, shipped_t
    return pred


def score_variant(z: dict[str, Any], var: dict[str, Any], res: Any) -> tuple[Any, list[list[str]]]:
    from kg.ner.scoring import score

    pred = predict(z, var, res)
    return score(z["gold"], pred), pred


def counts(gold: list, pred: list, win: int = 10) -> Any:
    """Per window of ``win`` sentences: (true positives, predicted, gold) entity counts."""
    import numpy as np

    from kg.ner.scoring import chunks

    n = (len(gold) + win - 1) // win
    c = np.zeros((n, 3), dtype=np.int64)
    for s, (g, p) in enumerate(zip(gold, pred)):
        gs, ps = set(chunks(g)), set(chunks(p))
        c[s // win] += (len(gs & ps), len(ps), len(gs))
    return c


def decoding_now() -> dict[str, Any]:
    """The decoding the Arabic model ships now (``kg.ner.train.CONFIG["ar"]``), as a variant:
    the one networks are compared under when ``score`` is given several cv directories."""
    from kg.ner.train import CONFIG

    cfg = CONFIG["ar"]
    return {"name": "decoding-now", "harmonise": bool(cfg.get("harmonize", True)),
            "propagate": cfg.get("propagate"), "split": bool(cfg.get("split_conjoined", False))}


def f1_of(c: Any) -> Any:
    """Micro F1 from summed (true positives, predicted, gold) counts (last axis)."""
    return 2 * c[..., 0] / (c[..., 1] + c[..., 2])


def paired_bootstrap(c: Any, base: Any, boot: int, rng: Any) -> tuple[float, float, float, float]:
    """Pooled F1 gain of per-window counts ``c`` over ``base`` (same windows, same gold), and
    its paired bootstrap: windows drawn with replacement, the same draw for both.

    Returns:
        (gain, 2.5th percentile, 97.5th percentile, share of draws with a gain > 0).
    """
    import numpy as np

    if c.shape != base.shape or not np.array_equal(c[:, 2], base[:, 2]):
        raise ValueError("paired bootstrap needs the same windows with the same gold entities")
    n = len(c)
    idx = rng.integers(0, n, size=(boot, n))
    diff = f1_of(c[idx].sum(axis=1)) - f1_of(base[idx].sum(axis=1))
    lo, hi = np.percentile(diff, [2.5, 97.5])
    return float(f1_of(c.sum(axis=0)) - f1_of(base.sum(axis=0))), float(lo), float(hi), float((diff > 0).mean())


def load_dirs(dirs: list[str], sents: list) -> list[tuple[str, list[dict[str, Any]]]]:
    """Each cv directory's decoded folds, restricted to the folds every directory has (so that a
    comparison pairs the same held-out sentences; a run still training has fewer)."""
    found = []
    for d in dirs:
        ps = {p.name: p for p in sorted(Path(d).glob("fold*")) if (p / "decoded.pkl").is_file()}
        found.append((d, ps))
    common = sorted(set.intersection(*(set(ps) for _, ps in found)), key=lambda s: int(s[4:]))
    out: list[tuple[str, list[dict[str, Any]]]] = []
    for d, ps in found:
        zs = [load_fold(ps[name], sents) for name in common]
        label = Path(d).name
        out.append((label if label not in {n for n, _ in out} else str(d), zs))
    ranges = {tuple(z["range"] for z in zs) for _, zs in out}
    if len(ranges) > 1:
        raise SystemExit(f"the directories' folds hold out different sentences: {sorted(ranges)}")
    return out


def unseen_counts(zs: list[dict[str, Any]], preds: list[list[list[str]]], kind: str | None = None) -> tuple:
    """(true positives, predicted, gold) over the entities (of type ``kind``, or all) that hold a
    word never seen in their fold's training sentences, gold and predicted restricted alike."""
    from kg.ner.scoring import chunks

    tp = n_pred = n_gold = 0
    for z, pred in zip(zs, preds):
        seen = z.setdefault("_seen", set(z["seen"]))
        for toks, g, p in zip(z["toks"], z["gold"], pred):
            def unseen(c: tuple) -> bool:
                return (kind is None or c[0] == kind) and any(w not in seen for w in toks[c[1]:c[2]])

            gs = {c for c in chunks(g) if unseen(c)}
            ps = {c for c in chunks(p) if unseen(c)}
            tp, n_pred, n_gold = tp + len(gs & ps), n_pred + len(ps), n_gold + len(gs)
    return tp, n_pred, n_gold


def score_folds(args: argparse.Namespace) -> None:
    import numpy as np

    from kg.ner import conll, data
    from kg.ner.resources import Resources
    from kg.ner.scoring import score
    from kg.ner.tagger import MODELS_DIR

    d = data.find_data_dir(args.data)
    sents = conll.read_conll(data.data_file(d, "ar", "train"))
    res = Resources.load("ar", MODELS_DIR, topics=False)
    loaded = load_dirs(args.dir, sents)
    if len(loaded) > 1:
        # Networks compared: every directory's folds under one decoding, the first directory the baseline.
        dec = json.loads(args.decoding) if args.decoding else decoding_now()
        rows = [(name, zs, {**dec, "name": name}) for name, zs in loaded]
        what = f"networks under decoding {json.dumps({k: v for k, v in dec.items() if k != 'name'})}"
    else:
        variants = [SHIPPED]
        if args.variants:
            v = args.variants
            variants = variants + [x for x in json.loads(v if v.lstrip().startswith("[") else Path(v).read_text())
                                   if x["name"] != "shipped"]
        rows = [(var["name"], loaded[0][1], var) for var in variants]
        what = "decoding variants"
    zs0 = rows[0][1]
    spans = ", ".join(f"{z['range'][0]}-{z['range'][1] - 1}" for z in zs0)
    print(f"{len(zs0)} folds: {spans}; {sum(len(z['toks']) for z in zs0)} sentences; {what}")
    rng = np.random.default_rng(13)
    base_c = None
    base_name = rows[0][0]
    preds: dict[str, list] = {}
    for name, zs, var in rows:
        per, cs, allp, by_fold = [], [], [], []
        for z in zs:
            rep, pred = score_variant(z, var, res)
            per.append(rep)
            cs.append(counts(z["gold"], pred))
            allp.extend(pred)
            by_fold.append(pred)
        preds[name] = allp
        gold = [g for z in zs for g in z["gold"]]
        pooled = score(gold, allp)
        c = np.concatenate(cs)
        types = " ".join(f"{t} {s.f1:.3f}" for t, s in sorted(pooled.per_type.items()))
        folds_s = " ".join(f"{r.micro.f1:.4f}" for r in per)
        fs = np.array([r.micro.f1 for r in per])
        sd = f"{fs.std(ddof=1):.4f}" if len(fs) > 1 else "-"
        print(f"== {name}: pooled F1 {pooled.micro.f1:.4f} (P {pooled.micro.precision:.4f} "
              f"R {pooled.micro.recall:.4f}; {types}; {int(c[:, 2].sum())} gold entities)")
        print(f"   folds {folds_s}; mean {fs.mean():.4f}, spread (max-min) {fs.max() - fs.min():.4f}, sd {sd}")
        un = []
        for kind in (None, "PER", "ORG"):
            tp, np_, ng = unseen_counts(zs, by_fold, kind)
            un.append(f"{kind or 'all'} {2 * tp / max(np_ + ng, 1):.4f} (P {tp / max(np_, 1):.3f} "
                      f"R {tp / max(ng, 1):.3f}; {ng} gold)")
        print(f"   entities with a word unseen in the fold's training: {'; '.join(un)}")
        if base_c is None:
            base_c, base_per, base_pooled = cs, per, pooled
            continue
        gains = [r.micro.f1 - b.micro.f1 for r, b in zip(per, base_per)]
        gain, lo, hi, p = paired_bootstrap(c, np.concatenate(base_c), args.boot, rng)
        tgain = " ".join(f"{t} {(s.f1 - base_pooled.per_type[t].f1) * 100:+.2f}"
                         for t, s in sorted(pooled.per_type.items()) if t in base_pooled.per_type)
        print(f"   vs {base_name}: pooled {gain * 100:+.2f} points ({tgain}); folds "
              f"{' '.join(f'{g * 100:+.2f}' for g in gains)} ({sum(g > 0 for g in gains)}/{len(gains)} gain); "
              f"bootstrap over {len(c)} windows: 95% [{lo * 100:+.2f}, {hi * 100:+.2f}], P(gain>0) "
              f"{p:.3f}", flush=True)
    if args.errors:
        from ner_docdecode import changes, errors  # type: ignore[import-not-found]

        toks = [t for z in zs0 for t in z["toks"]]
        gold = [g for z in zs0 for g in z["gold"]]
        seen_by = [set(z["seen"]) for z in zs0]  # per-fold unseen words: mark with the folds' common training words
        seen = set.intersection(*seen_by) if seen_by else set()
        errors(toks, gold, preds[base_name], seen, args.errors, 10)
        for name, _, _ in rows[1:]:
            print(f"\n== changes of {name} against {base_name}")
            changes(toks, gold, preds[base_name], preds[name], args.errors)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train")
    t.add_argument("--out", required=True)
    t.add_argument("--folds", default="1,2,3,4,5", help="1-based fold numbers to run")
    t.add_argument("--k", type=int, default=5)
    t.add_argument("--data", default=None)
    t.add_argument("--vectors-cache", default="/tmp/kg_ner_cv_vectors.npz",
                   help=".npz of the neural word vectors (built from the news if missing)")
    t.add_argument("--teacher", default=None,
                   help='distillation (--hp \'{"distil": 1.0}\'): an `ensemble` output directory whose foldK '
                        'networks teach fold K\'s network')
    t.add_argument("--news", type=int, default=8000,
                   help="news sentences in the distillation pool (with \"distil_news\" in --hp)")
    t.add_argument("--hp", default=None,
                   help='JSON overrides of kg.ner.neural_train.HPARAMS for the fold networks, '
                        'e.g. \'{"seed": 14}\' (recorded in each fold\'s info.json)')
    e = sub.add_parser("ensemble", help="decode the held-out folds with several cv directories' networks together")
    e.add_argument("members", nargs="+", help="cv directories (the same folds, the same training parts)")
    e.add_argument("--out", required=True)
    e.add_argument("--average", choices=AVERAGES, default="marginals",
                   help="mean marginals (what kg.ner.neural ships) or mean emissions under one mean CRF")
    e.add_argument("--folds", default="1,2,3,4,5")
    e.add_argument("--k", type=int, default=5)
    e.add_argument("--data", default=None)
    s = sub.add_parser("score")
    s.add_argument("dir", nargs="+",
                   help="a cv directory (decoding variants compared), or several (their networks compared "
                        "under one decoding, the first directory the baseline)")
    s.add_argument("--variants", default=None)
    s.add_argument("--decoding", default=None,
                   help="JSON decoding variant for comparing several directories (default: the shipped one now)")
    s.add_argument("--data", default=None)
    s.add_argument("--errors", type=int, default=0)
    s.add_argument("--boot", type=int, default=1000)
    args = ap.parse_args()
    {"train": train_folds, "ensemble": ensemble_folds, "score": score_folds}[args.cmd](args)


if __name__ == "__main__":
    main()
