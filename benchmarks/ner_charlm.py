"""Pretrain the forward / backward character LMs of :mod:`kg.ner.charlm` on the ANT news.

    PYTHONPATH=. python benchmarks/ner_charlm.py OUT.npz [--lm '{"tokens": 1000000, "hidden": 64}']
    PYTHONPATH=. python benchmarks/ner_charlm.py OUT.npz --speed [--lm '{"hidden": 64}']   # run-time cost only

The dev rows then train the tagger with ``benchmarks/ner_neural.py --charlm OUT.npz``.  The
character LMs read news only (no ANERcorp text), so the same file serves the dev and test
settings.  ``--speed`` times :class:`kg.ner.charlm.CharLM` with random weights on 300 ANT
articles (tokens per CPU-second of the character scan alone).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--data", default=None)
    ap.add_argument("--lm", default="{}")
    ap.add_argument("--speed", action="store_true")
    args = ap.parse_args()

    from kg.ner import charlm, data
    from kg.ner.lm_pretrain import news_sentences

    hp = {**charlm.CHARLM_HPARAMS, **json.loads(args.lm)}
    d = data.find_data_dir(args.data)
    if args.speed:
        speed(d, hp)
        return
    t0, c0 = time.time(), time.process_time()
    sents = news_sentences(data.data_file(d, "ar", "unlabeled"), hp["tokens"], hp["seed"], hp["min_len"],
                           hp["max_len"])
    arrays, info = charlm.pretrain(sents, hp)
    charlm.save(arrays, Path(args.out))
    print(f"hp {hp}")
    print(f"wrote {args.out}: {info}; {time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU")


def speed(d: Path, hp: dict) -> None:
    import numpy as np

    from kg.ner import charlm, data
    from kg.ner.tokenize import split_sentences, tokenize

    rng = np.random.default_rng(0)
    h, e = hp["hidden"], hp["emb"]
    news = d / "ant_arabic_news/ant_multisource_sample.jsonl"  # the articles benchmarks/ner_speed.py reads
    texts = list(data.iter_articles(news, limit=300))
    chars = charlm.char_vocab(texts, 5)
    arrays = {"chars": np.array(chars)}
    for k in range(2):
        arrays[f"emb{k}"] = rng.normal(0, 0.3, (len(chars) + 2, e)).astype(np.float32)
        arrays[f"wx{k}"] = rng.normal(0, 0.3, (4 * h, e)).astype(np.float32)
        arrays[f"wh{k}"] = rng.normal(0, 0.3, (4 * h, h)).astype(np.float32)
        arrays[f"b{k}"] = np.zeros(4 * h, dtype=np.float32)
    lm = charlm.CharLM(arrays)
    docs = [[[t[a:b][x:y] for x, y in tokenize(t[a:b])] for a, b in split_sentences(t)] for t in texts]
    n = sum(len(s) for doc in docs for s in doc)
    for _ in range(3):
        c0 = time.process_time()
        for doc in docs:
            doc = [s for s in doc if s]
            if doc:
                lm.embed(doc)
        c = time.process_time() - c0
        print(f"hidden {h}: {n} tokens, {c:.2f} CPU-s, {n / c:,.0f} tokens per CPU-second (char scan only)")


if __name__ == "__main__":
    main()
