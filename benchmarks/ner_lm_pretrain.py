"""Pretrain the Arabic tagger's encoder as a two-way language model on the ANT news.

    PYTHONPATH=. python benchmarks/ner_lm_pretrain.py OUT.npz --split dev --vectors-cache DIR \\
        [--lm '{"tokens": 1000000}']

The vocabularies are built from the NER training sentences of the split (dev: the first
90% of ANERcorp CAMeL train, as ``benchmarks/ner_neural.py --split dev`` trains on), so
the weights fit that script's network: pass them with ``--lm-init OUT.npz``.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--data", default=None)
    ap.add_argument("--vectors-cache", required=True, help="directory with vec_pos.npz / vec_bag.npz")
    ap.add_argument("--hp", default="{}", help="the tagger's hyper-parameters (layer sizes)")
    ap.add_argument("--lm", default="{}", help="pretraining options (kg.ner.lm_pretrain.LM_HPARAMS)")
    args = ap.parse_args()

    import numpy as np

    from kg.ner import conll, data, lm_pretrain, neural_train
    from kg.ner.resources import Resources
    from kg.ner.tagger import MODELS_DIR

    d = data.find_data_dir(args.data)
    train = conll.read_conll(data.data_file(d, "ar", "train"))
    if args.split == "dev":
        train = train[: int(len(train) * 0.9)]
    res = Resources.load("ar", MODELS_DIR)
    vecs = []
    words = None
    for kind in ("pos", "bag"):
        z = np.load(Path(args.vectors_cache) / f"vec_{kind}.npz")
        assert words is None or list(z["vocab"]) == words
        words = list(z["vocab"])
        vecs.append(z["vec"])
    hp = {**neural_train.HPARAMS, **json.loads(args.hp)}
    lm = {**lm_pretrain.LM_HPARAMS, **json.loads(args.lm)}
    vocab = neural_train.make_vocab(train, words, hp["min_train_count"])
    t0, c0 = time.time(), time.process_time()
    sents = lm_pretrain.news_sentences(data.data_file(d, "ar", "unlabeled"), lm["tokens"], lm["seed"],
                                       lm["min_len"], lm["max_len"])
    print(f"read {len(sents):,} news sentences in {time.time() - t0:.0f} s", flush=True)
    state, losses = lm_pretrain.pretrain(sents, vocab, np.hstack(vecs), res, hp, lm,
                                         log=lambda m: print(m, flush=True))
    lm_pretrain.save(state, Path(args.out))
    ru = resource.getrusage(resource.RUSAGE_SELF)
    print(f"pretrained in {time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU "
          f"(peak RSS {ru.ru_maxrss / 1024:.0f} MB); {lm}; losses {[round(x, 3) for x in losses]}")


if __name__ == "__main__":
    main()
