"""Silver sentences for the self-training rows: tag unlabeled news with a trained network.

    PYTHONPATH=. python benchmarks/ner_silver.py TEACHER_DIR OUT.conll \\
        [--source ant|saudi] [--articles 3000] [--threshold 0.9] [--min-entities 1]

TEACHER_DIR holds ``ar_nn.npz`` / ``ar_nn_vocab.json.gz`` (for dev rows: a network
trained on the first 90% of ANERcorp train only, e.g. ``ner_neural.py --out DIR``).
OUT.conll is scratch data (never commit it): ``ner_neural.py --silver OUT.conll``.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

SOURCES = {"ant": "ant_arabic_news/ant_full.jsonl.gz", "saudi": "saudinewsnet/saudinewsnet_sample.jsonl"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("teacher")
    ap.add_argument("out")
    ap.add_argument("--data", default=None)
    ap.add_argument("--source", choices=sorted(SOURCES), default="ant")
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--min-entities", type=int, default=1)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    from collections import Counter

    from kg.ner import data
    from kg.ner.conll import write_conll
    from kg.ner.neural import NeuralTagger
    from kg.ner.resources import Resources
    from kg.ner.scoring import chunks
    from kg.ner.selftrain import news_sentences, sample_articles, silver
    from kg.ner.tagger import MODELS_DIR

    d = data.find_data_dir(args.data)
    t0, c0 = time.time(), time.process_time()
    texts = sample_articles(d / SOURCES[args.source], args.articles, args.seed)
    sents = news_sentences(texts)
    res = Resources.load("ar", MODELS_DIR)
    tagger = NeuralTagger("ar", Path(args.teacher), res)
    kept = silver(tagger, sents, args.threshold, args.min_entities)
    write_conll(kept, args.out)
    types = Counter(t for _, g in kept for t, _, _ in chunks(g))
    n_tok = sum(map(len, sents))
    print(f"{len(texts)} articles, {len(sents)} sentences ({n_tok:,} tokens); kept {len(kept)} "
          f"({sum(len(t) for t, _ in kept):,} tokens), entities {dict(types)}; "
          f"{time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU")


if __name__ == "__main__":
    main()
