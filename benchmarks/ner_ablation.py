"""One row of the NER ablation table: train a CRF variant, score it on dev or test.

    PYTHONPATH=. python benchmarks/ner_ablation.py --lang ar --split dev \\
        [--clusters FILE] [--topics FILE] [--no-clusters] [--no-names] [--names-in-context] \\
        [--no-gazetteer] [--occurrences] [--window 10] [--drop-rare 1] [--c1 0.05 --c2 0.01] \\
        [--two-pass] [--harmonize]

Dev for Arabic is the last 10% of ANERcorp train (the model trains on the first 90%);
for English it is CoNLL eng.testa (training on eng.train).  ``--split test`` trains on
all of train and scores ANERcorp test / CoNLL eng.testb (+ UNER EWT test).  Side tables
default to the shipped ones in kg/ner/models/; build variants with
``python -c 'from kg.ner import clusters ...'`` (see kg/ner/train.py).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=("ar", "en"), required=True)
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--data", default=None)
    ap.add_argument("--clusters", default=None)
    ap.add_argument("--topics", default=None)
    ap.add_argument("--no-clusters", action="store_true")
    ap.add_argument("--no-names", action="store_true")
    ap.add_argument("--names-in-context", action="store_true")
    ap.add_argument("--no-gazetteer", action="store_true")
    ap.add_argument("--occurrences", action="store_true")
    ap.add_argument("--window", type=int, default=10)
    ap.add_argument("--drop-rare", type=int, default=0)
    ap.add_argument("--two-pass", action="store_true",
                    help="second CRF over document features of jackknifed first-pass output")
    ap.add_argument("--harmonize", action="store_true", help="one type per repeated name per window")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=200)
    args = ap.parse_args()

    from kg.ner import clusters, conll, crf, data
    from kg.ner.arabic import normalize
    from kg.ner.features import featurizer
    from kg.ner.resources import Resources
    from kg.ner.scoring import score
    from kg.ner.tagger import MODELS_DIR
    from kg.ner.twopass import corpus_items

    d = data.find_data_dir(args.data)
    train = conll.read_conll(data.data_file(d, args.lang, "train"))
    if args.lang == "ar":
        cut = int(len(train) * 0.9)
        if args.split == "dev":
            train, evals = train[:cut], {"dev": train[cut:]}
        else:
            evals = {"test": conll.read_conll(data.data_file(d, "ar", "test"))}
    else:
        roles = ("dev",) if args.split == "dev" else ("test", "ood")
        evals = {r: conll.read_conll(data.data_file(d, "en", r)) for r in roles}
    res = Resources.load(args.lang, MODELS_DIR)
    if args.clusters:
        res.clusters = clusters.load(args.clusters)
    if args.topics:
        res.topics = clusters.load(args.topics)
    if args.no_gazetteer:
        res.gazetteer = {}
    opts = {"use_clusters": not args.no_clusters}
    if args.lang == "ar":
        opts.update(use_names=not args.no_names, names_in_context=args.names_in_context)
    f = featurizer(res, **opts)
    if args.drop_rare:
        counts = Counter(normalize(w) for t, _ in train for w in t)
        f.drop = {w for w, c in counts.items() if c <= args.drop_rare}  # type: ignore[attr-defined]
    t0 = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.crfsuite"
        items = corpus_items(f, [t for t, _ in train], args.lang, args.occurrences, args.window)
        crf.fit_items(items, [g for _, g in train], path,
                      {"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations})
        if args.drop_rare:
            f.drop = set()  # type: ignore[attr-defined]
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        from kg.ner.context import harmonize, windows
        from kg.ner.features import doc_key
        from kg.ner.twopass import (
            doc_features_windowed,
            jackknife,
            second_pass_items,
            tag_with_marginals,
        )

        key = doc_key(args.lang)
        tagger2 = None
        if args.two_pass:
            first_tr = jackknife(train, f, {"c1": args.c1, "c2": args.c2}, Path(tmp))
            dfe = doc_features_windowed([t for t, _ in train], first_tr, key, args.window)
            crf.fit_items(second_pass_items(items, dfe), [g for _, g in train], Path(tmp) / "p2.crfsuite",
                          {"c1": args.c1, "c2": args.c2})
            tagger2 = pycrfsuite.Tagger()
            tagger2.open(str(Path(tmp) / "p2.crfsuite"))
        for name, sents in evals.items():
            toks = [t for t, _ in sents]
            xs = corpus_items(f, toks, args.lang, args.occurrences, args.window)
            tagged = [tag_with_marginals(tagger, x) if x else [] for x in xs]
            if tagger2 is not None:
                dfe = doc_features_windowed(toks, tagged, key, args.window)
                tagged = [tag_with_marginals(tagger2, x) if x else [] for x in second_pass_items(xs, dfe)]
            if args.harmonize:
                out = []
                for r in windows(len(toks), args.window):
                    out.extend(harmonize([toks[i] for i in r], [tagged[i] for i in r], key))
                tagged = out
            pred = [[y for y, _ in s] for s in tagged]
            print(f"{args.lang} {name} ({time.time() - t0:.0f}s) {vars(args)}")
            print(score([g for _, g in sents], pred).format())


if __name__ == "__main__":
    main()
