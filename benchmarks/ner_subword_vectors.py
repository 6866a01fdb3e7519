"""Train the fastText n-gram table on the ANT news once and cache it (for the dev runs).

    PYTHONPATH=. python benchmarks/ner_subword_vectors.py OUT.npy [--data ../shared/data]

Checks that kg's hashing (:func:`kg.ner.subword.bucket_ids`) picks the rows gensim
uses: the subword vectors of a few unseen words are compared with gensim's own.
"""
from __future__ import annotations

import argparse
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--data", default=None)
    args = ap.parse_args()

    import numpy as np
    from gensim.models import FastText

    from kg.ner import data, subword
    from kg.ner.train import arabic_corpus

    t0, c0 = time.time(), time.process_time()
    corpus = arabic_corpus(data.data_file(data.find_data_dir(args.data), "ar", "unlabeled"))
    print(f"corpus: {sum(map(len, corpus)):,} tokens, {time.time() - t0:.0f} s", flush=True)
    model = FastText(sentences=corpus, workers=1, seed=13, **subword.OPTIONS)
    table = np.asarray(model.wv.vectors_ngrams, dtype=np.float32)
    np.save(args.out, table)
    print(f"trained: {time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU; "
          f"{len(model.wv.key_to_index):,} words, table {table.shape}", flush=True)
    probe = ["بوتفليقه", "شوارزنيغر", "كوندوليزا", "والرئيس", "xyzzy"]
    for w in probe:
        ours = subword.subword_vectors(table, [w])[0]
        theirs = model.wv[w] if w not in model.wv.key_to_index else None
        if theirs is not None:
            print(f"{w}: max |kg - gensim| = {float(np.abs(ours - theirs).max()):.2e}")
        else:
            print(f"{w}: in gensim's vocabulary (gensim adds its word vector), skipped")


if __name__ == "__main__":
    main()
