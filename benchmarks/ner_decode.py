"""Decoding rows of the Arabic NER ablation: O-score bias and seed ensembles on dev.

    PYTHONPATH=. python benchmarks/ner_decode.py DEV_MODEL_DIR [DIR2 ...] [--bias 0,0.5,1]

Each DIR holds a network trained on the first 90% of ANERcorp CAMeL train
(``benchmarks/ner_neural.py --split dev --out DIR``).  Several DIRs are scored alone
and as an ensemble (marginals averaged, valid-BIO Viterbi).  For every bias, prints
the harmonised dev scores and the scores on entities that hold a word never seen in
training (the names a tagger cannot have memorised).
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--bias", default="0")
    ap.add_argument("--data", default=None)
    args = ap.parse_args()

    from ner_neural import unseen_score  # type: ignore[import-not-found]

    from kg.ner import data
    from kg.ner.context import harmonize, windows
    from kg.ner.features import doc_key
    from kg.ner.neural import NeuralTagger
    from kg.ner.resources import Resources
    from kg.ner.scoring import score
    from kg.ner.tagger import MODELS_DIR

    d = data.find_data_dir(args.data)
    seen, toks, gold = data.dev_set(d)
    res = Resources.load("ar", MODELS_DIR, topics=False)
    key = doc_key("ar")
    setups = [(Path(x).name, Path(x), 1) for x in args.dirs]
    tmp = Path(tempfile.mkdtemp())
    if len(args.dirs) > 1:
        shutil.copy(Path(args.dirs[0]) / "ar_nn_vocab.json.gz", tmp)
        for k, x in enumerate(args.dirs):
            shutil.copy(Path(x) / "ar_nn.npz", tmp / ("ar_nn.npz" if k == 0 else f"ar_nn_{k + 1}.npz"))
        setups.append(("ensemble of " + "+".join(Path(x).name for x in args.dirs), tmp, len(args.dirs)))
    for name, directory, members in setups:
        for bias in (float(b) for b in args.bias.split(",")):
            nt = NeuralTagger("ar", directory, res, members, bias)
            tagged: list[list[tuple[str, float]]] = []
            for r in windows(len(toks), 10):
                sents = [toks[i] for i in r]
                tagged.extend(harmonize(sents, nt.tag_batch(sents), key))
            pred = [[y for y, _ in s] for s in tagged]
            rep = score(gold, pred)
            per = " ".join(f"{t} {s.f1:.3f}" for t, s in sorted(rep.per_type.items()))
            print(f"{name} bias {bias}: micro F1 {rep.micro.f1:.3f} (P {rep.micro.precision:.3f} "
                  f"R {rep.micro.recall:.3f}; {per}); {unseen_score(toks, gold, pred, seen)}", flush=True)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
